//! Cross-domain flow (`overgangen`): the segment events that follow from the other domains'
//! decisions and transitions.
//!
//! Each function reads another domain's public result and returns the [`SegmentEvent`] it
//! implies, or `None`. No rule is repeated here: the other domain decided; this only carries
//! its date into the segment machine.

use chrono::NaiveDate;

use crate::beschut_werk;
use crate::bijstand;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::{Decision, Ground, Value};

use super::gronden::{VERVOLG_AOW, VERVOLG_BIJSTAND, VERVOLG_IOW};
use crate::loonwaarde::{Dienstbetrekking, LksUitkomst};
use crate::ww;

use super::gebeurtenis::SegmentEvent;
use super::status::ALGEMENE_BIJSTAND;

/// The segment event that follows from a beschut-werk procedure state: a person in a
/// beschut-werk dienstbetrekking ([`beschut_werk::State::InDienst`]) is placed in beschut
/// werk from the first day of the job. Every other procedure state moves no segment.
///
/// Feeding the same `InDienst` state twice is harmless: the segment machine refuses the second
/// placement and keeps its state.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvraag, Aanvrager, Advies, Dienstbetrekking, Event, State, Vaststelling};
/// use participatiewet::{Beleid, Context, Hours, Parameters, Procedure};
/// use participatiewet::doelgroep::{self, SegmentEvent};
/// use rust_decimal::dec;
/// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
/// let (params, beleid) = (Parameters::bundled(), Beleid::default());
/// let ctx = Context::new(&params, &beleid);
/// let kandidaat = State::start(&d(1, 1), &ctx)?.state;
/// let mut s = kandidaat.clone();
/// for event in [
///     Event::AdviesAangevraagd(Aanvraag::new(Aanvrager::College, d(1, 6))?),
///     Event::AdviesUitgebracht(Advies::positief(d(2, 20))?),
///     Event::Vastgesteld(Vaststelling::positief(d(3, 10))?),
///     Event::InDienst(Dienstbetrekking::new(d(6, 1), Hours::new(dec!(32))?)?),
/// ] {
///     s = s.apply(&event, &ctx)?.state;
/// }
/// assert_eq!(
///     doelgroep::uit_beschut_werk(&s),
///     Some(SegmentEvent::BeschutWerkGeplaatst { datum: d(6, 1) })
/// );
/// assert_eq!(doelgroep::uit_beschut_werk(&kandidaat), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn uit_beschut_werk(state: &beschut_werk::State) -> Option<SegmentEvent> {
    match state {
        beschut_werk::State::InDienst {
            dienstbetrekking, ..
        } => Some(SegmentEvent::BeschutWerkGeplaatst {
            datum: dienstbetrekking.aanvang(),
        }),
        _ => None,
    }
}

/// The segment event that follows from the WW-to-bijstand hand-over: a decision granting
/// bijstand ([`bijstand::Besluit::Bijstand`]) puts the person into algemene bijstand from the
/// start date the bijstand domain computed (art. 44); the end of that bijstand with its reason
/// ([`bijstand::State::Uitgestroomd`]) is the outflow ([`SegmentEvent::Uitstroom`], no status
/// after it). Every other state moves no segment.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::bijstand::{Besluit, Dossier, Event, Huishouden, Opening, State, ZoektermijnUitzondering};
/// use participatiewet::{Beleid, Context, Money, Parameters, Procedure};
/// use participatiewet::doelgroep::{self, SegmentEvent};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let dossier = Dossier::builder().geboortedatum(d(1981, 5, 1)).huishouden(Huishouden::alleenstaande())
///     .ww_eerste_dag(d(2024, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
/// let (params, beleid) = (Parameters::bundled(), Beleid::default());
/// let ctx = Context::new(&params, &beleid);
/// let start = State::start(&Opening::new(dossier, d(2026, 1, 1))?, &ctx)?.state;
/// let mut besloten = start.clone();
/// for e in [
///     Event::Melding { datum: d(2026, 3, 20) },
///     Event::Aanvraag { datum: d(2026, 3, 20) },
///     Event::Besluit { datum: d(2026, 4, 10), besluit: Besluit::bijstand(Money::from_cents(140_150)?) },
/// ] {
///     besloten = besloten.apply(&e, &ctx)?.state;
/// }
/// assert_eq!(
///     doelgroep::uit_bijstand_overgang(&besloten)?,
///     Some(SegmentEvent::WwUitgeputInBijstand { datum: d(2026, 4, 1), diagnose: None })
/// );
/// assert_eq!(doelgroep::uit_bijstand_overgang(&start)?, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn uit_bijstand_overgang(
    state: &bijstand::State,
) -> Result<Option<SegmentEvent>, crate::Error> {
    match state {
        bijstand::State::Besloten {
            besluit: bijstand::Besluit::Bijstand { .. },
            ..
        } => Ok(state
            .ingangsdatum()
            .map(|datum| SegmentEvent::WwUitgeputInBijstand {
                datum,
                diagnose: None,
            })),
        bijstand::State::Uitgestroomd { beeindiging, .. } => Ok(Some(SegmentEvent::Uitstroom {
            beeindiging: *beeindiging,
            daarna: None,
        })),
        _ => Ok(None),
    }
}

/// The segment event that follows from a subsidised job: when the loonwaarde domain grants
/// loonkostensubsidie for the job ([`LksUitkomst::Subsidie`]), the person starts in a
/// dienstbetrekking with loonkostensubsidie on the job's first day. No subsidy, no event.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::loonwaarde::{Dienstbetrekking, LksGrondslag, Soort, lks_berekenen};
/// use participatiewet::doelgroep::{self, SegmentEvent};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let baan = Dienstbetrekking::builder().geboortedatum(d(1990, 5, 1)).begindatum(d(2026, 5, 1))
///     .uren_per_week("32".parse()?).voltijd_uren("38".parse()?).soort(Soort::Regulier).build()?;
/// let uitkomst = lks_berekenen(&baan, LksGrondslag::Loonwaarde("60".parse()?), d(2026, 5, 1), &Parameters::bundled())?;
/// assert_eq!(
///     doelgroep::uit_loonkostensubsidie(&baan, &uitkomst),
///     Some(SegmentEvent::LksBaanGestart { datum: d(2026, 5, 1) })
/// );
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn uit_loonkostensubsidie(
    baan: &Dienstbetrekking,
    uitkomst: &LksUitkomst,
) -> Option<SegmentEvent> {
    match uitkomst {
        LksUitkomst::Subsidie(_) => Some(SegmentEvent::LksBaanGestart {
            datum: baan.begindatum(),
        }),
        LksUitkomst::Geen(_) => None,
    }
}

/// What follows when a person's WW ends (`vervolg na WW`): the route the municipality prepares
/// for, decided by the WW domain's own results.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::doelgroep::WwVervolg;
/// let v = WwVervolg::Bijstand { vanaf: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap() };
/// assert_eq!(v.route(), "bijstand");
/// assert_eq!(v.to_string(), "bijstand 2026-02-01");
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"route":"bijstand","vanaf":"2026-02-01"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    remote = "Self",
    tag = "route",
    rename_all = "snake_case",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum WwVervolg {
    /// IOW from the day after the WW duration (IOW art. 3): no bijstand, no segment.
    Iow {
        /// The first day of IOW.
        vanaf: NaiveDate,
    },
    /// Algemene bijstand may follow from the day after the WW (Pw art. 11), subject to the
    /// means test: the WW→bijstand hand-over.
    Bijstand {
        /// The first day without WW.
        vanaf: NaiveDate,
    },
    /// None: the WW ends at AOW age (WW art. 19 lid 1 onderdeel i); the AOW follows.
    Aow {
        /// The AOW date.
        aow_datum: NaiveDate,
    },
}

crate::wire::validated_serde!(WwVervolg);

/// Its date lies within the crate's range.
impl crate::Validate for WwVervolg {
    fn validate(&self) -> Result<(), crate::Error> {
        let datum = match *self {
            Self::Iow { vanaf } | Self::Bijstand { vanaf } => vanaf,
            Self::Aow { aow_datum } => aow_datum,
        };
        crate::date::checked(datum, "vanaf").map(|_| ())
    }
}

/// The route's wire tag and its date.
impl std::fmt::Display for WwVervolg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Iow { vanaf } => write!(f, "iow {vanaf}"),
            Self::Bijstand { vanaf } => write!(f, "bijstand {vanaf}"),
            Self::Aow { aow_datum } => write!(f, "aow {aow_datum}"),
        }
    }
}

/// IOW art. 3: the right to IOW after a full WW duration.
const IOW_RECHT: &Citation = &Citation::article(Regulation::Iow, "3");
/// WW art. 19 lid 1 onderdeel i: no WW from AOW age.
const WW_AOW: &Citation = &Citation::article(Regulation::Werkloosheidswet, "19")
    .lid(1)
    .onderdeel("i");

impl WwVervolg {
    /// The route in one word: `"IOW"`, `"bijstand"` or `"none (AOW)"`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    /// assert_eq!(participatiewet::doelgroep::WwVervolg::Iow { vanaf: d }.route(), "IOW");
    /// ```
    #[must_use]
    pub const fn route(&self) -> &'static str {
        match self {
            Self::Iow { .. } => "IOW",
            Self::Bijstand { .. } => "bijstand",
            Self::Aow { .. } => "none (AOW)",
        }
    }

    /// The segment event the route leads to, if the person turns to the municipality:
    /// [`SegmentEvent::WwUitgeputInBijstand`] for the bijstand route, once bijstand is granted.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::doelgroep::{SegmentEvent, WwVervolg};
    /// let d = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    /// assert_eq!(
    ///     WwVervolg::Bijstand { vanaf: d }.segment_event(),
    ///     Some(SegmentEvent::WwUitgeputInBijstand { datum: d, diagnose: None })
    /// );
    /// assert_eq!(WwVervolg::Iow { vanaf: d }.segment_event(), None);
    /// ```
    #[must_use]
    pub const fn segment_event(&self) -> Option<SegmentEvent> {
        match *self {
            Self::Bijstand { vanaf } => Some(SegmentEvent::WwUitgeputInBijstand {
                datum: vanaf,
                diagnose: None,
            }),
            Self::Iow { .. } | Self::Aow { .. } => None,
        }
    }

    /// The route as a decision: one coded sentence with the article it rests on (the WW
    /// domain's own decisions carry the duration and IOW grounds). One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Taal;
    /// use participatiewet::doelgroep::WwVervolg;
    /// let v = WwVervolg::Bijstand { vanaf: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap() };
    /// let d = v.decision();
    /// assert_eq!(*d.value(), v);
    /// assert_eq!(d.outcome().text(Taal::Nl),
    ///     "Vanaf 1 februari 2026 ontvangt u geen WW-uitkering meer; u kunt algemene bijstand aanvragen.");
    /// assert_eq!(d.outcome().citation().to_string(), "Participatiewet art. 11");
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<WwVervolg> {
        let outcome = match *self {
            Self::Iow { vanaf } => Ground::new(&VERVOLG_IOW, IOW_RECHT, [Value::Date(vanaf)]),
            Self::Bijstand { vanaf } => {
                Ground::new(&VERVOLG_BIJSTAND, ALGEMENE_BIJSTAND, [Value::Date(vanaf)])
            }
            Self::Aow { aow_datum } => Ground::new(&VERVOLG_AOW, WW_AOW, [Value::Date(aow_datum)]),
        };
        Decision::new(*self, outcome)
    }
}

/// The route after WW from the WW domain's duration and IOW test: AOW when the WW was cut at
/// AOW age, IOW when the IOW test is met, bijstand otherwise. Allocation-free.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::ww::{self, Werkverleden, WwFeiten};
/// use participatiewet::doelgroep::{self, WwVervolg};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// // born 1964-01-15, unemployed 2024-06-03 at 60 years 4 months: IOW after 24 months of WW
/// let f = WwFeiten::new(d(1964, 1, 15), d(2024, 6, 3))?
///     .werkverleden(Werkverleden::doorlopend(1998, 2023, 1800)?);
/// let duur = ww::uitkeringsduur(&f, &p)?;
/// let iow = ww::iow_recht(&f, &duur, ww::WwVerloop::VolledigeDuur, &p)?;
/// assert_eq!(doelgroep::vervolg_na_ww(&duur, &iow), WwVervolg::Iow { vanaf: d(2026, 6, 3) });
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[must_use]
pub fn vervolg_na_ww(duur: &ww::Uitkeringsduur, iow: &ww::IowRecht) -> WwVervolg {
    match (duur.aow_datum(), iow.uitkomst()) {
        (Some(aow_datum), _) if duur.afgekapt_op_aow() => WwVervolg::Aow { aow_datum },
        (_, crate::Eligibility::Eligible(vanaf)) => WwVervolg::Iow { vanaf },
        _ => WwVervolg::Bijstand {
            vanaf: duur.dag_na_einde(),
        },
    }
}
