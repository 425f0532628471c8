//! Work capacity (`arbeidsvermogen`) as UWV tests it: the hours at a stretch and per day,
//! performing a task and basic employee skills (UWV's operational test of "met
//! arbeidsvermogen", Besluit advisering beschut werk art. 3 lid 1).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Text};
use crate::money::Hours;
use crate::wire::{Validate, validated_serde};

/// UWV's operational test of arbeidsvermogen: at least one hour at a stretch.
/// (Secondary source: UWV's assessment practice; the Besluit says only "met arbeidsvermogen".)
pub const MIN_UREN_AANEENGESLOTEN: Decimal = Decimal::ONE;

/// UWV's operational test of arbeidsvermogen: at least four hours a day (secondary source, as
/// [`MIN_UREN_AANEENGESLOTEN`]).
pub const MIN_UREN_PER_DAG: Decimal = Decimal::from_parts(4, 0, 0, false, 0);

/// The most hours in a day.
const DAG: Decimal = Decimal::from_parts(24, 0, 0, false, 0);

/// The facts of arbeidsvermogen (work capacity) as UWV tests them.
///
/// Built from the hours (at a stretch, then per day; the first can never exceed the second, so
/// a swap is refused), then the two qualitative criteria by name.
///
/// ```
/// use participatiewet::beschut_werk::Arbeidsvermogen;
/// use participatiewet::Hours;
/// use rust_decimal::dec;
/// let a = Arbeidsvermogen::new(Hours::new(dec!(2))?, Hours::new(dec!(5))?)?
///     .voert_taak_uit(true)
///     .basale_werknemersvaardigheden(true);
/// assert!(a.toets().voldoet());
/// // six hours at a stretch but two a day: the hours were swapped
/// assert!(Arbeidsvermogen::new(Hours::new(dec!(6))?, Hours::new(dec!(2))?).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Arbeidsvermogen {
    voert_taak_uit: bool,
    uren_aaneengesloten: Hours,
    uren_per_dag: Hours,
    basale_werknemersvaardigheden: bool,
}

validated_serde!(Arbeidsvermogen);

impl Validate for Arbeidsvermogen {
    fn validate(&self) -> Result<(), Error> {
        if self.uren_per_dag.value() > DAG {
            return Err(Error::facts(
                "uren_per_dag",
                Text::new(
                    "een dag heeft ten hoogste 24 uur",
                    "a day has at most 24 hours",
                ),
            ));
        }
        if self.uren_aaneengesloten.value() > self.uren_per_dag.value() {
            return Err(Error::facts(
                "uren_aaneengesloten",
                Text::new(
                    "de uren aaneengesloten zijn meer dan de uren per dag",
                    "the hours at a stretch exceed the hours a day",
                ),
            ));
        }
        Ok(())
    }
}

impl Arbeidsvermogen {
    /// The hours the person can work at a stretch and per day; errors when the first exceeds
    /// the second or a day has more than 24 hours. The person performs no task and has no
    /// basic skills until said otherwise.
    ///
    /// ```
    /// use participatiewet::beschut_werk::Arbeidsvermogen;
    /// use participatiewet::Hours;
    /// let a = Arbeidsvermogen::new(Hours::default(), Hours::default())?;
    /// assert!(!a.toets().taak);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(uren_aaneengesloten: Hours, uren_per_dag: Hours) -> Result<Self, Error> {
        let a = Self {
            voert_taak_uit: false,
            uren_aaneengesloten,
            uren_per_dag,
            basale_werknemersvaardigheden: false,
        };
        a.validate()?;
        Ok(a)
    }

    /// Whether the person can perform a task (`een taak uitvoeren`).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::Arbeidsvermogen};
    /// assert!(Arbeidsvermogen::new(Hours::default(), Hours::default())?.voert_taak_uit(true).toets().taak);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn voert_taak_uit(mut self, ja: bool) -> Self {
        self.voert_taak_uit = ja;
        self
    }

    /// Whether the person has basic employee skills (`basale werknemersvaardigheden`).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::Arbeidsvermogen};
    /// let a = Arbeidsvermogen::new(Hours::default(), Hours::default())?.basale_werknemersvaardigheden(true);
    /// assert!(a.toets().basale_vaardigheden);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn basale_werknemersvaardigheden(mut self, ja: bool) -> Self {
        self.basale_werknemersvaardigheden = ja;
        self
    }

    /// The hours at a stretch.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::Arbeidsvermogen};
    /// assert_eq!(Arbeidsvermogen::new(Hours::default(), Hours::default())?.uren_aaneengesloten(), Hours::default());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uren_aaneengesloten(&self) -> Hours {
        self.uren_aaneengesloten
    }

    /// The hours a day.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::Arbeidsvermogen};
    /// assert_eq!(Arbeidsvermogen::new(Hours::default(), Hours::default())?.uren_per_dag(), Hours::default());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uren_per_dag(&self) -> Hours {
        self.uren_per_dag
    }

    /// Each of the four criteria, met or not.
    ///
    /// ```
    /// use participatiewet::beschut_werk::Arbeidsvermogen;
    /// use participatiewet::Hours;
    /// use rust_decimal::dec;
    /// let a = Arbeidsvermogen::new(Hours::new(dec!(1))?, Hours::new(dec!(3.5))?)?;
    /// assert!(a.toets().uur_aaneengesloten);
    /// assert!(!a.toets().vier_uur_per_dag);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn toets(&self) -> ArbeidsvermogenToets {
        ArbeidsvermogenToets {
            taak: self.voert_taak_uit,
            uur_aaneengesloten: self.uren_aaneengesloten.at_least(MIN_UREN_AANEENGESLOTEN),
            vier_uur_per_dag: self.uren_per_dag.at_least(MIN_UREN_PER_DAG),
            basale_vaardigheden: self.basale_werknemersvaardigheden,
        }
    }
}

/// Which arbeidsvermogen criteria are met.
///
/// ```
/// use participatiewet::beschut_werk::ArbeidsvermogenToets;
/// let t = ArbeidsvermogenToets { taak: true, uur_aaneengesloten: true, vier_uur_per_dag: true, basale_vaardigheden: true };
/// assert!(t.voldoet());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(clippy::struct_excessive_bools)] // reason: four independent legal criteria
pub struct ArbeidsvermogenToets {
    /// Performs a task.
    pub taak: bool,
    /// Works at least one hour at a stretch.
    pub uur_aaneengesloten: bool,
    /// Works at least four hours a day.
    pub vier_uur_per_dag: bool,
    /// Has basic employee skills.
    pub basale_vaardigheden: bool,
}

impl ArbeidsvermogenToets {
    /// Whether all four criteria are met.
    ///
    /// ```
    /// use participatiewet::beschut_werk::ArbeidsvermogenToets;
    /// let t = ArbeidsvermogenToets { taak: false, uur_aaneengesloten: true, vier_uur_per_dag: true, basale_vaardigheden: true };
    /// assert!(!t.voldoet());
    /// ```
    #[must_use]
    pub const fn voldoet(self) -> bool {
        self.taak && self.uur_aaneengesloten && self.vier_uur_per_dag && self.basale_vaardigheden
    }
}
