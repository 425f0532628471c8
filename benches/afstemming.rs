//! Art. 18 measures: the value path (no heap) and the decision with its grounds.

#![allow(
    clippy::unwrap_used,
    missing_docs,
    reason = "criterion generates undocumented items; a bad fixture should stop"
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, Gedraging, MaatregelFeiten, Verordening,
    Verplichting, maatregel,
};
use participatiewet::bijstand::{
    Besluit, Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering,
};
use participatiewet::{Beleid, Citation, Context, Money, Parameters, Procedure, Regulation};

fn bench(c: &mut Criterion) {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let norm = Money::from_cents(140_150).unwrap();
    let v = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());
    let eerste = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .arbeidsverplichting(Arbeidsverplichting::AanvaardenOfBehouden, d(2025, 6, 2))
        .ingang(d(2025, 7, 1))
        .build()
        .unwrap();
    let eerder = maatregel(&eerste, &v).unwrap().opgelegd().unwrap();
    let herhaling = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .arbeidsverplichting(Arbeidsverplichting::Reizen, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .eerdere(eerder)
        .build()
        .unwrap();
    let categorie = MaatregelFeiten::builder("Voorbeeldstad", norm)
        .verordening(Verplichting::Medewerking, 2, d(2026, 1, 5))
        .ingang(d(2026, 2, 1))
        .build()
        .unwrap();
    c.bench_function("afstemming_maatregel_categorie", |b| {
        b.iter(|| maatregel(black_box(&categorie), black_box(&v)).map(|m| m.bedrag()));
    });
    c.bench_function("afstemming_maatregel_herhaling", |b| {
        b.iter(|| maatregel(black_box(&herhaling), black_box(&v)).map(|m| m.bedrag()));
    });
    c.bench_function("afstemming_decision_categorie", |b| {
        b.iter(|| maatregel(black_box(&categorie), black_box(&v)).map(|m| m.decision()));
    });
    c.bench_function("afstemming_decision_herhaling", |b| {
        b.iter(|| maatregel(black_box(&herhaling), black_box(&v)).map(|m| m.decision()));
    });

    // the machine: a measure imposed on decided bijstand, and the letter of that measure
    let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleid".to_owned());
    let beleid = Beleid::new("Voorbeeldstad", bron)
        .unwrap()
        .with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())
        .unwrap();
    let params = Parameters::bundled();
    let ctx = Context::new(&params, &beleid);
    let dossier = Dossier::builder()
        .geboortedatum(d(1990, 7, 1))
        .huishouden(Huishouden::alleenstaande())
        .ww_eerste_dag(d(2024, 4, 1))
        .ww_laatste_dag(d(2026, 3, 31))
        .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
        .build()
        .unwrap();
    let mut state = State::start(&Opening::new(dossier, d(2026, 1, 1)).unwrap(), &ctx)
        .unwrap()
        .state;
    for e in [
        Event::Melding {
            datum: d(2026, 3, 2),
        },
        Event::Aanvraag {
            datum: d(2026, 3, 9),
        },
        Event::Besluit {
            datum: d(2026, 3, 23),
            besluit: Besluit::bijstand(norm),
        },
    ] {
        state = state.apply(&e, &ctx).unwrap().state;
    }
    let event = Event::Maatregel {
        datum: d(2026, 5, 20),
        gedraging: Gedraging::Verordening {
            verplichting: Verplichting::Medewerking,
            categorie: 2,
        },
        gedraging_datum: d(2026, 5, 4),
        ingang: d(2026, 6, 1),
    };
    c.bench_function("afstemming_machine_maatregel", |b| {
        b.iter(|| {
            black_box(&state)
                .apply(black_box(&event), &ctx)
                .map(|t| t.effects.len())
        });
    });
    c.bench_function("afstemming_machine_besluit", |b| {
        b.iter(|| black_box(&state).maatregel_besluit(black_box(&event), &ctx));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
