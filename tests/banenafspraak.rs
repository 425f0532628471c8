//! Banenafspraak (Wfsv art. 38b, 38d, 38f): the doelgroepregister, counting banen, targets.
//!
//! Sources: Wfsv (BWBR0017745) art. 38b in the consolidations of 2015-01-01, 2015-05-01,
//! 2015-07-01, 2016-01-01, 2017-01-01, 2018-01-01, 2020-01-01, 2025-01-01 and 2026-01-01
//! (wetten.overheid.nl, as stored in the public repository MinBZK/regelrecht-corpus); the
//! scenarios of that repository's `doelgroepregister_banenafspraak.feature` (peildatum
//! 2026-07-01) as facts; the unit of 25,5 hours a week per baan from the nulmeting; the
//! national targets of the sociaal akkoord as summarised by the Raad van State (advice
//! W12.20.0470/III) and, for 2017, Kamerstukken II 2017/18, 34 352, nr. 113; Wfsv art.
//! 38e–38h, 122n and 122na in the consolidations of 2015-05-01 through 2026-01-01 (see
//! `quotumtekst`); the Wet banenafspraak (BWBR0051018) of 2026-01-01; Ziektewet art. 29b in the
//! consolidations of 2024-01-01, 2025-01-01 and 2026-01-01.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::banenafspraak::{
    Arbeidsrelatie, Baan, Beoordeling, BeschutWerk, Categorie, Feiten, FeitenBuilder, Grond,
    Indicatie, Inschrijving, Minimumloonvaststelling, Omvang, Realisatie, Regiodoel,
    RegionaleAfspraak, Sector, Tekst, Telling, Toeleiding, Uitkomst, Voormalig, Wajong, beoordeel,
    tel,
};
use participatiewet::{Bezwaar, Citation, Eligibility, Hours, Motivering, Regulation, Taal};
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const PEIL: fn() -> NaiveDate = || d(2026, 7, 1);

fn uitkomst(f: FeitenBuilder, datum: NaiveDate) -> Uitkomst {
    beoordeel(&f.build().unwrap(), datum).unwrap().uitkomst()
}

fn koen() -> FeitenBuilder {
    Feiten::builder()
        .toeleiding(Toeleiding::Artikel7Lid1a)
        .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
        .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3)).unwrap())
}

fn wfsv(lid: u8) -> Citation {
    Citation::article(Regulation::Wfsv, "38b").lid(lid)
}

// ----- the scenarios of the feature file (peildatum 2026-07-01) ----------------------------

#[test]
fn koen_is_in_the_register_on_onderdeel_a() {
    let b = beoordeel(&koen().build().unwrap(), PEIL()).unwrap();
    assert_eq!(b.uitkomst(), Uitkomst::Arbeidsbeperkte(Grond::Lid1A));
    assert_eq!(b.gronden().iter().collect::<Vec<_>>(), vec![Grond::Lid1A]);
    assert!(b.decision().cites(&wfsv(1).onderdeel("a")));
}

#[test]
fn sadee_is_in_the_register_on_onderdeel_c() {
    let f = Feiten::builder().wajong(Wajong::MetMogelijkheden);
    assert_eq!(uitkomst(f, PEIL()), Uitkomst::Arbeidsbeperkte(Grond::Lid1C));
}

#[test]
fn wajong_without_durable_capacity_counts_only_while_in_a_dienstbetrekking() {
    let zonder = Feiten::builder().wajong(Wajong::DuurzaamGeenMogelijkheden);
    assert_eq!(uitkomst(zonder, PEIL()), Uitkomst::GeenGrond);
    let met = zonder.in_dienstbetrekking();
    assert_eq!(
        uitkomst(met, PEIL()),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1C)
    );
    // The 2025 text: "tenzij deze persoon duurzaam geen mogelijkheden … heeft": no proviso.
    assert_eq!(uitkomst(met, d(2025, 7, 1)), Uitkomst::GeenGrond);
    // A dienstbetrekking alone opens nothing.
    let alleen = Feiten::builder().in_dienstbetrekking();
    assert_eq!(uitkomst(alleen, PEIL()), Uitkomst::GeenGrond);
}

#[test]
fn each_ground_opens_the_register_on_its_own() {
    let cases = [
        (Feiten::builder().wsw_indicatie(), Grond::Lid1B),
        (
            Feiten::builder().indicatie(Indicatie::Praktijkonderwijs),
            Grond::Lid1D,
        ),
        (
            Feiten::builder()
                .toeleiding(Toeleiding::Artikel7Lid1a)
                .minimumloon(Minimumloonvaststelling::UwvOpEigenVerzoek),
            Grond::Lid1E,
        ),
        (Feiten::builder().voormalig(Voormalig::Wsw), Grond::Lid1F),
        (Feiten::builder().wia_experiment(), Grond::Lid1G),
        (Feiten::builder().jonggehandicapt_uwv_oordeel(), Grond::Lid2),
    ];
    for (f, grond) in cases {
        assert_eq!(
            uitkomst(f, PEIL()),
            Uitkomst::Arbeidsbeperkte(grond),
            "{grond}"
        );
    }
}

#[test]
fn the_exception_of_onderdeel_f_neutralises_the_transitional_rule() {
    let f = Feiten::builder().voormalig(Voormalig::WajongDuurzaamGeenMogelijkheden);
    assert_eq!(uitkomst(f, PEIL()), Uitkomst::GeenGrond);
    let dec = beoordeel(&f.build().unwrap(), PEIL()).unwrap().decision();
    assert!(dec.has("banenafspraak_voormalig_uitgezonderd"));
}

#[test]
fn lid_6_keeps_a_person_while_the_entry_has_not_ended() {
    let i = Inschrijving::opgenomen(d(2019, 6, 17)).unwrap();
    let f = Feiten::builder().inschrijving(i);
    assert_eq!(uitkomst(f, PEIL()), Uitkomst::Arbeidsbeperkte(Grond::Lid6));
    let geeindigd = Feiten::builder().inschrijving(i.geeindigd(d(2026, 1, 1)).unwrap());
    assert_eq!(uitkomst(geeindigd, PEIL()), Uitkomst::GeenGrond);
    // Lid 6 is in the 2020 text, not in the one of 2019-01-01.
    assert_eq!(uitkomst(f, d(2019, 7, 1)), Uitkomst::GeenGrond);
}

#[test]
fn beschut_werk_excludes_even_with_a_ground() {
    let f = koen().beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) });
    let b = beoordeel(&f.build().unwrap(), PEIL()).unwrap();
    assert_eq!(
        b.uitkomst(),
        Uitkomst::UitgeslotenBeschutWerk(d(2025, 1, 6))
    );
    assert!(b.gronden().bevat(Grond::Lid1A));
    assert!(!b.decision().value().is_eligible());
    // A determination after the date does not exclude yet.
    let later = koen().beschut_werk(BeschutWerk::Vastgesteld { op: d(2026, 8, 1) });
    assert_eq!(
        uitkomst(later, PEIL()),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1A)
    );
}

#[test]
fn without_any_ground_nobody_is_in_the_register() {
    let b = beoordeel(&Feiten::builder().build().unwrap(), PEIL()).unwrap();
    assert_eq!(b.uitkomst(), Uitkomst::GeenGrond);
    assert!(b.decision().has("banenafspraak_geen_grond"));
}

// ----- the texts through time (law text) --------------------------------------------------

#[test]
fn before_1_may_2015_there_is_no_register() {
    let b = beoordeel(&koen().build().unwrap(), d(2015, 4, 30)).unwrap();
    assert_eq!(b.uitkomst(), Uitkomst::NietInWerking);
    assert_eq!(b.tekst(), None);
    assert_eq!(
        beoordeel(&koen().build().unwrap(), d(2015, 5, 1))
            .unwrap()
            .tekst(),
        Some(Tekst::T2015)
    );
}

#[test]
fn a_date_outside_the_crates_range_is_refused() {
    let err = beoordeel(&koen().build().unwrap(), NaiveDate::MAX).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("date_out_of_range", Some("peildatum"))
    );
}

#[test]
fn lid_2_has_no_beschut_werk_exclusion() {
    let f = koen()
        .jonggehandicapt_uwv_oordeel()
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) });
    let b = beoordeel(&f.build().unwrap(), PEIL()).unwrap();
    assert_eq!(b.uitkomst(), Uitkomst::Arbeidsbeperkte(Grond::Lid2));
    assert!(b.decision().has("banenafspraak_beschut_werk_lid_2"));
}

#[test]
fn the_2015_text_excluded_only_a_beschut_werk_dienstbetrekking_and_only_from_a() {
    let in_dienst = BeschutWerk::InDienstbetrekking {
        op: d(2015, 6, 1),
        sinds: d(2015, 7, 1),
    };
    let vastgesteld = koen().beschut_werk(BeschutWerk::Vastgesteld { op: d(2015, 6, 1) });
    assert_eq!(
        uitkomst(vastgesteld, d(2015, 9, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1A)
    );
    let werkt = koen().beschut_werk(in_dienst);
    assert_eq!(uitkomst(werkt, d(2015, 9, 1)), Uitkomst::GeenGrond);
    assert!(
        beoordeel(&werkt.build().unwrap(), d(2015, 9, 1))
            .unwrap()
            .decision()
            .has("banenafspraak_beschut_werk_dienstbetrekking")
    );
    assert_eq!(
        uitkomst(werkt.wsw_indicatie(), d(2015, 9, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1B)
    );
    // From 2016 the opening words exclude the determination itself, from every ground of lid 1.
    assert_eq!(
        uitkomst(vastgesteld.wsw_indicatie(), d(2016, 1, 1)),
        Uitkomst::UitgeslotenBeschutWerk(d(2015, 6, 1))
    );
}

#[test]
fn onderdeel_e_came_in_2016_and_needs_the_colleges_support_from_2018() {
    let eigen = Feiten::builder().minimumloon(Minimumloonvaststelling::UwvOpEigenVerzoek);
    assert_eq!(uitkomst(eigen, d(2015, 12, 31)), Uitkomst::GeenGrond);
    assert_eq!(
        uitkomst(eigen, d(2016, 1, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1E)
    );
    assert_eq!(
        uitkomst(eigen, d(2017, 12, 31)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1E)
    );
    assert_eq!(uitkomst(eigen, d(2018, 1, 1)), Uitkomst::GeenGrond);
    let toegeleid = eigen.toeleiding(Toeleiding::Artikel7Lid1a);
    assert_eq!(
        uitkomst(toegeleid, d(2018, 1, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1E)
    );
}

#[test]
fn onderdeel_a_covers_loonkostensubsidie_and_a_loonwaarde_from_2017() {
    let lks = Feiten::builder()
        .toeleiding(Toeleiding::Loonkostensubsidie)
        .minimumloon(Minimumloonvaststelling::LoonwaardeCollege);
    assert_eq!(uitkomst(lks, d(2016, 12, 31)), Uitkomst::GeenGrond);
    assert_eq!(
        uitkomst(lks, d(2017, 1, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1A)
    );
    let dec = beoordeel(&lks.build().unwrap(), d(2017, 1, 1))
        .unwrap()
        .decision();
    assert!(dec.has("banenafspraak_loonkostensubsidie"));
    assert!(dec.has("banenafspraak_loonwaarde_college"));
}

#[test]
fn onderdeel_f_from_2020_and_g_from_2026() {
    let f = Feiten::builder().voormalig(Voormalig::Wajong);
    assert_eq!(uitkomst(f, d(2019, 12, 31)), Uitkomst::GeenGrond);
    assert_eq!(
        uitkomst(f, d(2020, 1, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1F)
    );
    let g = Feiten::builder().wia_experiment();
    assert_eq!(uitkomst(g, d(2025, 12, 31)), Uitkomst::GeenGrond);
    assert_eq!(
        uitkomst(g, d(2026, 1, 1)),
        Uitkomst::Arbeidsbeperkte(Grond::Lid1G)
    );
}

// ----- golden Dutch texts -------------------------------------------------------------------

#[test]
fn golden_motivering_of_koen_with_bezwaar() {
    let dec = beoordeel(&koen().build().unwrap(), PEIL())
        .unwrap()
        .decision();
    let text = Motivering::new(&dec, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2026, 7, 2)).unwrap())
        .to_string();
    assert_eq!(
        text,
        "Besluit\n\
         U behoort op 1 juli 2026 tot de doelgroep banenafspraak (arbeidsbeperkte) op grond van: \
         ondersteuning door het college en de vaststelling dat u het minimumloon niet kunt verdienen.\n\
         \n\
         Motivering\n\
         - U wordt met ondersteuning van het college op grond van artikel 7, eerste lid, onderdeel a, \
         van de Participatiewet naar een dienstbetrekking toegeleid. (artikel 38b, eerste lid, \
         onderdeel a, van de Wet financiering sociale verzekeringen)\n\
         - Het UWV heeft op verzoek van het college vastgesteld dat u niet in staat bent het \
         wettelijk minimumloon te verdienen. (artikel 38b, eerste lid, onderdeel a, van de Wet \
         financiering sociale verzekeringen)\n\
         \n\
         Bezwaar\n\
         Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag \
         waarop dit besluit is verzonden (2 juli 2026); uw bezwaarschrift moet uiterlijk op \
         13 augustus 2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene \
         wet bestuursrecht; artikel 1 van de Algemene termijnenwet).\n"
    );
}

#[test]
fn golden_motivering_of_a_refusal_for_beschut_werk() {
    let f = Feiten::builder()
        .wajong(Wajong::MetMogelijkheden)
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
        .build()
        .unwrap();
    let dec = beoordeel(&f, PEIL()).unwrap().decision();
    assert_eq!(dec.reasons().count(), 1);
    assert_eq!(
        Motivering::new(&dec, Taal::Nl).to_string(),
        "Besluit\n\
         U behoort op 1 juli 2026 niet tot de doelgroep banenafspraak.\n\
         \n\
         Motivering\n\
         - U hebt recht op arbeidsondersteuning of een arbeidsongeschiktheidsuitkering op grond van \
         de Wajong. (artikel 38b, eerste lid, onderdeel c, van de Wet financiering sociale \
         verzekeringen)\n\
         - Het college heeft op 6 januari 2025 vastgesteld dat u uitsluitend in een beschutte \
         omgeving onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt; \
         daarom bent u geen arbeidsbeperkte in de zin van dit artikel. (artikel 38b, eerste lid, \
         van de Wet financiering sociale verzekeringen)\n"
    );
}

#[test]
fn golden_motivering_of_lid_6() {
    let f = Feiten::builder()
        .inschrijving(Inschrijving::opgenomen(d(2019, 6, 17)).unwrap())
        .build()
        .unwrap();
    assert_eq!(
        Motivering::new(&beoordeel(&f, PEIL()).unwrap().decision(), Taal::Nl).to_string(),
        "Besluit\n\
         U behoort op 1 juli 2026 tot de doelgroep banenafspraak (arbeidsbeperkte) op grond van: \
         uw nog lopende opname in het doelgroepregister.\n\
         \n\
         Motivering\n\
         - U voldoet niet langer aan de voorwaarden, maar uw opname in het doelgroepregister van \
         17 juni 2019 is nog niet geëindigd. (artikel 38b, zesde lid, van de Wet financiering \
         sociale verzekeringen)\n"
    );
}

// ----- counting and targets ---------------------------------------------------------------

fn baan(sector: Sector, uren: &str, lid: bool) -> Baan {
    let b = Baan::new(
        sector,
        Arbeidsrelatie::Dienstbetrekking,
        uren.parse::<Hours>().unwrap(),
        d(2016, 1, 1),
    )
    .unwrap();
    if lid {
        b.inschrijving(Inschrijving::opgenomen(d(2016, 1, 1)).unwrap())
    } else {
        b
    }
}

#[test]
fn a_baan_is_25_5_paid_hours_a_week_and_smaller_jobs_count_in_proportion() {
    // Source: "Op basis van de nulmeting is komen vast te staan dat het gaat om een baan van
    // 25,5 uur per week. Kleinere banen … tellen naar evenredigheid … Banen groter dan 25,5 uur
    // per week tellen mee als meer dan één baan."
    let t = tel(
        &[
            baan(Sector::NietOverheid, "25.5", true),
            baan(Sector::NietOverheid, "12.75", true),
            baan(Sector::Overheid, "38.25", true),
            baan(Sector::Overheid, "36", false),
        ],
        d(2026, 1, 1),
    )
    .unwrap();
    assert_eq!(t.banen(Sector::NietOverheid), dec!(1.5));
    assert_eq!(t.banen(Sector::Overheid), dec!(1.5));
    assert_eq!(t.banen_totaal(), dec!(3));
    assert_eq!(t.buiten_doelgroep(), 1);
    assert_eq!(
        Motivering::new(&t.decision(), Taal::Nl).to_string(),
        "Besluit\n\
         Op 1 januari 2026 telden 3 banen uit de doelgroep banenafspraak (76,5 verloonde uren per \
         week).\n\
         \n\
         Motivering\n\
         - Eén baan telt als 25,5 verloonde uren per week; een kleinere of grotere baan telt naar \
         evenredigheid. (artikel 38f, tweede lid, van de Wet financiering sociale verzekeringen)\n\
         - Alleen banen van personen die op de peildatum in het doelgroepregister staan tellen mee; \
         het aantal lopende banen dat daarom niet meetelt is 1. (artikel 38b, eerste lid, van de \
         Wet financiering sociale verzekeringen)\n"
    );
}

#[test]
fn a_job_counts_only_while_it_runs_and_its_person_is_registered() {
    let lid = Inschrijving::opgenomen(d(2025, 1, 1))
        .unwrap()
        .geeindigd(d(2026, 1, 1))
        .unwrap();
    let b = Baan::new(
        Sector::Overheid,
        Arbeidsrelatie::TerBeschikkingGesteld,
        "25.5".parse().unwrap(),
        d(2024, 6, 1),
    )
    .unwrap()
    .einde(d(2026, 6, 30))
    .unwrap()
    .inschrijving(lid);
    assert_eq!(tel(&[b], d(2024, 12, 31)).unwrap().buiten_doelgroep(), 1);
    assert_eq!(
        tel(&[b], d(2025, 6, 1)).unwrap().banen(Sector::Overheid),
        dec!(1)
    );
    assert_eq!(
        tel(&[b], d(2026, 1, 1)).unwrap().banen(Sector::Overheid),
        dec!(0)
    );
    assert_eq!(tel(&[b], d(2026, 7, 1)).unwrap().buiten_doelgroep(), 0);
}

#[test]
fn the_2017_targets_of_the_drie_meting() {
    // Kamerstukken II 2017/18, 34 352, nr. 113 (2 July 2018): "De opgave voor markt en overheid
    // tot en met 2017 was om 33.000 extra banen te realiseren ten opzichte van de nulmeting;
    // 23.000 in de sector markt en 10.000 in de sector overheid."
    use participatiewet::banenafspraak::{LANDELIJKE_DOELEN, landelijk_doel};
    assert_eq!(
        landelijk_doel(Sector::NietOverheid, 2017).unwrap().aantal,
        23_000
    );
    assert_eq!(
        landelijk_doel(Sector::Overheid, 2017).unwrap().aantal,
        10_000
    );
    let totaal: u32 = LANDELIJKE_DOELEN
        .iter()
        .filter(|d| d.jaar == 2017)
        .map(|d| d.aantal)
        .sum();
    assert_eq!(totaal, 33_000);
    // Years outside the Regeling Wfsv's list (2015–2025) are not shipped.
    for jaar in [2013, 2014, 2026] {
        assert!(landelijk_doel(Sector::Overheid, jaar).is_none());
    }
    // Each year's target never falls behind an earlier one, per sector.
    for s in [Sector::Overheid, Sector::NietOverheid] {
        assert!(landelijk_doel(s, 2017).unwrap().aantal < landelijk_doel(s, 2025).unwrap().aantal);
    }
    let t = tel(&[], d(2017, 12, 31)).unwrap();
    assert_eq!(
        Realisatie::landelijk(&t, Sector::Overheid, 2017)
            .unwrap()
            .tekort(),
        dec!(10000)
    );
}

#[test]
fn national_targets_of_the_sociaal_akkoord() {
    // Raad van State, W12.20.0470/III: "Ten opzichte van de nulmeting op 1 januari 2013 dienen
    // in 2025 in de marktsector 100.000 extra arbeidsbeperkten werkzaam te zijn en in de
    // overheidssector 25.000."
    let t = tel(&[baan(Sector::Overheid, "51", true)], d(2025, 12, 31)).unwrap();
    let r = Realisatie::landelijk(&t, Sector::Overheid, 2025).unwrap();
    assert_eq!(
        (r.gerealiseerd(), r.doel(), r.tekort()),
        (dec!(2), 25_000, dec!(24998))
    );
    assert!(Realisatie::landelijk(&t, Sector::NietOverheid, 2026).is_none());
    // The targets are those of Wfsv art. 122n lid 2 a (Regeling Wfsv art. 3.29), not variable
    // B of the quotum formula of art. 38f lid 2.
    assert!(
        r.decision().cites(
            &Citation::article(Regulation::Wfsv, "122n")
                .lid(2)
                .onderdeel("a")
        )
    );
}

fn regio() -> RegionaleAfspraak {
    RegionaleAfspraak::voorbeeld("Regionaal werkbedrijf, banenafspraak").unwrap()
}

#[test]
fn regional_targets_are_policy_data_cited_as_the_agreement() {
    let a = regio();
    assert_eq!(a.doel(Categorie::Arbeidsbeperking, 2017), Some(585));
    assert_eq!(a.doel(Categorie::Arbeidsbeperking, 2018), Some(1585));
    assert_eq!(
        a.doel(Categorie::Garantiebanen(Sector::NietOverheid), 2030),
        Some(365)
    );
    assert!(!a.geldt_in(Categorie::BredereDoelgroep, 2018));
    let banen = [
        baan(Sector::Overheid, "25.5", true),
        baan(Sector::NietOverheid, "25.5", true),
    ];
    let t = tel(&banen, d(2017, 12, 31)).unwrap();
    // garantiebanen count in their own sector, the other categories in both
    let r =
        Realisatie::regionaal(&t, &a, Categorie::Garantiebanen(Sector::Overheid), 2017).unwrap();
    assert_eq!((r.gerealiseerd(), r.doel()), (dec!(1), 140));
    let alle = Realisatie::regionaal(&t, &a, Categorie::Arbeidsbeperking, 2017).unwrap();
    assert_eq!((alle.gerealiseerd(), alle.doel()), (dec!(2), 585));
    let dec = r.decision();
    assert_eq!(
        dec.outcome().citation().regulation,
        Regulation::GemeentelijkBeleid
    );
    assert!(
        RegionaleAfspraak::new(
            "x",
            vec![
                Regiodoel::new(
                    Categorie::Arbeidsbeperking,
                    2014,
                    Some(2017),
                    Omvang::Totaal(1)
                ),
                Regiodoel::new(Categorie::Arbeidsbeperking, 2017, None, Omvang::PerJaar(1)),
            ]
        )
        .is_err()
    );
    assert!(RegionaleAfspraak::new(" ", vec![]).is_err());
}

// ----- wire snapshots ---------------------------------------------------------------------

#[test]
fn json_snapshots_of_every_persisted_type() {
    let f = koen().build().unwrap();
    assert_eq!(
        serde_json::to_string(&f).unwrap(),
        r#"{"toeleiding":"artikel7_lid1a","minimumloon":"uwv_op_verzoek_college","wsw_indicatie":false,"wajong":"geen","in_dienstbetrekking":false,"indicatie":null,"voormalig":"geen","jonggehandicapt_uwv_oordeel":false,"wia_experiment":false,"beschut_werk":{"soort":"geen"},"inschrijving":{"opgenomen":"2025-11-03","geeindigd":null}}"#
    );
    let b = beoordeel(&f, PEIL()).unwrap();
    let json = serde_json::to_string(&b).unwrap();
    assert!(json.ends_with(r#""peildatum":"2026-07-01","tekst":"t2026","gronden":["lid1a"],"uitkomst":{"arbeidsbeperkte":"lid1a"}}"#), "{json}");
    let back: Beoordeling = serde_json::from_str(&json).unwrap();
    assert_eq!(back, b);
    let tampered = json.replace(r#"{"arbeidsbeperkte":"lid1a"}"#, r#""geen_grond""#);
    assert!(serde_json::from_str::<Beoordeling>(&tampered).is_err());
    let t = tel(&[baan(Sector::Overheid, "25.5", true)], PEIL()).unwrap();
    assert_eq!(
        serde_json::to_string(&t).unwrap(),
        r#"{"peildatum":"2026-07-01","uren_niet_overheid":"0","uren_overheid":"25.5","buiten_doelgroep":0}"#
    );
    assert_eq!(
        serde_json::from_str::<Telling>(&serde_json::to_string(&t).unwrap()).unwrap(),
        t
    );
    assert_eq!(
        serde_json::to_string(&baan(Sector::Overheid, "20", false)).unwrap(),
        r#"{"sector":"overheid","relatie":"dienstbetrekking","uren_per_week":"20","begin":"2016-01-01","einde":null,"inschrijving":null}"#
    );
    let a = regio();
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.starts_with(r#"{"naam":"Regionaal werkbedrijf, banenafspraak","rijen":[{"categorie":"arbeidsbeperking","van":2014,"tot_en_met":2017,"omvang":{"totaal":585}}"#), "{json}");
    assert_eq!(serde_json::from_str::<RegionaleAfspraak>(&json).unwrap(), a);
    let dec = beoordeel(&f, PEIL()).unwrap().decision();
    let back: participatiewet::Decision<Eligibility<Grond>> =
        serde_json::from_str(&serde_json::to_string(&dec).unwrap()).unwrap();
    assert_eq!(back, dec);
}

// ----- the no-riskpolis (Ziektewet art. 29b, consolidation of 2026-01-01) ------------------

use participatiewet::banenafspraak::{
    Dienstverband, NoRiskPolis, Uitsluiting29b, Werknemer, no_riskpolis,
};

fn niet_gedekt(p: NoRiskPolis) -> Option<Uitsluiting29b> {
    match p {
        NoRiskPolis::NietGedekt { reden, .. } => Some(reden),
        _ => None,
    }
}

#[test]
fn lid_1_covers_sickness_that_begins_in_the_five_years_after_the_start() {
    // Art. 29c: "de in artikel 29b, eerste en vierde lid, … bedoelde termijn van vijf jaren na
    // aanvang van de dienstbetrekking respectievelijk na vaststelling van het recht op uitkering".
    let f = Dienstverband::new(Werknemer::Onderwijs18Plus, d(2022, 9, 1)).unwrap();
    let NoRiskPolis::Gedekt(dekking) = no_riskpolis(&f, d(2027, 8, 31)).unwrap() else {
        panic!("covered")
    };
    assert_eq!(dekking.uiterlijk(), Some(d(2027, 8, 31)));
    assert_eq!(
        niet_gedekt(no_riskpolis(&f, d(2027, 9, 1)).unwrap()),
        Some(Uitsluiting29b::TermijnVerstreken)
    );
    let wia = Dienstverband::new(
        Werknemer::WiaVoortgezet {
            vastgesteld: d(2024, 2, 29),
        },
        d(2010, 1, 1),
    )
    .unwrap();
    let NoRiskPolis::Gedekt(dekking) = no_riskpolis(&wia, d(2026, 5, 1)).unwrap() else {
        panic!("covered")
    };
    assert_eq!(dekking.uiterlijk(), Some(d(2029, 2, 27)));
}

#[test]
fn lid_2_has_no_term_and_e_needs_a_job_from_2015() {
    let f = Dienstverband::new(Werknemer::Banenafspraak, d(2015, 1, 1))
        .unwrap()
        .arbeidsbeperkte_vanaf(d(2015, 5, 1))
        .unwrap();
    let NoRiskPolis::Gedekt(dekking) = no_riskpolis(&f, d(2040, 1, 1)).unwrap() else {
        panic!("covered")
    };
    assert_eq!(dekking.uiterlijk(), None);
    assert_eq!(dekking.percentage().value(), dec!(70));
    let oud = Dienstverband::new(Werknemer::Banenafspraak, d(2014, 12, 31))
        .unwrap()
        .arbeidsbeperkte_vanaf(d(2015, 5, 1))
        .unwrap();
    assert_eq!(
        niet_gedekt(no_riskpolis(&oud, d(2026, 1, 5)).unwrap()),
        Some(Uitsluiting29b::VoorBanenafspraak)
    );
    let wajong = Dienstverband::new(Werknemer::Wajong, d(2000, 1, 1)).unwrap();
    assert!(matches!(
        no_riskpolis(&wajong, d(2026, 1, 5)).unwrap(),
        NoRiskPolis::Gedekt(_)
    ));
    let wsw = wajong.wsw_artikel_2();
    assert_eq!(
        niet_gedekt(no_riskpolis(&wsw, d(2026, 1, 5)).unwrap()),
        Some(Uitsluiting29b::WswDienstbetrekking)
    );
}

#[test]
fn lid_12_covers_sickness_that_began_before_the_entry_ended() {
    let i = Inschrijving::opgenomen(d(2019, 6, 17))
        .unwrap()
        .geeindigd(d(2026, 9, 1))
        .unwrap();
    let f = Feiten::builder().inschrijving(i).build().unwrap();
    let w = Werknemer::uit_register(&beoordeel(&f, PEIL()).unwrap()).unwrap();
    assert_eq!(
        w,
        Werknemer::Lid6 {
            einde: Some(d(2026, 9, 1))
        }
    );
    let dv = Dienstverband::new(w, d(2020, 1, 1)).unwrap();
    assert!(matches!(
        no_riskpolis(&dv, d(2026, 8, 31)).unwrap(),
        NoRiskPolis::Gedekt(_)
    ));
    assert_eq!(
        niet_gedekt(no_riskpolis(&dv, d(2026, 9, 1)).unwrap()),
        Some(Uitsluiting29b::RegistratieGeeindigd)
    );
}

#[test]
fn the_register_ground_maps_to_the_group_of_article_29b() {
    let cases = [
        (koen(), Some(Werknemer::Banenafspraak)),
        (
            Feiten::builder().wajong(Wajong::MetMogelijkheden),
            Some(Werknemer::Wajong),
        ),
        (
            Feiten::builder().jonggehandicapt_uwv_oordeel(),
            Some(Werknemer::Arbeidsbeperkte),
        ),
        (Feiten::builder().wia_experiment(), None),
        (Feiten::builder(), None),
    ];
    for (f, w) in cases {
        assert_eq!(
            Werknemer::uit_register(&beoordeel(&f.build().unwrap(), PEIL()).unwrap()),
            w
        );
    }
}

#[test]
fn the_no_riskpolis_refuses_a_text_it_did_not_read() {
    // Read: the consolidations of 2024-01-01, 2025-01-01 and 2026-01-01; the one stored before
    // (2022-01-01) was not.
    let f = Dienstverband::new(Werknemer::Wajong, d(2020, 1, 1)).unwrap();
    let err = no_riskpolis(&f, d(2023, 12, 31)).unwrap_err();
    assert_eq!(err.field(), Some("eerste_ziektedag"));
}

#[test]
fn the_no_riskpolis_of_the_2024_and_2025_texts() {
    // 2024-01-01 and 2025-01-01, art. 29b lid 2: "De werknemer: a. die voorafgaand aan zijn
    // dienstbetrekking ... recht had of heeft gehad op een arbeidsongeschiktheidsuitkering of
    // arbeidsondersteuning op grond van de Wet arbeidsongeschiktheidsvoorziening
    // jonggehandicapten" (no term); lid 5: "Het ziekengeld, bedoeld in het eerste, tweede en
    // vierde lid, bedraagt 70% van het dagloon van de verzekerde."; lid 8: "Dit artikel is niet
    // van toepassing indien de werknemer werkzaam is in een dienstbetrekking in de zin van
    // artikel 2 van de Wet sociale werkvoorziening."
    let f = Dienstverband::new(Werknemer::Wajong, d(2020, 1, 1)).unwrap();
    for dag in [d(2024, 1, 1), d(2025, 6, 30)] {
        assert!(matches!(
            no_riskpolis(&f, dag).unwrap(),
            participatiewet::banenafspraak::NoRiskPolis::Gedekt(_)
        ));
        assert!(matches!(
            no_riskpolis(&f.wsw_artikel_2(), dag).unwrap(),
            participatiewet::banenafspraak::NoRiskPolis::NietGedekt {
                reden: participatiewet::banenafspraak::Uitsluiting29b::WswDienstbetrekking,
                ..
            }
        ));
    }
}

#[test]
fn golden_motivering_of_the_no_riskpolis() {
    let f = Dienstverband::new(Werknemer::Banenafspraak, d(2026, 1, 1))
        .unwrap()
        .arbeidsbeperkte_vanaf(d(2025, 11, 3))
        .unwrap();
    let dec = no_riskpolis(&f, d(2026, 3, 2)).unwrap().decision();
    assert_eq!(
        Motivering::new(&dec, Taal::Nl).to_string(),
        "Besluit\n\
         Het UWV betaalt ziekengeld vanaf de eerste ziektedag, 2 maart 2026 (no-riskpolis).\n\
         \n\
         Motivering\n\
         - De no-riskpolis geldt voor u: u bent met ondersteuning van het college toegeleid en het \
         minimumloon is voor u niet haalbaar. (artikel 29b, tweede lid, onderdeel e, van de Ziektewet)\n\
         - Uw recht op ziekengeld ontstaat niet eerder dan het moment waarop u arbeidsbeperkte werd \
         als bedoeld in artikel 38b, eerste of tweede lid, van de Wet financiering sociale \
         verzekeringen, op 3 november 2025. (artikel 29b, tweede lid, van de Ziektewet)\n\
         - Voor uw groep kent de wet geen termijn: de no-riskpolis geldt zolang uw dienstbetrekking \
         duurt. (artikel 29b, tweede lid, onderdeel e, van de Ziektewet)\n\
         - Het ziekengeld bedraagt 70% van het dagloon. (artikel 29b, vijfde lid, van de Ziektewet)\n"
    );
    let oud = Dienstverband::new(Werknemer::WiaVoorafgaand, d(2020, 1, 1)).unwrap();
    let dec = no_riskpolis(&oud, d(2026, 3, 2)).unwrap().decision();
    assert_eq!(
        Motivering::new(&dec, Taal::Nl).to_string(),
        "Besluit\n\
         De no-riskpolis dekt de ziekte die op 2 maart 2026 begon niet.\n\
         \n\
         Motivering\n\
         - De ziekte begon na afloop van de termijn van vijf jaar. (artikel 29c van de Ziektewet)\n"
    );
}

// ----- proefplaatsing and jobcoaching (Participatiewet, consolidation of 2025-02-04) -------

use participatiewet::banenafspraak::{DoelgroepLks, Proefkandidaat, jobcoaching, proefplaatsing};

#[test]
fn a_proefplaatsing_lasts_two_months_and_may_be_extended_by_at_most_four() {
    // Pw art. 8a lid 2 d: "op een proefplaats gedurende twee maanden, met mogelijkheid tot
    // verlenging met maximaal vier maanden".
    let p = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 3, 1), 0).unwrap();
    let periode = *p.value().value().unwrap();
    assert_eq!(periode.eerste_periode_tot_en_met(), d(2026, 4, 30));
    assert_eq!(periode.tot_en_met(), d(2026, 4, 30));
    let lang = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 3, 1), 4).unwrap();
    assert_eq!(lang.value().value().unwrap().tot_en_met(), d(2026, 8, 31));
    let err = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 3, 1), 5).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("out_of_range", Some("verlenging"))
    );
    assert!(proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2024, 12, 31), 0).is_err());
    assert_eq!(
        Motivering::new(&lang, Taal::Nl).to_string(),
        "Besluit\n\
         U kunt van 1 maart 2026 tot en met 31 augustus 2026 op een proefplaats werkzaamheden \
         verrichten, als het college daarvoor toestemming geeft.\n\
         \n\
         Motivering\n\
         - Een proefplaatsing duurt twee maanden en kan met ten hoogste vier maanden worden \
         verlengd; gevraagd is een verlenging van 4 maanden. (artikel 8a, tweede lid, onderdeel d, \
         van de Participatiewet)\n\
         - Onder welke voorwaarden het college toestemming geeft, staat in de verordening van de \
         gemeente. (artikel 8a, tweede lid, onderdeel d, van de Participatiewet)\n"
    );
    let anders = proefplaatsing(Proefkandidaat::Anders, d(2026, 3, 1), 0).unwrap();
    assert!(!anders.value().is_eligible());
    assert_eq!(anders.reasons().count(), 1);
}

#[test]
fn jobcoaching_is_a_right_in_law_for_the_doelgroep_loonkostensubsidie() {
    // Pw art. 10da: "Personen die behoren tot de doelgroep loonkostensubsidie hebben aanspraak
    // op begeleiding op de werkplek."
    let ja = jobcoaching(DoelgroepLks::Ja {
        sinds: d(2026, 1, 1),
    })
    .unwrap();
    assert_eq!(ja.value().value(), Some(&d(2026, 1, 1)));
    assert!(ja.cites(&Citation::article(Regulation::Participatiewet, "10da")));
    assert!(
        ja.cites(
            &Citation::article(Regulation::Participatiewet, "8a")
                .lid(2)
                .onderdeel("e")
        )
    );
    let nee = jobcoaching(DoelgroepLks::Nee).unwrap();
    assert!(!nee.value().is_eligible());
    assert!(
        jobcoaching(DoelgroepLks::Ja {
            sinds: NaiveDate::MIN
        })
        .is_err()
    );
}

// ----- the quotumheffing (Wfsv art. 38e–38h, consolidation of 2026-01-01) ------------------

use participatiewet::Percentage;
use participatiewet::banenafspraak::{Activering, Quotumfeiten, quotumheffing};

fn quotum(activering: Activering, c: rust_decimal::Decimal) -> Quotumfeiten {
    Quotumfeiten::new(
        2026,
        Sector::Overheid,
        activering,
        dec!(1_000_000),
        Percentage::new(dec!(2.5)).unwrap(),
        c,
        dec!(1326),
    )
    .unwrap()
}

#[test]
fn the_levy_is_the_shortfall_times_5000_euro_when_activated() {
    // Art. 38h lid 4: "De quotumheffing bedraagt het quotumtekort vermenigvuldigd met € 5.000."
    // A = 1.000.000, B = 2,5% → 25.000 hours due; C = 11.740 → 13.260 short; D = 1.326 → 10.
    let q = quotumheffing(&quotum(Activering::Geactiveerd, dec!(11_740))).unwrap();
    assert_eq!(q.quotumtekort(), dec!(10));
    assert_eq!(q.heffing().to_string(), "50000.00");
    assert_eq!(q.vaststellen_uiterlijk(), d(2027, 10, 31));
    assert_eq!(
        Motivering::new(&q.decision(), Taal::Nl).to_string(),
        "Besluit\n\
         U bent over 2026 een quotumheffing verschuldigd van € 50.000,00.\n\
         \n\
         Motivering\n\
         - Het quotumtekort is 10 arbeidsplaatsen: (1.000.000 verloonde uren × 2,5% − 11.740 \
         verloonde uren van arbeidsbeperkten) / 1.326 uren per arbeidsbeperkte. (artikel 38g, \
         derde lid, van de Wet financiering sociale verzekeringen)\n\
         - De uren en het quotumpercentage zijn naar beneden afgerond op twee cijfers achter de \
         komma en het quotumtekort naar beneden op één decimaal. (artikel 2.23 van het Besluit \
         Wfsv)\n\
         - De quotumheffing bedraagt het quotumtekort vermenigvuldigd met € 5.000,00. (artikel \
         38h, vierde lid, van de Wet financiering sociale verzekeringen)\n\
         - De inspecteur stelt de quotumheffing uiterlijk op 31 oktober 2027 vast. (artikel 38h, \
         derde lid, van de Wet financiering sociale verzekeringen)\n"
    );
}

#[test]
fn no_levy_without_activation_or_shortfall() {
    let q = quotumheffing(&quotum(Activering::NietUitgevoerd, dec!(0))).unwrap();
    assert!(q.heffing().is_zero());
    assert!(q.decision().has("banenafspraak_quotum_niet_geactiveerd"));
    let vol = quotumheffing(&quotum(Activering::Geactiveerd, dec!(30_000))).unwrap();
    assert_eq!(vol.quotumtekort(), dec!(0));
    assert!(!vol.decision().value().is_eligible());
}

// ----- the quotumheffing through time (Wfsv art. 38e–38h, 122n, 122na, 2015-05-01 on) -------

use participatiewet::banenafspraak::{QuotumTekst, WET_BANENAFSPRAAK_ARTIKEL_2};

fn quotum_over(
    jaar: i32,
    activering: Activering,
) -> Result<participatiewet::banenafspraak::Quotumheffing, participatiewet::Error> {
    // A = 1.000.000, B = 2,5% → 25.000 hours due; C = 11.740 → 13.260 short; D = 1.326 → 10.
    quotumheffing(
        &Quotumfeiten::new(
            jaar,
            Sector::Overheid,
            activering,
            dec!(1_000_000),
            Percentage::new(dec!(2.5)).unwrap(),
            dec!(11_740),
            dec!(1326),
        )
        .unwrap(),
    )
}

#[test]
fn quotum_facts_refuse_what_a_form_cannot_hold() {
    let pct = Percentage::new(dec!(2.5)).unwrap();
    let f = |jaar: i32, a, c, gem| {
        Quotumfeiten::new(
            jaar,
            Sector::Overheid,
            Activering::Geactiveerd,
            a,
            pct,
            c,
            gem,
        )
    };
    assert!(f(2026, dec!(100), dec!(50), dec!(1326)).is_ok());
    assert_eq!(
        f(1899, dec!(1), dec!(0), dec!(1)).unwrap_err().field(),
        Some("kalenderjaar")
    );
    assert_eq!(
        f(2200, dec!(1), dec!(0), dec!(1)).unwrap_err().field(),
        Some("kalenderjaar")
    );
    assert!(f(1900, dec!(1), dec!(0), dec!(1)).is_ok());
    assert!(f(2199, dec!(1), dec!(0), dec!(1)).is_ok());
    assert_eq!(
        f(2026, dec!(-1), dec!(0), dec!(1)).unwrap_err().field(),
        Some("uren_werknemers")
    );
    assert_eq!(
        f(2026, dec!(1.00001), dec!(0), dec!(1))
            .unwrap_err()
            .field(),
        Some("uren_werknemers")
    );
    assert_eq!(
        f(2026, dec!(1_000_000_000_000_001), dec!(0), dec!(1))
            .unwrap_err()
            .field(),
        Some("uren_werknemers")
    );
    assert!(f(2026, dec!(1_000_000_000_000_000), dec!(0), dec!(1)).is_ok());
    assert_eq!(
        f(2026, dec!(10), dec!(-1), dec!(1)).unwrap_err().field(),
        Some("uren_arbeidsbeperkten")
    );
    assert_eq!(
        f(2026, dec!(10), dec!(11), dec!(1)).unwrap_err().field(),
        Some("uren_arbeidsbeperkten")
    );
    assert!(f(2026, dec!(10), dec!(10), dec!(1)).is_ok());
    assert_eq!(
        f(2026, dec!(10), dec!(0), dec!(0)).unwrap_err().field(),
        Some("gemiddelde_uren_arbeidsbeperkte")
    );
    assert_eq!(
        f(2026, dec!(10), dec!(0), dec!(0.00001))
            .unwrap_err()
            .field(),
        Some("gemiddelde_uren_arbeidsbeperkte")
    );
    // Reading facts from JSON goes through the same check.
    let bad = r#"{"kalenderjaar":2026,"sector":"overheid","activering":"geactiveerd","uren_werknemers":"1","quotumpercentage":"2.5","uren_arbeidsbeperkten":"2","gemiddelde_uren_arbeidsbeperkte":"1"}"#;
    assert!(serde_json::from_str::<Quotumfeiten>(bad).is_err());
}

#[test]
fn a_stored_levy_reads_back_only_as_its_facts_give_it() {
    let q = quotum_over(2019, Activering::Geactiveerd).unwrap();
    assert_eq!(q.feiten().kalenderjaar(), 2019);
    let json = serde_json::to_string(&q).unwrap();
    assert_eq!(
        serde_json::from_str::<participatiewet::banenafspraak::Quotumheffing>(&json).unwrap(),
        q
    );
    // An amount the 2020 text holds back, or another text, is refused.
    for tampered in [
        json.replace(r#""heffing":"0.00""#, r#""heffing":"50000.00""#),
        json.replace(r#""tekst":"t2020""#, r#""tekst":"t2017""#),
        json.replace(
            r#""vaststellen_uiterlijk":"2020-10-31""#,
            r#""vaststellen_uiterlijk":"2020-07-31""#,
        ),
    ] {
        assert_ne!(tampered, json);
        assert!(
            serde_json::from_str::<participatiewet::banenafspraak::Quotumheffing>(&tampered)
                .is_err()
        );
    }
}

#[test]
fn no_levy_over_a_year_before_art_38e() {
    // The consolidation of 2015-05-01 is the first with art. 38e; a levy over 2014 would be set
    // under the text of 2015-01-01, which has none.
    for jaar in [1900, 2013, 2014] {
        assert_eq!(
            quotum_over(jaar, Activering::Geactiveerd)
                .unwrap_err()
                .field(),
            Some("kalenderjaar")
        );
    }
}

#[test]
fn the_2015_text_sets_the_levy_before_1_august() {
    // 2015-05-01, art. 38h lid 3: "De vaststelling van de quotumheffing vindt plaats vóór
    // 1 augustus volgend op het kalenderjaar waarover het quotumtekort wordt vastgesteld."
    // Art. 38e lid 1: "... wordt geheven indien deze op grond van artikel 122n, eerste lid, voor
    // de werkgever in de desbetreffende sector is geactiveerd."
    let q = quotum_over(2015, Activering::Geactiveerd).unwrap();
    assert_eq!(q.tekst(), QuotumTekst::T2015);
    assert_eq!(q.heffing().to_string(), "50000.00");
    assert_eq!(q.vaststellen_uiterlijk(), d(2016, 7, 31));
    assert!(
        Motivering::new(&q.decision(), Taal::Nl)
            .to_string()
            .contains("De inspecteur stelt de quotumheffing uiterlijk op 31 juli 2016 vast.")
    );
    // The 2015 text has no art. 122n lid 2: an activated levy cannot be "niet uitgevoerd".
    assert_eq!(
        quotum_over(2015, Activering::NietUitgevoerd)
            .unwrap_err()
            .field(),
        Some("activering")
    );
    assert!(
        quotum_over(2015, Activering::NietGeactiveerd)
            .unwrap()
            .heffing()
            .is_zero()
    );
}

#[test]
fn the_2017_text_sets_the_levy_before_1_november() {
    // 2017-01-01, art. 38h lid 3: "... vindt plaats vóór 1 november volgend op het
    // kalenderjaar ..."; the levy over 2016 is set in 2017, under that text.
    let q = quotum_over(2016, Activering::Geactiveerd).unwrap();
    assert_eq!(q.tekst(), QuotumTekst::T2017);
    assert_eq!(q.vaststellen_uiterlijk(), d(2017, 10, 31));
    // Over 2018 (set in 2019, text of 2017 still): levied; no lid 2 to suspend it yet.
    let q = quotum_over(2018, Activering::Geactiveerd).unwrap();
    assert_eq!(q.heffing().to_string(), "50000.00");
    assert_eq!(
        quotum_over(2018, Activering::NietUitgevoerd)
            .unwrap_err()
            .field(),
        Some("activering")
    );
}

#[test]
fn the_2020_text_holds_the_levy_back_before_2022() {
    // 2020-01-01, art. 122na lid 1: "Nadat bij regeling van Onze Minister op grond van artikel
    // 122n, eerste lid, tot invoering van de quotumheffing voor de betreffende sector is
    // besloten, wordt de quotumheffing, in afwijking van de artikelen 38e, eerste lid, en 122n,
    // eerste lid, niet uitgevoerd met betrekking tot kalenderjaren die zijn gelegen vóór
    // 1 januari 2022."
    let q = quotum_over(2019, Activering::Geactiveerd).unwrap();
    assert_eq!(q.tekst(), QuotumTekst::T2020);
    assert!(q.heffing().is_zero());
    assert!(!q.uitgevoerd());
    assert_eq!(q.quotumtekort(), dec!(10));
    assert_eq!(
        Motivering::new(&q.decision(), Taal::Nl).to_string(),
        "Besluit\n\
         U bent over 2019 geen quotumheffing verschuldigd.\n\
         \n\
         Motivering\n\
         - De quotumheffing wordt niet uitgevoerd over kalenderjaren die vóór 1 januari 2022 \
         liggen. (artikel 122na, eerste lid, van de Wet financiering sociale verzekeringen)\n\
         - Het quotumtekort is 10 arbeidsplaatsen: (1.000.000 verloonde uren × 2,5% − 11.740 \
         verloonde uren van arbeidsbeperkten) / 1.326 uren per arbeidsbeperkte. (artikel 38g, \
         derde lid, van de Wet financiering sociale verzekeringen)\n\
         - De uren en het quotumpercentage zijn naar beneden afgerond op twee cijfers achter de \
         komma en het quotumtekort naar beneden op één decimaal. (artikel 2.23 van het Besluit \
         Wfsv)\n"
    );
    // Art. 38e lid 1 from 2020: "... en niet op grond van artikel 122n, tweede lid, niet wordt
    // uitgevoerd." The lid-2 suspension now exists.
    let n = quotum_over(2021, Activering::NietUitgevoerd).unwrap();
    assert!(n.decision().has("banenafspraak_quotum_niet_geactiveerd"));
    assert!(!n.decision().has("banenafspraak_quotum_overgangsrecht"));
    assert!(
        quotum_over(2021, Activering::Geactiveerd)
            .unwrap()
            .heffing()
            .is_zero()
    );
}

#[test]
fn the_2022_text_holds_it_back_before_2026() {
    // 2022-12-14, art. 122na lid 1: "... gelegen vóór 1 januari 2026." The levy over 2022 is
    // set in 2023, under that text; so are those over 2023 and 2024.
    for jaar in [2022, 2023, 2024] {
        let q = quotum_over(jaar, Activering::Geactiveerd).unwrap();
        assert_eq!(q.tekst(), QuotumTekst::T2022);
        assert!(q.heffing().is_zero());
        assert!(
            Motivering::new(&q.decision(), Taal::Nl)
                .to_string()
                .contains("vóór 1 januari 2026 liggen")
        );
    }
}

#[test]
fn the_2026_text_holds_it_back_before_art_2_of_the_wet_banenafspraak() {
    // 2026-01-01, art. 122na lid 1: "... gelegen vóór het tijdstip van inwerkingtreding van
    // artikel 2 van de Wet banenafspraak." That law's first consolidation is of 2026-01-01.
    assert_eq!(WET_BANENAFSPRAAK_ARTIKEL_2, d(2026, 1, 1));
    let q = quotum_over(2025, Activering::Geactiveerd).unwrap();
    assert_eq!(q.tekst(), QuotumTekst::T2026);
    assert!(q.heffing().is_zero());
    assert!(q.decision().has("banenafspraak_quotum_overgangsrecht"));
    let q = quotum_over(2026, Activering::Geactiveerd).unwrap();
    assert!(q.uitgevoerd());
    assert_eq!(q.heffing().to_string(), "50000.00");
    assert!(!q.decision().has("banenafspraak_quotum_overgangsrecht"));
}

#[test]
fn unit_enums_round_trip_their_wire_names() {
    use participatiewet::banenafspraak::Arbeidsrelatie as A;
    fn rt<T: std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug + Copy>(xs: &[T])
    where
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for x in xs {
            assert_eq!(x.to_string().parse::<T>().unwrap(), *x);
        }
    }
    rt(&[
        Toeleiding::Geen,
        Toeleiding::Artikel7Lid1a,
        Toeleiding::Loonkostensubsidie,
    ]);
    rt(&[
        Minimumloonvaststelling::Geen,
        Minimumloonvaststelling::UwvOpVerzoekCollege,
        Minimumloonvaststelling::LoonwaardeCollege,
        Minimumloonvaststelling::UwvOpEigenVerzoek,
    ]);
    rt(&[
        Wajong::Geen,
        Wajong::MetMogelijkheden,
        Wajong::DuurzaamGeenMogelijkheden,
    ]);
    rt(&[
        Indicatie::Praktijkonderwijs,
        Indicatie::VoortgezetSpeciaalOnderwijs,
        Indicatie::Overig,
    ]);
    rt(&[
        Voormalig::Geen,
        Voormalig::Wsw,
        Voormalig::Wajong,
        Voormalig::WajongDuurzaamGeenMogelijkheden,
    ]);
    rt(&[
        Tekst::T2015,
        Tekst::T2016,
        Tekst::T2017,
        Tekst::T2018,
        Tekst::T2020,
        Tekst::T2026,
    ]);
    rt(&[
        Grond::Lid1A,
        Grond::Lid1B,
        Grond::Lid1C,
        Grond::Lid1D,
        Grond::Lid1E,
        Grond::Lid1F,
        Grond::Lid1G,
        Grond::Lid2,
        Grond::Lid6,
    ]);
    rt(&[Sector::NietOverheid, Sector::Overheid]);
    rt(&[A::Dienstbetrekking, A::TerBeschikkingGesteld]);
    rt(&[
        Activering::Geactiveerd,
        Activering::NietGeactiveerd,
        Activering::NietUitgevoerd,
    ]);
    rt(&[
        Uitsluiting29b::TermijnVerstreken,
        Uitsluiting29b::WswDienstbetrekking,
        Uitsluiting29b::VoorBanenafspraak,
        Uitsluiting29b::RegistratieGeeindigd,
        Uitsluiting29b::VoorAanvang,
    ]);
    rt(&[Proefkandidaat::AlgemeneBijstand, Proefkandidaat::Anders]);
    for g in [Grond::Lid1A, Grond::Lid6] {
        assert_eq!(g.label().wire, g.to_string());
    }
}

#[test]
fn a_ground_set_holds_a_ground_once() {
    use participatiewet::banenafspraak::Gronden;
    let een = Gronden::default().met(Grond::Lid1A);
    assert_eq!(een.met(Grond::Lid1A), een);
    let dubbel: Gronden = serde_json::from_str(r#"["lid1a","lid1a","lid2"]"#).unwrap();
    assert_eq!(
        dubbel.iter().collect::<Vec<_>>(),
        vec![Grond::Lid1A, Grond::Lid2]
    );
    assert!(Gronden::default().is_leeg());
    assert!(!een.is_leeg());
    assert!(!een.bevat(Grond::Lid6));
}

#[test]
fn json_snapshots_of_the_instruments_and_the_levy() {
    let q = quotumheffing(&quotum(Activering::Geactiveerd, dec!(11_740))).unwrap();
    assert_eq!(
        serde_json::to_string(&q).unwrap(),
        r#"{"feiten":{"kalenderjaar":2026,"sector":"overheid","activering":"geactiveerd","uren_werknemers":"1000000","quotumpercentage":"2.5","uren_arbeidsbeperkten":"11740","gemiddelde_uren_arbeidsbeperkte":"1326"},"tekst":"t2026","quotumtekort":"10","heffing":"50000.00","vaststellen_uiterlijk":"2027-10-31"}"#
    );
    let dv = Dienstverband::new(
        Werknemer::Lid6 {
            einde: Some(d(2026, 9, 1)),
        },
        d(2020, 1, 1),
    )
    .unwrap();
    let p = no_riskpolis(&dv, d(2026, 3, 2)).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"gedekt":{"werknemer":{"groep":"lid6","einde":"2026-09-01"},"eerste_ziektedag":"2026-03-02","uiterlijk":"2026-08-31","percentage":"70","niet_eerder_dan":null}}"#
    );
    assert_eq!(serde_json::from_str::<NoRiskPolis>(&json).unwrap(), p);
    assert!(serde_json::from_str::<NoRiskPolis>(&json.replace("\"70\"", "\"100\"")).is_err());
    for verlenging in [0, 1] {
        let p =
            proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 3, 1), verlenging).unwrap();
        let Eligibility::Eligible(periode) = p.value() else {
            panic!("a proefplaatsing for a bijstand client is allowed");
        };
        assert_eq!(periode.verlenging_maanden(), verlenging);
    }
    let pp = proefplaatsing(Proefkandidaat::AlgemeneBijstand, d(2026, 3, 1), 1).unwrap();
    let json = serde_json::to_string(pp.value()).unwrap();
    assert_eq!(
        json,
        r#"{"outcome":"eligible","value":{"begin":"2026-03-01","eerste_periode_tot_en_met":"2026-04-30","verlenging_maanden":1,"tot_en_met":"2026-05-31"}}"#
    );
    let tampered = json.replace("2026-05-31", "2026-12-31");
    assert!(
        serde_json::from_str::<Eligibility<participatiewet::banenafspraak::Proefperiode>>(
            &tampered
        )
        .is_err()
    );
}

#[test]
fn lid_2_alone_with_beschut_werk_needs_no_note_about_lid_1() {
    let f = Feiten::builder()
        .jonggehandicapt_uwv_oordeel()
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
        .build()
        .unwrap();
    let dec = beoordeel(&f, PEIL()).unwrap().decision();
    assert_eq!(dec.value().value(), Some(&Grond::Lid2));
    assert!(!dec.has("banenafspraak_beschut_werk_lid_2"));
    assert_eq!(dec.grounds().len(), 1);
}

#[test]
fn outcomes_display_their_tag_and_date() {
    assert_eq!(
        Uitkomst::Arbeidsbeperkte(Grond::Lid1A).to_string(),
        "arbeidsbeperkte: lid1a"
    );
    assert_eq!(
        Uitkomst::UitgeslotenBeschutWerk(d(2025, 1, 6)).to_string(),
        "uitgesloten_beschut_werk: 2025-01-06"
    );
    assert_eq!(Uitkomst::GeenGrond.to_string(), "geen_grond");
    assert_eq!(Uitkomst::NietInWerking.to_string(), "niet_in_werking");
}

#[test]
fn refusal_reasons_name_only_what_applies() {
    // before art. 38b: the reason is the date, not a missing ground
    let vroeg = beoordeel(&koen().build().unwrap(), d(2015, 4, 30))
        .unwrap()
        .decision();
    assert!(vroeg.has("banenafspraak_niet_in_werking"));
    assert!(!vroeg.has("banenafspraak_geen_grond"));
    // lid 2 with beschut werk and a register entry: eligible, no refusal ground at all
    let f = Feiten::builder()
        .jonggehandicapt_uwv_oordeel()
        .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
        .inschrijving(Inschrijving::opgenomen(d(2024, 1, 1)).unwrap())
        .build()
        .unwrap();
    let dec = beoordeel(&f, PEIL()).unwrap().decision();
    assert!(dec.value().is_eligible());
    assert_eq!(dec.reasons().count(), 0);
    // a beschut-werk dienstbetrekking under a later text: the exclusion of the opening words,
    // not the 2015 rule
    let in_dienst = BeschutWerk::InDienstbetrekking {
        op: d(2019, 1, 1),
        sinds: d(2019, 2, 1),
    };
    let later = beoordeel(
        &koen().beschut_werk(in_dienst).build().unwrap(),
        d(2020, 6, 1),
    )
    .unwrap()
    .decision();
    assert!(later.has("banenafspraak_beschut_werk"));
    assert!(!later.has("banenafspraak_beschut_werk_dienstbetrekking"));
    // the 2015 rule only when onderdeel a would otherwise apply
    let geen_a = Feiten::builder()
        .beschut_werk(BeschutWerk::InDienstbetrekking {
            op: d(2015, 6, 1),
            sinds: d(2015, 7, 1),
        })
        .build()
        .unwrap();
    let dec = beoordeel(&geen_a, d(2015, 9, 1)).unwrap().decision();
    assert!(!dec.has("banenafspraak_beschut_werk_dienstbetrekking"));
    assert!(dec.has("banenafspraak_geen_grond"));
}

#[test]
fn onderdeel_f_names_what_the_person_was() {
    let wsw = beoordeel(
        &Feiten::builder().voormalig(Voormalig::Wsw).build().unwrap(),
        PEIL(),
    )
    .unwrap()
    .decision();
    assert_eq!(
        wsw.ground("banenafspraak_voormalig")
            .unwrap()
            .text(Taal::Nl),
        "U was op of na 1 januari 2013 geïndiceerd voor de sociale werkvoorziening en was dat op 1 mei 2015 niet langer."
    );
    let wajong = beoordeel(
        &Feiten::builder()
            .voormalig(Voormalig::Wajong)
            .build()
            .unwrap(),
        PEIL(),
    )
    .unwrap()
    .decision();
    assert_eq!(
        wajong
            .ground("banenafspraak_voormalig")
            .unwrap()
            .text(Taal::Nl),
        "U was op of na 1 januari 2013 gerechtigd op grond van de Wajong en was dat op 1 mei 2015 niet langer."
    );
}
