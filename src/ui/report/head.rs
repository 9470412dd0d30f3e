//! The report's title block: what is assessed, for whom, by whom and
//! when, and with which app and document versions. Print only.

use leptos::prelude::*;

use crate::model::Assessment;
use crate::text::report::{self as words, t};

/// Today's date as "02.12.2026".
fn today() -> String {
    let now = js_sys::Date::new_0();
    words::date(now.get_date(), now.get_month() + 1, now.get_full_year())
}

/// One line of the title block, as a term and its value (set as text).
fn line(term: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="report-head__line">
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}

#[component]
pub fn ReportHead(doc: Signal<Assessment>, author: RwSignal<String>) -> impl IntoView {
    let printing = super::printing();
    let body = move || {
        printing.get().then(|| {
            let (service, kommune) =
                doc.with(|d| (d.master.service.clone(), d.master.kommune.clone()));
            let author = author.get();
            let versions =
                words::versions_line(env!("CARGO_PKG_VERSION"), crate::share::CURRENT_VERSION);
            view! {
                <h1 class="report-head__title">{t().title}</h1>
                <p class="report-head__service">{service.clone()}</p>
                <dl class="report-head__lines">
                    {line(t().service, service)}
                    {line(t().kommune, kommune)}
                    {(!author.trim().is_empty()).then(|| line(t().author, author))}
                    {line(t().date, today())}
                    {line(t().versions, versions)}
                </dl>
            }
        })
    };
    view! { <section class="report-head report-only" id="report-head">{body}</section> }
}
