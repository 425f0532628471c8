//! Municipal policy (`beleid`): the choices the law leaves to the municipality, supplied by
//! the caller so that two municipalities can run different policy on one crate.
//!
//! Nothing here is national law. Every default is documented with where it comes from, and
//! every decision that uses a policy value cites it as [`Regulation::GemeentelijkBeleid`]
//! through [`Beleid::citation`].
//!
//! A [`Beleid`] is the policy of one period. Policy changes over time too: a [`Beleidsset`]
//! holds a municipality's policies by period (the verordening of a year applies on a peildatum
//! in that year) with the same rule as every parameter table: a peildatum outside the rows is
//! [`Error::NotInForce`], never the nearest policy carried over.
//!

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::bijstand::afstemming::{Afstemmingsverordening, Verordening};
use crate::citation::{Citation, Regulation};
use crate::doelgroep::{Segment0Definitie, Segmentcriteria};
use crate::error::{Error, Text};
use crate::params::{Confidence, Row, Table};
use crate::wire::Validate;

/// A municipality's policy choices for one period.
///
/// # Ranges and defaults
///
/// | field | allowed | default and its basis |
/// |---|---|---|
/// | `gemeente` | 1 to 100 characters | `(standaard)` |
/// | `bron` | a citation of [`Regulation::GemeentelijkBeleid`] | the crate's default policy |
/// | `ww_information_months` | 0 to 24 | 3: the agreement between the municipality and UWV to inform a person 3 months before the WW ends (policy) |
/// | `short_ww_months` | 0 to 24 (the longest WW is 24 months, WW art. 42) | 3: the same agreement (policy) |
/// | `beschut_werk_places` | years 2015 to 2199 (Participatiewet art. 10b from 2015), 0 to 100,000 places | none: the ministerial minimum applies (art. 10b lid 5) |
/// | `placement_order` | [`Plaatsingsvolgorde`] | by determination date: the law sets no order |
/// | `reassessment_months` | none, or 1 to 120 | none: the law sets no validity for an advice or determination |
/// | `decision_term_weeks` | 1 to 26 | 8: the outer limit of Awb art. 4:13 lid 2 |
/// | `segmentcriteria` | see [`Segmentcriteria`] | see [`Segmentcriteria`] |
/// | `segment_0` | [`Segment0Definitie`] | `geen_uitkering`: segment 0 holds who receives no benefit, whatever the support (the municipal segmentation the crate follows); `ondersteuning_zonder_bijstand` keeps Anw, IOAW and IOAZ recipients in segment 0 |
/// | `afstemmingsverordeningen` | the council's afstemmingsverordeningen (Participatiewet art. 8 lid 1 onderdeel a) of this municipality, each in force from its date until the next, in date order, at most 50 | none: no verordening, the explicit state [`Verordening::Ontbreekt`] |
///
/// Every field is required on the wire and unknown fields are refused.
///
/// The fields are private and checked together ([`Validate`]); a policy is built from
/// [`Beleid::default`] or [`Beleid::new`] and the `with_*` methods, each of which refuses a
/// value outside its range with a typed error.
///
/// ```
/// use participatiewet::{Beleid, Citation, Regulation};
///
/// let beleid = Beleid::default();
/// assert_eq!(beleid.ww_information_months(), 3);
/// assert_eq!(beleid.decision_term_weeks(), 8);
///
/// let zwolle = Beleid::new("Zwolle", Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels werk en inkomen 2025".to_owned()))?
///     .with_ww_information_months(4)?
///     .with_beschut_werk_places(2018, 46)?;
/// assert_eq!(zwolle.beschut_werk_places().get(&2018), Some(&46));
/// assert!(zwolle.clone().with_decision_term_weeks(0).is_err());
///
/// // it reads back from its own JSON; a tampered field is refused
/// let json = serde_json::to_string(&zwolle).unwrap();
/// assert_eq!(serde_json::from_str::<Beleid>(&json).unwrap(), zwolle);
/// assert!(serde_json::from_str::<Beleid>(&json.replace("\"ww_information_months\":4", "\"ww_information_months\":400")).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Beleid {
    gemeente: String,
    bron: Citation,
    ww_information_months: u32,
    short_ww_months: u32,
    beschut_werk_places: BTreeMap<i32, u32>,
    placement_order: Plaatsingsvolgorde,
    /// Required on the wire: `null` says "no re-assessment"; a missing field is refused.
    #[serde(deserialize_with = "required")]
    reassessment_months: Option<u32>,
    decision_term_weeks: u32,
    segmentcriteria: Segmentcriteria,
    segment_0: Segment0Definitie,
    afstemmingsverordeningen: Vec<Afstemmingsverordening>,
}

crate::wire::validated_serde!(Beleid);

/// An `Option` that must be present on the wire (as a value or `null`): serde's derive would
/// read a missing `Option` field as `None`.
fn required<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    Option::<u32>::deserialize(deserializer)
}

/// The order in which people the college determined for beschut werk get a place.
///
/// ```
/// use participatiewet::Plaatsingsvolgorde;
/// assert_eq!(Plaatsingsvolgorde::default(), Plaatsingsvolgorde::ByDeterminationDate);
/// assert_eq!(Plaatsingsvolgorde::ByDeterminationDate.to_string(), "by_determination_date");
/// assert_eq!("priority_then_determination_date".parse::<Plaatsingsvolgorde>()?, Plaatsingsvolgorde::PriorityThenDeterminationDate);
/// # Ok::<(), participatiewet::Error>(())
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

crate::wire::wire_enum!(Plaatsingsvolgorde);

impl Plaatsingsvolgorde {
    /// The order in words.
    ///
    /// ```
    /// use participatiewet::Plaatsingsvolgorde;
    /// assert_eq!(Plaatsingsvolgorde::ByDeterminationDate.label().nl, "op volgorde van de datum van vaststelling");
    /// ```
    #[must_use]
    pub const fn label(self) -> crate::Label {
        match self {
            Self::ByDeterminationDate => crate::Label::new(
                "by_determination_date",
                "op volgorde van de datum van vaststelling",
                "by determination date",
            ),
            Self::PriorityThenDeterminationDate => crate::Label::new(
                "priority_then_determination_date",
                "eerst de voorrangsgroepen van de verordening, dan op datum van vaststelling",
                "the ordinance's priority groups first, then by determination date",
            ),
        }
    }
}

impl Default for Beleid {
    /// The crate's default policy: every value as documented on [`Beleid`].
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
            segment_0: Segment0Definitie::GeenUitkering,
            afstemmingsverordeningen: Vec::new(),
        }
    }
}

/// The longest window of the WW-related policy: the longest WW lasts 24 months (WW art. 42).
const MAX_WW_MONTHS: u32 = 24;
/// The first year of beschut werk under the Participatiewet (art. 10b, from 2015-01-01).
const FIRST_BESCHUT_YEAR: i32 = 2015;
/// The most beschut-werk places a council can set for one year.
const MAX_PLACES: u32 = 100_000;

impl Beleid {
    /// The default policy for `gemeente`, resting on the instrument `bron` (a citation of
    /// [`Regulation::GemeentelijkBeleid`]).
    ///
    /// ```
    /// use participatiewet::{Beleid, Citation, Regulation};
    /// let b = Beleid::new("Zwolle", Citation::owned(Regulation::GemeentelijkBeleid, "Verordening 2025".to_owned()))?;
    /// assert_eq!(b.gemeente(), "Zwolle");
    /// assert!(Beleid::new("Zwolle", Citation::article(Regulation::Awb, "4:13")).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(gemeente: impl Into<String>, bron: Citation) -> Result<Self, Error> {
        Self {
            gemeente: gemeente.into(),
            bron,
            ..Self::default()
        }
        .checked()
    }

    fn checked(self) -> Result<Self, Error> {
        self.validate()?;
        Ok(self)
    }

    /// The same policy, informing a person `months` before the WW ends (0 to 24).
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().with_ww_information_months(25).is_err());
    /// ```
    pub fn with_ww_information_months(mut self, months: u32) -> Result<Self, Error> {
        self.ww_information_months = months;
        self.checked()
    }

    /// The same policy, counting WW of at most `months` as short (0 to 24).
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().with_short_ww_months(6)?.short_ww_months(), 6);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn with_short_ww_months(mut self, months: u32) -> Result<Self, Error> {
        self.short_ww_months = months;
        self.checked()
    }

    /// The same policy, with the council's own number of beschut-werk `places` for `year`
    /// (2015 to 2199; at most 100,000 places).
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().with_beschut_werk_places(2014, 3).is_err());
    /// ```
    pub fn with_beschut_werk_places(mut self, year: i32, places: u32) -> Result<Self, Error> {
        self.beschut_werk_places.insert(year, places);
        self.checked()
    }

    /// The same policy, placing people in beschut werk in `order`.
    ///
    /// ```
    /// use participatiewet::{Beleid, Plaatsingsvolgorde};
    /// let b = Beleid::default().with_placement_order(Plaatsingsvolgorde::PriorityThenDeterminationDate)?;
    /// assert_eq!(b.placement_order(), Plaatsingsvolgorde::PriorityThenDeterminationDate);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn with_placement_order(mut self, order: Plaatsingsvolgorde) -> Result<Self, Error> {
        self.placement_order = order;
        self.checked()
    }

    /// The same policy, re-assessing a beschut-werk determination after `months` (1 to 120),
    /// or never (`None`).
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().with_reassessment_months(Some(0)).is_err());
    /// ```
    pub fn with_reassessment_months(mut self, months: Option<u32>) -> Result<Self, Error> {
        self.reassessment_months = months;
        self.checked()
    }

    /// The same policy, with a decision term of `weeks` (1 to 26).
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().with_decision_term_weeks(27).is_err());
    /// ```
    pub fn with_decision_term_weeks(mut self, weeks: u32) -> Result<Self, Error> {
        self.decision_term_weeks = weeks;
        self.checked()
    }

    /// The same policy, with its own segment criteria.
    ///
    /// ```
    /// use participatiewet::Beleid;
    /// use participatiewet::doelgroep::Segmentcriteria;
    /// let b = Beleid::default().with_segmentcriteria(Segmentcriteria::default())?;
    /// assert_eq!(b.segmentcriteria(), &Segmentcriteria::default());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn with_segmentcriteria(mut self, criteria: Segmentcriteria) -> Result<Self, Error> {
        self.segmentcriteria = criteria;
        self.checked()
    }

    /// The same policy, with its own definition of segment 0.
    ///
    /// ```
    /// use participatiewet::Beleid;
    /// use participatiewet::doelgroep::Segment0Definitie;
    /// let b = Beleid::default().with_segment_0(Segment0Definitie::OndersteuningZonderBijstand)?;
    /// assert_eq!(b.segment_0(), Segment0Definitie::OndersteuningZonderBijstand);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn with_segment_0(mut self, definitie: Segment0Definitie) -> Result<Self, Error> {
        self.segment_0 = definitie;
        self.checked()
    }

    /// The same policy, with the council's afstemmingsverordening `verordening` (Participatiewet
    /// art. 8 lid 1 onderdeel a), in force from its date until the next one; refused when it is
    /// of another municipality or starts on the day another starts.
    ///
    /// ```
    /// use participatiewet::{Beleid, Citation, Regulation};
    /// use participatiewet::bijstand::afstemming::Afstemmingsverordening;
    /// let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels 2025".to_owned());
    /// let b = Beleid::new("Voorbeeldstad", bron)?.with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())?;
    /// assert_eq!(b.afstemmingsverordeningen().len(), 1);
    /// assert!(Beleid::default().with_afstemmingsverordening(Afstemmingsverordening::voorbeeld()).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn with_afstemmingsverordening(
        mut self,
        verordening: Afstemmingsverordening,
    ) -> Result<Self, Error> {
        let at = self
            .afstemmingsverordeningen
            .partition_point(|v| v.geldig_vanaf() <= verordening.geldig_vanaf());
        self.afstemmingsverordeningen.insert(at, verordening);
        self.checked()
    }

    /// The council's afstemmingsverordeningen, in date order.
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().afstemmingsverordeningen().is_empty());
    /// ```
    #[must_use]
    pub fn afstemmingsverordeningen(&self) -> &[Afstemmingsverordening] {
        &self.afstemmingsverordeningen
    }

    /// The afstemmingsverordening in force on `datum`: the latest that started on or before
    /// it, or the explicit state [`Verordening::Ontbreekt`] when none did (never a silent 0%).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Citation, Regulation};
    /// use participatiewet::bijstand::afstemming::{Afstemmingsverordening, Verordening};
    /// let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels 2025".to_owned());
    /// let b = Beleid::new("Voorbeeldstad", bron)?.with_afstemmingsverordening(Afstemmingsverordening::voorbeeld())?;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// assert_eq!(b.afstemmingsverordening_op(d(2024, 12, 31)), Verordening::ontbreekt("Voorbeeldstad")?);
    /// assert_eq!(b.afstemmingsverordening_op(d(2025, 1, 1)).to_string(), "vastgesteld: Voorbeeldstad@2025-01-01");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn afstemmingsverordening_op(&self, datum: NaiveDate) -> Verordening {
        let at = self
            .afstemmingsverordeningen
            .partition_point(|v| v.geldig_vanaf() <= datum);
        match at
            .checked_sub(1)
            .and_then(|i| self.afstemmingsverordeningen.get(i))
        {
            Some(v) => Verordening::Vastgesteld(v.clone()),
            None => Verordening::Ontbreekt {
                gemeente: self.gemeente.clone(),
            },
        }
    }

    /// The municipality.
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().gemeente(), "(standaard)");
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        &self.gemeente
    }

    /// The municipal instrument (ordinance, policy rule, agreement) that sets these choices.
    ///
    /// ```
    /// use participatiewet::{Beleid, Regulation};
    /// assert_eq!(Beleid::default().bron().regulation, Regulation::GemeentelijkBeleid);
    /// ```
    #[must_use]
    pub fn bron(&self) -> &Citation {
        &self.bron
    }

    /// How many months before a person's WW ends the municipality informs them.
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().ww_information_months(), 3);
    /// ```
    #[must_use]
    pub fn ww_information_months(&self) -> u32 {
        self.ww_information_months
    }

    /// WW of at most this many months counts as "short WW" for the municipality's approach.
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().short_ww_months(), 3);
    /// ```
    #[must_use]
    pub fn short_ww_months(&self) -> u32 {
        self.short_ww_months
    }

    /// The council's own number of beschut-werk places per calendar year, where it set one
    /// above the ministerial minimum (Participatiewet art. 10b lid 5).
    ///
    /// ```
    /// assert!(participatiewet::Beleid::default().beschut_werk_places().is_empty());
    /// ```
    #[must_use]
    pub fn beschut_werk_places(&self) -> &BTreeMap<i32, u32> {
        &self.beschut_werk_places
    }

    /// The order in which determined people are placed in beschut werk.
    ///
    /// ```
    /// use participatiewet::{Beleid, Plaatsingsvolgorde};
    /// assert_eq!(Beleid::default().placement_order(), Plaatsingsvolgorde::ByDeterminationDate);
    /// ```
    #[must_use]
    pub fn placement_order(&self) -> Plaatsingsvolgorde {
        self.placement_order
    }

    /// After how many months a beschut-werk determination is re-assessed, if at all.
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().reassessment_months(), None);
    /// ```
    #[must_use]
    pub fn reassessment_months(&self) -> Option<u32> {
        self.reassessment_months
    }

    /// The college's decision term on an application, in weeks.
    ///
    /// ```
    /// assert_eq!(participatiewet::Beleid::default().decision_term_weeks(), 8);
    /// ```
    #[must_use]
    pub fn decision_term_weeks(&self) -> u32 {
        self.decision_term_weeks
    }

    /// How a diagnosis places a bijstand client in segment 1, 2 or 3.
    ///
    /// ```
    /// use participatiewet::Beleid;
    /// use participatiewet::doelgroep::Segmentcriteria;
    /// assert_eq!(Beleid::default().segmentcriteria(), &Segmentcriteria::default());
    /// ```
    #[must_use]
    pub fn segmentcriteria(&self) -> &Segmentcriteria {
        &self.segmentcriteria
    }

    /// Who is in segment 0: by default "geen uitkering", who receives no benefit whatever
    /// the support; see [`Segment0Definitie`].
    ///
    /// ```
    /// use participatiewet::Beleid;
    /// use participatiewet::doelgroep::Segment0Definitie;
    /// assert_eq!(Beleid::default().segment_0(), Segment0Definitie::GeenUitkering);
    /// ```
    #[must_use]
    pub fn segment_0(&self) -> Segment0Definitie {
        self.segment_0
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
        self.decision_term_cite().get().clone()
    }

    /// The citation of the decision term as an effect holds it: the Awb's constant (nothing
    /// allocated) or this policy's own.
    pub(crate) fn decision_term_cite(&self) -> crate::citation::Cite {
        if self.decision_term_weeks == 8 {
            crate::citation::Cite::Static(
                const { &Citation::article(Regulation::Awb, "4:13").lid(2) },
            )
        } else {
            self.citation().into()
        }
    }
}

impl Validate for Beleid {
    /// Checks every range of the table on [`Beleid`].
    ///
    /// ```
    /// use participatiewet::{Beleid, Validate};
    /// assert!(Beleid::default().validate().is_ok());
    /// ```
    fn validate(&self) -> Result<(), Error> {
        let length = self.gemeente.trim().chars().count();
        if !(1..=100).contains(&length) {
            return Err(Error::facts(
                "gemeente",
                Text::new(
                    "de naam van de gemeente moet 1 tot en met 100 tekens hebben",
                    "the municipality's name must have 1 to 100 characters",
                ),
            ));
        }
        if self.bron.regulation != Regulation::GemeentelijkBeleid
            || self.bron.article.trim().is_empty()
        {
            return Err(Error::facts(
                "bron",
                Text::new(
                    "de bron van gemeentelijk beleid is een verordening of beleidsregel van de gemeente (gemeentelijk_beleid) met een naam",
                    "the source of municipal policy is a named ordinance or policy rule of the municipality (gemeentelijk_beleid)",
                ),
            ));
        }
        check(
            "ww_information_months",
            self.ww_information_months,
            0,
            MAX_WW_MONTHS,
        )?;
        check("short_ww_months", self.short_ww_months, 0, MAX_WW_MONTHS)?;
        check("decision_term_weeks", self.decision_term_weeks, 1, 26)?;
        if let Some(months) = self.reassessment_months {
            check("reassessment_months", months, 1, 120)?;
        }
        let last_year = chrono::Datelike::year(&crate::date::LATEST);
        for (&year, &places) in &self.beschut_werk_places {
            if !(FIRST_BESCHUT_YEAR..=last_year).contains(&year) {
                return Err(Error::OutOfRange {
                    field: "beschut_werk_places".into(),
                    value: year.to_string(),
                    min: FIRST_BESCHUT_YEAR.to_string(),
                    max: last_year.to_string(),
                });
            }
            check("beschut_werk_places", places, 0, MAX_PLACES)?;
        }
        crate::bijstand::afstemming::reeks_check(&self.gemeente, &self.afstemmingsverordeningen)?;
        self.segmentcriteria.validate()
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

/// A municipality's policies over time: one [`Beleid`] per period, as a [`Table`] named
/// `beleid` (the same rules as every parameter table: sorted, no overlap, no gap, only the
/// last period open, and a peildatum outside the periods is [`Error::NotInForce`]).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, Beleidsset, Citation, Confidence, Regulation, Row};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let bron = |jaar: i32| Citation::owned(Regulation::GemeentelijkBeleid, format!("Beleidsregels {jaar}"));
/// let set = Beleidsset::new("Zwolle", vec![
///     Row::new(d(2024, 1, 1), Some(d(2024, 12, 31)), Beleid::new("Zwolle", bron(2024))?, "Beleidsregels 2024", Confidence::LawText),
///     Row::new(d(2025, 1, 1), Some(d(2025, 12, 31)), Beleid::new("Zwolle", bron(2025))?.with_ww_information_months(4)?, "Beleidsregels 2025", Confidence::LawText),
/// ])?;
/// assert_eq!(set.beleid_op(d(2024, 12, 31))?.ww_information_months(), 3);
/// assert_eq!(set.beleid_op(d(2025, 1, 1))?.ww_information_months(), 4);
/// assert_eq!(set.beleid_op(d(2026, 1, 1)).unwrap_err().code(), "not_in_force");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Beleidsset {
    gemeente: String,
    #[serde(deserialize_with = "versies")]
    versies: Table<Beleid>,
}

crate::wire::validated_serde!(Beleidsset);

fn versies<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Table<Beleid>, D::Error> {
    let rows = Vec::<Row<Beleid>>::deserialize(deserializer)?;
    Table::new(BELEID, rows).map_err(crate::wire::refuse)
}

/// The wire name of the policy table.
const BELEID: &str = "beleid";

impl Beleidsset {
    /// The policies of `gemeente` by period; every policy must be of that municipality.
    ///
    /// ```
    /// use participatiewet::{Beleid, Beleidsset};
    /// assert!(Beleidsset::new("Zwolle", vec![]).is_err());
    /// ```
    pub fn new(gemeente: impl Into<String>, versies: Vec<Row<Beleid>>) -> Result<Self, Error> {
        let set = Self {
            gemeente: gemeente.into(),
            versies: Table::new(BELEID, versies)?,
        };
        set.validate()?;
        Ok(set)
    }

    /// One policy in force from `vanaf` until further notice (an explicitly open end): for a
    /// municipality that has not changed its policy, or for [`Beleid::default`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Beleidsset};
    /// let set = Beleidsset::doorlopend(Beleid::default(), NaiveDate::from_ymd_opt(2015, 1, 1).unwrap())?;
    /// assert_eq!(set.beleid_op(NaiveDate::from_ymd_opt(2030, 6, 1).unwrap())?, &Beleid::default());
    /// assert!(set.beleid_op(NaiveDate::from_ymd_opt(2014, 12, 31).unwrap()).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn doorlopend(beleid: Beleid, vanaf: NaiveDate) -> Result<Self, Error> {
        let source = beleid.bron.to_string();
        Self::new(
            beleid.gemeente.clone(),
            vec![Row::new(vanaf, None, beleid, source, Confidence::LawText)],
        )
    }

    /// The municipality.
    ///
    /// ```
    /// use participatiewet::{Beleid, Beleidsset};
    /// let set = Beleidsset::doorlopend(Beleid::default(), chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap())?;
    /// assert_eq!(set.gemeente(), "(standaard)");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        &self.gemeente
    }

    /// The policies by period.
    ///
    /// ```
    /// use participatiewet::{Beleid, Beleidsset};
    /// let set = Beleidsset::doorlopend(Beleid::default(), chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap())?;
    /// assert_eq!(set.versies().rows().len(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn versies(&self) -> &Table<Beleid> {
        &self.versies
    }

    /// The policy in force on `peildatum`; [`Error::NotInForce`] for the table `beleid` when
    /// no period holds it. Never allocates on success.
    ///
    /// ```
    /// use participatiewet::{Beleid, Beleidsset};
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let set = Beleidsset::doorlopend(Beleid::default(), d(2020))?;
    /// assert!(set.beleid_op(d(2019)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn beleid_op(&self, peildatum: NaiveDate) -> Result<&Beleid, Error> {
        self.versies.at(peildatum).map(|row| &row.value)
    }
}

impl Validate for Beleidsset {
    /// The table is valid and every policy in it is of the set's municipality.
    ///
    /// ```
    /// use participatiewet::{Beleid, Beleidsset, Validate};
    /// let set = Beleidsset::doorlopend(Beleid::default(), chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap())?;
    /// assert!(set.validate().is_ok());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    fn validate(&self) -> Result<(), Error> {
        self.versies.validate()?;
        if self.versies.parameter() != BELEID {
            return Err(Error::InvalidTable {
                parameter: BELEID,
                reason: Text::new("de tabel heet niet beleid", "the table is not named beleid"),
            });
        }
        for row in self.versies.rows() {
            if row.value.gemeente != self.gemeente {
                return Err(Error::facts(
                    "gemeente",
                    Text::owned(
                        format!(
                            "het beleid vanaf {} is van {} en niet van {}",
                            crate::taal::datum(row.valid_from, crate::Taal::Nl),
                            row.value.gemeente,
                            self.gemeente
                        ),
                        format!(
                            "the policy from {} is of {} and not of {}",
                            row.valid_from, row.value.gemeente, self.gemeente
                        ),
                    ),
                ));
            }
        }
        Ok(())
    }
}
