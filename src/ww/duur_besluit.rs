//! The grounds of a WW duration: [`Uitkeringsduur::decision`].

use rust_decimal::Decimal;

use super::arbeidsverleden::Jareneis;
use super::duur::{
    ART_19_I, ART_42_1, ART_42_2, ART_42_6, ART_42A, ART_42D_1, ART_130Z, Duurregel,
};
use super::gronden::{
    WW_ARBEIDSVERLEDEN, WW_DUUR, WW_DUUR_MAXIMUM, WW_DUUR_WEKENEIS, WW_EINDE, WW_EINDE_AOW,
    WW_HALVE_MAAND, WW_JARENEIS_ARBEIDSONGESCHIKTHEID, WW_JARENEIS_NIET_VOLDAAN,
    WW_JARENEIS_VOLDAAN, WW_OPBOUW, WW_OVERGANG, WW_VOOR_2016, WW_ZORGJAREN,
};
use super::uitkeringsduur::Uitkeringsduur;
use crate::decision::{Decision, Ground, Value};

impl Uitkeringsduur {
    /// The duration with its coded grounds, in the order the law applies them: the jareneis,
    /// the arbeidsverleden (with the fictitious years and the care years), the rule that set
    /// the months (the 10-year rule and half months, the 2016–2019 phase-in, or the rule
    /// before 2016), the maximum when it cut, the half month, the end date and the AOW cut.
    /// One allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Parameters, Regulation, Taal, ww::{self, WwFeiten}};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let duur = ww::uitkeringsduur(&WwFeiten::new(d(1990, 3, 1), d(2025, 1, 6))?, &Parameters::bundled())?;
    /// let decision = duur.decision();
    /// assert!(decision.cites(&Citation::article(Regulation::Werkloosheidswet, "42").lid(1)));
    /// assert_eq!(
    ///     decision.outcome().text(Taal::Nl),
    ///     "Uw WW-uitkering duurt 3 maanden: van 6 januari 2025 tot en met 5 april 2025."
    /// );
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Uitkeringsduur> {
        let outcome = Ground::new(
            &WW_DUUR,
            ART_42_1,
            [
                maanden_getal(self.halve_maanden()),
                Value::Date(self.ingangsdatum()),
                Value::Date(self.einddatum()),
            ],
        );
        let mut d = Decision::with_capacity(*self, outcome, GRONDEN);
        let j = &self.jareneis();
        let venster = [
            Value::Count(i64::from(j.jaren_met_loon())),
            Value::Count(i64::from(j.van())),
            Value::Count(i64::from(j.tot_en_met())),
        ];
        d.push(if j.arbeidsongeschiktheidsuitkering() {
            Ground::new(
                &WW_JARENEIS_ARBEIDSONGESCHIKTHEID,
                Jareneis::CITATION_ARBEIDSONGESCHIKTHEID,
                [],
            )
        } else if j.voldaan() {
            Ground::new(&WW_JARENEIS_VOLDAAN, Jareneis::CITATION, venster)
        } else {
            Ground::new(&WW_JARENEIS_NIET_VOLDAAN, Jareneis::CITATION, venster)
        });
        if j.voldaan() {
            self.arbeidsverleden_gronden(&mut d);
        }
        self.regel_gronden(&mut d);
        if self.halve_maand() {
            d.push(Ground::new(&WW_HALVE_MAAND, ART_42_2, []));
        }
        d.push(Ground::new(
            &WW_EINDE,
            ART_42_1,
            [
                Value::Date(self.ingangsdatum()),
                Value::Date(self.einddatum_volledige_duur()),
            ],
        ));
        if let (true, Some(aow)) = (self.afgekapt_op_aow(), self.aow_datum()) {
            d.push(Ground::new(
                &WW_EINDE_AOW,
                ART_19_I,
                [Value::Date(aow), Value::Date(self.einddatum())],
            ));
        }
        d
    }

    fn arbeidsverleden_gronden(&self, d: &mut Decision<Uitkeringsduur>) {
        let a = &self.arbeidsverleden();
        d.push(Ground::new(
            &WW_ARBEIDSVERLEDEN,
            ART_42_6,
            [
                Value::Count(i64::from(a.jaren())),
                Value::Count(i64::from(a.fictieve_jaren())),
                Value::Count(i64::from(a.feitelijke_jaren_voor_2016())),
                Value::Count(i64::from(a.feitelijke_jaren_na_2015())),
            ],
        ));
        if a.zorgjaren() > 0 {
            d.push(Ground::new(
                &WW_ZORGJAREN,
                ART_42A,
                [
                    Value::Count(i64::from(a.zorgjaren())),
                    Value::Count(i64::from(a.jaren_voor_2016())),
                    Value::Count(i64::from(a.jaren_na_2015())),
                ],
            ));
        }
    }

    /// The grounds of the rule that set the months.
    fn regel_gronden(&self, d: &mut Decision<Uitkeringsduur>) {
        let opgebouwd = maanden_getal(self.opgebouwde_halve_maanden());
        let afgekapt = self.opgebouwde_halve_maanden() > self.halve_maanden();
        match self.regel() {
            Duurregel::Wekeneis => d.push(Ground::new(&WW_DUUR_WEKENEIS, ART_42_1, [])),
            Duurregel::Arbeidsverleden => {
                d.push(Ground::new(&WW_OPBOUW, ART_42_2, [opgebouwd]));
                if afgekapt {
                    d.push(Ground::new(
                        &WW_DUUR_MAXIMUM,
                        ART_42_1,
                        [Value::Count(i64::from(self.maximum_maanden()))],
                    ));
                }
            }
            Duurregel::Overgangsrecht => {
                d.push(Ground::new(&WW_OPBOUW, ART_42_2, [opgebouwd]));
                if let Some(o) = self.overgang() {
                    d.push(Ground::new(
                        &WW_OVERGANG,
                        ART_42D_1,
                        [
                            Value::Count(i64::from(o.a())),
                            Value::Count(i64::from(o.b())),
                            Value::Count(i64::from(o.a()) - i64::from(o.b())),
                            Value::Count(i64::from(o.maximum())),
                        ],
                    ));
                }
            }
            Duurregel::Voor2016 => {
                d.push(Ground::new(&WW_VOOR_2016, ART_130Z, [opgebouwd]));
            }
        }
    }
}

/// The most grounds a duration has: jareneis, arbeidsverleden, care years, build-up, phase-in
/// or maximum, half month, end date, AOW cut.
const GRONDEN: usize = 8;

/// Half months as a number of months: 31 → 15.5, 30 → 15.
fn maanden_getal(halve: u16) -> Value {
    Value::Number(Decimal::new(i64::from(halve) * 5, 1).normalize())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::GRONDEN;
    use crate::params::Parameters;
    use crate::ww::{Kalenderjaar, Werkverleden, WwFeiten, Zorgjaar, uitkeringsduur};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    /// The decision's one allocation holds every ground: no case pushes more than `GRONDEN`.
    #[test]
    fn no_duration_has_more_grounds_than_its_capacity() -> Result<(), crate::Error> {
        let p = Parameters::bundled();
        let mut w = Werkverleden::doorlopend(1998, 2023, 1800)?;
        w.insert(Kalenderjaar::uren(2024, 0)?.met_zorgjaar(Zorgjaar::KindOnderVijf))?;
        let cases = [
            WwFeiten::new(d(1958, 6, 1), d(2024, 9, 2))?.werkverleden(w.clone()),
            WwFeiten::new(d(1956, 1, 10), d(2016, 1, 4))?.werkverleden(w.clone()),
            WwFeiten::new(d(1990, 1, 1), d(2025, 1, 6))?,
            WwFeiten::new(d(1960, 1, 1), d(2015, 3, 2))?.werkverleden(w),
        ];
        for f in cases {
            let decision = uitkeringsduur(&f, &p)?.decision();
            assert!(decision.grounds().len() <= GRONDEN);
            assert!(decision.grounds().iter().all(crate::Ground::is_well_formed));
        }
        Ok(())
    }
}
