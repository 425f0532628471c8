//! The facts of one person's hand-over ([`Dossier`]), built with [`DossierBuilder`] so that no
//! two dates can be swapped, and the municipality's short/long classification ([`WwDuur`]).

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ZoektermijnUitzondering;
use crate::bijstand::Huishouden;

use crate::beleid::Beleid;
use crate::bijstand::Zoektermijn;
use crate::bijstand::melding::{JONGEREN_TOT, vroegste_melding};
use crate::date::{LATEST, MonthEnd, add_months, age_on, birthday, checked};
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::Validate;

/// The facts of one person's hand-over, fixed when the WW's end is known: the birth date, the
/// household, the first and last WW day and the exception to the search period.
///
/// Built with [`Dossier::builder`]; every field is named, so no two dates can be swapped. The
/// fields are private: a dossier always satisfies [`Validate::validate`], which its JSON passes
/// too (unknown fields refused).
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
/// let dossier = Dossier::builder()
///     .geboortedatum(d(2001, 5, 1))
///     .huishouden(Huishouden::alleenstaande())
///     .ww_eerste_dag(d(2025, 10, 1))
///     .ww_laatste_dag(d(2026, 3, 31))
///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
///     .build()?;
/// assert_eq!(dossier.ww_dag_na_einde(), d(2026, 4, 1));
/// // a last WW day before the first is refused, naming the field
/// let err = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
///     .ww_eerste_dag(d(2026, 4, 1)).ww_laatste_dag(d(2026, 3, 31))
///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build().unwrap_err();
/// assert_eq!(err.field(), Some("ww_laatste_dag"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dossier {
    geboortedatum: NaiveDate,
    huishouden: Huishouden,
    ww_eerste_dag: NaiveDate,
    ww_laatste_dag: NaiveDate,
    zoektermijn_uitzondering: ZoektermijnUitzondering,
}
crate::wire::validated_serde!(Dossier);

/// The builder of a [`Dossier`]: every fact by its name; [`build`](Self::build) checks them
/// once, naming the field that is missing or wrong.
///
/// ```
/// # use chrono::NaiveDate;
/// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// use participatiewet::bijstand::Dossier;
/// let err = Dossier::builder().geboortedatum(d(2001, 5, 1)).build().unwrap_err();
/// assert_eq!(err.field(), Some("huishouden"));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[must_use]
pub struct DossierBuilder {
    geboortedatum: Option<NaiveDate>,
    huishouden: Option<Huishouden>,
    ww_eerste_dag: Option<NaiveDate>,
    ww_laatste_dag: Option<NaiveDate>,
    zoektermijn_uitzondering: Option<ZoektermijnUitzondering>,
}

fn missing(field: &'static str) -> Error {
    Error::facts(field, Text::new("ontbreekt", "is missing"))
}

impl DossierBuilder {
    /// The person's birth date (`geboortedatum`).
    ///
    /// ```
    /// let _ = participatiewet::bijstand::Dossier::builder()
    ///     .geboortedatum(chrono::NaiveDate::from_ymd_opt(2001, 5, 1).unwrap());
    /// ```
    pub const fn geboortedatum(mut self, datum: NaiveDate) -> Self {
        self.geboortedatum = Some(datum);
        self
    }

    /// The household (`huishouden`), with the partner for a couple.
    ///
    /// ```
    /// use participatiewet::bijstand::{Dossier, Huishouden};
    /// let _ = Dossier::builder().huishouden(Huishouden::alleenstaande_ouder());
    /// ```
    pub const fn huishouden(mut self, huishouden: Huishouden) -> Self {
        self.huishouden = Some(huishouden);
        self
    }

    /// The first day of unemployment, the WW's first day (`ww_eerste_dag`).
    ///
    /// ```
    /// let _ = participatiewet::bijstand::Dossier::builder()
    ///     .ww_eerste_dag(chrono::NaiveDate::from_ymd_opt(2025, 10, 1).unwrap());
    /// ```
    pub const fn ww_eerste_dag(mut self, datum: NaiveDate) -> Self {
        self.ww_eerste_dag = Some(datum);
        self
    }

    /// The last day with WW (`ww_laatste_dag`).
    ///
    /// ```
    /// let _ = participatiewet::bijstand::Dossier::builder()
    ///     .ww_laatste_dag(chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    /// ```
    pub const fn ww_laatste_dag(mut self, datum: NaiveDate) -> Self {
        self.ww_laatste_dag = Some(datum);
        self
    }

    /// The WW period from the WW domain's outcome: the first day of unemployment and the last
    /// day with WW ([`ww::Uitkeringsduur`](crate::ww::Uitkeringsduur), WW art. 42), so that the
    /// dates are never copied by hand.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use participatiewet::Parameters;
    /// use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// use participatiewet::ww::{self, Werkverleden, WwFeiten};
    /// let feiten = WwFeiten::new(d(1985, 5, 10), d(2025, 3, 3))?
    ///     .werkverleden(Werkverleden::doorlopend(2010, 2024, 1800)?);
    /// let duur = ww::uitkeringsduur(&feiten, &Parameters::bundled())?;
    /// let dossier = Dossier::builder()
    ///     .geboortedatum(d(1985, 5, 10))
    ///     .huishouden(Huishouden::alleenstaande())
    ///     .ww(&duur)
    ///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen)
    ///     .build()?;
    /// assert_eq!((dossier.ww_eerste_dag(), dossier.ww_laatste_dag()), (d(2025, 3, 3), d(2026, 3, 17)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn ww(self, duur: &crate::ww::Uitkeringsduur) -> Self {
        self.ww_eerste_dag(duur.eerste_werkloosheidsdag())
            .ww_laatste_dag(duur.einddatum())
    }

    /// The exception to the search period (`zoektermijn_uitzondering`, art. 41 lid 4), or
    /// [`ZoektermijnUitzondering::Geen`]: required, never assumed.
    ///
    /// ```
    /// use participatiewet::bijstand::{Dossier, ZoektermijnUitzondering};
    /// let _ = Dossier::builder().zoektermijn_uitzondering(ZoektermijnUitzondering::Geen);
    /// ```
    pub const fn zoektermijn_uitzondering(mut self, uitzondering: ZoektermijnUitzondering) -> Self {
        self.zoektermijn_uitzondering = Some(uitzondering);
        self
    }

    /// The dossier, or the first fact that is missing or wrong (see [`Dossier`]'s
    /// [`validate`](Validate::validate)).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// let err = Dossier::builder().geboortedatum(d(2026, 1, 1)).huishouden(Huishouden::alleenstaande())
    ///     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    ///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build().unwrap_err();
    /// assert_eq!(err.field(), Some("geboortedatum"));
    /// ```
    pub fn build(self) -> Result<Dossier, Error> {
        let dossier = Dossier {
            geboortedatum: self.geboortedatum.ok_or_else(|| missing("geboortedatum"))?,
            huishouden: self.huishouden.ok_or_else(|| missing("huishouden"))?,
            ww_eerste_dag: self.ww_eerste_dag.ok_or_else(|| missing("ww_eerste_dag"))?,
            ww_laatste_dag: self
                .ww_laatste_dag
                .ok_or_else(|| missing("ww_laatste_dag"))?,
            zoektermijn_uitzondering: self
                .zoektermijn_uitzondering
                .ok_or_else(|| missing("zoektermijn_uitzondering"))?,
        };
        dossier.validate()?;
        Ok(dossier)
    }
}

impl Validate for Dossier {
    /// Every date in [`EARLIEST`](crate::EARLIEST)..=[`LATEST`] with the day after the WW
    /// inside it too; born before the first WW day (the partner too); the first WW day not
    /// after the last.
    fn validate(&self) -> Result<(), Error> {
        checked(self.geboortedatum, "geboortedatum")?;
        self.huishouden.validate()?;
        checked(self.ww_eerste_dag, "ww_eerste_dag")?;
        checked(self.ww_laatste_dag, "ww_laatste_dag")?;
        if self.geboortedatum >= self.ww_eerste_dag {
            return Err(Error::facts(
                "geboortedatum",
                Text::new(
                    "de geboortedatum ligt niet vóór de eerste WW-dag",
                    "the birth date is not before the first WW day",
                ),
            ));
        }
        if self.partner().is_some_and(|p| p >= self.ww_eerste_dag) {
            return Err(Error::facts(
                "partner",
                Text::new(
                    "de geboortedatum van de partner ligt niet vóór de eerste WW-dag",
                    "the partner's birth date is not before the first WW day",
                ),
            ));
        }
        if self.ww_laatste_dag < self.ww_eerste_dag {
            return Err(Error::facts(
                "ww_laatste_dag",
                Text::new(
                    "de laatste WW-dag ligt vóór de eerste WW-dag",
                    "the last WW day is before the first WW day",
                ),
            ));
        }
        if self.ww_laatste_dag >= LATEST {
            return Err(Error::facts(
                "ww_laatste_dag",
                Text::new(
                    "de dag na de laatste WW-dag ligt na 31 december 2199",
                    "the day after the last WW day is after 2199-12-31",
                ),
            ));
        }
        Ok(())
    }
}

impl Dossier {
    /// A builder with no facts yet.
    ///
    /// ```
    /// assert!(participatiewet::bijstand::Dossier::builder().build().is_err());
    /// ```
    pub fn builder() -> DossierBuilder {
        DossierBuilder::default()
    }

    /// The person's birth date.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.geboortedatum(), d(2001, 5, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn geboortedatum(&self) -> NaiveDate {
        self.geboortedatum
    }

    /// The household.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.huishouden(), Huishouden::alleenstaande());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn huishouden(&self) -> Huishouden {
        self.huishouden
    }

    /// The spouse's birth date, for a couple.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::gehuwden(d(2000, 1, 1)).unwrap())
    ///     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    ///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.partner(), Some(d(2000, 1, 1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn partner(&self) -> Option<NaiveDate> {
        self.huishouden.partner()
    }

    /// The first day of unemployment (the WW's first day).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.ww_eerste_dag(), d(2025, 10, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn ww_eerste_dag(&self) -> NaiveDate {
        self.ww_eerste_dag
    }

    /// The last day with WW.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.ww_laatste_dag(), d(2026, 3, 31));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn ww_laatste_dag(&self) -> NaiveDate {
        self.ww_laatste_dag
    }

    /// The exception to the search period (art. 41 lid 4).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.zoektermijn_uitzondering(), ZoektermijnUitzondering::Geen);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn zoektermijn_uitzondering(&self) -> ZoektermijnUitzondering {
        self.zoektermijn_uitzondering
    }

    /// The first day without WW: the day the right to bijstand can arise.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.ww_dag_na_einde(), d(2026, 4, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn ww_dag_na_einde(&self) -> NaiveDate {
        // The last WW day lies before LATEST (validate), so the next day exists.
        self.ww_laatste_dag.succ_opt().unwrap_or(LATEST)
    }

    /// The first day on which not everyone the application concerns is under 27: the earlier
    /// 27th birthday of the person and the spouse (art. 41 lid 4 and 6 concern only people
    /// under 27).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::gehuwden(d(2000, 1, 1)).unwrap())
    ///     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    ///     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.niet_allen_onder_27_vanaf(), d(2027, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn niet_allen_onder_27_vanaf(&self) -> NaiveDate {
        // Birth dates lie within 1900..=2199 (validate): the 27th birthday always exists.
        let jarig = |born: NaiveDate| birthday(born, JONGEREN_TOT).unwrap_or(LATEST);
        let eigen = jarig(self.geboortedatum);
        match self.partner() {
            Some(partner) => eigen.min(jarig(partner)),
            None => eigen,
        }
    }

    /// Whether the person is under 27 on `datum` (and the spouse too, for a couple): the group
    /// the search period and the early melding concern (art. 41 lid 4 and 6).
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert!(dossier.onder_27(d(2028, 4, 30)));
    /// assert!(!dossier.onder_27(d(2028, 5, 1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn onder_27(&self, datum: NaiveDate) -> bool {
        // Born after `datum` counts as under 27 (age_on refuses a date before the birth).
        let jong = |born: NaiveDate| age_on(born, datum).map_or(true, |age| age < JONGEREN_TOT);
        jong(self.geboortedatum) && self.partner().is_none_or(jong)
    }

    /// The day from which the melding may be made, where art. 41 lid 6 limits it: a person
    /// under 27 with WW may report from four weeks before the WW ends, and from their 27th
    /// birthday the limit no longer applies; `None` with an exception of art. 41 lid 4.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.melding_vanaf(), Some(d(2026, 3, 4)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn melding_vanaf(&self) -> Option<NaiveDate> {
        if self.zoektermijn_uitzondering.is_uitzondering() {
            return None;
        }
        let vier_weken_voor_einde =
            vroegste_melding(self.ww_dag_na_einde()).unwrap_or(NaiveDate::MIN);
        Some(vier_weken_voor_einde.min(self.niet_allen_onder_27_vanaf()))
    }

    /// The search period after a melding on `melding` (art. 41 lid 4), if any.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.zoektermijn(d(2026, 3, 4)).map(|z| z.einde()), Some(d(2026, 4, 1)));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn zoektermijn(&self, melding: NaiveDate) -> Option<Zoektermijn> {
        Zoektermijn::bij_melding(self, melding)
    }

    /// The day the municipality informs the person: the policy window
    /// (`Beleid::ww_information_months`) before the WW ends.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// assert_eq!(dossier.informeren_vanaf(&participatiewet::Beleid::default())?, d(2026, 1, 1));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn informeren_vanaf(&self, beleid: &Beleid) -> Result<NaiveDate, Error> {
        let months = i32::try_from(beleid.ww_information_months()).unwrap_or(i32::MAX);
        add_months(self.ww_dag_na_einde(), -months, MonthEnd::LastDay)
    }

    /// Short or long WW under the municipality's policy (`Beleid::short_ww_months`): policy,
    /// not law.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// # use participatiewet::bijstand::{Dossier, Huishouden, ZoektermijnUitzondering};
    /// # let dossier = Dossier::builder().geboortedatum(d(2001, 5, 1)).huishouden(Huishouden::alleenstaande())
    /// #     .ww_eerste_dag(d(2025, 10, 1)).ww_laatste_dag(d(2026, 3, 31))
    /// #     .zoektermijn_uitzondering(ZoektermijnUitzondering::Geen).build()?;
    /// use participatiewet::bijstand::WwDuur;
    /// // six months of WW is long WW under the default policy (at most 3 months is short)
    /// assert_eq!(dossier.ww_duur(&participatiewet::Beleid::default())?, WwDuur::Lang);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn ww_duur(&self, beleid: &Beleid) -> Result<WwDuur, Error> {
        let months = i32::try_from(beleid.short_ww_months()).unwrap_or(i32::MAX);
        let grens = add_months(self.ww_eerste_dag, months, MonthEnd::NextDay)?;
        Ok(if self.ww_dag_na_einde() <= grens {
            WwDuur::Kort
        } else {
            WwDuur::Lang
        })
    }
}

impl fmt::Display for Dossier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "geboren {}, {}, WW {} t/m {}",
            self.geboortedatum, self.huishouden, self.ww_eerste_dag, self.ww_laatste_dag
        )?;
        if self.zoektermijn_uitzondering.is_uitzondering() {
            write!(f, ", uitzondering {}", self.zoektermijn_uitzondering)?;
        }
        Ok(())
    }
}

/// The municipality's classification of a WW (policy, not law).
///
/// ```
/// use participatiewet::Taal;
/// use participatiewet::bijstand::WwDuur;
/// assert_eq!(WwDuur::Kort.to_string(), "kort");
/// assert_eq!("lang".parse::<WwDuur>()?, WwDuur::Lang);
/// assert_eq!(WwDuur::Lang.label().get(Taal::Nl), "lange WW");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WwDuur {
    /// At most `Beleid::short_ww_months` of WW.
    Kort,
    /// Longer.
    Lang,
}
crate::wire::wire_enum!(WwDuur);

const KORT: Label = Label::new("kort", "korte WW", "short WW");
const LANG: Label = Label::new("lang", "lange WW", "long WW");

impl WwDuur {
    /// The Dutch and English words.
    ///
    /// ```
    /// use participatiewet::Taal;
    /// assert_eq!(participatiewet::bijstand::WwDuur::Kort.label().get(Taal::En), "short WW");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static Label {
        match self {
            Self::Kort => &KORT,
            Self::Lang => &LANG,
        }
    }
}
