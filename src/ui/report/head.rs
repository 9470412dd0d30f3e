//! The report's title block: what is assessed, for whom, by whom and
//! when, and with which app and document versions. Print only.

use leptos::prelude::*;
use web_sys::Element;

use super::build::{el, with};
use crate::model::Assessment;
use crate::text::report::{self as words, t};

/// Today's date as "02.12.2026".
fn today() -> String {
    let now = js_sys::Date::new_0();
    words::date(now.get_date(), now.get_month() + 1, now.get_full_year())
}

/// The title block's parts: title, service, and the lines as a
/// description list (every value set as text).
fn title_block(d: &Assessment, author: &str) -> Vec<Element> {
    let versions = words::versions_line(env!("CARGO_PKG_VERSION"), crate::share::CURRENT_VERSION);
    let mut lines = vec![
        (t().service, d.master.service.trim().to_string()),
        (t().kommune, d.master.kommune.trim().to_string()),
        (t().author, author.trim().to_string()),
        (t().date, today()),
        (t().versions, versions),
    ];
    lines.retain(|(_, value)| !value.is_empty());
    let list = with(
        el("dl", "report-head__lines", ""),
        lines.into_iter().map(|(term, value)| {
            with(
                el("div", "report-head__line", ""),
                [el("dt", "", term), el("dd", "", &value)],
            )
        }),
    );
    vec![
        el("h1", "report-head__title", t().title),
        el("p", "report-head__service", d.master.service.trim()),
        list,
    ]
}

#[component]
pub fn ReportHead(doc: Signal<Assessment>, author: RwSignal<String>) -> impl IntoView {
    let content = move || author.with(|a| doc.with(|d| title_block(d, a)));
    view! { <super::PrintPart id="report-head" class="report-head" content /> }
}
