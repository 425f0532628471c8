//! The rule: the bijstand after a measure (art. 18), its period and its grounds.

use chrono::NaiveDate;

use super::feiten::{Gedraging, MaatregelFeiten, Verwijtbaarheid};
use super::gronden;
use super::opgelegd::{OpgelegdeMaatregel, Toepassing, Trede};
use super::verordening::{Afstemmingsverordening, Verordening};
use crate::citation::{Citation, Regulation};
use crate::date::{MonthEnd, Period, add_months};
use crate::decision::{Decision, Eligibility, Ground, Value};
use crate::error::{Error, Text};
use crate::money::{Money, Percentage};
use crate::rounding::Rounding;

const ART_8_LID_1_A: &Citation = &Citation::article(Regulation::Participatiewet, "8")
    .lid(1)
    .onderdeel("a");
const ART_18_LID_2: &Citation = &Citation::article(Regulation::Participatiewet, "18").lid(2);
const ART_18_LID_9: &Citation = &Citation::article(Regulation::Participatiewet, "18").lid(9);
const ART_19_LID_2: &Citation = &Citation::article(Regulation::Participatiewet, "19").lid(2);

/// The repeat window of art. 18 lid 6–8: twelve months.
///
/// ```
/// assert_eq!(participatiewet::bijstand::afstemming::HERHALINGSTERMIJN_MAANDEN, 12);
/// ```
pub const HERHALINGSTERMIJN_MAANDEN: i32 = 12;

/// Why no measure was imposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reden {
    /// Art. 18 lid 9.
    NietVerwijtbaar,
    /// No verordening for conduct of art. 18 lid 2.
    GeenVerordening,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Uitkomst {
    Geen(Reden),
    Verlaging {
        toepassing: Toepassing,
        /// The start of the earlier measure that made this a repeat.
        herhaling_van: Option<NaiveDate>,
        percentage: Percentage,
        maanden: u8,
        verlaging: Money,
        periode: Period,
    },
}

/// A measure computed by [`maatregel`]: allocation-free, borrowing its facts and verordening;
/// [`Maatregel::decision`] adds the grounds, [`Maatregel::opgelegd`] the value to persist.
///
/// ```
/// use participatiewet::{Eligibility, Money, Taal};
/// use participatiewet::bijstand::afstemming::{maatregel, Afstemmingsverordening, MaatregelFeiten, Verordening};
/// let feiten = MaatregelFeiten::voorbeeld();
/// let verordening = Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld());
/// let m = maatregel(&feiten, &verordening)?;
/// assert_eq!(m.bedrag(), Money::ZERO); // 100%: the right remains, € 0 for the period
/// assert_eq!(m.periode().map(|p| p.last_day().to_string()), Some("2026-02-28".into()));
/// let d = m.decision();
/// assert_eq!(d.value(), &Eligibility::Eligible(Money::ZERO));
/// assert!(d.outcome().text(Taal::Nl).starts_with("Uw bijstand wordt verlaagd met 100%."));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Maatregel<'a> {
    feiten: &'a MaatregelFeiten,
    verordening: &'a Verordening,
    uitkomst: Uitkomst,
}

/// The measure for `feiten` under the municipality's `verordening` (Participatiewet art. 18).
///
/// - No blame at all: no measure (lid 9).
/// - An arbeidsverplichting of lid 4 not met: 100% (lid 5), for the verordening's period of
///   one to three months; a repeat within twelve months of the start of the previous statutory
///   measure takes the next step (lid 6: the verordening's longer period; lid 7 and 8: three
///   months). Without a verordening the period is the shortest the law allows (one month,
///   two on a first repeat): the crate's reading of lid 5 and 6, reported in the grounds.
/// - Other conduct (lid 2): the verordening's category, with its repeat rule; without a
///   verordening the college cannot lower the bijstand, which the decision reports.
///
/// The lowering is the percentage of the bijstand before the measure, rounded to cents; the
/// period starts on the facts' ingangsdatum and lasts whole months (a missing day moves to the
/// next month's first, [`MonthEnd::NextDay`]).
///
/// Errors when the verordening is of another municipality, not yet in force on the day of the
/// conduct, has no such category, or when the period leaves the crate's date range.
///
/// ```
/// use participatiewet::bijstand::afstemming::{maatregel, MaatregelFeiten, Verordening};
/// let err = maatregel(&MaatregelFeiten::voorbeeld(), &Verordening::ontbreekt("Elders")?).unwrap_err();
/// assert_eq!(err.field(), Some("gemeente"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn maatregel<'a>(
    feiten: &'a MaatregelFeiten,
    verordening: &'a Verordening,
) -> Result<Maatregel<'a>, Error> {
    if feiten.gemeente() != verordening.gemeente() {
        return Err(Error::facts(
            "gemeente",
            Text::new(
                "de afstemmingsverordening is van een andere gemeente",
                "the afstemmingsverordening is of another municipality",
            ),
        ));
    }
    let vastgesteld = verordening.vastgesteld();
    if let Some(v) = vastgesteld {
        if feiten.gedraging_datum() < v.geldig_vanaf() {
            return Err(Error::facts(
                "gedraging_datum",
                Text::new(
                    "de afstemmingsverordening gold nog niet op de dag van de gedraging",
                    "the afstemmingsverordening was not yet in force on the day of the conduct",
                ),
            ));
        }
    }
    let uitkomst = if feiten.verwijtbaarheid() == Verwijtbaarheid::Ontbreekt {
        Uitkomst::Geen(Reden::NietVerwijtbaar)
    } else {
        match (feiten.gedraging(), vastgesteld) {
            (Gedraging::Arbeidsverplichting { .. }, _) => wettelijk(feiten, vastgesteld)?,
            (Gedraging::Verordening { categorie, .. }, Some(v)) => {
                volgens_verordening(feiten, v, categorie)?
            }
            (Gedraging::Verordening { .. }, None) => Uitkomst::Geen(Reden::GeenVerordening),
        }
    };
    Ok(Maatregel {
        feiten,
        verordening,
        uitkomst,
    })
}

/// The latest earlier measure matching `past` whose window of `maanden` months from its start
/// contains the day of the conduct.
fn herhaling(
    feiten: &MaatregelFeiten,
    maanden: i32,
    past: impl Fn(Toepassing) -> bool,
) -> Result<Option<OpgelegdeMaatregel>, Error> {
    let datum = feiten.gedraging_datum();
    let mut laatste: Option<OpgelegdeMaatregel> = None;
    for eerder in feiten.eerdere() {
        let begin = eerder.periode().from();
        if !past(eerder.toepassing()) || begin > datum {
            continue;
        }
        if datum < add_months(begin, maanden, MonthEnd::NextDay)?
            && laatste.is_none_or(|l| l.periode().from() < begin)
        {
            laatste = Some(*eerder);
        }
    }
    Ok(laatste)
}

fn wettelijk(
    feiten: &MaatregelFeiten,
    verordening: Option<&Afstemmingsverordening>,
) -> Result<Uitkomst, Error> {
    let eerder = herhaling(feiten, HERHALINGSTERMIJN_MAANDEN, |t| {
        matches!(t, Toepassing::Wettelijk { .. })
    })?;
    let trede = match eerder.map(|e| e.toepassing()) {
        Some(Toepassing::Wettelijk { trede }) => trede.volgende(),
        _ => Trede::Eerste,
    };
    let maanden = match (trede, verordening) {
        (Trede::Eerste, Some(v)) => v.wettelijke_duur().eerste(),
        (Trede::Tweede, Some(v)) => v.wettelijke_duur().tweede(),
        (Trede::Eerste, None) => 1,
        (Trede::Tweede, None) => 2,
        (Trede::Derde | Trede::Volgende, _) => 3,
    };
    verlaging(
        feiten,
        Toepassing::Wettelijk { trede },
        eerder.map(|e| e.periode().from()),
        Percentage::HUNDRED,
        maanden,
    )
}

fn volgens_verordening(
    feiten: &MaatregelFeiten,
    verordening: &Afstemmingsverordening,
    nummer: u8,
) -> Result<Uitkomst, Error> {
    let categorie = verordening.categorie(nummer).ok_or_else(|| {
        Error::facts(
            "categorie",
            Text::new(
                "de afstemmingsverordening heeft deze categorie niet",
                "the afstemmingsverordening has no such category",
            ),
        )
    })?;
    let toepassing = Toepassing::Verordening { categorie: nummer };
    let eerder = match categorie.herhaling() {
        Some(h) => {
            herhaling(feiten, i32::from(h.binnen_maanden()), |t| t == toepassing)?.map(|e| (e, *h))
        }
        None => None,
    };
    match eerder {
        Some((e, h)) => verlaging(
            feiten,
            toepassing,
            Some(e.periode().from()),
            h.percentage(),
            h.maanden(),
        ),
        None => verlaging(
            feiten,
            toepassing,
            None,
            categorie.percentage(),
            categorie.maanden(),
        ),
    }
}

fn verlaging(
    feiten: &MaatregelFeiten,
    toepassing: Toepassing,
    herhaling_van: Option<NaiveDate>,
    percentage: Percentage,
    maanden: u8,
) -> Result<Uitkomst, Error> {
    let bijstand = feiten.bijstand();
    let deel = bijstand
        .amount()
        .checked_mul(percentage.fraction())
        .ok_or_else(|| Error::overflow("bijstand times percentage"))?;
    let verlaging = Money::rounded(deel, Rounding::Cents)?.min(bijstand);
    let ingang = feiten.ingangsdatum();
    let periode = Period::new(
        ingang,
        add_months(ingang, i32::from(maanden), MonthEnd::NextDay)?,
    )?;
    Ok(Uitkomst::Verlaging {
        toepassing,
        herhaling_van,
        percentage,
        maanden,
        verlaging,
        periode,
    })
}

impl Maatregel<'_> {
    /// The bijstand per month before the measure.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert_eq!(maatregel(&f, &v)?.bijstand().to_string(), "1401.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn bijstand(&self) -> Money {
        self.feiten.bijstand()
    }

    /// The lowering per month (zero without a measure).
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert_eq!(maatregel(&f, &v)?.verlaging().to_string(), "1401.50");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn verlaging(&self) -> Money {
        match self.uitkomst {
            Uitkomst::Geen(_) => Money::ZERO,
            Uitkomst::Verlaging { verlaging, .. } => verlaging,
        }
    }

    /// The bijstand per month during the measure's period (the whole bijstand without one).
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert!(maatregel(&f, &v)?.bedrag().is_zero());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn bedrag(&self) -> Money {
        self.bijstand().saturating_sub(self.verlaging())
    }

    /// The bijstand per month on `datum`: lowered inside the period, whole outside it.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// let m = maatregel(&f, &v)?;
    /// assert_eq!(m.bedrag_op(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()), m.bijstand());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn bedrag_op(&self, datum: NaiveDate) -> Money {
        match self.periode() {
            Some(p) if p.contains(datum) => self.bedrag(),
            _ => self.bijstand(),
        }
    }

    /// The percentage (zero without a measure).
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert_eq!(maatregel(&f, &v)?.percentage(), participatiewet::Percentage::HUNDRED);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn percentage(&self) -> Percentage {
        match self.uitkomst {
            Uitkomst::Geen(_) => Percentage::ZERO,
            Uitkomst::Verlaging { percentage, .. } => percentage,
        }
    }

    /// The period of the lowering, if there is one.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert_eq!(maatregel(&f, &v)?.periode().map(|p| p.days()), Some(28));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn periode(&self) -> Option<Period> {
        match self.uitkomst {
            Uitkomst::Geen(_) => None,
            Uitkomst::Verlaging { periode, .. } => Some(periode),
        }
    }

    /// The rule applied, if a measure was imposed.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// assert_eq!(maatregel(&f, &v)?.toepassing(), Some(Toepassing::Wettelijk { trede: Trede::Eerste }));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn toepassing(&self) -> Option<Toepassing> {
        match self.uitkomst {
            Uitkomst::Geen(_) => None,
            Uitkomst::Verlaging { toepassing, .. } => Some(toepassing),
        }
    }

    /// The measure to persist, if one was imposed: the next measure reads it for repeats.
    ///
    /// ```
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// let m = maatregel(&f, &v)?.opgelegd().unwrap();
    /// assert_eq!(m.to_string(), "wettelijk: eerste, 100% van 2026-02-01 tot 2026-03-01");
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn opgelegd(&self) -> Option<OpgelegdeMaatregel> {
        match self.uitkomst {
            Uitkomst::Geen(_) => None,
            Uitkomst::Verlaging {
                toepassing,
                percentage,
                verlaging,
                periode,
                ..
            } => OpgelegdeMaatregel::new(
                self.feiten.gedraging_datum(),
                toepassing,
                percentage,
                verlaging,
                periode,
            )
            .ok(),
        }
    }

    /// The citation of the rule that decided.
    fn besluit_citation(&self) -> crate::citation::Cite {
        match self.uitkomst {
            Uitkomst::Geen(Reden::NietVerwijtbaar) => ART_18_LID_9.into(),
            Uitkomst::Geen(Reden::GeenVerordening) => ART_8_LID_1_A.into(),
            Uitkomst::Verlaging {
                toepassing: Toepassing::Wettelijk { trede },
                ..
            } => trede.citation().into(),
            Uitkomst::Verlaging { .. } => ART_18_LID_2.into(),
        }
    }

    /// The decision with its grounds: the bijstand before the measure, the conduct, the rule
    /// (with the verordening's article as municipal policy), the period and the amount.
    ///
    /// ```
    /// use participatiewet::{Motivering, Taal};
    /// # use participatiewet::bijstand::afstemming::*;
    /// # let (f, v) = (MaatregelFeiten::voorbeeld(), Verordening::Vastgesteld(Afstemmingsverordening::voorbeeld()));
    /// let d = maatregel(&f, &v)?.decision();
    /// assert!(d.has("afstemming_wettelijk"));
    /// assert!(Motivering::new(&d, Taal::Nl).to_string().contains("artikel 18, vijfde lid"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Eligibility<Money>> {
        let bedrag = self.bedrag();
        let citation = self.besluit_citation();
        let outcome = match self.uitkomst {
            Uitkomst::Geen(_) => Ground::with_cite(
                &gronden::BESLUIT_GEEN,
                citation.clone(),
                [Value::Money(bedrag)],
            ),
            Uitkomst::Verlaging {
                percentage,
                periode,
                ..
            } => Ground::with_cite(
                &gronden::BESLUIT_VERLAGING,
                citation.clone(),
                [
                    Value::Percentage(percentage),
                    Value::Date(periode.from()),
                    Value::Date(periode.last_day()),
                    Value::Money(bedrag),
                ],
            ),
        };
        let mut d = Decision::with_capacity(Eligibility::Eligible(bedrag), outcome, 6);
        d.push(Ground::new(
            &gronden::BIJSTAND,
            ART_19_LID_2,
            [Value::Money(self.bijstand())],
        ));
        let datum = Value::Date(self.feiten.gedraging_datum());
        d.push(match self.feiten.gedraging() {
            Gedraging::Arbeidsverplichting { verplichting } => Ground::with_cite(
                &gronden::ARBEIDSVERPLICHTING,
                verplichting.citation(),
                [datum, Value::Label(verplichting.label())],
            ),
            Gedraging::Verordening { verplichting, .. } => Ground::new(
                &gronden::VERPLICHTING,
                verplichting.citation(),
                [datum, Value::Label(verplichting.label())],
            ),
        });
        match self.uitkomst {
            Uitkomst::Geen(Reden::NietVerwijtbaar) => {
                d.push(Ground::with_cite(&gronden::NIET_VERWIJTBAAR, citation, []));
            }
            Uitkomst::Geen(Reden::GeenVerordening) => {
                d.push(Ground::with_cite(&gronden::GEEN_VERORDENING, citation, []));
            }
            Uitkomst::Verlaging {
                toepassing,
                herhaling_van,
                percentage,
                maanden,
                verlaging,
                periode,
            } => {
                self.push_regel(&mut d, toepassing, herhaling_van, percentage, &citation);
                let (van, tot) = (Value::Date(periode.from()), Value::Date(periode.last_day()));
                d.push(if maanden == 1 {
                    Ground::with_cite(&gronden::PERIODE_EEN, citation.clone(), [van, tot])
                } else {
                    Ground::with_cite(
                        &gronden::PERIODE,
                        citation.clone(),
                        [Value::Count(i64::from(maanden)), van, tot],
                    )
                });
                d.push(Ground::with_cite(
                    &gronden::VERLAGING,
                    citation,
                    [Value::Money(verlaging), Value::Money(bedrag)],
                ));
            }
        }
        d
    }

    fn push_regel(
        &self,
        d: &mut Decision<Eligibility<Money>>,
        toepassing: Toepassing,
        herhaling_van: Option<NaiveDate>,
        percentage: Percentage,
        citation: &crate::citation::Cite,
    ) {
        let vastgesteld = self.verordening.vastgesteld();
        match toepassing {
            Toepassing::Wettelijk { trede } => {
                d.push(match herhaling_van {
                    Some(van) => Ground::with_cite(
                        &gronden::WETTELIJK_HERHALING,
                        citation.clone(),
                        [Value::Date(van)],
                    ),
                    None => Ground::with_cite(&gronden::WETTELIJK, citation.clone(), []),
                });
                match (trede, vastgesteld) {
                    (Trede::Eerste | Trede::Tweede, Some(v)) => d.push(Ground::with_cite(
                        &gronden::DUUR_VERORDENING,
                        v.citation(v.wettelijke_duur().artikel()),
                        [],
                    )),
                    (Trede::Eerste | Trede::Tweede, None) => d.push(Ground::with_cite(
                        &gronden::GEEN_VERORDENING_DUUR,
                        citation.clone(),
                        [],
                    )),
                    (Trede::Derde | Trede::Volgende, _) => {}
                }
            }
            Toepassing::Verordening { categorie } => {
                let Some(v) = vastgesteld else { return };
                let artikel = v.categorie(categorie).map_or("", |c| c.artikel());
                let bron = v.citation(artikel);
                let nummer = Value::Count(i64::from(categorie));
                d.push(match herhaling_van {
                    Some(van) => Ground::with_cite(
                        &gronden::CATEGORIE_HERHALING,
                        bron,
                        [nummer, Value::Date(van), Value::Percentage(percentage)],
                    ),
                    None => Ground::with_cite(
                        &gronden::CATEGORIE,
                        bron,
                        [nummer, Value::Percentage(percentage)],
                    ),
                });
            }
        }
    }
}
