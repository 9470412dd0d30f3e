//! "Bericht drucken": the author line (an input on screen, text in the
//! report) and the button that prints.
//!
//! The button first loads the on-demand module (charts, QR code), then
//! prepares the page as `beforeprint` does (every chart drawn, the
//! print-only parts written), lets the views draw, and only then calls
//! the browser's print, so the PDF holds every chart and the QR code.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::limits::MAX_NAME_CHARS;
use crate::text::report::t;
use crate::ui::widgets::{dom::prepare_print, extras, FieldBlock, Input};

/// How long the views get to draw after the preparation (a few tasks;
/// the charts are drawn in the first).
const DRAW_MS: i32 = 250;

/// Waits `ms` milliseconds.
async fn pause(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// The report panel: author line and "Bericht drucken". `author` is kept
/// for the session only (not in the document): the report's title block
/// reads it.
#[component]
pub fn ReportPanel(author: RwSignal<String>) -> impl IntoView {
    let preparing = RwSignal::new(false);
    let print = move |_| {
        if preparing.get_untracked() {
            return;
        }
        preparing.set(true);
        leptos::task::spawn_local(async move {
            // Without the module the report still prints, with the data
            // tables in place of the charts and the link as text only.
            let _ = extras::ready().await;
            prepare_print();
            pause(DRAW_MS).await;
            preparing.set(false);
            let _ = window().print();
        });
    };
    let input = Input::text(
        "report-author".to_string(),
        MAX_NAME_CHARS,
        author.into(),
        move |text| author.set(text),
    );
    view! {
        <section class="report-panel" aria-labelledby="report-panel-heading">
            <h2 class="report-panel__heading" id="report-panel-heading">
                {t().panel_heading}
            </h2>
            <p class="report-panel__hint">{t().panel_hint}</p>
            <FieldBlock input label=t().author_label hint=view! { {t().author_hint} }.into_any() />
            <p class="report-panel__actions">
                <button
                    type="button"
                    class="button"
                    id="report-print"
                    aria-describedby="report-status"
                    on:click=print
                >
                    {t().print_button}
                </button>
                <span class="report-panel__status" id="report-status" role="status">
                    {move || preparing.get().then_some(t().preparing)}
                </span>
            </p>
        </section>
    }
}
