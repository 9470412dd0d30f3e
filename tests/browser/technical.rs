//! In-browser component tests for the technical part of the UI: the
//! checklist, the Nutzwert criteria, unknown costs and the recommendation.

use super::{dispatch, settle, Mounted};
use efa_check::model::recommendation::Recommendation;
use efa_check::model::technical::{Technical, MAX_SCORE};
use efa_check::model::Field;
use efa_check::text::technical::{recommendation_heading, tt};
use efa_check::ui::widgets::dom_id;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlDetailsElement, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// Whether the `<details>` matching `selector` is open.
fn open(app: &Mounted, selector: &str) -> bool {
    app.get(selector)
        .unchecked_into::<HtmlDetailsElement>()
        .open()
}

/// Option values of the status select: positions in `Status::ALL`.
const ERFUELLT: &str = "0";
const NICHT_ERFUELLT: &str = "2";

fn choose(app: &Mounted, id: &str, value: &str) {
    let select: HtmlSelectElement = app.get(&format!("#{id}")).unchecked_into();
    select.set_value(value);
    dispatch(&select, "change");
}

fn click(app: &Mounted, selector: &str) {
    app.get(selector).unchecked_into::<HtmlElement>().click();
}

fn hidden(app: &Mounted, selector: &str) -> bool {
    app.get(selector).unchecked_into::<HtmlElement>().hidden()
}

fn heading(r: Recommendation) -> String {
    recommendation_heading(r).to_string()
}

fn active_id() -> Option<String> {
    web_sys::window()?
        .document()?
        .active_element()
        .map(|el| el.id())
}

/// Sets every must-have of the default checklist to "erfüllt".
async fn meet_all_must_haves(app: &Mounted) {
    // The transport-route item can be "erfüllt" only with a route chosen
    // (option 1: FIT-Connect).
    choose(app, "prereq-transport-route", "1");
    let items = Technical::default().prerequisites;
    for i in (0..items.len()).filter(|&i| items[i].must_have) {
        choose(app, &format!("prereq-{i}-status"), ERFUELLT);
    }
    settle().await;
}

#[wasm_bindgen_test]
async fn a_must_have_not_met_drops_the_recommendation_and_its_reason_links_to_the_item() {
    // Guards against a status select that does not reach the document, a
    // recommendation that ignores the checklist, and a reason without a
    // working link to the item it comes from.
    let app = Mounted::app();
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Pruefen),
        "the example's checklist is all unknown"
    );
    let group = app.get("#recommendation-reasons a[href=\"#prereqs\"]");
    assert!(
        group
            .text_content()
            .unwrap()
            .starts_with("10 Muss-Kriterien noch ungeprüft: NL1–NL5, "),
        "ten unchecked must-haves are one line"
    );
    group.unchecked_into::<HtmlElement>().click();
    assert_eq!(active_id().as_deref(), Some("prereqs-heading"));

    meet_all_must_haves(&app).await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Empfohlen)
    );
    assert!(app.find("#prereq-1.prereq--met").is_some());

    choose(&app, "prereq-1-status", NICHT_ERFUELLT);
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::NichtEmpfohlen)
    );
    let link = app.get("#recommendation-reasons a[href=\"#prereq-1\"]");
    assert!(
        link.text_content().unwrap().contains("NL2: OSCI-Empfänger"),
        "the reason names the item"
    );
    link.unchecked_into::<HtmlElement>().click();
    assert_eq!(active_id().as_deref(), Some("prereq-1-status"));

    // Not a must-have any more: the item no longer blocks.
    click(&app, "#prereq-1-must");
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Empfohlen)
    );
}

#[wasm_bindgen_test]
async fn weights_not_summing_to_100_are_explained_and_normalising_fixes_them() {
    // Guards against a Nutzwert silently computed from weights that do not
    // sum to 100, and a normalise button that changes the document but not
    // what the inputs show.
    let app = Mounted::app();
    settle().await;
    assert_eq!(app.text("#nutzwert-sum"), "Summe der Gewichte: 100 von 100");
    assert_eq!(
        app.text("#nutzwert-result"),
        "Nutzwert: 50 von 100 Punkten (Schwelle 50)"
    );
    assert!(
        hidden(&app, "#nutzwert-weights"),
        "no message while the sum is 100"
    );

    let weight: HtmlInputElement = app.get("#crit-0-weight").unchecked_into();
    weight.set_value("5");
    dispatch(&weight, "input");
    settle().await;
    assert!(!hidden(&app, "#nutzwert-weights"));
    assert!(
        app.text("#nutzwert-weights")
            .starts_with("Die Gewichte ergeben 85 statt 100."),
        "{}",
        app.text("#nutzwert-weights")
    );
    assert!(app.text("#nutzwert-result").contains("erst berechenbar"));

    click(&app, "#nutzwert-normalise");
    settle().await;
    assert_eq!(app.text("#nutzwert-sum"), "Summe der Gewichte: 100 von 100");
    assert!(hidden(&app, "#nutzwert-weights"));
    let shown: f64 = (0..7)
        .map(|i| {
            let input: HtmlInputElement = app.get(&format!("#crit-{i}-weight")).unchecked_into();
            input.value().parse::<f64>().unwrap()
        })
        .sum();
    assert_eq!(shown, 100.0, "the inputs show the normalised weights");
    // 5 of 85 is 5,88 % of the total: the first weight becomes 6.
    assert_eq!(weight.value(), "6");
}

#[wasm_bindgen_test]
async fn an_invalid_score_keeps_the_text_and_joins_the_error_summary() {
    // Guards against a criterion error that is shown inline but missing from
    // the summary, or that leaves the results looking current.
    let app = Mounted::app();
    settle().await;
    let score: HtmlInputElement = app.get("#crit-1-score").unchecked_into();
    let too_high = (MAX_SCORE + 2.0).to_string();
    score.set_value(&too_high);
    dispatch(&score, "input");
    settle().await;
    assert_eq!(score.value(), too_high);
    let message =
        "Entlastung knapper Fachkräfte: Geben Sie die Punkte als Wert zwischen 0 und 10 ein";
    assert_eq!(
        app.text("#crit-1-score-error"),
        format!("{}{message}", efa_check::text::t().error_prefix)
    );
    let link = app.get("#error-summary a[href=\"#crit-1-score\"]");
    assert_eq!(link.text_content().unwrap().trim(), message);
    assert_eq!(app.outdated(), "true");

    score.set_value("7,5");
    dispatch(&score, "input");
    settle().await;
    assert!(app.find("#error-summary").is_none());
    assert_eq!(app.outdated(), "false");
    assert_eq!(
        app.text("#nutzwert-result"),
        "Nutzwert: 55 von 100 Punkten (Schwelle 50)",
        "20 % × 7,5 instead of 5 adds 5 points"
    );
}

#[wasm_bindgen_test]
async fn marking_a_cost_unknown_asks_for_a_check_and_links_to_the_field() {
    // Guards against an unknown mark that is only cosmetic: it must reach
    // the document and block a positive recommendation.
    let app = Mounted::app();
    settle().await;
    meet_all_must_haves(&app).await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Empfohlen)
    );

    let id = dom_id(Field::UsageFee);
    click(&app, &format!("#{id}-unknown"));
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Pruefen)
    );
    assert!(app
        .find(&format!(
            ".field--row:has(input[id$=\"-unknown\"]:checked) #{id}"
        ))
        .is_some());
    assert!(!hidden(
        &app,
        ".field--row:has(input[id$=\"-unknown\"]:checked) .unknown-cost__note"
    ));
    assert_eq!(
        app.text(".field--row:has(input[id$=\"-unknown\"]:checked) .unknown-cost__note"),
        tt().unknown_cost_note
    );
    // The row says so in words, without being opened.
    assert_eq!(
        app.text(&format!("#{id}-more-summary .badge--unknown")),
        efa_check::text::form::words().badge_unknown
    );
    assert_eq!(
        app.root
            .query_selector_all(".field--row:has(input[id$=\"-unknown\"]:checked)")
            .unwrap()
            .length(),
        1,
        "only the marked field is framed"
    );
    let link = app.get(&format!("#recommendation-reasons a[href=\"#{id}\"]"));
    // The usage fee sits in the collapsed Betrieb section: the link opens it.
    assert!(!open(&app, "#section-operations"));
    link.unchecked_into::<HtmlElement>().click();
    assert_eq!(active_id(), Some(id.clone()));
    assert!(open(&app, "#section-operations"));

    click(&app, &format!("#{id}-unknown"));
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Empfohlen)
    );
}

#[wasm_bindgen_test]
async fn a_custom_item_can_be_added_made_a_must_have_and_removed() {
    // Guards against custom items that cannot take part in the rule, or
    // whose removal leaves a stale reason behind.
    let app = Mounted::app();
    settle().await;
    meet_all_must_haves(&app).await;
    let count = Technical::default().prerequisites.len();

    click(&app, "#prereq-add");
    settle().await;
    assert_eq!(
        app.text("#prereq-new-title-error"),
        format!(
            "{}{}",
            efa_check::text::t().error_prefix,
            tt().title_missing
        )
    );
    assert!(app.find(&format!("#prereq-{count}")).is_none());

    let title: HtmlInputElement = app.get("#prereq-new-title").unchecked_into();
    title.set_value("Anbindung an das DMS");
    dispatch(&title, "input");
    click(&app, "#prereq-add");
    settle().await;
    let item = format!("#prereq-{count}");
    assert!(app.text(&item).contains("Anbindung an das DMS"));
    assert_eq!(title.value(), "", "the add field is emptied");
    assert_eq!(app.text("#prereq-new-title-error"), "");

    click(&app, &format!("{item}-must"));
    choose(&app, &format!("prereq-{count}-status"), NICHT_ERFUELLT);
    settle().await;
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::NichtEmpfohlen)
    );
    assert!(app
        .text("#recommendation-reasons")
        .contains("Muss-Kriterium nicht erfüllt: Anbindung an das DMS"));

    click(&app, &format!("{item} button"));
    settle().await;
    assert!(app.find(&item).is_none());
    assert_eq!(
        app.text("#recommendation"),
        heading(Recommendation::Empfohlen)
    );
}
