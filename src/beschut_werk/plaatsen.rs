//! Places (`plaatsen`): the yearly number of beschut-werk jobs per municipality, the council's
//! higher number, the placement order, and the ledger of realised places.
//!
//! The ministerial regulation (art. 10b lid 4) sets per municipality the minimum number of
//! dienstbetrekkingen to be realised in a year; the council may set a higher number and the
//! placement order by ordinance (lid 5); the duty to offer (lid 1) does not apply while that
//! number "is realised" (lid 6).
//!
//! **Realised is a stock, so the duty revives.** The regulations set the numbers "ultimo"
//! the year (the annex of Stcrt. 2017, 4882 is headed "aantallen beschut werk ultimo 2017"):
//! the number of beschut-werk dienstbetrekkingen that exist, not the number started. The
//! crate therefore counts the contracts in force on the date asked: when one ends, the count
//! drops and the duty to offer applies again until the number is realised once more.

use std::borrow::Cow;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::geschiktheid::BESCHUT_WERK_2017;
use crate::beleid::{Beleid, Plaatsingsvolgorde};
use crate::citation::{Citation, Regulation};
use crate::decision::legacy::{Decision, Ground};
use crate::error::Error;
use crate::params::{Confidence, Row, Table};

const ART_10B_LID_1: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(1);
const ART_10B_LID_4: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(4);
const ART_10B_LID_5: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(5);
const ART_10B_LID_6: Citation = Citation::article(Regulation::Participatiewet, "10b").lid(6);
const ART_10B_OUD_LID_4_C: Citation =
    Citation::article(Regulation::Participatiewet, "10b (tekst tot 2017)")
        .lid(4)
        .onderdeel("c");

/// One municipality's minimum numbers from the yearly ministerial regulations: a [`Table`] of
/// whole calendar years, each row with its Staatscourant source and [`Confidence`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Taakstelling;
/// use participatiewet::{Confidence, Row};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let groningen = Taakstelling::new("Groningen", vec![
///     Row::new(d(2017, 1, 1), Some(d(2017, 12, 31)), 44, "Stcrt. 2017, 4882, bijlage", Confidence::LawText),
///     Row::new(d(2018, 1, 1), Some(d(2018, 12, 31)), 70, "Stcrt. 2017, 68246, bijlage", Confidence::LawText),
/// ])?;
/// assert_eq!(groningen.minimum().at(d(2018, 6, 1))?.value, 70);
/// // a row that does not cover a whole calendar year is refused
/// assert!(Taakstelling::new("X", vec![Row::new(d(2017, 2, 1), Some(d(2017, 12, 31)), 1, "s", Confidence::LawText)]).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawTaakstelling")]
pub struct Taakstelling {
    gemeente: String,
    minimum: Table<u32>,
}

#[derive(Deserialize)]
struct RawTaakstelling {
    gemeente: String,
    minimum: Vec<Row<u32>>,
}

impl TryFrom<RawTaakstelling> for Taakstelling {
    type Error = Error;
    fn try_from(raw: RawTaakstelling) -> Result<Self, Error> {
        Self::new(raw.gemeente, raw.minimum)
    }
}

impl Taakstelling {
    /// A validated table for `gemeente`: rows sorted, without overlap or gap, each covering
    /// whole calendar years (the regulation is set per year).
    ///
    /// ```
    /// use participatiewet::beschut_werk::Taakstelling;
    /// assert!(Taakstelling::new("Leeg", vec![]).is_err());
    /// ```
    pub fn new(gemeente: impl Into<String>, rows: Vec<Row<u32>>) -> Result<Self, Error> {
        let minimum = Table::new("beschut_werk_aantal", rows)?;
        for row in minimum.rows() {
            let starts = row.valid_from.month() == 1 && row.valid_from.day() == 1;
            let ends = row
                .valid_to
                .is_none_or(|to| to.month() == 12 && to.day() == 31);
            if !starts || !ends {
                return Err(Error::InvalidTable {
                    parameter: "beschut_werk_aantal",
                    reason: format!(
                        "the row from {} does not cover whole calendar years",
                        row.valid_from
                    )
                    .into(),
                });
            }
        }
        Ok(Self {
            gemeente: gemeente.into(),
            minimum,
        })
    }

    /// The seeds' example, Zwolle: 26 places for 2017 and, provisionally, 46 for 2018. Both
    /// figures come from the seeds and were **not** found in the stored text of the
    /// regulations, so they ship as [`Confidence::Unverified`]; use them for examples only.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Confidence;
    /// use participatiewet::beschut_werk::Taakstelling;
    /// let z = Taakstelling::voorbeeld_zwolle();
    /// let row = z.minimum().at(NaiveDate::from_ymd_opt(2017, 7, 1).unwrap())?;
    /// assert_eq!((row.value, row.confidence), (26, Confidence::Unverified));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn voorbeeld_zwolle() -> Self {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
        let rows = vec![
            Row::new(
                d(2017, 1, 1),
                Some(d(2017, 12, 31)),
                26,
                "Regeling aantallen beschut werk 2017 (Stcrt. 2017, 4882), bijlage; Zwolle figure \
                 from the seeds, not found in the stored text",
                Confidence::Unverified,
            ),
            Row::new(
                d(2018, 1, 1),
                Some(d(2018, 12, 31)),
                46,
                "Regeling vaststelling aantallen beschut werk 2018 (Stcrt. 2017, 68246), bijlage; \
                 Zwolle figure (provisional) from the seeds, not found in the stored text",
                Confidence::Unverified,
            ),
        ];
        Self {
            gemeente: String::from("Zwolle"),
            minimum: Table::from_valid_rows("beschut_werk_aantal", rows),
        }
    }

    /// The municipality.
    ///
    /// ```
    /// assert_eq!(participatiewet::beschut_werk::Taakstelling::voorbeeld_zwolle().gemeente(), "Zwolle");
    /// ```
    #[must_use]
    pub fn gemeente(&self) -> &str {
        &self.gemeente
    }

    /// The minimum numbers by year.
    ///
    /// ```
    /// assert_eq!(participatiewet::beschut_werk::Taakstelling::voorbeeld_zwolle().minimum().rows().len(), 2);
    /// ```
    #[must_use]
    pub fn minimum(&self) -> &Table<u32> {
        &self.minimum
    }

    /// The number to be realised in the year of `peildatum`: the regulation's minimum, or the
    /// council's number for that year if it is higher (art. 10b lid 4 and 5). Errors when the
    /// table has no row for that year.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::beschut_werk::Taakstelling;
    /// let beleid = Beleid::default().with_beschut_werk_places(2018, 50)?;
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2018, 3, 1).unwrap(), &beleid)?;
    /// assert_eq!((v.minimum, v.raad, v.aantal), (46, Some(50), 50));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn vereist(&self, peildatum: NaiveDate, beleid: &Beleid) -> Result<Vereist, Error> {
        let minimum = self.minimum.at(peildatum)?.value;
        let raad = beleid.beschut_werk_places().get(&peildatum.year()).copied();
        Ok(Vereist {
            jaar: peildatum.year(),
            minimum,
            raad,
            aantal: raad.map_or(minimum, |r| r.max(minimum)),
        })
    }
}

/// The number of places to realise in one year.
///
/// ```
/// use participatiewet::beschut_werk::Vereist;
/// let v = Vereist { jaar: 2017, minimum: 26, raad: Some(20), aantal: 26 };
/// assert_eq!(v.aantal, 26); // the council can only set a higher number
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Vereist {
    /// The calendar year.
    pub jaar: i32,
    /// The regulation's minimum (art. 10b lid 4).
    pub minimum: u32,
    /// The council's own number, if it set one (art. 10b lid 5).
    pub raad: Option<u32>,
    /// The number that counts: the higher of the two.
    pub aantal: u32,
}

/// One beschut-werk contract in the ledger: first and last day (inclusive).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Plaatsing;
/// let p = Plaatsing { aanvang: NaiveDate::from_ymd_opt(2017, 3, 1).unwrap(), einde: None };
/// assert!(p.loopt_op(NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plaatsing {
    /// The first day of the contract.
    pub aanvang: NaiveDate,
    /// The last day of the contract, once it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub einde: Option<NaiveDate>,
}

impl Plaatsing {
    /// Whether the contract is in force on `datum`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::Plaatsing;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
    /// let p = Plaatsing { aanvang: d(3, 1), einde: Some(d(6, 30)) };
    /// assert!(p.loopt_op(d(6, 30)) && !p.loopt_op(d(7, 1)) && !p.loopt_op(d(2, 28)));
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
/// let id = p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap());
/// assert_eq!(id.index(), 0);
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
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap());
    /// assert_eq!(p.plaats(NaiveDate::from_ymd_opt(2017, 4, 1).unwrap()).index(), 1);
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
/// assert!(!Aanbodplicht::Facultatief.is_verplicht());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
}

/// Realised against required on one date. `Copy`, no grounds: see [`Stand::explain`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
/// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
/// let s = p.stand(NaiveDate::from_ymd_opt(2017, 6, 1).unwrap(), &Beleid::default())?;
/// assert_eq!((s.gerealiseerd, s.plicht), (0, Aanbodplicht::Verplicht));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Stand {
    /// The date.
    pub peildatum: NaiveDate,
    /// The number required for the year (none before 2017).
    pub vereist: Option<Vereist>,
    /// The contracts in force on the date.
    pub gerealiseerd: u32,
    /// The contracts started on or before the date (ended ones included).
    pub geplaatst: u32,
    /// The duty to offer.
    pub plicht: Aanbodplicht,
}

impl Stand {
    /// The duty to offer with its grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Citation, Regulation};
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let d = p.stand(NaiveDate::from_ymd_opt(2017, 6, 1).unwrap(), &Beleid::default())?.explain(&Beleid::default());
    /// assert!(d.cites(&Citation::article(Regulation::Participatiewet, "10b").lid(4)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn explain(&self, beleid: &Beleid) -> Decision<Aanbodplicht> {
        let mut grounds = Vec::new();
        match self.vereist {
            None => grounds.push(Ground::new(
                ART_10B_OUD_LID_4_C,
                format!(
                    "{}: before 2017-01-01 the ordinance set the volume of the offer; no yearly number",
                    self.peildatum
                ),
            )),
            Some(v) => {
                grounds.push(Ground::new(
                    ART_10B_LID_4,
                    format!("minimum for {} set by ministerial regulation: {}", v.jaar, v.minimum),
                ));
                if let Some(raad) = v.raad {
                    let text = if raad > v.minimum {
                        format!("the council set a higher number for {}: {raad}", v.jaar)
                    } else {
                        format!(
                            "the council's number for {} ({raad}) is not higher than the minimum; the minimum counts",
                            v.jaar
                        )
                    };
                    grounds.push(Ground::new(ART_10B_LID_5, text));
                    grounds.push(Ground::new(beleid.citation(), "the council's ordinance"));
                }
                grounds.push(Ground::new(
                    ART_10B_LID_6,
                    format!(
                        "on {}: {} of {} places realised (contracts in force; {} started in all)",
                        self.peildatum, self.gerealiseerd, v.aantal, self.geplaatst
                    ),
                ));
            }
        }
        grounds.push(Ground::new(
            ART_10B_LID_1,
            match self.plicht {
                Aanbodplicht::Facultatief => {
                    "offering beschut werk is at the municipality's discretion"
                }
                Aanbodplicht::Verplicht => {
                    "the college must offer beschut werk to the people it determined"
                }
                Aanbodplicht::Vervallen => {
                    "the number is realised: the duty to offer does not apply"
                }
            },
        ));
        Decision::with_grounds(self.plicht, grounds)
    }
}

impl fmt::Display for Aanbodplicht {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Facultatief => "offer at discretion",
            Self::Verplicht => "must offer",
            Self::Vervallen => "duty lapsed (number realised)",
        })
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
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let t = Taakstelling::new("Dorp", vec![participatiewet::Row::new(d(2017, 1, 1), Some(d(2017, 12, 31)), 1, "Stcrt. 2017, 4882", participatiewet::Confidence::LawText)])?;
/// let mut p = Plaatsen::new(t);
/// let id = p.plaats(d(2017, 3, 1));
/// assert_eq!(p.stand(d(2017, 3, 1), &Beleid::default())?.plicht, Aanbodplicht::Vervallen);
/// p.beeindig(id, d(2017, 8, 31))?;
/// assert_eq!(p.stand(d(2017, 9, 1), &Beleid::default())?.plicht, Aanbodplicht::Verplicht);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawPlaatsen")]
pub struct Plaatsen {
    taakstelling: Taakstelling,
    plaatsingen: Vec<Plaatsing>,
}

#[derive(Deserialize)]
struct RawPlaatsen {
    taakstelling: Taakstelling,
    plaatsingen: Vec<Plaatsing>,
}

impl TryFrom<RawPlaatsen> for Plaatsen {
    type Error = Error;
    fn try_from(raw: RawPlaatsen) -> Result<Self, Error> {
        for p in &raw.plaatsingen {
            if let Some(einde) = p.einde {
                if einde < p.aanvang {
                    return Err(Error::InvalidState {
                        what: "beschut_werk::Plaatsen",
                        reason: Cow::<str>::Owned(format!(
                            "the placement from {} ends on {einde}, before it starts",
                            p.aanvang
                        ))
                        .into(),
                    });
                }
            }
        }
        Ok(Self {
            taakstelling: raw.taakstelling,
            plaatsingen: raw.plaatsingen,
        })
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

    /// Records a contract starting on `aanvang`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap());
    /// assert_eq!(p.plaatsingen().len(), 1);
    /// ```
    pub fn plaats(&mut self, aanvang: NaiveDate) -> PlaatsingId {
        self.plaatsingen.push(Plaatsing {
            aanvang,
            einde: None,
        });
        PlaatsingId(self.plaatsingen.len().saturating_sub(1))
    }

    /// Records the last day of a contract; errors for an unknown placement, one that already
    /// ended, or an end before the start. On error the ledger is unchanged.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let id = p.plaats(d(3, 1));
    /// assert!(p.beeindig(id, d(2, 1)).is_err());
    /// assert!(p.beeindig(id, d(9, 30)).is_ok());
    /// assert!(p.beeindig(id, d(10, 31)).is_err());
    /// ```
    pub fn beeindig(&mut self, id: PlaatsingId, einde: NaiveDate) -> Result<(), Error> {
        let invalid = |reason: String| Error::InvalidFacts {
            field: Cow::Borrowed("beschut-werk placement"),
            reason: Cow::<str>::Owned(reason).into(),
        };
        let plaatsing = self
            .plaatsingen
            .get_mut(id.0)
            .ok_or_else(|| invalid(format!("no placement number {}", id.0)))?;
        if let Some(al) = plaatsing.einde {
            return Err(invalid(format!("the placement already ended on {al}")));
        }
        if einde < plaatsing.aanvang {
            return Err(invalid(format!(
                "the end {einde} is before the start {}",
                plaatsing.aanvang
            )));
        }
        plaatsing.einde = Some(einde);
        Ok(())
    }

    /// The contracts in force on `datum`. Allocation-free.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let mut p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// p.plaats(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap());
    /// assert_eq!(p.gerealiseerd(NaiveDate::from_ymd_opt(2017, 2, 28).unwrap()), 0);
    /// assert_eq!(p.gerealiseerd(NaiveDate::from_ymd_opt(2017, 3, 1).unwrap()), 1);
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
    /// from 2017 on when the table has no row for the year.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Beleid;
    /// use participatiewet::beschut_werk::{Aanbodplicht, Plaatsen, Taakstelling};
    /// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let b = Beleid::default();
    /// assert_eq!(p.stand(NaiveDate::from_ymd_opt(2016, 6, 1).unwrap(), &b)?.plicht, Aanbodplicht::Facultatief);
    /// assert!(p.stand(NaiveDate::from_ymd_opt(2019, 1, 1).unwrap(), &b).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn stand(&self, peildatum: NaiveDate, beleid: &Beleid) -> Result<Stand, Error> {
        let gerealiseerd = self.gerealiseerd(peildatum);
        let geplaatst = self.geplaatst(peildatum);
        if peildatum < BESCHUT_WERK_2017 {
            return Ok(Stand {
                peildatum,
                vereist: None,
                gerealiseerd,
                geplaatst,
                plicht: Aanbodplicht::Facultatief,
            });
        }
        let vereist = self.taakstelling.vereist(peildatum, beleid)?;
        Ok(Stand {
            peildatum,
            vereist: Some(vereist),
            gerealiseerd,
            geplaatst,
            plicht: if gerealiseerd >= vereist.aantal {
                Aanbodplicht::Vervallen
            } else {
                Aanbodplicht::Verplicht
            },
        })
    }
}

fn count<I: Iterator>(iter: I) -> u32 {
    u32::try_from(iter.count()).unwrap_or(u32::MAX)
}

/// A person waiting for a place: the date of the positive determination and whether the
/// ordinance gives them priority.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::Wachtende;
/// let w = Wachtende { vastgesteld: NaiveDate::from_ymd_opt(2017, 3, 1).unwrap(), voorrang: false };
/// assert!(!w.voorrang);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Wachtende {
    /// The date of the positive determination.
    pub vastgesteld: NaiveDate,
    /// Whether the ordinance gives priority (for example pupils leaving pro/vso).
    pub voorrang: bool,
}

/// The order in which waiting people get a place under the ordinance's placement order
/// (art. 10b lid 5): indices into `wachtenden`, first placed first. Ties keep the input order.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Plaatsingsvolgorde;
/// use participatiewet::beschut_werk::{plaatsingsvolgorde, Wachtende};
/// let d = |m| NaiveDate::from_ymd_opt(2017, m, 1).unwrap();
/// let w = [Wachtende { vastgesteld: d(5), voorrang: false }, Wachtende { vastgesteld: d(3), voorrang: false },
///          Wachtende { vastgesteld: d(6), voorrang: true }];
/// assert_eq!(plaatsingsvolgorde(&w, Plaatsingsvolgorde::ByDeterminationDate), vec![1, 0, 2]);
/// assert_eq!(plaatsingsvolgorde(&w, Plaatsingsvolgorde::PriorityThenDeterminationDate), vec![2, 1, 0]);
/// ```
#[must_use]
pub fn plaatsingsvolgorde(wachtenden: &[Wachtende], volgorde: Plaatsingsvolgorde) -> Vec<usize> {
    let mut order: Vec<usize> = (0..wachtenden.len()).collect();
    let key = |i: &usize| {
        wachtenden.get(*i).map(|w| {
            let voorrang = match volgorde {
                Plaatsingsvolgorde::ByDeterminationDate => false,
                Plaatsingsvolgorde::PriorityThenDeterminationDate => w.voorrang,
            };
            (!voorrang, w.vastgesteld)
        })
    };
    order.sort_by_key(key);
    order
}
