//! The Excel export opened in LibreOffice Calc: every fixture's workbook
//! is recalculated from its formulas (it carries no cached results, and
//! the test's LibreOffice profile recalculates every file on loading),
//! and the KW, KW haushaltswirksam, KW nicht haushaltswirksam and payback
//! read back equal the app's within 1 €. Hostile text stays text.
//!
//! Needs `soffice` (scripts/setup.sh installs Debian's
//! libreoffice-calc-nogui). Without it the tests say so loudly and pass,
//! unless `EFA_REQUIRE_SOFFICE=1` (scripts/test.sh sets it), which turns
//! the missing program into a failure.
#![cfg(not(target_arch = "wasm32"))]

mod exports;

use std::path::{Path, PathBuf};
use std::process::Command;

use efa_check::export::xlsx::workbook;
use efa_check::model::comparison::compare;
use efa_check::model::sharing::evaluate_bodies;
use efa_check::model::{Assessment, Evaluation, Payback};
use efa_check::text::export::xt;
use exports::{fixture, hostile_document, with_alternatives_and_sharing, FIXTURES, HOSTILE};

/// LibreOffice's setting "recalculate Excel 2007 and newer files on
/// loading: always" (0), in a profile of the test's own.
const RECALC_ALWAYS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#;

/// Whether LibreOffice is there; if not, says so loudly (or fails, see
/// the module documentation).
fn soffice_present() -> bool {
    let found = Command::new("soffice").arg("--version").output().is_ok();
    if !found {
        let message = "soffice (LibreOffice) not found: the workbook was NOT checked. \
                       Run scripts/setup.sh test to install libreoffice-calc-nogui.";
        assert!(
            std::env::var("EFA_REQUIRE_SOFFICE").as_deref() != Ok("1"),
            "{message}"
        );
        eprintln!("\n!!!!!!!! WARNING: {message} !!!!!!!!\n");
    }
    found
}

/// A fresh directory for one test's files and LibreOffice profile.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("efa-xlsx-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("profile/user")).unwrap();
    std::fs::write(
        dir.join("profile/user/registrymodifications.xcu"),
        RECALC_ALWAYS,
    )
    .unwrap();
    dir
}

/// Writes each workbook as `<stem>.xlsx`, has LibreOffice recalculate
/// and save every sheet as CSV (`<stem>-<sheet>.csv`, semicolons, values
/// unformatted), in one run.
fn convert(dir: &Path, books: &[(String, Vec<u8>)]) {
    let mut files = Vec::new();
    for (stem, bytes) in books {
        let file = dir.join(format!("{stem}.xlsx"));
        std::fs::write(&file, bytes).unwrap();
        files.push(file);
    }
    let profile = format!("file://{}", dir.join("profile").display());
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--calc", "--convert-to"])
        // Semicolon, double quote, UTF-8, from line 1; not "as shown",
        // so numbers come unrounded; -1: every sheet to its own file.
        .arg("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1")
        .arg("--outdir")
        .arg(dir)
        .args(&files)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice: {status:?}");
}

/// The rows of one sheet as LibreOffice wrote it.
fn sheet(dir: &Path, stem: &str, sheet: &str) -> Vec<Vec<String>> {
    let path = dir.join(format!("{stem}-{sheet}.csv"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The recalculated value (column B) of the row labelled `label`.
fn value(rows: &[Vec<String>], label: &str) -> String {
    rows.iter()
        .find(|r| r[0] == label)
        .unwrap_or_else(|| panic!("no row {label:?} in {rows:?}"))[1]
        .clone()
}

fn euros(rows: &[Vec<String>], label: &str) -> f64 {
    let cell = value(rows, label);
    cell.parse()
        .unwrap_or_else(|_| panic!("{label}: {cell:?} is not a recalculated number"))
}

/// The Ergebnis sheet agrees with the model within 1 €.
fn check(rows: &[Vec<String>], e: &Evaluation, what: &str) {
    let x = xt();
    let kw = &e.kapitalwert;
    for (label, expected) in [
        (x.kw_total, kw.total),
        (x.kw_h, kw.haushaltswirksam),
        (x.kw_nh, kw.nicht_haushaltswirksam),
        (x.kw_citizens, kw.citizens),
    ] {
        let got = euros(rows, label);
        assert!(
            (got - expected).abs() < 1.0,
            "{what}: {label} is {got} in LibreOffice, {expected} in the app"
        );
    }
    let payback = value(rows, x.payback_year);
    match e.payback {
        Payback::Year(t) => assert_eq!(payback, t.to_string(), "{what}"),
        Payback::NotWithinHorizon => assert_eq!(payback, x.payback_none, "{what}"),
    }
}

#[test]
fn every_fixture_recalculates_to_the_apps_kapitalwert() {
    if !soffice_present() {
        return;
    }
    let dir = scratch("fixtures");
    let docs: Vec<(String, Assessment)> = FIXTURES
        .iter()
        .map(|name| (name.to_string(), fixture(name)))
        .chain([("alternativen".to_string(), with_alternatives_and_sharing())])
        .collect();
    let books: Vec<(String, Vec<u8>)> = docs
        .iter()
        .map(|(stem, a)| (stem.clone(), workbook(a).unwrap()))
        .collect();
    convert(&dir, &books);
    let x = xt();
    for (stem, a) in &docs {
        let comparison = compare(a);
        for (i, alt) in comparison.alternatives.iter().enumerate() {
            let name = if i == 0 {
                x.results.to_string()
            } else {
                format!("{} ({})", x.results, i + 1)
            };
            check(
                &sheet(&dir, stem, &name),
                &alt.evaluation,
                &format!("{stem} {name}"),
            );
        }
        if comparison.alternatives.len() > 1 {
            let rows = sheet(&dir, stem, x.comparison_sheet);
            for (k, alt) in comparison.alternatives.iter().enumerate() {
                let got: f64 = rows[2 + k][1].parse().unwrap();
                assert!((got - alt.evaluation.kapitalwert.total).abs() < 1.0);
            }
        }
        if let Some(sharing) = &a.sharing {
            let rows = sheet(&dir, stem, x.sharing);
            let bodies = evaluate_bodies(a, sharing).unwrap();
            assert_eq!(
                rows.len(),
                2 + bodies.len(),
                "{stem}: title, header, bodies"
            );
            for (row, body) in rows[2..].iter().zip(&bodies) {
                assert_eq!(row[2].parse::<f64>().unwrap(), body.share.one_time.euros());
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_text_stays_text_in_the_workbook() {
    if !soffice_present() {
        return;
    }
    let dir = scratch("hostile");
    let books: Vec<(String, Vec<u8>)> = HOSTILE
        .iter()
        .enumerate()
        .map(|(k, payload)| {
            (
                format!("h{k}"),
                workbook(&hostile_document(payload)).unwrap(),
            )
        })
        .collect();
    convert(&dir, &books);
    let x = xt();
    for (k, payload) in HOSTILE.iter().enumerate() {
        let rows = sheet(&dir, &format!("h{k}"), x.inputs);
        // XML reads a CRLF inside a text as LF.
        let payload = &payload.replace("\r\n", "\n");
        // Had the text become a formula, LibreOffice would show its
        // result ("1" for "+1", an error for "=cmd|…"), not the text.
        assert_eq!(rows[1][1], *payload, "service");
        assert_eq!(rows[2][1], *payload, "Kommune");
        let notes = rows
            .iter()
            .filter(|r| r.len() > 5 && r[5] == *payload)
            .count();
        assert!(notes >= 2, "{payload:?}: the two notes, verbatim");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
