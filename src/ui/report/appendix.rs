//! The report's appendix, print only: every input with its unit, range
//! and Quelle / Stand or note (the assumptions table), the technical
//! checklist, and the share link with its QR code to reopen exactly this
//! assessment. Each is drawn only while printing.

use leptos::prelude::*;

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

/// One input as a row: label (with its unit), value with its marks,
/// range, and source or note. Every cell is text.
fn input_row(d: &Assessment, field: Field) -> impl IntoView {
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
    view! {
        <tr>
            <th scope="row">{field_text(field).label}</th>
            <td>{shown}</td>
            <td>{range}</td>
            <td class="report-table__source">{source}</td>
        </tr>
    }
}

/// "Annahmen": every numeric input, grouped like the form.
#[component]
pub fn AssumptionsTable(doc: Signal<Assessment>) -> impl IntoView {
    let printing = super::printing();
    let body = move || {
        printing.get().then(|| {
            doc.with(|d| {
                PARTS
                    .iter()
                    .map(|&part| {
                        let rows = Field::ALL
                            .iter()
                            .filter(|f| f.part() == part)
                            .map(|&f| input_row(d, f))
                            .collect_view();
                        view! {
                            <tbody>
                                <tr class="report-table__group">
                                    <th scope="colgroup" colspan="4">
                                        {part_heading(part)}
                                    </th>
                                </tr>
                                {rows}
                            </tbody>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let x = t();
    view! {
        <section class="report-part report-only" id="report-assumptions">
            <h3 class="results__subheading">{x.assumptions_heading}</h3>
            <table class="table table--compact report-table">
                <caption class="table__caption">{x.assumptions_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{x.col_input}</th>
                        <th scope="col" class="num">{x.col_value}</th>
                        <th scope="col" class="num">{x.col_range}</th>
                        <th scope="col">{x.col_source}</th>
                    </tr>
                </thead>
                {body}
            </table>
        </section>
    }
}

/// The prerequisites checklist with status, must-have and notes, after
/// the Nutzwert.
#[component]
pub fn Checklist(doc: Signal<Assessment>) -> impl IntoView {
    let printing = super::printing();
    let x = t();
    let rows = move || {
        printing.get().then(|| {
            doc.with(|d| {
                d.technical
                    .prerequisites
                    .iter()
                    .map(|p| {
                        let notes = [p.note.trim(), p.responsible.trim(), p.due.trim()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <tr>
                                <th scope="row">{prerequisite_title(p)}</th>
                                <td>{status_name(p.status)}</td>
                                <td>{if p.must_have { x.must_yes } else { x.must_no }}</td>
                                <td class="report-table__source">{notes}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let score = move || {
        printing
            .get()
            .then(|| doc.with(|d| nutzwert_line(nutzwert(&d.technical.criteria).ok())))
    };
    view! {
        <section class="report-part report-only" id="report-checklist">
            <h3 class="results__subheading">{x.checklist_heading}</h3>
            <p>{score}</p>
            <table class="table table--compact report-table">
                <caption class="table__caption">{x.checklist_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{x.col_item}</th>
                        <th scope="col">{x.col_status}</th>
                        <th scope="col">{x.col_must}</th>
                        <th scope="col">{x.col_note}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// "Annahmen", then "Technische Voraussetzungen", of the alternative
/// shown.
#[component]
pub fn Appendix(doc: Signal<Assessment>) -> impl IntoView {
    view! {
        <AssumptionsTable doc />
        <Checklist doc />
    }
}

/// The share link of the whole document (every alternative) as text,
/// and its QR code, from the on-demand module.
#[component]
pub fn LinkBlock(whole: Signal<Assessment>) -> impl IntoView {
    let printing = super::printing();
    // (link, QR) while printing with the module loaded; the link is
    // `None` when the document is too large for one.
    let shared = Memo::new(move |_| {
        if !printing.get() {
            return None;
        }
        match extras::get() {
            Loaded::Ready(x) => {
                let url = whole.with(|d| x.share_url(d));
                let qr = url.as_deref().and_then(|u| x.qr_svg(u));
                Some((url, qr))
            }
            Loaded::Pending | Loaded::Failed => None,
        }
    });
    let body = move || {
        shared.get().map(|(url, qr)| match url {
            None => view! { <p>{t().link_missing}</p> }.into_any(),
            Some(url) => view! {
                <div class="report-link__body">
                    // Safe use of `inner_html`: the SVG is built by
                    // `share::qr::svg` from the QR module matrix only; the
                    // link (which carries user text) is never markup.
                    <div
                        class="report-link__qr"
                        role="img"
                        aria-label=t().qr_label
                        inner_html=qr.unwrap_or_default()
                    ></div>
                    <p class="report-link__url" id="report-link-url">
                        {url}
                    </p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="report-part report-link report-only" id="report-link">
            <h3 class="results__subheading">{t().link_heading}</h3>
            <p>{t().link_hint}</p>
            {body}
        </section>
    }
}
