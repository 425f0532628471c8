//! The bundled bijstand tables: norms (Participatiewet art. 20–22), asset limits (art. 34),
//! the home-equity limit (art. 34 lid 2 onderdeel d) and the cost-sharer age (art. 19a).
//!
//! The norms from 2015-07-01 to 2022-07-01 and the asset limits from 2015 to 2022 are read in
//! the consolidated text of the Participatiewet (BWBR0015703) of each version date. The text of
//! 2015-01-01 still carries the unindexed amounts of the introducing law in art. 20 and
//! art. 21 onderdeel a (`€ 926,47`, the 2013 single-parent norm, next to the indexed couple norm
//! `€ 1.372,62`), so the norms start on 2015-07-01: 2015-01-01 to 2015-06-30 is a gap.

use super::{d, eur, rows};
use crate::params::table::{Confidence, Row};
use crate::params::values::{Bijstandsnormen, Vermogensgrenzen};

use Confidence::{LawText as L, Secondary as S};

/// One version of art. 20–22a as the consolidated text states it, in cents: the five norms the
/// crate's [`Bijstandsnormen`] holds, and, read from the same text, the couple norms of
/// art. 20 lid 1 b/c and lid 2 b/c and the amounts of art. 22a lid 3 a/b.
#[allow(
    dead_code,
    reason = "the art. 20 lid 1 b/c, lid 2 b/c and art. 22a lid 3 amounts are read from the \
              same law text for the couple norms of the bijstand domain; a test checks them"
)]
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
            23761, 47522, 92520, 75026, 120024, 96263, 137518, 107978, 147640
        ],
        None,
        None
    ),
    tekst!(
        2016,
        1,
        "2016-01-01",
        [
            24010, 48020, 93489, 75811, 121280, 97270, 138957, 109287, 149296
        ],
        None,
        None
    ),
    tekst!(
        2016,
        7,
        "2016-07-01",
        [
            24120, 48240, 93917, 76159, 121836, 97715, 139593, 109832, 149956
        ],
        Some(52039),
        Some(24120)
    ),
    tekst!(
        2017,
        1,
        "2017-01-01",
        [
            24260, 48520, 94459, 76600, 122539, 98279, 140398, 110414, 150806
        ],
        Some(52340),
        Some(24260)
    ),
    tekst!(
        2017,
        7,
        "2017-07-01",
        [
            24352, 48704, 94818, 76890, 123004, 98652, 140931, 110848, 151474
        ],
        Some(52538),
        Some(24352)
    ),
    tekst!(
        2018,
        1,
        "2018-01-01",
        [
            24491, 48982, 95357, 77328, 123703, 99212, 141732, 111548, 152544
        ],
        Some(52837),
        Some(24491)
    ),
    tekst!(
        2018,
        7,
        "2018-07-01",
        [
            24601, 49202, 95784, 77675, 124257, 99656, 142366, 112143, 153318
        ],
        Some(53074),
        Some(24601)
    ),
    tekst!(
        2019,
        1,
        "2019-01-01",
        [
            25317, 50634, 98571, 79935, 127872, 102555, 146507, 114780, 156346
        ],
        Some(54618),
        Some(25317)
    ),
    tekst!(
        2019,
        7,
        "2019-07-01",
        [
            25439, 50878, 99041, 80319, 128482, 103042, 147203, 115403, 157150
        ],
        Some(54880),
        Some(25439)
    ),
    tekst!(
        2020,
        1,
        "2020-01-01",
        [
            25978, 51956, 101144, 82022, 131210, 105232, 150331, 117625, 159442
        ],
        Some(56044),
        Some(25978)
    ),
    tekst!(
        2020,
        7,
        "2020-07-01",
        [
            26144, 52288, 101789, 82546, 132047, 105903, 151290, 118426, 160688
        ],
        Some(56402),
        Some(26144)
    ),
    tekst!(
        2021,
        1,
        "2021-01-01",
        [
            26549, 53098, 103366, 83825, 134093, 107544, 153634, 119597, 162074
        ],
        Some(57276),
        Some(26549)
    ),
    tekst!(
        2021,
        7,
        "2021-07-01",
        [
            26629, 53258, 103679, 84078, 134499, 107870, 154100, 119998, 162708
        ],
        Some(57449),
        Some(26629)
    ),
    tekst!(
        2022,
        1,
        "2022-01-01",
        [
            26951, 53902, 104930, 85094, 136122, 109171, 155958, 121306, 164254
        ],
        Some(58143),
        Some(26951)
    ),
    tekst!(
        2022,
        7,
        "2022-07-01",
        [
            27202, 54404, 105904, 85885, 137385, 110182, 157403, 122567, 166036
        ],
        Some(58683),
        Some(27202)
    ),
];

fn normen(
    jongere: u32,
    alleen: u32,
    gehuwd: u32,
    aow_alleen: u32,
    aow_gehuwd: u32,
) -> Bijstandsnormen {
    Bijstandsnormen {
        alleenstaande_jongere: eur(jongere),
        alleenstaande: eur(alleen),
        gehuwden: eur(gehuwd),
        alleenstaande_pensioengerechtigde: eur(aow_alleen),
        gehuwden_pensioengerechtigd: eur(aow_gehuwd),
    }
}

pub(super) fn bijstandsnormen() -> Vec<Row<Bijstandsnormen>> {
    const SRC: &str =
        "Participatiewet art. 20 lid 1 a, 21, 22 lid 1; amounts per art. 38 (Stcrt. indexation)";
    const SRC_2023_01: &str =
        "Participatiewet art. 20-22, consolidated text in force on 2023-01-01 (BWBR0015703)";
    const SRC_2023_07: &str =
        "Participatiewet art. 20-22, consolidated text in force on 2023-07-01 (BWBR0015703)";
    let mut items: Vec<_> = NORMEN_2015_2022
        .iter()
        .map(|t| {
            let (y, m, day) = t.vanaf;
            (
                d(y, m, day),
                normen(t.art20_1a, t.art21a, t.art21b, t.art22a, t.art22b),
                t.bron,
                L,
            )
        })
        .collect();
    items.extend([
        (
            d(2023, 1, 1),
            normen(29_520, 119_566, 170_808, 133_067, 180_720),
            SRC_2023_01,
            L,
        ),
        (
            d(2023, 7, 1),
            normen(30_036, 121_662, 173_802, 135_766, 184_360),
            SRC_2023_07,
            L,
        ),
        (
            d(2024, 1, 1),
            normen(31_694, 128_383, 183_404, 142_576, 193_232),
            SRC,
            L,
        ),
        (
            d(2024, 7, 1),
            normen(32_303, 130_845, 186_921, 145_685, 197_664),
            SRC,
            L,
        ),
        (
            d(2025, 1, 1),
            normen(33_217, 134_545, 192_207, 150_107, 205_348),
            SRC,
            L,
        ),
        (
            d(2025, 7, 1),
            normen(33_798, 136_906, 195_580, 153_021, 209_498),
            SRC,
            L,
        ),
        (
            d(2026, 1, 1),
            normen(34_599, 140_150, 200_213, 156_469, 214_416),
            SRC,
            L,
        ),
        (
            d(2026, 7, 1),
            normen(35_042, 141_946, 202_779, 158_734, 217_610),
            SRC,
            L,
        ),
    ]);
    rows(d(2026, 12, 31), items)
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
                "Participatiewet art. 34 lid 3; amounts for 2023 as listed by the municipality of Westland",
                S,
            ),
            (d(2024, 1, 1), grens(757_500, 1_515_000), SRC, L),
            (d(2025, 1, 1), grens(777_000, 1_554_000), SRC, L),
            (d(2026, 1, 1), grens(800_000, 1_600_000), SRC, L),
        ],
    )
}

pub(super) fn vermogensgrens_eigen_woning() -> Vec<Row<crate::money::Money>> {
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
