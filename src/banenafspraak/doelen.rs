//! Targets (`doelen`): the national targets per sector as the law refers to them, the region's
//! own targets as policy data, and the count realised against a target.
//!
//! The Wfsv does not set the numbers itself. For the banenafspraak's monitoring, art. 122n
//! lid 2 leaves them to a ministerial regulation: "Bij regeling van Onze Minister wordt … voor
//! de desbetreffende sector voor het desbetreffende kalenderjaar, bepaald: a. het cumulatief
//! aantal extra te realiseren banen voor deze arbeidsbeperkten uitgedrukt in verloonde uren".
//! That regulation is the Regeling Wfsv (BWBR0019150), art. 3.29 ("Monitoring banenafspraak"),
//! read in its text as published on 2015-10-19 (first seen there on 2015-09-28): lid 2 gives
//! the sector overheid "1°. 2015: 332.760 uren; 2°. 2016: 720.980 uren; 3°. 2017: 1.109.200
//! uren; 4°. 2018: 1.386.500 uren; 5°. 2019: 1.663.800 uren; 6°. 2020: 1.941.100 uren; 7°.
//! 2021: 2.218.400 uren; 8°. 2022: 2.495.700 uren; 9°. 2023 en verder: 2.773.000 uren", lid 3
//! the sector niet-overheid "1°. 2015: 665.520 uren; 2°. 2016: 1.552.880 uren; 3°. 2017:
//! 2.551.160 uren; 4°. 2018: 3.438.520 uren; 5°. 2019: 4.436.800 uren; 6°. 2020: 5.546.000
//! uren; 7°. 2021: 6.655.200 uren; 8°. 2022: 7.764.400 uren; 9°. 2023: 8.873.600 uren; 10°.
//! 2024: 9.982.800 uren. 11°. 2025 en verder: 11.092.000 uren", each "uitgedrukt in verloonde
//! uren in de maand december in het desbetreffende kalenderjaar". [`LANDELIJKE_DOELEN`] holds
//! every year 2015–2025 of both lists (the overheid's 2024 and 2025 from "2023 en verder"),
//! with the hours as the law states them ([`LandelijkDoel::uren_december`]).
//!
//! Each figure is a whole multiple of 110,92 hours: one baan of 1.331 verloonde uren a year
//! (Regeling Wfsv art. 3.28) over the twelve months, to the cent. [`LandelijkDoel::aantal`] is
//! that multiple, a unit conversion a test checks for every row, not a figure of its own. Two
//! publications confirm it: the letter on the "drie-meting" (Kamerstukken II 2017/18, 34 352,
//! nr. 113: "De opgave voor markt en overheid tot en met 2017 was om 33.000 extra banen te
//! realiseren …; 23.000 in de sector markt en 10.000 in de sector overheid") and the sociaal
//! akkoord's end points of 100.000 and 25.000 in 2025 (as the Raad van State summarises it in
//! its advice W12.20.0470/III).
//!
//! These are not the extra banen of variable B of the quotumpercentage formula (Wfsv art. 38f
//! lid 2), which Regeling Wfsv art. 3.31 sets apart and lower (overheid 2017: 8.750; sector
//! niet-overheid 2017: 19.500). Years after 2025 are not shipped: from the Wet banenafspraak
//! on, its art. 4 lid 2 leaves the targets to an AMvB the crate has not read, and later texts
//! of the Regeling Wfsv were not read either.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::{Decision, Ground, Label, Value};
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

use super::gronden as g;
use super::telling::Telling;

/// The sector a employer belongs to for the banenafspraak (Wfsv art. 38c).
///
/// ```
/// use participatiewet::{Taal, banenafspraak::Sector};
/// assert_eq!(Sector::Overheid.label().get(Taal::Nl), "sector overheid");
/// assert_eq!("niet_overheid".parse::<Sector>()?, Sector::NietOverheid);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sector {
    /// The `sector niet-overheid` (the market sector).
    NietOverheid,
    /// The `sector overheid`.
    Overheid,
}

wire_enum!(Sector);

impl Sector {
    /// The sector in words.
    #[must_use]
    pub fn label(self) -> &'static Label {
        let [markt, overheid] = &g::SECTOREN;
        match self {
            Self::NietOverheid => markt,
            Self::Overheid => overheid,
        }
    }
}

/// A national target: `aantal` extra jobs in `sector` in `jaar`, against the nulmeting of
/// 1 January 2013, as `uren_december` verloonde uren in December of the year (Regeling Wfsv
/// art. 3.29).
///
/// ```
/// use participatiewet::banenafspraak::{landelijk_doel, Sector};
/// assert_eq!(landelijk_doel(Sector::NietOverheid, 2025).map(|d| d.aantal), Some(100_000));
/// assert_eq!(landelijk_doel(Sector::Overheid, 2025).map(|d| d.aantal), Some(25_000));
/// assert_eq!(landelijk_doel(Sector::Overheid, 2017).map(|d| d.uren_december), Some(1_109_200));
/// assert_eq!(landelijk_doel(Sector::Overheid, 2020).map(|d| d.aantal), Some(17_500));
/// assert_eq!(landelijk_doel(Sector::Overheid, 2014), None);
/// assert_eq!(landelijk_doel(Sector::Overheid, 2026), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LandelijkDoel {
    /// The sector.
    pub sector: Sector,
    /// The calendar year.
    pub jaar: i32,
    /// Extra jobs against the nulmeting: `uren_december` / 110,92 (see the module docs).
    pub aantal: u32,
    /// The cumulative extra verloonde uren in December of the year, as Regeling Wfsv art. 3.29
    /// lid 2 (overheid) or lid 3 (niet-overheid) states them.
    pub uren_december: u64,
}

const fn doel(sector: Sector, jaar: i32, aantal: u32, uren_december: u64) -> LandelijkDoel {
    LandelijkDoel {
        sector,
        jaar,
        aantal,
        uren_december,
    }
}

const O: Sector = Sector::Overheid;
const M: Sector = Sector::NietOverheid;

/// The national targets the crate ships: every year 2015–2025 of Regeling Wfsv art. 3.29
/// lid 2 (sector overheid; from 2023 "2023 en verder") and lid 3 (sector niet-overheid), in
/// the text of 2015-10-19; see the module docs for the quotes.
pub const LANDELIJKE_DOELEN: [LandelijkDoel; 22] = [
    doel(O, 2015, 3_000, 332_760),
    doel(O, 2016, 6_500, 720_980),
    doel(O, 2017, 10_000, 1_109_200),
    doel(O, 2018, 12_500, 1_386_500),
    doel(O, 2019, 15_000, 1_663_800),
    doel(O, 2020, 17_500, 1_941_100),
    doel(O, 2021, 20_000, 2_218_400),
    doel(O, 2022, 22_500, 2_495_700),
    doel(O, 2023, 25_000, 2_773_000),
    doel(O, 2024, 25_000, 2_773_000),
    doel(O, 2025, 25_000, 2_773_000),
    doel(M, 2015, 6_000, 665_520),
    doel(M, 2016, 14_000, 1_552_880),
    doel(M, 2017, 23_000, 2_551_160),
    doel(M, 2018, 31_000, 3_438_520),
    doel(M, 2019, 40_000, 4_436_800),
    doel(M, 2020, 50_000, 5_546_000),
    doel(M, 2021, 60_000, 6_655_200),
    doel(M, 2022, 70_000, 7_764_400),
    doel(M, 2023, 80_000, 8_873_600),
    doel(M, 2024, 90_000, 9_982_800),
    doel(M, 2025, 100_000, 11_092_000),
];

/// The national target for `sector` in `jaar`, where the crate has one.
#[must_use]
pub fn landelijk_doel(sector: Sector, jaar: i32) -> Option<LandelijkDoel> {
    LANDELIJKE_DOELEN
        .iter()
        .copied()
        .find(|d| d.sector == sector && d.jaar == jaar)
}

/// What a regional target counts.
///
/// ```
/// use participatiewet::banenafspraak::{Categorie, Sector};
/// assert_eq!(serde_json::to_string(&Categorie::Garantiebanen(Sector::Overheid))?, r#"{"garantiebanen":"overheid"}"#);
/// assert_eq!(Categorie::Arbeidsbeperking.to_string(), "arbeidsbeperking");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Categorie {
    /// (Leerwerk)banen for people with an arbeidsbeperking.
    Arbeidsbeperking,
    /// (Leerwerk)banen for a broader target group.
    BredereDoelgroep,
    /// Garantiebanen in one sector.
    Garantiebanen(Sector),
}

impl fmt::Display for Categorie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Arbeidsbeperking => f.write_str("arbeidsbeperking"),
            Self::BredereDoelgroep => f.write_str("bredere_doelgroep"),
            Self::Garantiebanen(s) => write!(f, "garantiebanen: {s}"),
        }
    }
}

/// How large a regional target is.
///
/// ```
/// use participatiewet::banenafspraak::Omvang;
/// assert_eq!(serde_json::to_string(&Omvang::PerJaar(1000))?, r#"{"per_jaar":1000}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Omvang {
    /// A number for the whole period of the row.
    Totaal(u32),
    /// A number each calendar year of the row.
    PerJaar(u32),
}

/// `totaal: <n>` or `per_jaar: <n>`.
///
/// ```
/// assert_eq!(participatiewet::banenafspraak::Omvang::PerJaar(1000).to_string(), "per_jaar: 1000");
/// ```
impl fmt::Display for Omvang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Totaal(n) => write!(f, "totaal: {n}"),
            Self::PerJaar(n) => write!(f, "per_jaar: {n}"),
        }
    }
}

/// One row of a regional agreement: a category, the years `van`..=`tot_en_met` (open-ended
/// when `None`), and the size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Regiodoel {
    /// What is counted.
    pub categorie: Categorie,
    /// The first calendar year.
    pub van: i32,
    /// The last calendar year, or `None` for "and after".
    pub tot_en_met: Option<i32>,
    /// The size.
    pub omvang: Omvang,
}

impl Regiodoel {
    /// A row.
    #[must_use]
    pub const fn new(
        categorie: Categorie,
        van: i32,
        tot_en_met: Option<i32>,
        omvang: Omvang,
    ) -> Self {
        Self {
            categorie,
            van,
            tot_en_met,
            omvang,
        }
    }

    fn bevat(&self, jaar: i32) -> bool {
        self.van <= jaar && self.tot_en_met.is_none_or(|t| jaar <= t)
    }

    /// The cumulative target at the end of `jaar`: a total row's number once the year lies in
    /// it, a per-year row's number times the years of the row up to `jaar`.
    fn tot_en_met_jaar(&self, jaar: i32) -> Option<u64> {
        if jaar < self.van {
            return Some(0);
        }
        match self.omvang {
            Omvang::Totaal(n) => Some(u64::from(n)),
            Omvang::PerJaar(n) => {
                let laatste = self.tot_en_met.map_or(jaar, |t| t.min(jaar));
                let jaren = u64::try_from(i64::from(laatste) - i64::from(self.van) + 1).ok()?;
                u64::from(n).checked_mul(jaren)
            }
        }
    }
}

/// The region's agreement: its own targets, policy data the municipality fills, cited as the
/// agreement it is (never as national law).
///
/// ```
/// use participatiewet::banenafspraak::{Categorie, Omvang, RegionaleAfspraak, Regiodoel, Sector};
/// let afspraak = RegionaleAfspraak::new(
///     "Regionaal werkbedrijf, banenafspraak 2014-2017",
///     vec![
///         Regiodoel::new(Categorie::Arbeidsbeperking, 2014, Some(2017), Omvang::Totaal(585)),
///         Regiodoel::new(Categorie::BredereDoelgroep, 2014, Some(2017), Omvang::Totaal(415)),
///         Regiodoel::new(Categorie::Garantiebanen(Sector::NietOverheid), 2014, Some(2017), Omvang::Totaal(365)),
///         Regiodoel::new(Categorie::Garantiebanen(Sector::Overheid), 2014, Some(2017), Omvang::Totaal(140)),
///         Regiodoel::new(Categorie::Arbeidsbeperking, 2018, None, Omvang::PerJaar(1000)),
///     ],
/// )?;
/// assert_eq!(afspraak.doel(Categorie::Arbeidsbeperking, 2016), Some(585));
/// assert_eq!(afspraak.doel(Categorie::Arbeidsbeperking, 2019), Some(585 + 2000));
/// assert_eq!(afspraak.doel(Categorie::Garantiebanen(Sector::Overheid), 2017), Some(140));
/// assert_eq!(afspraak.doel(Categorie::BredereDoelgroep, 2013), None);
/// assert_eq!(afspraak.citation().to_string(), "gemeentelijk beleid: Regionaal werkbedrijf, banenafspraak 2014-2017");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct RegionaleAfspraak {
    naam: String,
    rijen: Vec<Regiodoel>,
}

validated_serde!(RegionaleAfspraak);

impl Validate for RegionaleAfspraak {
    fn validate(&self) -> Result<(), Error> {
        if self.naam.trim().is_empty() {
            return Err(Error::facts(
                "naam",
                Text::new("de afspraak heeft geen naam", "the agreement has no name"),
            ));
        }
        for (i, rij) in self.rijen.iter().enumerate() {
            let geldig = (1900..=2199).contains(&rij.van)
                && rij.tot_en_met.is_none_or(|t| (rij.van..=2199).contains(&t));
            if !geldig {
                return Err(Error::facts(
                    "rijen",
                    Text::new(
                        "een rij heeft jaren buiten 1900–2199 of eindigt vóór haar begin",
                        "a row has years outside 1900–2199 or ends before it begins",
                    ),
                ));
            }
            let overlap = self.rijen.iter().skip(i + 1).any(|o| {
                o.categorie == rij.categorie
                    && o.van <= rij.tot_en_met.unwrap_or(i32::MAX)
                    && rij.van <= o.tot_en_met.unwrap_or(i32::MAX)
            });
            if overlap {
                return Err(Error::facts(
                    "rijen",
                    Text::new(
                        "twee rijen van dezelfde categorie overlappen",
                        "two rows of the same category overlap",
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl RegionaleAfspraak {
    /// The agreement `naam` with `rijen`; errors on an empty name, years outside 1900–2199 or
    /// overlapping rows of one category.
    pub fn new(naam: impl Into<String>, rijen: Vec<Regiodoel>) -> Result<Self, Error> {
        let a = Self {
            naam: naam.into(),
            rijen,
        };
        a.validate()?;
        Ok(a)
    }

    /// An example of a region's agreement, with the figures of the municipal documents this
    /// crate serves (policy data, not law): 585 extra (leerwerk)banen for people with an
    /// arbeidsbeperking and 415 for a broader group in 2014-2017, of which 365 garantiebanen in
    /// the market sector and 140 at the government, and 1,000 a year from 2018.
    ///
    /// ```
    /// use participatiewet::banenafspraak::{Categorie, RegionaleAfspraak};
    /// let a = RegionaleAfspraak::voorbeeld("Regionaal werkbedrijf, banenafspraak")?;
    /// assert_eq!(a.doel(Categorie::Arbeidsbeperking, 2017), Some(585));
    /// assert_eq!(a.doel(Categorie::Arbeidsbeperking, 2018), Some(1585));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn voorbeeld(naam: impl Into<String>) -> Result<Self, Error> {
        let tot_2017 =
            |categorie, aantal| Regiodoel::new(categorie, 2014, Some(2017), Omvang::Totaal(aantal));
        Self::new(
            naam,
            vec![
                tot_2017(Categorie::Arbeidsbeperking, 585),
                tot_2017(Categorie::BredereDoelgroep, 415),
                tot_2017(Categorie::Garantiebanen(Sector::NietOverheid), 365),
                tot_2017(Categorie::Garantiebanen(Sector::Overheid), 140),
                Regiodoel::new(
                    Categorie::Arbeidsbeperking,
                    2018,
                    None,
                    Omvang::PerJaar(1000),
                ),
            ],
        )
    }

    /// The rows.
    #[must_use]
    pub fn rijen(&self) -> &[Regiodoel] {
        &self.rijen
    }

    /// The citation of the agreement (municipal policy, not national law).
    #[must_use]
    pub fn citation(&self) -> Citation {
        Citation::owned(Regulation::GemeentelijkBeleid, self.naam.clone())
    }

    /// The cumulative target for `categorie` at the end of `jaar`: every row up to `jaar`
    /// added; `None` when no row of the category has begun.
    #[must_use]
    pub fn doel(&self, categorie: Categorie, jaar: i32) -> Option<u64> {
        let mut rijen = self
            .rijen
            .iter()
            .filter(|r| r.categorie == categorie && r.van <= jaar)
            .peekable();
        rijen.peek()?;
        rijen.try_fold(0_u64, |som, r| som.checked_add(r.tot_en_met_jaar(jaar)?))
    }

    /// Whether a row of `categorie` covers `jaar`.
    #[must_use]
    pub fn geldt_in(&self, categorie: Categorie, jaar: i32) -> bool {
        self.rijen
            .iter()
            .any(|r| r.categorie == categorie && r.bevat(jaar))
    }
}

/// A count against a target on a date.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{tel, Realisatie, Sector};
/// let t = tel(&[], NaiveDate::from_ymd_opt(2025, 12, 31).unwrap())?;
/// let r = Realisatie::landelijk(&t, Sector::Overheid, 2025).expect("a target for 2025");
/// assert_eq!(r.tekort(), rust_decimal::dec!(25000));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Realisatie {
    peildatum: NaiveDate,
    gerealiseerd: Decimal,
    doel: u64,
    jaar: i32,
    sector: Option<Sector>,
    bron: Citation,
}

impl Realisatie {
    /// The count in `sector` against the national target of `jaar`, if the crate has one.
    #[must_use]
    pub fn landelijk(telling: &Telling, sector: Sector, jaar: i32) -> Option<Self> {
        let doel = landelijk_doel(sector, jaar)?;
        Some(Self {
            peildatum: telling.peildatum(),
            gerealiseerd: telling.banen(sector),
            doel: u64::from(doel.aantal),
            jaar,
            sector: Some(sector),
            bron: g::ART_122N_LID_2_A.clone(),
        })
    }

    /// The count (both sectors, or `sector` for garantiebanen) against the region's target
    /// for `categorie` at the end of `jaar`.
    #[must_use]
    pub fn regionaal(
        telling: &Telling,
        afspraak: &RegionaleAfspraak,
        categorie: Categorie,
        jaar: i32,
    ) -> Option<Self> {
        let doel = afspraak.doel(categorie, jaar)?;
        let (gerealiseerd, sector) = match categorie {
            Categorie::Garantiebanen(s) => (telling.banen(s), Some(s)),
            _ => (telling.banen_totaal(), None),
        };
        Some(Self {
            peildatum: telling.peildatum(),
            gerealiseerd,
            doel,
            jaar,
            sector,
            bron: afspraak.citation(),
        })
    }

    /// The banen realised.
    #[must_use]
    pub const fn gerealiseerd(&self) -> Decimal {
        self.gerealiseerd
    }

    /// The target.
    #[must_use]
    pub const fn doel(&self) -> u64 {
        self.doel
    }

    /// How far the count lies below the target (zero when reached).
    #[must_use]
    pub fn tekort(&self) -> Decimal {
        (Decimal::from(self.doel) - self.gerealiseerd).max(Decimal::ZERO)
    }

    /// The realisation as a decision: the count against the target, with the target's source.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Motivering, Taal};
    /// use participatiewet::banenafspraak::{tel, Realisatie, Sector};
    /// let t = tel(&[], NaiveDate::from_ymd_opt(2025, 12, 31).unwrap())?;
    /// let d = Realisatie::landelijk(&t, Sector::NietOverheid, 2025).unwrap().decision();
    /// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("100.000 extra banen in 2025"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Realisatie> {
        let doel = Decimal::from(self.doel);
        let outcome = Ground::with_cite(
            &g::REALISATIE,
            self.bron.clone(),
            [
                Value::Date(self.peildatum),
                Value::Number(super::telling::weergave(self.gerealiseerd)),
                Value::Number(doel),
            ],
        );
        let mut d = Decision::with_capacity(self.clone(), outcome, 1);
        let ground = match (self.bron.regulation, self.sector) {
            (Regulation::GemeentelijkBeleid, _) | (_, None) => Ground::with_cite(
                &g::REGIONAAL_DOEL,
                self.bron.clone(),
                [Value::Number(doel), Value::Count(i64::from(self.jaar))],
            ),
            (_, Some(sector)) => Ground::with_cite(
                &g::LANDELIJK_DOEL,
                self.bron.clone(),
                [
                    Value::Label(sector.label()),
                    Value::Number(doel),
                    Value::Count(i64::from(self.jaar)),
                ],
            ),
        };
        d.push(ground);
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_is_its_hours_in_banen_of_110_92_hours() {
        // Regeling Wfsv art. 3.29: each figure is aantal × 110,92 hours, exactly.
        for d in LANDELIJKE_DOELEN {
            assert_eq!(d.uren_december * 100, u64::from(d.aantal) * 11_092, "{d:?}");
        }
    }

    #[test]
    fn every_year_2015_to_2025_once_per_sector_and_never_falling() {
        for s in [Sector::Overheid, Sector::NietOverheid] {
            let mut vorig = 0;
            for jaar in 2015..=2025 {
                let n = LANDELIJKE_DOELEN
                    .iter()
                    .filter(|d| d.sector == s && d.jaar == jaar)
                    .count();
                assert_eq!(n, 1, "{s} {jaar}");
                let d = landelijk_doel(s, jaar).map_or(0, |d| d.aantal);
                assert!(d >= vorig, "{s} {jaar}");
                vorig = d;
            }
        }
    }
}
