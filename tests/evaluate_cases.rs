//! The golden cases of `cargo run --example evaluate`: every `examples/cases/<case>.json` gives
//! exactly `<case>.out` (run with `--motivering`, Dutch). The figures in them were checked by
//! hand against their sources:
//!
//! - `bijstand_alleenstaande`: a single person of 35 on 2026-01-01 gets the norm of
//!   Participatiewet art. 21 onderdeel a, € 1.401,50 (the norm of the 1 January 2026
//!   indexation); the asset limit of art. 34 lid 3 is € 8.000.
//! - `bijstand_jonge_partner`: a couple of whom one is 35 and the other 19, on 2025-01-01, no
//!   children: art. 20 lid 1 onderdeel c, € 1.293,21.
//! - `ww_duur`: five calendar years with 1,800 hours from 2020 make five years of
//!   arbeidsverleden, so five months of WW (WW art. 42 lid 2 and lid 6; the jareneis of art. 42
//!   lid 2 onderdeel a: 4 of the 5 calendar years before); from 2025-03-03 to 2025-08-02.
//! - `loonkostensubsidie`: minimum wage € 2.294,40 plus 8% vakantiebijslag = € 2.477,95; 40%
//!   of that is € 991,18 (art. 10d lid 4), plus 23,5% werkgeverslasten = € 1.224,11, and 32 of
//!   36 hours = € 1.088,10.
//! - `fout_*`: each bad input gives the crate's error with its code and the field by path.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../examples/evaluate/zaak.rs"]
#[allow(dead_code)]
mod zaak;

use participatiewet::Taal;

#[test]
fn every_golden_case_gives_its_expected_answer() {
    let opties = zaak::Opties {
        motivering: true,
        taal: Taal::Nl,
        verzonden: None,
    };
    let mut cases: Vec<_> = std::fs::read_dir("examples/cases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "the cases are there: {cases:?}");
    for case in cases {
        let json = std::fs::read_to_string(&case).unwrap();
        let expected = std::fs::read_to_string(case.with_extension("out")).unwrap();
        let refused = case
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("fout_"));
        let got = match zaak::beantwoord(&json, opties) {
            Ok(out) => {
                assert!(!refused, "{case:?} should be refused");
                out
            }
            Err(out) => {
                assert!(refused, "{case:?} should be decided: {out}");
                out
            }
        };
        assert_eq!(got, expected, "{case:?}");
    }
}

#[test]
fn a_refusal_names_code_and_field() {
    let opties = zaak::Opties {
        motivering: false,
        taal: Taal::Nl,
        verzonden: None,
    };
    let cases = [
        (
            "fout_geboortedatum",
            "invalid_facts",
            "bijstand.feiten.geboortedatum",
        ),
        (
            "fout_onbekend_veld",
            "invalid_facts",
            "bijstand.feiten.vermogn",
        ),
        (
            "fout_partner",
            "invalid_facts",
            "bijstand.feiten.huishouden.partner",
        ),
        ("fout_peildatum_buiten_tabel", "not_in_force", "peildatum"),
    ];
    for (name, code, field) in cases {
        let json = std::fs::read_to_string(format!("examples/cases/{name}.json")).unwrap();
        let out = zaak::beantwoord(&json, opties).unwrap_err();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["error"]["code"], code, "{name}");
        assert_eq!(v["field"], field, "{name}");
        assert!(!v["message"].as_str().unwrap().is_empty(), "{name}");
    }
}
