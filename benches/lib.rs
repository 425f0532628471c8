//! The criterion benchmarks of `participatiewet`: `cargo bench -p participatiewet-benches`
//! (or `cargo bench --workspace`). This library is empty; each bench is a file beside it.
