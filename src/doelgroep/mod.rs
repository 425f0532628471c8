//! Doelgroepen 0–4: the municipal client segments, their classification and the segment
//! machine.
//!
//! Municipalities sort the people they support under the Participatiewet into five segments
//! (`doelgroepen`). The numbering and the criteria for 1/2/3 are **municipal policy** (our
//! source: a Zwolle council note, 2017), so the crate takes them from [`Beleid`]
//! ([`Segmentcriteria`]) and cites them as policy ([`Beleid::citation`]); the legal statuses
//! underneath are law and cited as such.
//!
//! | Segment | Meaning | Legal status |
//! |---|---|---|
//! | 0 | no benefit, supported toward work | NUG (Pw art. 6 lid 1 a); Anw, IOAW, IOAZ without bijstand (art. 7 lid 1 a); a job with LKS (art. 10d) or beschut werk (art. 10b) |
//! | 1 | bijstand, no or limited perspective on paid work | algemene bijstand (art. 11) |
//! | 2 | bijstand, can work after development or support | algemene bijstand |
//! | 3 | bijstand, job-ready | algemene bijstand |
//! | 4 | Wsw employee | Wsw dienstbetrekking begun before 2015-01-01 (Wsw art. 1 as amended by the Invoeringswet Participatiewet) |
//!
//! [`classificeer`] places one person from [`SegmentFeiten`] (legal status and [`Diagnose`]:
//! a participatieladder [`Trede`], [`ZrmScores`], or the caseworker's [`Werkperspectief`]).
//! Missing or impossible facts are an error, never a default segment.
//!
//! ## The segment machine
//!
//! [`SegmentState`] is persisted by the caller and moved by [`SegmentEvent`]s through
//! [`SegmentState::apply`]. Every state records since when (`sinds`) and why (`reden`).
//!
//! ```text
//!  from state               event                                       to state
//!  buiten | zonder_bijstand bijstand_toegekend, ww_uitgeput_in_bijstand bijstand (1|2|3), or
//!                                                                       diagnose_nodig without a diagnosis
//!  diagnose_nodig           diagnose_gemeten                            bijstand (1|2|3)
//!  bijstand (1|2|3)         diagnose_gemeten                            bijstand (segment per policy)
//!  bijstand | diagnose_nodig bijstand_beeindigd                         zonder_bijstand (0), or buiten
//!  all but wsw              lks_baan_gestart, beschut_werk_geplaatst    zonder_bijstand (0)
//!  buiten | zonder_bijstand ondersteuning_gestart (NUG|Anw|IOAW|IOAZ)   zonder_bijstand (0)
//!  zonder_bijstand          ondersteuning_beeindigd                     buiten
//!  all but wsw              wsw_dienstbetrekking_gestart, dated < 2015  wsw (4)
//!  wsw (4)                  wsw_beeindigd                               buiten, zonder_bijstand, bijstand,
//!                                                                       or diagnose_nodig
//!  all but buiten           aow_leeftijd_bereikt                        buiten
//! ```
//!
//! Guards: an event dated before the state's own date is refused; segment 4 is entered by an
//! event only when it is dated before 2015-01-01; a Wsw employee leaves segment 4 only by
//! `wsw_beeindigd` or `aow_leeftijd_bereikt`; bijstand cannot be granted twice. Invariants
//! (re-checked on deserialisation, [`SegmentState::validate`]): segments 1–3 hold algemene
//! bijstand, segment 0 excludes it, segment 4 holds a Wsw dienstbetrekking from before 2015.
//!
//! ## From the other domains
//!
//! The events come from the other domains' results through small conversion functions that
//! repeat no rule: [`uit_beschut_werk`] (a beschut-werk dienstbetrekking started) and
//! [`vervolg_na_ww`] (the route after WW: IOW, bijstand, or AOW, from the WW domain's duration
//! and IOW test; [`WwVervolg::segment_event`] gives the segment event of the bijstand route).
//!
//! ## Example
//!
//! ```
//! use chrono::NaiveDate;
//! use participatiewet::{
//!     Beleid, Diagnose, LegalStatus, Segment, SegmentEvent, SegmentFeiten, SegmentState, Trede,
//! };
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let beleid = Beleid::default();
//!
//! // WW runs out; bijstand follows; a diagnosis places the client; an LKS job starts
//! let s = SegmentState::buiten(d(2025, 1, 1));
//! let s = s.apply(&SegmentEvent::WwUitgeputInBijstand { datum: d(2025, 4, 1), diagnose: None }, &beleid)?.state;
//! assert_eq!(s.segment(), None); // bijstand, awaiting a diagnosis
//! let s = s.apply(&SegmentEvent::DiagnoseGemeten {
//!     datum: d(2025, 5, 1),
//!     diagnose: Diagnose::Participatieladder(Trede::new(4)?),
//! }, &beleid)?.state;
//! assert_eq!(s.segment(), Some(Segment::S2));
//! let s = s.apply(&SegmentEvent::LksBaanGestart { datum: d(2025, 9, 1) }, &beleid)?.state;
//! assert_eq!(s.segment(), Some(Segment::S0));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Beleid`]: crate::Beleid
//! [`Beleid::citation`]: crate::Beleid::citation

mod classificatie;
mod criteria;
mod diagnose;
mod overgangen;
mod segment;

pub use classificatie::{
    ALGEMENE_BIJSTAND, BESCHUT_WERK, Classificatie, LOONKOSTENSUBSIDIE, LegalStatus, NUG,
    ONDERSTEUNING, Segment, SegmentFeiten, WSW_AFSLUITING, WSW_GEINDICEERD, WSW_GESLOTEN_VANAF,
    classificeer,
};
pub use criteria::Segmentcriteria;
pub use diagnose::{Diagnose, Trede, Werkperspectief, ZrmScores};
pub use overgangen::{
    WwVervolg, uit_beschut_werk, uit_bijstand_overgang, uit_loonkostensubsidie, vervolg_na_ww,
};
pub use segment::{
    ARBEIDSVERPLICHTINGEN_TOT_AOW, GEEN_LKS_IN_WSW, Reden, SegmentEffect, SegmentEvent,
    SegmentState, SegmentTransition, WW_DUUR,
};

/// The codes of this domain's grounds and effects (see [`Code`](crate::Code)).
pub(crate) const CODES: &[&crate::Code] = &[];
