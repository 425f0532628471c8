//! Bijstand at a date (`bijstand_op`): the right, the exclusions, the norms of Participatiewet
//! art. 20–22a and the means test. Hand-checked vectors cite the article text in force on the
//! peildatum (BWBR0015703, consolidated versions of 2023-01-01 to 2026-07-01).

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test fails by unwrapping"
)]

use chrono::NaiveDate;
use participatiewet::bijstand::{
    BijstandBerekening, BijstandFeiten, Huishouden, Kostendelers, Kostendelersnorm, Leefvorm,
    Medebewoner, Normgroep, Normregel, Uitsluiting, Verblijf, Weigering, bijstand_op,
    bijstandsnorm,
};
use participatiewet::{
    Bezwaar, Citation, Decision, Eligibility, Money, Motivering, Parameters, Regulation, RowRef,
    Taal, Value,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn eur(s: &str) -> Money {
    s.parse().unwrap()
}

fn single(born: NaiveDate) -> BijstandFeiten {
    BijstandFeiten::builder(born, Huishouden::Alleenstaande)
        .build()
        .unwrap()
}

fn couple(born: NaiveDate, partner: NaiveDate) -> BijstandFeiten {
    BijstandFeiten::builder(born, Huishouden::gehuwden(partner).unwrap())
        .build()
        .unwrap()
}

fn norm(f: &BijstandFeiten, peil: NaiveDate) -> Money {
    bijstand_op(f, peil, &Parameters::bundled()).unwrap().norm()
}

#[test]
fn norm_on_the_day_before_on_and_after_a_change_date() {
    // Single person of 45 (art. 21 a): 1,345.45 from 2025-01-01, 1,369.06 from 2025-07-01.
    let f = single(d(1980, 5, 1));
    assert_eq!(norm(&f, d(2025, 6, 30)), eur("1345.45"));
    assert_eq!(norm(&f, d(2025, 7, 1)), eur("1369.06"));
    assert_eq!(norm(&f, d(2025, 7, 2)), eur("1369.06"));
}

#[test]
fn norms_by_age_and_household_on_2026_01_01() {
    let p = Parameters::bundled();
    let peil = d(2026, 1, 1);
    // 19-year-old single: art. 20 lid 1 a, € 345,99 in the text of 2026-01-01.
    assert_eq!(norm(&single(d(2006, 6, 1)), peil), eur("345.99"));
    // Single parent of 35: the single norm (art. 21 a).
    let ouder = BijstandFeiten::builder(d(1990, 6, 1), Huishouden::AlleenstaandeOuder)
        .build()
        .unwrap();
    assert_eq!(norm(&ouder, peil), eur("1401.50"));
    // Single at AOW age (born 1955: AOW age reached in 2021): art. 22 a.
    assert_eq!(norm(&single(d(1955, 3, 1)), peil), eur("1564.69"));
    // Couple of 45 and 44 with their son of 30 at home: A = 3 (son, person, spouse),
    // per person (40 + 3 x 30) / (3 x 100) x 2,002.13 = 867.589 -> 867.59; the couple's norm
    // is both spouses' norms: 1,735.18 (art. 22a lid 1-2).
    let paar = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap())
        .build()
        .unwrap();
    let b = bijstand_op(&paar, peil, &p).unwrap();
    let n = b.normdetail().unwrap();
    assert_eq!(n.kostendelers().aantal(), 1);
    assert_eq!(n.a(), 3);
    assert_eq!(n.kostendelersnorm(), Kostendelersnorm::Gehuwden);
    assert_eq!(b.norm(), eur("1735.18"));
    // A student son with study finance is excepted (art. 19a lid 1 d): the couple norm.
    let student =
        BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
            .medebewoner(Medebewoner::uitgezonderd(d(1995, 8, 1)).unwrap())
            .build()
            .unwrap();
    assert_eq!(norm(&student, peil), eur("2002.13"));
}

/// Issue #11 correction 1: a couple with one spouse under 21 has the norm of art. 20 lid 1 c
/// (text of 2025-01-01: "gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere
/// echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners: € 1.293,21"), not the
/// couple norm of art. 21 b (€ 1.922,07) the crate gave before.
#[test]
fn a_couple_with_one_spouse_under_21_has_the_norm_of_art_20_lid_1_c() {
    let p = Parameters::bundled();
    let peil = d(2025, 1, 1);
    let f = couple(d(1990, 1, 1), d(2005, 6, 1));
    let b = bijstand_op(&f, peil, &p).unwrap();
    assert_eq!(b.norm(), eur("1293.21"));
    assert_eq!(b.normgroep(), Some(Normgroep::Jongere));
    let n = b.normdetail().unwrap();
    assert_eq!(n.regel(), Normregel::GehuwdenEenJongere);
    assert_eq!(
        *n.regel().citation(),
        Citation::article(Regulation::Participatiewet, "20")
            .lid(1)
            .onderdeel("c")
    );
    // The same with the young spouse as applicant.
    assert_eq!(
        norm(&couple(d(2005, 6, 1), d(1990, 1, 1)), peil),
        eur("1293.21")
    );
    // With children: art. 20 lid 2 c, € 1.677,62.
    let kinderen = BijstandFeiten::builder(
        d(1990, 1, 1),
        Huishouden::gehuwden_met_kinderen(d(2005, 6, 1)).unwrap(),
    )
    .build()
    .unwrap();
    assert_eq!(norm(&kinderen, peil), eur("1677.62"));
    // Both 18, 19 or 20: art. 20 lid 1 b € 664,34; with children lid 2 b € 1.048,75.
    assert_eq!(
        norm(&couple(d(2005, 1, 1), d(2005, 6, 1)), peil),
        eur("664.34")
    );
    let jong_kind = BijstandFeiten::builder(
        d(2005, 1, 1),
        Huishouden::gehuwden_met_kinderen(d(2005, 6, 1)).unwrap(),
    )
    .build()
    .unwrap();
    assert_eq!(norm(&jong_kind, peil), eur("1048.75"));
    // The day the young spouse turns 21 (2026-06-01) the couple norm of art. 21 b applies.
    let f = couple(d(1990, 1, 1), d(2005, 6, 1));
    assert_eq!(norm(&f, d(2026, 5, 31)), eur("1347.06"));
    assert_eq!(norm(&f, d(2026, 6, 1)), eur("2002.13"));
    // A spouse of AOW age and one under 21: art. 20 lid 1 c too ("de andere echtgenoot 21 jaar
    // of ouder").
    assert_eq!(
        norm(&couple(d(1955, 3, 1), d(2005, 6, 1)), peil),
        eur("1293.21")
    );
}

/// Art. 22a lid 3 (text of 2025-01-01): with cost-sharers, "€ 332,17 plus de op basis van
/// dit artikel van toepassing zijnde norm voor de echtgenoot van 21 jaar of ouder"; and in A
/// of lid 1 the spouse counts only "van 21 jaar of ouder".
#[test]
fn a_couple_with_one_spouse_under_21_and_a_cost_sharer_art_22a_lid_3() {
    let p = Parameters::bundled();
    let peil = d(2025, 1, 1);
    let huis = |h: Huishouden, n: usize| {
        (0..n)
            .fold(BijstandFeiten::builder(d(1990, 1, 1), h), |b, i| {
                b.medebewoner(Medebewoner::new(d(1960 + i32::try_from(i).unwrap(), 1, 1)).unwrap())
            })
            .build()
            .unwrap()
    };
    // One cost-sharer: A = 1 + the older spouse = 2 (the spouse of 19 does not count);
    // (40 + 60) / 200 x 1,922.07 = 961.035 -> 961.04; plus 332.17 = 1,293.21.
    let b = bijstand_op(
        &huis(Huishouden::gehuwden(d(2005, 6, 1)).unwrap(), 1),
        peil,
        &p,
    )
    .unwrap();
    let n = b.normdetail().unwrap();
    assert_eq!(n.kostendelersnorm(), Kostendelersnorm::JongePartner);
    assert_eq!(n.a(), 2);
    assert_eq!(n.b(), eur("1922.07"));
    assert_eq!(n.oudere(), eur("961.04"));
    assert_eq!(n.jong(), eur("332.17"));
    assert_eq!(b.norm(), eur("1293.21"));
    // Two cost-sharers: A = 3; 130 / 300 x 1,922.07 = 832.897 -> 832.90; plus 332.17.
    let b = bijstand_op(
        &huis(Huishouden::gehuwden(d(2005, 6, 1)).unwrap(), 2),
        peil,
        &p,
    )
    .unwrap();
    assert_eq!(b.norm(), eur("1165.07"));
    // With children (lid 3 a): € 716,58 plus 961.04 = 1,677.62.
    let b = bijstand_op(
        &huis(Huishouden::gehuwden_met_kinderen(d(2005, 6, 1)).unwrap(), 1),
        peil,
        &p,
    )
    .unwrap();
    assert_eq!(b.norm(), eur("1677.62"));
    // The older spouse of AOW age: B = art. 22 b, € 2.053,48; 50% = 1,026.74 + 332.17.
    let f = BijstandFeiten::builder(d(1955, 3, 1), Huishouden::gehuwden(d(2005, 6, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1960, 1, 1)).unwrap())
        .build()
        .unwrap();
    assert_eq!(norm(&f, peil), eur("1358.91"));
    // Both under 21: art. 22a lid 1 applies only from 21; the cost-sharer changes nothing.
    let f = BijstandFeiten::builder(d(2005, 1, 1), Huishouden::gehuwden(d(2005, 6, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1960, 1, 1)).unwrap())
        .build()
        .unwrap();
    assert_eq!(norm(&f, peil), eur("664.34"));
    // A single person under 21 neither.
    let f = BijstandFeiten::builder(d(2005, 1, 1), Huishouden::Alleenstaande)
        .medebewoner(Medebewoner::new(d(1960, 1, 1)).unwrap())
        .build()
        .unwrap();
    assert_eq!(norm(&f, peil), eur("332.17"));
}

#[test]
fn the_cost_sharer_age_moves_from_21_to_27_on_2023_01_01() {
    // Pw art. 19a lid 1: a co-resident counts from 21 before 2023 and from 27 from 2023.
    // A single person of 45 with a son of 25 at home.
    let zoon = [Medebewoner::new(d(1997, 6, 1)).unwrap()];
    let f = BijstandFeiten::builder(d(1977, 6, 1), Huishouden::Alleenstaande)
        .medebewoner(zoon[0])
        .build()
        .unwrap();
    let p = Parameters::bundled();
    assert_eq!(
        Kostendelers::tel(&zoon, d(2022, 12, 31), &p)
            .unwrap()
            .aantal(),
        1
    );
    assert_eq!(
        Kostendelers::tel(&zoon, d(2023, 1, 1), &p)
            .unwrap()
            .aantal(),
        0
    );
    // The bundled norms of 2022-07-01 (Participatiewet art. 21 onderdeel b, consolidated text
    // of 2022-07-01: couple norm 1,574.03). With one cost-sharer A = 2 and the norm is
    // (40 + 60) / 200 = 50% of it: 787.015, rounded to the cent.
    assert_eq!(
        bijstand_op(&f, d(2022, 12, 31), &p).unwrap().norm(),
        eur("787.02")
    );
    // On 2023-01-01 the son no longer counts: the single norm of art. 21 a, 1,195.66.
    assert_eq!(
        bijstand_op(&f, d(2023, 1, 1), &p).unwrap().norm(),
        eur("1195.66")
    );
}

#[test]
fn the_asset_limit_at_exactly_the_limit_and_one_euro_over() {
    // Pw art. 34 lid 3: no right when the assets exceed the limit; 2026 single: 8,000.
    let p = Parameters::bundled();
    let peil = d(2026, 3, 1);
    let with = |v: &str| {
        BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
            .vermogen(eur(v))
            .build()
            .unwrap()
    };
    let at = bijstand_op(&with("8000.00"), peil, &p).unwrap();
    assert_eq!(at.weigering(), None);
    assert_eq!(
        *at.decision().value(),
        Eligibility::Eligible(eur("1401.50"))
    );
    let over = bijstand_op(&with("8000.01"), peil, &p).unwrap();
    assert_eq!(over.weigering(), Some(Weigering::VermogenBovenGrens));
    let decision = over.decision();
    assert!(!decision.value().is_eligible());
    assert!(decision.cites(&Citation::article(Regulation::Participatiewet, "34").lid(3)));
    assert_eq!(decision.reasons().count(), 1);
    // A couple has the family limit: 16,000.
    let paar = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1980, 5, 1)).unwrap())
        .vermogen(eur("16000.00"))
        .build()
        .unwrap();
    assert_eq!(bijstand_op(&paar, peil, &p).unwrap().weigering(), None);
}

#[test]
fn not_entitled_is_not_entitled_with_zero() {
    let p = Parameters::bundled();
    let peil = d(2026, 3, 1);
    let met_inkomen = |v: &str| {
        BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
            .inkomsten(eur(v))
            .build()
            .unwrap()
    };
    // Income above the norm: entitled, EUR 0 (art. 19 lid 2).
    let rijk = bijstand_op(&met_inkomen("1500.00"), peil, &p).unwrap();
    assert_eq!(*rijk.decision().value(), Eligibility::Eligible(Money::ZERO));
    assert_eq!(rijk.decision().reasons().count(), 0);
    // Income 401.50: bijstand 1,401.50 - 401.50 = 1,000.00.
    assert_eq!(
        bijstand_op(&met_inkomen("401.50"), peil, &p)
            .unwrap()
            .bedrag(),
        eur("1000.00")
    );
    // Money::MAX income: zero, no panic.
    let max = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .inkomsten(Money::MAX)
        .build()
        .unwrap();
    assert_eq!(bijstand_op(&max, peil, &p).unwrap().bedrag(), Money::ZERO);
    // Under 18: not entitled (art. 13 lid 1 f), one refusal ground, listed once (issue #10).
    let refused = bijstand_op(&single(d(2009, 5, 1)), peil, &p)
        .unwrap()
        .decision();
    let reasons: Vec<_> = refused.reasons().collect();
    assert_eq!(reasons.len(), 1);
    assert_eq!(
        *reasons[0].citation(),
        Citation::article(Regulation::Participatiewet, "13")
            .lid(1)
            .onderdeel("f")
    );
    assert_eq!(reasons[0].value("leeftijd"), Some(Value::Count(16)));
}

#[test]
fn the_exclusions_of_art_13() {
    let p = Parameters::bundled();
    let peil = d(2026, 3, 1);
    let met = |born, u| {
        BijstandFeiten::builder(born, Huishouden::Alleenstaande)
            .uitsluiting(u)
            .build()
            .unwrap()
    };
    let b = bijstand_op(&met(d(1980, 5, 1), Uitsluiting::Detentie), peil, &p).unwrap();
    assert_eq!(b.weigering(), Some(Weigering::Uitgesloten));
    assert_eq!(b.uitsluiting(), Some(Uitsluiting::Detentie));
    assert!(b.decision().has("bijstand_uitsluiting"));
    // Under 27 able to follow funded education: no algemene bijstand (art. 13 lid 2 c) at 26,
    // not at 27.
    let jong = bijstand_op(&met(d(1999, 3, 2), Uitsluiting::OnderwijsOnder27), peil, &p).unwrap();
    assert_eq!(jong.weigering(), Some(Weigering::OnderwijsOnder27));
    assert!(
        jong.decision()
            .has("bijstand_uitsluiting_algemene_bijstand")
    );
    let oud = bijstand_op(&met(d(1999, 3, 1), Uitsluiting::OnderwijsOnder27), peil, &p).unwrap();
    assert_eq!(oud.weigering(), None);
    // An institution bars algemene bijstand only at 18, 19 or 20 (art. 13 lid 2 a).
    let b = bijstand_op(&met(d(2006, 1, 1), Uitsluiting::Inrichting), peil, &p).unwrap();
    assert_eq!(b.weigering(), Some(Weigering::GeenAlgemeneBijstand));
    let b = bijstand_op(&met(d(2005, 1, 1), Uitsluiting::Inrichting), peil, &p).unwrap();
    assert_eq!(b.weigering(), None);
    // Residence (art. 11).
    let vreemd = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .verblijf(Verblijf::GeenRechtmatigVerblijf)
        .build()
        .unwrap();
    assert_eq!(
        bijstand_op(&vreemd, peil, &p).unwrap().weigering(),
        Some(Weigering::GeenRechtmatigVerblijf)
    );
    let weg = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .woont_in_nederland(false)
        .build()
        .unwrap();
    let b = bijstand_op(&weg, peil, &p).unwrap();
    assert_eq!(b.weigering(), Some(Weigering::WoontNietInNederland));
    assert!(b.decision().has("bijstand_woont_niet_in_nederland"));
}

/// Issue #10: errors name the form field; a date past a table names the legal value.
#[test]
fn errors_name_the_wire_field() {
    let p = Parameters::bundled();
    // A birth date after the peildatum: geboortedatum, not peildatum.
    let err = bijstand_op(&single(d(2026, 5, 1)), d(2026, 1, 1), &p).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("invalid_facts", Some("geboortedatum"))
    );
    // The spouse's birth date after the peildatum: partner.
    let err = bijstand_op(&couple(d(1980, 1, 1), d(2026, 5, 1)), d(2026, 1, 1), &p).unwrap_err();
    assert_eq!(err.field(), Some("partner"));
    // A spouse under 18 (art. 24 is not built): partner.
    let err = bijstand_op(&couple(d(1980, 1, 1), d(2010, 5, 1)), d(2026, 1, 1), &p).unwrap_err();
    assert_eq!(err.field(), Some("partner"));
    assert!(err.message(Taal::Nl).contains("jonger dan 18 jaar"));
    // A date past the tables.
    let err = bijstand_op(&single(d(1980, 1, 1)), d(2027, 1, 1), &p).unwrap_err();
    assert_eq!(err.code(), "not_in_force");
    assert!(
        err.message(Taal::Nl)
            .contains("niet bekend op 1 januari 2027")
    );
    // Dates outside the crate's range, in the facts and the question.
    let err = BijstandFeiten::builder(NaiveDate::MIN, Huishouden::Alleenstaande)
        .build()
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("date_out_of_range", Some("geboortedatum"))
    );
    let err = Huishouden::gehuwden(NaiveDate::MAX).unwrap_err();
    assert_eq!(err.field(), Some("partner"));
    let err = Medebewoner::new(NaiveDate::MAX).unwrap_err();
    assert_eq!(err.field(), Some("medebewoners"));
    let err = bijstand_op(&single(d(1980, 1, 1)), NaiveDate::MAX, &p).unwrap_err();
    assert_eq!(err.field(), Some("peildatum"));
}

#[test]
fn bijstandsnorm_directly_and_its_row() {
    let p = Parameters::bundled();
    let n = bijstandsnorm(
        d(1990, 1, 1),
        &Huishouden::Alleenstaande,
        &[],
        d(2026, 3, 1),
        &p,
    )
    .unwrap();
    assert_eq!(n.vanaf(), d(2026, 1, 1));
    assert_eq!(n.bedrag(), eur("1401.50"));
    let err = bijstandsnorm(
        d(2010, 1, 1),
        &Huishouden::Alleenstaande,
        &[],
        d(2026, 3, 1),
        &p,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("geboortedatum"));
}

fn award() -> BijstandBerekening {
    // A single person of 45 with an income of € 401,50 on 1 March 2026.
    let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .inkomsten(eur("401.50"))
        .vermogen(eur("2500.00"))
        .build()
        .unwrap();
    bijstand_op(&f, d(2026, 3, 1), &Parameters::bundled()).unwrap()
}

fn refusal() -> BijstandBerekening {
    // The same person with € 9.000 of assets: above the limit of € 8.000 (art. 34 lid 3 a).
    let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .vermogen(eur("9000.00"))
        .build()
        .unwrap();
    bijstand_op(&f, d(2026, 3, 1), &Parameters::bundled()).unwrap()
}

const GOLDEN_AWARD: &str = "\
Besluit
U hebt op 1 maart 2026 recht op algemene bijstand van € 1.000,00 per maand.

Motivering
- U woont in Nederland en u bent Nederlander. (artikel 11, eerste lid, van de Participatiewet)
- U bent 45 jaar en alleenstaand. (artikel 4, eerste lid, van de Participatiewet)
- Uw vermogen van € 2.500,00 is niet hoger dan de vermogensgrens van € 8.000,00. (artikel 34, derde lid, van de Participatiewet)
- Voor een alleenstaande of een alleenstaande ouder van 21 jaar of ouder en jonger dan de pensioengerechtigde leeftijd, zonder kostendelende medebewoners is de bijstandsnorm € 1.401,50 per maand. (artikel 21, onderdeel a, van de Participatiewet)
- Uw inkomen van € 401,50 per maand gaat af van de norm van € 1.401,50. De bijstand is het verschil: € 1.000,00 per maand. (artikel 19, tweede lid, van de Participatiewet)
";

const GOLDEN_REFUSAL: &str = "\
Besluit
U hebt op 1 maart 2026 geen recht op algemene bijstand.

Motivering
- U woont in Nederland en u bent Nederlander. (artikel 11, eerste lid, van de Participatiewet)
- U bent 45 jaar en alleenstaand. (artikel 4, eerste lid, van de Participatiewet)
- Uw vermogen van € 9.000,00 is hoger dan de vermogensgrens van € 8.000,00. U hebt daarom geen recht op algemene bijstand. (artikel 34, derde lid, van de Participatiewet)
";

const GOLDEN_BEZWAAR: &str = "
Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (2 maart 2026); uw bezwaarschrift moet uiterlijk op 13 april 2026 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).
";

/// Golden Dutch texts, read against the articles cited: art. 11 lid 1 ("Iedere in Nederland
/// woonachtige Nederlander ..."), art. 21 onderdeel a (€ 1.401,50 in the text of 2026-01-01),
/// art. 34 lid 3 a (€ 8.000 for 2026), art. 19 lid 2 ("het verschil tussen het inkomen en de
/// bijstandsnorm"); Awb art. 6:7 and 6:8 for the bezwaarclausule.
#[test]
fn golden_dutch_texts_of_an_award_and_a_refusal() {
    let verzonden = Bezwaar::new(d(2026, 3, 2)).unwrap();
    let award = award().decision();
    assert_eq!(Motivering::new(&award, Taal::Nl).to_string(), GOLDEN_AWARD);
    assert_eq!(
        Motivering::new(&award, Taal::Nl)
            .met_bezwaar(verzonden)
            .to_string(),
        format!("{GOLDEN_AWARD}{GOLDEN_BEZWAAR}")
    );
    let refusal = refusal().decision();
    assert_eq!(
        Motivering::new(&refusal, Taal::Nl).to_string(),
        GOLDEN_REFUSAL
    );
    assert_eq!(
        Motivering::new(&refusal, Taal::Nl)
            .met_bezwaar(verzonden)
            .to_string(),
        format!("{GOLDEN_REFUSAL}{GOLDEN_BEZWAAR}")
    );
}

#[test]
fn golden_dutch_grounds_of_the_cost_sharer_norms() {
    let p = Parameters::bundled();
    let text = |f: &BijstandFeiten| {
        let d = bijstand_op(f, d(2025, 1, 1), &p).unwrap().decision();
        d.grounds()
            .iter()
            .map(|g| g.text(Taal::Nl))
            .collect::<Vec<_>>()
    };
    let jong = BijstandFeiten::builder(d(1990, 1, 1), Huishouden::gehuwden(d(2005, 6, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1960, 1, 1)).unwrap())
        .build()
        .unwrap();
    let grounds = text(&jong);
    assert_eq!(
        grounds[1],
        "U bent gehuwd of samenwonend. U bent 35 jaar en uw echtgenoot of partner is 19 jaar."
    );
    assert_eq!(
        grounds[3],
        "Het aantal kostendelende medebewoners (personen van 27 jaar of ouder die in uw woning hun \
         hoofdverblijf hebben) is 1."
    );
    assert_eq!(
        grounds[4],
        "Een van u is 18, 19 of 20 jaar. Uw norm is € 332,17 plus de norm van de echtgenoot van \
         21 jaar of ouder: (40 + A × 30) / (A × 100) × B, met A = 2 en B = € 1.922,07, is \
         € 961,04. Samen is dat € 1.293,21 per maand."
    );
    let zonder = couple(d(1990, 1, 1), d(2005, 6, 1));
    assert_eq!(
        text(&zonder)[3],
        "Voor gehuwden van wie een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 \
         jaar of ouder, zonder kostendelende medebewoners is de bijstandsnorm € 1.293,21 per \
         maand."
    );
}

#[test]
fn the_decision_lists_each_ground_once_with_its_rows_and_reads_back() {
    let p = Parameters::bundled();
    let paar = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
        .medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap())
        .inkomsten(eur("250.00"))
        .build()
        .unwrap();
    let decision = bijstand_op(&paar, d(2026, 1, 15), &p).unwrap().decision();
    let codes: Vec<&str> = decision.grounds().iter().map(|g| g.code().code).collect();
    assert_eq!(
        codes,
        [
            "bijstand_recht",
            "bijstand_leeftijd_gehuwden",
            "bijstand_vermogen",
            "bijstand_kostendelers",
            "bijstand_kostendelersnorm_gehuwden",
            "bijstand_inkomen",
        ]
    );
    let rows: Vec<RowRef> = decision
        .grounds()
        .iter()
        .flat_map(participatiewet::Ground::rows)
        .collect();
    assert_eq!(
        rows,
        [
            RowRef::new(participatiewet::TableName::Vermogensgrenzen, d(2026, 1, 1)),
            RowRef::new(
                participatiewet::TableName::KostendelerLeeftijd,
                d(2023, 1, 1)
            ),
            RowRef::new(participatiewet::TableName::Bijstandsnormen, d(2026, 1, 1)),
        ]
    );
    // No text from Debug names (issue #10: "norm group Volwassen, household Gehuwden").
    for g in decision.grounds() {
        let en = g.text(Taal::En);
        assert!(
            !en.contains("Volwassen") && !en.contains("Gehuwden"),
            "{en}"
        );
        assert!(g.is_well_formed());
    }
    let json = serde_json::to_string(&decision).unwrap();
    let back: Decision<Eligibility<Money>> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, decision);
    // The receipt of a decision names the rows.
    assert_eq!(decision.value().value(), Some(&eur("1485.18")));
}

/// Issue #9: facts are owned data with serde through their validation; unknown fields and
/// missing fields are refused; the household carries the partner.
#[test]
fn facts_snapshot_and_tamper() {
    let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1981, 9, 1)).unwrap())
        .medebewoner(Medebewoner::uitgezonderd(d(1995, 8, 1)).unwrap())
        .uitsluiting(Uitsluiting::Buitenland)
        .inkomsten(eur("250.00"))
        .build()
        .unwrap();
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(
        json,
        r#"{"geboortedatum":"1980-05-01","huishouden":{"leefvorm":"gehuwden","partner":"1981-09-01"},"verblijf":"nederlander","woont_in_nederland":true,"uitsluitingen":["buitenland"],"medebewoners":[{"geboortedatum":"1995-08-01","uitgezonderd":true}],"inkomsten":"250.00","vermogen":"0.00"}"#
    );
    assert_eq!(serde_json::from_str::<BijstandFeiten>(&json).unwrap(), f);
    for tampered in [
        json.replace(r#""woont_in_nederland":true,"#, ""),
        json.replace(r#","partner":"1981-09-01""#, ""),
        json.replace(r#""leefvorm":"gehuwden""#, r#""leefvorm":"alleenstaande""#),
        json.replace(r#""uitgezonderd":true"#, r#""uitgezonderd":true,"x":1"#),
        json.replace(
            r#""vermogen":"0.00""#,
            r#""vermogen":"0.00","partner":"1981-09-01""#,
        ),
        json.replace("1980-05-01", "1899-12-31"),
        json.replace("1995-08-01", "2200-01-01"),
        json.replace(r#"["buitenland"]"#, r#"["buitenlandd"]"#),
    ] {
        assert!(
            serde_json::from_str::<BijstandFeiten>(&tampered).is_err(),
            "{tampered}"
        );
    }
}

#[test]
fn calculation_snapshot_and_tamper() {
    let b = award();
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(
        json,
        r#"{"peildatum":"2026-03-01","leeftijd":45,"partner_leeftijd":null,"leefvorm":"alleenstaande","verblijf":"nederlander","norm":{"regel":"alleenstaande","kostendelersnorm":"geen","kostendelers":{"aantal":0,"leeftijd":27,"vanaf":"2023-01-01"},"a":0,"b":"0.00","jong":"0.00","oudere":"0.00","bedrag":"1401.50","vanaf":"2026-01-01"},"inkomsten":"401.50","vermogen":"2500.00","vermogensgrens":"8000.00","grenzen_vanaf":"2026-01-01","bedrag":"1000.00","weigering":null,"uitsluiting":null}"#
    );
    assert_eq!(
        serde_json::from_str::<BijstandBerekening>(&json).unwrap(),
        b
    );
    for tampered in [
        json.replace(r#""bedrag":"1000.00""#, r#""bedrag":"1100.00""#),
        json.replace(r#""weigering":null"#, r#""weigering":"jonger_dan_18""#),
        json.replace(r#""vermogen":"2500.00""#, r#""vermogen":"9000.00""#),
        json.replace(r#""partner_leeftijd":null"#, r#""partner_leeftijd":40"#),
        json.replace(r#""uitsluiting":null"#, r#""uitsluiting":"detentie""#),
        json.replace(r#""leeftijd":45,"#, r#""leeftijd":45,"x":1,"#),
        json.replace(r#","weigering":null"#, ""),
        json.replace(r#""partner_leeftijd":null,"#, ""),
    ] {
        assert!(
            serde_json::from_str::<BijstandBerekening>(&tampered).is_err(),
            "{tampered}"
        );
    }
    let r = refusal();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(
        serde_json::from_str::<BijstandBerekening>(&json).unwrap(),
        r
    );
    let tampered = json.replace(r#""vermogen":"9000.00""#, r#""vermogen":"7000.00""#);
    assert!(serde_json::from_str::<BijstandBerekening>(&tampered).is_err());
}

/// Issue #9: every public enum has Display and FromStr on its wire name, and a Dutch label.
#[test]
#[allow(clippy::too_many_lines, reason = "one list per enum")]
fn enums_round_trip_through_their_wire_names() {
    fn check<T>(all: &[T])
    where
        T: std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug + serde::Serialize,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for v in all {
            let wire = v.to_string();
            assert_eq!(&wire.parse::<T>().unwrap(), v);
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{wire}\""));
        }
        assert!("geen_waarde".parse::<T>().is_err());
    }
    check(&[
        Leefvorm::Alleenstaande,
        Leefvorm::AlleenstaandeOuder,
        Leefvorm::Gehuwden,
    ]);
    check(&[
        Normgroep::Jongere,
        Normgroep::Volwassen,
        Normgroep::Pensioengerechtigd,
    ]);
    check(&[
        Verblijf::Nederlander,
        Verblijf::RechtmatigVerblijf,
        Verblijf::GeenRechtmatigVerblijf,
    ]);
    let weigeringen = [
        Weigering::GeenRechtmatigVerblijf,
        Weigering::WoontNietInNederland,
        Weigering::JongerDan18,
        Weigering::Uitgesloten,
        Weigering::OnderwijsOnder27,
        Weigering::VermogenBovenGrens,
        Weigering::GeenAlgemeneBijstand,
    ];
    check(&weigeringen);
    for w in weigeringen {
        assert_eq!(w.label().wire, w.to_string());
    }
    let regels = [
        Normregel::AlleenstaandeJongere,
        Normregel::AlleenstaandeOuderJongere,
        Normregel::GehuwdenJongeren,
        Normregel::GehuwdenJongerenMetKinderen,
        Normregel::GehuwdenEenJongere,
        Normregel::GehuwdenEenJongereMetKinderen,
        Normregel::Alleenstaande,
        Normregel::Gehuwden,
        Normregel::AlleenstaandePensioengerechtigde,
        Normregel::GehuwdenPensioengerechtigd,
        Normregel::GehuwdenEenPensioengerechtigd,
    ];
    check(&regels);
    for r in regels {
        assert_eq!(r.label().wire, r.to_string());
    }
    check(&[
        Kostendelersnorm::Geen,
        Kostendelersnorm::Alleenstaande,
        Kostendelersnorm::Gehuwden,
        Kostendelersnorm::JongePartner,
    ]);
    let uitsluitingen = [
        Uitsluiting::Detentie,
        Uitsluiting::Onttrekking,
        Uitsluiting::Dienstplicht,
        Uitsluiting::Werkstaking,
        Uitsluiting::Buitenland,
        Uitsluiting::Schuldenlast,
        Uitsluiting::Uitreiziger,
        Uitsluiting::Inrichting,
        Uitsluiting::OnbetaaldVerlof,
        Uitsluiting::OnderwijsOnder27,
        Uitsluiting::VerplichtingenOnder27,
    ];
    check(&uitsluitingen);
    for u in uitsluitingen {
        assert_eq!(u.label().wire, u.to_string());
    }
    for l in [
        Leefvorm::Alleenstaande,
        Leefvorm::AlleenstaandeOuder,
        Leefvorm::Gehuwden,
    ] {
        assert_eq!(l.label().wire, l.to_string());
    }
    for n in [
        Normgroep::Jongere,
        Normgroep::Volwassen,
        Normgroep::Pensioengerechtigd,
    ] {
        assert_eq!(n.label().wire, n.to_string());
    }
    for v in [
        Verblijf::Nederlander,
        Verblijf::RechtmatigVerblijf,
        Verblijf::GeenRechtmatigVerblijf,
    ] {
        assert_eq!(v.label().wire, v.to_string());
    }
    assert_eq!(
        Huishouden::gehuwden_met_kinderen(d(2005, 6, 1))
            .unwrap()
            .to_string(),
        "gehuwden_met_kinderen 2005-06-01"
    );
}

/// The boundaries of every age the norms turn on: 18 (art. 13 lid 1 f), 21 (art. 20/21), the
/// cost-sharer age 27 (art. 19a lid 1) and the AOW age (art. 22).
#[test]
fn age_boundaries_of_the_norms() {
    let p = Parameters::bundled();
    let peil = d(2026, 1, 1);
    // Exactly 18: entitled, the youth norm (art. 20 lid 1 a).
    let b = bijstand_op(&single(d(2008, 1, 1)), peil, &p).unwrap();
    assert_eq!((b.weigering(), b.norm()), (None, eur("345.99")));
    // Exactly 21: art. 21 a.
    let b = bijstand_op(&single(d(2005, 1, 1)), peil, &p).unwrap();
    assert_eq!(b.normdetail().unwrap().regel(), Normregel::Alleenstaande);
    // A spouse of exactly 18 with one of 45: art. 20 lid 1 c.
    assert_eq!(
        norm(&couple(d(1980, 1, 1), d(2008, 1, 1)), peil),
        eur("1347.06")
    );
    // A spouse of exactly 21: art. 21 b.
    assert_eq!(
        norm(&couple(d(1980, 1, 1), d(2005, 1, 1)), peil),
        eur("2002.13")
    );
    // A co-resident of exactly 27 counts; one of 26 does not; one not yet born neither.
    let huis = |born| {
        BijstandFeiten::builder(d(1980, 1, 1), Huishouden::Alleenstaande)
            .medebewoner(Medebewoner::new(born).unwrap())
            .build()
            .unwrap()
    };
    assert_eq!(norm(&huis(d(1999, 1, 1)), peil), eur("1001.07")); // 100/200 x 2,002.13
    assert_eq!(norm(&huis(d(1999, 1, 2)), peil), eur("1401.50"));
    assert_eq!(norm(&huis(d(2026, 6, 1)), peil), eur("1401.50"));
    // AOW age: one spouse (art. 22 c) and both (art. 22 b): the same amount, another rule.
    let b = bijstand_op(&couple(d(1955, 3, 1), d(1980, 1, 1)), peil, &p).unwrap();
    assert_eq!(
        b.normdetail().unwrap().regel(),
        Normregel::GehuwdenEenPensioengerechtigd
    );
    assert_eq!(b.normgroep(), Some(Normgroep::Pensioengerechtigd));
    assert_eq!(b.norm(), eur("2144.16"));
    let b = bijstand_op(&couple(d(1980, 1, 1), d(1955, 3, 1)), peil, &p).unwrap();
    assert_eq!(
        b.normdetail().unwrap().regel(),
        Normregel::GehuwdenEenPensioengerechtigd
    );
    let b = bijstand_op(&couple(d(1955, 3, 1), d(1954, 3, 1)), peil, &p).unwrap();
    assert_eq!(
        b.normdetail().unwrap().regel(),
        Normregel::GehuwdenPensioengerechtigd
    );
    assert_eq!(b.norm(), eur("2144.16"));
    let b = bijstand_op(&couple(d(1980, 1, 1), d(1981, 1, 1)), peil, &p).unwrap();
    assert_eq!(b.normdetail().unwrap().regel(), Normregel::Gehuwden);
    assert_eq!(b.normgroep(), Some(Normgroep::Volwassen));
    // Young single parent: art. 20 lid 2 a.
    let jong_ouder = BijstandFeiten::builder(d(2006, 1, 1), Huishouden::AlleenstaandeOuder)
        .build()
        .unwrap();
    let b = bijstand_op(&jong_ouder, peil, &p).unwrap();
    assert_eq!(
        b.normdetail().unwrap().regel(),
        Normregel::AlleenstaandeOuderJongere
    );
    assert_eq!(b.norm(), eur("345.99"));
    assert_eq!(b.leefvorm(), Leefvorm::AlleenstaandeOuder);
}

/// Art. 22a lid 1 B at AOW age (art. 22 b) and lid 3 with the younger spouse as applicant.
#[test]
fn cost_sharer_norms_at_aow_age() {
    let p = Parameters::bundled();
    let peil = d(2026, 1, 1);
    let met = |born, h| {
        BijstandFeiten::builder(born, h)
            .medebewoner(Medebewoner::new(d(1960, 1, 1)).unwrap())
            .build()
            .unwrap()
    };
    // Single of AOW age with one cost-sharer: A = 2, B = 2,144.16: 1,072.08.
    let n = bijstand_op(&met(d(1955, 3, 1), Huishouden::Alleenstaande), peil, &p)
        .unwrap()
        .normdetail()
        .unwrap();
    assert_eq!(
        (n.a(), n.b(), n.bedrag()),
        (2, eur("2144.16"), eur("1072.08"))
    );
    assert_eq!(n.kostendelersnorm(), Kostendelersnorm::Alleenstaande);
    // Both of AOW age: A = 3, 130/300 x 2,144.16 = 929.136 -> 929.14, twice: 1,858.28.
    let n = bijstand_op(
        &met(d(1955, 3, 1), Huishouden::gehuwden(d(1954, 3, 1)).unwrap()),
        peil,
        &p,
    )
    .unwrap()
    .normdetail()
    .unwrap();
    assert_eq!((n.a(), n.bedrag()), (3, eur("1858.28")));
    // One of AOW age and one of 45: B = art. 22 c, the same amount.
    let n = bijstand_op(
        &met(d(1980, 3, 1), Huishouden::gehuwden(d(1954, 3, 1)).unwrap()),
        peil,
        &p,
    )
    .unwrap()
    .normdetail()
    .unwrap();
    assert_eq!((n.b(), n.bedrag()), (eur("2144.16"), eur("1858.28")));
    // The applicant of 20 and the spouse of AOW age (art. 22a lid 3 b, 2026-01-01: € 345,99):
    // 345.99 + 1,072.08.
    let n = bijstand_op(
        &met(d(2005, 6, 1), Huishouden::gehuwden(d(1955, 3, 1)).unwrap()),
        peil,
        &p,
    )
    .unwrap()
    .normdetail()
    .unwrap();
    assert_eq!(
        (n.jong(), n.oudere(), n.bedrag()),
        (eur("345.99"), eur("1072.08"), eur("1418.07"))
    );
    // The applicant of 20 and the spouse of 45: B = art. 21 b.
    let n = bijstand_op(
        &met(d(2005, 6, 1), Huishouden::gehuwden(d(1980, 3, 1)).unwrap()),
        peil,
        &p,
    )
    .unwrap()
    .normdetail()
    .unwrap();
    assert_eq!((n.b(), n.bedrag()), (eur("2002.13"), eur("1347.06")));
}

#[test]
fn the_calculation_reports_its_facts() {
    let p = Parameters::bundled();
    let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::gehuwden(d(1982, 5, 1)).unwrap())
        .inkomsten(eur("100.00"))
        .vermogen(eur("10000.00"))
        .build()
        .unwrap();
    let b = bijstand_op(&f, d(2026, 3, 1), &p).unwrap();
    assert_eq!(b.peildatum(), d(2026, 3, 1));
    assert_eq!((b.leeftijd(), b.partner_leeftijd()), (45, Some(43)));
    assert_eq!(b.leefvorm(), Leefvorm::Gehuwden);
    assert_eq!(
        (b.inkomsten(), b.vermogen()),
        (eur("100.00"), eur("10000.00"))
    );
    assert_eq!(b.vermogensgrens(), eur("16000.00"));
    assert_eq!(b.bedrag(), eur("1902.13"));
    assert_eq!(b.uitsluiting(), None);
    // A single parent has the family limit too (art. 34 lid 3 b).
    let ouder = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::AlleenstaandeOuder)
        .vermogen(eur("10000.00"))
        .build()
        .unwrap();
    let b = bijstand_op(&ouder, d(2026, 3, 1), &p).unwrap();
    assert_eq!((b.weigering(), b.vermogensgrens()), (None, eur("16000.00")));
    // The first refusal wins: no lawful residence, and detention; the exclusion is not the
    // reason, so it is not reported.
    let beide = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .verblijf(Verblijf::GeenRechtmatigVerblijf)
        .uitsluiting(Uitsluiting::Detentie)
        .build()
        .unwrap();
    let b = bijstand_op(&beide, d(2026, 3, 1), &p).unwrap();
    assert_eq!(
        (b.weigering(), b.uitsluiting()),
        (Some(Weigering::GeenRechtmatigVerblijf), None)
    );
    let d2 = b.decision();
    assert!(d2.has("bijstand_geen_rechtmatig_verblijf"));
    assert_eq!(d2.grounds().len(), 1);
    // Lawful residence of a foreigner: art. 11 lid 2.
    let vreemd = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
        .verblijf(Verblijf::RechtmatigVerblijf)
        .build()
        .unwrap();
    let dec = bijstand_op(&vreemd, d(2026, 3, 1), &p).unwrap().decision();
    assert_eq!(
        *dec.ground("bijstand_recht").unwrap().citation(),
        Citation::article(Regulation::Participatiewet, "11").lid(2)
    );
}

#[test]
fn the_norm_directly_refuses_what_it_cannot_know() {
    let p = Parameters::bundled();
    let peil = d(2026, 1, 1);
    let h = Huishouden::gehuwden(d(2026, 6, 1)).unwrap();
    assert_eq!(
        bijstandsnorm(d(1980, 1, 1), &h, &[], peil, &p)
            .unwrap_err()
            .field(),
        Some("partner")
    );
    let h = Huishouden::gehuwden(d(2008, 1, 2)).unwrap();
    assert_eq!(
        bijstandsnorm(d(1980, 1, 1), &h, &[], peil, &p)
            .unwrap_err()
            .field(),
        Some("partner")
    );
    let h = Huishouden::gehuwden(d(2008, 1, 1)).unwrap();
    assert_eq!(
        bijstandsnorm(d(1980, 1, 1), &h, &[], peil, &p)
            .unwrap()
            .bedrag(),
        eur("1347.06")
    );
    let err = bijstandsnorm(d(2008, 1, 2), &Huishouden::Alleenstaande, &[], peil, &p).unwrap_err();
    assert_eq!(err.field(), Some("geboortedatum"));
    assert!(bijstandsnorm(d(2008, 1, 1), &Huishouden::Alleenstaande, &[], peil, &p).is_ok());
}

#[test]
fn more_tampered_calculations_are_refused() {
    let b = award();
    let json: serde_json::Value = serde_json::to_value(b).unwrap();
    let tamper = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = json.clone();
        f(&mut v);
        serde_json::from_value::<BijstandBerekening>(v).is_err()
    };
    assert!(tamper(&|v| v["norm"] = serde_json::Value::Null));
    assert!(tamper(&|v| v["peildatum"] = "2200-01-01".into()));
    assert!(tamper(&|v| v["grenzen_vanaf"] = "1899-12-31".into()));
    assert!(tamper(&|v| v["leefvorm"] = "gehuwden".into()));
    assert!(!tamper(&|_| {}));
    let r: serde_json::Value = serde_json::to_value(refusal()).unwrap();
    let mut v = r.clone();
    v["uitsluiting"] = "detentie".into();
    assert!(serde_json::from_value::<BijstandBerekening>(v).is_err());
    let mut v = r;
    v["weigering"] = "uitgesloten".into();
    v["uitsluiting"] = "detentie".into();
    assert!(serde_json::from_value::<BijstandBerekening>(v).is_ok());
}

#[test]
fn a_household_holds_up_to_255_co_residents() {
    // The count of art. 22a is a number of persons; the crate bounds it so that it fits.
    let met = |n: usize| {
        let mut b = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande);
        for _ in 0..n {
            b = b.medebewoner(Medebewoner::new(d(1995, 8, 1)).unwrap());
        }
        b.build()
    };
    assert_eq!(met(255).unwrap().medebewoners().len(), 255);
    assert_eq!(met(256).unwrap_err().field(), Some("medebewoners"));
    assert!(met(0).unwrap().medebewoners().is_empty());
}

#[test]
fn a_stored_household_with_a_partner_outside_the_crates_dates_is_refused() {
    let h = Huishouden::gehuwden(d(1981, 9, 1)).unwrap();
    let json = serde_json::to_string(&h).unwrap();
    assert_eq!(serde_json::from_str::<Huishouden>(&json).unwrap(), h);
    let bad = json.replace("1981-09-01", "1899-09-01");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<Huishouden>(&bad).is_err());
}

#[test]
fn assets_exactly_at_the_limit_leave_the_right_and_read_back() {
    // Participatiewet art. 34 lid 3: no right when the assets are above the limit; at the
    // limit itself the right stays.
    let p = Parameters::bundled();
    let peil = d(2026, 1, 15);
    let feiten = |vermogen| {
        BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande)
            .vermogen(vermogen)
            .build()
            .unwrap()
    };
    let grens = bijstand_op(&feiten(Money::ZERO), peil, &p)
        .unwrap()
        .vermogensgrens();
    let op_de_grens = bijstand_op(&feiten(grens), peil, &p).unwrap();
    assert!(op_de_grens.decision().value().is_eligible());
    let json = serde_json::to_string(&op_de_grens).unwrap();
    assert_eq!(
        serde_json::from_str::<BijstandBerekening>(&json).unwrap(),
        op_de_grens
    );
    let erboven = bijstand_op(
        &feiten(grens.checked_add(Money::from_cents(1).unwrap()).unwrap()),
        peil,
        &p,
    )
    .unwrap();
    assert!(!erboven.decision().value().is_eligible());
}
