//! The browser UI (Leptos, client-side rendered), in feature folders:
//!
//! - [`form`]: the editing form and its state ([`form::state::Form`]);
//! - [`results`]: every view of a document's results (summary bar,
//!   verdict, key figures, recommendation, charts, tables);
//! - [`present`]: the presentation mode (projector), a view of a document;
//! - [`report`]: the print report's own parts (title block, assumptions,
//!   checklist, link and QR) and its "Bericht drucken" button;
//! - [`saved`]: the library of saved assessments, autosave, files and
//!   share links;
//! - [`language`]: the switch Deutsch / English, which reloads the page in
//!   the other language once everything is stored;
//! - [`view`]: what a result view gets ([`view::DocView`]);
//! - [`widgets`]: shared widgets and DOM helpers.
//!
//! `text/` and `style/` use the same names. Imports point one way only:
//! `widgets` and `view` depend on no feature, `results` on neither `form`
//! nor `saved`, `form` not on `saved` or `present`, `language` only on
//! `saved`, and nothing on `present` or `language`; this file wires them together (checked by
//! `tests/architecture.rs`).
//!
//! Data flows one way: the form writes the document (`RwSignal<Assessment>`
//! in [`form::state::Form`]), memos evaluate it ([`Analyses`]: the deterministic
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
//! kritischer Wert `…-switching`; seed `#f-seed`, sample count
//! `#f-samples`. Form sections: `#section-<part>` (and `#prereqs`,
//! `#nutzwert`), each a `<details>` with its summary `…-heading` and total
//! `…-total`; a field's row disclosure `…-more` with summary
//! `…-more-summary`, holding the range toggle, the note `…-note` and the
//! unknown mark `…-unknown`. Annahmen: an unconfirmed pre-filled value
//! has its mark `…-assumption` (inside the hint) and the button
//! `…-confirm`; a field that does not hold its reference value offers it
//! with `…-adopt`; the ramp's yearly shares are `#f-ramp-years-preview`;
//! the summary lists the unconfirmed values in `#summary-assumptions`, the
//! reasons in `#recommendation-reasons` (budget line:
//! `recommendation__reason--budget`). The kritischer Wert `…-switching`
//! is empty where it does not matter. The transport-route item's note
//! `#prereq-transport-needed` shows while no route is chosen. Results: `#uncertainty` (with `#uncertainty-hint` while no
//! range is set, else `#uncertainty-sentence`, `#mc-probability`, `#mc-p10`,
//! `#mc-p50`, `#mc-p90`, `#chart-histogram`, `#histogram-table`,
//! `#payback-distribution`), `#sensitivity` (`#chart-tornado`,
//! `#tornado-table`, `#switching-table`). Every chart figure `#chart-…`
//! has its download buttons `#chart-…-svg` and `#chart-…-png`. The report:
//! the button `#report-print`, the author line `#report-author`, and,
//! filled while printing, `#report-head`, `#report-assumptions`,
//! `#report-checklist` and `#report-link` (the link `#report-link-url`).

pub mod form;
pub mod language;
pub mod present;
pub mod report;
pub mod results;
pub mod saved;
pub mod view;
pub mod widgets;

use leptos::prelude::*;

use crate::text::t;
use form::state::Form;
use form::AssessmentForm;
use present::{PresentButton, Presentation};
use results::summary::Summary;
use results::Results;
use saved::fresh_start::StartAfresh;
use saved::library::{SavedWork, Workspace};
use saved::update::UpdateNotice;
use view::{Analyses, FullAnalysis};
use widgets::focus_element;

/// Starts the app (both bundles' `main`): mounts [`App`] into `<body>`.
pub fn start() {
    // Readable panic messages in the console for debug builds (`trunk
    // serve`); the release bundle leaves the hook out (0,7 KB gzip,
    // docs/performance.md): a panic there still shows in the console, as
    // "unreachable", and the model's property tests keep it from happening.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
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
    // The language first: every text and number below follows it.
    let carried_author = language::start();
    let form = Form::new(crate::share::examples::starting());
    let doc = form.doc;
    provide_context(view::WholeDocument(form.document.into()));
    // While there are alternatives, which one the single results show.
    let results_for = move || {
        let count = form.document.with(crate::model::Assessment::variant_count);
        (count > 1).then(|| {
            let i = form.selected.get();
            let name = doc.with(|d| crate::text::results::alternative_name(i, &d.first_name));
            view! {
                <p class="notice notice--info" id="results-for">
                    {crate::text::alternatives::results_for(&name)}
                </p>
            }
        })
    };
    let analysis = Analyses::new(doc.into());
    // Each field's switching-value hint reads the full analysis.
    provide_context(FullAnalysis(analysis.full));
    let showing_example = RwSignal::new(true);
    // The inputs pinned to the presentation, which each form row can pin.
    present::drawer::remember_pinned(form);
    // Autosave, the saved assessments and any share link in the address.
    let workspace = Workspace::start(form, showing_example);
    // The tab's title names the open assessment's service (as text: the
    // browser never parses document.title as markup).
    let service = Memo::new(move |_| doc.with(|d| d.master.service.clone()));
    Effect::new(move |_| document().set_title(&service.with(|s| crate::text::page_title(s))));
    // The presentation shows the same document; meanwhile the page behind
    // it is inert, so focus and screen readers stay in the presentation.
    let presenting = RwSignal::new(false);
    // The report's author line: kept while the page is open, not stored.
    let author = RwSignal::new(carried_author);
    let language_problem = RwSignal::new(false);
    view! {
        <div class="app-page" inert=move || presenting.get()>
        <ResultsLink class="skip-link" />
        <header class="page-header">
            <div class="container page-header__bar">
                <p class="page-header__brand">{t().app_title}</p>
                <div class="page-header__tools">
                    <language::LanguageSwitch workspace author problem=language_problem />
                    <PresentButton open=presenting />
                </div>
            </div>
        </header>
        <Summary analysis outdated=Signal::derive(move || form.has_errors()) />
        <main class="container page" id="main">
            <report::head::ReportHead doc=doc.into() author />
            <h1 class="page__title">{t().app_title}</h1>
            <p class="page__lead">{t().app_lead}</p>
            <language::LanguageProblem problem=language_problem />
            <UpdateNotice />
            {move || {
                showing_example
                    .get()
                    .then(|| {
                        view! {
                            <div class="notice notice--info" id="example-notice">
                                <h2 class="notice__title">{t().example_heading}</h2>
                                <p>{t().example_body}</p>
                                <StartAfresh workspace />
                            </div>
                        }
                    })
            }}
            <SavedWork workspace />
            <p class="jump-to-results">
                <ResultsLink class="" />
            </p>
            <div class="layout">
                <div class="layout__form">
                    <AssessmentForm form />
                </div>
                <div class="layout__results">
                    <results::comparison::ComparisonResults document=form.document.into() />
                    {results_for}
                    <Results view=form.view(analysis) />
                    <report::panel::ReportPanel author />
                    <report::appendix::Appendix doc=doc.into() />
                    <report::appendix::LinkBlock whole=form.document.into() />
                </div>
            </div>
        </main>
        <footer class="page-footer">
            <div class="container">
                <p>{t().footer}</p>
            </div>
        </footer>
        </div>
        <Presentation form view=form.view(analysis) open=presenting />
    }
}
