//! The facts (`feiten`) UWV assesses and the request (`verzoek`) it answers: owned data, read
//! from JSON through the same validation as their constructors, unknown fields refused.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::checked;
use crate::decision::Label;
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde, wire_enum};

use super::arbeidsvermogen::Arbeidsvermogen;

/// The day the Wet verplichting beschut werk (Stb. 2016, 519) took effect: the person's own
/// request (art. 10b lid 3), UWV benefit recipients in the circle, and the duty to offer.
pub const BESCHUT_WERK_2017: NaiveDate = match NaiveDate::from_ymd_opt(2017, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// A benefit from UWV that brings its recipient into the circle of art. 10b lid 1 (from
/// 2017-01-01).
///
/// The 2017 text says "a person to whom UWV pays a benefit"; the current text (consolidation
/// of 2025-02-04) lists the laws below and adds the right to Wajong `arbeidsondersteuning`.
///
/// ```
/// use participatiewet::beschut_werk::Uitkering;
/// use participatiewet::Taal;
/// assert_eq!(serde_json::to_string(&Uitkering::Wia).unwrap(), "\"wia\"");
/// assert_eq!("wia".parse::<Uitkering>()?, Uitkering::Wia);
/// assert_eq!(Uitkering::Wia.label().get(Taal::Nl), "WIA-uitkering");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitkering {
    /// Werkloosheidswet.
    Ww,
    /// Wet inkomensvoorziening oudere werklozen.
    Iow,
    /// Wet arbeidsongeschiktheidsverzekering zelfstandigen.
    Waz,
    /// Wet arbeidsongeschiktheidsvoorziening jonggehandicapten (benefit).
    Wajong,
    /// Wajong `arbeidsondersteuning` (art. 2:15 Wajong), named in the current text.
    WajongArbeidsondersteuning,
    /// Wet werk en inkomen naar arbeidsvermogen.
    Wia,
    /// Wet op de arbeidsongeschiktheidsverzekering.
    Wao,
    /// Ziektewet.
    Zw,
    /// Wet arbeidsongeschiktheidsvoorziening militairen.
    Wamil,
}

wire_enum!(Uitkering);

/// The labels of [`Uitkering`], in variant order (a ground's slot reads them back).
pub(crate) static UITKERINGEN: [Label; 9] = [
    Label::new("ww", "WW-uitkering", "WW benefit"),
    Label::new("iow", "IOW-uitkering", "IOW benefit"),
    Label::new("waz", "WAZ-uitkering", "WAZ benefit"),
    Label::new("wajong", "Wajong-uitkering", "Wajong benefit"),
    Label::new(
        "wajong_arbeidsondersteuning",
        "recht op arbeidsondersteuning uit de Wajong",
        "Wajong work support",
    ),
    Label::new("wia", "WIA-uitkering", "WIA benefit"),
    Label::new("wao", "WAO-uitkering", "WAO benefit"),
    Label::new("zw", "Ziektewet-uitkering", "sickness benefit (ZW)"),
    Label::new("wamil", "Wamil-uitkering", "Wamil benefit"),
];

impl Uitkering {
    /// The benefit in words, Dutch and English.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::Uitkering};
    /// assert_eq!(Uitkering::Ww.label().get(Taal::En), "WW benefit");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        let [ww, iow, waz, wajong, ondersteuning, wia, wao, zw, wamil] = &UITKERINGEN;
        match self {
            Self::Ww => ww,
            Self::Iow => iow,
            Self::Waz => waz,
            Self::Wajong => wajong,
            Self::WajongArbeidsondersteuning => ondersteuning,
            Self::Wia => wia,
            Self::Wao => wao,
            Self::Zw => zw,
            Self::Wamil => wamil,
        }
    }
}

/// Why a person belongs to the circle (`kring`) of art. 10b lid 1, if at all.
///
/// ```
/// use participatiewet::beschut_werk::{Kring, Uitkering};
/// assert_eq!(serde_json::to_string(&Kring::Uitkering(Uitkering::Ww)).unwrap(), r#"{"uitkering":"ww"}"#);
/// assert_eq!(Kring::Artikel7Lid1a.to_string(), "artikel7_lid1a");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kring {
    /// Supported by the college under art. 7 lid 1 onderdeel a (bijstand, NUG, Anw, IOAW,
    /// IOAZ and the others of that provision).
    Artikel7Lid1a,
    /// Receives a UWV benefit (in the circle from 2017-01-01).
    Uitkering(Uitkering),
    /// Neither.
    Geen,
}

/// The circle's tag, with the benefit for a UWV benefit recipient (`uitkering:wia`).
impl std::fmt::Display for Kring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Artikel7Lid1a => f.write_str("artikel7_lid1a"),
            Self::Uitkering(u) => write!(f, "uitkering:{u}"),
            Self::Geen => f.write_str("geen"),
        }
    }
}

/// Who asked UWV for the advice.
///
/// ```
/// use participatiewet::beschut_werk::Aanvrager;
/// use participatiewet::Taal;
/// assert_eq!(serde_json::to_string(&Aanvrager::Persoon).unwrap(), "\"persoon\"");
/// assert_eq!("college".parse::<Aanvrager>()?, Aanvrager::College);
/// assert_eq!(Aanvrager::Persoon.label().get(Taal::Nl), "de persoon zelf");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aanvrager {
    /// The college (art. 10b lid 2).
    College,
    /// The person (art. 10b lid 3, from 2017-01-01).
    Persoon,
}

wire_enum!(Aanvrager);

impl Aanvrager {
    /// Who asked, in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::Aanvrager};
    /// assert_eq!(Aanvrager::College.label().get(Taal::En), "the college");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const COLLEGE: Label = Label::new("college", "het college", "the college");
        const PERSOON: Label = Label::new("persoon", "de persoon zelf", "the person");
        match self {
            Self::College => &COLLEGE,
            Self::Persoon => &PERSOON,
        }
    }
}

/// A former Wsw indication (`Wsw-indicatie`) and what UWV advised on begeleid werken then
/// (Besluit advisering beschut werk art. 3 lid 3 onderdeel a and lid 4).
///
/// ```
/// use participatiewet::beschut_werk::WswIndicatie;
/// use participatiewet::Taal;
/// assert_eq!(WswIndicatie::Geen.to_string(), "geen");
/// assert!(WswIndicatie::BegeleidWerkenMogelijk.label().get(Taal::Nl).contains("begeleid werken"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WswIndicatie {
    /// No Wsw indication.
    Geen,
    /// Wsw-indicated, and UWV advised that the person can do begeleid werken.
    BegeleidWerkenMogelijk,
    /// Wsw-indicated, and UWV advised that the person cannot do begeleid werken.
    BegeleidWerkenNietMogelijk,
}

wire_enum!(WswIndicatie);

impl WswIndicatie {
    /// The indication in words.
    ///
    /// ```
    /// use participatiewet::{Taal, beschut_werk::WswIndicatie};
    /// assert_eq!(WswIndicatie::Geen.label().get(Taal::En), "no Wsw indication");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        const GEEN: Label = Label::new("geen", "geen Wsw-indicatie", "no Wsw indication");
        const MOGELIJK: Label = Label::new(
            "begeleid_werken_mogelijk",
            "Wsw-indicatie, in staat tot begeleid werken",
            "Wsw indication, able to do supported work",
        );
        const NIET_MOGELIJK: Label = Label::new(
            "begeleid_werken_niet_mogelijk",
            "Wsw-indicatie, niet in staat tot begeleid werken",
            "Wsw indication, unable to do supported work",
        );
        match self {
            Self::Geen => &GEEN,
            Self::BegeleidWerkenMogelijk => &MOGELIJK,
            Self::BegeleidWerkenNietMogelijk => &NIET_MOGELIJK,
        }
    }
}

/// The facts UWV assesses: the circle, arbeidsvermogen, the dependence of Besluit art. 3
/// lid 1, a former Wsw indication and whether the applicant reports new facts against it
/// (lid 5).
///
/// ```
/// use participatiewet::beschut_werk::{Arbeidsvermogen, Feiten, Kring, WswIndicatie};
/// use participatiewet::Hours;
/// use rust_decimal::dec;
/// let a = Arbeidsvermogen::new(Hours::new(dec!(2))?, Hours::new(dec!(6))?)?;
/// let f = Feiten::new(Kring::Artikel7Lid1a, a).aangewezen_op_begeleiding(true);
/// assert!(f.is_aangewezen_op_begeleiding());
/// // new facts against an indication that does not exist are refused
/// assert!(f.wsw_indicatie(WswIndicatie::Geen, true).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[allow(clippy::struct_excessive_bools)] // reason: independent legal facts, each set by name
pub struct Feiten {
    kring: Kring,
    arbeidsvermogen: Arbeidsvermogen,
    aangewezen_op_aanpassingen: bool,
    aangewezen_op_begeleiding: bool,
    wsw_indicatie: WswIndicatie,
    nieuwe_feiten_sinds_indicatie: bool,
}

validated_serde!(Feiten);

impl Validate for Feiten {
    fn validate(&self) -> Result<(), Error> {
        self.arbeidsvermogen.validate()?;
        if self.nieuwe_feiten_sinds_indicatie && self.wsw_indicatie == WswIndicatie::Geen {
            return Err(Error::facts(
                "nieuwe_feiten_sinds_indicatie",
                Text::new(
                    "nieuwe feiten ten opzichte van een Wsw-indicatie die er niet is",
                    "new facts against a Wsw indication that does not exist",
                ),
            ));
        }
        Ok(())
    }
}

impl Feiten {
    /// Facts with the circle and arbeidsvermogen given, no dependence and no Wsw indication;
    /// the rest is set by name.
    ///
    /// ```
    /// use participatiewet::beschut_werk::{Arbeidsvermogen, Feiten, Kring};
    /// use participatiewet::Hours;
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?);
    /// assert!(!f.is_aangewezen_op_aanpassingen());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn new(kring: Kring, arbeidsvermogen: Arbeidsvermogen) -> Self {
        Self {
            kring,
            arbeidsvermogen,
            aangewezen_op_aanpassingen: false,
            aangewezen_op_begeleiding: false,
            wsw_indicatie: WswIndicatie::Geen,
            nieuwe_feiten_sinds_indicatie: false,
        }
    }

    /// Whether the person depends on technical or organisational adaptations an employer
    /// cannot realise within reasonable limits (Besluit art. 3 lid 1 onderdeel a).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).aangewezen_op_aanpassingen(true);
    /// assert!(f.is_aangewezen_op_aanpassingen());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aangewezen_op_aanpassingen(mut self, ja: bool) -> Self {
        self.aangewezen_op_aanpassingen = ja;
        self
    }

    /// Whether the person depends on permanent supervision or intensive guidance an employer
    /// cannot offer within reasonable limits (Besluit art. 3 lid 1 onderdeel b).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// let f = Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).aangewezen_op_begeleiding(true);
    /// assert!(f.is_aangewezen_op_begeleiding());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn aangewezen_op_begeleiding(mut self, ja: bool) -> Self {
        self.aangewezen_op_begeleiding = ja;
        self
    }

    /// A former Wsw indication (lid 3 a and 4), and whether the applicant reports new facts or
    /// changed circumstances against it (lid 5); errors for new facts without an indication.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring, WswIndicatie}};
    /// let f = Feiten::new(Kring::Artikel7Lid1a, Arbeidsvermogen::new(Hours::default(), Hours::default())?)
    ///     .wsw_indicatie(WswIndicatie::BegeleidWerkenMogelijk, false)?;
    /// assert_eq!(f.wsw(), WswIndicatie::BegeleidWerkenMogelijk);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn wsw_indicatie(
        mut self,
        indicatie: WswIndicatie,
        nieuwe_feiten: bool,
    ) -> Result<Self, Error> {
        self.wsw_indicatie = indicatie;
        self.nieuwe_feiten_sinds_indicatie = nieuwe_feiten;
        self.validate()?;
        Ok(self)
    }

    /// The circle.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// assert_eq!(Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).kring(), Kring::Geen);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn kring(&self) -> Kring {
        self.kring
    }

    /// Work capacity.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// let a = Arbeidsvermogen::new(Hours::default(), Hours::default())?;
    /// assert_eq!(Feiten::new(Kring::Geen, a).arbeidsvermogen(), &a);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn arbeidsvermogen(&self) -> &Arbeidsvermogen {
        &self.arbeidsvermogen
    }

    /// Depends on adaptations (lid 1 a).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// assert!(!Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).is_aangewezen_op_aanpassingen());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn is_aangewezen_op_aanpassingen(&self) -> bool {
        self.aangewezen_op_aanpassingen
    }

    /// Depends on supervision or guidance (lid 1 b).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// assert!(!Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).is_aangewezen_op_begeleiding());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn is_aangewezen_op_begeleiding(&self) -> bool {
        self.aangewezen_op_begeleiding
    }

    /// The former Wsw indication.
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring, WswIndicatie}};
    /// assert_eq!(Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).wsw(), WswIndicatie::Geen);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn wsw(&self) -> WswIndicatie {
        self.wsw_indicatie
    }

    /// Whether the applicant reports new facts against the Wsw indication (lid 5).
    ///
    /// ```
    /// use participatiewet::{Hours, beschut_werk::{Arbeidsvermogen, Feiten, Kring}};
    /// assert!(!Feiten::new(Kring::Geen, Arbeidsvermogen::new(Hours::default(), Hours::default())?).nieuwe_feiten_sinds_indicatie());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn nieuwe_feiten_sinds_indicatie(&self) -> bool {
        self.nieuwe_feiten_sinds_indicatie
    }
}

/// The request for the advice: who asked, when UWV received it, and UWV's last earlier advice
/// on this person with whether the applicant reports new facts against it (Besluit art. 3
/// lid 6).
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let v = Verzoek::new(Aanvrager::Persoon, d(2018, 3, 1))?.na_advies(d(2017, 6, 1), false)?;
/// assert_eq!(v.vorig_advies(), Some(d(2017, 6, 1)));
/// // an earlier advice after the request is refused
/// assert!(Verzoek::new(Aanvrager::Persoon, d(2018, 3, 1))?.na_advies(d(2018, 6, 1), false).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Verzoek {
    door: Aanvrager,
    datum: NaiveDate,
    #[serde(deserialize_with = "Option::deserialize")]
    vorig_advies: Option<NaiveDate>,
    nieuwe_feiten_sinds_advies: bool,
}

validated_serde!(Verzoek);

impl Validate for Verzoek {
    fn validate(&self) -> Result<(), Error> {
        checked(self.datum, "datum")?;
        if let Some(vorig) = self.vorig_advies {
            checked(vorig, "vorig_advies")?;
            if vorig > self.datum {
                return Err(Error::facts(
                    "vorig_advies",
                    Text::new(
                        "het eerdere advies ligt na het verzoek",
                        "the earlier advice is after the request",
                    ),
                ));
            }
        } else if self.nieuwe_feiten_sinds_advies {
            return Err(Error::facts(
                "nieuwe_feiten_sinds_advies",
                Text::new(
                    "nieuwe feiten ten opzichte van een eerder advies dat er niet is",
                    "new facts against an earlier advice that does not exist",
                ),
            ));
        }
        Ok(())
    }
}

impl Verzoek {
    /// A request received by UWV on `datum`, without an earlier advice; errors for a date
    /// outside [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let d = NaiveDate::from_ymd_opt(2018, 3, 1).unwrap();
    /// assert_eq!(Verzoek::new(Aanvrager::Persoon, d)?.datum(), d);
    /// assert!(Verzoek::new(Aanvrager::Persoon, NaiveDate::MAX).is_err());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn new(door: Aanvrager, datum: NaiveDate) -> Result<Self, Error> {
        let v = Self {
            door,
            datum,
            vorig_advies: None,
            nieuwe_feiten_sinds_advies: false,
        };
        v.validate()?;
        Ok(v)
    }

    /// The same request after UWV's earlier advice of `datum`, with whether the applicant
    /// reports new facts or changed circumstances against it (lid 6); errors for an advice
    /// after the request.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let v = Verzoek::new(Aanvrager::Persoon, d(2018, 3, 1))?.na_advies(d(2017, 6, 1), true)?;
    /// assert!(v.nieuwe_feiten_sinds_advies());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    pub fn na_advies(mut self, datum: NaiveDate, nieuwe_feiten: bool) -> Result<Self, Error> {
        self.vorig_advies = Some(datum);
        self.nieuwe_feiten_sinds_advies = nieuwe_feiten;
        self.validate()?;
        Ok(self)
    }

    /// Who asked.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert_eq!(v.door(), Aanvrager::College);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn door(&self) -> Aanvrager {
        self.door
    }

    /// The day UWV received the request.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let d = NaiveDate::from_ymd_opt(2018, 3, 1).unwrap();
    /// assert_eq!(Verzoek::new(Aanvrager::College, d)?.datum(), d);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn datum(&self) -> NaiveDate {
        self.datum
    }

    /// The day of UWV's last earlier advice on this person, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert_eq!(v.vorig_advies(), None);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn vorig_advies(&self) -> Option<NaiveDate> {
        self.vorig_advies
    }

    /// Whether the applicant reports new facts against the earlier advice (lid 6).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::beschut_werk::{Aanvrager, Verzoek};
    /// let v = Verzoek::new(Aanvrager::College, NaiveDate::from_ymd_opt(2018, 3, 1).unwrap())?;
    /// assert!(!v.nieuwe_feiten_sinds_advies());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn nieuwe_feiten_sinds_advies(&self) -> bool {
        self.nieuwe_feiten_sinds_advies
    }
}
