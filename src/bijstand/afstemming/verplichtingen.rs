//! The obligations whose breach art. 18 sanctions: the arbeidsverplichtingen the law lists itself
//! (art. 18 lid 4 onderdelen a–h, since 1 January 2015) and the other obligations of the law
//! (art. 9, art. 17 lid 2) that the municipality's verordening sanctions (art. 18 lid 2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::{Citation, Regulation};
use crate::decision::Label;

/// The first day of the statutory cases of art. 18 lid 4–8 (Participatiewet as in force on
/// 1 January 2015; the text of 28 November 2014 has only the verordening of lid 2).
///
/// ```
/// assert_eq!(participatiewet::bijstand::afstemming::WETTELIJKE_MAATREGELEN_VANAF.to_string(), "2015-01-01");
/// ```
pub const WETTELIJKE_MAATREGELEN_VANAF: NaiveDate = match NaiveDate::from_ymd_opt(2015, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// An arbeidsverplichting of art. 18 lid 4: the law itself lowers the bijstand by 100% when one is
/// not met (lid 5–8).
///
/// ```
/// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
/// use participatiewet::Taal;
/// let v: Arbeidsverplichting = "reizen".parse()?;
/// assert_eq!(v.citation().to_string(), "Participatiewet art. 18 lid 4 onderdeel d");
/// assert!(v.label().get(Taal::Nl).starts_with("bereid zijn om te reizen"));
/// assert_eq!(v.to_string(), "reizen");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Arbeidsverplichting {
    /// a. Accepting or keeping generally accepted work.
    AanvaardenOfBehouden,
    /// b. Being registered with a temporary employment agency, as the college required.
    Uitzendbureau,
    /// c. Finding work in another municipality before moving there.
    ArbeidVoorVerhuizing,
    /// d. Being willing to travel up to three hours a day in total.
    Reizen,
    /// e. Being willing to move, on the conditions of onderdeel e.
    Verhuizen,
    /// f. Acquiring and keeping the knowledge and skills work needs.
    KennisEnVaardigheden,
    /// g. Not hindering work by clothing, lack of personal care or behaviour.
    NietBelemmeren,
    /// h. Using the provisions aimed at work the college offers, cooperating in an assessment.
    Voorzieningen,
}

crate::wire::wire_enum!(Arbeidsverplichting);

pub(crate) static ARBEIDSVERPLICHTINGEN: [Label; 8] = [
    Label::new(
        "aanvaarden_of_behouden",
        "het aanvaarden of het behouden van algemeen geaccepteerde arbeid",
        "accepting or keeping generally accepted work",
    ),
    Label::new(
        "uitzendbureau",
        "het uitvoering geven aan de door het college opgelegde verplichting om ingeschreven te \
         staan bij een uitzendbureau",
        "being registered with a temporary employment agency as the college required",
    ),
    Label::new(
        "arbeid_voor_verhuizing",
        "het naar vermogen verkrijgen van algemeen geaccepteerde arbeid in een andere dan de \
         gemeente van inwoning, alvorens naar die andere gemeente te verhuizen",
        "finding generally accepted work in another municipality before moving there",
    ),
    Label::new(
        "reizen",
        "bereid zijn om te reizen over een afstand met een totale reisduur van 3 uur per dag",
        "being willing to travel for up to 3 hours a day in total",
    ),
    Label::new(
        "verhuizen",
        "bereid zijn om te verhuizen",
        "being willing to move",
    ),
    Label::new(
        "kennis_en_vaardigheden",
        "het verkrijgen en behouden van kennis en vaardigheden, noodzakelijk voor het naar \
         vermogen verkrijgen, het aanvaarden of het behouden van algemeen geaccepteerde arbeid",
        "acquiring and keeping the knowledge and skills needed for generally accepted work",
    ),
    Label::new(
        "niet_belemmeren",
        "het naar vermogen verkrijgen, het aanvaarden of het behouden van algemeen geaccepteerde \
         arbeid niet belemmeren door kleding, gebrek aan persoonlijke verzorging of gedrag",
        "not hindering generally accepted work by clothing, lack of personal care or behaviour",
    ),
    Label::new(
        "voorzieningen",
        "het gebruik maken van door het college aangeboden voorzieningen gericht op \
         arbeidsinschakeling en meewerken aan onderzoek naar uw mogelijkheden tot \
         arbeidsinschakeling",
        "using the provisions aimed at work the college offers and cooperating in an \
         assessment of your possibilities for work",
    ),
];

impl Arbeidsverplichting {
    /// Every arbeidsverplichting, in the order of art. 18 lid 4.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
    /// assert_eq!(Arbeidsverplichting::ALL.len(), 8);
    /// ```
    pub const ALL: [Self; 8] = [
        Self::AanvaardenOfBehouden,
        Self::Uitzendbureau,
        Self::ArbeidVoorVerhuizing,
        Self::Reizen,
        Self::Verhuizen,
        Self::KennisEnVaardigheden,
        Self::NietBelemmeren,
        Self::Voorzieningen,
    ];

    /// The obligation in the law's words (Dutch) and in English.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
    /// assert_eq!(Arbeidsverplichting::Verhuizen.label().en, "being willing to move");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::AanvaardenOfBehouden => &ARBEIDSVERPLICHTINGEN[0],
            Self::Uitzendbureau => &ARBEIDSVERPLICHTINGEN[1],
            Self::ArbeidVoorVerhuizing => &ARBEIDSVERPLICHTINGEN[2],
            Self::Reizen => &ARBEIDSVERPLICHTINGEN[3],
            Self::Verhuizen => &ARBEIDSVERPLICHTINGEN[4],
            Self::KennisEnVaardigheden => &ARBEIDSVERPLICHTINGEN[5],
            Self::NietBelemmeren => &ARBEIDSVERPLICHTINGEN[6],
            Self::Voorzieningen => &ARBEIDSVERPLICHTINGEN[7],
        }
    }

    /// The onderdeel of art. 18 lid 4 (`"a"` to `"h"`).
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
    /// assert_eq!(Arbeidsverplichting::Voorzieningen.onderdeel(), "h");
    /// ```
    #[must_use]
    pub const fn onderdeel(self) -> &'static str {
        match self {
            Self::AanvaardenOfBehouden => "a",
            Self::Uitzendbureau => "b",
            Self::ArbeidVoorVerhuizing => "c",
            Self::Reizen => "d",
            Self::Verhuizen => "e",
            Self::KennisEnVaardigheden => "f",
            Self::NietBelemmeren => "g",
            Self::Voorzieningen => "h",
        }
    }

    /// Participatiewet art. 18 lid 4 with this onderdeel.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
    /// assert_eq!(Arbeidsverplichting::Uitzendbureau.citation().onderdeel.as_deref(), Some("b"));
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        const PW_18_LID_4: Citation = Citation::article(Regulation::Participatiewet, "18").lid(4);
        match self {
            Self::AanvaardenOfBehouden => const { &PW_18_LID_4.onderdeel("a") },
            Self::Uitzendbureau => const { &PW_18_LID_4.onderdeel("b") },
            Self::ArbeidVoorVerhuizing => const { &PW_18_LID_4.onderdeel("c") },
            Self::Reizen => const { &PW_18_LID_4.onderdeel("d") },
            Self::Verhuizen => const { &PW_18_LID_4.onderdeel("e") },
            Self::KennisEnVaardigheden => const { &PW_18_LID_4.onderdeel("f") },
            Self::NietBelemmeren => const { &PW_18_LID_4.onderdeel("g") },
            Self::Voorzieningen => const { &PW_18_LID_4.onderdeel("h") },
        }
    }

    /// The arbeidsverplichtingen in force on `datum`: all eight from 1 January 2015, none
    /// before (the earlier text has no statutory cases).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::bijstand::afstemming::Arbeidsverplichting;
    /// assert_eq!(Arbeidsverplichting::op(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).len(), 8);
    /// assert!(Arbeidsverplichting::op(NaiveDate::from_ymd_opt(2014, 12, 31).unwrap()).is_empty());
    /// ```
    #[must_use]
    pub fn op(datum: NaiveDate) -> &'static [Self] {
        if datum >= WETTELIJKE_MAATREGELEN_VANAF {
            &Self::ALL
        } else {
            &[]
        }
    }
}

/// Another obligation of the law, whose breach the verordening sanctions (art. 18 lid 2), or
/// the conduct lid 2 names itself.
///
/// ```
/// use participatiewet::bijstand::afstemming::Verplichting;
/// let v = Verplichting::Tegenprestatie;
/// assert_eq!(v.citation().to_string(), "Participatiewet art. 9 lid 1 onderdeel c");
/// assert_eq!("tegenprestatie".parse::<Verplichting>()?, v);
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verplichting {
    /// Art. 9 lid 1 onderdeel a: to find, accept and keep generally accepted work, including
    /// registration as a jobseeker with UWV.
    Arbeid,
    /// Art. 9 lid 1 onderdeel b: to use a provision aimed at work, to cooperate in an
    /// assessment and in a plan of action (art. 44a).
    Voorziening,
    /// Art. 9 lid 1 onderdeel c: the unpaid socially useful work the college assigns
    /// (`tegenprestatie`).
    Tegenprestatie,
    /// Art. 9 lid 6: to refrain from very serious misconduct towards the people carrying out
    /// the law.
    ZeerErnstigeMisdraging,
    /// Art. 17 lid 2: the cooperation the college reasonably needs.
    Medewerking,
    /// Art. 18 lid 2: showing an insufficient sense of responsibility for one's own living.
    TekortschietendBesef,
}

crate::wire::wire_enum!(Verplichting);

pub(crate) static VERPLICHTINGEN: [Label; 6] = [
    Label::new(
        "arbeid",
        "naar vermogen algemeen geaccepteerde arbeid verkrijgen, aanvaarden en behouden",
        "finding, accepting and keeping generally accepted work as far as you can",
    ),
    Label::new(
        "voorziening",
        "gebruikmaken van een door het college aangeboden voorziening gericht op \
         arbeidsinschakeling en meewerken aan een onderzoek naar uw mogelijkheden",
        "using a provision aimed at work the college offers and cooperating in an assessment",
    ),
    Label::new(
        "tegenprestatie",
        "naar vermogen de door het college opgedragen onbeloonde maatschappelijk nuttige \
         werkzaamheden verrichten",
        "doing the unpaid socially useful work the college assigned as far as you can",
    ),
    Label::new(
        "zeer_ernstige_misdraging",
        "u onthouden van zeer ernstige misdragingen jegens de personen en instanties die deze \
         wet uitvoeren",
        "refraining from very serious misconduct towards the people carrying out the law",
    ),
    Label::new(
        "medewerking",
        "het college de medewerking verlenen die redelijkerwijs nodig is voor de uitvoering \
         van de wet",
        "giving the college the cooperation it reasonably needs",
    ),
    Label::new(
        "tekortschietend_besef",
        "voldoende besef van verantwoordelijkheid tonen voor de voorziening in uw bestaan",
        "showing a sufficient sense of responsibility for providing for your living",
    ),
];

impl Verplichting {
    /// The obligation in words.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Verplichting;
    /// assert!(Verplichting::Medewerking.label().nl.starts_with("het college de medewerking"));
    /// ```
    #[must_use]
    pub fn label(self) -> &'static Label {
        match self {
            Self::Arbeid => &VERPLICHTINGEN[0],
            Self::Voorziening => &VERPLICHTINGEN[1],
            Self::Tegenprestatie => &VERPLICHTINGEN[2],
            Self::ZeerErnstigeMisdraging => &VERPLICHTINGEN[3],
            Self::Medewerking => &VERPLICHTINGEN[4],
            Self::TekortschietendBesef => &VERPLICHTINGEN[5],
        }
    }

    /// The article that lays down the obligation.
    ///
    /// ```
    /// use participatiewet::bijstand::afstemming::Verplichting;
    /// assert_eq!(Verplichting::Medewerking.citation().to_string(), "Participatiewet art. 17 lid 2");
    /// ```
    #[must_use]
    pub const fn citation(self) -> &'static Citation {
        const ART_9: Citation = Citation::article(Regulation::Participatiewet, "9");
        match self {
            Self::Arbeid => const { &ART_9.lid(1).onderdeel("a") },
            Self::Voorziening => const { &ART_9.lid(1).onderdeel("b") },
            Self::Tegenprestatie => const { &ART_9.lid(1).onderdeel("c") },
            Self::ZeerErnstigeMisdraging => const { &ART_9.lid(6) },
            Self::Medewerking => {
                const { &Citation::article(Regulation::Participatiewet, "17").lid(2) }
            }
            Self::TekortschietendBesef => {
                const { &Citation::article(Regulation::Participatiewet, "18").lid(2) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_wire_names() {
        for v in Arbeidsverplichting::ALL {
            assert_eq!(v.label().wire, v.to_string());
            assert_eq!(v.to_string().parse::<Arbeidsverplichting>().unwrap(), v);
        }
        for v in [
            Verplichting::Arbeid,
            Verplichting::Voorziening,
            Verplichting::Tegenprestatie,
            Verplichting::ZeerErnstigeMisdraging,
            Verplichting::Medewerking,
            Verplichting::TekortschietendBesef,
        ] {
            assert_eq!(v.label().wire, v.to_string());
            assert_eq!(v.to_string().parse::<Verplichting>().unwrap(), v);
        }
    }

    #[test]
    fn onderdelen_follow_the_law() {
        let letters: Vec<&str> = Arbeidsverplichting::ALL
            .iter()
            .map(|v| v.onderdeel())
            .collect();
        assert_eq!(letters, ["a", "b", "c", "d", "e", "f", "g", "h"]);
        assert_eq!(
            Verplichting::ZeerErnstigeMisdraging.citation().to_string(),
            "Participatiewet art. 9 lid 6"
        );
        assert_eq!(
            Verplichting::Arbeid.citation().to_string(),
            "Participatiewet art. 9 lid 1 onderdeel a"
        );
        assert_eq!(
            Verplichting::Voorziening.citation().to_string(),
            "Participatiewet art. 9 lid 1 onderdeel b"
        );
        assert_eq!(
            Verplichting::TekortschietendBesef.citation().to_string(),
            "Participatiewet art. 18 lid 2"
        );
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(Arbeidsverplichting::op(d(2015, 1, 1)).len(), 8);
    }
}
