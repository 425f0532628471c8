//! Doelgroepen 0–4: the municipal client segments, their classification and the segment
//! machine.
//!
//! Municipalities sort the people they support under the Participatiewet into five segments
//! (`doelgroepen`). The numbering and the criteria for 1/2/3 are **municipal policy** (for example
//! a Zwolle council note of 2017), so the crate takes them from [`Beleid`]
//! ([`Segmentcriteria`]) and cites them as policy ([`Beleid::citation`]); the legal statuses
//! underneath are law and cited as such.
//!
//! | Segment | Meaning | Legal status |
//! |---|---|---|
//! | 0 | no benefit, supported toward work | NUG (Pw art. 6 lid 1 a); a job with LKS (art. 10d) or beschut werk (art. 10b); under the policy `ondersteuning_zonder_bijstand` also Anw, IOAW, IOAZ without bijstand (art. 7 lid 1 a) |
//! | 1 | benefit, no or limited perspective on paid work | algemene bijstand (art. 11); under the policy `geen_uitkering` (the default) also Anw, IOAW, IOAZ |
//! | 2 | benefit, can work after development or support | as segment 1 |
//! | 3 | benefit, job-ready | as segment 1 |
//! | 4 | Wsw employee | Wsw dienstbetrekking begun before 2015-01-01 (Wsw art. 1 as amended by the Invoeringswet Participatiewet) |
//!
//! Who is in segment 0 is the municipality's definition ([`Segment0Definitie`],
//! [`Beleid::segment_0`](crate::Beleid::segment_0)): by default "geen uitkering", the
//! municipal segmentation's own words (who receives no benefit, whatever the support); the
//! crate's earlier mapping, which keeps Anw, IOAW and IOAZ recipients in segment 0, is the
//! alternative. The classification cites the policy for it.
//!
//! [`classificeer`] places one person from [`SegmentFeiten`] (legal status and [`Diagnose`]:
//! a participatieladder [`Trede`], [`ZrmScores`], or the caseworker's [`Werkperspectief`]).
//! Missing or impossible facts are an error, never a default segment.
//!
//! ## The segment machine
//!
//! [`SegmentState`] is a [`Procedure`](crate::Procedure) (`MACHINE = "doelgroep_segment"`): the
//! caller starts it from a [`SegmentStart`], stores the state (serde), and moves it with
//! [`SegmentEvent`]s under a [`Context`](crate::Context). Every state records since when
//! (`sinds`) and why ([`Reden`]); [`SegmentState::decision`] gives the segment with coded
//! grounds for a letter. Segment assignment is municipal policy: whether a municipality sends
//! it as a beschikking with a bezwaarclausule ([`Motivering::met_bezwaar`]) is the caller's
//! choice.
//!
//! ```text
//! from state               event                              to state
//! buiten | zonder_bijstand bijstand_toegekend,                bijstand (1|2|3), or
//!                          ww_uitgeput_in_bijstand            diagnose_nodig without a diagnosis
//! diagnose_nodig           diagnose_gemeten                   bijstand (1|2|3)
//! bijstand (1|2|3)         diagnose_gemeten                   bijstand (segment per policy)
//! bijstand|diagnose_nodig  bijstand_beeindigd                 zonder_bijstand (0), or buiten
//! bijstand|diagnose_nodig  uitstroom (with its reason)        zonder_bijstand (0), or buiten,
//!                                                             recording the reason
//! all but wsw              lks_baan_gestart,                  zonder_bijstand (0); from
//!                          beschut_werk_geplaatst             bijstand, recording work
//! buiten | zonder_bijstand ondersteuning_gestart              zonder_bijstand (0)
//!                          (NUG|Anw|IOAW|IOAZ; Anw|IOAW|IOAZ only under the policy
//!                          ondersteuning_zonder_bijstand)
//! zonder_bijstand          ondersteuning_beeindigd            buiten
//! all but wsw              wsw_dienstbetrekking_gestart <2015 wsw (4)
//! wsw (4)                  wsw_beeindigd                      buiten, zonder_bijstand, bijstand,
//!                                                             or diagnose_nodig
//! all but buiten           aow_leeftijd_bereikt               buiten
//! zonder_bijstand |        banenafspraak_geplaatst            the same state and segment,
//! diagnose_nodig | bijstand  (Wfsv art. 38b, 38d)             recording the job
//! ```
//!
//! Guards: an event dated outside the crate's dates or before the state's own date is
//! refused; the machine's segments 1–3 are algemene bijstand, so under the policy
//! `geen_uitkering` a start or event that would hold an Anw, IOAW or IOAZ benefit in segment 0
//! is refused, citing the policy (classify such a person with [`classificeer`]); segment 4 is entered by an event only when it is dated before 2015-01-01; a Wsw
//! employee leaves segment 4 only by `wsw_beeindigd` or `aow_leeftijd_bereikt`; bijstand
//! cannot be granted twice. A refused event leaves the state as it was. Invariants (re-checked
//! on reading JSON, which refuses unknown fields): segments 1–3 hold algemene bijstand,
//! segment 0 excludes it, segment 4 holds a Wsw dienstbetrekking from before 2015.
//!
//! A banenafspraak job (a [`Baan`](crate::banenafspraak::Baan) of a person in the
//! doelgroepregister of Wfsv art. 38b, kept by UWV under art. 38d) is recorded in the state
//! ([`SegmentState::banenafspraak`], a [`BanenafspraakPlaatsing`] counted from a date) so that
//! a service counts the jobs per segment; it does **not** move the segment. Whether a job moves
//! a segment is the municipality's policy, which the crate does not guess: the segment follows
//! the bijstand events (a banenafspraak job with loonkostensubsidie is still sent as
//! `lks_baan_gestart` too). The event is refused for a person not in the register on the day
//! the job counts from, a job that does not run on that day, a date before the state's, a
//! state that already records a job, and in `wsw` or `buiten`. The job runs on into the states
//! that follow (segment 0–3, diagnose_nodig) while it still counts, from the new state's start;
//! it is dropped on leaving the segments or entering segment 4.
//!
//! Effects (coded, dated): `doelgroep_segment_gewijzigd` on a change of segment,
//! `doelgroep_banenafspraak_geplaatst` (Wfsv art. 38b) on a recorded job,
//! `doelgroep_diagnose_nodig` while a bijstand client awaits a diagnosis, and
//! `doelgroep_herdiagnose` when the policy sets a re-measurement term
//! ([`Segmentcriteria::herdiagnose_maanden`]).
//!
//! ## From the other domains
//!
//! The events come from the other domains' results through small conversion functions that
//! repeat no rule: [`uit_beschut_werk`] (a beschut-werk dienstbetrekking started),
//! [`uit_bijstand_overgang`], [`uit_loonkostensubsidie`] and [`vervolg_na_ww`] (the route
//! after WW: IOW, bijstand, or AOW; [`WwVervolg::segment_event`] gives the segment event of the
//! bijstand route).
//!
//! ## Example
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{Beleid, Context, Parameters, Procedure, Taal};
//! use participatiewet::doelgroep::{Diagnose, Segment, SegmentEvent, SegmentStart, SegmentState, Trede};
//! # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let (params, beleid) = (Parameters::bundled(), Beleid::default());
//! let ctx = Context::new(&params, &beleid);
//!
//! // WW runs out; bijstand follows; a diagnosis places the client; an LKS job starts
//! let s = SegmentState::start(&SegmentStart::buiten(d(2025, 1, 1))?, &ctx)?.state;
//! let s = s.apply(&SegmentEvent::WwUitgeputInBijstand { datum: d(2025, 4, 1), diagnose: None }, &ctx)?.state;
//! assert_eq!(s.segment(), None); // bijstand, awaiting a diagnosis
//! let s = s.apply(&SegmentEvent::DiagnoseGemeten {
//!     datum: d(2025, 5, 1),
//!     diagnose: Diagnose::Participatieladder(Trede::new(4)?),
//! }, &ctx)?.state;
//! assert_eq!(s.segment(), Some(Segment::S2));
//! assert_eq!(s.decision(&beleid).outcome().text(Taal::Nl), "U bent met ingang van 1 mei 2025 ingedeeld in segment 2.");
//!
//! // stored and read back
//! let json = serde_json::to_string(&s)?;
//! let s: SegmentState = serde_json::from_str(&json)?;
//! let s = s.apply(&SegmentEvent::LksBaanGestart { datum: d(2025, 9, 1) }, &ctx)?.state;
//! assert_eq!(s.segment(), Some(Segment::S0));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Motivering::met_bezwaar`]: crate::Motivering::met_bezwaar
//! [`Beleid`]: crate::Beleid
//! [`Beleid::citation`]: crate::Beleid::citation

mod banenafspraak;
mod classificatie;
mod criteria;
mod diagnose;
mod gebeurtenis;
mod gronden;
mod machine;
mod overgangen;
mod segment_0;
mod status;
mod toestand;
mod uitstroom;

pub use banenafspraak::{BANENAFSPRAAK_DOELGROEP, BanenafspraakPlaatsing, DOELGROEPREGISTER};
pub use classificatie::{Classificatie, SegmentFeiten, classificeer};
pub use criteria::{Segmentcriteria, SegmentcriteriaBuilder};
pub use diagnose::{Diagnose, Trede, Werkperspectief, ZrmScores};
pub use gebeurtenis::{SegmentEvent, SegmentStart};
pub use machine::GEEN_LKS_IN_WSW;
pub use overgangen::{
    WwVervolg, uit_beschut_werk, uit_bijstand_overgang, uit_loonkostensubsidie, vervolg_na_ww,
};
pub use segment_0::Segment0Definitie;
pub use status::{
    ALGEMENE_BIJSTAND, BESCHUT_WERK, LOONKOSTENSUBSIDIE, LegalStatus, NUG, ONDERSTEUNING, Segment,
    WSW_AFSLUITING, WSW_GEINDICEERD, WSW_GESLOTEN_VANAF,
};
pub use toestand::{ARBEIDSVERPLICHTINGEN_TOT_AOW, Reden, SegmentState, WW_DUUR};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = gronden::CODES;
