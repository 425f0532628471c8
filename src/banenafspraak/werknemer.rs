//! The werknemer of Ziektewet art. 29b: the groups the no-riskpolis covers, by lid and
//! onderdeel, and the group of a person in the doelgroepregister.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::Label;

use super::grond::Grond;
use super::register::Beoordeling;

const ZW: Regulation = Regulation::Ziektewet;

/// The group of art. 29b the werknemer belongs to, as UWV or the college states it.
///
/// ```
/// use participatiewet::banenafspraak::Werknemer;
/// assert_eq!(Werknemer::Banenafspraak.citation().to_string(), "ZW art. 29b lid 2 onderdeel e");
/// assert_eq!(serde_json::to_string(&Werknemer::Wajong)?, r#"{"groep":"wajong"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "groep", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Werknemer {
    /// Lid 1 a: had a WIA benefit immediately before the dienstbetrekking.
    WiaVoorafgaand,
    /// Lid 1 b: found in an arbeidskundig onderzoek less than 35% arbeidsongeschikt, unable to
    /// do his own work, and starting with another employer within five years.
    ArbeidskundigOnderzoek,
    /// Lid 1 c: under 18, hindered in education by illness or disability, working within five
    /// years after it.
    OnderwijsOnder18,
    /// Lid 1 d: 18 or older, hindered in education, not a Wajong person, working within five
    /// years after it.
    Onderwijs18Plus,
    /// Lid 2 a: had or has a Wajong benefit or arbeidsondersteuning before the dienstbetrekking.
    Wajong,
    /// Lid 2 b: an arbeidsovereenkomst with an employer of Wsw art. 7 (begeleid werken).
    WswBegeleidWerken,
    /// Lid 2 c: the dienstbetrekking began before the Wajong right arose, before 18.
    WajongNaDienstbetrekking,
    /// Lid 2 d: immediately before, a Wsw dienstbetrekking or a still valid Wsw indication.
    VoormaligWsw,
    /// Lid 2 e: supported by the college towards a dienstbetrekking (or with loonkostensubsidie)
    /// with a finding that the minimum wage is out of reach; the dienstbetrekking began on or
    /// after 2015-01-01.
    Banenafspraak,
    /// Lid 2 f: works in a beschut-werk dienstbetrekking (Pw art. 10b lid 1).
    BeschutWerk,
    /// Lid 11: an arbeidsbeperkte of Wfsv art. 38b lid 1 d, e, f or lid 2.
    Arbeidsbeperkte,
    /// Lid 12: kept by Wfsv art. 38b lid 6; the entry ends (first day no longer registered) on
    /// `einde`, if known.
    Lid6 {
        /// The day the register entry ends.
        einde: Option<NaiveDate>,
    },
    /// Lid 4: a WIA benefit, the dienstbetrekking continued after the right was set on
    /// `vastgesteld`.
    WiaVoortgezet {
        /// The day the WIA right was set.
        vastgesteld: NaiveDate,
    },
}

impl Werknemer {
    /// The provision of the group.
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::WiaVoorafgaand => const { &Citation::article(ZW, "29b").lid(1).onderdeel("a") },
            Self::ArbeidskundigOnderzoek => {
                const { &Citation::article(ZW, "29b").lid(1).onderdeel("b") }
            }
            Self::OnderwijsOnder18 => const { &Citation::article(ZW, "29b").lid(1).onderdeel("c") },
            Self::Onderwijs18Plus => const { &Citation::article(ZW, "29b").lid(1).onderdeel("d") },
            Self::Wajong => const { &Citation::article(ZW, "29b").lid(2).onderdeel("a") },
            Self::WswBegeleidWerken => {
                const { &Citation::article(ZW, "29b").lid(2).onderdeel("b") }
            }
            Self::WajongNaDienstbetrekking => {
                const { &Citation::article(ZW, "29b").lid(2).onderdeel("c") }
            }
            Self::VoormaligWsw => const { &Citation::article(ZW, "29b").lid(2).onderdeel("d") },
            Self::Banenafspraak => const { &Citation::article(ZW, "29b").lid(2).onderdeel("e") },
            Self::BeschutWerk => const { &Citation::article(ZW, "29b").lid(2).onderdeel("f") },
            Self::Arbeidsbeperkte => const { &Citation::article(ZW, "29b").lid(11) },
            Self::Lid6 { .. } => const { &Citation::article(ZW, "29b").lid(12) },
            Self::WiaVoortgezet { .. } => const { &Citation::article(ZW, "29b").lid(4) },
        }
    }

    /// The group of a person in the doelgroepregister, from the register's ground: lid 1 a →
    /// lid 2 e; b → lid 2 d; c → lid 2 a; d, e, f and lid 2 → lid 11; lid 6 → lid 12; g (the
    /// WIA experiment) is not named in art. 29b and gives `None`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::banenafspraak::{beoordeel, Feiten, Werknemer};
    /// let f = Feiten::builder().wsw_indicatie().build()?;
    /// let b = beoordeel(&f, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
    /// assert_eq!(Werknemer::uit_register(&b), Some(Werknemer::VoormaligWsw));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn uit_register(beoordeling: &Beoordeling) -> Option<Self> {
        let super::Uitkomst::Arbeidsbeperkte(grond) = beoordeling.uitkomst() else {
            return None;
        };
        Some(match grond {
            Grond::Lid1A => Self::Banenafspraak,
            Grond::Lid1B => Self::VoormaligWsw,
            Grond::Lid1C => Self::Wajong,
            Grond::Lid1D | Grond::Lid1E | Grond::Lid1F | Grond::Lid2 => Self::Arbeidsbeperkte,
            Grond::Lid6 => Self::Lid6 {
                einde: beoordeling
                    .feiten()
                    .inschrijving()
                    .and_then(|i| i.geeindigd_op()),
            },
            _ => return None,
        })
    }

    pub(super) const fn vijf_jaar(self) -> bool {
        matches!(
            self,
            Self::WiaVoorafgaand
                | Self::ArbeidskundigOnderzoek
                | Self::OnderwijsOnder18
                | Self::Onderwijs18Plus
                | Self::WiaVoortgezet { .. }
        )
    }
}

/// The group's tag, with its date where it has one (`lid6: 2026-09-01`).
///
/// ```
/// use participatiewet::banenafspraak::Werknemer;
/// assert_eq!(Werknemer::Wajong.to_string(), "wajong");
/// ```
impl std::fmt::Display for Werknemer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Lid6 { einde: Some(d) } => write!(f, "lid6: {d}"),
            Self::WiaVoortgezet { vastgesteld } => write!(f, "wia_voortgezet: {vastgesteld}"),
            other => f.write_str(other.label().wire),
        }
    }
}

pub(super) static WERKNEMER_LABELS: [Label; 13] = [
    Label::new(
        "wia_voorafgaand",
        "u had direct voor uw dienstbetrekking een WIA-uitkering",
        "WIA benefit before the job",
    ),
    Label::new(
        "arbeidskundig_onderzoek",
        "u bent na arbeidskundig onderzoek minder dan 35% arbeidsongeschikt en werkt bij een andere werkgever",
        "under 35% after assessment, another employer",
    ),
    Label::new(
        "onderwijs_onder_18",
        "u ondervond jonger dan 18 jaar door ziekte of gebrek een belemmering in het onderwijs",
        "hindered in education, under 18",
    ),
    Label::new(
        "onderwijs_18_plus",
        "u ondervond door ziekte of gebrek een belemmering in het onderwijs",
        "hindered in education, 18 or older",
    ),
    Label::new(
        "wajong",
        "u had of hebt recht op een Wajong-uitkering of arbeidsondersteuning",
        "Wajong benefit or support",
    ),
    Label::new(
        "wsw_begeleid_werken",
        "u werkt met een arbeidsovereenkomst als bedoeld in artikel 7 van de Wsw",
        "Wsw art. 7 (begeleid werken)",
    ),
    Label::new(
        "wajong_na_dienstbetrekking",
        "uw dienstbetrekking begon vóór uw 18e, vóór uw Wajong-recht",
        "job before the Wajong right, before 18",
    ),
    Label::new(
        "voormalig_wsw",
        "u had direct daarvoor een Wsw-dienstbetrekking of een nog geldende Wsw-indicatie",
        "former Wsw",
    ),
    Label::new(
        "banenafspraak",
        "u bent met ondersteuning van het college toegeleid en het minimumloon is voor u niet haalbaar",
        "banenafspraak person supported by the college",
    ),
    Label::new(
        "beschut_werk",
        "u werkt in een dienstbetrekking beschut werk",
        "beschut werk",
    ),
    Label::new(
        "arbeidsbeperkte",
        "u bent arbeidsbeperkte als bedoeld in artikel 38b van de Wfsv",
        "arbeidsbeperkte of Wfsv art. 38b",
    ),
    Label::new(
        "lid6",
        "u staat nog in het doelgroepregister",
        "still in the register",
    ),
    Label::new(
        "wia_voortgezet",
        "u hebt een WIA-uitkering en uw dienstbetrekking is voortgezet",
        "WIA, job continued",
    ),
];

impl Werknemer {
    /// The group in words.
    #[must_use]
    pub fn label(self) -> &'static Label {
        let i = match self {
            Self::WiaVoorafgaand => 0,
            Self::ArbeidskundigOnderzoek => 1,
            Self::OnderwijsOnder18 => 2,
            Self::Onderwijs18Plus => 3,
            Self::Wajong => 4,
            Self::WswBegeleidWerken => 5,
            Self::WajongNaDienstbetrekking => 6,
            Self::VoormaligWsw => 7,
            Self::Banenafspraak => 8,
            Self::BeschutWerk => 9,
            Self::Arbeidsbeperkte => 10,
            Self::Lid6 { .. } => 11,
            Self::WiaVoortgezet { .. } => 12,
        };
        let [first, ..] = &WERKNEMER_LABELS;
        WERKNEMER_LABELS.get(i).unwrap_or(first)
    }
}
