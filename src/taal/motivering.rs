//! The motivering of a beschikking (Awb art. 3:46, 3:47): what was decided, on which facts,
//! under which article; with an optional bezwaarclausule (Awb art. 3:45, 6:7, 6:8).

use std::fmt;

use chrono::NaiveDate;

use super::{Taal, datum};
use crate::citation::{Citation, Regulation};
use crate::decision::Decision;
use crate::error::Error;

const AWB_6_7: &Citation = &Citation::article(Regulation::Awb, "6:7");
const AWB_6_8: &Citation = &Citation::article(Regulation::Awb, "6:8").lid(1);

/// The bezwaarclausule of a decision: the day it was sent and the last day to object.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::Bezwaar;
/// let b = Bezwaar::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())?;
/// assert_eq!(b.uiterlijk(), NaiveDate::from_ymd_opt(2027, 1, 12).unwrap());
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bezwaar {
    verzonden: NaiveDate,
    uiterlijk: NaiveDate,
}

impl Bezwaar {
    /// The clause for a decision sent on `verzonden`; the last day is computed by
    /// [`bezwaartermijn_einde`](super::bezwaartermijn_einde).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// assert!(participatiewet::Bezwaar::new(NaiveDate::MAX).is_err());
    /// ```
    pub fn new(verzonden: NaiveDate) -> Result<Self, Error> {
        Ok(Self {
            verzonden,
            uiterlijk: super::bezwaartermijn_einde(verzonden)?,
        })
    }

    /// The day the decision was sent.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    /// assert_eq!(participatiewet::Bezwaar::new(day)?.verzonden(), day);
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn verzonden(&self) -> NaiveDate {
        self.verzonden
    }

    /// The last day an objection is in time.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let b = participatiewet::Bezwaar::new(NaiveDate::from_ymd_opt(2026, 11, 13).unwrap())?;
    /// assert_eq!(b.uiterlijk(), NaiveDate::from_ymd_opt(2026, 12, 28).unwrap());
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn uiterlijk(&self) -> NaiveDate {
        self.uiterlijk
    }
}

/// A decision rendered as the motivering of a beschikking, in Dutch (the default for letters)
/// or English.
///
/// The text has three parts: the decision (its outcome sentence), the motivering (every
/// ground, each with its article), and, when asked for, the bezwaarclausule with the computed
/// last day.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{Bezwaar, Citation, Code, Decision, Ground, Motivering, Regulation, Taal};
/// static BESLUIT: Code = Code::new("voorbeeld_besluit", &[], "U krijgt bijstand.", "You receive bijstand.");
/// static GROND: Code = Code::new("voorbeeld_grond", &[], "U woont in Nederland.", "You live in the Netherlands.");
/// let d = Decision::new((), Ground::owned(&BESLUIT, Citation::article(Regulation::Participatiewet, "11").lid(1), []))
///     .because(Ground::owned(&GROND, Citation::article(Regulation::Participatiewet, "11").lid(1), []));
/// let text = Motivering::new(&d, Taal::Nl)
///     .met_bezwaar(Bezwaar::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())?)
///     .to_string();
/// assert!(text.starts_with("Besluit\nU krijgt bijstand.\n"));
/// assert!(text.contains("- U woont in Nederland. (artikel 11, eerste lid, van de Participatiewet)\n"));
/// assert!(text.contains("uiterlijk op 12 januari 2027"));
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Motivering<'a, T> {
    decision: &'a Decision<T>,
    taal: Taal,
    bezwaar: Option<Bezwaar>,
}

impl<'a, T> Motivering<'a, T> {
    /// The motivering of `decision` in `taal`, without a bezwaarclausule.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Decision, Ground, Motivering, Regulation, Taal};
    /// static C: Code = Code::new("voorbeeld_besluit", &[], "Besloten.", "Decided.");
    /// let d = Decision::new((), Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []));
    /// assert_eq!(Motivering::new(&d, Taal::En).to_string(), "Decision\nDecided.\n");
    /// ```
    #[must_use]
    pub const fn new(decision: &'a Decision<T>, taal: Taal) -> Self {
        Self {
            decision,
            taal,
            bezwaar: None,
        }
    }

    /// The same motivering with the bezwaarclausule `bezwaar`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Bezwaar, Citation, Code, Decision, Ground, Motivering, Regulation, Taal};
    /// static C: Code = Code::new("voorbeeld_besluit", &[], "Besloten.", "Decided.");
    /// let d = Decision::new((), Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []));
    /// let b = Bezwaar::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())?;
    /// assert!(Motivering::new(&d, Taal::En).met_bezwaar(b).to_string().contains("by 2027-01-12"));
    /// # Ok::<(), participatiewet::Error>(())
    /// ```
    #[must_use]
    pub const fn met_bezwaar(mut self, bezwaar: Bezwaar) -> Self {
        self.bezwaar = Some(bezwaar);
        self
    }
}

impl<T> fmt::Display for Motivering<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let taal = self.taal;
        let (besluit, motivering) = match taal {
            Taal::Nl => ("Besluit", "Motivering"),
            Taal::En => ("Decision", "Reasons"),
        };
        writeln!(f, "{besluit}")?;
        writeln!(f, "{}", self.decision.outcome().text(taal))?;
        if !self.decision.grounds().is_empty() {
            writeln!(f, "\n{motivering}")?;
            for ground in self.decision.grounds() {
                writeln!(
                    f,
                    "- {} ({})",
                    ground.text(taal),
                    ground.citation().text(taal)
                )?;
            }
        }
        if let Some(bezwaar) = self.bezwaar {
            let uiterlijk = datum(bezwaar.uiterlijk, taal);
            let verzonden = datum(bezwaar.verzonden, taal);
            match taal {
                Taal::Nl => {
                    writeln!(f, "\nBezwaar")?;
                    writeln!(
                        f,
                        "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen \
                         zes weken na de dag waarop dit besluit is verzonden ({verzonden}); \
                         uw bezwaarschrift moet uiterlijk op {uiterlijk} zijn ontvangen \
                         (artikel 6:7 en artikel 6:8, eerste lid, van de Algemene wet \
                         bestuursrecht; artikel 1 van de Algemene termijnenwet)."
                    )?;
                }
                Taal::En => {
                    writeln!(f, "\nObjection")?;
                    writeln!(
                        f,
                        "If you disagree with this decision, you may object within six weeks \
                         of the day after it was sent ({verzonden}): your objection must arrive \
                         by {uiterlijk} ({} and {}; Atw art. 1).",
                        AWB_6_7.text(taal),
                        AWB_6_8.text(taal)
                    )?;
                }
            }
        }
        Ok(())
    }
}
