//! A ground: a stable [`Code`] with its templates, the [`Citation`] it rests on, and the typed
//! [`Value`]s it used.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::citation::{Citation, Cite};
use crate::money::{Hours, Money, Percentage};
use crate::params::TableName;
use crate::taal::{self, Taal};

/// The most values one ground carries inline.
pub const MAX_VALUES: usize = 6;

/// What kind of value a template slot holds, and so how it is written and read.
///
/// ```
/// use participatiewet::{Kind, Slot};
/// const S: Slot = Slot::new("norm", Kind::Money);
/// assert_eq!(S.name, "norm");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// An amount ([`Value::Money`]).
    Money,
    /// A percentage ([`Value::Percentage`]).
    Percentage,
    /// Hours ([`Value::Hours`]).
    Hours,
    /// A date ([`Value::Date`]).
    Date,
    /// A decimal number ([`Value::Number`]), such as months of WW.
    Number,
    /// A whole number ([`Value::Count`]), such as an age or a number of weeks.
    Count,
    /// One of a fixed set of labels ([`Value::Label`]): an enum's variants.
    Label(&'static [Label]),
    /// A parameter row ([`Value::Row`]): the table and the first day of the row used.
    Row,
}

/// A named slot of a template: `{norm}` in `"De norm is {norm}."`.
///
/// ```
/// use participatiewet::{Kind, Slot};
/// assert_eq!(Slot::new("leeftijd", Kind::Count).kind, Kind::Count);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Slot {
    /// The slot's name in the template and on the wire.
    pub name: &'static str,
    /// The kind of value it holds.
    pub kind: Kind,
}

impl Slot {
    /// A slot named `name` of kind `kind`.
    ///
    /// ```
    /// use participatiewet::{Kind, Slot};
    /// const S: Slot = Slot::new("datum", Kind::Date);
    /// assert_eq!(S.kind, Kind::Date);
    /// ```
    #[must_use]
    pub const fn new(name: &'static str, kind: Kind) -> Self {
        Self { name, kind }
    }
}

/// The label of an enum variant: its wire name and its words in Dutch and English.
///
/// ```
/// use participatiewet::{Label, Taal};
/// const L: Label = Label::new("gehuwden", "gehuwden", "married couple");
/// assert_eq!(L.get(Taal::En), "married couple");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Label {
    /// The wire name (`"gehuwden"`).
    pub wire: &'static str,
    /// The Dutch words.
    pub nl: &'static str,
    /// The English words.
    pub en: &'static str,
}

impl Label {
    /// A label.
    ///
    /// ```
    /// let l = participatiewet::Label::new("a", "een", "one");
    /// assert_eq!(l.wire, "a");
    /// ```
    #[must_use]
    pub const fn new(wire: &'static str, nl: &'static str, en: &'static str) -> Self {
        Self { wire, nl, en }
    }

    /// The words in `taal`.
    ///
    /// ```
    /// use participatiewet::{Label, Taal};
    /// assert_eq!(Label::new("a", "een", "one").get(Taal::Nl), "een");
    /// ```
    #[must_use]
    pub const fn get(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }
}

/// The stable code of a ground or an effect, with its value slots and its Dutch and English
/// templates (`{slot}` is replaced by the value).
///
/// Codes are defined as statics by the rule that uses them; the crate checks in a test that
/// every code is unique and every template names only its own slots.
///
/// ```
/// use participatiewet::{Code, Kind, Slot};
/// static C: Code = Code::new("leeftijd", &[Slot::new("jaren", Kind::Count)], "{jaren} jaar oud", "{jaren} years old");
/// assert_eq!(C.code, "leeftijd");
/// assert!(!C.refusal);
/// ```
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Code {
    /// The stable wire name (`"bijstandsnorm"`).
    pub code: &'static str,
    /// The values the template uses, in order.
    pub slots: &'static [Slot],
    /// The Dutch template.
    pub nl: &'static str,
    /// The English template.
    pub en: &'static str,
    /// Whether a ground with this code refuses a right (a reason of a refusal).
    pub refusal: bool,
}

impl Code {
    /// A code for a ground that applies a rule.
    ///
    /// ```
    /// use participatiewet::Code;
    /// static C: Code = Code::new("x", &[], "x", "x");
    /// assert!(!C.refusal);
    /// ```
    #[must_use]
    pub const fn new(
        code: &'static str,
        slots: &'static [Slot],
        nl: &'static str,
        en: &'static str,
    ) -> Self {
        Self {
            code,
            slots,
            nl,
            en,
            refusal: false,
        }
    }

    /// A code for a ground that refuses a right.
    ///
    /// ```
    /// use participatiewet::Code;
    /// static C: Code = Code::refusal("geen_recht", &[], "geen recht", "no right");
    /// assert!(C.refusal);
    /// ```
    #[must_use]
    pub const fn refusal(
        code: &'static str,
        slots: &'static [Slot],
        nl: &'static str,
        en: &'static str,
    ) -> Self {
        Self {
            code,
            slots,
            nl,
            en,
            refusal: true,
        }
    }

    /// The template in `taal`.
    ///
    /// ```
    /// use participatiewet::{Code, Taal};
    /// static C: Code = Code::new("x", &[], "ja", "yes");
    /// assert_eq!(C.template(Taal::Nl), "ja");
    /// ```
    #[must_use]
    pub const fn template(&self, taal: Taal) -> &'static str {
        match taal {
            Taal::Nl => self.nl,
            Taal::En => self.en,
        }
    }

    /// The known code with wire name `code` (every code the crate defines).
    ///
    /// ```
    /// assert!(participatiewet::Code::lookup("no_such_code").is_none());
    /// ```
    #[must_use]
    pub fn lookup(code: &str) -> Option<&'static Code> {
        crate::decision::ground::registry().find(|c| c.code == code)
    }

    /// Every code the crate defines.
    ///
    /// ```
    /// let codes: Vec<_> = participatiewet::Code::all().collect();
    /// assert!(codes.iter().all(|c| !c.code.is_empty()));
    /// ```
    pub fn all() -> impl Iterator<Item = &'static Code> {
        registry()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

/// Every code of every domain: the registry used to read stored grounds and effects back.
pub(crate) fn registry() -> impl Iterator<Item = &'static Code> {
    [
        crate::procedure::CODES,
        crate::bijstand::CODES,
        crate::bijstand::RECHT_CODES,
        crate::banenafspraak::CODES,
        crate::banenafspraak::INSTRUMENT_CODES,
        crate::banenafspraak::PW_INSTRUMENT_CODES,
        crate::banenafspraak::QUOTUM_CODES,
        crate::beschut_werk::CODES,
        crate::doelgroep::CODES,
        crate::loonwaarde::CODES,
        crate::ww::CODES,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// A reference to the parameter row a rule used: the table and the row's first day.
///
/// ```
/// use chrono::NaiveDate;
/// use participatiewet::{RowRef, TableName};
/// let r = RowRef::new(TableName::Bijstandsnormen, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
/// assert_eq!(r.to_string(), "bijstandsnormen@2026-01-01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RowRef {
    /// The table.
    pub table: TableName,
    /// The first day of the row.
    pub valid_from: NaiveDate,
}

impl RowRef {
    /// A reference to the row of `table` that starts on `valid_from`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{RowRef, TableName};
    /// let r = RowRef::new(TableName::WmlPerMaand, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// assert_eq!(r.table, TableName::WmlPerMaand);
    /// ```
    #[must_use]
    pub const fn new(table: TableName, valid_from: NaiveDate) -> Self {
        Self { table, valid_from }
    }
}

impl fmt::Display for RowRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.table.wire(), self.valid_from)
    }
}

/// A typed value a ground used.
///
/// ```
/// use participatiewet::{Money, Taal, Value};
/// let v = Value::Money(Money::from_cents(1250)?);
/// assert_eq!(v.text(Taal::Nl), "€ 12,50");
/// assert_eq!(v.wire(), "12.50");
/// # Ok::<(), participatiewet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// An amount.
    Money(Money),
    /// A percentage.
    Percentage(Percentage),
    /// Hours.
    Hours(Hours),
    /// A date.
    Date(NaiveDate),
    /// A decimal number.
    Number(Decimal),
    /// A whole number.
    Count(i64),
    /// An enum variant's label.
    Label(&'static Label),
    /// A parameter row.
    Row(RowRef),
}

impl Value {
    /// The value's kind (labels report an empty label set).
    fn matches(&self, kind: Kind) -> bool {
        matches!(
            (self, kind),
            (Self::Money(_), Kind::Money)
                | (Self::Percentage(_), Kind::Percentage)
                | (Self::Hours(_), Kind::Hours)
                | (Self::Date(_), Kind::Date)
                | (Self::Number(_), Kind::Number)
                | (Self::Count(_), Kind::Count)
                | (Self::Label(_), Kind::Label(_))
                | (Self::Row(_), Kind::Row)
        )
    }

    /// The value on the wire: a plain string (`"12.50"`, `"2026-04-01"`, `"gehuwden"`,
    /// `"bijstandsnormen@2026-01-01"`).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::Value;
    /// assert_eq!(Value::Date(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()).wire(), "2026-04-01");
    /// ```
    #[must_use]
    pub fn wire(&self) -> String {
        match self {
            Self::Money(v) => v.to_string(),
            Self::Percentage(v) => v.value().normalize().to_string(),
            Self::Hours(v) => v.to_string(),
            Self::Date(v) => v.to_string(),
            Self::Number(v) => v.normalize().to_string(),
            Self::Count(v) => v.to_string(),
            Self::Label(v) => v.wire.to_owned(),
            Self::Row(v) => v.to_string(),
        }
    }

    fn from_wire(text: &str, kind: Kind) -> Option<Value> {
        Some(match kind {
            Kind::Money => Self::Money(text.parse().ok()?),
            Kind::Percentage => Self::Percentage(text.parse().ok()?),
            Kind::Hours => Self::Hours(text.parse().ok()?),
            Kind::Date => Self::Date(crate::date::checked(text.parse().ok()?, "datum").ok()?),
            Kind::Number => Self::Number(Decimal::from_str_exact(text).ok()?),
            Kind::Count => Self::Count(text.parse().ok()?),
            Kind::Label(labels) => Self::Label(labels.iter().find(|l| l.wire == text)?),
            Kind::Row => {
                let (table, from) = text.split_once('@')?;
                Self::Row(RowRef::new(table.parse().ok()?, from.parse().ok()?))
            }
        })
    }

    /// The value for a reader, in `taal`.
    ///
    /// ```
    /// use participatiewet::{Taal, Value};
    /// assert_eq!(Value::Number(rust_decimal::dec!(15.5)).text(Taal::Nl), "15,5");
    /// ```
    #[must_use]
    pub fn text(&self, taal: Taal) -> String {
        let mut out = String::new();
        let _ = self.write(&mut out, taal);
        out
    }

    fn write(&self, out: &mut String, taal: Taal) -> fmt::Result {
        match self {
            Self::Money(v) => taal::write_bedrag(out, *v, taal),
            Self::Percentage(v) => {
                taal::write_getal(out, v.value(), None, taal)?;
                out.write_char('%')
            }
            Self::Hours(v) => taal::write_getal(out, v.value(), None, taal),
            Self::Date(v) => taal::write_datum(out, *v, taal),
            Self::Number(v) => taal::write_getal(out, *v, None, taal),
            Self::Count(v) => write!(out, "{v}"),
            Self::Label(v) => out.write_str(v.get(taal)),
            Self::Row(v) => taal::write_datum(out, v.valid_from, taal),
        }
    }
}

/// Which value type a stored decimal belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum DecimalKind {
    Money,
    Percentage,
    Hours,
    Number,
}

/// A [`Value`] as a ground stores it: 16 bytes (a decimal's 96-bit mantissa split in two,
/// its scale and sign), so that a decision's grounds stay small enough for the allocator's
/// fast path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Packed {
    Decimal {
        kind: DecimalKind,
        negative: bool,
        scale: u8,
        low: u64,
        high: u32,
    },
    Date(NaiveDate),
    Count(i64),
    Label(&'static Label),
    Row(TableName, NaiveDate),
}

const _: () = assert!(std::mem::size_of::<Option<Packed>>() == 16);

impl Packed {
    #[inline]
    fn decimal(kind: DecimalKind, d: Decimal) -> Self {
        // Decimal's own layout: flags (scale in bits 16–23, sign in bit 31), then the 96-bit
        // mantissa as lo, mid, hi, each little-endian.
        let [_, _, f2, f3, l0, l1, l2, l3, m0, m1, m2, m3, h0, h1, h2, h3] = d.serialize();
        Self::Decimal {
            kind,
            negative: f3 & 0x80 != 0,
            scale: f2,
            low: u64::from_le_bytes([l0, l1, l2, l3, m0, m1, m2, m3]),
            high: u32::from_le_bytes([h0, h1, h2, h3]),
        }
    }

    #[inline]
    fn pack(value: Value) -> Self {
        match value {
            Value::Money(v) => Self::decimal(DecimalKind::Money, v.amount()),
            Value::Percentage(v) => Self::decimal(DecimalKind::Percentage, v.value()),
            Value::Hours(v) => Self::decimal(DecimalKind::Hours, v.value()),
            Value::Number(v) => Self::decimal(DecimalKind::Number, v),
            Value::Date(v) => Self::Date(v),
            Value::Count(v) => Self::Count(v),
            Value::Label(v) => Self::Label(v),
            Value::Row(v) => Self::Row(v.table, v.valid_from),
        }
    }

    #[inline]
    fn unpack(self) -> Value {
        match self {
            Self::Decimal {
                kind,
                negative,
                scale,
                low,
                high,
            } => {
                let d = Decimal::from_parts(
                    u32::try_from(low & u64::from(u32::MAX)).unwrap_or(0),
                    u32::try_from(low >> 32).unwrap_or(0),
                    high,
                    negative,
                    u32::from(scale),
                );
                match kind {
                    DecimalKind::Money => Value::Money(Money::from_stored(d)),
                    DecimalKind::Percentage => Value::Percentage(Percentage::from_stored(d)),
                    DecimalKind::Hours => Value::Hours(Hours::from_stored(d)),
                    DecimalKind::Number => Value::Number(d),
                }
            }
            Self::Date(v) => Value::Date(v),
            Self::Count(v) => Value::Count(v),
            Self::Label(v) => Value::Label(v),
            Self::Row(table, from) => Value::Row(RowRef::new(table, from)),
        }
    }
}

/// One step of a decision: the rule applied ([`Code`]), its legal basis and the values it used.
///
/// ```
/// use participatiewet::{Citation, Code, Ground, Kind, Regulation, Slot, Taal, Value};
/// static LEEFTIJD: Code = Code::new(
///     "voorbeeld_leeftijd",
///     &[Slot::new("jaren", Kind::Count)],
///     "De aanvrager is {jaren} jaar.",
///     "The applicant is {jaren}.",
/// );
/// let g = Ground::owned(&LEEFTIJD, Citation::article(Regulation::Participatiewet, "20"), [Value::Count(45)]);
/// assert_eq!(g.text(Taal::Nl), "De aanvrager is 45 jaar.");
/// assert_eq!(g.to_string(), "Participatiewet art. 20: The applicant is 45.");
/// assert_eq!(g.value("jaren"), Some(Value::Count(45)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ground {
    code: &'static Code,
    citation: Cite,
    values: [Option<Packed>; MAX_VALUES],
}

impl Ground {
    /// A ground with `code`, resting on the constant `citation`, using `values` in the order of
    /// the code's slots. Values beyond [`MAX_VALUES`] are dropped (a test checks no code has
    /// more slots). Nothing is allocated or copied for the citation.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld", &[], "tekst", "text");
    /// const AWB_3_46: &Citation = &Citation::article(Regulation::Awb, "3:46");
    /// let g = Ground::new(&C, AWB_3_46, []);
    /// assert_eq!(g.code().code, "voorbeeld");
    /// ```
    #[must_use]
    #[inline]
    pub fn new<const N: usize>(
        code: &'static Code,
        citation: &'static Citation,
        values: [Value; N],
    ) -> Self {
        Self::with_cite(code, Cite::Static(citation), values)
    }

    /// A ground resting on a citation made at run time (a municipality's ordinance, say); it
    /// is stored on the heap.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld", &[], "tekst", "text");
    /// let bron = Citation::owned(Regulation::GemeentelijkBeleid, "Beleidsregels 2026".to_owned());
    /// let g = Ground::owned(&C, bron.clone(), []);
    /// assert_eq!(g.citation(), &bron);
    /// ```
    #[must_use]
    pub fn owned<const N: usize>(
        code: &'static Code,
        citation: Citation,
        values: [Value; N],
    ) -> Self {
        Self::with_cite(code, Cite::Owned(Box::new(citation)), values)
    }

    /// A ground on a constant or an owned citation (the crate's rules that take either).
    // Reason: not inlined, the values went through a loop per ground at twice the cost (an
    // instruction count of the WW and LKS decisions).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn with_cite<const N: usize>(
        code: &'static Code,
        citation: impl Into<Cite>,
        values: [Value; N],
    ) -> Self {
        let citation = citation.into();
        let mut slots = [None; MAX_VALUES];
        for (slot, value) in slots.iter_mut().zip(values) {
            *slot = Some(Packed::pack(value));
        }
        Self {
            code,
            citation,
            values: slots,
        }
    }

    /// The ground's code.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld", &[], "tekst", "text");
    /// assert!(!Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []).code().refusal);
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static Code {
        self.code
    }

    /// The legal basis.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Regulation};
    /// static C: Code = Code::new("voorbeeld", &[], "tekst", "text");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []);
    /// assert_eq!(g.citation().to_string(), "Awb art. 3:46");
    /// ```
    #[must_use]
    pub fn citation(&self) -> &Citation {
        self.citation.get()
    }

    /// The values with their slot names, in slot order.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Kind, Regulation, Slot, Value};
    /// static C: Code = Code::new("voorbeeld", &[Slot::new("n", Kind::Count)], "{n}", "{n}");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), [Value::Count(3)]);
    /// assert_eq!(g.values().collect::<Vec<_>>(), vec![("n", Value::Count(3))]);
    /// ```
    pub fn values(&self) -> impl Iterator<Item = (&'static str, Value)> + '_ {
        self.code
            .slots
            .iter()
            .zip(self.values.iter())
            .filter_map(|(slot, value)| value.map(|v| (slot.name, v.unpack())))
    }

    /// The value of slot `name`.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Kind, Regulation, Slot, Value};
    /// static C: Code = Code::new("voorbeeld", &[Slot::new("n", Kind::Count)], "{n}", "{n}");
    /// let g = Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), [Value::Count(3)]);
    /// assert_eq!(g.value("m"), None);
    /// ```
    #[must_use]
    pub fn value(&self, name: &str) -> Option<Value> {
        self.values().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The parameter rows this ground used.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use participatiewet::{Citation, Code, Ground, Kind, Regulation, RowRef, Slot, Value};
    /// static C: Code = Code::new("voorbeeld", &[Slot::new("rij", Kind::Row)], "{rij}", "{rij}");
    /// let row = RowRef::new(participatiewet::TableName::Bijstandsnormen, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    /// let g = Ground::owned(&C, Citation::article(Regulation::Participatiewet, "21"), [Value::Row(row)]);
    /// assert_eq!(g.rows().next(), Some(row));
    /// ```
    pub fn rows(&self) -> impl Iterator<Item = RowRef> + '_ {
        self.values.iter().filter_map(|v| match v {
            Some(Packed::Row(table, from)) => Some(RowRef::new(*table, *from)),
            _ => None,
        })
    }

    /// The ground's sentence in `taal`, its values filled in.
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Regulation, Taal};
    /// static C: Code = Code::new("voorbeeld", &[], "tekst", "text");
    /// assert_eq!(Ground::owned(&C, Citation::article(Regulation::Awb, "3:46"), []).text(Taal::En), "text");
    /// ```
    #[must_use]
    pub fn text(&self, taal: Taal) -> String {
        let mut out = String::new();
        self.write_text(&mut out, taal);
        out
    }

    /// Whether every slot of the code has a value of its kind (a test's check on the rules
    /// that build grounds).
    ///
    /// ```
    /// use participatiewet::{Citation, Code, Ground, Kind, Regulation, Slot, Value};
    /// static C: Code = Code::new("voorbeeld", &[Slot::new("n", Kind::Count)], "{n}", "{n}");
    /// const AWB: &Citation = &Citation::article(Regulation::Awb, "3:46");
    /// assert!(Ground::new(&C, AWB, [Value::Count(3)]).is_well_formed());
    /// assert!(!Ground::new(&C, AWB, []).is_well_formed());
    /// ```
    #[must_use]
    pub fn is_well_formed(&self) -> bool {
        self.code.slots.len() <= MAX_VALUES
            && self.code.slots.iter().enumerate().all(|(i, slot)| {
                self.values
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(|v| v.unpack().matches(slot.kind))
            })
            && self
                .values
                .iter()
                .skip(self.code.slots.len())
                .all(Option::is_none)
    }

    pub(crate) fn write_text(&self, out: &mut String, taal: Taal) {
        fill(out, self.code.template(taal), taal, |name| self.value(name));
    }
}

/// Fills `{slot}` placeholders of `template` with `value(slot)`, rendered in `taal`.
pub(crate) fn fill(
    out: &mut String,
    template: &str,
    taal: Taal,
    value: impl Fn(&str) -> Option<Value>,
) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return;
        };
        let name = after.get(1..close).unwrap_or("");
        match value(name) {
            Some(v) => {
                let _ = v.write(out, taal);
            }
            None => out.push_str(after.get(..=close).unwrap_or("")),
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.citation(), self.text(Taal::En))
    }
}

impl Serialize for Ground {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let values: BTreeMap<&str, String> = self
            .values()
            .map(|(name, value)| (name, value.wire()))
            .collect();
        let mut s = serializer.serialize_struct("Ground", 3)?;
        s.serialize_field("code", self.code.code)?;
        s.serialize_field("citation", self.citation())?;
        s.serialize_field("values", &values)?;
        s.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroundWire {
    code: String,
    citation: Citation,
    values: BTreeMap<String, String>,
}

impl<'de> Deserialize<'de> for Ground {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let wire = GroundWire::deserialize(deserializer)?;
        let code = Code::lookup(&wire.code)
            .ok_or_else(|| D::Error::custom(format!("unknown ground code {:?}", wire.code)))?;
        read_values(code, &wire.values)
            .map(|values| Ground {
                code,
                citation: Cite::Owned(Box::new(wire.citation)),
                values,
            })
            .map_err(D::Error::custom)
    }
}

/// Reads the values of `code` from their wire strings: every slot present, of its kind, and
/// nothing else.
fn read_values(
    code: &'static Code,
    wire: &BTreeMap<String, String>,
) -> Result<[Option<Packed>; MAX_VALUES], String> {
    if let Some(extra) = wire
        .keys()
        .find(|k| !code.slots.iter().any(|s| s.name == *k))
    {
        return Err(format!("code {} has no value {extra:?}", code.code));
    }
    let mut values = [None; MAX_VALUES];
    for (slot, out) in code.slots.iter().zip(values.iter_mut()) {
        let text = wire
            .get(slot.name)
            .ok_or_else(|| format!("code {} needs value {:?}", code.code, slot.name))?;
        let value = Value::from_wire(text, slot.kind).ok_or_else(|| {
            format!(
                "value {:?} of code {} is invalid: {text:?}",
                slot.name, code.code
            )
        })?;
        *out = Some(Packed::pack(value));
    }
    Ok(values)
}

/// Declares a static ground [`Code`] (`code!(NAME, "wire_code", SLOTS, "nl", "en")`), or a
/// refusal's (`code!(refusal NAME, ...)`): the one shape of every domain's `gronden` file.
macro_rules! code {
    ($name:ident, $code:literal, $slots:expr, $nl:literal, $en:literal) => {
        pub(crate) static $name: $crate::Code = $crate::Code::new($code, $slots, $nl, $en);
    };
    (refusal $name:ident, $code:literal, $slots:expr, $nl:literal, $en:literal) => {
        pub(crate) static $name: $crate::Code = $crate::Code::refusal($code, $slots, $nl, $en);
    };
}
pub(crate) use code;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_and_its_templates_name_only_its_slots() {
        let codes: Vec<&Code> = registry().collect();
        for (i, a) in codes.iter().enumerate() {
            assert!(a.slots.len() <= MAX_VALUES, "{} has too many slots", a.code);
            for b in codes.iter().skip(i + 1) {
                assert_ne!(a.code, b.code, "duplicate code");
            }
            for template in [a.nl, a.en] {
                let mut rest = template;
                while let Some(open) = rest.find('{') {
                    let after = &rest[open + 1..];
                    let close = after.find('}').expect("closed placeholder");
                    let name = &after[..close];
                    assert!(
                        a.slots.iter().any(|s| s.name == name),
                        "{}: template names unknown slot {name}",
                        a.code
                    );
                    rest = &after[close + 1..];
                }
            }
            for slot in a.slots {
                assert!(
                    a.nl.contains(&format!("{{{}}}", slot.name))
                        || a.en.contains(&format!("{{{}}}", slot.name))
                        || matches!(slot.kind, Kind::Row),
                    "{}: slot {} is in no template",
                    a.code,
                    slot.name
                );
            }
        }
    }

    /// A stored value gives back exactly the value put in: every bit of a decimal's 96-bit
    /// mantissa, its scale and its sign (`Decimal::MAX`, `Decimal::MIN`, 1e-28, amounts above
    /// 2^32 cents), and every other kind.
    #[test]
    fn a_packed_value_unpacks_to_itself() {
        let decimals = [
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(1, 28),
            Decimal::from_parts(u32::MAX, 0, 0, false, 0),
            Decimal::from_parts(0, 1, 0, false, 2),
            Decimal::from_parts(0, 0, 1, true, 5),
            Decimal::from_parts(0x8000_0001, 0x0000_0002, 0x4000_0003, false, 13),
            Decimal::ZERO,
        ];
        for d in decimals {
            let back = Packed::pack(Value::Number(d)).unpack();
            let Value::Number(b) = back else {
                panic!("{back:?}")
            };
            assert_eq!(b.serialize(), d.serialize(), "{d}");
        }
        let money = Money::new(Decimal::new(5_000_000_001, 2)).unwrap();
        assert_eq!(
            Packed::pack(Value::Money(money)).unpack(),
            Value::Money(money)
        );
        let p = Percentage::new(Decimal::new(235, 1)).unwrap();
        assert_eq!(
            Packed::pack(Value::Percentage(p)).unpack(),
            Value::Percentage(p)
        );
        let h = Hours::new(Decimal::new(325, 1)).unwrap();
        assert_eq!(Packed::pack(Value::Hours(h)).unpack(), Value::Hours(h));
        let day = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
        let row = RowRef::new(TableName::Bijstandsnormen, day);
        for v in [
            Value::Date(day),
            Value::Count(i64::MIN),
            Value::Count(i64::MAX),
            Value::Row(row),
        ] {
            assert_eq!(Packed::pack(v).unpack(), v);
        }
    }

    /// A ground is well formed only with a value of the right kind in every slot and nothing
    /// beyond them.
    #[test]
    fn a_ground_with_a_missing_wrong_or_extra_value_is_not_well_formed() {
        static N: Code = Code::new("t_n", &[Slot::new("n", Kind::Count)], "{n}", "{n}");
        static LEEG: Code = Code::new("t_leeg", &[], "x", "x");
        const C: &Citation = &Citation::article(crate::Regulation::Awb, "3:46");
        assert!(Ground::new(&N, C, [Value::Count(1)]).is_well_formed());
        assert!(!Ground::new(&N, C, []).is_well_formed());
        assert!(!Ground::new(&N, C, [Value::Money(Money::ZERO)]).is_well_formed());
        assert!(Ground::new(&LEEG, C, []).is_well_formed());
        assert!(!Ground::new(&LEEG, C, [Value::Count(1)]).is_well_formed());
    }

    proptest::proptest! {
        #[test]
        fn any_decimal_survives_packing(lo: u32, mid: u32, hi: u32, negative: bool, scale in 0_u32..=28) {
            let d = Decimal::from_parts(lo, mid, hi, negative, scale);
            let Value::Number(b) = Packed::pack(Value::Number(d)).unpack() else { panic!() };
            proptest::prop_assert_eq!(b.serialize(), d.serialize());
        }
    }

    #[test]
    fn values_of_the_wrong_kind_are_refused_on_reading() {
        static C: Code = Code::new("t", &[Slot::new("n", Kind::Count)], "{n}", "{n}");
        let mut wire = BTreeMap::new();
        wire.insert("n".to_owned(), "abc".to_owned());
        assert!(read_values(&C, &wire).is_err());
        wire.insert("n".to_owned(), "3".to_owned());
        assert_eq!(read_values(&C, &wire).unwrap()[0], Some(Packed::Count(3)));
        wire.insert("m".to_owned(), "3".to_owned());
        assert!(read_values(&C, &wire).is_err());
        assert!(Value::Count(1).matches(Kind::Count));
        assert!(!Value::Count(1).matches(Kind::Money));
    }
}
