//! The import rules of `src/ui/` (ARCHITECTURE.md): feature folders point
//! one way, so no two ui modules import each other. Read from the sources,
//! since the ui only builds for wasm32.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The top-level ui module a file belongs to: `form`, `results`, `saved`,
/// `view`, `widgets`, or `app` for `src/ui/mod.rs`.
fn module_of(relative: &Path) -> String {
    let first = relative
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    match first.strip_suffix(".rs") {
        Some("mod") => "app".to_string(),
        Some(name) => name.to_string(),
        None => first,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ui is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which top-level ui modules each one names through `crate::ui::…`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let module = module_of(file.strip_prefix(&root).unwrap());
        // Doc comments may name any module; only code counts.
        let source: String = fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let used = graph.entry(module.clone()).or_default();
        for (i, _) in source.match_indices("crate::ui::") {
            let rest = &source[i + "crate::ui::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name != module && !name.is_empty() {
                used.insert(name);
            }
        }
        // A file in a feature folder reaching out of it with `super::`
        // would hide an import from the rule; only the folder's own
        // front file and siblings may be named that way.
        let depth = file.strip_prefix(&root).unwrap().components().count();
        if depth == 1 && module != "app" {
            assert!(
                !source.contains("super::"),
                "{} uses super:: to reach the app module",
                file.display()
            );
        }
    }
    graph
}

#[test]
fn ui_modules_import_one_way() {
    let graph = imports();
    for module in [
        "form", "language", "present", "report", "results", "saved", "view", "widgets",
    ] {
        assert!(graph.contains_key(module), "src/ui/{module} is missing");
    }
    let allowed: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("widgets", &[][..]),
        ("view", &[][..]),
        ("results", &["view", "widgets"][..]),
        ("form", &["view", "widgets"][..]),
        ("report", &["view", "widgets"][..]),
        ("saved", &["form", "view", "widgets"][..]),
        ("language", &["saved"][..]),
        (
            "present",
            &["form", "results", "saved", "view", "widgets"][..],
        ),
    ]);
    for (module, used) in &graph {
        if module == "app" {
            continue;
        }
        let may = allowed
            .get(module.as_str())
            .unwrap_or_else(|| panic!("src/ui/{module} is not in the rule; add it"));
        for name in used {
            assert!(
                may.contains(&name.as_str()),
                "src/ui/{module} imports crate::ui::{name}, against the rule in ARCHITECTURE.md"
            );
        }
    }
}

#[test]
fn no_file_in_a_feature_folder_reaches_the_app() {
    // `crate::ui::App` or a helper defined in ui/mod.rs would be a cycle.
    let graph = imports();
    for (module, used) in &graph {
        assert!(
            !used.contains("App") && !used.contains("app"),
            "src/ui/{module} imports the app module"
        );
    }
}
