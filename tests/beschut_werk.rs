//! Beschut werk (Participatiewet art. 10b; Besluit advisering beschut werk, BWBR0035947):
//! eligibility, the procedure and the places, against the law text.
//!
//! Sources: Pw art. 10b as in force on 2016-12-08 and from 2017-01-01 (wetten.overheid.nl,
//! BWBR0015703); Besluit advisering beschut werk art. 2 and 3 (consolidation of 2022-07-01);
//! Regeling aantallen beschut werk 2017 (Stcrt. 2017, 4882) and 2018 (Stcrt. 2017, 68246).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use participatiewet::beschut_werk::{
    Aanbodplicht, Aangewezen, Aanvraag, Aanvrager, Advies, Arbeidsvermogen, BuitenKring,
    Dienstbetrekking, EindeReden, Event, Feiten, Kring, Negatief, Plaatsen, Positief, State,
    Strekking, Taakstelling, Uitkering, Uitkomst, Vaststelling, Verzoek, WswIndicatie, beoordeel,
    herhaald_verzoek_vanaf,
};
use participatiewet::{
    Beleid, Bezwaar, Citation, Confidence, Context, Effect, Hours, Motivering, Parameters,
    Procedure, Regulation, Row, Taal, Text, Transition, Validate,
};
use rust_decimal::Decimal;
use rust_decimal::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn h(v: Decimal) -> Hours {
    Hours::new(v).unwrap()
}

fn vermogen(aaneengesloten: Decimal, per_dag: Decimal) -> Arbeidsvermogen {
    Arbeidsvermogen::new(h(aaneengesloten), h(per_dag))
        .unwrap()
        .voert_taak_uit(true)
        .basale_werknemersvaardigheden(true)
}

/// A person with arbeidsvermogen on every criterion, dependent on guidance (art. 3 lid 1 b).
fn geschikt() -> Feiten {
    Feiten::new(Kring::Artikel7Lid1a, vermogen(dec!(2), dec!(6))).aangewezen_op_begeleiding(true)
}

fn college(datum: NaiveDate) -> Verzoek {
    Verzoek::new(Aanvrager::College, datum).unwrap()
}

fn persoon(datum: NaiveDate) -> Verzoek {
    Verzoek::new(Aanvrager::Persoon, datum).unwrap()
}

fn besluit(artikel: &'static str, lid: u8) -> Citation {
    Citation::article(Regulation::BesluitAdviseringBeschutWerk, artikel).lid(lid)
}

// ---------------------------------------------------------------------------------------
// Eligibility
// ---------------------------------------------------------------------------------------

#[test]
fn baseline_is_positive_after_investigation() {
    let b = beoordeel(&geschikt(), &college(d(2018, 5, 1)));
    assert_eq!(
        b.uitkomst(),
        Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Begeleiding))
    );
    let decision = b.decision();
    assert!(decision.cites(&besluit("3", 2)));
    assert!(decision.has("beschut_werk_kring_artikel_7"));
    assert_eq!(decision.reasons().count(), 0);
}

#[test]
fn adaptations_alone_also_suffice() {
    // Besluit art. 3 lid 2: "ten minste een van de vragen ... bevestigend".
    let f = geschikt()
        .aangewezen_op_begeleiding(false)
        .aangewezen_op_aanpassingen(true);
    assert_eq!(
        beoordeel(&f, &college(d(2018, 5, 1))).uitkomst(),
        Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Aanpassingen))
    );
    let beide = f.aangewezen_op_begeleiding(true);
    assert_eq!(
        beoordeel(&beide, &college(d(2018, 5, 1))).uitkomst(),
        Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Beide))
    );
}

#[test]
fn not_in_circle_alone() {
    let f = Feiten::new(Kring::Geen, vermogen(dec!(2), dec!(6))).aangewezen_op_begeleiding(true);
    let b = beoordeel(&f, &college(d(2018, 5, 1)));
    assert_eq!(
        b.uitkomst(),
        Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep)
    );
    let decision = b.decision();
    assert!(decision.cites(&Citation::article(Regulation::Participatiewet, "10b").lid(1)));
    assert_eq!(
        decision
            .reasons()
            .map(|g| g.code().code)
            .collect::<Vec<_>>(),
        ["beschut_werk_geen_doelgroep"]
    );
}

#[test]
fn uwv_benefit_recipient_is_in_circle_only_from_2017() {
    // Pw art. 10b lid 1 before 2017 (old lid 1: art. 7 lid 1 a only) and from 2017-01-01.
    let f = Feiten::new(
        Kring::Uitkering(Uitkering::Wajong),
        vermogen(dec!(2), dec!(6)),
    )
    .aangewezen_op_begeleiding(true);
    assert_eq!(
        beoordeel(&f, &college(d(2016, 12, 31))).uitkomst(),
        Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017)
    );
    let b = beoordeel(&f, &college(d(2017, 1, 1)));
    assert!(b.uitkomst().is_positief());
    assert_eq!(
        b.decision()
            .ground("beschut_werk_kring_uitkering")
            .unwrap()
            .text(Taal::Nl),
        "UWV verstrekt u een uitkering (Wajong-uitkering); u behoort daarmee tot de personen \
         voor wie beschut werk bedoeld is."
    );
}

#[test]
fn each_arbeidsvermogen_criterion_failing_alone() {
    let goed = vermogen(dec!(2), dec!(6));
    let cases = [
        ("beschut_werk_geen_taak", goed.voert_taak_uit(false)),
        (
            "beschut_werk_minder_dan_een_uur_aaneengesloten",
            Arbeidsvermogen::new(h(dec!(0.99)), h(dec!(6)))
                .unwrap()
                .voert_taak_uit(true)
                .basale_werknemersvaardigheden(true),
        ),
        (
            "beschut_werk_minder_dan_vier_uur_per_dag",
            Arbeidsvermogen::new(h(dec!(2)), h(dec!(3.99)))
                .unwrap()
                .voert_taak_uit(true)
                .basale_werknemersvaardigheden(true),
        ),
        (
            "beschut_werk_geen_basale_werknemersvaardigheden",
            goed.basale_werknemersvaardigheden(false),
        ),
    ];
    for (code, a) in cases {
        let f = Feiten::new(Kring::Artikel7Lid1a, a).aangewezen_op_begeleiding(true);
        let b = beoordeel(&f, &college(d(2018, 5, 1)));
        let Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(t)) = b.uitkomst() else {
            panic!(
                "{code}: expected no arbeidsvermogen, got {:?}",
                b.uitkomst()
            );
        };
        assert!(!t.voldoet());
        let reasons: Vec<_> = b.decision().reasons().map(|g| g.code().code).collect();
        assert_eq!(
            reasons,
            [code, "beschut_werk_geen_arbeidsvermogen"],
            "{code}"
        );
    }
}

#[test]
fn thresholds_are_inclusive() {
    // exactly 1 hour at a stretch and exactly 4 hours a day meet the test
    let f = Feiten::new(Kring::Artikel7Lid1a, vermogen(dec!(1), dec!(4)))
        .aangewezen_op_begeleiding(true);
    assert!(
        beoordeel(&f, &college(d(2018, 5, 1)))
            .uitkomst()
            .is_positief()
    );
}

#[test]
fn not_dependent_alone() {
    let f = geschikt().aangewezen_op_begeleiding(false);
    let b = beoordeel(&f, &college(d(2018, 5, 1)));
    assert_eq!(b.uitkomst(), Uitkomst::Negatief(Negatief::NietAangewezen));
    let decision = b.decision();
    assert!(decision.cites(&besluit("3", 2)));
    assert_eq!(
        decision
            .reasons()
            .map(|g| g.code().code)
            .collect::<Vec<_>>(),
        ["beschut_werk_niet_aangewezen"]
    );
}

#[test]
fn own_request_before_2017_is_outside_the_law() {
    // Pw art. 10b lid 3 exists from 2017-01-01 (Stb. 2016, 519).
    assert_eq!(
        beoordeel(&geschikt(), &persoon(d(2016, 12, 31))).uitkomst(),
        Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017)
    );
    assert!(
        beoordeel(&geschikt(), &persoon(d(2017, 1, 1)))
            .uitkomst()
            .is_positief()
    );
}

/// Issue #11, open point: "in de twaalf maanden voorafgaand aan het verzoek" (Besluit art. 3
/// lid 3 onderdeel b). The twelve months preceding a request of 1 March 2020 are 1 March 2019
/// up to and including 29 February 2020: an advice exactly one year before is inside, and
/// lid 6 ("binnen twaalf maanden een nieuwe aanvraag indient") agrees.
#[test]
fn advice_exactly_one_year_before_the_request_is_inside_the_window() {
    let vorig = d(2019, 3, 1);
    let herhaald = Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
        vorig_advies: vorig,
    });
    let op_de_dag = persoon(d(2020, 3, 1)).na_advies(vorig, false).unwrap();
    assert_eq!(beoordeel(&geschikt(), &op_de_dag).uitkomst(), herhaald);
    let dag_erna = persoon(d(2020, 3, 2)).na_advies(vorig, false).unwrap();
    assert!(beoordeel(&geschikt(), &dag_erna).uitkomst().is_positief());
    assert_eq!(herhaald_verzoek_vanaf(d(2020, 3, 1)).unwrap(), vorig);
    assert_eq!(
        herhaald_verzoek_vanaf(d(2020, 3, 2)).unwrap(),
        d(2019, 3, 2)
    );
    // the day after the window, the decision says why UWV investigated
    let decision = beoordeel(&geschikt(), &dag_erna).decision();
    assert_eq!(
        decision
            .ground("beschut_werk_eerder_advies_verlopen")
            .unwrap()
            .text(Taal::Nl),
        "Het eerdere advies van UWV over u, van 1 maart 2019, ligt vóór de twaalf maanden \
         voorafgaand aan uw verzoek (vanaf 2 maart 2019); UWV heeft daarom onderzoek gedaan."
    );
}

#[test]
fn repeat_window_around_29_february() {
    // A request on 29 February 2020: twelve months back is a day that does not exist; the
    // window starts on 1 March 2019, so it is never longer than twelve months.
    assert_eq!(
        herhaald_verzoek_vanaf(d(2020, 2, 29)).unwrap(),
        d(2019, 3, 1)
    );
    let f = geschikt();
    let binnen = persoon(d(2020, 2, 29))
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    assert!(!beoordeel(&f, &binnen).uitkomst().is_positief());
    let buiten = persoon(d(2020, 2, 29))
        .na_advies(d(2019, 2, 28), false)
        .unwrap();
    assert!(beoordeel(&f, &buiten).uitkomst().is_positief());
    // An advice of 29 February 2020: a request on 28 February 2021 is within twelve months.
    let schrikkel = persoon(d(2021, 2, 28))
        .na_advies(d(2020, 2, 29), false)
        .unwrap();
    assert!(!beoordeel(&f, &schrikkel).uitkomst().is_positief());
    let maart = persoon(d(2021, 3, 1))
        .na_advies(d(2020, 2, 29), false)
        .unwrap();
    assert!(beoordeel(&f, &maart).uitkomst().is_positief());
}

#[test]
fn repeat_request_with_new_facts_is_investigated() {
    // Besluit art. 3 lid 6: new facts against the earlier advice set the repeat rule aside.
    let vorig = d(2019, 3, 1);
    let verzoek = persoon(d(2020, 2, 29)).na_advies(vorig, true).unwrap();
    let b = beoordeel(&geschikt(), &verzoek);
    assert!(b.uitkomst().is_positief());
    assert!(b.decision().has("beschut_werk_nieuwe_feiten_advies"));
    // new facts against an indication (lid 5) do not set the repeat rule aside
    let f = geschikt()
        .wsw_indicatie(WswIndicatie::BegeleidWerkenNietMogelijk, true)
        .unwrap();
    let zonder = persoon(d(2020, 2, 29)).na_advies(vorig, false).unwrap();
    assert!(!beoordeel(&f, &zonder).uitkomst().is_positief());
}

#[test]
fn repeat_rule_applies_only_to_the_persons_own_request() {
    // lid 3 b: "indien het advies is aangevraagd door een persoon als bedoeld in art. 10b lid 3"
    let v = college(d(2020, 2, 29))
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    assert!(beoordeel(&geschikt(), &v).uitkomst().is_positief());
}

#[test]
fn former_wsw_indication_without_investigation() {
    // lid 3 a: able to do begeleid werken -> no on both, whatever the facts
    let f = geschikt()
        .wsw_indicatie(WswIndicatie::BegeleidWerkenMogelijk, false)
        .unwrap();
    assert_eq!(
        beoordeel(&f, &college(d(2018, 5, 1))).uitkomst(),
        Uitkomst::Negatief(Negatief::WswBegeleidWerken)
    );
    // lid 4: not able -> yes without investigation, even with facts that would fail
    let g = geschikt()
        .aangewezen_op_begeleiding(false)
        .wsw_indicatie(WswIndicatie::BegeleidWerkenNietMogelijk, false)
        .unwrap();
    let b = beoordeel(&g, &college(d(2018, 5, 1)));
    assert_eq!(
        b.uitkomst(),
        Uitkomst::Positief(Positief::WswNietBegeleidWerken)
    );
    assert!(b.decision().cites(&besluit("3", 4)));
    // lid 5: new facts -> investigation
    let f = f
        .wsw_indicatie(WswIndicatie::BegeleidWerkenMogelijk, true)
        .unwrap();
    let g = g
        .wsw_indicatie(WswIndicatie::BegeleidWerkenNietMogelijk, true)
        .unwrap();
    assert!(
        beoordeel(&f, &college(d(2018, 5, 1)))
            .uitkomst()
            .is_positief()
    );
    let b = beoordeel(&g, &college(d(2018, 5, 1)));
    assert_eq!(b.uitkomst(), Uitkomst::Negatief(Negatief::NietAangewezen));
    assert!(b.decision().has("beschut_werk_nieuwe_feiten_indicatie"));
}

#[test]
fn swapped_hours_and_contradictory_facts_are_refused() {
    // six hours at a stretch but two a day: the two hours were swapped
    let err = Arbeidsvermogen::new(h(dec!(6)), h(dec!(2))).unwrap_err();
    assert_eq!(err.field(), Some("uren_aaneengesloten"));
    assert_eq!(
        err.message(Taal::Nl),
        "uren_aaneengesloten is onjuist: de uren aaneengesloten zijn meer dan de uren per dag"
    );
    assert_eq!(
        Arbeidsvermogen::new(h(dec!(2)), h(dec!(25)))
            .unwrap_err()
            .field(),
        Some("uren_per_dag")
    );
    let f = Feiten::new(Kring::Artikel7Lid1a, vermogen(dec!(2), dec!(6)));
    assert_eq!(
        f.wsw_indicatie(WswIndicatie::Geen, true)
            .unwrap_err()
            .field(),
        Some("nieuwe_feiten_sinds_indicatie")
    );
    let v = persoon(d(2020, 1, 1));
    assert_eq!(
        v.na_advies(d(2020, 1, 2), false).unwrap_err().field(),
        Some("vorig_advies")
    );
    assert_eq!(
        Verzoek::new(Aanvrager::College, NaiveDate::MAX)
            .unwrap_err()
            .code(),
        "date_out_of_range"
    );
}

#[test]
fn advice_decision_makes_one_ground_per_step() {
    let b = beoordeel(&geschikt(), &persoon(d(2020, 6, 1)));
    let decision = b.decision();
    let codes: Vec<_> = decision.grounds().iter().map(|g| g.code().code).collect();
    assert_eq!(
        codes,
        [
            "beschut_werk_verzoek_persoon",
            "beschut_werk_kring_artikel_7",
            "beschut_werk_arbeidsvermogen",
            "beschut_werk_geen_aanpassingen",
            "beschut_werk_begeleiding",
        ]
    );
    assert!(
        decision
            .grounds()
            .iter()
            .all(participatiewet::Ground::is_well_formed)
    );
    assert!(decision.outcome().is_well_formed());
    // a decision reads back from its JSON
    let json = serde_json::to_string(&decision).unwrap();
    let back: participatiewet::Decision<Uitkomst> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, decision);
}

// ---------------------------------------------------------------------------------------
// Golden Dutch text of an advice outcome (Awb art. 3:46, 3:47; bezwaar art. 6:7, 6:8)
// ---------------------------------------------------------------------------------------

fn herhaald_advies() -> participatiewet::Decision<Uitkomst> {
    let verzoek = persoon(d(2020, 3, 1))
        .na_advies(d(2019, 3, 1), false)
        .unwrap();
    beoordeel(&geschikt(), &verzoek).decision()
}

const GOLDEN: &str = "Besluit
UWV adviseert het college niet vast te stellen dat u uitsluitend in een beschutte omgeving onder aangepaste omstandigheden mogelijkheden tot arbeidsparticipatie hebt.

Motivering
- U hebt UWV zelf om advies gevraagd; UWV heeft uw verzoek op 1 maart 2020 ontvangen. (artikel 10b, derde lid, van de Participatiewet)
- U bent een persoon als bedoeld in artikel 7, eerste lid, onderdeel a, van de Participatiewet en behoort daarmee tot de personen voor wie beschut werk bedoeld is. (artikel 10b, eerste lid, van de Participatiewet)
- UWV heeft op 1 maart 2019 een advies over u gegeven, in de twaalf maanden voorafgaand aan uw verzoek (vanaf 1 maart 2019); UWV beantwoordt de vragen daarom zonder onderzoek ontkennend. (artikel 3, derde lid, onderdeel b, van het Besluit advisering beschut werk)
- U hebt geen nieuw gebleken feiten of veranderde omstandigheden vermeld ten opzichte van het advies van 1 maart 2019. (artikel 3, zesde lid, van het Besluit advisering beschut werk)
";

#[test]
fn golden_dutch_advice_outcome() {
    // Read against Besluit advisering beschut werk art. 3 lid 3 b and lid 6 (2022-07-01).
    let decision = herhaald_advies();
    assert_eq!(Motivering::new(&decision, Taal::Nl).to_string(), GOLDEN);
}

#[test]
fn golden_dutch_advice_outcome_with_bezwaarclausule() {
    let decision = herhaald_advies();
    let text = Motivering::new(&decision, Taal::Nl)
        .met_bezwaar(Bezwaar::new(d(2020, 3, 10)).unwrap())
        .to_string();
    let expected = format!(
        "{GOLDEN}
Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de dag waarop dit besluit is verzonden (10 maart 2020); uw bezwaarschrift moet uiterlijk op 21 april 2020 zijn ontvangen (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet bestuursrecht; artikel 1 van de Algemene termijnenwet).
"
    );
    assert_eq!(text, expected);
}

// ---------------------------------------------------------------------------------------
// Procedure
// ---------------------------------------------------------------------------------------

struct Omgeving {
    params: Parameters,
    beleid: Beleid,
}

impl Omgeving {
    fn new() -> Self {
        Self {
            params: Parameters::bundled(),
            beleid: Beleid::default(),
        }
    }
    fn met(beleid: Beleid) -> Self {
        Self {
            params: Parameters::bundled(),
            beleid,
        }
    }
    fn ctx(&self) -> Context<'_> {
        Context::new(&self.params, &self.beleid)
    }
}

fn aanvraag(door: Aanvrager, datum: NaiveDate) -> Event {
    Event::AdviesAangevraagd(Aanvraag::new(door, datum).unwrap())
}

fn advies(datum: NaiveDate, positief: bool) -> Event {
    Event::AdviesUitgebracht(if positief {
        Advies::positief(datum).unwrap()
    } else {
        Advies::negatief(datum).unwrap()
    })
}

fn kandidaat(sinds: NaiveDate, o: &Omgeving) -> State {
    State::start(&sinds, &o.ctx()).unwrap().state
}

fn walk(state: State, events: &[Event], o: &Omgeving) -> Transition<State> {
    let mut t = Transition::new(state, Vec::new());
    for e in events {
        t = t.state.apply(e, &o.ctx()).unwrap();
    }
    t
}

fn advies_gegeven(aanvraag_op: NaiveDate, advies_op: NaiveDate, positief: bool) -> State {
    let o = Omgeving::new();
    walk(
        kandidaat(aanvraag_op, &o),
        &[
            aanvraag(Aanvrager::College, aanvraag_op),
            advies(advies_op, positief),
        ],
        &o,
    )
    .state
}

fn codes(effects: &[Effect]) -> Vec<&'static str> {
    effects.iter().map(|e| e.code().code).collect()
}

#[test]
fn the_machine_has_one_shape() {
    assert_eq!(State::MACHINE, "beschut_werk");
    let o = Omgeving::new();
    let t = State::start(&d(2018, 1, 2), &o.ctx()).unwrap();
    assert_eq!(t.state.tag(), "kandidaat");
    assert!(t.effects.is_empty());
    assert_eq!(t.state.to_string(), "kandidaat (2018-01-02)");
    assert!(State::start(&NaiveDate::MIN, &o.ctx()).is_err());
    assert!(State::start(&participatiewet::LATEST, &o.ctx()).is_ok());
}

#[test]
fn own_request_dated_2016_12_31_is_refused_and_2017_01_01_allowed() {
    let o = Omgeving::new();
    let s = kandidaat(d(2016, 12, 1), &o);
    let err = s
        .apply(&aanvraag(Aanvrager::Persoon, d(2016, 12, 31)), &o.ctx())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "event advies_aangevraagd refused in state kandidaat: a person may ask UWV for the \
         advice only from 2017-01-01 (Participatiewet art. 10b lid 3)"
    );
    assert_eq!(
        err.message(Taal::Nl),
        "gebeurtenis advies_aangevraagd geweigerd in toestand kandidaat: een persoon kan UWV \
         pas vanaf 1 januari 2017 zelf om advies vragen (artikel 10b, derde lid, van de \
         Participatiewet)"
    );
    assert_eq!(s, kandidaat(d(2016, 12, 1), &o));

    let t = walk(
        s,
        &[
            aanvraag(Aanvrager::Persoon, d(2017, 1, 1)),
            advies(d(2017, 2, 1), true),
        ],
        &o,
    );
    // UWV tells the person at the same time as the college (lid 3)
    let kennisgeving = t
        .effects
        .iter()
        .find(|e| e.is("beschut_werk_advies_kennisgeving"))
        .unwrap();
    assert_eq!(kennisgeving.datum(), d(2017, 2, 1));
    assert_eq!(
        kennisgeving.citation(),
        &Citation::article(Regulation::Participatiewet, "10b").lid(3)
    );
}

#[test]
fn college_request_before_2017_is_allowed() {
    let o = Omgeving::new();
    let t = kandidaat(d(2015, 6, 1), &o)
        .apply(&aanvraag(Aanvrager::College, d(2015, 6, 2)), &o.ctx())
        .unwrap();
    assert_eq!(t.state.tag(), "advies_aangevraagd");
}

#[test]
fn advice_deadline_is_the_56th_day() {
    // Besluit art. 2 lid 1: "binnen acht weken nadat het ... een verzoek heeft ontvangen".
    // Request received 2018-01-03; 8 × 7 = 56 days later is 2018-02-28.
    let o = Omgeving::new();
    let t = kandidaat(d(2018, 1, 2), &o)
        .apply(&aanvraag(Aanvrager::College, d(2018, 1, 3)), &o.ctx())
        .unwrap();
    assert_eq!(codes(&t.effects), ["beschut_werk_advies_uiterlijk"]);
    assert_eq!(t.effects[0].datum(), d(2018, 2, 28));
    assert_eq!(t.effects[0].citation(), &besluit("2", 1));
    let op_tijd = t
        .state
        .apply(&advies(d(2018, 2, 28), true), &o.ctx())
        .unwrap();
    assert!(!codes(&op_tijd.effects).contains(&"beschut_werk_advies_te_laat"));
    let laat = t
        .state
        .apply(&advies(d(2018, 3, 1), true), &o.ctx())
        .unwrap();
    assert!(codes(&laat.effects).contains(&"beschut_werk_advies_te_laat"));
    // the state reports the same effects as the transition
    assert_eq!(laat.state.effects(&o.ctx()).unwrap(), laat.effects);
}

#[test]
fn decision_term_from_policy_with_its_citation() {
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let besluit_termijn = |o: &Omgeving| {
        s.effects(&o.ctx())
            .unwrap()
            .into_iter()
            .find(|e| e.is("beschut_werk_besluit_uiterlijk"))
            .unwrap()
    };
    let e = besluit_termijn(&Omgeving::new());
    assert_eq!(e.datum(), d(2018, 3, 29)); // 8 weeks after the advice
    assert_eq!(
        e.citation(),
        &Citation::article(Regulation::Awb, "4:13").lid(2)
    );
    let zes = Beleid::default().with_decision_term_weeks(6).unwrap();
    let e = besluit_termijn(&Omgeving::met(zes));
    assert_eq!(e.datum(), d(2018, 3, 15));
    assert_eq!(e.citation().regulation, Regulation::GemeentelijkBeleid);
}

fn reden() -> Text {
    Text::new(
        "UWV heeft het rapport van de school over de zelfstandigheid niet betrokken",
        "UWV did not consider the school's report on the person's independence",
    )
}

#[test]
fn departure_from_positive_advice_without_reason_is_refused() {
    let o = Omgeving::new();
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let before = s.clone();
    let err = s
        .apply(
            &Event::Vastgesteld(Vaststelling::negatief(d(2018, 3, 1)).unwrap()),
            &o.ctx(),
        )
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Awb, "3:9"))
    );
    assert!(
        err.rule()
            .get(Taal::Nl)
            .contains("niet zorgvuldig tot stand")
    );
    assert_eq!(s, before);
    // an empty reason is no reason
    assert!(
        Vaststelling::negatief(d(2018, 3, 1))
            .unwrap()
            .met_afwijking(Text::new("  ", "x"))
            .is_err()
    );
    // a reason while following the advice is refused too
    let onnodig = Vaststelling::positief(d(2018, 3, 1))
        .unwrap()
        .met_afwijking(reden())
        .unwrap();
    assert!(s.apply(&Event::Vastgesteld(onnodig), &o.ctx()).is_err());
    // with a recorded reason the college may depart
    let met = Vaststelling::negatief(d(2018, 3, 1))
        .unwrap()
        .met_afwijking(reden())
        .unwrap();
    let t = s.apply(&Event::Vastgesteld(met), &o.ctx()).unwrap();
    assert!(codes(&t.effects).contains(&"beschut_werk_afwijking_van_advies"));
    assert!(t.state.positieve_vaststelling().is_none());
}

#[test]
fn departure_from_negative_advice_also_needs_a_reason() {
    let o = Omgeving::new();
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), false);
    let err = s
        .apply(
            &Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1)).unwrap()),
            &o.ctx(),
        )
        .unwrap_err();
    assert_eq!(
        err.citation().cloned(),
        Some(Citation::article(Regulation::Awb, "3:50"))
    );
    assert_eq!(
        err.rule().get(Taal::Nl),
        "afwijken van een negatief advies vraagt een vastgelegde reden"
    );
}

#[test]
fn duty_to_offer_before_and_from_2017() {
    let o = Omgeving::new();
    let s = advies_gegeven(d(2016, 10, 3), d(2016, 11, 1), true);
    let voor = s
        .apply(
            &Event::Vastgesteld(Vaststelling::positief(d(2016, 12, 31)).unwrap()),
            &o.ctx(),
        )
        .unwrap();
    assert_eq!(
        codes(&voor.effects),
        ["beschut_werk_aanbod_volgens_verordening"]
    );
    let vanaf = s
        .apply(
            &Event::Vastgesteld(Vaststelling::positief(d(2017, 1, 1)).unwrap()),
            &o.ctx(),
        )
        .unwrap();
    assert_eq!(codes(&vanaf.effects), ["beschut_werk_aanbodplicht"]);

    // the ledger says the same
    let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    assert_eq!(
        p.stand(d(2016, 12, 31), &o.beleid).unwrap().plicht(),
        Aanbodplicht::Facultatief
    );
    assert_eq!(
        p.stand(d(2017, 1, 1), &o.beleid).unwrap().plicht(),
        Aanbodplicht::Verplicht
    );
}

#[test]
fn a_negative_determination_opens_the_repeat_window() {
    // Besluit art. 3 lid 3 b and 6: a new own request up to and including the anniversary of
    // the advice is answered no without investigation.
    let o = Omgeving::new();
    let t = advies_gegeven(d(2019, 1, 15), d(2019, 3, 1), false)
        .apply(
            &Event::Vastgesteld(Vaststelling::negatief(d(2019, 3, 10)).unwrap()),
            &o.ctx(),
        )
        .unwrap();
    let e = &t.effects[0];
    assert!(e.is("beschut_werk_herhaald_verzoek_tot"));
    assert_eq!(e.datum(), d(2020, 3, 1));
    assert_eq!(e.citation(), &besluit("3", 6));
    // the window the effect states is the one the assessment applies
    let op_de_dag = t
        .state
        .apply(&aanvraag(Aanvrager::Persoon, d(2020, 3, 1)), &o.ctx())
        .unwrap()
        .state;
    let verzoek = op_de_dag.verzoek().unwrap();
    assert_eq!(verzoek.vorig_advies(), Some(d(2019, 3, 1)));
    assert!(!beoordeel(&geschikt(), &verzoek).uitkomst().is_positief());
}

#[test]
fn employment_hands_over_to_loonkostensubsidie() {
    let o = Omgeving::new();
    let contract = Dienstbetrekking::new(d(2018, 5, 1), h(dec!(24))).unwrap();
    let t = walk(
        advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true),
        &[
            Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1)).unwrap()),
            Event::Aangeboden {
                datum: d(2018, 4, 1),
            },
            Event::InDienst(contract),
        ],
        &o,
    );
    assert_eq!(t.state.dienstbetrekking(), Some(&contract));
    // the hand-off to the loonwaarde domain: first day and hours
    assert_eq!(
        t.state.dienstbetrekking().unwrap().loonwaarde_baan(),
        (d(2018, 5, 1), h(dec!(24)))
    );
    assert_eq!(codes(&t.effects), ["beschut_werk_loonkostensubsidie"]);
    assert_eq!(t.effects[0].datum(), d(2018, 5, 1));
    assert_eq!(
        t.effects[0].citation(),
        &Citation::article(Regulation::Participatiewet, "10b").lid(9)
    );
    let end = t
        .state
        .apply(
            &Event::Beeindigd {
                datum: d(2019, 4, 30),
                reden: EindeReden::DienstbetrekkingGeeindigd,
            },
            &o.ctx(),
        )
        .unwrap();
    assert_eq!(end.state.tag(), "beeindigd");
    assert!(end.state.positieve_vaststelling().is_some());
}

#[test]
fn the_reason_to_end_must_fit_the_state() {
    let o = Omgeving::new();
    let s = kandidaat(d(2018, 1, 2), &o);
    for reden in [
        EindeReden::DienstbetrekkingGeeindigd,
        EindeReden::AanbodAfgewezen,
        EindeReden::GeenBeschutWerk,
    ] {
        let e = Event::Beeindigd {
            datum: d(2018, 2, 1),
            reden,
        };
        assert!(s.apply(&e, &o.ctx()).is_err(), "{reden}");
    }
    let e = Event::Beeindigd {
        datum: d(2018, 2, 1),
        reden: EindeReden::NietMeerInKring,
    };
    let t = s.apply(&e, &o.ctx()).unwrap();
    assert!(
        t.state.apply(&e, &o.ctx()).is_err(),
        "nothing after the end"
    );
}

#[test]
fn no_offer_or_job_after_a_negative_determination() {
    let o = Omgeving::new();
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), false)
        .apply(
            &Event::Vastgesteld(Vaststelling::negatief(d(2018, 3, 1)).unwrap()),
            &o.ctx(),
        )
        .unwrap()
        .state;
    assert!(
        s.apply(
            &Event::Aangeboden {
                datum: d(2018, 4, 1)
            },
            &o.ctx()
        )
        .is_err()
    );
    let contract = Dienstbetrekking::new(d(2018, 5, 1), h(dec!(24))).unwrap();
    assert!(s.apply(&Event::InDienst(contract), &o.ctx()).is_err());
    // the person may ask again (the repeat rule is for UWV's assessment)
    assert!(
        s.apply(&aanvraag(Aanvrager::Persoon, d(2018, 6, 1)), &o.ctx())
            .is_ok()
    );
}

#[test]
fn reassessment_only_when_policy_sets_it() {
    let s = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let event = Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1)).unwrap());
    let herbeoordeling = |o: &Omgeving| {
        s.apply(&event, &o.ctx())
            .unwrap()
            .effects
            .iter()
            .find(|e| e.is("beschut_werk_herbeoordeling"))
            .map(Effect::datum)
    };
    assert_eq!(herbeoordeling(&Omgeving::new()), None);
    let b = Beleid::default()
        .with_reassessment_months(Some(24))
        .unwrap();
    assert_eq!(herbeoordeling(&Omgeving::met(b)), Some(d(2020, 3, 1)));
}

#[test]
fn events_before_the_state_date_or_out_of_range_are_refused() {
    let o = Omgeving::new();
    let s = kandidaat(d(2018, 1, 10), &o);
    let err = s
        .apply(&aanvraag(Aanvrager::College, d(2018, 1, 9)), &o.ctx())
        .unwrap_err();
    assert_eq!(
        err.rule().en,
        "the event is dated before the state's own date"
    );
    let ver = Event::Aangeboden {
        datum: NaiveDate::MAX,
    };
    assert!(s.apply(&ver, &o.ctx()).is_err());
    // a request so late that its advice term would fall after the crate's last date
    let laat = kandidaat(participatiewet::LATEST, &o);
    assert!(
        laat.apply(
            &aanvraag(Aanvrager::College, participatiewet::LATEST),
            &o.ctx()
        )
        .is_err()
    );
}

// ---------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------

fn dorp(aantal: u32) -> Taakstelling {
    Taakstelling::new(
        "Dorp",
        vec![Row::new(
            d(2018, 1, 1),
            Some(d(2018, 12, 31)),
            aantal,
            "test row",
            Confidence::Unverified,
        )],
    )
    .unwrap()
}

#[test]
fn duty_lapses_when_realised_and_revives_when_a_place_ends() {
    // Pw art. 10b lid 6: lid 1 does not apply "indien het aantal ... is gerealiseerd". The
    // regulations set the numbers "ultimo" the year (a stock), so realised = contracts in force.
    let b = Beleid::default();
    let mut p = Plaatsen::new(dorp(2));
    let a = p.plaats(d(2018, 3, 1)).unwrap();
    assert_eq!(
        p.stand(d(2018, 3, 1), &b).unwrap().plicht(),
        Aanbodplicht::Verplicht
    );
    p.plaats(d(2018, 4, 1)).unwrap();
    let vol = p.stand(d(2018, 4, 1), &b).unwrap();
    assert_eq!(
        (vol.gerealiseerd(), vol.plicht()),
        (2, Aanbodplicht::Vervallen)
    );
    let decision = vol.decision();
    assert!(decision.cites(&Citation::article(Regulation::Participatiewet, "10b").lid(6)));
    assert_eq!(
        decision.outcome().text(Taal::Nl),
        "Het aantal dienstbetrekkingen beschut werk is gerealiseerd; de plicht om beschut werk \
         aan te bieden geldt nu niet."
    );
    p.beeindig(a, d(2018, 8, 31)).unwrap();
    assert_eq!(
        p.stand(d(2018, 8, 31), &b).unwrap().plicht(),
        Aanbodplicht::Vervallen
    );
    let weer = p.stand(d(2018, 9, 1), &b).unwrap();
    assert_eq!(
        (weer.gerealiseerd(), weer.geplaatst(), weer.plicht()),
        (1, 2, Aanbodplicht::Verplicht)
    );
}

#[test]
fn council_number_counts_only_when_higher() {
    let mut b = Beleid::default();
    b = b.with_beschut_werk_places(2018, 3).unwrap();
    let mut p = Plaatsen::new(dorp(2));
    p.plaats(d(2018, 3, 1)).unwrap();
    p.plaats(d(2018, 3, 2)).unwrap();
    let s = p.stand(d(2018, 3, 2), &b).unwrap();
    assert_eq!(s.vereist().unwrap().aantal(), 3);
    assert_eq!(s.plicht(), Aanbodplicht::Verplicht);
    assert!(s.decision().has("beschut_werk_raad_hoger"));
    b = b.with_beschut_werk_places(2018, 1).unwrap();
    let s = p.stand(d(2018, 3, 2), &b).unwrap();
    assert_eq!(s.vereist().unwrap().aantal(), 2);
    assert!(s.decision().has("beschut_werk_raad_niet_hoger"));
    // a council number equal to the minimum is not higher (lid 5: "een hoger aantal")
    b = b.with_beschut_werk_places(2018, 2).unwrap();
    let s = p.stand(d(2018, 3, 2), &b).unwrap();
    assert!(s.decision().has("beschut_werk_raad_niet_hoger"));
    assert!(!s.decision().has("beschut_werk_raad_hoger"));
}

#[test]
fn the_duty_decision_names_its_table_row() {
    let s = Plaatsen::new(dorp(2))
        .stand(d(2018, 6, 1), &Beleid::default())
        .unwrap();
    let decision = s.decision();
    let rows: Vec<_> = decision
        .grounds()
        .iter()
        .flat_map(participatiewet::Ground::rows)
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].to_string(), "beschut_werk_aantal@2018-01-01");
    let json = serde_json::to_string(&decision).unwrap();
    let back: participatiewet::Decision<Aanbodplicht> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, decision);
}

#[test]
fn zwolle_example_is_flagged_unverified() {
    let z = Taakstelling::voorbeeld_zwolle();
    let rows = z.minimum().rows();
    assert_eq!(
        rows.iter().map(|r| r.value).collect::<Vec<_>>(),
        vec![26, 46]
    );
    assert!(rows.iter().all(|r| r.confidence == Confidence::Unverified));
    assert!(rows[0].source.contains("Stcrt. 2017, 4882"));
    assert!(rows[1].source.contains("Stcrt. 2017, 68246"));
    // a year without a row is an error, not the last number carried over
    assert!(
        Plaatsen::new(z)
            .stand(d(2019, 1, 1), &Beleid::default())
            .is_err()
    );
}

/// Issue #9: "removing `valid_to` from the last row of a table makes that value apply for
/// ever (a 2018 beschut-werk quota answers 46 for 2030)". The table's end is explicit.
#[test]
fn a_quota_row_without_its_end_is_refused() {
    let json = r#"{"gemeente":"Zwolle","minimum":[{"valid_from":"2017-01-01","valid_to":"2017-12-31","value":26,"source":"s","confidence":"unverified"},{"valid_from":"2018-01-01","value":46,"source":"s","confidence":"unverified"}]}"#;
    let err = serde_json::from_str::<Taakstelling>(json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("valid_to"), "{err}"); // the table end is required on the wire
    assert!(
        Taakstelling::new(
            "Zwolle",
            vec![Row::new(
                d(2018, 1, 1),
                None,
                46,
                "s",
                Confidence::Unverified
            )]
        )
        .is_err()
    );
    // the complete table answers 46 for 2018 and refuses 2030
    let ok = json.replace(
        r#"{"valid_from":"2018-01-01","value""#,
        r#"{"valid_from":"2018-01-01","valid_to":"2018-12-31","value""#,
    );
    let t: Taakstelling = serde_json::from_str(&ok).unwrap();
    let b = Beleid::default();
    assert_eq!(t.vereist(d(2018, 6, 1), &b).unwrap().aantal(), 46);
    assert!(t.vereist(d(2030, 1, 1), &b).is_err());
}

#[test]
fn the_procedure_carries_the_earlier_advice_into_a_repeat_request() {
    // A negative advice of 2019-03-01 and a negative determination; the person asks again on
    // 2020-02-29 (within twelve months): UWV answers no without investigation (Besluit art. 3
    // lid 3 b), unless new facts are reported (lid 6).
    let o = Omgeving::new();
    let s = walk(
        advies_gegeven(d(2019, 1, 15), d(2019, 3, 1), false),
        &[
            Event::Vastgesteld(Vaststelling::negatief(d(2019, 3, 10)).unwrap()),
            aanvraag(Aanvrager::Persoon, d(2020, 2, 29)),
        ],
        &o,
    )
    .state;
    let verzoek = s.verzoek().unwrap();
    assert_eq!(verzoek.vorig_advies(), Some(d(2019, 3, 1)));
    assert_eq!(
        beoordeel(&geschikt(), &verzoek).uitkomst(),
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
            vorig_advies: d(2019, 3, 1)
        })
    );
    let nieuw = verzoek.na_advies(d(2019, 3, 1), true).unwrap();
    assert!(beoordeel(&geschikt(), &nieuw).uitkomst().is_positief());
}

#[test]
fn outcome_json_and_display() {
    let b = beoordeel(
        &geschikt(),
        &persoon(d(2020, 2, 29))
            .na_advies(d(2019, 3, 1), false)
            .unwrap(),
    );
    assert_eq!(
        serde_json::to_string(&b.uitkomst()).unwrap(),
        r#"{"negatief":{"herhaald_verzoek":{"vorig_advies":"2019-03-01"}}}"#
    );
    assert_eq!(
        b.uitkomst().to_string(),
        "negatief: herhaald_verzoek (2019-03-01)"
    );
    let p = beoordeel(&geschikt(), &college(d(2018, 5, 1)));
    assert_eq!(
        serde_json::to_string(&p.uitkomst()).unwrap(),
        r#"{"positief":{"onderzoek":"begeleiding"}}"#
    );
    assert_eq!(
        p.uitkomst().to_string(),
        "positief: onderzoek (begeleiding)"
    );
    // an assessment reads back, and a tampered outcome is refused
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        serde_json::from_str::<participatiewet::beschut_werk::Beoordeling>(&json).unwrap(),
        p
    );
    let tampered = json.replace(r#"{"onderzoek":"begeleiding"}"#, r#"{"onderzoek":"beide"}"#);
    assert!(serde_json::from_str::<participatiewet::beschut_werk::Beoordeling>(&tampered).is_err());
}

#[test]
fn unit_enums_round_trip_their_wire_names_and_have_dutch_labels() {
    fn check<T>(values: &[T])
    where
        T: std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug + serde::Serialize,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for v in values {
            let text = v.to_string();
            assert_eq!(&text.parse::<T>().unwrap(), v);
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{text}\""));
        }
        assert!("geen_bestaande_waarde".parse::<T>().is_err());
    }
    check(&[
        Uitkering::Ww,
        Uitkering::Iow,
        Uitkering::Waz,
        Uitkering::Wajong,
        Uitkering::WajongArbeidsondersteuning,
        Uitkering::Wia,
        Uitkering::Wao,
        Uitkering::Zw,
        Uitkering::Wamil,
    ]);
    check(&[Aanvrager::College, Aanvrager::Persoon]);
    check(&[
        WswIndicatie::Geen,
        WswIndicatie::BegeleidWerkenMogelijk,
        WswIndicatie::BegeleidWerkenNietMogelijk,
    ]);
    check(&[
        Aangewezen::Aanpassingen,
        Aangewezen::Begeleiding,
        Aangewezen::Beide,
    ]);
    check(&[
        BuitenKring::GeenDoelgroep,
        BuitenKring::UitkeringVoor2017,
        BuitenKring::PersoonlijkVerzoekVoor2017,
    ]);
    check(&[Strekking::Positief, Strekking::Negatief]);
    check(&[
        EindeReden::DienstbetrekkingGeeindigd,
        EindeReden::AanbodAfgewezen,
        EindeReden::NietMeerInKring,
        EindeReden::GeenBeschutWerk,
    ]);
    check(&[
        Aanbodplicht::Facultatief,
        Aanbodplicht::Verplicht,
        Aanbodplicht::Vervallen,
    ]);
    assert_eq!(Strekking::Positief.label().wire, "positief");
    assert_eq!(Aanbodplicht::Verplicht.label().wire, "verplicht");
    assert_eq!(Aangewezen::Beide.label().wire, "beide");
    assert_eq!(
        BuitenKring::UitkeringVoor2017.label().wire,
        "uitkering_voor_2017"
    );
    assert_eq!(
        WswIndicatie::BegeleidWerkenMogelijk.label().wire,
        "begeleid_werken_mogelijk"
    );
    assert_eq!(Aanvrager::Persoon.label().wire, "persoon");
    assert_eq!(
        Kring::Uitkering(Uitkering::Wia).to_string(),
        "uitkering:wia"
    );
}

fn same<T: std::fmt::Display>(v: T, label: &participatiewet::Label) {
    assert_eq!(label.wire, v.to_string());
    assert!(!label.nl.is_empty() && !label.en.is_empty());
}

#[test]
fn every_label_carries_its_wire_name() {
    for u in [
        Uitkering::Ww,
        Uitkering::Iow,
        Uitkering::Waz,
        Uitkering::Wajong,
        Uitkering::WajongArbeidsondersteuning,
        Uitkering::Wia,
        Uitkering::Wao,
        Uitkering::Zw,
        Uitkering::Wamil,
    ] {
        same(u, u.label());
    }
    for r in [
        EindeReden::DienstbetrekkingGeeindigd,
        EindeReden::AanbodAfgewezen,
        EindeReden::NietMeerInKring,
        EindeReden::GeenBeschutWerk,
    ] {
        same(r, r.label());
    }
    for a in [Aanvrager::College, Aanvrager::Persoon] {
        same(a, a.label());
    }
    for w in [
        WswIndicatie::Geen,
        WswIndicatie::BegeleidWerkenMogelijk,
        WswIndicatie::BegeleidWerkenNietMogelijk,
    ] {
        same(w, w.label());
    }
    for a in [
        Aangewezen::Aanpassingen,
        Aangewezen::Begeleiding,
        Aangewezen::Beide,
    ] {
        same(a, a.label());
    }
    for b in [
        BuitenKring::GeenDoelgroep,
        BuitenKring::UitkeringVoor2017,
        BuitenKring::PersoonlijkVerzoekVoor2017,
    ] {
        same(b, b.label());
    }
    for s in [Strekking::Positief, Strekking::Negatief] {
        same(s, s.label());
    }
    for a in [
        Aanbodplicht::Facultatief,
        Aanbodplicht::Verplicht,
        Aanbodplicht::Vervallen,
    ] {
        same(a, a.label());
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<State>();
    check::<Event>();
    check::<Transition<State>>();
    check::<Plaatsen>();
    check::<Taakstelling>();
    check::<participatiewet::beschut_werk::Beoordeling>();
    check::<participatiewet::beschut_werk::Stand>();
}

#[test]
fn error_messages_are_exact() {
    let mut p = Plaatsen::new(dorp(1));
    let id = p.plaats(d(2018, 3, 1)).unwrap();
    let err = p.beeindig(id, d(2018, 2, 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "einde is invalid: the end 2018-02-01 is before the start 2018-03-01"
    );
    assert_eq!(
        err.message(Taal::Nl),
        "einde is onjuist: het einde 2018-02-01 ligt vóór het begin 2018-03-01"
    );
    assert_eq!(
        Taakstelling::new(
            "X",
            vec![Row::new(
                d(2018, 7, 1),
                Some(d(2018, 12, 31)),
                1,
                "s",
                Confidence::LawText
            )]
        )
        .unwrap_err()
        .to_string(),
        "parameter table beschut_werk_aantal is invalid: the row from 2018-07-01 does not cover \
         whole calendar years"
    );
    assert!(
        Plaatsen::new(dorp(1))
            .stand(d(2019, 1, 1), &Beleid::default())
            .unwrap_err()
            .to_string()
            .starts_with("the minimum number of beschut-werk places is not known on 2019-01-01")
    );
    let bad = r#"{"state":"in_dienst","sinds":"2018-01-02","aanvraag":{"datum":"2018-01-03","door":"college"},"advies":{"datum":"2018-02-01","strekking":"negatief"},"vaststelling":{"datum":"2018-03-01","strekking":"negatief","afwijking":null},"aanbod":null,"dienstbetrekking":{"aanvang":"2018-05-01","uren_per_week":"24"}}"#;
    let err = serde_json::from_str::<State>(bad).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "stored beschut_werk::State is inconsistent: an offer or employment without a \
             positive determination"
        ),
        "{err}"
    );
}

#[test]
fn every_returned_state_validates() {
    let o = Omgeving::new();
    let t = walk(
        advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true),
        &[Event::Vastgesteld(
            Vaststelling::positief(d(2018, 3, 1)).unwrap(),
        )],
        &o,
    );
    assert!(t.state.validate().is_ok());
}

#[test]
fn accessors_and_small_rules_say_what_they_hold() {
    // Aangewezen: onderdeel a and b (Besluit art. 3 lid 1)
    assert!(Aangewezen::Aanpassingen.aanpassingen() && !Aangewezen::Aanpassingen.begeleiding());
    assert!(!Aangewezen::Begeleiding.aanpassingen() && Aangewezen::Begeleiding.begeleiding());
    assert!(Aangewezen::Beide.aanpassingen() && Aangewezen::Beide.begeleiding());
    assert!(Uitkomst::Positief(Positief::WswNietBegeleidWerken).is_positief());
    assert!(!Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep).is_positief());
    assert!(!Uitkomst::Negatief(Negatief::WswBegeleidWerken).is_positief());
    // the assessment keeps its facts and request
    let feiten = geschikt();
    let verzoek = persoon(d(2020, 6, 1))
        .na_advies(d(2018, 1, 1), true)
        .unwrap();
    let beoordeling = beoordeel(&feiten, &verzoek);
    assert_eq!(beoordeling.feiten(), &feiten);
    assert_eq!(beoordeling.verzoek(), &verzoek);
    assert_eq!(verzoek.door(), Aanvrager::Persoon);
    assert_eq!(verzoek.datum(), d(2020, 6, 1));
    assert!(verzoek.nieuwe_feiten_sinds_advies());
    assert!(!persoon(d(2020, 6, 1)).nieuwe_feiten_sinds_advies());
    assert!(feiten.is_aangewezen_op_begeleiding() && !feiten.is_aangewezen_op_aanpassingen());
    assert_eq!(feiten.arbeidsvermogen().uren_aaneengesloten(), h(dec!(2)));
    assert_eq!(feiten.arbeidsvermogen().uren_per_dag(), h(dec!(6)));
    let met_wsw = feiten
        .wsw_indicatie(WswIndicatie::BegeleidWerkenMogelijk, true)
        .unwrap();
    assert!(met_wsw.nieuwe_feiten_sinds_indicatie());
    assert_eq!(met_wsw.wsw(), WswIndicatie::BegeleidWerkenMogelijk);
    // every outcome's text
    let teksten = [
        (
            Uitkomst::Positief(Positief::Onderzoek(Aangewezen::Beide)),
            "positief: onderzoek (beide)",
        ),
        (
            Uitkomst::Positief(Positief::WswNietBegeleidWerken),
            "positief: wsw_niet_begeleid_werken",
        ),
        (
            Uitkomst::Negatief(Negatief::NietAangewezen),
            "negatief: niet_aangewezen",
        ),
        (
            Uitkomst::Negatief(Negatief::WswBegeleidWerken),
            "negatief: wsw_begeleid_werken",
        ),
        (
            Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017),
            "buiten_kring: uitkering_voor_2017",
        ),
    ];
    for (u, tekst) in teksten {
        assert_eq!(u.to_string(), tekst);
    }
    let geen = beoordeel(
        &Feiten::new(
            Kring::Artikel7Lid1a,
            Arbeidsvermogen::new(Hours::default(), Hours::default()).unwrap(),
        ),
        &college(d(2018, 1, 1)),
    );
    assert_eq!(
        geen.uitkomst().to_string(),
        "negatief: geen_arbeidsvermogen"
    );
    // the year's number
    let mut beleid = Beleid::default();
    beleid = beleid.with_beschut_werk_places(2018, 5).unwrap();
    let vereist = dorp(2).vereist(d(2018, 6, 1), &beleid).unwrap();
    assert_eq!(
        (
            vereist.jaar(),
            vereist.minimum(),
            vereist.raad(),
            vereist.aantal(),
            vereist.rij()
        ),
        (2018, 2, Some(5), 5, d(2018, 1, 1))
    );
    let stand = Plaatsen::new(dorp(2))
        .stand(d(2018, 6, 1), &beleid)
        .unwrap();
    assert_eq!(stand.peildatum(), d(2018, 6, 1));
    assert_eq!(stand.geplaatst(), 0);
    assert_eq!(stand.vereist(), Some(&vereist));
    assert!(Aanbodplicht::Verplicht.is_verplicht() && !Aanbodplicht::Vervallen.is_verplicht());
}

/// Every outcome's decision: the outcome sentence, its article and the refusal grounds.
#[test]
fn every_outcome_cites_its_article() {
    let herhaald_lid = Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(3)
        .onderdeel("b");
    let wsw_lid = Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3")
        .lid(3)
        .onderdeel("a");
    let pw = |lid| Citation::article(Regulation::Participatiewet, "10b").lid(lid);
    let oud = Citation::article(Regulation::Participatiewet, "10b (tekst tot 2017)").lid(1);
    let wajong = Feiten::new(
        Kring::Uitkering(Uitkering::Wajong),
        vermogen(dec!(2), dec!(6)),
    );
    let geen_av = Feiten::new(
        Kring::Artikel7Lid1a,
        Arbeidsvermogen::new(Hours::default(), Hours::default()).unwrap(),
    );
    let wsw = |i| geschikt().wsw_indicatie(i, false).unwrap();
    let cases = [
        (
            geschikt(),
            college(d(2018, 1, 1)),
            "beschut_werk_advies_positief",
            besluit("3", 2),
        ),
        (
            wsw(WswIndicatie::BegeleidWerkenNietMogelijk),
            college(d(2018, 1, 1)),
            "beschut_werk_advies_positief",
            besluit("3", 4),
        ),
        (
            geen_av,
            college(d(2018, 1, 1)),
            "beschut_werk_advies_negatief",
            besluit("3", 1),
        ),
        (
            geschikt().aangewezen_op_begeleiding(false),
            college(d(2018, 1, 1)),
            "beschut_werk_advies_negatief",
            besluit("3", 2),
        ),
        (
            wsw(WswIndicatie::BegeleidWerkenMogelijk),
            college(d(2018, 1, 1)),
            "beschut_werk_advies_negatief",
            wsw_lid,
        ),
        (
            geschikt(),
            persoon(d(2018, 1, 1))
                .na_advies(d(2017, 6, 1), false)
                .unwrap(),
            "beschut_werk_advies_negatief",
            herhaald_lid,
        ),
        (
            geschikt(),
            persoon(d(2016, 1, 1)),
            "beschut_werk_buiten_toepassing",
            pw(3),
        ),
        (
            wajong,
            college(d(2016, 1, 1)),
            "beschut_werk_buiten_toepassing",
            oud,
        ),
    ];
    for (f, v, code, citation) in cases {
        let decision = beoordeel(&f, &v).decision();
        assert_eq!(
            decision.outcome().code().code,
            code,
            "{:?}",
            decision.value()
        );
        assert_eq!(
            decision.outcome().citation(),
            &citation,
            "{:?}",
            decision.value()
        );
        assert_eq!(
            decision.reasons().next().is_none(),
            decision.value().is_positief(),
            "{:?}",
            decision.value()
        );
    }
}

#[test]
fn the_grounds_of_the_answers_without_investigation() {
    let wsw = |i| geschikt().wsw_indicatie(i, false).unwrap();
    // the Wsw answers name the indication and that no new facts were reported (lid 5)
    let d1 = beoordeel(
        &wsw(WswIndicatie::BegeleidWerkenMogelijk),
        &college(d(2018, 1, 1)),
    )
    .decision();
    assert!(d1.has("beschut_werk_wsw_begeleid_werken"));
    assert!(d1.has("beschut_werk_geen_nieuwe_feiten_indicatie"));
    let d2 = beoordeel(
        &wsw(WswIndicatie::BegeleidWerkenNietMogelijk),
        &college(d(2018, 1, 1)),
    )
    .decision();
    assert!(d2.has("beschut_werk_wsw_niet_begeleid_werken"));
    assert!(d2.has("beschut_werk_geen_nieuwe_feiten_indicatie"));
    // before 2017 the Wsw answers and the repeat rule do not apply: UWV investigates
    let voor = beoordeel(
        &wsw(WswIndicatie::BegeleidWerkenMogelijk),
        &college(d(2016, 6, 1)),
    );
    assert!(voor.uitkomst().is_positief());
    assert!(!voor.decision().has("beschut_werk_nieuwe_feiten_indicatie"));
    // the positive investigation with both questions yes
    let beide = geschikt().aangewezen_op_aanpassingen(true);
    let d3 = beoordeel(&beide, &college(d(2018, 1, 1))).decision();
    assert!(d3.has("beschut_werk_aanpassingen") && d3.has("beschut_werk_begeleiding"));
    assert!(!d3.has("beschut_werk_niet_aangewezen"));
    // a college request after an earlier advice names no repeat ground
    let c = college(d(2018, 1, 1))
        .na_advies(d(2017, 6, 1), false)
        .unwrap();
    let d4 = beoordeel(&geschikt(), &c).decision();
    assert_eq!(d4.grounds().len(), 5);
}

#[test]
fn the_duty_decision_before_2017_and_when_realised() {
    let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    let voor = p
        .stand(d(2016, 6, 1), &Beleid::default())
        .unwrap()
        .decision();
    assert_eq!(*voor.value(), Aanbodplicht::Facultatief);
    assert_eq!(
        voor.outcome().code().code,
        "beschut_werk_aanbod_facultatief"
    );
    assert_eq!(
        voor.grounds()
            .iter()
            .map(|g| g.text(Taal::Nl))
            .collect::<Vec<_>>(),
        ["Op 1 juni 2016 gold artikel 10b in de tekst van vóór 1 januari 2017."]
    );
    let mut b = Beleid::default();
    b = b.with_beschut_werk_places(2017, 30).unwrap();
    let na = p.stand(d(2017, 6, 1), &b).unwrap().decision();
    let texts: Vec<_> = na.grounds().iter().map(|g| g.text(Taal::Nl)).collect();
    assert_eq!(
        texts,
        [
            "Bij ministeriële regeling is bepaald dat in 2017 ten minste 26 dienstbetrekkingen \
             beschut werk worden gerealiseerd.",
            "De gemeenteraad heeft bij verordening voor 2017 een hoger aantal van 30 \
             dienstbetrekkingen vastgesteld.",
            "Op 1 juni 2017 is het aantal gerealiseerde dienstbetrekkingen beschut werk 0; \
             vereist zijn er 30.",
        ]
    );
    assert_eq!(na.outcome().code().code, "beschut_werk_aanbod_verplicht");
}

#[test]
fn an_advice_of_the_same_day_precedes_the_request() {
    // The advice was given before the request reached UWV, on the same day: it precedes the
    // request ("voorafgaand aan het verzoek"), so the request is answered without
    // investigation.
    let v = persoon(d(2020, 3, 1))
        .na_advies(d(2020, 3, 1), false)
        .unwrap();
    assert_eq!(
        beoordeel(&geschikt(), &v).uitkomst(),
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek {
            vorig_advies: d(2020, 3, 1)
        })
    );
}

#[test]
fn placements_are_numbered_in_order_and_may_end_on_their_first_day() {
    use participatiewet::beschut_werk::Plaatsing;
    // Participatiewet art. 10b lid 1 with lid 5: each placement counts from its start to its
    // end; a contract that ends on the day it starts is a (short) placement, one that ends
    // before it starts is an error.
    let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    let eerste = p.plaats(d(2017, 3, 1)).unwrap();
    let tweede = p.plaats(d(2017, 4, 1)).unwrap();
    assert_eq!((eerste.index(), tweede.index()), (0, 1));
    p.beeindig(tweede, d(2018, 6, 30)).unwrap();
    assert_eq!(p.plaatsingen()[1].einde(), Some(d(2018, 6, 30)));
    assert_eq!(p.plaatsingen()[0].einde(), None);
    assert!(Plaatsing::new(d(2017, 3, 1), Some(d(2017, 3, 1))).is_ok());
    assert_eq!(
        Plaatsing::new(d(2017, 3, 1), Some(d(2017, 2, 28)))
            .unwrap_err()
            .field(),
        Some("einde")
    );
}

#[test]
fn a_stored_ledger_with_a_placement_ending_before_it_starts_is_refused() {
    let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    let id = p.plaats(d(2017, 3, 1)).unwrap();
    p.beeindig(id, d(2018, 6, 30)).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Plaatsen>(&json).unwrap(), p);
    let bad = json.replace("2018-06-30", "2016-06-30");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<Plaatsen>(&bad).is_err());
}

#[test]
fn a_new_request_while_an_advice_awaits_its_determination_says_so() {
    // Participatiewet art. 10b lid 1: the college determines on UWV's advice; a new request
    // before that determination is refused with that reason, not a generic one.
    let p = Parameters::bundled();
    let beleid = Beleid::default();
    let ctx = Context::new(&p, &beleid);
    let aanvraag = Aanvraag::new(Aanvrager::College, d(2018, 1, 3)).unwrap();
    let state = State::start(&d(2018, 1, 2), &ctx)
        .unwrap()
        .state
        .apply(&Event::AdviesAangevraagd(aanvraag), &ctx)
        .unwrap()
        .state
        .apply(
            &Event::AdviesUitgebracht(Advies::positief(d(2018, 2, 1)).unwrap()),
            &ctx,
        )
        .unwrap()
        .state;
    let opnieuw = Aanvraag::new(Aanvrager::College, d(2018, 2, 5)).unwrap();
    let err = state
        .apply(&Event::AdviesAangevraagd(opnieuw), &ctx)
        .unwrap_err();
    assert_eq!(
        err.rule().get(Taal::En),
        "the college must first determine on the advice it has"
    );
}

#[test]
fn after_a_positive_determination_only_the_college_asks_again_and_work_may_start_at_once() {
    // Participatiewet art. 10b lid 2 and 3: the college may ask UWV again (re-assessment);
    // the person's own request (lid 3) is for someone without a positive determination. A
    // dienstbetrekking may follow the determination without a recorded offer (lid 1).
    let o = Omgeving::new();
    let vastgesteld = walk(
        advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true),
        &[Event::Vastgesteld(
            Vaststelling::positief(d(2018, 3, 1)).unwrap(),
        )],
        &o,
    )
    .state;
    let persoon = vastgesteld
        .apply(&aanvraag(Aanvrager::Persoon, d(2019, 3, 1)), &o.ctx())
        .unwrap_err();
    assert_eq!(
        persoon.rule().get(Taal::En),
        "the person already has a positive determination"
    );
    assert!(
        vastgesteld
            .apply(&aanvraag(Aanvrager::College, d(2019, 3, 1)), &o.ctx())
            .is_ok()
    );
    let contract = Dienstbetrekking::new(d(2018, 5, 1), h(dec!(24))).unwrap();
    let t = vastgesteld
        .apply(&Event::InDienst(contract), &o.ctx())
        .unwrap();
    assert_eq!(t.state.dienstbetrekking(), Some(&contract));
}

/// A day has 24 hours: 24 hours a day is accepted, more is refused.
#[test]
fn a_whole_day_of_work_capacity_is_accepted() {
    assert!(Arbeidsvermogen::new(h(dec!(1)), h(dec!(24))).is_ok());
    assert!(Arbeidsvermogen::new(h(dec!(1)), h(dec!(24.0001))).is_err());
}

/// One procedure to its end: the states after a positive advice (request 2018-01-03, advice
/// 2018-02-01), the positive determination (2018-03-01), the offer (2018-04-01), the contract
/// (2018-05-01, 24 hours) and its end (2019-04-30).
fn tot_het_einde() -> [State; 5] {
    let o = Omgeving::new();
    let advies = advies_gegeven(d(2018, 1, 3), d(2018, 2, 1), true);
    let mut states = [
        advies.clone(),
        advies.clone(),
        advies.clone(),
        advies.clone(),
        advies,
    ];
    let events = [
        Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1)).unwrap()),
        Event::Aangeboden {
            datum: d(2018, 4, 1),
        },
        Event::InDienst(Dienstbetrekking::new(d(2018, 5, 1), h(dec!(24))).unwrap()),
        Event::Beeindigd {
            datum: d(2019, 4, 30),
            reden: EindeReden::DienstbetrekkingGeeindigd,
        },
    ];
    for (i, e) in events.iter().enumerate() {
        states[i + 1] = states[i].apply(e, &o.ctx()).unwrap().state;
    }
    states
}

/// Reads a stored state after replacing `van` by `naar` in its JSON (`van` occurs once).
fn gewijzigd(state: &State, van: &str, naar: &str) -> Result<State, serde_json::Error> {
    let json = serde_json::to_string(state).unwrap();
    assert_eq!(json.matches(van).count(), 1, "{van} in {json}");
    serde_json::from_str(&json.replace(van, naar))
}

/// Every later step of a stored procedure is on or after the step before it: on the same day
/// it reads back, one day earlier it is refused (the earlier advice of a repeat request lies
/// within the candidacy and not after the request).
#[test]
fn each_stored_step_may_fall_on_the_day_of_the_step_before() {
    let o = Omgeving::new();
    let [advies, vastgesteld, aangeboden, in_dienst, beeindigd] = tot_het_einde();
    let herhaald = walk(
        advies_gegeven(d(2019, 1, 15), d(2019, 3, 1), false),
        &[
            Event::Vastgesteld(Vaststelling::negatief(d(2019, 3, 10)).unwrap()),
            aanvraag(Aanvrager::Persoon, d(2020, 2, 29)),
        ],
        &o,
    )
    .state;
    // (state, stored value, the same day as the step before, the day before that)
    let gevallen: [(&State, &str, &str, &str); 9] = [
        (
            &advies,
            r#""datum":"2018-02-01""#,
            r#""datum":"2018-01-03""#,
            r#""datum":"2018-01-02""#,
        ),
        (
            &vastgesteld,
            r#""datum":"2018-03-01""#,
            r#""datum":"2018-02-01""#,
            r#""datum":"2018-01-31""#,
        ),
        (
            &aangeboden,
            r#""aanbod":"2018-04-01""#,
            r#""aanbod":"2018-03-01""#,
            r#""aanbod":"2018-02-28""#,
        ),
        (
            &in_dienst,
            r#""aanvang":"2018-05-01""#,
            r#""aanvang":"2018-04-01""#,
            r#""aanvang":"2018-03-31""#,
        ),
        (
            &beeindigd,
            r#""einde":"2019-04-30""#,
            r#""einde":"2018-05-01""#,
            r#""einde":"2018-04-30""#,
        ),
        (
            &beeindigd,
            r#""datum":"2018-03-01""#,
            r#""datum":"2018-01-03""#,
            r#""datum":"2018-01-02""#,
        ),
        (
            &herhaald,
            r#""vorig_advies":"2019-03-01""#,
            r#""vorig_advies":"2019-01-15""#,
            r#""vorig_advies":"2019-01-14""#,
        ),
        (
            &herhaald,
            r#""vorig_advies":"2019-03-01""#,
            r#""vorig_advies":"2020-02-29""#,
            r#""vorig_advies":"2020-03-01""#,
        ),
        (
            &herhaald,
            r#""sinds":"2019-01-15""#,
            r#""sinds":"2019-03-01""#,
            r#""sinds":"2019-03-02""#,
        ),
    ];
    for (state, van, zelfde_dag, fout) in gevallen {
        let gelezen = gewijzigd(state, van, zelfde_dag).unwrap();
        assert_eq!(gelezen.validate(), Ok(()), "{zelfde_dag}");
        assert!(gewijzigd(state, van, fout).is_err(), "{fout}");
    }
    // a request or an advice out of the crate's range is refused on its own too
    let aanvraag = r#"{"datum":"1899-12-31","door":"college"}"#;
    assert!(serde_json::from_str::<Aanvraag>(aanvraag).is_err());
    assert!(serde_json::from_str::<Aanvraag>(&aanvraag.replace("1899", "2018")).is_ok());
    let advies = r#"{"datum":"2200-01-01","strekking":"positief"}"#;
    assert!(serde_json::from_str::<Advies>(advies).is_err());
    assert!(serde_json::from_str::<Advies>(&advies.replace("2200", "2018")).is_ok());
}

/// A contract has more than zero hours a week, up to a whole week.
#[test]
fn a_contract_has_hours_up_to_a_week() {
    assert!(Dienstbetrekking::new(d(2018, 5, 1), Hours::WEEK).is_ok());
    assert!(Dienstbetrekking::new(d(2018, 5, 1), h(dec!(0.0001))).is_ok());
    assert!(Dienstbetrekking::new(d(2018, 5, 1), Hours::default()).is_err());
}

/// The placement order of art. 10b lid 5: by the date of the determination, or the
/// ordinance's priority first; ties keep the order of the list.
#[test]
fn placement_order_by_date_or_priority_first() {
    use participatiewet::Plaatsingsvolgorde;
    use participatiewet::beschut_werk::{Wachtende, plaatsingsvolgorde};
    let w = |m| Wachtende::new(d(2017, m, 1)).unwrap();
    let wachtenden = [w(5), w(3), w(6).met_voorrang(), w(3), w(4).met_voorrang()];
    assert_eq!(
        plaatsingsvolgorde(&wachtenden, Plaatsingsvolgorde::ByDeterminationDate),
        [1, 3, 4, 0, 2]
    );
    assert_eq!(
        plaatsingsvolgorde(
            &wachtenden,
            Plaatsingsvolgorde::PriorityThenDeterminationDate
        ),
        [4, 2, 1, 3, 0]
    );
    assert!(plaatsingsvolgorde(&[], Plaatsingsvolgorde::ByDeterminationDate).is_empty());
    assert!(w(4).met_voorrang().voorrang() && !w(4).voorrang());
    // a stored waiting person is read through the same check
    let json = serde_json::to_string(&w(3)).unwrap();
    assert!(serde_json::from_str::<Wachtende>(&json.replace("2017-03-01", "1899-12-31")).is_err());
}

/// The required number is the higher of the regulation's minimum and the council's own; a
/// stored one is re-checked, and its row may not lie in a later year.
#[test]
fn a_stored_required_number_is_rechecked() {
    use participatiewet::beschut_werk::Vereist;
    let b = Beleid::default()
        .with_beschut_werk_places(2018, 60)
        .unwrap();
    let t = Taakstelling::voorbeeld_zwolle();
    assert_eq!(t.gemeente(), "Zwolle");
    let v = t.vereist(d(2018, 6, 1), &b).unwrap();
    assert_eq!(v.aantal(), 60);
    let json = serde_json::to_string(&v).unwrap();
    assert_eq!(serde_json::from_str::<Vereist>(&json).unwrap(), v);
    assert!(
        serde_json::from_str::<Vereist>(&json.replace(r#""aantal":60"#, r#""aantal":46"#)).is_err()
    );
    let rij = v.rij().format("%Y-%m-%d").to_string();
    assert!(serde_json::from_str::<Vereist>(&json.replace(&rij, "2019-01-01")).is_err());
    assert!(serde_json::from_str::<Vereist>(&json.replace(&rij, "2018-12-31")).is_ok());
}

/// An event prints its tag and date; every state after a positive determination names it.
#[test]
fn events_print_and_states_keep_the_positive_determination() {
    let contract = Dienstbetrekking::new(d(2018, 5, 1), h(dec!(24))).unwrap();
    assert_eq!(
        Event::Aangeboden {
            datum: d(2018, 4, 1)
        }
        .to_string(),
        "aangeboden (2018-04-01)"
    );
    assert_eq!(
        Event::InDienst(contract).to_string(),
        "in_dienst (2018-05-01)"
    );
    let positief = Vaststelling::positief(d(2018, 3, 1)).unwrap();
    let [advies, vastgesteld, aangeboden, in_dienst, beeindigd] = tot_het_einde();
    assert!(advies.positieve_vaststelling().is_none());
    for s in [vastgesteld, aangeboden, in_dienst, beeindigd] {
        assert_eq!(s.positieve_vaststelling(), Some(&positief), "{s}");
    }
}
