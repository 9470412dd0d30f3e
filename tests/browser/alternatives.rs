//! Component tests of the alternatives: the comparison as a view of any
//! document, and the form's choice writing back what was typed into the
//! alternative being edited.

use efa_check::format;
use efa_check::model::comparison::compare;
use efa_check::model::{Assessment, Field};
use efa_check::share::examples;
use efa_check::ui::results::comparison::ComparisonResults;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use super::{settle, Mounted};

/// The starting example with "Eigenentwicklung": 25 minutes saved instead
/// of 18, a connection fee of 20.000 €.
fn with_alternative() -> Assessment {
    let mut a = examples::starting();
    assert!(a.add_alternative("Eigenentwicklung"));
    a.set_in_variant(1, Field::MinutesSaved, 25.0);
    a.set_in_variant(1, Field::ConnectionFee, 20_000.0);
    a
}

#[wasm_bindgen_test]
async fn the_comparison_shows_each_alternative_as_the_model_computes_it() {
    let a = with_alternative();
    let expected = compare(&a);
    let view = Mounted::view(move || {
        let doc = RwSignal::new(a);
        view! { <ComparisonResults document=doc.into() /> }
    });
    settle().await;
    let heads: Vec<String> = (1..=2)
        .map(|k| view.text(&format!("#compare-table thead th:nth-child({})", k + 1)))
        .collect();
    assert_eq!(heads, ["EfA-Nachnutzung", "Eigenentwicklung"]);
    for (k, alt) in expected.alternatives.iter().enumerate() {
        assert_eq!(
            view.text(&format!(
                "#compare-table tbody tr:first-child td:nth-child({})",
                k + 2
            )),
            format::euro_signed(alt.evaluation.kapitalwert.total)
        );
    }
    let ranking = expected.ranking.expect("both have a verdict");
    assert!(view.text("#compare-best").contains(if ranking.best == 0 {
        "„EfA-Nachnutzung“"
    } else {
        "„Eigenentwicklung“"
    }));
    // The follow-up task has filled in the spread from the example's ranges.
    settle().await;
    assert_eq!(
        view.get("#compare-table")
            .get_attribute("aria-busy")
            .as_deref(),
        Some("false")
    );
    assert!(view.text("#compare-table tbody").contains('%'));
}

#[wasm_bindgen_test]
async fn one_alternative_shows_no_comparison() {
    let view = Mounted::view(move || {
        let doc = RwSignal::new(examples::starting());
        view! { <ComparisonResults document=doc.into() /> }
    });
    settle().await;
    assert!(view.find("#comparison").is_none());
}

#[wasm_bindgen_test]
async fn a_value_typed_into_an_added_alternative_becomes_its_difference_from_the_first() {
    let app = Mounted::app();
    settle().await;
    app.get("#alt-add").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(app.find("#comparison").is_some());
    app.type_into(Field::MinutesSaved, "25");
    settle().await;
    assert!(app
        .text("#f-minutes-saved-differs")
        .contains("dort: 18 Minuten"));
    // The first keeps its value: choosing it shows 18 again, unmarked.
    app.get("#alt-0").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(app.input(Field::MinutesSaved).value(), "18");
    assert!(app.find("#f-minutes-saved-differs").is_none());
    // And the comparison holds both.
    assert_ne!(
        app.text("#compare-table tbody tr:first-child td:nth-child(2)"),
        app.text("#compare-table tbody tr:first-child td:nth-child(3)")
    );
}
