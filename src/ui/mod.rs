//! The browser UI (Leptos, client-side rendered).
//!
//! Data flows one way: the form writes the document (`RwSignal<Assessment>`
//! in [`state::Form`]), memos evaluate it ([`Analyses`]: the deterministic
//! result at once, `model::analyse` in a follow-up task), and the results,
//! charts and tables only read those memos. The UI computes no
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
pub mod results;
mod sensitivity;
mod share_dialog;
pub mod state;
mod storage;
mod summary;
mod technical;
mod uncertainty;
mod yearly_table;

use leptos::prelude::*;

use std::time::Duration;

use crate::model::recommendation::{recommend, Decision};
use crate::model::{analyse, evaluate, Analysis, Assessment, Evaluation, Field};
use crate::share;
use crate::text::t;
use form::{focus_element, AssessmentForm};
use results::{DocView, Results};
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

/// The analysis of the document, in two steps so that a keystroke never
/// waits for the Monte Carlo: the input's own task evaluates the document
/// deterministically and decides (`evaluation`, `decision`: a few
/// microseconds), and the
/// results that depend on it are drawn before the browser paints. The full
/// `model::analyse` (Monte Carlo, tornado, switching values) runs in a
/// task of its own right after (`full`), over the document as it is then;
/// several changes in a row coalesce into one run. Until it has run,
/// `pending` is true and the uncertainty and sensitivity parts say so
/// (`aria-busy`). Both memos are computed from the same document by the
/// same model, so what they show is exactly what one `analyse` gives.
/// The context through which each field's switching-value hint reads the
/// full analysis: a newtype, so that no other `Memo<Analysis>` provided
/// later (an alternative's, a presentation's) can shadow it.
#[derive(Clone, Copy)]
pub struct FullAnalysis(pub Memo<Analysis>);

#[derive(Clone, Copy)]
pub struct Analyses {
    /// Deterministic evaluation of the current document.
    pub evaluation: Memo<Evaluation>,
    /// The decision on it.
    pub decision: Memo<Decision>,
    /// Everything, for the document as of the last follow-up task.
    pub full: Memo<Analysis>,
    /// Whether `full` is behind the document.
    pub pending: Memo<bool>,
}

impl Analyses {
    /// The analyses of `doc`, whichever document that is: the one being
    /// edited, or any other (an alternative, a saved entry, a report).
    pub fn new(doc: Signal<Assessment>) -> Self {
        let evaluation = Memo::new(move |_| doc.with(evaluate));
        let decision = Memo::new(move |_| doc.with(|d| evaluation.with(|e| recommend(d, e))));
        let settled = RwSignal::new(doc.get_untracked());
        let scheduled = StoredValue::new(false);
        Effect::new(move |_| {
            doc.track();
            if !scheduled.get_value() {
                scheduled.set_value(true);
                set_timeout(
                    move || {
                        scheduled.set_value(false);
                        doc.with_untracked(|d| {
                            if settled.with_untracked(|s| s != d) {
                                settled.set(d.clone());
                            }
                        });
                    },
                    Duration::ZERO,
                );
            }
        });
        Self {
            evaluation,
            decision,
            full: Memo::new(move |_| settled.with(analyse)),
            pending: Memo::new(move |_| doc.with(|d| settled.with(|s| s != d))),
        }
    }
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
    let analysis = Analyses::new(doc.into());
    // Each field's switching-value hint reads the full analysis.
    provide_context(FullAnalysis(analysis.full));
    let showing_example = RwSignal::new(true);
    // Autosave, the saved assessments and any share link in the address.
    let workspace = library::Workspace::start(form, showing_example);
    // The tab's title names the open assessment's service (as text: the
    // browser never parses document.title as markup).
    let service = Memo::new(move |_| doc.with(|d| d.master.service.clone()));
    Effect::new(move |_| document().set_title(&service.with(|s| crate::text::page_title(s))));
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
        <summary::Summary analysis outdated=Signal::derive(move || form.has_errors()) />
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
                    <Results view=DocView::of_form(form, analysis) />
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
