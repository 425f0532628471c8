//! Who is an `arbeidsbeperkte` and so in the doelgroepregister (Wfsv art. 38b), on which
//! ground, on a date.
//!
//! [`beoordeel`] is a pure, allocation-free function of [`Feiten`] and a date that returns a
//! `Copy` [`Beoordeling`]; [`Beoordeling::decision`] gives the decision with coded grounds
//! (one allocation). The text of art. 38b in force on the date decides which grounds exist
//! ([`Tekst`]).
//!
//! Points read in the law text:
//!
//! - The beschut-werk exclusion is in the opening words of lid 1 (from the 2016 text) and in
//!   lid 6; lid 2 ("wordt onder een arbeidsbeperkte mede verstaan een persoon die naar het
//!   oordeel van het UWV …") has no such words. A person the college determined to be
//!   beschut werk who meets lid 2 is an arbeidsbeperkte under lid 2; the decision says so.
//! - The 2015 text excluded only "de persoon die arbeid verricht in een dienstbetrekking als
//!   bedoeld in artikel 10b, eerste lid", and only from onderdeel a.
//! - Onderdeel c of the 2026 text no longer refuses a Wajong person without durable capacity:
//!   that person "slechts wordt aangemerkt als arbeidsbeperkte indien die persoon arbeid
//!   verricht in een dienstbetrekking".
//! - Lid 6 keeps a person who no longer meets lid 1 or 2 "zolang zijn opname in de registratie
//!   … nog niet is geëindigd": the crate reads it as the entry being current on the date.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::decision::{Decision, Eligibility, Ground, Value};
use crate::error::{Error, Text};
use crate::wire::{Validate, validated_serde};

use super::feiten::{Feiten, Minimumloonvaststelling, Toeleiding, Voormalig, Wajong};
use super::grond::{Grond, Gronden};
use super::gronden as g;
use super::tekst::{ARTIKEL_38B_VANAF, Tekst};

/// The most grounds a register decision holds.
pub(crate) const MAX_GRONDEN: usize = 10;

/// The outcome of the assessment.
///
/// ```
/// use participatiewet::banenafspraak::{Grond, Uitkomst};
/// assert!(Uitkomst::Arbeidsbeperkte(Grond::Lid2).is_arbeidsbeperkte());
/// assert_eq!(Uitkomst::GeenGrond.to_string(), "geen_grond");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Uitkomst {
    /// An arbeidsbeperkte, on the first ground that applies.
    Arbeidsbeperkte(Grond),
    /// A ground of lid 1 applies, but the college determined beschut werk on the given day.
    UitgeslotenBeschutWerk(NaiveDate),
    /// No ground applies.
    GeenGrond,
    /// The date lies before art. 38b ([`ARTIKEL_38B_VANAF`]).
    NietInWerking,
}

impl Uitkomst {
    /// Whether the person is an arbeidsbeperkte.
    #[must_use]
    pub const fn is_arbeidsbeperkte(self) -> bool {
        matches!(self, Self::Arbeidsbeperkte(_))
    }
}

impl fmt::Display for Uitkomst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Arbeidsbeperkte(grond) => write!(f, "arbeidsbeperkte: {grond}"),
            Self::UitgeslotenBeschutWerk(op) => write!(f, "uitgesloten_beschut_werk: {op}"),
            Self::GeenGrond => f.write_str("geen_grond"),
            Self::NietInWerking => f.write_str("niet_in_werking"),
        }
    }
}

/// The assessment of one person on one date: the facts, the date, the text in force, the
/// grounds met and the outcome. `Copy`; reading one from JSON recomputes it from its facts.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{beoordeel, Feiten, Grond, Tekst, Uitkomst, Wajong};
/// let f = Feiten::builder().wajong(Wajong::MetMogelijkheden).build()?;
/// let b = beoordeel(&f, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// assert_eq!(b.uitkomst(), Uitkomst::Arbeidsbeperkte(Grond::Lid1C));
/// assert_eq!(b.tekst(), Some(Tekst::T2026));
/// let back: participatiewet::banenafspraak::Beoordeling = serde_json::from_str(&serde_json::to_string(&b)?)?;
/// assert_eq!(back, b);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Beoordeling {
    feiten: Feiten,
    peildatum: NaiveDate,
    tekst: Option<Tekst>,
    gronden: Gronden,
    uitkomst: Uitkomst,
}

validated_serde!(Beoordeling);

impl Validate for Beoordeling {
    fn validate(&self) -> Result<(), Error> {
        self.feiten.validate()?;
        crate::date::checked(self.peildatum, "peildatum")?;
        if beoordeel_op(&self.feiten, self.peildatum) == *self {
            Ok(())
        } else {
            Err(Error::state(
                "banenafspraak::Beoordeling",
                Text::new(
                    "de uitkomst volgt niet uit de feiten en de datum",
                    "the outcome does not follow from the facts and the date",
                ),
            ))
        }
    }
}

impl Beoordeling {
    /// The facts assessed.
    #[must_use]
    pub const fn feiten(&self) -> &Feiten {
        &self.feiten
    }
    /// The date assessed.
    #[must_use]
    pub const fn peildatum(&self) -> NaiveDate {
        self.peildatum
    }
    /// The text of art. 38b in force on the date.
    #[must_use]
    pub const fn tekst(&self) -> Option<Tekst> {
        self.tekst
    }
    /// Every ground met, before the beschut-werk exclusion.
    #[must_use]
    pub const fn gronden(&self) -> Gronden {
        self.gronden
    }
    /// The outcome.
    #[must_use]
    pub const fn uitkomst(&self) -> Uitkomst {
        self.uitkomst
    }
}

/// Assesses whether the person is an arbeidsbeperkte on `peildatum`. Pure and
/// allocation-free.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::banenafspraak::{beoordeel, BeschutWerk, Feiten, Minimumloonvaststelling, Toeleiding, Uitkomst};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let f = Feiten::builder()
///     .toeleiding(Toeleiding::Artikel7Lid1a)
///     .minimumloon(Minimumloonvaststelling::UwvOpVerzoekCollege)
///     .beschut_werk(BeschutWerk::Vastgesteld { op: d(2025, 1, 6) })
///     .build()?;
/// assert_eq!(beoordeel(&f, d(2026, 7, 1))?.uitkomst(), Uitkomst::UitgeslotenBeschutWerk(d(2025, 1, 6)));
/// # Ok::<(), participatiewet::Error>(())
/// ```
///
/// Errors when `peildatum` lies outside [`EARLIEST`](crate::EARLIEST)..=[`LATEST`](crate::LATEST).
pub fn beoordeel(feiten: &Feiten, peildatum: NaiveDate) -> Result<Beoordeling, Error> {
    let peildatum = crate::date::checked(peildatum, "peildatum")?;
    Ok(beoordeel_op(feiten, peildatum))
}

fn beoordeel_op(feiten: &Feiten, peildatum: NaiveDate) -> Beoordeling {
    let Some(tekst) = Tekst::op(peildatum) else {
        return Beoordeling {
            feiten: *feiten,
            peildatum,
            tekst: None,
            gronden: Gronden::default(),
            uitkomst: Uitkomst::NietInWerking,
        };
    };
    let gronden = gronden(feiten, peildatum, tekst);
    let uitgesloten = uitsluiting(feiten, peildatum, tekst);
    let lid_1 = gronden.lid_1();
    let uitkomst = match (lid_1.eerste(), uitgesloten) {
        (Some(grond), None) => Uitkomst::Arbeidsbeperkte(grond),
        _ if gronden.bevat(Grond::Lid2) => Uitkomst::Arbeidsbeperkte(Grond::Lid2),
        _ if gronden.bevat(Grond::Lid6) => Uitkomst::Arbeidsbeperkte(Grond::Lid6),
        (Some(_), Some(op)) => Uitkomst::UitgeslotenBeschutWerk(op),
        (None, _) => Uitkomst::GeenGrond,
    };
    Beoordeling {
        feiten: *feiten,
        peildatum,
        tekst: Some(tekst),
        gronden,
        uitkomst,
    }
}

/// The day of the college's beschut-werk determination, when the text's exclusion applies.
fn uitsluiting(feiten: &Feiten, peildatum: NaiveDate, tekst: Tekst) -> Option<NaiveDate> {
    if tekst.uitsluiting_beschut_werk() {
        feiten.beschut_werk().vastgesteld_op(peildatum)
    } else {
        None
    }
}

fn gronden(feiten: &Feiten, peildatum: NaiveDate, tekst: Tekst) -> Gronden {
    let mut out = Gronden::default();
    if onderdeel_a(feiten, tekst) && !a_uitgesloten_2015(feiten, peildatum, tekst) {
        out = out.met(Grond::Lid1A);
    }
    if feiten.heeft_wsw_indicatie() {
        out = out.met(Grond::Lid1B);
    }
    let c = match feiten.wajong() {
        Wajong::Geen => false,
        Wajong::MetMogelijkheden => true,
        Wajong::DuurzaamGeenMogelijkheden => {
            tekst.c_dienstbetrekking_en_g() && feiten.is_in_dienstbetrekking()
        }
    };
    if c {
        out = out.met(Grond::Lid1C);
    }
    if feiten.indicatie().is_some() {
        out = out.met(Grond::Lid1D);
    }
    if onderdeel_e(feiten, tekst) {
        out = out.met(Grond::Lid1E);
    }
    if tekst.f_en_lid_6() && matches!(feiten.voormalig(), Voormalig::Wsw | Voormalig::Wajong) {
        out = out.met(Grond::Lid1F);
    }
    if tekst.c_dienstbetrekking_en_g() && feiten.is_in_wia_experiment() {
        out = out.met(Grond::Lid1G);
    }
    if feiten.heeft_jonggehandicapt_uwv_oordeel() {
        out = out.met(Grond::Lid2);
    }
    let blijft = tekst.f_en_lid_6()
        && out.is_leeg()
        && uitsluiting(feiten, peildatum, tekst).is_none()
        && feiten
            .inschrijving()
            .is_some_and(|i| i.is_opgenomen_op(peildatum));
    if blijft {
        out = out.met(Grond::Lid6);
    }
    out
}

fn onderdeel_a(feiten: &Feiten, tekst: Tekst) -> bool {
    let toegeleid = match feiten.toeleiding() {
        Toeleiding::Artikel7Lid1a => true,
        Toeleiding::Loonkostensubsidie => tekst.a_ruim(),
        Toeleiding::Geen => false,
    };
    let vastgesteld = match feiten.minimumloon() {
        Minimumloonvaststelling::UwvOpVerzoekCollege => true,
        Minimumloonvaststelling::LoonwaardeCollege => tekst.a_ruim(),
        Minimumloonvaststelling::UwvOpEigenVerzoek | Minimumloonvaststelling::Geen => false,
    };
    toegeleid && vastgesteld
}

/// The 2015 text: "met uitzondering van de persoon die arbeid verricht in een dienstbetrekking
/// als bedoeld in artikel 10b, eerste lid".
fn a_uitgesloten_2015(feiten: &Feiten, peildatum: NaiveDate, tekst: Tekst) -> bool {
    tekst == Tekst::T2015 && feiten.beschut_werk().in_dienst_op(peildatum).is_some()
}

fn onderdeel_e(feiten: &Feiten, tekst: Tekst) -> bool {
    tekst.onderdeel_e()
        && feiten.minimumloon() == Minimumloonvaststelling::UwvOpEigenVerzoek
        && (!tekst.e_met_toeleiding() || feiten.toeleiding() == Toeleiding::Artikel7Lid1a)
}

impl Beoordeling {
    /// The decision with coded grounds, each citing its article, lid and onderdeel.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Motivering, Taal};
    /// use participatiewet::banenafspraak::{beoordeel, Feiten};
    /// let f = Feiten::builder().wsw_indicatie().build()?;
    /// let d = beoordeel(&f, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?.decision();
    /// assert!(d.value().is_eligible());
    /// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("(artikel 38b, eerste lid, onderdeel b, van de Wet financiering sociale verzekeringen)"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Grond>> {
        let datum = Value::Date(self.peildatum);
        let (value, outcome) = match self.uitkomst {
            Uitkomst::Arbeidsbeperkte(grond) => (
                Eligibility::Eligible(grond),
                Ground::new(
                    &g::ARBEIDSBEPERKTE,
                    grond.citation(),
                    [datum, Value::Label(grond.label())],
                ),
            ),
            Uitkomst::NietInWerking => {
                let vanaf = Value::Date(ARTIKEL_38B_VANAF);
                let mut d = Decision::with_capacity(
                    Eligibility::NotEligible,
                    Ground::new(&g::GEEN_ARBEIDSBEPERKTE, g::ART_38B, [datum]),
                    1,
                );
                d.push(Ground::new(&g::NIET_IN_WERKING, g::ART_38B, [vanaf]));
                return d;
            }
            _ => (
                Eligibility::NotEligible,
                Ground::new(&g::GEEN_ARBEIDSBEPERKTE, g::ART_38B_LID_1, [datum]),
            ),
        };
        let eligible = value.is_eligible();
        let mut d = Decision::with_capacity(value, outcome, MAX_GRONDEN);
        for grond in self.gronden.iter() {
            self.push_grond(&mut d, grond);
        }
        let uitgesloten = self
            .tekst
            .and_then(|t| uitsluiting(&self.feiten, self.peildatum, t));
        let mut uitsluiting_gemeld = false;
        if let Some(op) = uitgesloten {
            let lid_1 = !self.gronden.lid_1().is_leeg();
            let opgenomen = self
                .feiten
                .inschrijving()
                .is_some_and(|i| i.is_opgenomen_op(self.peildatum));
            if eligible && lid_1 {
                d.push(Ground::new(
                    &g::BESCHUT_WERK_LID_2,
                    g::ART_38B_LID_2,
                    [Value::Date(op)],
                ));
            } else if !eligible && (lid_1 || opgenomen) {
                let citation = if lid_1 {
                    g::ART_38B_LID_1
                } else {
                    g::ART_38B_LID_6
                };
                d.push(Ground::new(&g::BESCHUT_WERK, citation, [Value::Date(op)]));
                uitsluiting_gemeld = true;
            }
        }
        if !eligible {
            self.push_weigering(&mut d, uitsluiting_gemeld);
        }
        d
    }

    fn push_grond(&self, d: &mut Decision<Eligibility<Grond>>, grond: Grond) {
        let c = grond.citation();
        let f = &self.feiten;
        match grond {
            Grond::Lid1A => {
                let toe = if f.toeleiding() == Toeleiding::Loonkostensubsidie {
                    &g::LOONKOSTENSUBSIDIE
                } else {
                    &g::TOEGELEID
                };
                d.push(Ground::new(toe, c, []));
                let vast = if f.minimumloon() == Minimumloonvaststelling::LoonwaardeCollege {
                    &g::LOONWAARDE_COLLEGE
                } else {
                    &g::MINIMUMLOON_UWV_COLLEGE
                };
                d.push(Ground::new(vast, c, []));
            }
            Grond::Lid1B => d.push(Ground::new(&g::WSW, c, [])),
            Grond::Lid1C => {
                let code = if f.wajong() == Wajong::DuurzaamGeenMogelijkheden {
                    &g::WAJONG_IN_DIENSTBETREKKING
                } else {
                    &g::WAJONG
                };
                d.push(Ground::new(code, c, []));
            }
            Grond::Lid1D => {
                if let Some(i) = f.indicatie() {
                    d.push(Ground::new(&g::INDICATIE, c, [Value::Label(i.label())]));
                }
            }
            Grond::Lid1E => {
                if self.tekst.is_some_and(Tekst::e_met_toeleiding) {
                    d.push(Ground::new(&g::TOEGELEID, c, []));
                }
                d.push(Ground::new(&g::MINIMUMLOON_UWV_EIGEN, c, []));
            }
            Grond::Lid1F => {
                let [wsw, wajong] = &super::feiten::VOORMALIG;
                let label = if f.voormalig() == Voormalig::Wsw {
                    wsw
                } else {
                    wajong
                };
                d.push(Ground::new(&g::VOORMALIG_CODE, c, [Value::Label(label)]));
            }
            Grond::Lid1G => d.push(Ground::new(&g::WIA_EXPERIMENT, c, [])),
            Grond::Lid2 => d.push(Ground::new(&g::JONGGEHANDICAPT, c, [])),
            Grond::Lid6 => {
                if let Some(i) = f.inschrijving() {
                    d.push(Ground::new(
                        &g::BLIJFT_OPGENOMEN,
                        c,
                        [Value::Date(i.opgenomen_op())],
                    ));
                }
            }
        }
    }

    /// The reasons a refusal gives beyond the exclusion.
    fn push_weigering(&self, d: &mut Decision<Eligibility<Grond>>, uitgesloten: bool) {
        let f = &self.feiten;
        let mut pushed = uitgesloten;
        if f.beschut_werk().in_dienst_op(self.peildatum).is_some()
            && self.tekst == Some(Tekst::T2015)
            && onderdeel_a(f, Tekst::T2015)
        {
            if let Some(sinds) = f.beschut_werk().in_dienst_op(self.peildatum) {
                d.push(Ground::new(
                    &g::BESCHUT_WERK_DIENSTBETREKKING,
                    g::ART_38B_LID_1_A,
                    [Value::Date(sinds)],
                ));
                pushed = true;
            }
        }
        if f.wajong() == Wajong::DuurzaamGeenMogelijkheden {
            d.push(Ground::new(&g::WAJONG_DUURZAAM, g::ART_38B_LID_1_C, []));
            pushed = true;
        }
        if f.voormalig() == Voormalig::WajongDuurzaamGeenMogelijkheden
            && self.tekst.is_some_and(Tekst::f_en_lid_6)
        {
            d.push(Ground::new(
                &g::VOORMALIG_UITGEZONDERD,
                g::ART_38B_LID_1_F,
                [],
            ));
            pushed = true;
        }
        if !pushed {
            d.push(Ground::new(&g::GEEN_GROND, g::ART_38B_LID_1, []));
        }
    }
}
