//! The report's words in the reader's language (`--taal nl|en`): each line is written from its
//! Dutch and its English text side by side, never translated after the fact. Values are
//! written by the crate's own rendering: amounts and dates the Dutch way
//! (`participatiewet::taal`), grounds and citations from their templates
//! (`Ground::text`, `Citation::text`).

use std::fmt::Write as _;

use chrono::NaiveDate;
use participatiewet::{Citation, Error, Ground, Money, Regulation, Taal};
use rust_decimal::Decimal;

/// The Dutch or the English words, by `taal`.
pub const fn kies(taal: Taal, nl: &'static str, en: &'static str) -> &'static str {
    match taal {
        Taal::Nl => nl,
        _ => en,
    }
}

/// One line of the report in `taal`: a Dutch and an English format string that take the same
/// arguments (by position or by name), so each language has its own word order.
macro_rules! regel {
    ($o:expr, $taal:expr, $nl:literal, $en:literal $(, $($arg:tt)*)?) => {{
        let _ = match $taal {
            ::participatiewet::Taal::Nl => writeln!($o, $nl $(, $($arg)*)?),
            _ => writeln!($o, $en $(, $($arg)*)?),
        };
    }};
}
pub(crate) use regel;

/// A date: `1 april 2026` in Dutch, `2026-04-01` in English.
pub fn datum(d: NaiveDate, taal: Taal) -> String {
    participatiewet::taal::datum(d, taal)
}

/// A date that may be missing (`-`).
pub fn datum_of(d: Option<NaiveDate>, taal: Taal) -> String {
    d.map_or("-".to_owned(), |d| datum(d, taal))
}

/// An amount: `€ 1.401,50` in Dutch, `EUR 1401.50` in English.
pub fn bedrag(m: Money, taal: Taal) -> String {
    match taal {
        Taal::Nl => participatiewet::taal::bedrag(m, taal),
        _ => format!("EUR {m}"),
    }
}

/// A number: `12,75` in Dutch, `12.75` in English.
pub fn getal(d: Decimal, taal: Taal) -> String {
    match taal {
        Taal::Nl => participatiewet::taal::getal(d, taal),
        _ => d.to_string(),
    }
}

/// An error's message in `taal`.
pub fn fout(e: &Error, taal: Taal) -> String {
    e.message(taal)
}

/// A ground with its citation: `artikel 10b, vierde lid, van de Participatiewet: ...` in
/// Dutch, its English `Display` otherwise.
pub fn grond(g: &Ground, taal: Taal) -> String {
    match taal {
        Taal::Nl => format!("{}: {}", g.citation().text(taal), g.text(taal)),
        _ => g.to_string(),
    }
}

/// An article of the Participatiewet.
pub const fn pw(artikel: &'static str) -> Citation {
    Citation::article(Regulation::Participatiewet, artikel)
}

/// The `grounds:` line under a figure: each citation in the reader's words
/// (`Citation::text`) with what it grounds (already in `taal`, empty for nothing), then what
/// is policy (`rest`, empty for nothing).
pub fn gronden(o: &mut String, taal: Taal, delen: &[(Citation, &str)], rest: &str) {
    let mut line = format!("              {}: ", kies(taal, "gronden", "grounds"));
    for (i, (citation, wat)) in delen.iter().enumerate() {
        if i > 0 {
            // Dutch citations hold commas of their own ("artikel 19, eerste lid, van ...").
            line.push_str(kies(taal, "; ", ", "));
        }
        line.push_str(&citation.text(taal));
        if !wat.is_empty() {
            let _ = write!(line, " ({wat})");
        }
    }
    if !rest.is_empty() {
        line.push_str("; ");
        line.push_str(rest);
    }
    let _ = writeln!(o, "{line}");
}

/// How sure a parameter's source is, in words.
pub fn zekerheid(c: participatiewet::Confidence, taal: Taal) -> &'static str {
    use participatiewet::Confidence as C;
    match c {
        C::LawText => kies(taal, "wettekst", "law text"),
        C::Official => kies(taal, "officiële bron", "official source"),
        C::Secondary => kies(taal, "andere bron", "secondary source"),
        _ => kies(taal, "niet geverifieerd", "unverified"),
    }
}
