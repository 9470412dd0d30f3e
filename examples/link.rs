//! Prints the share-link fragment for an EfA-Check JSON document, e.g. for
//! a provider who prepares a template link:
//!
//! `cargo run --example link -- vorlage.json` → `v2.eJx…`
//!
//! Append the output to the app's address after `#`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Aufruf: cargo run --example link -- DATEI.json");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match efa_check::share::from_json(&text) {
        Ok(assessment) => println!("{}", efa_check::share::link::encode(&assessment)),
        Err(e) => {
            eprintln!("{path}: kein gültiges EfA-Check-Dokument: {e:?}");
            std::process::exit(1);
        }
    }
}
