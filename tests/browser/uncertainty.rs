//! In-browser component tests for the uncertainty part of the UI: ranges
//! in the form, the Monte Carlo results, the sensitivity section, the
//! switching-value hints, and bit-identical simulation results in wasm.

use super::{dispatch, settle, without_example_ranges, Mounted};
use efa_check::format::input_value;
use efa_check::model::inputs::Range;
use efa_check::model::sensitivity::default_range;
use efa_check::model::uncertainty::{simulate, RangeError, MIN_SAMPLES};
use efa_check::model::Field;
use efa_check::share::{examples, from_json};
use efa_check::text::uncertainty::{range_error, range_min_above_max, samples_error, t};
use efa_check::ui::widgets::dom_id;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

const CASES: Field = Field::CasesPerYear;

fn click(app: &Mounted, selector: &str) {
    app.get(selector).unchecked_into::<HtmlElement>().click();
}

fn end(app: &Mounted, field: Field, end: &str) -> HtmlInputElement {
    app.get(&format!("#{}-{end}", dom_id(field)))
        .unchecked_into()
}

fn type_end(app: &Mounted, field: Field, which: &str, text: &str) {
    let input = end(app, field, which);
    input.set_value(text);
    dispatch(&input, "input");
}

/// Scrolls an element into view and waits a few frames, so that the
/// IntersectionObserver that gates chart drawing has reported it.
async fn scroll_to(app: &Mounted, selector: &str) {
    app.get(selector).scroll_into_view();
    frames().await;
}

/// Waits a few animation frames (observer callbacks and `toggle` events
/// arrive as tasks, after the microtasks that `settle` waits for).
async fn frames() {
    for _ in 0..3 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    }
    settle().await;
}

fn type_at(app: &Mounted, selector: &str, text: &str) {
    let input: HtmlInputElement = app.get(selector).unchecked_into();
    input.set_value(text);
    dispatch(&input, "input");
}

#[wasm_bindgen_test]
async fn ticking_the_range_toggle_shows_min_max_and_the_simulation() {
    // Guards against a toggle that shows no inputs, a range that never
    // reaches the document (no simulation), an untick that leaves the
    // range in, and a newly loaded document that keeps old range inputs.
    let app = Mounted::app();
    settle().await;
    // The starting example shows the simulation at once.
    assert!(app.find("#mc-probability").is_some());
    assert!(app.find("#uncertainty-hint").is_none());
    without_example_ranges(&app).await;
    let id = dom_id(CASES);
    assert!(app.find("#uncertainty-hint").is_some());
    assert!(app.find("#mc-probability").is_none());
    assert!(app.find(&format!("#{id}-min")).is_none());
    let toggle = app.get(&format!("label[for=\"{id}-range\"]"));
    assert!(toggle.text_content().unwrap().starts_with(t().range_toggle));

    click(&app, &format!("#{id}-range"));
    settle().await;
    // Prefilled with the model's default range around the example's cases
    // (tests/uncertainty.rs works its ends out by hand).
    let likely = CASES.get(&examples::starting());
    let range = default_range(CASES, likely);
    assert_eq!(
        end(&app, CASES, "min").value(),
        input_value(range.min, false)
    );
    assert_eq!(
        end(&app, CASES, "max").value(),
        input_value(range.max, false)
    );
    assert!(app.find("#uncertainty-hint").is_none());
    let p = app.text("#mc-probability");
    assert!(p.ends_with('%'), "{p}");
    assert!(app.text("#uncertainty-sentence").starts_with("Mit "));
    assert_eq!(app.text("#mc-samples"), "aus 10.000 Stichproben");
    // The chart is drawn once it is on the screen.
    scroll_to(&app, "#chart-histogram").await;
    assert!(app.find("#chart-histogram svg[role=\"img\"]").is_some());
    assert_eq!(app.outdated(), "false");

    click(&app, &format!("#{id}-range"));
    settle().await;
    assert!(app.find(&format!("#{id}-min")).is_none());
    assert!(app.find("#mc-probability").is_none(), "range removed");

    click(&app, &format!("#{id}-range"));
    settle().await;
    super::start_afresh(&app).await;
    assert!(app.find(&format!("#{id}-min")).is_none());
    let toggle: HtmlInputElement = app.get(&format!("#{id}-range")).unchecked_into();
    assert!(!toggle.checked());
    assert!(app.find("#uncertainty-hint").is_some());
}

#[wasm_bindgen_test]
async fn an_invalid_range_shows_its_message_keeps_the_text_and_marks_results_outdated() {
    // Guards against losing what was typed into a range, an invalid range
    // without a message beside the field and in the summary, and results
    // silently computed from an impossible range.
    let app = Mounted::app();
    settle().await;
    without_example_ranges(&app).await;
    let id = dom_id(CASES);
    click(&app, &format!("#{id}-range"));
    settle().await;
    let p_valid = app.text("#mc-probability");

    // Minimum above the most likely value (600).
    type_end(&app, CASES, "min", "650");
    settle().await;
    let expected = range_error(CASES, 600.0, &RangeError::MinAboveLikely);
    assert_eq!(end(&app, CASES, "min").value(), "650", "typed text kept");
    assert!(app.text(&format!("#{id}-range-error")).ends_with(&expected));
    let link = app.get(&format!("#error-summary a[href=\"#{id}-min\"]"));
    assert_eq!(link.text_content().unwrap().trim(), expected);
    assert_eq!(
        end(&app, CASES, "min")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        end(&app, CASES, "max")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );
    assert_eq!(app.outdated(), "true");
    assert_eq!(app.text("#mc-probability"), p_valid, "last valid result");

    // Minimum above maximum says to swap them.
    type_end(&app, CASES, "max", "620");
    type_end(&app, CASES, "min", "700");
    settle().await;
    assert!(app
        .text(&format!("#{id}-range-error"))
        .ends_with(&range_min_above_max(CASES)));

    // Not a number: the field's own wording, prefixed with the end.
    type_end(&app, CASES, "min", "abc");
    settle().await;
    assert!(app
        .text(&format!("#{id}-range-error"))
        .contains("Minimum: Geben Sie die Fallzahl pro Jahr als Zahl ein"));

    // A valid range clears everything and is used.
    type_end(&app, CASES, "min", "400");
    type_end(&app, CASES, "max", "700");
    settle().await;
    assert!(app.find("#error-summary").is_none());
    assert_eq!(app.outdated(), "false");
    assert_eq!(app.text(&format!("#{id}-range-error")), "");

    // Moving the most likely value out of the range is an error too.
    app.type_into(CASES, "800");
    settle().await;
    let expected = range_error(CASES, 800.0, &RangeError::MaxBelowLikely);
    assert!(app.text(&format!("#{id}-range-error")).ends_with(&expected));
    assert!(app
        .find(&format!("#error-summary a[href=\"#{id}-max\"]"))
        .is_some());
    assert_eq!(app.outdated(), "true");
}

#[wasm_bindgen_test]
async fn sample_count_and_seed_are_editable_and_checked() {
    // Guards against settings that do not reach the simulation, and an
    // impossible sample count that is silently accepted.
    let app = Mounted::app();
    settle().await;
    without_example_ranges(&app).await;
    assert_eq!(
        app.get("#f-samples")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "10.000"
    );
    click(&app, &format!("#{}-range", dom_id(Field::MinutesSaved)));
    settle().await;

    type_at(&app, "#f-samples", &(MIN_SAMPLES - 1).to_string());
    settle().await;
    assert!(app.text("#f-samples-error").ends_with(&samples_error()));
    assert!(app.find("#error-summary a[href=\"#f-samples\"]").is_some());
    assert_eq!(app.outdated(), "true");

    type_at(&app, "#f-samples", "2.000");
    settle().await;
    assert_eq!(app.outdated(), "false");
    assert!(app.text("#uncertainty").contains("2.000 Stichproben"));

    // Another seed, other draws.
    type_at(&app, "#f-samples", "10.000");
    type_at(&app, "#f-seed", "7");
    settle().await;
    assert_eq!(app.outdated(), "false");
    assert!(app.text("#uncertainty").contains("Startwert 7"));
}

#[wasm_bindgen_test]
async fn sensitivity_shows_tornado_switching_table_and_field_hints() {
    // Guards against a switching value missing beside a field or from the
    // table, and a tornado that shows more than ten inputs.
    let app = Mounted::app();
    settle().await;
    // 300 cases (below) lie outside the example's span of cases.
    without_example_ranges(&app).await;
    // The kritischer Wert shows beside exactly the inputs where it
    // matters (model::sensitivity::critical_values), in plain words.
    let mut doc = efa_check::share::examples::starting();
    doc.uncertainty.ranges.clear();
    let analysis = efa_check::model::analyse(&doc);
    assert!(!analysis.critical.is_empty(), "some input is critical");
    for &field in Field::ALL {
        let shown = app.text(&format!("#{}-switching", dom_id(field)));
        let expected =
            efa_check::text::uncertainty::critical_hint(field, &analysis).unwrap_or_default();
        assert_eq!(shown, expected, "{field:?}");
        assert!(
            shown.is_empty() || shown.starts_with("Kritischer Wert: "),
            "{shown}"
        );
    }
    assert_eq!(
        app.text(&format!("#{}-switching", dom_id(Field::Inhabitants))),
        "",
        "no line beside an input without effect"
    );
    scroll_to(&app, "#chart-tornado").await;
    assert!(app.find("#chart-tornado svg[role=\"img\"]").is_some());
    let bars = app.get("#tornado-table tbody").child_element_count();
    assert!((1..=10).contains(&bars), "{bars}");
    // The long switching table is rendered once its details are opened.
    assert_eq!(app.get("#switching-table tbody").child_element_count(), 0);
    click(&app, "#sensitivity details summary");
    frames().await;
    assert_eq!(
        app.get("#switching-table tbody").child_element_count() as usize,
        Field::ALL.len()
    );

    // The hints follow the document: fewer cases move the minutes at
    // which the verdict flips.
    app.type_into(CASES, "300");
    settle().await;
    doc.enter(CASES, 300.0);
    let analysis = efa_check::model::analyse(&doc);
    for &field in Field::ALL {
        let expected =
            efa_check::text::uncertainty::critical_hint(field, &analysis).unwrap_or_default();
        assert_eq!(
            app.text(&format!("#{}-switching", dom_id(field))),
            expected,
            "{field:?} after 300 cases"
        );
    }
}

#[wasm_bindgen_test]
fn simulate_in_the_browser_gives_the_native_numbers_bit_for_bit() {
    // Guards cross-machine reproducibility: the same document must give the
    // same P10 / P50 / P90 in wasm as natively (pinned in
    // tests/uncertainty.rs as -1851.56 / 6723.32 / 15555.93); these are the
    // exact native bits.
    let mut a = from_json(examples::SMALL_GEMEINDE).unwrap();
    for (field, min, max) in [
        (Field::FachverfahrenInterface, 3_000.0, 9_000.0),
        (Field::MinutesSaved, 8.0, 25.0),
        (Field::CasesPerYear, 400.0, 700.0),
    ] {
        a.uncertainty.ranges.insert(field, Range::new(min, max));
    }
    let mc = simulate(&a);
    assert_eq!(mc.p10.to_bits(), 0xc09c_ee41_8a95_016e, "{}", mc.p10);
    assert_eq!(mc.p50.to_bits(), 0x40ba_4352_61ba_34a8, "{}", mc.p50);
    assert_eq!(mc.p90.to_bits(), 0x40ce_61f6_c936_2128, "{}", mc.p90);
    assert_eq!(format!("{:.2}", mc.p10), "-1851.56");
    assert_eq!(mc.probability_positive, 0.8389);
    assert_eq!(
        mc.histogram,
        [
            9, 54, 156, 288, 427, 590, 778, 899, 1023, 1046, 1002, 949, 900, 614, 507, 358, 232,
            100, 49, 19
        ]
    );
    assert_eq!(mc.payback_years, [0, 0, 0, 1954, 4398, 2037]);
    assert_eq!(mc.payback_never, 1611);
}

#[wasm_bindgen_test]
async fn the_horizon_can_be_a_range_and_payback_years_reach_its_longest_value() {
    // Guards against a numeric input without the range toggle (issue 4:
    // any numeric input can be a range), and against a ranged horizon
    // whose longer samples drop out of the payback distribution.
    let app = Mounted::app();
    settle().await;
    let horizon = Field::HorizonYears;
    let id = dom_id(horizon);
    click(&app, &format!("#{id}-range"));
    settle().await;
    type_end(&app, horizon, "min", "3");
    type_end(&app, horizon, "max", "15");
    settle().await;
    assert_eq!(app.outdated(), "false");
    assert!(app.find(&format!("#{id}-range-error")).is_some());
    assert!(app.text(&format!("#{id}-range-error")).is_empty());
    let p = app.text("#mc-probability");
    assert!(p.ends_with('%'), "{p}");
    // Rows: years 0 to 15 and "nicht innerhalb": every sampled horizon
    // counts, not only those up to the likely one.
    let rows = app.get("#payback-distribution tbody").child_element_count();
    assert_eq!(rows, 17);
}
