//! The bundled bijstand tables: norms (Participatiewet art. 20–22), asset limits (art. 34),
//! the home-equity limit (art. 34 lid 2 onderdeel d) and the cost-sharer age (art. 19a).
//!
//! The norms from 2015-07-01 to 2022-07-01, the asset limits from 2015 to 2023 and the
//! home-equity limit from 2015 to 2023 are read in the consolidated text of the
//! Participatiewet (BWBR0015703) of each version date. The text of
//! 2015-01-01 still carries the unindexed amounts of the introducing law in art. 20 and
//! art. 21 onderdeel a (`€ 926,47`, the 2013 single-parent norm, next to the indexed couple norm
//! `€ 1.372,62`), so the norms start on 2015-07-01: 2015-01-01 to 2015-06-30 is a gap.

use super::{d, eur, rows};
use crate::params::table::{Confidence, Row};
use crate::params::values::{Bijstandsnormen, Vermogensgrenzen};

use Confidence::LawText as L;

/// One version of art. 20–22a as the consolidated text states it, in cents: the five norms the
/// crate's [`Bijstandsnormen`] holds, and, read from the same text, the couple norms of
/// art. 20 lid 1 b/c and lid 2 b/c and the amounts of art. 22a lid 3 a/b.
pub(super) struct NormTekst {
    pub(super) vanaf: (i32, u32, u32),
    pub(super) bron: &'static str,
    /// Art. 20 lid 1 a: single person of 18, 19 or 20.
    pub(super) art20_1a: u32,
    /// Art. 20 lid 1 b: couple, both 18, 19 or 20, no children.
    pub(super) art20_1b: u32,
    /// Art. 20 lid 1 c: couple, one 18–20 and one 21 or older, no children, no cost-sharers.
    pub(super) art20_1c: u32,
    /// Art. 20 lid 2 b: couple, both 18, 19 or 20, with children.
    pub(super) art20_2b: u32,
    /// Art. 20 lid 2 c: couple, one 18–20 and one 21 or older, with children.
    pub(super) art20_2c: u32,
    /// Art. 21 onderdeel a: single person 21 up to AOW age.
    pub(super) art21a: u32,
    /// Art. 21 onderdeel b: couple, both 21 up to AOW age.
    pub(super) art21b: u32,
    /// Art. 22 onderdeel a: single person of AOW age.
    pub(super) art22a: u32,
    /// Art. 22 onderdelen b and c: couple of whom one or both reached AOW age.
    pub(super) art22b: u32,
    /// Art. 22a lid 3 a: the younger spouse's part, with children (`None` where the text is
    /// stale).
    pub(super) art22a_3a: Option<u32>,
    /// Art. 22a lid 3 b: the younger spouse's part, without children.
    pub(super) art22a_3b: Option<u32>,
}

macro_rules! tekst {
    ($y:literal, $m:literal, $datum:literal, [$a1:literal, $b1:literal, $c1:literal, $b2:literal, $c2:literal,
     $a21:literal, $b21:literal, $a22:literal, $b22:literal], $l3a:expr, $l3b:expr) => {
        NormTekst {
            vanaf: ($y, $m, 1),
            bron: concat!(
                "Participatiewet art. 20-22a, consolidated text in force on ",
                $datum,
                " (BWBR0015703)"
            ),
            art20_1a: $a1,
            art20_1b: $b1,
            art20_1c: $c1,
            art20_2b: $b2,
            art20_2c: $c2,
            art21a: $a21,
            art21b: $b21,
            art22a: $a22,
            art22b: $b22,
            art22a_3a: $l3a,
            art22a_3b: $l3b,
        }
    };
}

/// Art. 20–22a, 2015-07-01 to 2022-07-01, in cents, as read in the consolidated text of each
/// version date. The art. 22a lid 3 amounts of the 2016-01-01 text are those of 2015-07-01
/// (512,65 and 237,61, stale), and the text of 2015-07-01 was not read for them: both `None`.
/// The 2018-07-01 text gives the art. 22 onderdeel b norm as "€ 1.533,18 PM".
pub(super) const NORMEN_2015_2022: [NormTekst; 15] = [
    tekst!(
        2015,
        7,
        "2015-07-01",
        [
            23_761, 47_522, 92_520, 75_026, 120_024, 96_263, 137_518, 107_978, 147_640
        ],
        None,
        None
    ),
    tekst!(
        2016,
        1,
        "2016-01-01",
        [
            24_010, 48_020, 93_489, 75_811, 121_280, 97_270, 138_957, 109_287, 149_296
        ],
        None,
        None
    ),
    tekst!(
        2016,
        7,
        "2016-07-01",
        [
            24_120, 48_240, 93_917, 76_159, 121_836, 97_715, 139_593, 109_832, 149_956
        ],
        Some(52_039),
        Some(24_120)
    ),
    tekst!(
        2017,
        1,
        "2017-01-01",
        [
            24_260, 48_520, 94_459, 76_600, 122_539, 98_279, 140_398, 110_414, 150_806
        ],
        Some(52_340),
        Some(24_260)
    ),
    tekst!(
        2017,
        7,
        "2017-07-01",
        [
            24_352, 48_704, 94_818, 76_890, 123_004, 98_652, 140_931, 110_848, 151_474
        ],
        Some(52_538),
        Some(24_352)
    ),
    tekst!(
        2018,
        1,
        "2018-01-01",
        [
            24_491, 48_982, 95_357, 77_328, 123_703, 99_212, 141_732, 111_548, 152_544
        ],
        Some(52_837),
        Some(24_491)
    ),
    tekst!(
        2018,
        7,
        "2018-07-01",
        [
            24_601, 49_202, 95_784, 77_675, 124_257, 99_656, 142_366, 112_143, 153_318
        ],
        Some(53_074),
        Some(24_601)
    ),
    tekst!(
        2019,
        1,
        "2019-01-01",
        [
            25_317, 50_634, 98_571, 79_935, 127_872, 102_555, 146_507, 114_780, 156_346
        ],
        Some(54_618),
        Some(25_317)
    ),
    tekst!(
        2019,
        7,
        "2019-07-01",
        [
            25_439, 50_878, 99_041, 80_319, 128_482, 103_042, 147_203, 115_403, 157_150
        ],
        Some(54_880),
        Some(25_439)
    ),
    tekst!(
        2020,
        1,
        "2020-01-01",
        [
            25_978, 51_956, 101_144, 82_022, 131_210, 105_232, 150_331, 117_625, 159_442
        ],
        Some(56_044),
        Some(25_978)
    ),
    tekst!(
        2020,
        7,
        "2020-07-01",
        [
            26_144, 52_288, 101_789, 82_546, 132_047, 105_903, 151_290, 118_426, 160_688
        ],
        Some(56_402),
        Some(26_144)
    ),
    tekst!(
        2021,
        1,
        "2021-01-01",
        [
            26_549, 53_098, 103_366, 83_825, 134_093, 107_544, 153_634, 119_597, 162_074
        ],
        Some(57_276),
        Some(26_549)
    ),
    tekst!(
        2021,
        7,
        "2021-07-01",
        [
            26_629, 53_258, 103_679, 84_078, 134_499, 107_870, 154_100, 119_998, 162_708
        ],
        Some(57_449),
        Some(26_629)
    ),
    tekst!(
        2022,
        1,
        "2022-01-01",
        [
            26_951, 53_902, 104_930, 85_094, 136_122, 109_171, 155_958, 121_306, 164_254
        ],
        Some(58_143),
        Some(26_951)
    ),
    tekst!(
        2022,
        7,
        "2022-07-01",
        [
            27_202, 54_404, 105_904, 85_885, 137_385, 110_182, 157_403, 122_567, 166_036
        ],
        Some(58_683),
        Some(27_202)
    ),
];

/// The norms of one row, in cents: art. 21 a and b, art. 22 a and b/c (`adult`); art. 20
/// lid 1 a, b, c and lid 2 b, c (`young`); art. 22a lid 3 b and a (`kostendelers`, `None` where
/// the text of the row's date states no current amount).
fn normen(adult: [u32; 4], young: [u32; 5], kostendelers: [Option<u32>; 2]) -> Bijstandsnormen {
    let [alleen, gehuwd, aow_alleen, aow_gehuwd] = adult;
    let [
        jongere,
        beide_jong,
        een_jong,
        beide_jong_kind,
        een_jong_kind,
    ] = young;
    let [kd_jong, kd_jong_kind] = kostendelers;
    Bijstandsnormen {
        alleenstaande_jongere: eur(jongere),
        gehuwden_jongeren: eur(beide_jong),
        gehuwden_jongeren_met_kinderen: eur(beide_jong_kind),
        gehuwden_een_jongere: eur(een_jong),
        gehuwden_een_jongere_met_kinderen: eur(een_jong_kind),
        kostendelers_jongere_partner: kd_jong.map(eur),
        kostendelers_jongere_partner_met_kinderen: kd_jong_kind.map(eur),
        alleenstaande: eur(alleen),
        gehuwden: eur(gehuwd),
        alleenstaande_pensioengerechtigde: eur(aow_alleen),
        gehuwden_pensioengerechtigd: eur(aow_gehuwd),
    }
}

/// One bundled row before it becomes a [`Row`]: first day, norms, source, confidence.
type NormRij = (chrono::NaiveDate, Bijstandsnormen, &'static str, Confidence);

pub(super) fn bijstandsnormen() -> Vec<Row<Bijstandsnormen>> {
    let mut items: Vec<NormRij> = NORMEN_2015_2022
        .iter()
        .map(|t| {
            let (y, m, day) = t.vanaf;
            (
                d(y, m, day),
                normen(
                    [t.art21a, t.art21b, t.art22a, t.art22b],
                    [t.art20_1a, t.art20_1b, t.art20_1c, t.art20_2b, t.art20_2c],
                    [t.art22a_3b, t.art22a_3a],
                ),
                t.bron,
                L,
            )
        })
        .collect();
    items.extend(normen_2023_2026());
    rows(d(2026, 12, 31), items)
}

/// The rows from 2023, read in the consolidated text of each version date.
fn normen_2023_2026() -> [NormRij; 8] {
    const SRC: &str = "Participatiewet art. 20-22a; amounts per art. 38 (Stcrt. indexation); \
         art. 20 lid 1 b-c, lid 2 b-c and art. 22a lid 3 in the consolidated text in force on \
         the row's first day (BWBR0015703)";
    const SRC_2023_01: &str =
        "Participatiewet art. 20-22a, consolidated text in force on 2023-01-01 (BWBR0015703)";
    const SRC_2023_07: &str =
        "Participatiewet art. 20-22a, consolidated text in force on 2023-07-01 (BWBR0015703)";
    [
        (
            d(2023, 1, 1),
            normen(
                [119_566, 170_808, 133_067, 180_720],
                [29_520, 59_040, 114_924, 93_202, 149_086],
                [Some(29_520), Some(63_682)],
            ),
            SRC_2023_01,
            L,
        ),
        (
            d(2023, 7, 1),
            normen(
                [121_662, 173_802, 135_766, 184_360],
                [30_036, 60_072, 116_937, 94_832, 151_697],
                [Some(30_036), Some(64_796)],
            ),
            SRC_2023_07,
            L,
        ),
        (
            d(2024, 1, 1),
            normen(
                [128_383, 183_404, 142_576, 193_232],
                [31_694, 63_388, 123_396, 100_069, 160_077],
                [Some(31_694), Some(68_375)],
            ),
            SRC,
            L,
        ),
        (
            d(2024, 7, 1),
            normen(
                [130_845, 186_921, 145_685, 197_664],
                [32_303, 64_606, 125_764, 101_990, 163_148],
                [Some(32_303), Some(69_687)],
            ),
            SRC,
            L,
        ),
        (
            d(2025, 1, 1),
            normen(
                [134_545, 192_207, 150_107, 205_348],
                [33_217, 66_434, 129_321, 104_875, 167_762],
                [Some(33_217), Some(71_658)],
            ),
            SRC,
            L,
        ),
        (
            d(2025, 7, 1),
            normen(
                [136_906, 195_580, 153_021, 209_498],
                [33_798, 67_596, 131_588, 106_712, 170_704],
                [Some(33_798), Some(72_914)],
            ),
            SRC,
            L,
        ),
        (
            d(2026, 1, 1),
            normen(
                [140_150, 200_213, 156_469, 214_416],
                [34_599, 69_198, 134_706, 109_241, 174_749],
                [Some(34_599), Some(74_642)],
            ),
            SRC,
            L,
        ),
        (
            d(2026, 7, 1),
            normen(
                [141_946, 202_779, 158_734, 217_610],
                [35_042, 70_084, 136_432, 110_640, 176_988],
                [Some(35_042), Some(75_598)],
            ),
            SRC,
            L,
        ),
    ]
}

pub(super) fn vermogensgrenzen() -> Vec<Row<Vermogensgrenzen>> {
    const SRC: &str = "Participatiewet art. 34 lid 3, amount indexed per 1 January (art. 34 lid 4)";
    let grens = |alleen, gezin| Vermogensgrenzen {
        alleenstaande: eur(alleen),
        gezin: eur(gezin),
    };
    let tekst = |y: i32| -> &'static str {
        match y {
            2015 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2015-01-01 and 2015-07-01 (BWBR0015703)"
            }
            2016 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2016-01-01 (BWBR0015703)"
            }
            2017 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2017-01-01 (BWBR0015703)"
            }
            2018 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2018-01-01 (BWBR0015703)"
            }
            2019 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2019-01-01 (BWBR0015703)"
            }
            2020 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2020-01-01 (BWBR0015703)"
            }
            2021 => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2021-01-01 (BWBR0015703)"
            }
            _ => {
                "Participatiewet art. 34 lid 3, consolidated text in force on 2022-01-01 (BWBR0015703)"
            }
        }
    };
    rows(
        d(2026, 12, 31),
        vec![
            (d(2015, 1, 1), grens(589_500, 1_179_000), tekst(2015), L),
            (d(2016, 1, 1), grens(592_000, 1_184_000), tekst(2016), L),
            (d(2017, 1, 1), grens(594_000, 1_188_000), tekst(2017), L),
            (d(2018, 1, 1), grens(602_000, 1_204_000), tekst(2018), L),
            (d(2019, 1, 1), grens(612_000, 1_224_000), tekst(2019), L),
            (d(2020, 1, 1), grens(622_500, 1_245_000), tekst(2020), L),
            (d(2021, 1, 1), grens(629_500, 1_259_000), tekst(2021), L),
            (d(2022, 1, 1), grens(650_500, 1_301_000), tekst(2022), L),
            (
                d(2023, 1, 1),
                grens(760_500, 1_521_000),
                "Participatiewet art. 34 lid 3, consolidated text in force on 2023-01-01 (BWBR0015703)",
                L,
            ),
            (d(2024, 1, 1), grens(757_500, 1_515_000), SRC, L),
            (d(2025, 1, 1), grens(777_000, 1_554_000), SRC, L),
            (d(2026, 1, 1), grens(800_000, 1_600_000), SRC, L),
        ],
    )
}

pub(super) fn vermogensgrens_eigen_woning() -> Vec<Row<crate::money::Money>> {
    const SRC: &str = "Participatiewet art. 34 lid 2 onderdeel d (vermogen in de eigen woning; art. 50 lid 2), indexed per 1 January";
    // Art. 34 lid 2 d: "het vermogen gebonden in de woning met bijbehorend erf, bedoeld in
    // artikel 50, eerste lid, voorzover dit minder bedraagt dan € ...", indexed each 1 January
    // by art. 39 lid 1; each amount as the consolidated text of that year's 1 January states it.
    let tekst = |y: i32| -> &'static str {
        match y {
            2015 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2015-01-01 (BWBR0015703)"
            }
            2016 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2016-01-01 (BWBR0015703)"
            }
            2017 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2017-01-01 (BWBR0015703)"
            }
            2018 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2018-01-01 (BWBR0015703)"
            }
            2019 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2019-01-01 (BWBR0015703): EUR 51.600,00"
            }
            2020 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2020-01-01 (BWBR0015703): EUR 52.500,00"
            }
            2021 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2021-01-01 (BWBR0015703)"
            }
            2022 => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2022-01-01 (BWBR0015703): EUR 54.900,00"
            }
            _ => {
                "Participatiewet art. 34 lid 2 onderdeel d, consolidated text in force on 2023-01-01 (BWBR0015703): EUR 64.100,00"
            }
        }
    };
    rows(
        d(2026, 12, 31),
        vec![
            (d(2015, 1, 1), eur(4_970_000), tekst(2015), L),
            (d(2016, 1, 1), eur(4_990_000), tekst(2016), L),
            (d(2017, 1, 1), eur(5_010_000), tekst(2017), L),
            (d(2018, 1, 1), eur(5_080_000), tekst(2018), L),
            (d(2019, 1, 1), eur(5_160_000), tekst(2019), L),
            (d(2020, 1, 1), eur(5_250_000), tekst(2020), L),
            (d(2021, 1, 1), eur(5_310_000), tekst(2021), L),
            (d(2022, 1, 1), eur(5_490_000), tekst(2022), L),
            (d(2023, 1, 1), eur(6_410_000), tekst(2023), L),
            (d(2024, 1, 1), eur(6_390_000), SRC, L),
            (d(2025, 1, 1), eur(6_550_000), SRC, L),
            (d(2026, 1, 1), eur(6_750_000), SRC, L),
        ],
    )
}

pub(super) fn kostendeler_leeftijd() -> Vec<Row<u8>> {
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

    /// The relations the law text holds between its own amounts, as a check on the reading:
    /// art. 20 lid 1 b is twice lid 1 a, and from 2016-07-01 art. 22a lid 3 b equals art. 20
    /// lid 1 a; every version date is a 1 January or 1 July (art. 38: the netto minimumloon
    /// changes then).
    #[test]
    fn the_law_text_readings_are_consistent() {
        for t in &NORMEN_2015_2022 {
            assert_eq!(t.art20_1b, 2 * t.art20_1a, "{}", t.bron);
            if let Some(b) = t.art22a_3b {
                assert_eq!(b, t.art20_1a, "{}", t.bron);
            }
            assert!(t.art22a_3a.is_some() == t.art22a_3b.is_some());
            assert!(
                t.art20_1c < t.art20_2c && t.art20_2b < t.art20_2c,
                "{}",
                t.bron
            );
            assert!(matches!(t.vanaf, (_, 1 | 7, 1)), "{}", t.bron);
        }
    }
}
