//! The browser UI (Leptos, client-side rendered).
//!
//! Data flows one way: the form writes the document (`RwSignal<Assessment>`
//! in [`state::Form`]), one `Memo` runs `model::analyse` over it, and the
//! results, chart and table only read that memo. The UI computes no
//! economics, and every word it shows comes from `crate::text`.
//!
//! DOM contract (relied on by the end-to-end tests): every numeric input
//! has `id = dom_id(field)`, its hint `…-hint`, its error `…-error`; the
//! error summary is `#error-summary`; the results `#results` carry
//! `data-outdated`; the verdict is `#verdict`, the Kapitalwert `#kpi-kw`,
//! the payback `#kpi-payback`; the chart figure `#chart-cashflow` and the
//! yearly table `#yearly-table`. Ranges: per field the toggle `…-range`,
//! the ends `…-min` / `…-max`, their message `…-range-error`, and the
//! switching-value hint `…-switching`; seed `#f-seed`, sample count
//! `#f-samples`. Results: `#uncertainty` (with `#uncertainty-hint` while no
//! range is set, else `#uncertainty-sentence`, `#mc-probability`, `#mc-p10`,
//! `#mc-p50`, `#mc-p90`, `#chart-histogram`, `#histogram-table`,
//! `#payback-distribution`), `#sensitivity` (`#chart-tornado`,
//! `#tornado-table`, `#switching-table`).

mod chart;
mod fields;
mod files;
mod form;
mod library;
mod ranges;
mod recommendation;
mod results;
mod sensitivity;
mod share_dialog;
pub mod state;
mod storage;
mod technical;
mod uncertainty;
mod yearly_table;

use leptos::prelude::*;

use crate::model::{analyse, Assessment, Field};
use crate::share;
use crate::text::t;
use form::{focus_element, AssessmentForm};
use results::Results;
use state::Form;

/// The `id` of a field's input: `f-` and the variant name in kebab case,
/// e.g. `f-cases-per-year`.
pub fn dom_id(field: Field) -> String {
    let name = format!("{field:?}");
    let mut id = String::with_capacity(name.len() + 6);
    id.push_str("f-");
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        } else {
            id.push(c);
        }
    }
    id
}

/// The illustrative example the app starts with; falls back to the
/// reference defaults should the bundled example ever fail to open.
pub fn example_assessment() -> Assessment {
    share::from_json(share::examples::SMALL_GEMEINDE)
        .unwrap_or_else(|_| Assessment::with_reference_defaults())
}

/// A link to the results that moves focus there without touching the URL
/// fragment (where share links keep the assessment).
#[component]
fn ResultsLink(class: &'static str) -> impl IntoView {
    view! {
        <a
            class=class
            href="#results"
            on:click=move |ev| {
                ev.prevent_default();
                focus_element("results");
            }
        >
            {t().skip_to_results}
        </a>
    }
}

/// The whole app: header, example notice, form and results side by side.
#[component]
pub fn App() -> impl IntoView {
    let form = Form::new(example_assessment());
    let doc = form.doc;
    // The one analysis: everything in the results panel reads this memo
    // (the deterministic evaluation, uncertainty, sensitivity, decision).
    let analysis = Memo::new(move |_| doc.with(analyse));
    // Each field's switching-value hint reads it too.
    provide_context(analysis);
    let showing_example = RwSignal::new(true);
    // Autosave, the saved assessments and any share link in the address.
    let workspace = library::Workspace::start(form, showing_example);
    let start_blank = move |_| {
        form.load(Assessment::with_reference_defaults());
        showing_example.set(false);
    };
    view! {
        <ResultsLink class="skip-link" />
        <header class="page-header">
            <div class="container">
                <p class="page-header__brand">{t().app_title}</p>
            </div>
        </header>
        <main class="container page" id="main">
            <h1 class="page__title">{t().app_title}</h1>
            <p class="page__lead">{t().app_lead}</p>
            {move || {
                showing_example
                    .get()
                    .then(|| {
                        view! {
                            <div class="notice notice--info" id="example-notice">
                                <h2 class="notice__title">{t().example_heading}</h2>
                                <p>{t().example_body}</p>
                                <button
                                    type="button"
                                    class="button button--secondary"
                                    on:click=start_blank
                                >
                                    {t().start_blank}
                                </button>
                            </div>
                        }
                    })
            }}
            <library::SavedWork workspace />
            <p class="jump-to-results">
                <ResultsLink class="" />
            </p>
            <div class="layout">
                <div class="layout__form">
                    <AssessmentForm form />
                </div>
                <div class="layout__results">
                    <Results form analysis />
                </div>
            </div>
        </main>
        <footer class="page-footer">
            <div class="container">
                <p>{t().footer}</p>
            </div>
        </footer>
    }
}
