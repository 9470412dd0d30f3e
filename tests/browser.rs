//! Component tests in headless Chromium (wasm-bindgen-test): the app is
//! mounted into a fresh container, fields are typed into by setting
//! `.value` and dispatching a bubbling `input` event (Leptos delegates
//! events to the document), and the tests read what the page then shows.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target
//! wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use efa_check::format;
use efa_check::model::Field;
use efa_check::parse::{FieldError, ParseError};
use efa_check::text;
use efa_check::ui::widgets::dom_id;
use efa_check::ui::App;
use leptos::mount::mount_to;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

// Tests of later features live beside this file, in tests/browser/. A test
// crate's root resolves `mod x;` to tests/x.rs, hence the paths.
#[path = "browser/alternatives.rs"]
mod alternatives;
#[path = "browser/input_ids.rs"]
mod input_ids;
#[path = "browser/report.rs"]
mod report;
#[path = "browser/sharing.rs"]
mod sharing;
#[path = "browser/storage.rs"]
mod storage;
#[path = "browser/technical.rs"]
mod technical;
#[path = "browser/uncertainty.rs"]
mod uncertainty;

/// A mounted app in its own container; unmounts and removes it on drop so
/// that ids stay unique from one test to the next.
struct Mounted {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Mounted {
    fn app() -> Self {
        // Each test starts like a first visit: no autosaved library from an
        // earlier test, no share link in the address.
        storage::forget_saved_work();
        Self::app_keeping_storage()
    }

    /// The app as a reload would start it: with whatever the browser's
    /// storage and address hold.
    fn app_keeping_storage() -> Self {
        Self::view(App)
    }

    /// Any view, mounted into a fresh container.
    fn view<V: leptos::prelude::IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = mount_to(root.clone(), f);
        Mounted {
            root,
            _handle: Box::new(handle),
        }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.get(selector)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    fn input(&self, field: Field) -> HtmlInputElement {
        self.get(&format!("#{}", dom_id(field))).unchecked_into()
    }

    fn outdated(&self) -> String {
        self.get("#results")
            .get_attribute("data-outdated")
            .unwrap_or_default()
    }

    /// Types into a field as the browser reports it: new value, then a
    /// bubbling `input` event.
    fn type_into(&self, field: Field, text: &str) {
        let input = self.input(field);
        input.set_value(text);
        dispatch(&input, "input");
    }
}

/// Unticks "Als Spanne angeben" for every range of the starting example,
/// as a person would, so that a test starts from the example's figures as
/// point values: for tests that make a range of their own, or that type
/// figures outside the example's illustrative spans (which the form
/// rightly reports as a range that no longer holds its most likely value).
async fn without_example_ranges(app: &Mounted) {
    for field in efa_check::share::examples::starting()
        .uncertainty
        .ranges
        .keys()
    {
        app.get(&format!("#{}-range", dom_id(*field)))
            .unchecked_into::<HtmlElement>()
            .click();
    }
    settle().await;
    assert!(app.find("#uncertainty-hint").is_some(), "no range left");
}

/// Clicks "Mit Referenzwerten neu beginnen" and, where the app asks
/// because the form holds work, "Ja, neu beginnen".
async fn start_afresh(app: &Mounted) {
    app.get("#start-blank")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = app.get("#start-confirm").unchecked_into();
    if dialog.open() {
        app.get("#start-confirm-yes")
            .unchecked_into::<HtmlElement>()
            .click();
        settle().await;
    }
}

fn dispatch(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Lets Leptos run the effects that update the DOM, including the full
/// analysis (Monte Carlo, tornado, switching values), which follows a
/// change in a task of its own (`ui::Analyses`): a zero timeout queued now
/// runs after it.
async fn settle() {
    for _ in 0..5 {
        tick().await;
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn every_field_renders_with_the_dom_contract_ids() {
    // Guards against an input, hint or error element whose id drifts from
    // `dom_id`, which would break the error-summary links and the e2e tests.
    assert_eq!(dom_id(Field::CasesPerYear), "f-cases-per-year");
    assert_eq!(
        dom_id(Field::PvogDvdvCertificates),
        "f-pvog-dvdv-certificates"
    );
    let app = Mounted::app();
    settle().await;
    for &field in Field::ALL {
        let id = dom_id(field);
        let input = app.input(field);
        assert_eq!(input.type_(), "text", "{id} must not be type=number");
        assert_eq!(
            input.get_attribute("inputmode").as_deref(),
            Some("decimal"),
            "{id}"
        );
        assert!(app.find(&format!("#{id}-hint")).is_some(), "{id}-hint");
        let error = app.get(&format!("#{id}-error"));
        assert_eq!(
            error.get_attribute("role").as_deref(),
            Some("alert"),
            "{id}-error"
        );
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        assert!(
            described.contains(&format!("{id}-hint")),
            "{id}: {described}"
        );
        let label = app.get(&format!("label[for=\"{id}\"]"));
        assert_eq!(
            label.text_content().unwrap().trim(),
            text::form::field_label(field)
        );
    }
    for id in [
        "results",
        "verdict",
        "kpi-kw",
        "kpi-payback",
        "chart-cashflow",
        "yearly-table",
    ] {
        assert!(app.find(&format!("#{id}")).is_some(), "#{id}");
    }
    assert!(app.find("#chart-cashflow svg[role=\"img\"]").is_some());
    assert!(app.find("#error-summary").is_none());
}

#[wasm_bindgen_test]
async fn typing_a_case_number_updates_verdict_and_kw() {
    // Guards against a form that no longer writes the document, or results
    // that no longer follow it (a stale memo or a lost subscription).
    let app = Mounted::app();
    settle().await;
    // 10 and 100.000 cases lie outside the example's span of cases.
    without_example_ranges(&app).await;
    let verdict_before = app.text("#verdict");
    let kw_before = app.text("#kpi-kw");
    assert!(
        verdict_before.starts_with("Wirtschaftlich"),
        "{verdict_before}"
    );

    app.type_into(Field::CasesPerYear, "10");
    settle().await;
    let verdict_after = app.text("#verdict");
    assert!(
        verdict_after.starts_with("Nicht wirtschaftlich"),
        "{verdict_after}"
    );
    assert!(
        verdict_after.contains("keine Amortisation"),
        "{verdict_after}"
    );
    assert_ne!(app.text("#kpi-kw"), kw_before);
    assert!(
        app.text("#kpi-kw").starts_with('-'),
        "negative KW keeps its minus sign"
    );
    assert_eq!(app.outdated(), "false");
    assert_eq!(app.get("#yearly-table tbody").child_element_count(), 6);

    // German grouping is understood: "100.000" means a hundred thousand.
    app.type_into(Field::CasesPerYear, "100.000");
    settle().await;
    assert!(app.text("#verdict").starts_with("Wirtschaftlich"));
    assert_eq!(app.outdated(), "false");
}

#[wasm_bindgen_test]
async fn invalid_input_keeps_the_text_shows_errors_and_marks_results_outdated() {
    // Guards against losing what the user typed, against an error without a
    // summary link, and against results silently computed from a guess.
    let app = Mounted::app();
    settle().await;
    let kw_valid = app.text("#kpi-kw");
    let field = Field::CasesPerYear;
    let id = dom_id(field);

    app.type_into(field, "12,3,4");
    settle().await;
    let expected = text::form::field_error(field, &FieldError::Parse(ParseError::Grouping));
    assert_eq!(app.input(field).value(), "12,3,4", "typed text is kept");
    assert_eq!(
        app.input(field).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(app.text(&format!("#{id}-error")).ends_with(&expected));
    let link = app.get(&format!("#error-summary a[href=\"#{id}\"]"));
    assert_eq!(link.text_content().unwrap().trim(), expected);
    assert_eq!(app.outdated(), "true");
    assert!(app.find("#outdated-notice").is_some());
    assert_eq!(
        app.text("#kpi-kw"),
        kw_valid,
        "last valid result stays shown"
    );

    app.type_into(field, "abc");
    settle().await;
    assert_eq!(app.input(field).value(), "abc");
    assert!(app
        .text(&format!("#{id}-error"))
        .ends_with("Geben Sie die Fallzahl pro Jahr als Zahl ein, zum Beispiel 1.200"));

    // The summary link moves focus to the field (without touching the URL
    // fragment, where share links live).
    let link: HtmlElement = app
        .get(&format!("#error-summary a[href=\"#{id}\"]"))
        .unchecked_into();
    link.click();
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|el| el.id());
    assert_eq!(active.as_deref(), Some(id.as_str()));

    app.type_into(field, "600");
    settle().await;
    assert!(app.find("#error-summary").is_none());
    assert_eq!(app.text(&format!("#{id}-error")), "");
    assert_eq!(app.outdated(), "false");
    assert_eq!(app.text("#kpi-kw"), kw_valid);
}

#[wasm_bindgen_test]
async fn staff_rate_picker_fills_the_rate_field_and_shows_its_source() {
    // Guards against a picker that changes its own display but not the
    // field and the document, or that leaves a stale source beside a value.
    let app = Mounted::app();
    settle().await;
    let kw_before = app.text("#kpi-kw");
    let picker: HtmlSelectElement = app.get("#f-staff-rate-picker").unchecked_into();
    assert_eq!(
        picker.value(),
        "kgst-e9a",
        "the example's 63,02 € is KGSt E9a"
    );

    picker.set_value("kgst-e11");
    dispatch(&picker, "change");
    settle().await;
    assert_eq!(app.input(Field::StaffRate).value(), "78,55");
    assert_ne!(app.text("#kpi-kw"), kw_before, "the new rate is used");
    let rate_group = app
        .get("#f-staff-rate")
        .closest(".rate-field")
        .unwrap()
        .unwrap();
    assert!(rate_group
        .text_content()
        .unwrap()
        .contains("KGSt-Bericht 8/2025"));

    // Typing an own rate is always possible; the picker then says so.
    app.type_into(Field::StaffRate, "70");
    settle().await;
    assert_eq!(picker.value(), "");
    assert!(rate_group
        .text_content()
        .unwrap()
        .contains(text::t().own_value));
}

#[wasm_bindgen_test]
async fn service_name_with_markup_stays_text_in_the_chart() {
    // Guards against the chart's `inner_html` turning user text (the service
    // name in the SVG title) into live markup.
    let app = Mounted::app();
    settle().await;
    let input: HtmlInputElement = app.get("#f-service").unchecked_into();
    let hostile = "<img src=x onerror=alert(1)>";
    input.set_value(hostile);
    dispatch(&input, "input");
    settle().await;
    assert!(app.find("#chart-cashflow img").is_none());
    let title = app.text("#chart-cashflow svg title");
    assert!(title.ends_with(hostile), "{title}");
}

#[wasm_bindgen_test]
async fn starting_afresh_resets_every_field_text_to_the_new_document() {
    // Guards against fields that keep showing the example's text (or an old
    // error) after the document behind them was replaced.
    let app = Mounted::app();
    settle().await;
    app.type_into(Field::CasesPerYear, "abc");
    settle().await;
    assert_eq!(app.outdated(), "true");

    // Typed text is work of the user's: the app asks first.
    start_afresh(&app).await;
    assert!(
        app.find("#example-notice").is_none(),
        "the example note goes"
    );
    assert!(app.find("#error-summary").is_none(), "old errors go");
    assert_eq!(app.outdated(), "false");
    assert_eq!(app.input(Field::CasesPerYear).value(), "0");
    assert_eq!(app.input(Field::ConnectionFee).value(), "0");
    assert_eq!(
        app.input(Field::DiscountRate).value(),
        "0,9",
        "BMF rate in percent"
    );
    assert_eq!(
        app.input(Field::StaffRate).value(),
        "67,79",
        "KGSt E9b default"
    );
    let service: HtmlInputElement = app.get("#f-service").unchecked_into();
    assert_eq!(service.value(), "");
}

#[wasm_bindgen_test]
async fn monetising_citizen_time_adds_the_external_benefit() {
    // Guards against the checkbox not reaching the document, or the
    // external benefit staying hidden from the key figures and the table.
    let app = Mounted::app();
    settle().await;
    let columns_before = app.get("#yearly-table thead tr").child_element_count();
    assert!(!app.text("#results").contains(text::t().kw_citizens));

    app.type_into(Field::CitizenHourValue, "20");
    let checkbox: HtmlInputElement = app.get("#f-monetise-citizen-time").unchecked_into();
    checkbox.click();
    settle().await;
    assert!(app.text("#results").contains(text::t().kw_citizens));
    assert_eq!(
        app.get("#yearly-table thead tr").child_element_count(),
        columns_before + 1
    );
}

#[wasm_bindgen_test]
fn intl_grouping_matches_the_native_formatter() {
    // Guards against the browser's Intl.NumberFormat producing other digits
    // or separators than the host formatter used by snapshots and tests.
    assert_eq!(format::grouped(1_234_567.891, 2), "1.234.567,89");
    assert_eq!(format::grouped(-12_345.0, 0), "-12.345");
    assert_eq!(format::grouped(999.0, 0), "999");
    assert_eq!(format::grouped(0.009, 3), "0,009");
    assert_eq!(format::euro(-12_345.0), "-12.345\u{a0}€");
    assert_eq!(format::euro_cents(1234.56), "1.234,56\u{a0}€");
    assert_eq!(format::euro_compact(4_321_000.0), "4,3\u{a0}Mio.\u{a0}€");
    assert_eq!(format::percent(0.125, 1), "12,5\u{a0}%");
    assert_eq!(format::euro(-0.3), "0\u{a0}€");
}

#[wasm_bindgen_test]
fn intl_grouping_matches_the_native_formatter_in_english() {
    // The same guard for en-GB: the browser's Intl and the host formatter
    // agree on separators and signs.
    text::set_lang(text::Lang::En);
    let shown = [
        format::grouped(1_234_567.891, 2),
        format::grouped(-12_345.0, 0),
        format::grouped(0.009, 3),
        format::euro(-12_345.0),
        format::euro_cents(1234.56),
        format::euro_compact(4_321_000.0),
        format::percent(0.125, 1),
        format::euro(-0.3),
    ];
    text::set_lang(text::Lang::De);
    assert_eq!(
        shown,
        [
            "1,234,567.89",
            "-12,345",
            "0.009",
            "-€12,345",
            "€1,234.56",
            "€4.3m",
            "12.5%",
            "€0"
        ]
    );
}

#[wasm_bindgen_test]
async fn the_app_starts_in_the_stored_language() {
    // Guards the switch's other half: a page that finds "en" stored renders
    // in English from its first frame, with `lang` on <html> and English
    // notation, and the same Kapitalwert as in German.
    let app = Mounted::app();
    settle().await;
    let german_kw = app.text("#kpi-kw");
    drop(app);
    storage::local_storage()
        .set_item(efa_check::ui::language::LANGUAGE_KEY, "en")
        .unwrap();
    let app = Mounted::app_keeping_storage();
    settle().await;
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    let lang = html.get_attribute("lang");
    let english_kw = app.text("#kpi-kw");
    let heading = app.text("#results-heading");
    drop(app);
    storage::forget_saved_work();
    text::set_lang(text::Lang::De);
    html.set_attribute("lang", "de").unwrap();
    assert_eq!(lang.as_deref(), Some("en"));
    assert_eq!(heading, "Result");
    assert!(
        english_kw.contains('€') && english_kw.find('€') < english_kw.find(char::is_numeric),
        "English puts the euro sign first: {english_kw}"
    );
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    assert_eq!(digits(&english_kw), digits(&german_kw));
}

#[wasm_bindgen_test]
async fn the_results_render_a_document_other_than_the_one_being_edited() {
    // Guards the "one app, many views" contract: result components read a
    // document and its analyses (`DocView`), never the editing form, so an
    // alternative, a saved entry or a report can be shown beside the form.
    use efa_check::share;
    use efa_check::ui::results::Results;
    use efa_check::ui::view::DocView;
    use leptos::prelude::*;
    let app = Mounted::app();
    settle().await;
    let edited_kw = app.text("#kpi-kw");
    let city = share::from_json(share::examples::LARGE_CITY).unwrap();
    let expected = efa_check::model::evaluate(&city);
    let other = Mounted::view(move || {
        let doc = RwSignal::new(city);
        view! { <Results view=DocView::of(doc.into()) /> }
    });
    settle().await;
    assert_eq!(
        other.text("#kpi-kw"),
        format::euro_signed(expected.kapitalwert.total)
    );
    assert_ne!(other.text("#kpi-kw"), edited_kw, "a different document");
    assert_eq!(
        other.text("#verdict"),
        text::results::verdict_text(&expected)
    );
    assert_eq!(
        other
            .get("#results")
            .get_attribute("data-outdated")
            .as_deref(),
        Some("false")
    );
    // The form of the app is untouched by the second view.
    assert_eq!(app.text("#kpi-kw"), edited_kw);
}

#[wasm_bindgen_test]
async fn collapsed_sections_show_their_totals_and_rows_show_what_is_set() {
    // Guards against a section header whose total is not what the fields
    // below it add up to (or does not follow typing), and against a row
    // that hides a note or a range behind its closed disclosure.
    use web_sys::HtmlDetailsElement;
    let app = Mounted::app();
    settle().await;
    let integration: HtmlDetailsElement = app.get("#section-integration").unchecked_into();
    assert!(!integration.open(), "Integration starts collapsed");
    // 1.500 + 4.000 + 800 + 500 + 300 + 600 + 400 + 500 = 8.600 € paid
    // out; 40 h × 67,79 € = 2.711,60 € own staff.
    assert_eq!(
        app.text("#section-integration-total"),
        "8.600\u{a0}€ zzgl. 2.712\u{a0}€ eigenes Personal"
    );
    // Schulung 400 → 1.400 €: 8.600 + 1.000 = 9.600 €.
    app.type_into(Field::Training, "1.400");
    settle().await;
    assert_eq!(
        app.text("#section-integration-total"),
        "9.600\u{a0}€ zzgl. 2.712\u{a0}€ eigenes Personal"
    );

    // A note shows on its closed row, in words.
    let fee = dom_id(Field::ConnectionFee);
    let more: HtmlDetailsElement = app.get(&format!("#{fee}-more")).unchecked_into();
    assert!(!more.open());
    assert!(app
        .text(&format!("#{fee}-more-summary"))
        .contains("Anmerkung: Einstiegsentgelt laut Nachnutzungskonzept (Beispiel)"));

    // So does the example's range of the minutes saved, 8 to 25.
    let minutes = dom_id(Field::MinutesSaved);
    assert!(app
        .text(&format!("#{minutes}-more-summary"))
        .contains("Spanne 8–25"));
    // A new range is prefilled ±20 %: Schulung 1.400 € gives 1.120 to 1.680.
    let training = dom_id(Field::Training);
    assert!(!app
        .text(&format!("#{training}-more-summary"))
        .contains("Spanne 1"));
    let toggle: HtmlElement = app.get(&format!("#{training}-range")).unchecked_into();
    toggle.click();
    settle().await;
    assert!(app
        .text(&format!("#{training}-more-summary"))
        .contains("Spanne 1.120–1.680"));
}
