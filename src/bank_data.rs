//! The question bank, compiled from questions/*.md and packed by build.rs.

use std::sync::LazyLock;

use drill_core::bank::Bank;
use drill_core::bank::packed::unpack;

/// Unpacked on first use. In a cold browser this took 1-4 ms with the real
/// bank and 20-57 ms with 10,000 questions, and saved 16 KB and 479 KB of
/// brotli download against embedding the questions as static data.
pub static BANK: LazyLock<Bank> = LazyLock::new(|| {
    let text = include_str!(concat!(env!("OUT_DIR"), "/bank.txt"));
    let layout = include_bytes!(concat!(env!("OUT_DIR"), "/bank.layout"));
    unpack(text, layout).unwrap_or_else(|error| panic!("{error}"))
});
