//! The CSV export read back as a spreadsheet would: BOM, semicolons,
//! CRLF, a decimal comma, and the numbers equal to the model's. And
//! hostile text in every text field stays text (Formelinjektion).
#![cfg(not(target_arch = "wasm32"))]

mod exports;

use efa_check::export::csv::{document, inert};
use efa_check::model::comparison::compare;
use efa_check::model::sharing::evaluate_bodies;
use efa_check::model::{evaluate, Assessment, Field, Payback};
use efa_check::text::export::{column_header, xt};
use efa_check::text::form::field_text;
use exports::{fixture, hostile_document, with_alternatives_and_sharing, FIXTURES, HOSTILE};

/// The records of a CSV export, parsed by the `csv` crate with Excel's
/// German settings (semicolon, double quote). A blank line, which ends a
/// block, becomes an empty record (the crate itself skips blank lines).
fn records(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut rows = Vec::new();
    for chunk in body.split("\r\n\r\n") {
        let reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(chunk.as_bytes())
            .into_records();
        rows.extend(reader.map(|r| r.unwrap().iter().map(str::to_string).collect()));
        rows.push(Vec::new());
    }
    rows
}

/// A cell with a decimal comma as a number.
fn number(cell: &str) -> f64 {
    cell.replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {cell:?}"))
}

/// The rows after the title row `title` (the `nth` such block), up to the
/// next empty row.
fn block<'a>(rows: &'a [Vec<String>], title: &str, nth: usize) -> &'a [Vec<String>] {
    let start = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.len() == 1 && r[0] == title)
        .nth(nth)
        .unwrap_or_else(|| panic!("no block {title:?} #{nth}"))
        .0
        + 1;
    let len = rows[start..]
        .iter()
        .position(Vec::is_empty)
        .unwrap_or(rows.len() - start);
    &rows[start..start + len]
}

/// The value cell of the row labelled `label` in a block.
fn value_of<'a>(block: &'a [Vec<String>], label: &str) -> &'a str {
    &block
        .iter()
        .find(|r| r[0] == label)
        .unwrap_or_else(|| panic!("no row {label:?}"))[1]
}

#[test]
fn every_fixture_reads_back_with_the_models_numbers() {
    for name in FIXTURES {
        let a = fixture(name);
        let csv = document(&a);
        assert!(csv.starts_with('\u{feff}'), "{name}: BOM");
        // Every line ends in CRLF; no bare LF.
        assert_eq!(
            csv.matches('\n').count(),
            csv.matches("\r\n").count(),
            "{name}"
        );
        let rows = records(&csv);
        let e = evaluate(&a);
        let x = xt();

        let results = block(&rows, x.results, 0);
        let kw = &e.kapitalwert;
        // Written unrounded, so read back exactly.
        assert_eq!(number(value_of(results, x.kw_total)), kw.total, "{name}");
        assert_eq!(number(value_of(results, x.kw_h)), kw.haushaltswirksam);
        assert_eq!(
            number(value_of(results, x.kw_nh)),
            kw.nicht_haushaltswirksam
        );
        assert_eq!(number(value_of(results, x.kw_citizens)), kw.citizens);
        match e.payback {
            Payback::Year(t) => assert_eq!(number(value_of(results, x.payback_year)), t as f64),
            Payback::NotWithinHorizon => {
                assert_eq!(value_of(results, x.payback_year), x.payback_none)
            }
        }

        let years = block(&rows, x.years, 0);
        assert_eq!(years[0][0], column_header(efa_check::export::Column::Year));
        assert_eq!(years.len(), e.years.len() + 1, "{name}: header + T+1 years");
        let discounted = efa_check::export::Column::csv()
            .iter()
            .position(|&c| c == efa_check::export::Column::Discounted)
            .unwrap();
        for (row, model) in years[1..].iter().zip(&e.years) {
            assert_eq!(number(&row[0]), model.t as f64);
            assert_eq!(number(&row[discounted]), model.discounted_net);
        }
        let sum: f64 = years[1..].iter().map(|r| number(&r[discounted])).sum();
        assert!((sum - kw.total).abs() < 1e-6, "{name}: Σ Barwert = KW");

        let inputs = block(&rows, x.inputs, 0);
        for &field in Field::ALL {
            let row = inputs
                .iter()
                .find(|r| r[1] == field_text(field).label)
                .unwrap_or_else(|| panic!("{name}: no input {field:?}"));
            assert_eq!(number(&row[2]), field.get(&a), "{name}: {field:?}");
        }
    }
}

#[test]
fn a_reference_value_carries_its_source_and_stand() {
    let a = Assessment::with_reference_defaults();
    let rows = records(&document(&a));
    let inputs = block(&rows, xt().inputs, 0);
    let rate = inputs
        .iter()
        .find(|r| r[1] == field_text(Field::DiscountRate).label)
        .unwrap();
    assert!(rate[4].contains("BMF"), "{rate:?}");
    assert!(rate[4].contains("Stand"), "{rate:?}");
}

#[test]
fn the_comparison_and_the_kostenteilung_have_their_blocks() {
    let a = with_alternatives_and_sharing();
    let rows = records(&document(&a));
    let x = xt();
    let comparison = compare(&a);
    // One Ergebnis block per alternative, each with its own KW.
    for (i, alt) in comparison.alternatives.iter().enumerate() {
        let results = block(&rows, x.results, i);
        assert_eq!(
            number(value_of(results, x.kw_total)),
            alt.evaluation.kapitalwert.total
        );
    }
    assert_ne!(
        comparison.alternatives[0].evaluation.kapitalwert.total,
        comparison.alternatives[1].evaluation.kapitalwert.total
    );
    let table = block(&rows, x.comparison, 0);
    assert_eq!(table.len(), 3, "header and two alternatives");
    assert_eq!(table[2][0], "Eigenentwicklung");
    assert_eq!(
        number(&table[2][1]),
        comparison.alternatives[1].evaluation.kapitalwert.total
    );

    let bodies = evaluate_bodies(&a, a.sharing.as_ref().unwrap()).unwrap();
    let split = block(&rows, x.sharing, 0);
    assert_eq!(split.len(), 1 + bodies.len());
    assert_eq!(split[2][0], "Gemeinde B");
    for (row, body) in split[1..].iter().zip(&bodies) {
        assert_eq!(number(&row[2]), body.share.one_time.euros());
        assert_eq!(number(&row[3]), body.share.yearly.euros());
        assert_eq!(number(&row[4]), body.evaluation.kapitalwert.total);
    }
}

/// Whether a spreadsheet would take this cell, as read from the file,
/// for a formula.
fn live(cell: &str) -> bool {
    let number = cell.replace(',', ".").parse::<f64>().is_ok();
    !number && cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[test]
fn hostile_text_stays_inert_and_numbers_stay_numbers() {
    for payload in HOSTILE {
        let a = hostile_document(payload);
        let csv = document(&a);
        let rows = records(&csv);
        let cells: Vec<&String> = rows.iter().flatten().collect();
        assert!(
            cells.iter().all(|c| !live(c)),
            "{payload:?}: a live cell in {:?}",
            cells.iter().filter(|c| live(c)).collect::<Vec<_>>()
        );
        // The payload is all there, behind the apostrophe where needed:
        // at least service, Kommune, two notes, four checklist cells and
        // the template's two (names of alternatives and bodies are shown
        // trimmed, as on screen).
        let expected = inert(payload);
        let count = cells.iter().filter(|c| ***c == *expected).count();
        assert!(count >= 10, "{payload:?}: found {count} times");
        // A negative amount is still a number (the Förderung column, a
        // negative KW).
        assert!(cells.iter().any(|c| c.starts_with('-') && !live(c)));
    }
}

#[test]
fn inert_leaves_harmless_text_alone() {
    assert_eq!(inert("Musterstadt"), "Musterstadt");
    assert_eq!(inert("=1+1"), "'=1+1");
    assert_eq!(inert("-1"), "'-1");
    assert_eq!(inert(" =1"), " =1");
}
