//! The advice as a decision (`advies`): [`Beoordeling::decision`] states the outcome and every
//! step that led to it as coded grounds, each with its article, in one heap allocation.

use super::arbeidsvermogen::{Arbeidsvermogen, ArbeidsvermogenToets};
use super::feiten::{Aanvrager, BESCHUT_WERK_2017, Kring, WswIndicatie};
use super::geschiktheid::{
    Beoordeling, BuitenKring, Negatief, Positief, Uitkomst, herhaald, herhaald_verzoek_vanaf,
};
use super::gronden as g;
use crate::decision::{Decision, Ground, Value};

/// The most grounds an advice decision has: the request, the circle, why UWV investigated
/// (two), and the four reasons of a missing arbeidsvermogen with their conclusion.
pub(super) const MAX_GRONDEN: usize = 9;

/// The grounds a decision with `uitkomst` can have at most: the capacity of its one
/// allocation, kept to what the outcome needs so that it stays small.
const fn capaciteit(uitkomst: Uitkomst) -> usize {
    match uitkomst {
        Uitkomst::BuitenKring(_) => 2,
        Uitkomst::Negatief(Negatief::HerhaaldVerzoek { .. } | Negatief::WswBegeleidWerken)
        | Uitkomst::Positief(Positief::WswNietBegeleidWerken) => 4,
        Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(_)) => MAX_GRONDEN,
        Uitkomst::Negatief(Negatief::NietAangewezen)
        | Uitkomst::Positief(Positief::Onderzoek(_)) => 8,
    }
}

impl Beoordeling {
    /// The outcome with its grounds: the request, the circle, the answers without
    /// investigation (Besluit art. 3 lid 3–6) or the investigation (lid 1–2), each citing its
    /// article; the refusal grounds of a negative advice are its [`reasons`](Decision::reasons).
    /// One heap allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{beoordeel, Aanvrager, Arbeidsvermogen, Feiten, Kring, Verzoek};
    /// use participatiewet::{Citation, Hours, Regulation, Taal};
    ///
    /// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 1, 8).unwrap())?;
    /// let d = beoordeel(&f, &v).decision();
    /// assert!(d.cites(&Citation::article(Regulation::BesluitAdviseringBeschutWerk, "3").lid(1)));
    /// assert_eq!(d.reasons().next().unwrap().text(Taal::Nl), "U kunt geen taak uitvoeren.");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Uitkomst> {
        let uitkomst = self.uitkomst();
        let mut d = Decision::with_capacity(uitkomst, self.outcome(), capaciteit(uitkomst));
        let verzoek = self.verzoek();
        let datum = Value::Date(verzoek.datum());
        d.push(match verzoek.door() {
            Aanvrager::College => Ground::new(&g::VERZOEK_COLLEGE, g::ART_10B_LID_2, [datum]),
            Aanvrager::Persoon => Ground::new(&g::VERZOEK_PERSOON, g::ART_10B_LID_3, [datum]),
        });
        if let Uitkomst::BuitenKring(reden) = uitkomst {
            d.push(buiten_kring(reden, datum));
            return d;
        }
        d.push(match self.feiten().kring() {
            Kring::Uitkering(u) => Ground::new(
                &g::KRING_UITKERING,
                g::ART_10B_LID_1,
                [Value::Label(u.label())],
            ),
            Kring::Artikel7Lid1a | Kring::Geen => {
                Ground::new(&g::KRING_ARTIKEL_7, g::ART_10B_LID_1, [])
            }
        });
        match uitkomst {
            Uitkomst::Negatief(Negatief::HerhaaldVerzoek { vorig_advies }) => {
                let vanaf = herhaald_verzoek_vanaf(verzoek.datum()).unwrap_or(vorig_advies);
                let vorig = Value::Date(vorig_advies);
                d.push(Ground::new(
                    &g::HERHAALD_VERZOEK,
                    g::BESLUIT_3_LID_3_B,
                    [vorig, Value::Date(vanaf)],
                ));
                d.push(Ground::new(
                    &g::GEEN_NIEUWE_FEITEN_ADVIES,
                    g::BESLUIT_3_LID_6,
                    [vorig],
                ));
            }
            Uitkomst::Negatief(Negatief::WswBegeleidWerken) => {
                d.push(Ground::new(
                    &g::WSW_BEGELEID_WERKEN,
                    g::BESLUIT_3_LID_3_A,
                    [],
                ));
                d.push(geen_nieuwe_feiten_indicatie());
            }
            Uitkomst::Positief(Positief::WswNietBegeleidWerken) => {
                d.push(Ground::new(
                    &g::WSW_NIET_BEGELEID_WERKEN,
                    g::BESLUIT_3_LID_4,
                    [],
                ));
                d.push(geen_nieuwe_feiten_indicatie());
            }
            _ => self.onderzoek(&mut d),
        }
        d
    }

    /// The grounds of the investigation: why UWV investigated despite an earlier advice or a
    /// Wsw indication, arbeidsvermogen, and the two questions.
    fn onderzoek(&self, d: &mut Decision<Uitkomst>) {
        let verzoek = self.verzoek();
        let feiten = self.feiten();
        if verzoek.datum() >= BESCHUT_WERK_2017 {
            if let (Aanvrager::Persoon, Some(vorig)) = (verzoek.door(), verzoek.vorig_advies()) {
                let vorig_value = Value::Date(vorig);
                // An advice within the window was set aside by new facts (lid 6), one before
                // it has lapsed (lid 3 b).
                if herhaald(verzoek).is_some() {
                    d.push(Ground::new(
                        &g::NIEUWE_FEITEN_ADVIES,
                        g::BESLUIT_3_LID_6,
                        [vorig_value],
                    ));
                } else if let Ok(vanaf) = herhaald_verzoek_vanaf(verzoek.datum()) {
                    d.push(Ground::new(
                        &g::EERDER_ADVIES_VERLOPEN,
                        g::BESLUIT_3_LID_3_B,
                        [vorig_value, Value::Date(vanaf)],
                    ));
                }
            }
            if feiten.wsw() != WswIndicatie::Geen {
                d.push(Ground::new(
                    &g::NIEUWE_FEITEN_INDICATIE,
                    g::BESLUIT_3_LID_5,
                    [],
                ));
            }
        }
        let a = feiten.arbeidsvermogen();
        // The outcome already holds the test of arbeidsvermogen (it follows from the facts:
        // `Beoordeling` checks that on reading): it is not done twice.
        if let Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(toets)) = self.uitkomst() {
            arbeidsvermogen_ontbreekt(d, toets, a);
            return;
        }
        d.push(Ground::new(
            &g::ARBEIDSVERMOGEN,
            g::BESLUIT_3_LID_1,
            [
                Value::Hours(a.uren_aaneengesloten()),
                Value::Hours(a.uren_per_dag()),
            ],
        ));
        d.push(if feiten.is_aangewezen_op_aanpassingen() {
            Ground::new(&g::AANPASSINGEN, g::BESLUIT_3_LID_1_A, [])
        } else {
            Ground::new(&g::GEEN_AANPASSINGEN, g::BESLUIT_3_LID_1_A, [])
        });
        d.push(if feiten.is_aangewezen_op_begeleiding() {
            Ground::new(&g::BEGELEIDING, g::BESLUIT_3_LID_1_B, [])
        } else {
            Ground::new(&g::GEEN_BEGELEIDING, g::BESLUIT_3_LID_1_B, [])
        });
        if !self.uitkomst().is_positief() {
            d.push(Ground::new(&g::NIET_AANGEWEZEN, g::BESLUIT_3_LID_2, []));
        }
    }

    /// The outcome sentence with the article that decides it.
    fn outcome(&self) -> Ground {
        match self.uitkomst() {
            Uitkomst::Positief(Positief::Onderzoek(_)) => {
                Ground::new(&g::ADVIES_POSITIEF, g::BESLUIT_3_LID_2, [])
            }
            Uitkomst::Positief(Positief::WswNietBegeleidWerken) => {
                Ground::new(&g::ADVIES_POSITIEF, g::BESLUIT_3_LID_4, [])
            }
            Uitkomst::Negatief(Negatief::GeenArbeidsvermogen(_)) => {
                Ground::new(&g::ADVIES_NEGATIEF, g::BESLUIT_3_LID_1, [])
            }
            Uitkomst::Negatief(Negatief::NietAangewezen) => {
                Ground::new(&g::ADVIES_NEGATIEF, g::BESLUIT_3_LID_2, [])
            }
            Uitkomst::Negatief(Negatief::WswBegeleidWerken) => {
                Ground::new(&g::ADVIES_NEGATIEF, g::BESLUIT_3_LID_3_A, [])
            }
            Uitkomst::Negatief(Negatief::HerhaaldVerzoek { .. }) => {
                Ground::new(&g::ADVIES_NEGATIEF, g::BESLUIT_3_LID_3_B, [])
            }
            Uitkomst::BuitenKring(BuitenKring::PersoonlijkVerzoekVoor2017) => {
                Ground::new(&g::BUITEN_TOEPASSING, g::ART_10B_LID_3, [])
            }
            Uitkomst::BuitenKring(BuitenKring::UitkeringVoor2017) => {
                Ground::new(&g::BUITEN_TOEPASSING, g::ART_10B_OUD_LID_1, [])
            }
            Uitkomst::BuitenKring(BuitenKring::GeenDoelgroep) => {
                Ground::new(&g::BUITEN_TOEPASSING, g::ART_10B_LID_1, [])
            }
        }
    }
}

fn buiten_kring(reden: BuitenKring, datum: Value) -> Ground {
    match reden {
        BuitenKring::GeenDoelgroep => Ground::new(&g::GEEN_DOELGROEP, g::ART_10B_LID_1, []),
        BuitenKring::UitkeringVoor2017 => {
            Ground::new(&g::UITKERING_VOOR_2017, g::ART_10B_OUD_LID_1, [datum])
        }
        BuitenKring::PersoonlijkVerzoekVoor2017 => {
            Ground::new(&g::EIGEN_VERZOEK_VOOR_2017, g::ART_10B_LID_3, [datum])
        }
    }
}

fn geen_nieuwe_feiten_indicatie() -> Ground {
    Ground::new(&g::GEEN_NIEUWE_FEITEN_INDICATIE, g::BESLUIT_3_LID_5, [])
}

fn arbeidsvermogen_ontbreekt(
    d: &mut Decision<Uitkomst>,
    t: ArbeidsvermogenToets,
    a: &Arbeidsvermogen,
) {
    if !t.taak {
        d.push(Ground::new(&g::GEEN_TAAK, g::BESLUIT_3_LID_1, []));
    }
    if !t.uur_aaneengesloten {
        d.push(Ground::new(
            &g::MINDER_DAN_EEN_UUR,
            g::BESLUIT_3_LID_1,
            [Value::Hours(a.uren_aaneengesloten())],
        ));
    }
    if !t.vier_uur_per_dag {
        d.push(Ground::new(
            &g::MINDER_DAN_VIER_UUR,
            g::BESLUIT_3_LID_1,
            [Value::Hours(a.uren_per_dag())],
        ));
    }
    if !t.basale_vaardigheden {
        d.push(Ground::new(
            &g::GEEN_BASALE_VAARDIGHEDEN,
            g::BESLUIT_3_LID_1,
            [],
        ));
    }
    d.push(Ground::new(
        &g::GEEN_ARBEIDSVERMOGEN,
        g::BESLUIT_3_LID_1,
        [],
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Hours;
    use crate::beschut_werk::{Arbeidsvermogen, Feiten, Kring, Uitkering, Verzoek, WswIndicatie};
    use rust_decimal::Decimal;

    /// Every combination of circle, request, earlier advice, Wsw indication and arbeidsvermogen
    /// answers gives a decision within the capacity its outcome reserves: the one allocation
    /// is never grown.
    #[test]
    fn every_decision_fits_the_capacity_of_its_outcome() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let uren = [Decimal::ZERO, Decimal::ONE, Decimal::new(6, 0)];
        let mut seen = 0;
        for kring in [
            Kring::Artikel7Lid1a,
            Kring::Uitkering(Uitkering::Ww),
            Kring::Geen,
        ] {
            for (aaneen, per_dag) in uren.iter().flat_map(|a| uren.iter().map(move |p| (*a, *p))) {
                let Ok(a) =
                    Arbeidsvermogen::new(Hours::new(aaneen).unwrap(), Hours::new(per_dag).unwrap())
                else {
                    continue;
                };
                for bits in 0..16_u8 {
                    let a = a
                        .voert_taak_uit(bits & 1 != 0)
                        .basale_werknemersvaardigheden(bits & 2 != 0);
                    for wsw in [
                        WswIndicatie::Geen,
                        WswIndicatie::BegeleidWerkenMogelijk,
                        WswIndicatie::BegeleidWerkenNietMogelijk,
                    ] {
                        for nieuw in [false, true] {
                            let f = Feiten::new(kring, a)
                                .aangewezen_op_aanpassingen(bits & 4 != 0)
                                .aangewezen_op_begeleiding(bits & 8 != 0);
                            let f = if wsw == WswIndicatie::Geen {
                                f
                            } else {
                                f.wsw_indicatie(wsw, nieuw).unwrap()
                            };
                            for (door, datum) in [
                                (Aanvrager::College, d(2016, 6, 1)),
                                (Aanvrager::College, d(2020, 1, 1)),
                                (Aanvrager::Persoon, d(2016, 6, 1)),
                                (Aanvrager::Persoon, d(2020, 1, 1)),
                            ] {
                                let verzoek = Verzoek::new(door, datum).unwrap();
                                let mut verzoeken = vec![verzoek];
                                for vorig in [d(2018, 1, 1), d(2019, 10, 1)] {
                                    if let Ok(v) = verzoek.na_advies(vorig, nieuw) {
                                        verzoeken.push(v);
                                    }
                                }
                                for v in verzoeken {
                                    let b = crate::beschut_werk::beoordeel(&f, &v);
                                    let decision = b.decision();
                                    assert!(
                                        decision.grounds().len() <= capaciteit(b.uitkomst()),
                                        "{:?}: {} grounds",
                                        b.uitkomst(),
                                        decision.grounds().len()
                                    );
                                    seen += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(seen > 1000, "{seen}");
    }
}
