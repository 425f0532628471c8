//! Whether the obligations of art. 9 lid 1 apply on a date: from the day of the melding
//! (art. 44 lid 2), from 18 to the pensionable age, unless an exemption of art. 9 lid 2, lid 5
//! or art. 9a applies. For a person under 27 the obligations run from the melding, so through
//! the search period of art. 41 lid 4 as well.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::gronden;
use crate::citation::{Citation, Regulation};
use crate::date::{age_on, birthday, checked};
use crate::decision::{Decision, Ground, Label, Value};
use crate::error::{Error, Text};
use crate::params::Parameters;

/// The lowest pensionable age the AOW has known (AOW art. 7a lid 1: 65 years, raised since).
const MINIMALE_PENSIOENLEEFTIJD: u32 = 65;

const ART_9_LID_1: &Citation = &Citation::article(Regulation::Participatiewet, "9").lid(1);

/// An exemption from the obligations of art. 9 lid 1.
///
/// ```
/// use participatiewet::bijstand::afstemming::Ontheffing;
/// assert_eq!(Ontheffing::VolledigDuurzaamArbeidsongeschikt.citation().to_string(), "Participatiewet art. 9 lid 5");
/// assert_eq!("alleenstaande_ouder".parse::<Ontheffing>()?, Ontheffing::AlleenstaandeOuder);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Ontheffing {
    /// No exemption.
    Geen,
    /// Art. 9 lid 2: a temporary exemption for urgent reasons (care tasks, for instance) from
    /// onderdelen a and c.
    DringendeRedenen,
    /// Art. 9a lid 1: a single parent caring fully for a child under five, on request, is
    /// exempt from onderdeel a; art. 9 lid 7 adds onderdeel c.
    AlleenstaandeOuder,
    /// Art. 9 lid 5: fully and permanently incapacitated for work (Wet WIA art. 4): exempt from
    /// onderdelen a, b and c.
    VolledigDuurzaamArbeidsongeschikt,
}

crate::wire::wire_enum!(Ontheffing);

pub(crate) static ONTHEFFINGEN: [Label; 4] = [
    Label::new("geen", "geen ontheffing", "no exemption"),
    Label::new(
        "dringende_redenen",
        "u hebt wegens dringende redenen tijdelijk ontheffing van de plicht om arbeid te \
         verkrijgen, te aanvaarden en te behouden en van de tegenprestatie",
        "you are temporarily exempt for urgent reasons from the duty to work and from the \
         tegenprestatie",
    ),
    Label::new(
        "alleenstaande_ouder",
        "u hebt als alleenstaande ouder van een kind jonger dan vijf jaar ontheffing van de \
         plicht om arbeid te verkrijgen, te aanvaarden en te behouden en van de tegenprestatie",
        "as a single parent of a child under five you are exempt from the duty to work and \
         from the tegenprestatie",
    ),
    Label::new(
        "volledig_duurzaam_arbeidsongeschikt",
        "u bent volledig en duurzaam arbeidsongeschikt; de verplichtingen gelden niet voor u",
        "you are fully and permanently incapacitated for work; the obligations do not apply",
    ),
];

impl Ontheffing {
    /// The exemption in words.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Ontheffing;
    /// assert_eq!(Ontheffing::Geen.label().en, "no exemption");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Geen => &ONTHEFFINGEN[0],
            Self::DringendeRedenen => &ONTHEFFINGEN[1],
            Self::AlleenstaandeOuder => &ONTHEFFINGEN[2],
            Self::VolledigDuurzaamArbeidsongeschikt => &ONTHEFFINGEN[3],
        }
    }

    /// The article of the exemption.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Ontheffing;
    /// assert_eq!(Ontheffing::AlleenstaandeOuder.citation().to_string(), "Participatiewet art. 9a lid 1");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        match self {
            Self::Geen => ART_9_LID_1,
            Self::DringendeRedenen => {
                const { &Citation::article(Regulation::Participatiewet, "9").lid(2) }
            }
            Self::AlleenstaandeOuder => {
                const { &Citation::article(Regulation::Participatiewet, "9a").lid(1) }
            }
            Self::VolledigDuurzaamArbeidsongeschikt => {
                const { &Citation::article(Regulation::Participatiewet, "9").lid(5) }
            }
        }
    }
}

/// Which obligations of art. 9 lid 1 apply.
///
/// ```
/// use participatiewet::bijstand::afstemming::Verplichtingen;
/// assert_eq!(Verplichtingen::Alle.to_string(), "alle");
/// assert_eq!(Verplichtingen::AlleenVoorziening.label().nl, "alleen de plicht om gebruik te maken van een voorziening gericht op arbeidsinschakeling (onderdeel b)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verplichtingen {
    /// Onderdelen a, b and c: work, provisions, tegenprestatie.
    Alle,
    /// Only onderdeel b: using provisions aimed at work.
    AlleenVoorziening,
    /// None.
    Geen,
}

crate::wire::wire_enum!(Verplichtingen);

pub(crate) static VERPLICHTINGEN_SETS: [Label; 3] = [
    Label::new(
        "alle",
        "arbeid verkrijgen, aanvaarden en behouden, gebruikmaken van een voorziening gericht op \
         arbeidsinschakeling en de tegenprestatie (onderdelen a, b en c)",
        "work, provisions aimed at work and the tegenprestatie (a, b and c)",
    ),
    Label::new(
        "alleen_voorziening",
        "alleen de plicht om gebruik te maken van een voorziening gericht op \
         arbeidsinschakeling (onderdeel b)",
        "only using provisions aimed at work (b)",
    ),
    Label::new("geen", "geen", "none"),
];

impl Verplichtingen {
    /// The set in words.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Verplichtingen;
    /// assert_eq!(Verplichtingen::Geen.label().en, "none");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Alle => &VERPLICHTINGEN_SETS[0],
            Self::AlleenVoorziening => &VERPLICHTINGEN_SETS[1],
            Self::Geen => &VERPLICHTINGEN_SETS[2],
        }
    }
}

/// Why the obligations apply or not on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grond {
    VoorMelding,
    Jonger(NaiveDate),
    Pensioen(NaiveDate),
    /// The pensionable age's date, where the AOW table already knows it.
    Geldt {
        leeftijd: u32,
        pensioen: Option<NaiveDate>,
    },
}

/// The obligations of art. 9 lid 1 on a date, computed by [`arbeidsplicht`].
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::afstemming::{arbeidsplicht, Ontheffing, Verplichtingen};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let p = Parameters::bundled();
/// let a = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 2, 1), Ontheffing::Geen, &p)?;
/// assert_eq!(a.verplichtingen(), Verplichtingen::Alle);
/// let voor = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 1, 4), Ontheffing::Geen, &p)?;
/// assert_eq!(voor.verplichtingen(), Verplichtingen::Geen);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arbeidsplicht {
    melding: NaiveDate,
    ontheffing: Ontheffing,
    grond: Grond,
}

/// Whether the obligations of art. 9 lid 1 apply on `peildatum` to a person born on
/// `geboortedatum` who made the melding on `melding`, with `ontheffing`.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Parameters;
/// use participatiewet::bijstand::afstemming::{arbeidsplicht, Ontheffing, Verplichtingen};
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let a = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 2, 1), Ontheffing::AlleenstaandeOuder, &Parameters::bundled())?;
/// assert_eq!(a.verplichtingen(), Verplichtingen::AlleenVoorziening);
/// # Ok::<(), participatiewet::Error>(())
/// ```
pub fn arbeidsplicht(
    geboortedatum: NaiveDate,
    melding: NaiveDate,
    peildatum: NaiveDate,
    ontheffing: Ontheffing,
    params: &Parameters,
) -> Result<Arbeidsplicht, Error> {
    checked(geboortedatum, "geboortedatum")?;
    checked(melding, "melding")?;
    checked(peildatum, "peildatum")?;
    if melding < geboortedatum {
        return Err(Error::facts(
            "melding",
            Text::new(
                "de melding ligt vóór de geboortedatum",
                "the melding is before the birth date",
            ),
        ));
    }
    let achttien = birthday(geboortedatum, 18)?;
    // The pensionable age is never below 65 (AOW art. 7a lid 1); for later birth years the AOW
    // table may not know it yet, which does not matter before the 65th birthday.
    let pensioen = match params.aow_datum(geboortedatum) {
        Ok(datum) => Some(datum),
        Err(_) if peildatum < birthday(geboortedatum, MINIMALE_PENSIOENLEEFTIJD)? => None,
        Err(e) => return Err(e),
    };
    let grond = if peildatum < melding {
        Grond::VoorMelding
    } else if peildatum < achttien {
        Grond::Jonger(achttien)
    } else if let Some(p) = pensioen.filter(|p| peildatum >= *p) {
        Grond::Pensioen(p)
    } else {
        Grond::Geldt {
            leeftijd: age_on(geboortedatum, peildatum)?,
            pensioen,
        }
    };
    Ok(Arbeidsplicht {
        melding,
        ontheffing,
        grond,
    })
}

impl Arbeidsplicht {
    /// The obligations that apply.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::afstemming::*};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 2, 1),
    ///     Ontheffing::VolledigDuurzaamArbeidsongeschikt, &Parameters::bundled())?;
    /// assert_eq!(a.verplichtingen(), Verplichtingen::Geen);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn verplichtingen(&self) -> Verplichtingen {
        match (self.grond, self.ontheffing) {
            (Grond::Geldt { .. }, Ontheffing::Geen) => Verplichtingen::Alle,
            (
                Grond::Geldt { .. },
                Ontheffing::DringendeRedenen | Ontheffing::AlleenstaandeOuder,
            ) => Verplichtingen::AlleenVoorziening,
            _ => Verplichtingen::Geen,
        }
    }

    /// Whether the arbeidsverplichtingen of art. 18 lid 4 can be breached on the date: the
    /// duty to work (onderdeel a) or to use provisions (b) applies.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, bijstand::afstemming::*};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 2, 1), Ontheffing::Geen, &Parameters::bundled())?;
    /// assert!(a.geldt());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn geldt(&self) -> bool {
        self.verplichtingen() != Verplichtingen::Geen
    }

    /// The decision with its grounds.
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use participatiewet::{Parameters, Taal, bijstand::afstemming::*};
    /// # let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let a = arbeidsplicht(d(1990, 6, 1), d(2026, 1, 5), d(2026, 2, 1), Ontheffing::Geen, &Parameters::bundled())?;
    /// assert!(a.decision().outcome().text(Taal::Nl).starts_with("Voor u gelden deze verplichtingen van artikel 9"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub fn decision(&self) -> Decision<Verplichtingen> {
        let v = self.verplichtingen();
        let mut d = Decision::with_capacity(
            v,
            Ground::new(
                &gronden::PLICHT_BESLUIT,
                ART_9_LID_1,
                [Value::Label(v.label())],
            ),
            3,
        );
        let melding = Citation::article(Regulation::Participatiewet, "44").lid(2);
        d.push(Ground::with_cite(
            &gronden::PLICHT_MELDING,
            melding,
            [Value::Date(self.melding)],
        ));
        match self.grond {
            Grond::VoorMelding => {}
            Grond::Jonger(datum) => d.push(Ground::new(
                &gronden::PLICHT_JONGER,
                ART_9_LID_1,
                [Value::Date(datum)],
            )),
            Grond::Pensioen(datum) => d.push(Ground::new(
                &gronden::PLICHT_PENSIOEN,
                ART_9_LID_1,
                [Value::Date(datum)],
            )),
            Grond::Geldt { leeftijd, pensioen } => {
                let leeftijd = Value::Count(i64::from(leeftijd));
                d.push(match pensioen {
                    Some(p) => Ground::new(
                        &gronden::PLICHT_LEEFTIJD,
                        ART_9_LID_1,
                        [leeftijd, Value::Date(p)],
                    ),
                    None => {
                        Ground::new(&gronden::PLICHT_LEEFTIJD_ONBEKEND, ART_9_LID_1, [leeftijd])
                    }
                });
                if self.ontheffing != Ontheffing::Geen {
                    d.push(Ground::new(
                        &gronden::PLICHT_ONTHEFFING,
                        self.ontheffing.citation(),
                        [Value::Label(self.ontheffing.label())],
                    ));
                }
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_wire_names() {
        for o in [
            Ontheffing::Geen,
            Ontheffing::DringendeRedenen,
            Ontheffing::AlleenstaandeOuder,
            Ontheffing::VolledigDuurzaamArbeidsongeschikt,
        ] {
            assert_eq!(o.label().wire, o.to_string());
            assert_eq!(o.to_string().parse::<Ontheffing>().unwrap(), o);
        }
        for v in [
            Verplichtingen::Alle,
            Verplichtingen::AlleenVoorziening,
            Verplichtingen::Geen,
        ] {
            assert_eq!(v.label().wire, v.to_string());
            assert_eq!(v.to_string().parse::<Verplichtingen>().unwrap(), v);
        }
        assert_eq!(
            Ontheffing::DringendeRedenen.citation().to_string(),
            "Participatiewet art. 9 lid 2"
        );
        assert_eq!(
            Ontheffing::Geen.citation().to_string(),
            "Participatiewet art. 9 lid 1"
        );
    }
}
