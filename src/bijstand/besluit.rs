//! The decision on bijstand with its coded grounds, in one allocation: the right (art. 11),
//! the household (art. 3, 4), the exclusions (art. 13), the asset test (art. 34), the norm
//! (art. 20-22a) and the income (art. 19 lid 2).

use super::gronden as g;
use super::norm::Norm;
use super::normregel::Kostendelersnorm;
use super::recht::{
    ART_3, ART_4_LID_1, ART_11_LID_1, ART_11_LID_2, ART_13_LID_1_F, ART_19_LID_1, ART_19_LID_2,
    ART_19A_LID_1, ART_34_LID_3, BijstandBerekening, Weigering,
};
use crate::decision::{Decision, Eligibility, Ground, RowRef, Value};
use crate::money::Money;
use crate::params::TableName;

/// The most grounds a bijstand decision lists (right, household, assets, cost-sharers, norm,
/// income): the capacity of its one allocation.
const MAX_GRONDEN: usize = 6;

impl BijstandBerekening {
    /// The outcome with its coded grounds, built with one allocation: eligible with the
    /// monthly amount (which may be zero), or not eligible with the refusal ground among the
    /// grounds ([`Decision::reasons`]).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Money, Parameters, Taal};
    /// use participatiewet::bijstand::{BijstandFeiten, Huishouden, bijstand_op};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = BijstandFeiten::builder(d(1980, 5, 1), Huishouden::Alleenstaande).build()?;
    /// let decision = bijstand_op(&f, d(2026, 1, 1), &Parameters::bundled())?.decision();
    /// assert_eq!(decision.value().value(), Some(&Money::from_cents(140_150)?));
    /// assert_eq!(
    ///     decision.outcome().text(Taal::Nl),
    ///     "U hebt op 1 januari 2026 recht op algemene bijstand van € 1.401,50 per maand."
    /// );
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let peildatum = Value::Date(self.peildatum);
        let mut d = match self.weigering {
            Some(_) => Decision::with_capacity(
                Eligibility::NotEligible,
                Ground::new(&g::BIJSTAND_AFGEWEZEN, ART_11_LID_1, [peildatum]),
                MAX_GRONDEN,
            ),
            None => Decision::with_capacity(
                Eligibility::Eligible(self.bedrag),
                Ground::new(
                    &g::BIJSTAND_TOEGEKEND,
                    ART_19_LID_1,
                    [peildatum, Value::Money(self.bedrag)],
                ),
                MAX_GRONDEN,
            ),
        };
        // Art. 11: nationality or lawful residence, living in the Netherlands.
        match self.weigering {
            Some(Weigering::GeenRechtmatigVerblijf) => {
                d.push(Ground::new(
                    &g::BIJSTAND_GEEN_RECHTMATIG_VERBLIJF,
                    ART_11_LID_2,
                    [],
                ));
                return d;
            }
            Some(Weigering::WoontNietInNederland) => {
                d.push(Ground::new(
                    &g::BIJSTAND_WOONT_NIET_IN_NEDERLAND,
                    ART_11_LID_1,
                    [],
                ));
                return d;
            }
            _ => d.push(Ground::new(
                &g::BIJSTAND_RECHT,
                self.verblijf.citation(),
                [Value::Label(self.verblijf.label())],
            )),
        }
        let leeftijd = Value::Count(i64::from(self.leeftijd));
        if self.weigering == Some(Weigering::JongerDan18) {
            d.push(Ground::new(
                &g::BIJSTAND_JONGER_DAN_18,
                ART_13_LID_1_F,
                [leeftijd],
            ));
            return d;
        }
        // The household (art. 3, 4).
        match self.partner_leeftijd {
            Some(p) => d.push(Ground::new(
                &g::BIJSTAND_LEEFTIJD_GEHUWDEN,
                ART_3,
                [leeftijd, Value::Count(i64::from(p))],
            )),
            None => d.push(Ground::new(
                &g::BIJSTAND_LEEFTIJD,
                ART_4_LID_1,
                [leeftijd, Value::Label(self.leefvorm.label())],
            )),
        }
        // Art. 13: the exclusions.
        if let Some(u) = self.uitsluiting {
            let code = if u.alleen_algemene_bijstand() {
                &g::BIJSTAND_UITSLUITING_ALGEMEEN
            } else {
                &g::BIJSTAND_UITSLUITING
            };
            d.push(Ground::new(code, u.citation(), [Value::Label(u.label())]));
            return d;
        }
        // Art. 34 lid 3: the asset test.
        let grens = [
            Value::Money(self.vermogen),
            Value::Money(self.vermogensgrens),
            Value::Row(RowRef::new(TableName::Vermogensgrenzen, self.grenzen_vanaf)),
        ];
        if self.weigering == Some(Weigering::VermogenBovenGrens) {
            d.push(Ground::new(
                &g::BIJSTAND_VERMOGEN_BOVEN_GRENS,
                ART_34_LID_3,
                grens,
            ));
            return d;
        }
        d.push(Ground::new(&g::BIJSTAND_VERMOGEN, ART_34_LID_3, grens));
        // Art. 19a-22a: the norm.
        if let Some(n) = self.norm {
            push_norm(&mut d, &n);
        }
        // Art. 19 lid 2: the income.
        d.push(Ground::new(
            &g::BIJSTAND_INKOMEN,
            ART_19_LID_2,
            [
                Value::Money(self.inkomsten),
                Value::Money(self.norm()),
                Value::Money(self.bedrag),
            ],
        ));
        d
    }
}

/// Pushes the norm's grounds: the norm of art. 20-22, or the cost-sharers and their norm.
fn push_norm(decision: &mut Decision<Eligibility<Money>>, detail: &Norm) {
    let rij = Value::Row(RowRef::new(TableName::Bijstandsnormen, detail.vanaf()));
    let kind = detail.kostendelersnorm();
    if kind == Kostendelersnorm::Geen {
        decision.push(Ground::new(
            &g::BIJSTANDSNORM,
            detail.regel().citation(),
            [
                Value::Label(detail.regel().label()),
                Value::Money(detail.bedrag()),
                rij,
            ],
        ));
        return;
    }
    let kostendelers = detail.kostendelers();
    decision.push(Ground::new(
        &g::BIJSTAND_KOSTENDELERS,
        ART_19A_LID_1,
        [
            Value::Count(i64::from(kostendelers.aantal())),
            Value::Count(i64::from(kostendelers.leeftijd())),
            Value::Row(RowRef::new(
                TableName::KostendelerLeeftijd,
                kostendelers.vanaf(),
            )),
        ],
    ));
    let a = Value::Count(i64::from(detail.a()));
    let b = Value::Money(detail.b());
    let norm = Value::Money(detail.bedrag());
    let ground = match kind {
        Kostendelersnorm::JongePartner => Ground::new(
            &g::BIJSTAND_KOSTENDELERSNORM_JONGE_PARTNER,
            kind.citation(),
            [
                Value::Money(detail.jong()),
                a,
                b,
                Value::Money(detail.oudere()),
                norm,
                rij,
            ],
        ),
        Kostendelersnorm::Gehuwden => Ground::new(
            &g::BIJSTAND_KOSTENDELERSNORM_GEHUWDEN,
            kind.citation(),
            [a, b, norm, rij],
        ),
        Kostendelersnorm::Geen | Kostendelersnorm::Alleenstaande => Ground::new(
            &g::BIJSTAND_KOSTENDELERSNORM,
            kind.citation(),
            [a, b, norm, rij],
        ),
    };
    decision.push(ground);
}
