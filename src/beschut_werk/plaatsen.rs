//! Places (`plaatsen`): the ledger of realised beschut-werk jobs and the duty to offer that
//! follows from it.
//!
//! The ministerial regulation (art. 10b lid 4) sets per municipality the minimum number of
//! dienstbetrekkingen to be realised in a year ([`Taakstelling`]); the council may set a higher
//! number and the placement order by ordinance (lid 5); the duty to offer (lid 1) does not
//! apply while that number "is realised" (lid 6).
//!
//! **Realised is a stock, so the duty revives.** The regulations set the numbers "ultimo"
//! the year (the annex of Stcrt. 2017, 4882 is headed "aantallen beschut werk ultimo 2017"):
//! the number of beschut-werk dienstbetrekkingen that exist, not the number started. The
//! crate therefore counts the contracts in force on the date asked: when one ends, the count
//! drops and the duty to offer applies again until the number is realised once more.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::feiten::BESCHUT_WERK_2017;
use super::taakstelling::{Taakstelling, Vereist};
use crate::beleid::Beleid;
use crate::date::checked;
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

/// One beschut-werk contract in the ledger: first and last day (inclusive); the last day is
/// `null` while it runs.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Plaatsing;
/// let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
/// let p = Plaatsing::new(d(3, 1), Some(d(6, 30)))?;
/// assert!(p.loopt_op(d(6, 30)) && !p.loopt_op(d(7, 1)) && !p.loopt_op(d(2, 28)));
/// assert!(Plaatsing::new(d(3, 1), Some(d(2, 1))).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Plaatsing {
    aanvang: NaiveDate,
    #[serde(deserialize_with = "Option::deserialize")]
    einde: Option<NaiveDate>,
}

validated_serde!(Plaatsing);

impl Validate for Plaatsing {
    fn validate(&self) -> Result<(), Error> {
        checked(self.aanvang, "aanvang")?;
        if let Some(einde) = self.einde {
            checked(einde, "einde")?;
            if einde < self.aanvang {
                return Err(Error::facts(
                    "einde",
                    Text::owned(
                        format!("het einde {einde} ligt vóór het begin {}", self.aanvang),
                        format!("the end {einde} is before the start {}", self.aanvang),
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Plaatsing {
    /// A contract from `aanvang`, until `einde` (inclusive) when it ended; errors for an end
    /// before the start or a date out of range.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Plaatsing;
    /// let p = Plaatsing::new(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap(), None)?;
    /// assert!(p.loopt_op(NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(aanvang: NaiveDate, einde: Option<NaiveDate>) -> Result<Self, Error> {
        let p = Self { aanvang, einde };
        p.validate()?;
        Ok(p)
    }

    /// The first day.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2017, 3, 1).unwrap();
    /// assert_eq!(participatiewet::beschut_werk::Plaatsing::new(d, None)?.aanvang(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aanvang(&self) -> NaiveDate {
        self.aanvang
    }

    /// The last day, once the contract ended.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2017, 3, 1).unwrap();
    /// assert_eq!(participatiewet::beschut_werk::Plaatsing::new(d, None)?.einde(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn einde(&self) -> Option<NaiveDate> {
        self.einde
    }

    /// Whether the contract is in force on `datum`.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2017, 3, 1).unwrap();
    /// assert!(participatiewet::beschut_werk::Plaatsing::new(d, None)?.loopt_op(d));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn loopt_op(&self, datum: NaiveDate) -> bool {
        self.aanvang <= datum && self.einde.is_none_or(|e| datum <= e)
    }
}

/// Identifies a placement in a [`Plaatsen`] ledger.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
/// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
/// let id = p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
/// assert_eq!(id.index(), 0);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaatsingId(usize);

impl PlaatsingId {
    /// The position in the ledger.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
    /// assert_eq!(p.plaats(NaiveDate::from_ymd_opt(2017, 4, 1).unwrap())?.index(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn index(self) -> usize {
        self.0
    }
}

/// Whether the college must offer beschut werk on a date.
///
/// ```
/// use participatiewet::beschut_werk::Aanbodplicht;
/// use participatiewet::Taal;
/// assert!(!Aanbodplicht::Facultatief.is_verplicht());
/// assert_eq!("vervallen".parse::<Aanbodplicht>()?, Aanbodplicht::Vervallen);
/// assert_eq!(Aanbodplicht::Verplicht.label().get(Taal::Nl), "aanbieden verplicht");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aanbodplicht {
    /// Before 2017-01-01: the college *could* determine beschut werk, and the council's
    /// ordinance set the volume of the offer (art. 10b lid 1 and 4 onderdeel c, old text);
    /// there was no yearly number.
    Facultatief,
    /// From 2017-01-01: the college must offer beschut werk to the people it determined
    /// (art. 10b lid 1); the year's number is not realised.
    Verplicht,
    /// The year's number is realised on this date: lid 1 does not apply (art. 10b lid 6).
    Vervallen,
}

wire_enum!(Aanbodplicht);

impl Aanbodplicht {
    /// Whether the college must offer.
    ///
    /// ```
    /// assert!(participatiewet::beschut_werk::Aanbodplicht::Verplicht.is_verplicht());
    /// ```
    #[must_use]
    pub const fn is_verplicht(self) -> bool {
        matches!(self, Self::Verplicht)
    }

    /// The duty in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::Aanbodplicht};
    /// assert_eq!(Aanbodplicht::Vervallen.label().get(Taal::En), "duty lapsed (number realised)");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const F: Label = Label::new(
            "facultatief",
            "aanbieden naar verordening",
            "offer at discretion",
        );
        const V: Label = Label::new("verplicht", "aanbieden verplicht", "must offer");
        const X: Label = Label::new(
            "vervallen",
            "plicht vervallen (aantal gerealiseerd)",
            "duty lapsed (number realised)",
        );
        match self {
            Self::Facultatief => &F,
            Self::Verplicht => &V,
            Self::Vervallen => &X,
        }
    }
}

/// Realised against required on one date. `Copy`, no grounds: see [`Stand::decision`].
/// Reading one checks that the duty follows from the numbers.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
/// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
/// let s = p.stand(NaiveDate::from_ymd_opt(2017, 6, 1).unwrap(), &Beleid::default())?;
/// assert_eq!((s.gerealiseerd(), s.plicht()), (0, Aanbodplicht::Verplicht));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Stand {
    peildatum: NaiveDate,
    #[serde(deserialize_with = "Option::deserialize")]
    vereist: Option<Vereist>,
    gerealiseerd: u32,
    geplaatst: u32,
    plicht: Aanbodplicht,
}

validated_serde!(Stand);

impl Validate for Stand {
    fn validate(&self) -> Result<(), Error> {
        checked(self.peildatum, "peildatum")?;
        if let Some(v) = &self.vereist {
            v.validate()?;
        }
        let plicht = plicht(self.peildatum, self.vereist.as_ref(), self.gerealiseerd);
        let jaar = self
            .vereist
            .is_none_or(|v| v.jaar() == chrono::Datelike::year(&self.peildatum));
        if self.gerealiseerd <= self.geplaatst && plicht == Some(self.plicht) && jaar {
            Ok(())
        } else {
            Err(Error::state(
                "beschut_werk::Stand",
                Text::new(
                    "de aanbodplicht volgt niet uit de aantallen",
                    "the duty to offer does not follow from the numbers",
                ),
            ))
        }
    }
}

/// The duty on `peildatum`; `None` when a number is missing from 2017 or present before it.
fn plicht(
    peildatum: NaiveDate,
    vereist: Option<&Vereist>,
    gerealiseerd: u32,
) -> Option<Aanbodplicht> {
    match (peildatum < BESCHUT_WERK_2017, vereist) {
        (true, None) => Some(Aanbodplicht::Facultatief),
        (false, Some(v)) if gerealiseerd >= v.aantal() => Some(Aanbodplicht::Vervallen),
        (false, Some(_)) => Some(Aanbodplicht::Verplicht),
        _ => None,
    }
}

impl Stand {
    /// The date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::{Plaatsen, Taakstelling}};
    /// let d = NaiveDate::from_ymd_opt(2017, 6, 1).unwrap();
    /// assert_eq!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).stand(d, &Beleid::default())?.peildatum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn peildatum(&self) -> NaiveDate {
        self.peildatum
    }

    /// The number required for the year (none before 2017).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::{Plaatsen, Taakstelling}};
    /// let d = NaiveDate::from_ymd_opt(2016, 6, 1).unwrap();
    /// assert!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).stand(d, &Beleid::default())?.vereist().is_none());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vereist(&self) -> Option<&Vereist> {
        self.vereist.as_ref()
    }

    /// The contracts in force on the date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::{Plaatsen, Taakstelling}};
    /// let d = NaiveDate::from_ymd_opt(2017, 6, 1).unwrap();
    /// assert_eq!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).stand(d, &Beleid::default())?.gerealiseerd(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn gerealiseerd(&self) -> u32 {
        self.gerealiseerd
    }

    /// The contracts started on or before the date (ended ones included).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::{Plaatsen, Taakstelling}};
    /// let d = NaiveDate::from_ymd_opt(2017, 6, 1).unwrap();
    /// assert_eq!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).stand(d, &Beleid::default())?.geplaatst(), 0);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geplaatst(&self) -> u32 {
        self.geplaatst
    }

    /// The duty to offer.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling}};
    /// let d = NaiveDate::from_ymd_opt(2016, 6, 1).unwrap();
    /// let s = Plaatsen::new(Taakstelling::voorbeeld_zwolle()).stand(d, &Beleid::default())?;
    /// assert_eq!(s.plicht(), Aanbodplicht::Facultatief);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn plicht(&self) -> Aanbodplicht {
        self.plicht
    }
}

/// One municipality's places: its [`Taakstelling`] and the ledger of placements.
///
/// The ledger only grows: a placement is added when a contract starts and given an end date
/// when it ends. Realised places on a date are the contracts in force then, so they never
/// exceed the placements made and never go negative.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Beleid, Confidence, Row};
/// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let t = Taakstelling::new("Dorp", vec![Row::new(d(2017, 1, 1), Some(d(2017, 12, 31)), 1, "Stcrt. 2017, 4882", Confidence::LawText)])?;
/// let mut p = Plaatsen::new(t);
/// let id = p.plaats(d(2017, 3, 1))?;
/// assert_eq!(p.stand(d(2017, 3, 1), &Beleid::default())?.plicht(), Aanbodplicht::Vervallen);
/// p.beeindig(id, d(2017, 8, 31))?;
/// assert_eq!(p.stand(d(2017, 9, 1), &Beleid::default())?.plicht(), Aanbodplicht::Verplicht);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Plaatsen {
    taakstelling: Taakstelling,
    plaatsingen: Vec<Plaatsing>,
}

validated_serde!(Plaatsen);

impl Validate for Plaatsen {
    fn validate(&self) -> Result<(), Error> {
        self.plaatsingen.iter().try_for_each(Plaatsing::validate)
    }
}

impl Plaatsen {
    /// An empty ledger for a municipality.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// assert!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).plaatsingen().is_empty());
    /// ```
    #[must_use]
    pub const fn new(taakstelling: Taakstelling) -> Self {
        Self {
            taakstelling,
            plaatsingen: Vec::new(),
        }
    }

    /// The municipality's numbers.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// assert_eq!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).taakstelling().gemeente(), "Zwolle");
    /// ```
    #[must_use]
    pub const fn taakstelling(&self) -> &Taakstelling {
        &self.taakstelling
    }

    /// The placements, in the order they were made.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// assert_eq!(Plaatsen::new(Taakstelling::voorbeeld_zwolle()).plaatsingen().len(), 0);
    /// ```
    #[must_use]
    pub fn plaatsingen(&self) -> &[Plaatsing] {
        &self.plaatsingen
    }

    /// Records a contract starting on `aanvang`; errors for a date out of range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
    /// assert!(p.plaats(NaiveDate::MAX).is_err());
    /// assert_eq!(p.plaatsingen().len(), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn plaats(&mut self, aanvang: NaiveDate) -> Result<PlaatsingId, Error> {
        self.plaatsingen.push(Plaatsing::new(aanvang, None)?);
        Ok(PlaatsingId(self.plaatsingen.len().saturating_sub(1)))
    }

    /// Records the last day of a contract; errors for an unknown placement, one that already
    /// ended, or an end before the start. On error the ledger is unchanged.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let id = p.plaats(d(3, 1))?;
    /// assert!(p.beeindig(id, d(2, 1)).is_err());
    /// assert!(p.beeindig(id, d(9, 30)).is_ok());
    /// assert!(p.beeindig(id, d(10, 31)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn beeindig(&mut self, id: PlaatsingId, einde: NaiveDate) -> Result<(), Error> {
        let plaatsing = self.plaatsingen.get_mut(id.0).ok_or_else(|| {
            Error::facts(
                "plaatsing",
                Text::owned(
                    format!("er is geen plaatsing nummer {}", id.0),
                    format!("no placement number {}", id.0),
                ),
            )
        })?;
        if let Some(al) = plaatsing.einde {
            return Err(Error::facts(
                "einde",
                Text::owned(
                    format!("de plaatsing is al geëindigd op {al}"),
                    format!("the placement already ended on {al}"),
                ),
            ));
        }
        *plaatsing = Plaatsing::new(plaatsing.aanvang, Some(einde))?;
        Ok(())
    }

    /// The contracts in force on `datum`. Allocation-free.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap())?;
    /// assert_eq!(p.gerealiseerd(NaiveDate::from_ymd_opt(2017, 2, 28).unwrap()), 0);
    /// assert_eq!(p.gerealiseerd(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap()), 1);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn gerealiseerd(&self, datum: NaiveDate) -> u32 {
        count(self.plaatsingen.iter().filter(|p| p.loopt_op(datum)))
    }

    /// The contracts started on or before `datum`, ended ones included.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// assert_eq!(p.geplaatst(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap()), 0);
    /// ```
    #[must_use]
    pub fn geplaatst(&self, datum: NaiveDate) -> u32 {
        count(self.plaatsingen.iter().filter(|p| p.aanvang <= datum))
    }

    /// Realised against required on `peildatum`, and the duty to offer that follows. Errors
    /// from 2017 on when the table has no row for the year, and for a date out of range.
    /// Allocation-free.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
    /// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let b = Beleid::default();
    /// assert_eq!(p.stand(NaiveDate::from_ymd_opt(2016, 6, 1).unwrap(), &b)?.plicht(), Aanbodplicht::Facultatief);
    /// assert!(p.stand(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap(), &b).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn stand(&self, peildatum: NaiveDate, beleid: &Beleid) -> Result<Stand, Error> {
        checked(peildatum, "peildatum")?;
        let gerealiseerd = self.gerealiseerd(peildatum);
        let geplaatst = self.geplaatst(peildatum);
        let vereist = if peildatum < BESCHUT_WERK_2017 {
            None
        } else {
            Some(self.taakstelling.vereist(peildatum, beleid)?)
        };
        let plicht = match vereist {
            None => Aanbodplicht::Facultatief,
            Some(v) if gerealiseerd >= v.aantal() => Aanbodplicht::Vervallen,
            Some(_) => Aanbodplicht::Verplicht,
        };
        Ok(Stand {
            peildatum,
            vereist,
            gerealiseerd,
            geplaatst,
            plicht,
        })
    }
}

fn count<I: Iterator>(iter: I) -> u32 {
    u32::try_from(iter.count()).unwrap_or(u32::MAX)
}
