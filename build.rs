//! Compiles questions/*.md before the app builds, so a broken question file
//! fails the build with `path:line: what is wrong`, and packs the result for
//! the app to embed (drill-core's `bank::packed`).

use std::path::PathBuf;

fn main() {
    // A synthetic bank can be swapped in to measure how the app scales.
    let dir = std::env::var("DRILL_BANK_DIR").unwrap_or_else(|_| "questions".into());
    println!("cargo::rerun-if-env-changed=DRILL_BANK_DIR");
    println!("cargo::rerun-if-changed={dir}");
    let (bank, _seed) = match drill_core::compiler::compile_dir(&PathBuf::from(&dir)) {
        Ok(compiled) => compiled,
        Err(errors) => {
            eprintln!("the question bank has {} problem(s):", errors.len());
            for error in errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let packed = bank.pack();
    std::fs::write(out.join("bank.txt"), packed.text).expect("OUT_DIR is writable");
    std::fs::write(out.join("bank.layout"), packed.layout).expect("OUT_DIR is writable");
}
