//! The LKS decision: [`LksBerekening::decision`] and the refusal [`LksWeigering`], both with
//! coded grounds and one heap allocation, and [`LksUitkomst`], the value path's answer.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::baan::LksGrondslag;
use super::gronden as g;
use super::subsidie::{
    ART_10D_LID_3, ART_10D_LID_4, ART_10D_LID_5, ART_10D_LID_7, Factoren, HEEL, LksBerekening,
    REGELING_ART_1, STROOMLIJNING_VANAF, UREN_36_VANAF, WMM_ART_8, WMM_ART_15, forfaitair_einde,
};
use crate::citation::Citation;
use crate::decision::{Decision, Eligibility, Ground, Label, RowRef, Value};
use crate::error::{Error, Text};
use crate::money::Money;
use crate::params::TableName;
use crate::wire::{Validate, validated_serde, wire_enum};

/// Why there is no LKS.
///
/// ```
/// use participatiewet::loonwaarde::Uitsluiting;
/// assert_eq!(Uitsluiting::Wsw.to_string(), "wsw");
/// assert_eq!("loonwaarde_vol".parse::<Uitsluiting>()?, Uitsluiting::LoonwaardeVol);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluiting {
    /// A Wsw job (art. 10d lid 3).
    Wsw,
    /// Loonwaarde of 100%: no gap to the minimum wage (art. 10d lid 4).
    LoonwaardeVol,
    /// The flat route's first 6 months are over and no loonwaarde was fixed (art. 10d lid 5).
    ForfaitaireTermijnVerstreken,
    /// The flat route did not exist for the job (it started before 2017-02-01).
    ForfaitairVoorStroomlijning,
}

wire_enum!(Uitsluiting);

impl Uitsluiting {
    /// The exclusion in words.
    ///
    /// ```
    /// use participatiewet::{Taal, loonwaarde::Uitsluiting};
    /// assert_eq!(Uitsluiting::Wsw.label().get(Taal::Nl), "Wsw-dienstbetrekking");
    /// ```
    #[must_use]
    pub const fn label(self) -> Label {
        match self {
            Self::Wsw => Label::new("wsw", "Wsw-dienstbetrekking", "Wsw job"),
            Self::LoonwaardeVol => Label::new(
                "loonwaarde_vol",
                "loonwaarde van 100%",
                "loonwaarde of 100%",
            ),
            Self::ForfaitaireTermijnVerstreken => Label::new(
                "forfaitaire_termijn_verstreken",
                "eerste zes maanden verstreken zonder vastgestelde loonwaarde",
                "first six months over without a fixed loonwaarde",
            ),
            Self::ForfaitairVoorStroomlijning => Label::new(
                "forfaitair_voor_stroomlijning",
                "forfaitaire route voor een dienstbetrekking van vóór 1 februari 2017",
                "flat route for a job from before 2017-02-01",
            ),
        }
    }

    pub(super) const fn citation(self) -> &'static Citation {
        match self {
            Self::Wsw => ART_10D_LID_3,
            Self::LoonwaardeVol => ART_10D_LID_4,
            Self::ForfaitaireTermijnVerstreken | Self::ForfaitairVoorStroomlijning => ART_10D_LID_5,
        }
    }
}

impl LksBerekening {
    /// The decision with its grounds: one heap allocation.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksBerekening;
    /// # fn f(b: &LksBerekening) -> bool { b.decision().value().is_eligible() }
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        self.decision_met(self.factoren())
    }

    /// [`Self::decision`] on the calculation's exact factors (each amount of a ground is one
    /// exact ratio of them), given by the caller that has just worked them out.
    pub(super) fn decision_met(&self, f: Option<Factoren>) -> Decision<Eligibility<Money>> {
        let citation = match self.grondslag {
            LksGrondslag::Loonwaarde(_) => ART_10D_LID_4,
            LksGrondslag::Forfaitair => ART_10D_LID_5,
        };
        let deel = |aandeel, lasten| Self::deel_van(f, aandeel, lasten, false);
        let mut d = Decision::with_capacity(
            Eligibility::Eligible(self.bedrag),
            Ground::new(&g::LKS_TOEGEKEND, citation, [Value::Money(self.bedrag)]),
            MAX_GRONDEN,
        );
        d.push(Ground::new(
            &g::LKS_MINIMUMLOON,
            WMM_ART_8,
            [
                Value::Money(self.minimumloon),
                Value::Date(self.referentiedatum),
                Value::Row(RowRef::new(TableName::WmlPerMaand, self.minimumloon_rij)),
            ],
        ));
        if self.referentiedatum != self.peildatum && self.peildatum >= STROOMLIJNING_VANAF {
            d.push(Ground::new(
                &g::LKS_HERIJKING,
                ART_10D_LID_7,
                [Value::Date(self.referentiedatum)],
            ));
        }
        d.push(Ground::new(
            &g::LKS_GRONDSLAG,
            WMM_ART_15,
            [Value::Money(deel(Some(HEEL), false))],
        ));
        match self.grondslag {
            LksGrondslag::Loonwaarde(lw) => {
                d.push(Ground::new(
                    &g::LKS_LOONWAARDE,
                    ART_10D_LID_4,
                    [
                        Value::Percentage(lw),
                        Value::Money(deel(self.aandeel(), false)),
                    ],
                ));
                if self.maximum_bereikt {
                    d.push(Ground::new(
                        &g::LKS_MAXIMUM,
                        ART_10D_LID_4,
                        [Value::Money(deel(None, false))],
                    ));
                }
            }
            LksGrondslag::Forfaitair => d.push(Ground::new(
                &g::LKS_FORFAITAIR,
                ART_10D_LID_5,
                [
                    Value::Date(forfaitair_einde(self.begindatum).unwrap_or(self.peildatum)),
                    Value::Money(deel(None, false)),
                ],
            )),
        }
        d.push(Ground::new(
            &g::LKS_WERKGEVERSLASTEN,
            REGELING_ART_1,
            [
                Value::Percentage(self.werkgeverslasten),
                Value::Money(deel(None, true)),
                Value::Row(RowRef::new(
                    TableName::Werkgeverslasten,
                    self.werkgeverslasten_rij,
                )),
            ],
        ));
        if self.peildatum >= UREN_36_VANAF {
            d.push(Ground::new(
                &g::LKS_UREN_36,
                citation,
                [Value::Hours(self.uren), Value::Money(self.bedrag)],
            ));
        } else {
            d.push(Ground::new(
                &g::LKS_UREN_NORMAAL,
                citation,
                [
                    Value::Hours(self.uren),
                    Value::Hours(self.voltijd_uren),
                    Value::Money(self.bedrag),
                ],
            ));
        }
        d
    }
}

/// The most grounds an LKS decision has (the one allocation is sized for them).
pub(crate) const MAX_GRONDEN: usize = 7;

/// Why there is no subsidy for a job on a peildatum: the exclusion and the dates its ground
/// names.
///
/// ```
/// # use participatiewet::loonwaarde::{LksWeigering, Uitsluiting};
/// # fn f(w: &LksWeigering) -> Uitsluiting { w.uitsluiting() }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct LksWeigering {
    uitsluiting: Uitsluiting,
    begindatum: NaiveDate,
    peildatum: NaiveDate,
}

validated_serde!(LksWeigering);

impl Validate for LksWeigering {
    fn validate(&self) -> Result<(), Error> {
        crate::date::checked(self.begindatum, "begindatum")?;
        crate::date::checked(self.peildatum, "peildatum")?;
        if self.peildatum < self.begindatum {
            return Err(Error::state(
                "loonwaarde::LksWeigering",
                Text::new(
                    "de peildatum ligt vóór de begindatum",
                    "the peildatum is before the job's start",
                ),
            ));
        }
        Ok(())
    }
}

impl LksWeigering {
    pub(super) const fn new(
        uitsluiting: Uitsluiting,
        begindatum: NaiveDate,
        peildatum: NaiveDate,
    ) -> Self {
        Self {
            uitsluiting,
            begindatum,
            peildatum,
        }
    }

    /// The exclusion.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::{LksWeigering, Uitsluiting};
    /// # fn f(w: &LksWeigering) -> Uitsluiting { w.uitsluiting() }
    /// ```
    #[must_use]
    pub const fn uitsluiting(&self) -> Uitsluiting {
        self.uitsluiting
    }

    /// The refusal with its ground: one heap allocation.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksWeigering;
    /// # fn f(w: &LksWeigering) -> bool { !w.decision().value().is_eligible() }
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let citation = self.uitsluiting.citation();
        let mut d = Decision::with_capacity(
            Eligibility::NotEligible,
            Ground::new(&g::LKS_GEWEIGERD, citation, []),
            1,
        );
        d.push(match self.uitsluiting {
            Uitsluiting::Wsw => Ground::new(&g::LKS_WSW, citation, []),
            Uitsluiting::LoonwaardeVol => Ground::new(&g::LKS_LOONWAARDE_VOL, citation, []),
            Uitsluiting::ForfaitaireTermijnVerstreken => Ground::new(
                &g::LKS_FORFAITAIR_VERSTREKEN,
                citation,
                [Value::Date(
                    forfaitair_einde(self.begindatum).unwrap_or(self.peildatum),
                )],
            ),
            Uitsluiting::ForfaitairVoorStroomlijning => Ground::new(
                &g::LKS_FORFAITAIR_VOOR_2017,
                citation,
                [Value::Date(self.begindatum)],
            ),
        });
        d
    }
}

/// The outcome of [`lks_berekenen`](super::lks_berekenen): an amount or a reason for none. `Copy`.
///
/// ```
/// # use participatiewet::loonwaarde::LksUitkomst;
/// # fn f(u: LksUitkomst) -> bool { matches!(u, LksUitkomst::Subsidie(_)) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "uitkomst", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LksUitkomst {
    /// A subsidy with its calculation.
    Subsidie(LksBerekening),
    /// No subsidy, and why.
    Geen(LksWeigering),
}

impl LksUitkomst {
    /// The decision with its grounds (one heap allocation).
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksUitkomst;
    /// # fn f(u: &LksUitkomst) -> bool { u.decision().value().is_eligible() }
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        match self {
            Self::Subsidie(b) => b.decision(),
            Self::Geen(w) => w.decision(),
        }
    }

    /// The monthly amount: `Some` for a subsidy (which may be zero), `None` for none.
    ///
    /// ```
    /// # use participatiewet::loonwaarde::LksUitkomst;
    /// # fn f(u: &LksUitkomst) -> Option<participatiewet::Money> { u.bedrag() }
    /// ```
    #[must_use]
    pub const fn bedrag(&self) -> Option<Money> {
        match self {
            Self::Subsidie(b) => Some(b.bedrag),
            Self::Geen(_) => None,
        }
    }
}

/// `subsidie <bedrag>` or `geen: <uitsluiting>`.
impl fmt::Display for LksUitkomst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Subsidie(b) => write!(f, "subsidie {}", b.bedrag),
            Self::Geen(w) => write!(f, "geen: {}", w.uitsluiting),
        }
    }
}
