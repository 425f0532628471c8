//! Beschut werk (sheltered employment, Participatiewet art. 10b): paid work in a
//! `dienstbetrekking` (employment contract) in a sheltered environment under adapted
//! circumstances, for people who can work *only* there.
//!
//! One concept per file:
//!
//! - `feiten`, `arbeidsvermogen`: the facts UWV assesses ([`Feiten`], [`Arbeidsvermogen`])
//!   and the request ([`Verzoek`]), owned data read from JSON through their constructors'
//!   validation;
//! - `geschiktheid`: would UWV advise beschut werk? The circle of art. 10b lid 1, the answers
//!   without investigation (Besluit advisering beschut werk art. 3 lid 3–6) and the
//!   investigation itself (lid 1–2). [`beoordeel`] is allocation-free;
//! - `advies`: [`Beoordeling::decision`], the advice with coded grounds;
//! - `stukken`, `toestand`, `procedure`, `opslag`: the documents of the procedure
//!   ([`Aanvraag`], [`Advies`], [`Vaststelling`], [`Dienstbetrekking`]), the
//!   advice-and-determination procedure as a [`Procedure`](crate::Procedure) ([`State`],
//!   [`Event`]) with its effects, and the invariants a stored state must satisfy;
//! - `taakstelling`, `plaatsen`, `aanbod`, `volgorde`: the yearly number per municipality
//!   ([`Taakstelling`], art. 10b lid 4), the council's higher number (lid 5,
//!   [`Beleid::beschut_werk_places`]), the ledger ([`Plaatsen`]), the placement order
//!   ([`plaatsingsvolgorde`]) and the duty to offer ([`Stand::decision`], lid 1 and 6);
//! - `gronden`: every ground and effect code of the domain.
//!
//! ## The procedure
//!
//! ```text
//!  start(sinds) ─▶ kandidaat
//!     │ advies_aangevraagd(aanvraag)          door persoon only from 2017-01-01 (lid 3)
//!     ▼                                       effect: advice due 56 days on (Besluit art. 2 lid 1)
//!  advies_aangevraagd
//!     │ advies_uitgebracht(advies)            effects: late; notice to the person (lid 3);
//!     ▼                                       the college's decision term (policy / Awb 4:13)
//!  advies_uitgebracht
//!     │ vastgesteld(vaststelling)             departing from the advice needs a reason
//!     ▼                                       (Awb 3:9, 3:50); effects: duty to offer,
//!  vastgesteld ──advies_aangevraagd──▶ ...   or the repeat window (Besluit art. 3 lid 6)
//!     │ aangeboden (positive only)       │ in_dienst (positive only)
//!     ▼                                  │
//!  aangeboden ──in_dienst──▶ in_dienst ◀─┘   effect: loonkostensubsidie (lid 9)
//!
//!  any state but beeindigd ──beeindigd(reden)──▶ beeindigd
//!    dienstbetrekking_geeindigd from in_dienst; aanbod_afgewezen from aangeboden;
//!    geen_beschut_werk after a negative vaststelling; niet_meer_in_kring from any
//! ```
//!
//! Guards common to every event: a date outside [`EARLIEST`](crate::EARLIEST)..=
//! [`LATEST`](crate::LATEST) or before the state's own date is refused, nothing happens after
//! `beeindigd`, and a new request after a positive determination is the college's only. A
//! refused event leaves the state as it was; every returned state validates and reads back.
//!
//! ## Points read in the law text
//!
//! - The circle of lid 1 in the 2017 text is "een persoon aan wie het Uitvoeringsinstituut
//!   werknemersverzekeringen een uitkering verstrekt"; the list (WW, IOW, WAZ, Wajong, WIA,
//!   WAO, ZW, Wamil) is the later text, which also adds Wajong `arbeidsondersteuning`. Before
//!   2017 the circle was the college's art. 7 lid 1 a group.
//! - Before 2017 the old lid 3 already said the college "ensures" a job for a person it
//!   determined; what was optional was the determination itself and the volume (old lid 1
//!   and 4 c). The crate reports this as [`Aanbodplicht::Facultatief`].
//! - Besluit art. 3 lid 5 lets new facts against the Wsw indication set aside the Wsw answers
//!   (lid 3 a and 4); lid 6 lets new facts against the earlier advice set aside the repeat
//!   rule (lid 3 b). They are two facts ([`Feiten::wsw_indicatie`], [`Verzoek::na_advies`]).
//!   The repeat rule applies only to the person's own request.
//! - "In de twaalf maanden voorafgaand aan het verzoek" (lid 3 b): an advice given exactly one
//!   year before the request is inside the window (see [`herhaald_verzoek_vanaf`]).
//! - Art. 10b lid 3 (2017): UWV "meldt het uitbrengen en een weergave van de inhoud van dit
//!   advies gelijktijdig aan de betreffende persoon" only for the person's own request.
//! - The regulations set the numbers "ultimo" the year: realised is a stock, so the duty to
//!   offer revives when a contract ends.
//! - The college may depart from *either* advice only with reasons (Awb art. 3:9 and 3:50);
//!   not only from a positive advice.
//! - The law sets no decision term for the college's determination; the crate uses
//!   [`Beleid::decision_term_weeks`](crate::Beleid::decision_term_weeks) from the advice date.
//! - The Zwolle figures (26 for 2017, 46 for 2018) were not found in the published
//!   regulation text and ship flagged [`Confidence::Unverified`](crate::Confidence::Unverified).
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Beleid, Context, Parameters, Procedure, Taal, Text};
//! use participatiewet::beschut_werk::{Aanvraag, Aanvrager, Advies, Event, State, Vaststelling};
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let (params, beleid) = (Parameters::bundled(), Beleid::default());
//! let ctx = Context::new(&params, &beleid);
//! let s = State::start(&d(2018, 1, 2), &ctx)?.state;
//! let t = s.apply(&Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(2018, 1, 3))?), &ctx)?;
//! assert_eq!(t.effects[0].text(Taal::Nl),
//!     "UWV brengt het advies uiterlijk op 28 februari 2018 uit, binnen acht weken na ontvangst van het verzoek.");
//! let s = t.state.apply(&Event::AdviesUitgebracht(Advies::positief(d(2018, 2, 20))?), &ctx)?.state;
//! // departing from a positive advice without a reason is refused, and the state is kept
//! let refused = s.apply(&Event::Vastgesteld(Vaststelling::negatief(d(2018, 3, 1))?), &ctx);
//! assert!(refused.is_err());
//! let s = s.apply(&Event::Vastgesteld(Vaststelling::positief(d(2018, 3, 1))?), &ctx)?.state;
//! assert!(s.positieve_vaststelling().is_some());
//! // a stored state reads back from its JSON
//! let back: State = serde_json::from_str(&serde_json::to_string(&s)?)?;
//! assert_eq!(back, s);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Beleid::beschut_werk_places`]: crate::Beleid::beschut_werk_places

mod aanbod;
mod advies;
mod arbeidsvermogen;
mod feiten;
mod geschiktheid;
mod gronden;
mod opslag;
mod plaatsen;
mod procedure;
mod stukken;
mod taakstelling;
mod toestand;
mod volgorde;

pub use arbeidsvermogen::{
    Arbeidsvermogen, ArbeidsvermogenToets, MIN_UREN_AANEENGESLOTEN, MIN_UREN_PER_DAG,
};
pub use feiten::{Aanvrager, BESCHUT_WERK_2017, Feiten, Kring, Uitkering, Verzoek, WswIndicatie};
pub use geschiktheid::{
    Aangewezen, Beoordeling, BuitenKring, HERHAALD_VERZOEK_MAANDEINDE, HERHAALD_VERZOEK_MAANDEN,
    Negatief, Positief, Uitkomst, beoordeel, herhaald_verzoek_vanaf,
};
pub use plaatsen::{Aanbodplicht, Plaatsen, Plaatsing, PlaatsingId, Stand};
pub use stukken::{
    ADVIESTERMIJN_DAGEN, Aanvraag, Advies, Dienstbetrekking, Strekking, Vaststelling,
};
pub use taakstelling::{Taakstelling, Vereist};
pub use toestand::{EindeReden, Event, State};
pub use volgorde::{Wachtende, plaatsingsvolgorde};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)); stable wire
/// names.
pub(crate) const CODES: &[&crate::Code] = gronden::ALL;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_prefixed_with_the_domain() {
        assert!(CODES.iter().all(|c| c.code.starts_with("beschut_werk_")));
    }

    #[test]
    fn advice_decisions_fit_their_one_allocation() {
        // The largest decision: a person's own request after an expired advice, a Wsw
        // indication with new facts, and every arbeidsvermogen criterion failing.
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let a = Arbeidsvermogen::new(crate::Hours::default(), crate::Hours::default()).unwrap();
        let f = Feiten::new(Kring::Artikel7Lid1a, a)
            .wsw_indicatie(WswIndicatie::BegeleidWerkenMogelijk, true)
            .unwrap();
        let v = Verzoek::new(Aanvrager::Persoon, d(2020, 1, 1))
            .unwrap()
            .na_advies(d(2018, 1, 1), false)
            .unwrap();
        let decision = beoordeel(&f, &v).decision();
        assert!(decision.grounds().len() <= advies::MAX_GRONDEN);
        assert_eq!(decision.grounds().len(), 9);
    }
}
