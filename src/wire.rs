//! The wire format's two mechanisms, used by every persisted type.
//!
//! - **Validate on deserialise.** A type derives serde with `#[serde(remote = "Self")]`, which
//!   makes the derived code an inherent function, and [`validated_serde!`] implements the serde
//!   traits by calling it and then [`Validate::validate`]. So a value read from JSON passes
//!   exactly the check its constructor makes, with no hand-copied twin type, and unknown fields
//!   are refused by `deny_unknown_fields` on the same derive.
//! - **Enums by their wire name.** [`wire_enum!`] gives a unit-only enum `Display` and
//!   `FromStr` on its serde name (`"alleenstaand"`), through serde itself, so the two can never
//!   disagree.

use serde::de::DeserializeOwned;
use serde::de::IntoDeserializer;
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::{Deserialize, Serialize, ser};

use crate::error::{Error, Text};
use crate::taal::Taal;

/// A value whose fields are tied by an invariant: one check, used by the constructor, by
/// deserialisation and by a caller who wants to re-check a stored value.
///
/// ```
/// use participatiewet::{Period, Validate};
/// // A period must end after it starts; its JSON is checked like its constructor.
/// assert!(serde_json::from_str::<Period>(r#"{"from":"2025-02-01","to":"2025-01-01"}"#).is_err());
/// let p: Period = serde_json::from_str(r#"{"from":"2025-01-01","to":"2025-02-01"}"#)?;
/// assert!(p.validate().is_ok());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait Validate {
    /// `Ok` when every invariant of the type holds; otherwise the first that does not.
    fn validate(&self) -> Result<(), Error>;
}

/// Implements `Serialize` and `Deserialize` for a type whose derives carry
/// `#[serde(remote = "Self")]`: deserialising runs the derived code and then
/// [`Validate::validate`].
macro_rules! validated_serde {
    ($ty:ty) => {
        impl ::serde::Serialize for $ty {
            fn serialize<SER: ::serde::Serializer>(
                &self,
                serializer: SER,
            ) -> ::core::result::Result<SER::Ok, SER::Error> {
                <$ty>::serialize(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<DE: ::serde::Deserializer<'de>>(
                deserializer: DE,
            ) -> ::core::result::Result<Self, DE::Error> {
                let value = <$ty>::deserialize(deserializer)?;
                $crate::wire::Validate::validate(&value).map_err($crate::wire::refuse)?;
                Ok(value)
            }
        }
    };
}
pub(crate) use validated_serde;

/// How a refused invariant travels through serde, which carries only a message: the field,
/// when it has one, then the English and the Dutch text (`[geboortedatum] ... (nl: ...)`), so
/// [`from_json`] can give the caller the field and both texts back.
/// A single value's refusal (`leaf`) names no field: the path to it does.
pub(crate) struct Refusal<'a> {
    error: &'a Error,
    leaf: bool,
}

impl std::fmt::Display for Refusal<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(field) = self.error.field().filter(|_| !self.leaf) {
            write!(f, "[{field}] ")?;
        }
        write!(
            f,
            "{} (nl: {})",
            self.error.message(Taal::En),
            self.error.message(Taal::Nl)
        )
    }
}

/// The serde error for a value the crate refused: its [`Refusal`] text.
#[allow(
    clippy::needless_pass_by_value,
    reason = "the shape `map_err` passes: the error by value"
)]
pub(crate) fn refuse<E: serde::de::Error>(error: Error) -> E {
    E::custom(Refusal {
        error: &error,
        leaf: false,
    })
}

/// The serde error for a single value (an amount, hours) the crate refused: the value does not
/// know its field, the path to it does, so the [`Refusal`] names none.
#[allow(
    clippy::needless_pass_by_value,
    reason = "the shape `map_err` passes: the error by value"
)]
pub(crate) fn refuse_value<E: serde::de::Error>(error: Error) -> E {
    E::custom(Refusal {
        error: &error,
        leaf: true,
    })
}

/// Reads a value of any of the crate's types from JSON, with the error a form can use.
///
/// Serde itself only carries a message; this reads through [`serde_path_to_error`], so the
/// error names the input by its path of wire names (`feiten.geboortedatum`,
/// `werkverleden[2].uren`), and a refused invariant keeps its Dutch and English text. Errors:
///
/// - JSON that is not well-formed: [`Error::Parse`] with field `json` and the line and column;
/// - a value that does not fit (a missing or unknown field, a wrong type, a refused
///   invariant): [`Error::InvalidFacts`] with the path as its field. Its reason is the crate's
///   own text where the crate refused the value, and serde's English message otherwise.
///
/// ```
/// use participatiewet::{Error, Taal, from_json, bijstand::BijstandFeiten};
/// let ok: BijstandFeiten = from_json(
///     r#"{"geboortedatum":"1990-01-01","huishouden":{"leefvorm":"alleenstaande"},
///         "verblijf":"nederlander","woont_in_nederland":true,"uitsluitingen":[],
///         "medebewoners":[],"inkomsten":"0.00","vermogen":"0.00"}"#,
/// )?;
/// assert_eq!(ok.geboortedatum().to_string(), "1990-01-01");
///
/// let err = from_json::<BijstandFeiten>(r#"{"geboortedatum":"1990-13-01"}"#).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("invalid_facts", Some("geboortedatum")));
///
/// let err = from_json::<BijstandFeiten>("{").unwrap_err();
/// assert_eq!((err.code(), err.field()), ("parse", Some("json")));
/// # Ok::<(), Error>(())
/// ```
pub fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| json_error(e.inner(), &e.path().to_string()))?;
    de.end().map_err(|e| json_error(&e, ""))?;
    Ok(value)
}

/// The crate's error for a serde_json error at `path`.
fn json_error(e: &serde_json::Error, path: &str) -> Error {
    use serde_json::error::Category;
    if matches!(
        e.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        return Error::Parse {
            field: "json".into(),
            input: format!("line {}, column {}", e.line(), e.column()),
            expected: Text::new("goed gevormde JSON", "well-formed JSON"),
        };
    }
    let full = e.to_string();
    // serde_json appends the position; the caller has the path instead.
    let message = full
        .rfind(" at line ")
        .and_then(|i| full.get(..i))
        .unwrap_or(&full);
    let path = if path == "." { "" } else { path };
    if let Some((field, en, nl)) = refusal_parts(message) {
        let field = match (path.is_empty(), field.is_empty()) {
            (true, _) => field.to_owned(),
            (false, true) => path.to_owned(),
            (false, false) => format!("{path}.{field}"),
        };
        return Error::facts(field, Text::owned(nl.to_owned(), en.to_owned()));
    }
    let field = if path.is_empty() { "json" } else { path };
    Error::facts(
        field.to_owned(),
        Text::owned(
            format!("de invoer past niet: {message}"),
            message.to_owned(),
        ),
    )
}

/// The field, English and Dutch text of a [`Refusal`] message.
fn refusal_parts(message: &str) -> Option<(&str, &str, &str)> {
    let (field, rest) = match message.strip_prefix('[') {
        Some(rest) => rest.split_once("] ")?,
        None => ("", message),
    };
    let (en, nl) = rest.rsplit_once(" (nl: ")?;
    Some((field, en, nl.strip_suffix(')')?))
}

/// Implements `Display` and `FromStr` for a unit-only enum on its serde wire name.
macro_rules! wire_enum {
    ($ty:ty) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::wire::wire_name(self))
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::Error;
            fn from_str(s: &str) -> ::core::result::Result<Self, $crate::Error> {
                $crate::wire::from_wire(s, stringify!($ty))
            }
        }
    };
}
pub(crate) use wire_enum;

/// The serde name of a unit variant (`"alleenstaand"`); the empty string for anything else.
pub(crate) fn wire_name<T: Serialize + ?Sized>(value: &T) -> &'static str {
    value.serialize(NameSerializer).unwrap_or("")
}

/// Reads a unit variant from its serde name; a typed error listing what was expected.
pub(crate) fn from_wire<T: for<'de> Deserialize<'de>>(
    s: &str,
    what: &'static str,
) -> Result<T, Error> {
    let de: StrDeserializer<'_, ValueError> = s.into_deserializer();
    T::deserialize(de).map_err(|e| Error::Parse {
        field: what.into(),
        input: s.to_owned(),
        expected: Text::owned(
            format!("een waarde van {what} ({e})"),
            format!("a value of {what} ({e})"),
        ),
    })
}

/// A serializer that only captures the name of a unit variant.
struct NameSerializer;

#[derive(Debug)]
struct NotAName;

impl std::fmt::Display for NotAName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}
impl std::error::Error for NotAName {}
impl ser::Error for NotAName {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        NotAName
    }
}

macro_rules! refuse {
    ($($name:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $arg),*) -> Result<Self::Ok, Self::Error> { Err(NotAName) })*
    };
}

impl ser::Serializer for NameSerializer {
    type Ok = &'static str;
    type Error = NotAName;
    type SerializeSeq = ser::Impossible<&'static str, NotAName>;
    type SerializeTuple = ser::Impossible<&'static str, NotAName>;
    type SerializeTupleStruct = ser::Impossible<&'static str, NotAName>;
    type SerializeTupleVariant = ser::Impossible<&'static str, NotAName>;
    type SerializeMap = ser::Impossible<&'static str, NotAName>;
    type SerializeStruct = ser::Impossible<&'static str, NotAName>;
    type SerializeStructVariant = ser::Impossible<&'static str, NotAName>;

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAName> {
        Ok(variant)
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAName> {
        Err(NotAName)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAName> {
        Err(NotAName)
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::{NotAName, wire_name};

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Voorbeeld {
        Alleenstaand,
        MetWaarde(u8),
    }

    #[derive(Serialize)]
    struct Omhulsel(u8);

    /// Only a unit variant has a wire name; every other shape gives the empty string.
    #[test]
    fn only_a_unit_variant_has_a_wire_name() {
        assert_eq!(wire_name(&Voorbeeld::Alleenstaand), "alleenstaand");
        assert_eq!(wire_name(&Voorbeeld::MetWaarde(1)), "");
        assert_eq!(wire_name(&Some(Voorbeeld::Alleenstaand)), "");
        assert_eq!(wire_name(&Omhulsel(1)), "");
        assert_eq!(wire_name(&[1_u8]), "");
        assert_eq!(wire_name("tekst"), "");
        assert_eq!(NotAName.to_string(), "not a unit variant");
    }
}
