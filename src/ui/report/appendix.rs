//! The report's appendix, print only: every input with its unit, range
//! and Quelle / Stand or note (the assumptions table), the technical
//! checklist, and the share link with its QR code to reopen exactly this
//! assessment.

use leptos::prelude::*;
use web_sys::Element;

use super::build::{el, table, with, Group};
use crate::model::reference::{for_field, source_of};
use crate::model::technical::nutzwert;
use crate::model::{Assessment, Field, Part};
use crate::text::form::{field_text, value_in_unit};
use crate::text::report::{part_heading, source_cell, t};
use crate::text::technical::{nutzwert_line, prerequisite_title, status_name};
use crate::ui::widgets::extras::{self, Loaded};

const PARTS: [Part; 7] = [
    Part::Master,
    Part::Integration,
    Part::Operations,
    Part::Support,
    Part::Funding,
    Part::Benefits,
    Part::Parameters,
];

/// One input as cells: label (with its unit), value with its marks,
/// range, and source or note.
fn input_row(d: &Assessment, field: Field) -> Vec<String> {
    let value = field.get(d);
    let unit = field.unit();
    let mut shown = value_in_unit(unit, value);
    if d.unknown_costs.contains(&field) {
        shown = format!("{shown} ({})", t().unknown_mark);
    }
    if d.unconfirmed.contains(&field) {
        shown = format!("{shown} ({})", t().unconfirmed_mark);
    }
    let range = d.uncertainty.ranges.get(&field).map_or_else(
        || "–".to_string(),
        |r| {
            format!(
                "{} – {}",
                value_in_unit(unit, r.min),
                value_in_unit(unit, r.max)
            )
        },
    );
    let has_default = for_field(field).is_some();
    let note = field.cost_line(d).map_or("", |c| c.note.as_str());
    let source = source_cell(source_of(field, value), has_default, note);
    vec![field_text(field).label.to_string(), shown, range, source]
}

/// The heading of a part of the appendix.
fn heading(text: &str) -> Element {
    el("h3", "results__subheading", text)
}

/// "Annahmen": every numeric input, grouped like the form.
fn assumptions(d: &Assessment) -> Vec<Element> {
    let groups = PARTS
        .iter()
        .map(|&part| Group {
            heading: Some(part_heading(part)),
            rows: Field::ALL
                .iter()
                .filter(|f| f.part() == part)
                .map(|&f| input_row(d, f))
                .collect(),
        })
        .collect();
    let x = t();
    let head = [
        (x.col_input, false),
        (x.col_value, true),
        (x.col_range, true),
        (x.col_source, false),
    ];
    vec![
        heading(x.assumptions_heading),
        table(x.assumptions_caption, &head, groups),
    ]
}

/// The prerequisites checklist with status, must-have and notes, and the
/// Nutzwert.
fn checklist(d: &Assessment) -> Vec<Element> {
    let x = t();
    let rows = d
        .technical
        .prerequisites
        .iter()
        .map(|p| {
            let notes = [p.note.trim(), p.responsible.trim(), p.due.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            let must = if p.must_have { x.must_yes } else { x.must_no };
            vec![
                prerequisite_title(p),
                status_name(p.status).to_string(),
                must.to_string(),
                notes,
            ]
        })
        .collect();
    let head = [
        (x.col_item, false),
        (x.col_status, false),
        (x.col_must, false),
        (x.col_note, false),
    ];
    vec![
        heading(x.checklist_heading),
        el(
            "p",
            "",
            &nutzwert_line(nutzwert(&d.technical.criteria).ok()),
        ),
        table(
            x.checklist_caption,
            &head,
            vec![Group {
                heading: None,
                rows,
            }],
        ),
    ]
}

/// The share link of the whole document as text and its QR code, once
/// the on-demand module is there.
fn link(whole: &Assessment) -> Vec<Element> {
    let x = t();
    let mut parts = vec![heading(x.link_heading), el("p", "", x.link_hint)];
    if let Loaded::Ready(extras) = extras::get() {
        match extras.share_url(whole) {
            None => parts.push(el("p", "", x.link_missing)),
            Some(url) => {
                let qr = el("div", "report-link__qr", "");
                let _ = qr.set_attribute("role", "img");
                let _ = qr.set_attribute("aria-label", x.qr_label);
                // Safe use of `inner_html`: the SVG is built by
                // `share::qr::svg` from the QR module matrix only; the link
                // (which carries user text) is never markup.
                qr.set_inner_html(&extras.qr_svg(&url).unwrap_or_default());
                let url = el("p", "report-link__url", &url);
                url.set_id("report-link-url");
                parts.push(with(el("div", "report-link__body", ""), [qr, url]));
            }
        }
    }
    parts
}

/// "Annahmen", then "Technische Voraussetzungen", of the alternative
/// shown.
#[component]
pub fn Appendix(doc: Signal<Assessment>) -> impl IntoView {
    view! {
        <super::PrintPart id="report-assumptions" content=move || doc.with(assumptions) />
        <super::PrintPart id="report-checklist" content=move || doc.with(checklist) />
    }
}

/// The link and QR code of the whole document (every alternative).
#[component]
pub fn LinkBlock(whole: Signal<Assessment>) -> impl IntoView {
    view! { <super::PrintPart id="report-link" class="report-link" content=move || whole.with(link) /> }
}
