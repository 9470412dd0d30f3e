//! In-browser component tests for the print report: what "Bericht
//! drucken" prepares before it prints.

use super::{settle, Mounted};
use efa_check::model::Field;
use efa_check::text::form::field_text;
use efa_check::ui::widgets::dom::prepare_print;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_prepared_report_lists_every_input_with_its_value_and_the_link() {
    // Guards against a printed report that misses inputs, shows a value
    // older than the form's, or lacks the link that reopens it.
    let app = Mounted::app();
    settle().await;
    assert!(
        app.find("#report-assumptions tbody").is_none(),
        "nothing is drawn before printing"
    );
    app.type_into(Field::CasesPerYear, "1.234");
    settle().await;
    prepare_print();
    settle().await;

    let rows = app
        .root
        .query_selector_all("#report-assumptions tbody tr:not(.report-table__group)")
        .unwrap();
    assert_eq!(
        rows.length() as usize,
        Field::ALL.len(),
        "one row per input"
    );
    let groups = app
        .root
        .query_selector_all("#report-assumptions .report-table__group")
        .unwrap();
    assert_eq!(groups.length(), 7, "one group per part of the form");
    let label = field_text(Field::CasesPerYear).label;
    let row = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .find(|r| r.text_content().unwrap_or_default().starts_with(label))
        .expect("a row for the case number");
    assert!(
        row.text_content().unwrap_or_default().contains("1.234"),
        "the typed value: {:?}",
        row.text_content()
    );
    assert!(app.text("#report-head").contains("Hundesteuer"));
    assert!(app.text("#report-link-url").contains("#v"));
    assert!(app.find("#report-link .report-link__qr svg").is_some());
}
