//! Art. 18 measures: the value path (no heap) and the decision with its grounds.

#![allow(
    clippy::unwrap_used,
    missing_docs,
    reason = "criterion generates undocumented items; a bad fixture should stop"
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use participatiewet::Money;
use participatiewet::bijstand::afstemming::{
    Afstemmingsverordening, Arbeidsverplichting, MaatregelFeiten, Verordening, Verplichting,
    maatregel,
};

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
