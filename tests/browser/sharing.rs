//! In-browser component tests of the Kostenteilung: the form section
//! (bodies, key, typed figures, the checkbox) and the results' split.

use super::{dispatch, settle, Mounted};
use efa_check::model::Field;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

fn input(app: &Mounted, id: &str) -> HtmlInputElement {
    app.get(&format!("#{id}")).unchecked_into()
}

/// Types into an input by id, as the browser reports it.
fn type_id(app: &Mounted, id: &str, text: &str) {
    let el = input(app, id);
    el.set_value(text);
    dispatch(&el, "input");
}

/// Ticks a checkbox or picks a radio button.
fn check(app: &Mounted, id: &str, on: bool) {
    let el = input(app, id);
    el.set_checked(on);
    dispatch(&el, "change");
}

fn click(app: &Mounted, selector: &str) {
    app.get(selector).unchecked_into::<HtmlElement>().click();
}

fn hidden(app: &Mounted, selector: &str) -> bool {
    app.get(selector).unchecked_into::<HtmlElement>().hidden()
}

fn active_id() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|el| el.id())
        .unwrap_or_default()
}

/// "1.907,51 €" / "+20.787 €" → euros.
fn euros(text: &str) -> f64 {
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '-'))
        .collect();
    digits.replace(',', ".").parse().expect(text)
}

/// The split table's body rows as cell texts.
fn rows(app: &Mounted) -> Vec<Vec<String>> {
    let body = app.get("#sharing-table tbody");
    let mut rows = Vec::new();
    for r in 0..body.children().length() {
        let row = body.children().item(r).unwrap();
        rows.push(
            (0..row.children().length())
                .map(|c| {
                    row.children()
                        .item(c)
                        .unwrap()
                        .text_content()
                        .unwrap_or_default()
                })
                .collect(),
        );
    }
    rows
}

/// The sum row's cells.
fn sums(app: &Mounted) -> Vec<String> {
    let row = app.get("#sharing-table tfoot tr");
    (0..row.children().length())
        .map(|c| row.children().item(c).unwrap().text_content().unwrap())
        .collect()
}

/// Ticks the sharing and adds one body with its figures.
async fn share_with_one_body(app: &Mounted) {
    check(app, "share-on", true);
    settle().await;
    click(app, "#share-add");
    settle().await;
    type_id(app, "body-1-name", "Gemeinde Ahornfeld");
    type_id(app, "body-1-inhabitants", "4.200");
    type_id(app, "body-1-cases", "300");
    settle().await;
}

#[wasm_bindgen_test]
async fn a_second_body_takes_its_share_to_the_cent_and_the_own_kw_changes() {
    // Guards against a form that does not reach the document's sharing,
    // a table whose shares do not add up to the pool, and an own
    // Kapitalwert that ignores the partner's share.
    let app = Mounted::app();
    settle().await;
    assert!(app.find("#sharing").is_none(), "no sharing, no split");
    assert_eq!(app.text("#section-sharing-total"), "allein");
    share_with_one_body(&app).await;
    assert_eq!(active_id(), "body-1-name", "adding moves focus to the name");

    let rows = rows(&app);
    assert_eq!(rows.len(), 2);
    assert!(rows[0][0].ends_with("(Ihre Kommune)"), "{:?}", rows[0]);
    assert_eq!(rows[1][0], "Gemeinde Ahornfeld");
    // By use: 600 cases of the example against 300, two thirds and one.
    assert_eq!(rows[0][1], "66,7\u{a0}%");
    assert_eq!(rows[1][1], "33,3\u{a0}%");
    let sums = sums(&app);
    assert_eq!(sums[1], "100,0\u{a0}%");
    for column in [2, 3] {
        let total: f64 = rows.iter().map(|r| euros(&r[column])).sum();
        assert!(
            (total - euros(&sums[column])).abs() < 0.001,
            "column {column}: {total} against {}",
            sums[column]
        );
    }
    // The example's joint items: 1.500 + 4.000 € once, 900 + 600 + 250 €
    // a year.
    assert_eq!(sums[2], "5.500,00\u{a0}€");
    assert_eq!(sums[3], "1.750,00\u{a0}€");
    assert_eq!(rows[0][2], "3.666,67\u{a0}€");
    assert_eq!(rows[1][2], "1.833,33\u{a0}€");
    assert_ne!(rows[0][4], app.text("#kpi-kw"), "the own KW moves");
    assert!(euros(&rows[0][4]) > euros(&app.text("#kpi-kw")));
    assert!(app.text("#sharing-own").contains(&app.text("#kpi-kw")));
    // The chart is drawn once it is on screen.
    app.get("#chart-sharing").scroll_into_view();
    for _ in 0..20 {
        if app.find("#chart-sharing svg").is_some() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    assert!(app
        .find("#chart-sharing svg[role=\"img\"] title")
        .is_some_and(|t| t.text_content().unwrap() == "Kostenanteile je Körperschaft"));
    assert_eq!(
        app.text("#section-sharing-total"),
        "2 Körperschaften, nach Nutzung"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_figure_keeps_its_text_and_is_named_beside_it_and_in_the_summary() {
    // Guards against a typed body figure that is dropped, silently taken
    // as 0, or reported only in one place.
    let app = Mounted::app();
    settle().await;
    share_with_one_body(&app).await;
    let before = rows(&app);
    type_id(&app, "body-1-cases", "3.00");
    settle().await;
    assert_eq!(
        input(&app, "body-1-cases").value(),
        "3.00",
        "the text stays"
    );
    let message = app.text("#body-1-cases-error");
    assert!(message.contains("Gemeinde Ahornfeld"), "{message}");
    assert!(message.contains("Komma"), "{message}");
    let link = app.get("#error-summary a[href=\"#body-1-cases\"]");
    assert!(message.ends_with(link.text_content().unwrap().trim()));
    assert_eq!(app.outdated(), "true");
    assert_eq!(rows(&app), before, "the last valid split stays");

    type_id(&app, "body-1-cases", "600");
    settle().await;
    assert!(app.find("#error-summary").is_none());
    assert_eq!(rows(&app)[1][1], "50,0\u{a0}%");
}

#[wasm_bindgen_test]
async fn a_key_that_lacks_its_figures_says_what_is_missing() {
    // Guards against a crash or a silent 0 when the key needs a Zielgruppe
    // that is not there, or a mix whose weights are all 0.
    let app = Mounted::app();
    settle().await;
    share_with_one_body(&app).await;
    check(&app, "share-key-target-group", true);
    settle().await;
    let status = app.text("#share-status");
    assert!(status.contains("Zielgruppe"), "{status}");
    assert!(!hidden(&app, "#sharing-problem"));
    assert_eq!(app.text("#sharing-problem"), status);
    type_id(&app, "body-0-target-group", "300");
    type_id(&app, "body-1-target-group", "100");
    settle().await;
    assert!(hidden(&app, "#sharing-problem"));
    assert_eq!(rows(&app)[0][1], "75,0\u{a0}%");

    // The mix: its weights show, and without one there is no split.
    assert!(hidden(&app, "#share-weights"));
    check(&app, "share-key-mix", true);
    settle().await;
    assert!(!hidden(&app, "#share-weights"));
    assert!(app.text("#share-status").contains("kein Gewicht"));
    type_id(&app, "share-weight-flat", "50");
    type_id(&app, "share-weight-cases", "50 %");
    settle().await;
    // Half flat (50/50) and half by use (2/3, 1/3).
    assert_eq!(rows(&app)[0][1], "58,3\u{a0}%");
    assert!(app
        .text("#sharing-key")
        .contains("50\u{a0}% nach Nutzung und 50\u{a0}% pauschal"));
}

#[wasm_bindgen_test]
async fn unticking_keeps_the_bodies_until_ticked_again() {
    // Guards against losing every body with one click on the checkbox.
    let app = Mounted::app();
    settle().await;
    share_with_one_body(&app).await;
    type_id(&app, "body-1-inhabitants", "4.2");
    settle().await;
    assert!(app.find("#error-summary").is_some());
    check(&app, "share-on", false);
    settle().await;
    assert!(app.find("#body-1").is_none());
    assert!(app.find("#sharing").is_none());
    assert!(
        app.find("#error-summary").is_none(),
        "no error of an input that is gone"
    );
    check(&app, "share-on", true);
    settle().await;
    assert_eq!(input(&app, "body-1-name").value(), "Gemeinde Ahornfeld");
    assert_eq!(input(&app, "body-1-cases").value(), "300");
    assert_eq!(input(&app, "body-1-inhabitants").value(), "4.200");
    assert_eq!(rows(&app).len(), 2);
}

#[wasm_bindgen_test]
async fn removing_a_body_moves_focus_to_the_list_and_the_next_one_moves_up() {
    // Guards against focus lost on the removed card, and against a body's
    // figures staying behind at the position of another.
    let app = Mounted::app();
    settle().await;
    share_with_one_body(&app).await;
    click(&app, "#share-add");
    settle().await;
    type_id(&app, "body-2-name", "Stadt Birkenau");
    type_id(&app, "body-2-cases", "900");
    settle().await;
    assert_eq!(rows(&app).len(), 3);
    click(&app, "#body-1 button");
    settle().await;
    assert_eq!(active_id(), "share-bodies-heading");
    assert!(app.find("#body-2").is_none());
    assert_eq!(input(&app, "body-1-name").value(), "Stadt Birkenau");
    assert_eq!(input(&app, "body-1-cases").value(), "900");
    assert_eq!(rows(&app)[1][0], "Stadt Birkenau");
    assert_eq!(
        app.get(&format!(
            "#{}",
            efa_check::ui::widgets::dom_id(Field::CasesPerYear)
        ))
        .unchecked_into::<HtmlInputElement>()
        .value(),
        "600"
    );
}
