//! The invariants the fuzz targets check, one module per library.
//!
//! The regression tests in `crates/*/tests/fuzz_regressions.rs` include
//! these files with `#[path]`, so a saved crash is replayed against exactly
//! the checks that caught it. Each check returns a description of the
//! broken invariant; the fuzz targets turn it into a panic (a libFuzzer
//! crash).

pub mod extract;
pub mod numbers;
pub mod review;
