//! DOM helpers shared by every feature: element ids, focus, ARIA
//! attribute values, and signals fed by browser observers.

use gloo_events::EventListener;
use leptos::html::{Details, Div};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlDetailsElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
};

use crate::model::Field;

/// The `id` of a field's input: `f-` and the field's key
/// ([`Field::key`]), e.g. `f-cases-per-year`.
pub fn dom_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// Moves focus to an element and scrolls it into view, first opening
/// every collapsed `<details>` around it (a form section, a row's
/// disclosure), as a person would to reach it. Used instead of following
/// `#…` links, which would overwrite the URL fragment (where share links
/// keep the assessment).
pub fn focus_element(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    open_around(&el);
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        el.scroll_into_view_with_bool(true);
        let _ = el.focus();
    }
}

/// Opens every closed `<details>` that holds `el`, so that it is shown and
/// can take focus.
fn open_around(el: &web_sys::Element) {
    let mut node = el.parent_element();
    while let Some(parent) = node {
        if let Some(details) = parent.dyn_ref::<HtmlDetailsElement>() {
            if !details.open() {
                details.set_open(true);
            }
        }
        node = parent.parent_element();
    }
}

/// "true"/"false" for `aria-invalid`.
pub fn aria_flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// Whether an element is on the screen or close to it. Charts are drawn
/// only then: redrawing off-screen SVGs on every keystroke would cost the
/// main thread milliseconds per change for nothing anyone sees (their data
/// tables stay current). Printing draws every chart.
pub fn on_screen(node: NodeRef<Div>) -> ReadSignal<bool> {
    let (visible, set_visible) = signal(false);
    node.on_load(move |el| {
        let seen = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.iter().last() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                let _ = set_visible.try_set(entry.is_intersecting());
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin("400px");
        if let Ok(observer) =
            IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options)
        {
            observer.observe(&el);
        }
        when_printing(set_visible);
        // The observer lives as long as the page: the section holding a
        // chart is only rebuilt when ranges are switched on or off altogether.
        seen.forget();
    });
    visible
}

/// Whether a `<details>` is open (or the page is printed, which opens
/// them all). Long tables inside closed details are not rendered, so they
/// cost nothing on each change.
pub fn opened(node: NodeRef<Details>) -> ReadSignal<bool> {
    let (open, set_open) = signal(false);
    node.on_load(move |el| {
        let details = el.clone();
        // The listener lives as long as the element.
        EventListener::new(&el, "toggle", move |_| {
            let _ = set_open.try_set(details.open());
        })
        .forget();
        when_printing(set_open);
    });
    open
}

/// `aria-busy` of a part that shows the full analysis: "true" while it is
/// behind the document (see [`crate::ui::view::Analyses`]). The style shows the
/// part's "wird berechnet…" note only if that lasts long enough to see.
pub fn busy(pending: Memo<bool>) -> impl Fn() -> &'static str + Copy {
    move || if pending.get() { "true" } else { "false" }
}
/// The event the "Bericht drucken" button sends before it prints
/// ([`prepare_print`]): the same preparation as the browser's
/// `beforeprint`, sent early enough that the button can wait until every
/// chart is drawn (Ctrl+P prepares on `beforeprint` alone).
const PREPARE_PRINT: &str = "efa-prepare-print";

/// Prepares the page for printing as `beforeprint` does: every chart is
/// drawn, every explanation and table written. The views follow in the
/// next task.
pub fn prepare_print() {
    if let Ok(event) = web_sys::Event::new(PREPARE_PRINT) {
        let _ = window().dispatch_event(&event);
    }
}

/// Sets `flag` when the page is about to be printed (or prepared for it,
/// [`prepare_print`]), so printing shows every chart and table. The
/// listeners live as long as the page.
pub fn when_printing(flag: WriteSignal<bool>) {
    for name in ["beforeprint", PREPARE_PRINT] {
        EventListener::new(&window(), name, move |_| {
            let _ = flag.try_set(true);
        })
        .forget();
    }
}
