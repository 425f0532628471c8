//! The heap allocations of the crate's paths: the value paths make none, a decision with its
//! grounds makes at most one (issue: cheap grounds). Run with `cargo test -p participatiewet-allocs`.

use chrono::NaiveDate;
use participatiewet::{
    Citation, Code, Decision, Eligibility, Ground, Kind, Money, Parameters, Regulation, Slot, Value,
};
use participatiewet_allocs::{Counting, count};

#[global_allocator]
static ALLOC: Counting = Counting;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

static NORM: Code = Code::new(
    "allocs_test_norm",
    &[Slot::new("norm", Kind::Money)],
    "De norm is {norm}.",
    "The norm is {norm}.",
);

#[test]
fn parameter_lookups_do_not_allocate() {
    let p = Parameters::bundled();
    let (wml, a) = count(|| {
        p.minimumloon_per_maand(d(1980, 1, 1), d(2026, 1, 1))
            .unwrap()
    });
    assert_eq!(wml.to_string(), "2294.40");
    assert_eq!(a.count, 0, "{a:?}");
    let (aow, a) = count(|| p.aow_datum(d(1961, 1, 15)).unwrap());
    assert_eq!(aow, d(2028, 4, 15));
    assert_eq!(a.count, 0, "{a:?}");
}

#[test]
fn a_decision_with_grounds_allocates_once() {
    let norm = Money::from_cents(140_150).unwrap();
    let c = Citation::article(Regulation::Participatiewet, "21");
    let (decision, a) = count(|| {
        let g = Ground::new(&NORM, c.clone(), [Value::Money(norm)]);
        let mut d = Decision::with_capacity(Eligibility::Eligible(norm), g.clone(), 4);
        for _ in 0..4 {
            d.push(g.clone());
        }
        d
    });
    assert_eq!(decision.grounds().len(), 4);
    assert_eq!(a.count, 1, "{a:?}");
    println!(
        "decision with 4 grounds: {} allocation, {} bytes",
        a.count, a.bytes
    );
}
