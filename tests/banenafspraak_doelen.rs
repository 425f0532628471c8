//! The national targets per year: Regeling Wfsv (BWBR0019150) art. 3.29 lid 2 and 3, in the
//! text as published on 2015-10-19, under Wfsv art. 122n lid 2 onderdeel a ("het cumulatief
//! aantal extra te realiseren banen voor deze arbeidsbeperkten uitgedrukt in verloonde uren").
//!
//! Lid 2 (sector overheid): "1°. 2015: 332.760 uren; 2°. 2016: 720.980 uren; 3°. 2017:
//! 1.109.200 uren; 4°. 2018: 1.386.500 uren; 5°. 2019: 1.663.800 uren; 6°. 2020: 1.941.100
//! uren; 7°. 2021: 2.218.400 uren; 8°. 2022: 2.495.700 uren; 9°. 2023 en verder: 2.773.000
//! uren." Lid 3 (sector niet-overheid): "1°. 2015: 665.520 uren; 2°. 2016: 1.552.880 uren;
//! 3°. 2017: 2.551.160 uren; 4°. 2018: 3.438.520 uren; 5°. 2019: 4.436.800 uren; 6°. 2020:
//! 5.546.000 uren; 7°. 2021: 6.655.200 uren; 8°. 2022: 7.764.400 uren; 9°. 2023: 8.873.600
//! uren; 10°. 2024: 9.982.800 uren. 11°. 2025 en verder: 11.092.000 uren."

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::NaiveDate;
use participatiewet::banenafspraak::{LANDELIJKE_DOELEN, Realisatie, Sector, landelijk_doel, tel};
use participatiewet::{Motivering, Taal};

#[test]
fn the_hours_of_the_regeling_per_year() {
    let overheid = [
        (2015, 332_760),
        (2016, 720_980),
        (2017, 1_109_200),
        (2018, 1_386_500),
        (2019, 1_663_800),
        (2020, 1_941_100),
        (2021, 2_218_400),
        (2022, 2_495_700),
        (2023, 2_773_000),
        // "2023 en verder"
        (2024, 2_773_000),
        (2025, 2_773_000),
    ];
    let markt = [
        (2015, 665_520),
        (2016, 1_552_880),
        (2017, 2_551_160),
        (2018, 3_438_520),
        (2019, 4_436_800),
        (2020, 5_546_000),
        (2021, 6_655_200),
        (2022, 7_764_400),
        (2023, 8_873_600),
        (2024, 9_982_800),
        (2025, 11_092_000),
    ];
    for (sector, rij) in [(Sector::Overheid, overheid), (Sector::NietOverheid, markt)] {
        for (jaar, uren) in rij {
            let d = landelijk_doel(sector, jaar).unwrap();
            assert_eq!(d.uren_december, uren, "{sector} {jaar}");
        }
    }
    assert_eq!(LANDELIJKE_DOELEN.len(), 22);
}

#[test]
fn in_banen_the_known_end_points_and_2017() {
    let aantal = |s, j| landelijk_doel(s, j).unwrap().aantal;
    // Kamerstukken II 2017/18, 34 352, nr. 113: 23.000 markt and 10.000 overheid in 2017.
    assert_eq!(aantal(Sector::NietOverheid, 2017), 23_000);
    assert_eq!(aantal(Sector::Overheid, 2017), 10_000);
    // The sociaal akkoord: 100.000 and 25.000 in 2025.
    assert_eq!(aantal(Sector::NietOverheid, 2025), 100_000);
    assert_eq!(aantal(Sector::Overheid, 2025), 25_000);
    // The first year, and the overheid's end point reached in 2023 already.
    assert_eq!(aantal(Sector::Overheid, 2015), 3_000);
    assert_eq!(aantal(Sector::NietOverheid, 2015), 6_000);
    assert_eq!(aantal(Sector::Overheid, 2023), 25_000);
    assert_eq!(aantal(Sector::NietOverheid, 2023), 80_000);
}

#[test]
fn no_target_outside_2015_to_2025() {
    for s in [Sector::Overheid, Sector::NietOverheid] {
        for jaar in [i32::MIN, 2013, 2014, 2026, 2030, i32::MAX] {
            assert!(landelijk_doel(s, jaar).is_none(), "{s} {jaar}");
        }
    }
}

#[test]
fn golden_motivering_of_a_realisation_against_a_yearly_target() {
    let t = tel(&[], NaiveDate::from_ymd_opt(2020, 12, 31).unwrap()).unwrap();
    let r = Realisatie::landelijk(&t, Sector::Overheid, 2020).unwrap();
    assert_eq!(r.doel(), 17_500);
    assert_eq!(
        Motivering::new(&r.decision(), Taal::Nl).to_string(),
        "Besluit\n\
         Op 31 december 2020 zijn 0 banen gerealiseerd tegen een doel van 17.500.\n\
         \n\
         Motivering\n\
         - Het landelijke doel voor de sector overheid is 17.500 extra banen in 2020, ten opzichte \
         van de nulmeting op 1 januari 2013 (artikel 3.29 van de Regeling Wfsv). (artikel 122n, \
         tweede lid, onderdeel a, van de Wet financiering sociale verzekeringen)\n"
    );
}

#[test]
fn a_landelijk_doel_json_snapshot() {
    let d = landelijk_doel(Sector::NietOverheid, 2024).unwrap();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(
        json,
        r#"{"sector":"niet_overheid","jaar":2024,"aantal":90000,"uren_december":9982800}"#
    );
    assert_eq!(
        serde_json::from_str::<participatiewet::banenafspraak::LandelijkDoel>(&json).unwrap(),
        d
    );
}

/// A regional agreement: its rows, the years each covers (an open row runs on), the years a
/// row may hold, and the categories and sizes as text.
#[test]
fn a_regional_agreement_covers_its_rows_years() {
    use participatiewet::banenafspraak::{Categorie, Omvang, Regiodoel, RegionaleAfspraak};
    let a = RegionaleAfspraak::voorbeeld("Regionaal werkbedrijf").unwrap();
    assert_eq!(a.rijen().len(), 5);
    let beperking = Categorie::Arbeidsbeperking;
    let breder = Categorie::BredereDoelgroep;
    assert!(!a.geldt_in(beperking, 2013));
    assert!(a.geldt_in(beperking, 2014) && a.geldt_in(beperking, 2017));
    assert!(a.geldt_in(beperking, 2018) && a.geldt_in(beperking, 2199));
    assert!(a.geldt_in(breder, 2017) && !a.geldt_in(breder, 2018) && !a.geldt_in(breder, 2013));
    let rij = |van, tot| Regiodoel::new(breder, van, tot, Omvang::Totaal(10));
    assert!(RegionaleAfspraak::new("r", vec![rij(2018, Some(2018))]).is_ok());
    assert!(RegionaleAfspraak::new("r", vec![rij(2018, Some(2017))]).is_err());
    assert!(RegionaleAfspraak::new("r", vec![rij(1899, None)]).is_err());
    assert!(RegionaleAfspraak::new("r", vec![rij(2018, Some(2200))]).is_err());
    assert_eq!(beperking.to_string(), "arbeidsbeperking");
    assert_eq!(breder.to_string(), "bredere_doelgroep");
    assert_eq!(
        Categorie::Garantiebanen(Sector::Overheid).to_string(),
        format!("garantiebanen: {}", Sector::Overheid)
    );
    assert_eq!(Omvang::Totaal(585).to_string(), "totaal: 585");
    assert_eq!(Omvang::PerJaar(1000).to_string(), "per_jaar: 1000");
}
