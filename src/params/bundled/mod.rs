//! The embedded default parameter values, each with its source and confidence.
//!
//! Every row names its source and its [`Confidence`](crate::Confidence): read in the law text
//! or an official publication, an official secondary source, another secondary source, or
//! unverified. A table ends where the values we
//! have end: a date beyond is an error, never the last value carried over.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

mod bijstand;

use bijstand::{
    bijstandsnormen, kostendeler_leeftijd, vermogensgrens_eigen_woning, vermogensgrenzen,
};

use super::Parameters;
use super::table::{Confidence, Row, Table};
use super::values::{AowLeeftijd, Minimumjeugdloon};
use crate::money::{Money, Percentage};

use Confidence::{LawText as L, Official as O, Secondary as S};

/// A date literal; the bundled-table test proves every literal is a real date (an impossible
/// one would become `NaiveDate::MIN` and break the table's order).
pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

pub(super) const fn eur(cents: u32) -> Money {
    Money::from_cents_const(cents)
}

/// A percentage literal given in hundredths of a percent (`2350` is 23.50%).
fn pct(hundredths: u32) -> Percentage {
    Percentage::new(Decimal::from_parts(hundredths, 0, 0, false, 2)).unwrap_or(Percentage::ZERO)
}

/// Rows from `(from, value, source, confidence)`, each ending the day before the next starts,
/// the last ending on `last_day`.
pub(super) fn rows<T>(
    last_day: NaiveDate,
    items: Vec<(NaiveDate, T, &'static str, Confidence)>,
) -> Vec<Row<T>> {
    let starts: Vec<NaiveDate> = items.iter().map(|item| item.0).collect();
    items
        .into_iter()
        .enumerate()
        .map(|(i, (from, value, source, confidence))| {
            let to = starts
                .get(i + 1)
                .and_then(NaiveDate::pred_opt)
                .unwrap_or(last_day);
            Row::new(from, Some(to), value, source, confidence)
        })
        .collect()
}

pub(super) fn parameters() -> Parameters {
    Parameters {
        wml_per_maand: Table::from_valid_rows("wml_per_maand", wml_per_maand()),
        wml_per_uur: Table::from_valid_rows("wml_per_uur", wml_per_uur()),
        minimumjeugdloon: Table::from_valid_rows("minimumjeugdloon", minimumjeugdloon()),
        aow_leeftijd: Table::from_valid_rows("aow_leeftijd", aow_leeftijd()),
        werkgeverslasten: Table::from_valid_rows("werkgeverslasten", werkgeverslasten()),
        maximum_dagloon: Table::from_valid_rows("maximum_dagloon", maximum_dagloon()),
        bijstandsnormen: Table::from_valid_rows("bijstandsnormen", bijstandsnormen()),
        vermogensgrenzen: Table::from_valid_rows("vermogensgrenzen", vermogensgrenzen()),
        vermogensgrens_eigen_woning: Table::from_valid_rows(
            "vermogensgrens_eigen_woning",
            vermogensgrens_eigen_woning(),
        ),
        kostendeler_leeftijd: Table::from_valid_rows(
            "kostendeler_leeftijd",
            kostendeler_leeftijd(),
        ),
    }
}

const WML_S: &str =
    "WMM art. 8 lid 1 b, indexed per art. 14; amount as published by payroll sources";
const WML_2026_07: &str = "WMM art. 8 lid 1, art. 14; Regeling indexatie wettelijk minimumloon per 1 juli 2026 (Stcrt. 2026, 16505)";
const WML_L: &str = "WMM art. 8 lid 1 b, indexed per art. 14; Stcrt. indexation notice";

fn wml_per_maand() -> Vec<Row<Money>> {
    rows(
        d(2026, 12, 31),
        vec![
            (d(2015, 1, 1), eur(150_180), WML_S, S),
            (d(2015, 7, 1), eur(150_780), WML_S, S),
            (d(2016, 1, 1), eur(152_460), WML_S, S),
            (d(2016, 7, 1), eur(153_720), WML_S, S),
            (d(2017, 1, 1), eur(155_160), WML_S, S),
            (d(2017, 7, 1), eur(156_540), WML_S, S),
            (d(2018, 1, 1), eur(157_800), WML_S, S),
            (d(2018, 7, 1), eur(159_420), WML_S, S),
            (d(2019, 1, 1), eur(161_580), WML_S, S),
            (d(2019, 7, 1), eur(163_560), WML_S, S),
            (d(2020, 1, 1), eur(165_360), WML_L, L),
            (d(2020, 7, 1), eur(168_000), WML_S, S),
            (d(2021, 1, 1), eur(168_480), WML_S, S),
            (d(2021, 7, 1), eur(170_100), WML_S, S),
            (d(2022, 1, 1), eur(172_500), WML_S, S),
            (d(2022, 7, 1), eur(175_620), WML_S, S),
            (d(2023, 1, 1), eur(193_440), WML_S, S),
            (d(2023, 7, 1), eur(199_500), WML_S, S),
            (d(2024, 1, 1), eur(206_940), WML_S, S),
            (d(2024, 7, 1), eur(213_360), WML_S, S),
            (d(2025, 1, 1), eur(219_180), WML_S, S),
            (d(2025, 7, 1), eur(224_580), WML_S, S),
            (d(2026, 1, 1), eur(229_440), WML_S, S),
            (d(2026, 7, 1), eur(233_700), WML_2026_07, L),
        ],
    )
}

fn wml_per_uur() -> Vec<Row<Money>> {
    const SRC: &str =
        "WMM art. 8 lid 1 a (hourly minimum wage from 2024-01-01), indexed per art. 14";
    rows(
        d(2026, 12, 31),
        vec![
            (d(2024, 1, 1), eur(1_327), SRC, S),
            (d(2024, 7, 1), eur(1_368), SRC, S),
            (
                d(2025, 1, 1),
                eur(1_406),
                "rijksoverheid.nl, minimumloon per 1 januari 2025 (WMM art. 8 lid 1 a)",
                O,
            ),
            (d(2025, 7, 1), eur(1_440), SRC, S),
            (d(2026, 1, 1), eur(1_471), SRC, S),
            (d(2026, 7, 1), eur(1_499), WML_2026_07, L),
        ],
    )
}

fn scale(adult_age: u8, rates: [(u8, u32); 8]) -> Minimumjeugdloon {
    let rates: BTreeMap<u8, Percentage> = rates
        .into_iter()
        .filter(|&(age, _)| age < adult_age)
        .map(|(age, hundredths)| (age, pct(hundredths)))
        .collect();
    Minimumjeugdloon { adult_age, rates }
}

fn minimumjeugdloon() -> Vec<Row<Minimumjeugdloon>> {
    const SRC: &str = "WMM art. 7 lid 3, art. 8 lid 3 with the Besluit minimumjeugdloon art. 1, art. 2 lid 1 (staffel in force)";
    rows(
        d(2026, 12, 31),
        vec![
            (
                d(2015, 1, 1),
                scale(
                    23,
                    [
                        (15, 3000),
                        (16, 3450),
                        (17, 3950),
                        (18, 4550),
                        (19, 5250),
                        (20, 6150),
                        (21, 7250),
                        (22, 8500),
                    ],
                ),
                SRC,
                S,
            ),
            (
                d(2017, 7, 1),
                scale(
                    22,
                    [
                        (15, 3000),
                        (16, 3450),
                        (17, 3950),
                        (18, 4750),
                        (19, 5500),
                        (20, 7000),
                        (21, 8500),
                        (22, 10000),
                    ],
                ),
                SRC,
                S,
            ),
            (
                d(2019, 7, 1),
                scale(
                    21,
                    [
                        (15, 3000),
                        (16, 3450),
                        (17, 3950),
                        (18, 5000),
                        (19, 6000),
                        (20, 8000),
                        (21, 10000),
                        (22, 10000),
                    ],
                ),
                SRC,
                S,
            ),
        ],
    )
}

fn aow(years: u8, months: u8) -> AowLeeftijd {
    AowLeeftijd { years, months }
}

fn aow_leeftijd() -> Vec<Row<AowLeeftijd>> {
    const SRC: &str = "AOW art. 7a (pensioengerechtigde leeftijd by calendar year of reaching it)";
    const SRC_S: &str = "AOW art. 7a lid 2, age as announced for that year (secondary source)";
    const SRC_2031: &str = "AOW art. 7a lid 2; 2028-2030 and 2031 (67 years 3 months) as set by the \
         minister and reported (seniorenjournaal.nl, syfers.nl: 'AOW-leeftijd blijft 67 jaar en \
         drie maanden in 2031')";
    rows(
        d(2031, 12, 31),
        vec![
            (d(2015, 1, 1), aow(65, 3), SRC, L),
            (d(2016, 1, 1), aow(65, 6), SRC, L),
            (d(2017, 1, 1), aow(65, 9), SRC, L),
            (d(2018, 1, 1), aow(66, 0), SRC, L),
            (d(2019, 1, 1), aow(66, 4), SRC, L),
            (d(2022, 1, 1), aow(66, 7), SRC, L),
            (d(2023, 1, 1), aow(66, 10), SRC, L),
            (d(2024, 1, 1), aow(67, 0), SRC, L),
            (d(2026, 1, 1), aow(67, 0), SRC_S, S),
            (d(2028, 1, 1), aow(67, 3), SRC_2031, S),
        ],
    )
}

fn werkgeverslasten() -> Vec<Row<Percentage>> {
    rows(
        d(2026, 12, 31),
        vec![
            (
                d(2015, 1, 1),
                pct(2300),
                "Regeling loonkostensubsidie Participatiewet (2015), forfaitaire werkgeverslasten 23%",
                S,
            ),
            (
                d(2018, 1, 1),
                pct(2350),
                "Regeling loonkostensubsidie Participatiewet, art. 1 as amended from 2018-01-01: 23,5%",
                L,
            ),
            (
                d(2021, 7, 1),
                pct(2350),
                "Regeling loonkostensubsidie Participatiewet 2021, art. 1: 23,5%",
                L,
            ),
        ],
    )
}

/// The maximum dagloon of each half-year: `(year, month, cents, source, confidence)`.
type DagloonRij = (i32, u32, u32, &'static str, Confidence);

// Wfsv art. 17 lid 1, second sentence: the maximum dagloon is the maximum premieloon "met
// betrekking tot een loontijdvak van een dag, waarbij het kalenderjaar wordt gesteld op 261
// dagen"; art. 18 lid 1 revises it "met ingang van de dag waarop en in de mate waarin" the
// monthly minimum wage is revised, and lid 2 has the minister publish it in the
// Staatscourant. The law text holds no amount: each row is the amount the SZW rekenregels
// (or UWV) published for that half-year, as reported. The table ends where the sourced
// values end: the value from 2025-07-01 was not found, so the 2026-01-01 value (304.25,
// Stcrt. 2025, 42324) cannot join without a gap; a caller adds the rows from 2025-07-01
// with `Table::insert`.
const DAGLOON_SZW: &str = "Wfsv art. 17; amount as published in the SZW rekenregels";
const DAGLOON: [DagloonRij; 21] = [
    (
        2015,
        1,
        19_915,
        "Wfsv art. 17, 18; SZW rekenregels januari 2015: EUR 199,15 per dag (as reported by salure.nl)",
        S,
    ),
    (
        2015,
        7,
        19_995,
        "Wfsv art. 17, 18; SZW rekenregels juli 2015: EUR 199,95 per dag (as reported by rendement.nl, 2015-06-05)",
        S,
    ),
    (
        2016,
        1,
        20_217,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2016: EUR 202,17 per dag (as reported by nextens.nl)",
        S,
    ),
    (
        2016,
        7,
        20_385,
        "Wfsv art. 17, 18; SZW rekenregels 1 juli 2016: EUR 203,85 per dag (as reported by rendement.nl, 2016-06-01)",
        S,
    ),
    (
        2017,
        1,
        20_577,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2017: EUR 205,77 per dag (as reported by nextens.nl)",
        S,
    ),
    (
        2017,
        7,
        20_760,
        "Wfsv art. 17, 18; SZW rekenregels 1 juli 2017: EUR 207,60 per dag (as reported by nextens.nl)",
        S,
    ),
    (
        2018,
        1,
        20_926,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2018: EUR 209,26 per dag (as reported by rendement.nl, 2017-12-12)",
        S,
    ),
    (
        2018,
        7,
        21_142,
        "Wfsv art. 17, 18; SZW rekenregels 1 juli 2018: EUR 211,42 per dag (as reported by rendement.nl, 2018-05-30)",
        S,
    ),
    (
        2019,
        1,
        21_428,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2019: EUR 214,28 per dag (as reported by hr-kiosk.nl)",
        S,
    ),
    (
        2019,
        7,
        21_690,
        "Wfsv art. 17, 18; SZW rekenregels 1 juli 2019: EUR 216,90 per dag (as reported by rendement.nl, 2019-06-06)",
        S,
    ),
    (
        2020,
        1,
        21_928,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2020: EUR 219,28 per dag (as reported by hr-kiosk.nl)",
        S,
    ),
    (
        2020,
        7,
        22_278,
        "Wfsv art. 17, 18; SZW rekenregels 1 juli 2020: EUR 222,78 per dag (as reported by rendement.nl, 2020-06-10)",
        S,
    ),
    (
        2021,
        1,
        22_340,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2021: EUR 223,40 per dag (as reported by rendement.nl, 2020-11-30)",
        S,
    ),
    (
        2021,
        7,
        22_557,
        "Wfsv art. 17, 18; uwv.nl, maximumdagloon vanaf 1 juli 2021: EUR 225,57 per dag",
        O,
    ),
    (
        2022,
        1,
        22_876,
        "Wfsv art. 17, 18; SZW rekenregels 1 januari 2022: EUR 228,76 per dag (as reported by voion.nl and horlings.nl)",
        S,
    ),
    (
        2022,
        7,
        23_290,
        "Wfsv art. 17, 18; in force until 2022-12-31: 'verhoogd van bruto EUR 232,90 naar EUR 256,54' per 2023-01-01 (svpay.nl, 2023-01-05); from the WML change of 2022-07-01 (art. 18 lid 1)",
        S,
    ),
    (2023, 1, 25_654, DAGLOON_SZW, S),
    (
        2023,
        7,
        26_457,
        "Wfsv art. 17; SZW rekenregels per 1 juli 2023 (as reported by nextaccountants.nl)",
        S,
    ),
    (
        2024,
        1,
        27_444,
        "Wfsv art. 17; SZW rekenregels per 1 januari 2024",
        S,
    ),
    (
        2024,
        7,
        28_295,
        "Wfsv art. 17; SZW rekenregels per 1 juli 2024 (as reported by salariszaken.nl)",
        S,
    ),
    (
        2025,
        1,
        29_067,
        "Wfsv art. 17 lid 1: maximumpremieloon 2025 EUR 75.864 / 261, Regeling premiepercentages en maximumpremieloon 2025 (as reported by smkaccountants.nl, 2024-12-04)",
        S,
    ),
];

fn maximum_dagloon() -> Vec<Row<Money>> {
    rows(
        d(2025, 6, 30),
        DAGLOON
            .iter()
            .map(|&(y, m, cents, source, confidence)| (d(y, m, 1), eur(cents), source, confidence))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_table_is_valid() {
        use crate::wire::Validate;
        let p = parameters();
        p.validate().unwrap();
        // The same set passes the public validation that loading runs.
        let json = serde_json::to_string(&p).unwrap();
        let back: Parameters = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
    }
}
