//! The words the user reads: no English jargon and no "Umschlagpunkt"
//! in the German texts (issue 11). Read from the sources of `src/text/`,
//! where every user-visible string lives (ARCHITECTURE.md): every file
//! except the English ones (`en.rs`), where "break-even" is English.

use std::fs;
use std::path::Path;

/// Terms a Kämmerer should not have to translate, with the German gloss
/// they may still appear in, in parentheses behind the German word.
const BANNED: [(&str, Option<&str>); 6] = [
    ("1st", Some("(1st Level)")),
    ("2nd", Some("(2nd Level)")),
    ("Break-even", None),
    ("Lock-in", None),
    ("Umschlagpunkt", None),
    ("kippt", None),
];

#[test]
fn texts_say_it_in_german_or_gloss_it() {
    // Guards against "1st-Level-Kontakte", "Break-even-Fallzahl",
    // "Lock-in-Risiko" and "kippt im zulässigen Bereich nicht" coming back.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text");
    let mut found = Vec::new();
    for path in german_sources(&dir) {
        let source = fs::read_to_string(&path).unwrap();
        // Only code: comments (and the tests' explanations) may name the
        // old words.
        let code = source.split("#[cfg(").next().unwrap_or(&source);
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for (term, gloss) in BANNED {
                let glossed = gloss.map_or(0, |g| line.matches(g).count());
                if line.matches(term).count() > glossed {
                    found.push(format!("{}:{}: {term}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// The text sources below `dir` that hold German: every `.rs` file but the
/// English ones.
fn german_sources(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(german_sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "en.rs")
        {
            files.push(path);
        }
    }
    files
}
