//! The no-riskpolis (Ziektewet art. 29b): a werknemer of one of the groups of the article gets
//! ziekengeld from UWV from the first day of sickness, so that the employer's wage liability
//! during sickness is covered; for some groups during five years, for others without a term.
//!
//! The crate applies the text of art. 29b as read in the consolidations of 2024-01-01,
//! 2025-01-01 and 2026-01-01 (BWBR0001888) and refuses an earlier first day of sickness rather
//! than apply a text it did not read (the consolidation stored before, of 2022-01-01, was not
//! read). The three read alike, word for word in lid 1 and lid 3–12; lid 2 onderdeel e of
//! 2026 also names support towards a dienstbetrekking under Pw art. 7a ("op grond van artikel
//! 7, eerste lid, onderdeel a, of artikel 7a, eerste lid, onderdeel a, of derde lid, van de
//! Participatiewet"), where 2024 and 2025 name only "artikel 7, eerste lid, onderdeel a, van
//! de Participatiewet". Which group a werknemer belongs to is the caller's fact
//! ([`Werknemer`]), so that difference changes no rule the crate applies. In those texts:
//!
//! - lid 1 (onderdelen a–d) and lid 4 cover periods of sickness that began "in de vijf jaren
//!   na aanvang van de dienstbetrekking" respectively "na vaststelling van het recht op
//!   uitkering" (the term art. 29c names; the closing words of lid 1 are missing from the
//!   consolidated text as read; art. 29c states the term for lid 1 and lid 4 alike);
//! - lid 2 (onderdelen a–f) has no term: the no-riskpolis lasts as long as the dienstbetrekking;
//!   onderdeel e (the banenafspraak person supported by the college) only for a dienstbetrekking
//!   that began on or after 1 January 2015;
//! - lid 11 applies lid 2 e to the arbeidsbeperkte of Wfsv art. 38b lid 1 d, e, f and lid 2;
//! - lid 12 covers the person kept by Wfsv art. 38b lid 6 for sickness that began before the
//!   register entry ends;
//! - lid 5: the ziekengeld is 70% of the dagloon (lid 6: on the employer's request, for an
//!   employee of art. 3, the dagloon in the first 52 weeks, at most the wage owed);
//! - lid 8: not for a dienstbetrekking of Wsw art. 2.
//!
//! The consolidations of 2022-01-01 and 2026-07-01, stored as whole articles, show the closing
//! words of lid 1 and lid 2 that the per-lid texts of 2024–2026 lack; both read alike. Lid 2
//! closes: "heeft vanaf de eerste dag van zijn ongeschiktheid tot werken recht op ziekengeld
//! over perioden van ongeschiktheid tot werken wegens ziekte die zijn aangevangen na aanvang
//! van de dienstbetrekking. Het recht op ziekengeld van de werknemer, bedoeld in onderdeel c,
//! ontstaat niet eerder dan zijn recht op een arbeidsongeschiktheidsuitkering of
//! arbeidsondersteuning op grond van de Wet arbeidsongeschiktheidsvoorziening
//! jonggehandicapten. Het recht op ziekengeld van de werknemer, bedoeld in onderdeel e,
//! ontstaat niet eerder dan het moment waarop hij een arbeidsbeperkte wordt als bedoeld in
//! artikel 38b, eerste of tweede lid, van de Wet financiering sociale verzekeringen." Lid 11
//! applies "het bepaalde in het tweede en derde lid inzake het tweede lid, onderdeel e" to the
//! arbeidsbeperkte of Wfsv art. 38b lid 1 d–f and lid 2, so the last sentence holds for them
//! too. The crate builds both sentences: for lid 2 c the caller states the day the Wajong
//! right arose ([`Dienstverband::wajong_recht_vanaf`]), for lid 2 e and lid 11 the day the
//! werknemer became an arbeidsbeperkte ([`Dienstverband::arbeidsbeperkte_vanaf`]; Wfsv
//! art. 38b lid 1: "de persoon die is opgenomen in het doelgroepregister", so the first day of
//! his register entry, which [`Dienstverband::uit_register`] takes); without that day the
//! no-riskpolis of those groups is refused with an error naming the field. A sickness that
//! began earlier is covered, its ziekengeld from that day ([`Dekking::ziekengeld_vanaf`]). The
//! 2022 text is not applied before 2024, its lid 2 e differing ("bij voltijdse arbeid minder
//! bedraagt").
//!
//! Not built: the extension of the five-year term for a serious, raised risk (art. 29c), the
//! dagloon itself and the 52-week rule of lid 6.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::Cite;
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, add_years_months, checked};
use crate::decision::{Code, Decision, Eligibility, Ground, Kind, Label, Slot, Value};
use crate::error::{Error, Text};
use crate::money::Percentage;
use crate::wire::{Validate, validated_serde, wire_enum};

use super::dienstverband::Dienstverband;
use super::werknemer::{WERKNEMER_LABELS, Werknemer};

const ZW: Regulation = Regulation::Ziektewet;

/// The first day the crate applies art. 29b (the earliest consolidation it read, 2024-01-01).
pub const ARTIKEL_29B_GELEZEN: NaiveDate = match NaiveDate::from_ymd_opt(2024, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

const BANENAFSPRAAK_2015: NaiveDate = match NaiveDate::from_ymd_opt(2015, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Why the no-riskpolis does not cover a sickness.
///
/// ```
/// use participatiewet::banenafspraak::Uitsluiting29b;
/// assert_eq!(serde_json::to_string(&Uitsluiting29b::TermijnVerstreken)?, r#""termijn_verstreken""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitsluiting29b {
    /// The sickness began after the five-year term.
    TermijnVerstreken,
    /// A Wsw dienstbetrekking of Wsw art. 2 (lid 8).
    WswDienstbetrekking,
    /// Lid 2 e: the dienstbetrekking began before 2015-01-01.
    VoorBanenafspraak,
    /// Lid 12: the sickness began after the register entry ended.
    RegistratieGeeindigd,
    /// The sickness began before the dienstbetrekking.
    VoorAanvang,
}

wire_enum!(Uitsluiting29b);

/// `gedekt: <group> from <day>` or `niet_gedekt: <reason> (<day>)`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{no_riskpolis, Dienstverband, Werknemer};
/// let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
/// let f = Dienstverband::new(Werknemer::Wajong, d)?;
/// assert_eq!(no_riskpolis(&f, d)?.to_string(), "gedekt: wajong (2026-03-02)");
/// # Ok::<(), participatiewet::Error>(())
/// ```
impl std::fmt::Display for NoRiskPolis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Gedekt(d) => write!(f, "gedekt: {} ({})", d.werknemer, d.eerste_ziektedag),
            Self::NietGedekt {
                eerste_ziektedag,
                reden,
                ..
            } => write!(f, "niet_gedekt: {reden} ({eerste_ziektedag})"),
        }
    }
}

/// The cover: from which day and, for a five-year group, the last day a sickness may begin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Dekking {
    werknemer: Werknemer,
    eerste_ziektedag: NaiveDate,
    uiterlijk: Option<NaiveDate>,
    percentage: Percentage,
    niet_eerder_dan: Option<NaiveDate>,
}

validated_serde!(Dekking);

impl Validate for Dekking {
    fn validate(&self) -> Result<(), Error> {
        checked(self.eerste_ziektedag, "eerste_ziektedag")?;
        let binnen = self.uiterlijk.is_none_or(|u| self.eerste_ziektedag <= u);
        if let Some(d) = self.niet_eerder_dan {
            checked(d, "niet_eerder_dan")?;
        }
        let noemt = matches!(
            self.werknemer,
            Werknemer::WajongNaDienstbetrekking
                | Werknemer::Banenafspraak
                | Werknemer::Arbeidsbeperkte
        );
        if noemt != self.niet_eerder_dan.is_some() {
            return Err(Error::state(
                "banenafspraak::Dekking",
                Text::new(
                    "de dag waarvóór het recht niet ontstaat past niet bij de groep",
                    "the day before which the right does not arise does not fit the group",
                ),
            ));
        }
        if !binnen || self.percentage.value() != rust_decimal::Decimal::from(70) {
            return Err(Error::state(
                "banenafspraak::Dekking",
                Text::new(
                    "de dekking begint na haar laatste dag of is geen 70%",
                    "the cover begins after its last day or is not 70%",
                ),
            ));
        }
        Ok(())
    }
}

impl Dekking {
    /// The group.
    #[must_use]
    pub const fn werknemer(&self) -> Werknemer {
        self.werknemer
    }
    /// The first day of the sickness covered (ziekengeld from the first day).
    #[must_use]
    pub const fn eerste_ziektedag(&self) -> NaiveDate {
        self.eerste_ziektedag
    }
    /// The last day a sickness may begin to be covered, if the cover has a term.
    #[must_use]
    pub const fn uiterlijk(&self) -> Option<NaiveDate> {
        self.uiterlijk
    }
    /// The ziekengeld as a percentage of the dagloon (lid 5).
    #[must_use]
    pub const fn percentage(&self) -> Percentage {
        self.percentage
    }
    /// For lid 2 c, lid 2 e and lid 11: the day before which the right to ziekengeld does not
    /// arise (lid 2, closing sentences).
    #[must_use]
    pub const fn niet_eerder_dan(&self) -> Option<NaiveDate> {
        self.niet_eerder_dan
    }
    /// The first day of ziekengeld: the first day of the sickness, or the day of
    /// [`Dekking::niet_eerder_dan`] when that is later.
    #[must_use]
    pub fn ziekengeld_vanaf(&self) -> NaiveDate {
        self.niet_eerder_dan
            .map_or(self.eerste_ziektedag, |d| d.max(self.eerste_ziektedag))
    }
}

/// The outcome: covered, or not, with the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoRiskPolis {
    /// Covered.
    Gedekt(Dekking),
    /// Not covered.
    NietGedekt {
        /// The group.
        werknemer: Werknemer,
        /// The first day of the sickness.
        eerste_ziektedag: NaiveDate,
        /// Why not.
        reden: Uitsluiting29b,
    },
}

/// Whether the no-riskpolis covers a sickness that began on `eerste_ziektedag`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{no_riskpolis, Dienstverband, NoRiskPolis, Uitsluiting29b, Werknemer};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let wia = Dienstverband::new(Werknemer::WiaVoorafgaand, d(2021, 3, 1))?;
/// let NoRiskPolis::Gedekt(dekking) = no_riskpolis(&wia, d(2026, 2, 28))? else { panic!() };
/// assert_eq!(dekking.uiterlijk(), Some(d(2026, 2, 28)));
/// assert!(matches!(no_riskpolis(&wia, d(2026, 3, 1))?, NoRiskPolis::NietGedekt { reden: Uitsluiting29b::TermijnVerstreken, .. }));
/// assert!(no_riskpolis(&wia, d(2023, 12, 31)).is_err());
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn no_riskpolis(
    dienstverband: &Dienstverband,
    eerste_ziektedag: NaiveDate,
) -> Result<NoRiskPolis, Error> {
    let dag = checked(eerste_ziektedag, "eerste_ziektedag")?;
    if dag < ARTIKEL_29B_GELEZEN {
        return Err(Error::facts(
            "eerste_ziektedag",
            Text::new(
                "de crate past artikel 29b van de Ziektewet toe zoals het luidt vanaf 1 januari 2024; de eerdere tekst is niet nagelezen",
                "the crate applies ZW art. 29b as it reads from 1 January 2024; the earlier text was not read",
            ),
        ));
    }
    let w = dienstverband.werknemer();
    let niet = |reden| {
        Ok(NoRiskPolis::NietGedekt {
            werknemer: w,
            eerste_ziektedag: dag,
            reden,
        })
    };
    if dienstverband.is_wsw_artikel_2() {
        return niet(Uitsluiting29b::WswDienstbetrekking);
    }
    if dag < dienstverband.aanvang() {
        return niet(Uitsluiting29b::VoorAanvang);
    }
    if matches!(w, Werknemer::Banenafspraak | Werknemer::Arbeidsbeperkte)
        && dienstverband.aanvang() < BANENAFSPRAAK_2015
    {
        return niet(Uitsluiting29b::VoorBanenafspraak);
    }
    let niet_eerder_dan = dienstverband.niet_eerder_dan()?;
    let uiterlijk = match w {
        Werknemer::WiaVoortgezet { vastgesteld } => Some(laatste_dag(vastgesteld)?),
        _ if w.vijf_jaar() => Some(laatste_dag(dienstverband.aanvang())?),
        Werknemer::Lid6 { einde: Some(einde) } => Some(einde.pred_opt().unwrap_or(einde)),
        _ => None,
    };
    if let Some(laatste) = uiterlijk {
        if dag > laatste {
            return niet(if matches!(w, Werknemer::Lid6 { .. }) {
                Uitsluiting29b::RegistratieGeeindigd
            } else {
                Uitsluiting29b::TermijnVerstreken
            });
        }
    }
    Ok(NoRiskPolis::Gedekt(Dekking {
        werknemer: w,
        eerste_ziektedag: dag,
        uiterlijk,
        percentage: Percentage::new(rust_decimal::Decimal::from(70))?,
        niet_eerder_dan,
    }))
}

/// The last day of the five years from `van`: the day before the fifth anniversary.
fn laatste_dag(van: NaiveDate) -> Result<NaiveDate, Error> {
    let vijf = add_years_months(van, 5, 0, MonthEnd::LastDay)?;
    vijf.pred_opt()
        .ok_or_else(|| Error::overflow("no-riskpolis termijn"))
}

pub(crate) static GEDEKT: Code = Code::new(
    "banenafspraak_no_riskpolis_gedekt",
    &[Slot::new("datum", Kind::Date)],
    "Het UWV betaalt ziekengeld vanaf de eerste ziektedag, {datum} (no-riskpolis).",
    "UWV pays ziekengeld from the first day of sickness, {datum} (no-risk policy).",
);
pub(crate) static GEDEKT_VANAF: Code = Code::new(
    "banenafspraak_no_riskpolis_gedekt_vanaf",
    &[Slot::new("datum", Kind::Date)],
    "Het UWV betaalt ziekengeld vanaf {datum} (no-riskpolis).",
    "UWV pays ziekengeld from {datum} (no-risk policy).",
);
pub(crate) static NIET_EERDER_WAJONG: Code = Code::new(
    "banenafspraak_no_riskpolis_niet_eerder_dan_wajong",
    &[Slot::new("datum", Kind::Date)],
    "Uw recht op ziekengeld ontstaat niet eerder dan uw recht op een arbeidsongeschiktheidsuitkering of arbeidsondersteuning op grond van de Wajong, op {datum}.",
    "Your right to ziekengeld does not arise before your Wajong right, on {datum}.",
);
pub(crate) static NIET_EERDER_ARBEIDSBEPERKTE: Code = Code::new(
    "banenafspraak_no_riskpolis_niet_eerder_dan_arbeidsbeperkte",
    &[Slot::new("datum", Kind::Date)],
    "Uw recht op ziekengeld ontstaat niet eerder dan het moment waarop u arbeidsbeperkte werd als bedoeld in artikel 38b, eerste of tweede lid, van de Wet financiering sociale verzekeringen, op {datum}.",
    "Your right to ziekengeld does not arise before you became an arbeidsbeperkte of Wfsv art. 38b lid 1 or 2, on {datum}.",
);
pub(crate) static NIET_GEDEKT: Code = Code::refusal(
    "banenafspraak_no_riskpolis_niet_gedekt",
    &[Slot::new("datum", Kind::Date)],
    "De no-riskpolis dekt de ziekte die op {datum} begon niet.",
    "The no-risk policy does not cover the sickness that began on {datum}.",
);
pub(crate) static GROEP: Code = Code::new(
    "banenafspraak_no_riskpolis_groep",
    &[Slot::new("groep", Kind::Label(&WERKNEMER_LABELS))],
    "De no-riskpolis geldt voor u: {groep}.",
    "The no-risk policy applies to you: {groep}.",
);
pub(crate) static TERMIJN: Code = Code::new(
    "banenafspraak_no_riskpolis_termijn",
    &[Slot::new("datum", Kind::Date)],
    "De no-riskpolis geldt voor ziekte die uiterlijk op {datum} begint.",
    "The no-risk policy covers sickness that begins on or before {datum}.",
);
pub(crate) static ONBEPERKT: Code = Code::new(
    "banenafspraak_no_riskpolis_onbeperkt",
    &[],
    "Voor uw groep kent de wet geen termijn: de no-riskpolis geldt zolang uw dienstbetrekking duurt.",
    "For your group the law sets no term: the policy lasts as long as the job.",
);
pub(crate) static HOOGTE: Code = Code::new(
    "banenafspraak_no_riskpolis_hoogte",
    &[Slot::new("percentage", Kind::Percentage)],
    "Het ziekengeld bedraagt {percentage} van het dagloon.",
    "The ziekengeld is {percentage} of the dagloon.",
);
pub(crate) static REDEN: Code = Code::refusal(
    "banenafspraak_no_riskpolis_reden",
    &[Slot::new("reden", Kind::Label(&REDENEN))],
    "{reden}.",
    "{reden}.",
);

static REDENEN: [Label; 5] = [
    Label::new(
        "termijn_verstreken",
        "De ziekte begon na afloop van de termijn van vijf jaar",
        "The sickness began after the five-year term",
    ),
    Label::new(
        "wsw_dienstbetrekking",
        "Artikel 29b geldt niet voor een dienstbetrekking als bedoeld in artikel 2 van de Wet sociale werkvoorziening",
        "Art. 29b does not apply to a Wsw art. 2 job",
    ),
    Label::new(
        "voor_banenafspraak",
        "De dienstbetrekking begon vóór 1 januari 2015",
        "The job began before 1 January 2015",
    ),
    Label::new(
        "registratie_geeindigd",
        "De ziekte begon nadat uw opname in het doelgroepregister was geëindigd",
        "The sickness began after the register entry ended",
    ),
    Label::new(
        "voor_aanvang",
        "De ziekte begon vóór de dienstbetrekking",
        "The sickness began before the job",
    ),
];

pub(crate) const CODES: &[&Code] = &[
    &GEDEKT,
    &GEDEKT_VANAF,
    &NIET_EERDER_WAJONG,
    &NIET_EERDER_ARBEIDSBEPERKTE,
    &NIET_GEDEKT,
    &GROEP,
    &TERMIJN,
    &ONBEPERKT,
    &HOOGTE,
    &REDEN,
];

impl NoRiskPolis {
    /// The decision with its grounds.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Motivering, Taal};
    /// use participatiewet::banenafspraak::{no_riskpolis, Dienstverband, Werknemer};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let f = Dienstverband::new(Werknemer::Banenafspraak, d(2026, 1, 1))?.arbeidsbeperkte_vanaf(d(2025, 11, 3))?;
    /// let dec = no_riskpolis(&f, d(2026, 3, 2))?.decision();
    /// assert!(Motivering::new(&dec, Taal::Nl).to_string().contains("zolang uw dienstbetrekking duurt"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Dekking>> {
        match *self {
            Self::Gedekt(dekking) => {
                let w = dekking.werknemer;
                let vanaf = dekking.ziekengeld_vanaf();
                let outcome = if vanaf > dekking.eerste_ziektedag {
                    Ground::new(&GEDEKT_VANAF, w.citation(), [Value::Date(vanaf)])
                } else {
                    Ground::new(
                        &GEDEKT,
                        w.citation(),
                        [Value::Date(dekking.eerste_ziektedag)],
                    )
                };
                let mut d = Decision::with_capacity(Eligibility::Eligible(dekking), outcome, 4);
                d.push(Ground::new(&GROEP, w.citation(), [Value::Label(w.label())]));
                if let Some(dag) = dekking.niet_eerder_dan {
                    let (code, citation) = match w {
                        Werknemer::WajongNaDienstbetrekking => (
                            &NIET_EERDER_WAJONG,
                            const { &Citation::article(ZW, "29b").lid(2) },
                        ),
                        Werknemer::Arbeidsbeperkte => (
                            &NIET_EERDER_ARBEIDSBEPERKTE,
                            const { &Citation::article(ZW, "29b").lid(11) },
                        ),
                        _ => (
                            &NIET_EERDER_ARBEIDSBEPERKTE,
                            const { &Citation::article(ZW, "29b").lid(2) },
                        ),
                    };
                    d.push(Ground::new(code, citation, [Value::Date(dag)]));
                }
                match dekking.uiterlijk {
                    Some(u) => d.push(Ground::with_cite(
                        &TERMIJN,
                        termijn_citation(w),
                        [Value::Date(u)],
                    )),
                    None => d.push(Ground::new(&ONBEPERKT, w.citation(), [])),
                }
                d.push(Ground::new(
                    &HOOGTE,
                    const { &Citation::article(ZW, "29b").lid(5) },
                    [Value::Percentage(dekking.percentage)],
                ));
                d
            }
            Self::NietGedekt {
                werknemer: w,
                eerste_ziektedag,
                reden,
            } => {
                let mut d = Decision::with_capacity(
                    Eligibility::NotEligible,
                    Ground::new(&NIET_GEDEKT, w.citation(), [Value::Date(eerste_ziektedag)]),
                    1,
                );
                let [termijn, wsw, voor_2015, geeindigd, voor_aanvang] = &REDENEN;
                let (label, citation): (_, Cite) = match reden {
                    Uitsluiting29b::TermijnVerstreken => (termijn, termijn_citation(w).into()),
                    Uitsluiting29b::WswDienstbetrekking => {
                        (wsw, const { &Citation::article(ZW, "29b").lid(8) }.into())
                    }
                    Uitsluiting29b::VoorBanenafspraak => (voor_2015, w.citation().into()),
                    Uitsluiting29b::RegistratieGeeindigd => (geeindigd, w.citation().into()),
                    Uitsluiting29b::VoorAanvang => (voor_aanvang, w.citation().into()),
                };
                d.push(Ground::with_cite(&REDEN, citation, [Value::Label(label)]));
                d
            }
        }
    }
}

fn termijn_citation(w: Werknemer) -> Citation {
    match w {
        Werknemer::WiaVoortgezet { .. } => Citation::article(ZW, "29b").lid(4),
        _ => Citation::article(ZW, "29c"),
    }
}
