//! Municipal policy (`beleid`): the choices the law leaves to the municipality, supplied by
//! the caller so that two municipalities can run different policy on one crate.
//!
//! Nothing here is national law. Every default is documented with where it comes from, and
//! every decision that uses a policy value cites it as [`Regulation::GemeentelijkBeleid`]
//! through [`Beleid::bron`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::doelgroep::Segmentcriteria;
use crate::error::Error;
use crate::wire::Validate as _;

/// A municipality's policy choices.
///
/// ```
/// use participatiewet::Beleid;
///
/// let beleid = Beleid::default();
/// assert_eq!(beleid.ww_information_months, 3);
/// assert_eq!(beleid.decision_term_weeks, 8);
///
/// // a municipality with its own ordinance and a 4-month information window
/// let json = r#"{"gemeente":"Zwolle","bron":{"regulation":"gemeentelijk_beleid","article":"Beleidsregels werk en inkomen 2025"},
///   "ww_information_months":4,"short_ww_months":3,"beschut_werk_places":{"2018":46},
///   "placement_order":"by_determination_date","reassessment_months":null,"decision_term_weeks":8}"#;
/// let zwolle: Beleid = serde_json::from_str(json).unwrap();
/// assert_eq!(zwolle.ww_information_months, 4);
/// assert_eq!(zwolle.beschut_werk_places.get(&2018), Some(&46));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawBeleid")]
#[non_exhaustive]
pub struct Beleid {
    /// The municipality.
    pub gemeente: String,
    /// The municipal instrument (ordinance, policy rule, agreement) that sets these choices.
    pub bron: Citation,
    /// How many months before a person's WW ends the municipality informs them (default 3:
    /// the agreement between the seeds' municipality and UWV; policy, not law).
    pub ww_information_months: u32,
    /// WW of at most this many months counts as "short WW" for the municipality's approach
    /// (default 3, from the same agreement; policy, not law).
    pub short_ww_months: u32,
    /// The council's own number of beschut-werk places per calendar year, where it set one
    /// above the ministerial minimum (Participatiewet art. 10b lid 5). Empty by default.
    pub beschut_werk_places: BTreeMap<i32, u32>,
    /// The order in which determined people are placed in beschut werk (art. 10b lid 5).
    pub placement_order: Plaatsingsvolgorde,
    /// After how many months a beschut-werk determination is re-assessed, if the
    /// municipality re-assesses at all. The law sets no validity for an advice or a
    /// determination, so the default is `None`: no re-assessment.
    pub reassessment_months: Option<u32>,
    /// The college's decision term on an application, in weeks, where no specific term
    /// applies (default 8: the outer limit of Awb art. 4:13 lid 2).
    pub decision_term_weeks: u32,
    /// How a diagnosis places a bijstand client in segment 1, 2 or 3 (municipal policy; the
    /// defaults are documented on [`Segmentcriteria`]). Optional in JSON.
    pub segmentcriteria: Segmentcriteria,
}

/// The order in which people the college determined for beschut werk get a place.
///
/// ```
/// use participatiewet::Plaatsingsvolgorde;
/// assert_eq!(Plaatsingsvolgorde::default(), Plaatsingsvolgorde::ByDeterminationDate);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Plaatsingsvolgorde {
    /// First determined, first placed (the default when the ordinance sets no order).
    #[default]
    ByDeterminationDate,
    /// First the people the ordinance gives priority (for example pupils leaving pro/vso),
    /// then by determination date.
    PriorityThenDeterminationDate,
}

#[derive(Deserialize)]
struct RawBeleid {
    gemeente: String,
    bron: Citation,
    ww_information_months: u32,
    short_ww_months: u32,
    #[serde(default)]
    beschut_werk_places: BTreeMap<i32, u32>,
    #[serde(default)]
    placement_order: Plaatsingsvolgorde,
    #[serde(default)]
    reassessment_months: Option<u32>,
    decision_term_weeks: u32,
    #[serde(default)]
    segmentcriteria: Segmentcriteria,
}

impl TryFrom<RawBeleid> for Beleid {
    type Error = Error;

    fn try_from(raw: RawBeleid) -> Result<Self, Error> {
        let beleid = Beleid {
            gemeente: raw.gemeente,
            bron: raw.bron,
            ww_information_months: raw.ww_information_months,
            short_ww_months: raw.short_ww_months,
            beschut_werk_places: raw.beschut_werk_places,
            placement_order: raw.placement_order,
            reassessment_months: raw.reassessment_months,
            decision_term_weeks: raw.decision_term_weeks,
            segmentcriteria: raw.segmentcriteria,
        };
        beleid.validate()?;
        Ok(beleid)
    }
}

impl Default for Beleid {
    fn default() -> Self {
        Self {
            gemeente: String::from("(standaard)"),
            bron: Citation::article(
                Regulation::GemeentelijkBeleid,
                "standaardbeleid van de crate (afspraak gemeente-UWV: voorlichting 3 maanden voor einde WW)",
            ),
            ww_information_months: 3,
            short_ww_months: 3,
            beschut_werk_places: BTreeMap::new(),
            placement_order: Plaatsingsvolgorde::ByDeterminationDate,
            reassessment_months: None,
            decision_term_weeks: 8,
            segmentcriteria: Segmentcriteria::default(),
        }
    }
}

impl Beleid {
    /// Checks the policy's ranges: windows of 0 to 24 months, a decision term of 1 to 26 weeks,
    /// a re-assessment period of 1 to 120 months, and the segment criteria
    /// ([`Segmentcriteria::validate`]).
    ///
    /// ```
    /// let mut b = participatiewet::Beleid::default();
    /// b.ww_information_months = 30;
    /// assert!(b.validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        check("ww_information_months", self.ww_information_months, 0, 24)?;
        check("short_ww_months", self.short_ww_months, 0, 24)?;
        check("decision_term_weeks", self.decision_term_weeks, 1, 26)?;
        if let Some(months) = self.reassessment_months {
            check("reassessment_months", months, 1, 120)?;
        }
        self.segmentcriteria.validate()
    }

    /// The citation of a decision that rests on this policy.
    ///
    /// ```
    /// use participatiewet::{Beleid, Regulation};
    /// assert_eq!(Beleid::default().citation().regulation, Regulation::GemeentelijkBeleid);
    /// ```
    #[must_use]
    pub fn citation(&self) -> Citation {
        self.bron.clone()
    }

    /// The citation of the decision term: Awb art. 4:13 when the default of 8 weeks is used,
    /// the municipal policy otherwise.
    ///
    /// ```
    /// use participatiewet::{Beleid, Regulation};
    /// assert_eq!(Beleid::default().decision_term_citation().regulation, Regulation::Awb);
    /// ```
    #[must_use]
    pub fn decision_term_citation(&self) -> Citation {
        if self.decision_term_weeks == 8 {
            Citation::article(Regulation::Awb, "4:13").lid(2)
        } else {
            self.citation()
        }
    }
}

fn check(field: &'static str, value: u32, min: u32, max: u32) -> Result<(), Error> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            field: std::borrow::Cow::Borrowed(field),
            value: value.to_string(),
            min: min.to_string(),
            max: max.to_string(),
        })
    }
}
