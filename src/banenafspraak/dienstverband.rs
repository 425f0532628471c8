//! The dienstbetrekking (`dienstverband`) of the no-riskpolis (Ziektewet art. 29b): the
//! werknemer's group, the first day, and the days lid 2's closing sentences name (see
//! `noriskpolis` for the texts read).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde};

use super::werknemer::Werknemer;

/// The facts of the no-riskpolis: the group, the first day of the dienstbetrekking, and
/// whether it is a Wsw dienstbetrekking of Wsw art. 2 (lid 8).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{Dienstverband, Werknemer};
/// let f = Dienstverband::new(Werknemer::Wajong, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())?;
/// assert_eq!(serde_json::to_string(&f)?, r#"{"werknemer":{"groep":"wajong"},"aanvang":"2026-01-01","wsw_artikel_2":false,"wajong_recht_vanaf":null,"arbeidsbeperkte_vanaf":null}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dienstverband {
    werknemer: Werknemer,
    aanvang: NaiveDate,
    wsw_artikel_2: bool,
    wajong_recht_vanaf: Option<NaiveDate>,
    arbeidsbeperkte_vanaf: Option<NaiveDate>,
}

validated_serde!(Dienstverband);

impl Validate for Dienstverband {
    fn validate(&self) -> Result<(), Error> {
        checked(self.aanvang, "aanvang")?;
        match self.werknemer {
            Werknemer::Lid6 { einde: Some(d) } => {
                checked(d, "einde")?;
            }
            Werknemer::WiaVoortgezet { vastgesteld } => {
                checked(vastgesteld, "vastgesteld")?;
            }
            _ => {}
        }
        if let Some(d) = self.wajong_recht_vanaf {
            checked(d, "wajong_recht_vanaf")?;
            if self.werknemer != Werknemer::WajongNaDienstbetrekking {
                return Err(Error::facts(
                    "wajong_recht_vanaf",
                    Text::new(
                        "alleen voor de werknemer van artikel 29b, tweede lid, onderdeel c, van de Ziektewet",
                        "only for the werknemer of ZW art. 29b lid 2 c",
                    ),
                ));
            }
        }
        if let Some(d) = self.arbeidsbeperkte_vanaf {
            checked(d, "arbeidsbeperkte_vanaf")?;
            if !matches!(
                self.werknemer,
                Werknemer::Banenafspraak | Werknemer::Arbeidsbeperkte
            ) {
                return Err(Error::facts(
                    "arbeidsbeperkte_vanaf",
                    Text::new(
                        "alleen voor de werknemer van artikel 29b, tweede lid, onderdeel e, of elfde lid, van de Ziektewet",
                        "only for the werknemer of ZW art. 29b lid 2 e or lid 11",
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Dienstverband {
    /// A dienstbetrekking of a werknemer of `werknemer`'s group from `aanvang`.
    pub fn new(werknemer: Werknemer, aanvang: NaiveDate) -> Result<Self, Error> {
        let f = Self {
            werknemer,
            aanvang,
            wsw_artikel_2: false,
            wajong_recht_vanaf: None,
            arbeidsbeperkte_vanaf: None,
        };
        f.validate()?;
        Ok(f)
    }

    /// The same, for the werknemer of lid 2 c, whose Wajong right (an
    /// arbeidsongeschiktheidsuitkering or arbeidsondersteuning) arose on `datum`: his right to
    /// ziekengeld "ontstaat niet eerder" (lid 2, closing sentence). Errors for another group.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::{no_riskpolis, Dienstverband, NoRiskPolis, Werknemer};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = Dienstverband::new(Werknemer::WajongNaDienstbetrekking, d(2025, 9, 1))?
    ///     .wajong_recht_vanaf(d(2026, 4, 1))?;
    /// let NoRiskPolis::Gedekt(dekking) = no_riskpolis(&f, d(2026, 3, 2))? else { panic!() };
    /// assert_eq!(dekking.ziekengeld_vanaf(), d(2026, 4, 1));
    /// assert!(Dienstverband::new(Werknemer::Wajong, d(2025, 9, 1))?.wajong_recht_vanaf(d(2026, 4, 1)).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn wajong_recht_vanaf(self, datum: NaiveDate) -> Result<Self, Error> {
        let f = Self {
            wajong_recht_vanaf: Some(datum),
            ..self
        };
        f.validate()?;
        Ok(f)
    }

    /// The same, for the werknemer of lid 2 e or lid 11, who became an arbeidsbeperkte of Wfsv
    /// art. 38b lid 1 or 2 on `datum`: his right to ziekengeld "ontstaat niet eerder" (lid 2,
    /// closing sentence; lid 11). Errors for another group.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::{Dienstverband, Werknemer};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = Dienstverband::new(Werknemer::Banenafspraak, d(2026, 1, 1))?.arbeidsbeperkte_vanaf(d(2025, 11, 3))?;
    /// assert!(Dienstverband::new(Werknemer::Wajong, d(2026, 1, 1))?.arbeidsbeperkte_vanaf(d(2025, 11, 3)).is_err());
    /// # let _ = f;
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn arbeidsbeperkte_vanaf(self, datum: NaiveDate) -> Result<Self, Error> {
        let f = Self {
            arbeidsbeperkte_vanaf: Some(datum),
            ..self
        };
        f.validate()?;
        Ok(f)
    }

    /// The dienstbetrekking from `aanvang` of the person of a register decision: the group of
    /// [`Werknemer::uit_register`] and, for lid 2 e and lid 11, the first day of the register
    /// entry as the day he became an arbeidsbeperkte (Wfsv art. 38b lid 1: "de persoon die is
    /// opgenomen in het doelgroepregister"). `None` when the decision gives no group.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::{beoordeel, Dienstverband, Feiten, Inschrijving, Minimumloonvaststelling, Toeleiding};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let koen = Feiten::builder()
    ///     .toeleiding(Toeleiding::Artikel7Lid1a)
    ///     .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
    ///     .inschrijving(Inschrijving::opgenomen(d(2025, 11, 3))?)
    ///     .build()?;
    /// let f = Dienstverband::uit_register(&beoordeel(&koen, d(2026, 7, 1))?, d(2026, 1, 1))?;
    /// assert!(serde_json::to_string(&f).unwrap().contains(r#""arbeidsbeperkte_vanaf":"2025-11-03""#));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn uit_register(
        beoordeling: &super::Beoordeling,
        aanvang: NaiveDate,
    ) -> Result<Option<Self>, Error> {
        let Some(werknemer) = Werknemer::uit_register(beoordeling) else {
            return Ok(None);
        };
        let f = Self::new(werknemer, aanvang)?;
        let opgenomen = beoordeling
            .feiten()
            .inschrijving()
            .map(|i| i.opgenomen_op());
        match (werknemer, opgenomen) {
            (Werknemer::Banenafspraak | Werknemer::Arbeidsbeperkte, Some(d)) => {
                f.arbeidsbeperkte_vanaf(d).map(Some)
            }
            _ => Ok(Some(f)),
        }
    }

    /// The werknemer's group.
    #[must_use]
    pub const fn werknemer(&self) -> Werknemer {
        self.werknemer
    }

    /// The first day of the dienstbetrekking.
    #[must_use]
    pub const fn aanvang(&self) -> NaiveDate {
        self.aanvang
    }

    /// Whether it is a dienstbetrekking of Wsw art. 2 (lid 8).
    pub(super) const fn is_wsw_artikel_2(&self) -> bool {
        self.wsw_artikel_2
    }

    /// The day the event of lid 2's closing sentences happened, for the groups it names.
    pub(super) fn niet_eerder_dan(&self) -> Result<Option<NaiveDate>, Error> {
        match self.werknemer {
            Werknemer::WajongNaDienstbetrekking => self.wajong_recht_vanaf.map(Some).ok_or_else(|| {
                Error::facts(
                    "wajong_recht_vanaf",
                    Text::new(
                        "nodig: het recht op ziekengeld van de werknemer van artikel 29b, tweede lid, onderdeel c, van de Ziektewet ontstaat niet eerder dan zijn recht op een Wajong-uitkering of arbeidsondersteuning",
                        "needed: under ZW art. 29b lid 2 the ziekengeld of the werknemer of onderdeel c does not arise before his Wajong right",
                    ),
                )
            }),
            Werknemer::Banenafspraak | Werknemer::Arbeidsbeperkte => {
                self.arbeidsbeperkte_vanaf.map(Some).ok_or_else(|| {
                    Error::facts(
                        "arbeidsbeperkte_vanaf",
                        Text::new(
                            "nodig: het recht op ziekengeld van deze werknemer ontstaat niet eerder dan het moment waarop hij arbeidsbeperkte wordt (artikel 29b, tweede en elfde lid, van de Ziektewet)",
                            "needed: under ZW art. 29b lid 2 and 11 the ziekengeld does not arise before he becomes an arbeidsbeperkte",
                        ),
                    )
                })
            }
            _ => Ok(None),
        }
    }

    /// The same, in a dienstbetrekking of Wsw art. 2 (sheltered employment under the Wsw), to
    /// which art. 29b does not apply (lid 8).
    #[must_use]
    pub const fn wsw_artikel_2(mut self) -> Self {
        self.wsw_artikel_2 = true;
        self
    }
}
