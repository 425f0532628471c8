//! The codes of the hand-over's effects. Each is stable (its wire name never changes) and
//! its templates use the one slot `{datum}`.

use crate::decision::{Code, Kind, Slot};

const DATUM: &[Slot] = &[Slot::new("datum", Kind::Date)];

/// From this day the municipality informs the person about bijstand after the WW (municipal
/// policy, the information window before the WW ends).
pub(crate) static INFORMEREN_VANAF: Code = Code::new(
    "overgang_informeren_vanaf",
    DATUM,
    "De gemeente informeert u vanaf {datum} over bijstand na het einde van uw WW-uitkering.",
    "The municipality informs you from {datum} about bijstand after your WW benefit ends.",
);

/// The earliest melding of a person under 27 with WW (Pw art. 41 lid 6).
pub(crate) static VROEGSTE_MELDING: Code = Code::new(
    "overgang_vroegste_melding",
    DATUM,
    "U kunt zich vanaf {datum} melden voor bijstand.",
    "You may report for bijstand from {datum}.",
);

/// The last day of the search period of four weeks after the melding (Pw art. 41 lid 4).
pub(crate) static ZOEKTERMIJN_EINDE: Code = Code::new(
    "overgang_zoektermijn_einde",
    DATUM,
    "Uw zoektermijn van vier weken na uw melding loopt tot en met {datum}.",
    "Your search period of four weeks after your melding runs until {datum} inclusive.",
);

/// The first day the application may be submitted (Pw art. 41 lid 4).
pub(crate) static VROEGSTE_AANVRAAG: Code = Code::new(
    "overgang_vroegste_aanvraag",
    DATUM,
    "U kunt vanaf {datum} bijstand aanvragen.",
    "You may apply for bijstand from {datum}.",
);

/// The first day without WW (WW art. 42: the end of the benefit's duration).
pub(crate) static WW_EINDE: Code = Code::new(
    "overgang_ww_einde",
    DATUM,
    "Uw WW-uitkering eindigt; {datum} is de eerste dag zonder WW.",
    "Your WW benefit ends; {datum} is the first day without WW.",
);

/// The day bijstand would start if granted (Pw art. 44 lid 1).
pub(crate) static VERWACHTE_INGANG: Code = Code::new(
    "overgang_verwachte_ingang",
    DATUM,
    "Als u recht hebt op bijstand, gaat de bijstand in op {datum}.",
    "If you are entitled to bijstand, it starts on {datum}.",
);

/// The last day of the college's decision term on the application (Awb art. 4:13, or the
/// municipality's own term).
pub(crate) static BESLISTERMIJN: Code = Code::new(
    "overgang_beslistermijn",
    DATUM,
    "Het college beslist uiterlijk op {datum} op uw aanvraag.",
    "The college decides on your application by {datum}.",
);

/// The start of the bijstand decided (Pw art. 44 lid 1, or lid 3 for a culpably late
/// application).
pub(crate) static INGANG_BIJSTAND: Code = Code::new(
    "overgang_ingang_bijstand",
    DATUM,
    "Uw bijstand gaat in op {datum}.",
    "Your bijstand starts on {datum}.",
);

/// The start of the IOW instead of bijstand (IOW art. 3).
pub(crate) static INGANG_IOW: Code = Code::new(
    "overgang_ingang_iow",
    DATUM,
    "Uw IOW-uitkering gaat in op {datum}.",
    "Your IOW benefit starts on {datum}.",
);

/// The first day a measure lowers the bijstand (Pw art. 18).
pub(crate) static MAATREGEL_INGANG: Code = Code::new(
    "overgang_maatregel_ingang",
    DATUM,
    "Uw bijstand wordt vanaf {datum} verlaagd door een maatregel.",
    "A measure lowers your bijstand from {datum}.",
);

/// The first day after a measure's period: the bijstand is paid without that lowering again
/// (Pw art. 18).
pub(crate) static MAATREGEL_EINDE: Code = Code::new(
    "overgang_maatregel_einde",
    DATUM,
    "Vanaf {datum} wordt uw bijstand niet meer door deze maatregel verlaagd.",
    "From {datum} this measure no longer lowers your bijstand.",
);

/// The first day without bijstand after its end (the article of the reason).
pub(crate) static BIJSTAND_EINDE: Code = Code::new(
    "overgang_bijstand_einde",
    DATUM,
    "Uw bijstand eindigt; {datum} is de eerste dag zonder bijstand.",
    "Your bijstand ends; {datum} is the first day without bijstand.",
);
