//! The embedded default parameter values, each with its source and confidence.
//!
//! Sources: the domain brief (`shared/domain/brief.md`) with its confidence letters (L = law
//! text or official publication, O = official secondary, S = other secondary, U = unverified),
//! corrected where the law says otherwise (see the CHANGELOG). A table ends where the values we
//! have end: a date beyond is an error, never the last value carried over.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Parameters;
use super::table::{Confidence, Row, Table};
use super::values::{AowLeeftijd, Bijstandsnormen, Minimumjeugdloon, Vermogensgrenzen};
use crate::money::{Money, Percentage};

use Confidence::{LawText as L, Official as O, Secondary as S, Unverified as U};

/// A date literal; the bundled-table test proves every literal is a real date (an impossible
/// one would become `NaiveDate::MIN` and break the table's order).
fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

const fn eur(cents: u32) -> Money {
    Money::from_cents_const(cents)
}

/// A percentage literal given in hundredths of a percent (`2350` is 23.50%).
fn pct(hundredths: u32) -> Percentage {
    Percentage::new(Decimal::from_parts(hundredths, 0, 0, false, 2)).unwrap_or(Percentage::ZERO)
}

/// Rows from `(from, value, source, confidence)`, each ending the day before the next starts,
/// the last ending on `last_day`.
fn rows<T>(
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
    const SRC: &str = "WMM art. 8 lid 2 with the Besluit minimumjeugdloon (staffel in force)";
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
    rows(
        d(2030, 12, 31),
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
            (d(2028, 1, 1), aow(67, 3), SRC_S, S),
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

fn maximum_dagloon() -> Vec<Row<Money>> {
    // Wfsv art. 17: the maximum dagloon moves with the minimum wage on 1 January and 1 July.
    // The table ends where the sourced values end: the value from 2025-07-01 is not yet sourced,
    // so the 2026 value of the brief (304.25, secondary) cannot join without a gap; a caller adds
    // the rows from 2025-07-01 with `Table::insert`.
    const SRC: &str = "Wfsv art. 17; amount as published in the SZW rekenregels";
    rows(
        d(2025, 6, 30),
        vec![
            (d(2023, 1, 1), eur(25_654), SRC, S),
            (
                d(2023, 7, 1),
                eur(26_457),
                "Wfsv art. 17; SZW rekenregels per 1 juli 2023 (as reported by nextaccountants.nl)",
                S,
            ),
            (
                d(2024, 1, 1),
                eur(27_444),
                "Wfsv art. 17; SZW rekenregels per 1 januari 2024",
                S,
            ),
            (
                d(2024, 7, 1),
                eur(28_295),
                "Wfsv art. 17; SZW rekenregels per 1 juli 2024 (as reported by salariszaken.nl)",
                S,
            ),
            (
                d(2025, 1, 1),
                eur(29_067),
                "Wfsv art. 17; domain brief, not verified against the rekenregels",
                U,
            ),
        ],
    )
}

/// The norms of one row, in cents: art. 21 a and b, art. 22 a and b/c (`adult`), and art. 20
/// lid 1 a, b, c, lid 2 b, c and art. 22a lid 3 b, a (`young`).
fn normen(adult: [u32; 4], young: [u32; 7]) -> Bijstandsnormen {
    let [alleen, gehuwd, aow_alleen, aow_gehuwd] = adult;
    let [
        jongere,
        beide_jong,
        een_jong,
        beide_jong_kind,
        een_jong_kind,
        kd_jong,
        kd_jong_kind,
    ] = young;
    Bijstandsnormen {
        alleenstaande_jongere: eur(jongere),
        gehuwden_jongeren: eur(beide_jong),
        gehuwden_jongeren_met_kinderen: eur(beide_jong_kind),
        gehuwden_een_jongere: eur(een_jong),
        gehuwden_een_jongere_met_kinderen: eur(een_jong_kind),
        kostendelers_jongere_partner: eur(kd_jong),
        kostendelers_jongere_partner_met_kinderen: eur(kd_jong_kind),
        alleenstaande: eur(alleen),
        gehuwden: eur(gehuwd),
        alleenstaande_pensioengerechtigde: eur(aow_alleen),
        gehuwden_pensioengerechtigd: eur(aow_gehuwd),
    }
}

fn bijstandsnormen() -> Vec<Row<Bijstandsnormen>> {
    // Art. 20 lid 1 b, c, lid 2 b, c and art. 22a lid 3 a, b of every row were read in the
    // consolidated text in force on the row's first day (BWBR0015703).
    const SRC: &str = "Participatiewet art. 20-22a; amounts per art. 38 (Stcrt. indexation); \
         art. 20 lid 1 b-c, lid 2 b-c and art. 22a lid 3 in the consolidated text in force on \
         the row's first day (BWBR0015703)";
    const SRC_2023_01: &str =
        "Participatiewet art. 20-22a, consolidated text in force on 2023-01-01 (BWBR0015703)";
    const SRC_2023_07: &str =
        "Participatiewet art. 20-22a, consolidated text in force on 2023-07-01 (BWBR0015703)";
    rows(
        d(2026, 12, 31),
        vec![
            (
                d(2023, 1, 1),
                normen(
                    [119_566, 170_808, 133_067, 180_720],
                    [29_520, 59_040, 114_924, 93_202, 149_086, 29_520, 63_682],
                ),
                SRC_2023_01,
                L,
            ),
            (
                d(2023, 7, 1),
                normen(
                    [121_662, 173_802, 135_766, 184_360],
                    [30_036, 60_072, 116_937, 94_832, 151_697, 30_036, 64_796],
                ),
                SRC_2023_07,
                L,
            ),
            (
                d(2024, 1, 1),
                normen(
                    [128_383, 183_404, 142_576, 193_232],
                    [31_694, 63_388, 123_396, 100_069, 160_077, 31_694, 68_375],
                ),
                SRC,
                L,
            ),
            (
                d(2024, 7, 1),
                normen(
                    [130_845, 186_921, 145_685, 197_664],
                    [32_303, 64_606, 125_764, 101_990, 163_148, 32_303, 69_687],
                ),
                SRC,
                L,
            ),
            (
                d(2025, 1, 1),
                normen(
                    [134_545, 192_207, 150_107, 205_348],
                    [33_217, 66_434, 129_321, 104_875, 167_762, 33_217, 71_658],
                ),
                SRC,
                L,
            ),
            (
                d(2025, 7, 1),
                normen(
                    [136_906, 195_580, 153_021, 209_498],
                    [33_798, 67_596, 131_588, 106_712, 170_704, 33_798, 72_914],
                ),
                SRC,
                L,
            ),
            (
                d(2026, 1, 1),
                normen(
                    [140_150, 200_213, 156_469, 214_416],
                    [34_599, 69_198, 134_706, 109_241, 174_749, 34_599, 74_642],
                ),
                SRC,
                L,
            ),
            (
                d(2026, 7, 1),
                normen(
                    [141_946, 202_779, 158_734, 217_610],
                    [35_042, 70_084, 136_432, 110_640, 176_988, 35_042, 75_598],
                ),
                SRC,
                L,
            ),
        ],
    )
}

fn vermogensgrenzen() -> Vec<Row<Vermogensgrenzen>> {
    const SRC: &str = "Participatiewet art. 34 lid 3, amount indexed per 1 January (art. 34 lid 4)";
    let grens = |alleen, gezin| Vermogensgrenzen {
        alleenstaande: eur(alleen),
        gezin: eur(gezin),
    };
    rows(
        d(2026, 12, 31),
        vec![
            (
                d(2023, 1, 1),
                grens(760_500, 1_521_000),
                "Participatiewet art. 34 lid 3; amounts for 2023 as listed by the municipality of Westland",
                S,
            ),
            (d(2024, 1, 1), grens(757_500, 1_515_000), SRC, L),
            (d(2025, 1, 1), grens(777_000, 1_554_000), SRC, L),
            (d(2026, 1, 1), grens(800_000, 1_600_000), SRC, L),
        ],
    )
}

fn vermogensgrens_eigen_woning() -> Vec<Row<Money>> {
    const SRC: &str = "Participatiewet art. 34 lid 2 onderdeel d (vermogen in de eigen woning; art. 50 lid 2), indexed per 1 January";
    rows(
        d(2026, 12, 31),
        vec![
            (d(2024, 1, 1), eur(6_390_000), SRC, L),
            (d(2025, 1, 1), eur(6_550_000), SRC, L),
            (d(2026, 1, 1), eur(6_750_000), SRC, L),
        ],
    )
}

fn kostendeler_leeftijd() -> Vec<Row<u8>> {
    rows(
        d(2026, 12, 31),
        vec![
            (
                d(2015, 1, 1),
                21,
                "Participatiewet art. 19a lid 1 (text 2015-2022: persoon van 21 jaar of ouder)",
                L,
            ),
            (
                d(2023, 1, 1),
                27,
                "Participatiewet art. 19a lid 1 (from 2023-01-01: persoon van 27 jaar of ouder)",
                L,
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_table_is_valid() {
        let p = parameters();
        p.wml_per_maand.validate().unwrap();
        p.wml_per_uur.validate().unwrap();
        p.minimumjeugdloon.validate().unwrap();
        p.aow_leeftijd.validate().unwrap();
        p.werkgeverslasten.validate().unwrap();
        p.maximum_dagloon.validate().unwrap();
        p.bijstandsnormen.validate().unwrap();
        p.vermogensgrenzen.validate().unwrap();
        p.vermogensgrens_eigen_woning.validate().unwrap();
        p.kostendeler_leeftijd.validate().unwrap();
        // The same set passes the public validation that loading runs.
        let json = serde_json::to_string(&p).unwrap();
        let back: Parameters = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
    }
}
