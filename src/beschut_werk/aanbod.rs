//! The duty to offer as a decision (`aanbod`: offer): [`Stand::decision`] states whether the
//! college must offer beschut werk on a date, from the year's number and the places realised
//! (art. 10b lid 1, 4–6), in one heap allocation.

use super::gronden as g;
use super::plaatsen::{Aanbodplicht, Stand};
use crate::decision::{Decision, Ground, RowRef, Value};

impl Stand {
    /// The duty to offer with its grounds: the regulation's minimum with its table row, the
    /// council's number, the places realised, each citing its lid of art. 10b. One heap
    /// allocation.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Beleid, Citation, Regulation, Taal};
    /// use participatiewet::beschut_werk::{Plaatsen, Taakstelling};
    /// let p = Plaatsen::new(Taakstelling::voorbeeld_zwolle());
    /// let d = p.stand(NaiveDate::from_ymd_opt(2017, 6, 1).unwrap(), &Beleid::default())?.decision();
    /// assert!(d.cites(&Citation::article(Regulation::Participatiewet, "10b").lid(4)));
    /// assert_eq!(
    ///     d.grounds()[1].text(Taal::Nl),
    ///     "Op 1 juni 2017 is het aantal gerealiseerde dienstbetrekkingen beschut werk 0; vereist zijn er 26."
    /// );
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Aanbodplicht> {
        let outcome = match self.plicht() {
            Aanbodplicht::Facultatief => {
                Ground::new(&g::AANBOD_FACULTATIEF, g::ART_10B_OUD_LID_4_C, [])
            }
            Aanbodplicht::Verplicht => Ground::new(&g::AANBOD_VERPLICHT, g::ART_10B_LID_1, []),
            Aanbodplicht::Vervallen => Ground::new(&g::AANBOD_VERVALLEN, g::ART_10B_LID_6, []),
        };
        let mut d = Decision::with_capacity(self.plicht(), outcome, 3);
        let peildatum = Value::Date(self.peildatum());
        let Some(v) = self.vereist() else {
            d.push(Ground::new(
                &g::TEKST_TOT_2017,
                g::ART_10B_OUD_LID_4_C,
                [peildatum],
            ));
            return d;
        };
        let jaar = Value::Count(i64::from(v.jaar()));
        d.push(Ground::new(
            &g::TAAKSTELLING,
            g::ART_10B_LID_4,
            [
                jaar,
                Value::Count(i64::from(v.minimum())),
                Value::Row(RowRef::new(crate::TableName::BeschutWerkAantal, v.rij())),
            ],
        ));
        if let Some(raad) = v.raad() {
            let code = if raad > v.minimum() {
                &g::RAAD_HOGER
            } else {
                &g::RAAD_NIET_HOGER
            };
            d.push(Ground::new(
                code,
                g::ART_10B_LID_5,
                [jaar, Value::Count(i64::from(raad))],
            ));
        }
        d.push(Ground::new(
            &g::GEREALISEERD,
            g::ART_10B_LID_6,
            [
                peildatum,
                Value::Count(i64::from(self.gerealiseerd())),
                Value::Count(i64::from(v.aantal())),
            ],
        ));
        d
    }
}
