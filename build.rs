//! Compiles questions/*.md into static Rust data before the app builds, so a
//! broken question file fails the build with `path:line: what is wrong`.

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
    let source = drill_core::compiler::to_rust_source(&bank, "::drill_core");
    std::fs::write(out.join("bank.rs"), source).expect("OUT_DIR is writable");
}
