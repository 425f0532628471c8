//! The yearly number (`taakstelling`) of beschut-werk jobs per municipality: the ministerial
//! minimum (art. 10b lid 4) and the council's higher number (lid 5).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize};

use crate::beleid::Beleid;
use crate::error::{Error, Text};
use crate::params::{Confidence, Row, Table};
use crate::wire::{Validate, validated_serde};

/// The table's wire name.
pub(super) const TABEL: &str = "beschut_werk_aantal";

/// One municipality's minimum numbers from the yearly ministerial regulations: a [`Table`] of
/// whole calendar years, each row with its Staatscourant source and [`Confidence`].
///
/// Every row ends explicitly on 31 December: the regulation sets a number per year, so a row
/// without an end (which would carry the number forward for ever) is refused.
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
/// // a row that does not cover a whole calendar year is refused, and so is an open end
/// assert!(Taakstelling::new("X", vec![Row::new(d(2017, 2, 1), Some(d(2017, 12, 31)), 1, "s", Confidence::LawText)]).is_err());
/// assert!(Taakstelling::new("X", vec![Row::new(d(2017, 1, 1), None, 1, "s", Confidence::LawText)]).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taakstelling {
    gemeente: String,
    minimum: Table<u32>,
}

/// The wire shape: the table's rows are read as rows and then checked as a table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaakstellingWire {
    gemeente: String,
    minimum: Vec<Row<u32>>,
}

impl<'de> Deserialize<'de> for Taakstelling {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = TaakstellingWire::deserialize(deserializer)?;
        Self::new(wire.gemeente, wire.minimum).map_err(crate::wire::refuse)
    }
}

fn hele_jaren(row: &Row<u32>) -> Result<(), Error> {
    let begint = row.valid_from.month() == 1 && row.valid_from.day() == 1;
    let Some(to) = row.valid_to else {
        return Err(Error::InvalidTable {
            parameter: TABEL,
            reason: Text::owned(
                format!(
                    "de rij vanaf {} heeft geen einddatum; het aantal geldt per jaar",
                    row.valid_from
                ),
                format!(
                    "the row from {} has no end date; the number is set per year",
                    row.valid_from
                ),
            ),
        });
    };
    if begint && to.month() == 12 && to.day() == 31 {
        return Ok(());
    }
    Err(Error::InvalidTable {
        parameter: TABEL,
        reason: Text::owned(
            format!(
                "de rij vanaf {} beslaat geen hele kalenderjaren",
                row.valid_from
            ),
            format!(
                "the row from {} does not cover whole calendar years",
                row.valid_from
            ),
        ),
    })
}

impl Taakstelling {
    /// A validated table for `gemeente`: rows sorted, without overlap or gap, each covering
    /// whole calendar years and ending explicitly (the regulation is set per year).
    ///
    /// ```
    /// use participatiewet::beschut_werk::Taakstelling;
    /// assert!(Taakstelling::new("Leeg", vec![]).is_err());
    /// ```
    pub fn new(gemeente: impl Into<String>, rows: Vec<Row<u32>>) -> Result<Self, Error> {
        let minimum = Table::new(TABEL, rows)?;
        for row in minimum.rows() {
            hele_jaren(row)?;
            crate::date::checked(row.valid_from, "valid_from")?;
        }
        Ok(Self {
            gemeente: gemeente.into(),
            minimum,
        })
    }

    /// An example, Zwolle: 26 places for 2017 and, provisionally, 46 for 2018. Both figures
    /// were **not** found in the published text of the regulations, so they ship as
    /// [`Confidence::Unverified`]; use them for examples only.
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
                 not found in the published text",
                Confidence::Unverified,
            ),
            Row::new(
                d(2018, 1, 1),
                Some(d(2018, 12, 31)),
                46,
                "Regeling vaststelling aantallen beschut werk 2018 (Stcrt. 2017, 68246), bijlage; \
                 Zwolle figure (provisional) not found in the published text",
                Confidence::Unverified,
            ),
        ];
        Self {
            gemeente: String::from("Zwolle"),
            minimum: Table::from_valid_rows(TABEL, rows),
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
    /// assert_eq!((v.minimum(), v.raad(), v.aantal()), (46, Some(50), 50));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn vereist(&self, peildatum: NaiveDate, beleid: &Beleid) -> Result<Vereist, Error> {
        let row = self.minimum.at(peildatum)?;
        let raad = beleid.beschut_werk_places().get(&peildatum.year()).copied();
        Ok(Vereist {
            jaar: peildatum.year(),
            minimum: row.value,
            raad,
            aantal: raad.map_or(row.value, |r| r.max(row.value)),
            rij: row.valid_from,
        })
    }
}

/// The number of places to realise in one year: the regulation's minimum, the council's own
/// number if it set one, and the number that counts (the higher of the two).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Beleid;
/// use participatiewet::beschut_werk::Taakstelling;
/// let b = Beleid::default().with_beschut_werk_places(2017, 20)?;
/// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &b)?;
/// assert_eq!(v.aantal(), 26); // the council can only set a higher number
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Vereist {
    jaar: i32,
    minimum: u32,
    #[serde(deserialize_with = "Option::deserialize")]
    raad: Option<u32>,
    aantal: u32,
    rij: NaiveDate,
}

validated_serde!(Vereist);

impl Validate for Vereist {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.rij, "rij")?;
        if self.aantal == self.raad.map_or(self.minimum, |r| r.max(self.minimum))
            && self.rij.year() <= self.jaar
        {
            Ok(())
        } else {
            Err(Error::state(
                "beschut_werk::Vereist",
                Text::new(
                    "het aantal is niet het hoogste van het minimum en het aantal van de raad",
                    "the number is not the higher of the minimum and the council's number",
                ),
            ))
        }
    }
}

impl Vereist {
    /// The calendar year.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::Taakstelling};
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &Beleid::default())?;
    /// assert_eq!(v.jaar(), 2017);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn jaar(&self) -> i32 {
        self.jaar
    }

    /// The regulation's minimum (art. 10b lid 4).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::Taakstelling};
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &Beleid::default())?;
    /// assert_eq!(v.minimum(), 26);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn minimum(&self) -> u32 {
        self.minimum
    }

    /// The council's own number, if it set one (art. 10b lid 5).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::Taakstelling};
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &Beleid::default())?;
    /// assert_eq!(v.raad(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn raad(&self) -> Option<u32> {
        self.raad
    }

    /// The number that counts: the higher of the two.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::Taakstelling};
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &Beleid::default())?;
    /// assert_eq!(v.aantal(), 26);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aantal(&self) -> u32 {
        self.aantal
    }

    /// The first day of the table row the minimum comes from.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Beleid, beschut_werk::Taakstelling};
    /// let v = Taakstelling::voorbeeld_zwolle().vereist(NaiveDate::from_ymd_opt(2017, 5, 1).unwrap(), &Beleid::default())?;
    /// assert_eq!(v.rij(), NaiveDate::from_ymd_opt(2017, 1, 1).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn rij(&self) -> NaiveDate {
        self.rij
    }
}
