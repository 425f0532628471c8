//! The whole caseload pipeline over a generated caseload of 1,000,000 people (deterministic,
//! generated before timing), reported as people per second.
//!
//! `cargo bench --bench caseload -- --warm-up-time 1 --measurement-time 3`

#![allow(clippy::unwrap_used, clippy::expect_used)]
// Reason: `criterion_group!` generates a public function without docs.
#![allow(missing_docs)]

#[allow(dead_code, reason = "the bench uses part of the example's pipeline")]
#[path = "../examples/pipeline/mod.rs"]
mod pipeline;

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const PEOPLE: u32 = 1_000_000;

fn caseload(c: &mut Criterion) {
    let people = pipeline::data::generate(PEOPLE, 2017);
    let omgeving = pipeline::Omgeving::voorbeeld();
    let peildatum = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut group = c.benchmark_group("caseload");
    group.sample_size(10);
    group.throughput(Throughput::Elements(u64::from(PEOPLE)));
    group.bench_function("one_million_people", |b| {
        b.iter(|| pipeline::run(black_box(&people), black_box(peildatum), &omgeving));
    });
    group.finish();
}

criterion_group!(benches, caseload);
criterion_main!(benches);
