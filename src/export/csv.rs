//! The document as CSV for German Excel: semicolons between cells, a
//! decimal comma, UTF-8 with a byte-order mark (so Excel reads the
//! umlauts), CRLF line ends and RFC 4180 quoting. Blocks one below the
//! other, each under a title row: the Stammdaten, then per alternative
//! its Eingaben, Zahlungsströme and Ergebnis, then the comparison, the
//! Kostenteilung and the checklist. docs/export.md lists every block.
//!
//! Numbers are written unrounded (Rust's shortest representation that
//! reads back to the same f64, with a comma), so the file carries the
//! model's figures exactly; a spreadsheet formats them. Text from the
//! document goes through [`inert`] first.

use std::borrow::Cow;

use crate::model::comparison::compare;
use crate::model::sharing::evaluate_bodies;
use crate::model::{Assessment, BreakEven, Evaluation, Payback};
use crate::text::export::{column_header, unit_name, xt};
use crate::text::{form, results, sharing as sharing_words, technical};

use super::Column;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Empty,
    /// Text; written through [`inert`].
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Cell<'_> {
    fn from(text: String) -> Self {
        Cell::Text(Cow::Owned(text))
    }
}

impl From<f64> for Cell<'_> {
    fn from(value: f64) -> Self {
        Cell::Number(value)
    }
}

/// The characters that make a spreadsheet read a cell as a formula (or,
/// for tab and carriage return, hide the one that follows), when they
/// come first.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell made inert: text that a spreadsheet would take for a
/// formula (Formelinjektion, "CSV injection") gets a leading apostrophe,
/// which Excel and LibreOffice show as text. Numbers are never text
/// cells, so a negative amount stays a number.
pub fn inert(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A number with a decimal comma and no grouping: "-1234,5".
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // -0 would read as a text "-0" in some spreadsheets.
    let value = if value == 0.0 { 0.0 } else { value };
    value.to_string().replace('.', ",")
}

/// The file being written.
struct Writer {
    out: String,
}

impl Writer {
    fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.out.push(';');
            }
            match cell {
                Cell::Empty => {}
                Cell::Number(v) => self.out.push_str(&number(v)),
                Cell::Text(text) => self.text(&inert(&text)),
            }
        }
        self.out.push_str("\r\n");
    }

    /// RFC 4180: a cell with a separator, a quote or a line break is
    /// quoted, its quotes doubled.
    fn text(&mut self, text: &str) {
        if text.contains([';', '"', '\r', '\n']) {
            self.out.push('"');
            self.out.push_str(&text.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(text);
        }
    }

    fn title(&mut self, title: &str) {
        self.row([Cell::from(title)]);
    }

    fn blank(&mut self) {
        self.out.push_str("\r\n");
    }
}

/// The whole document as a CSV file, byte-order mark included.
pub fn document(a: &Assessment) -> String {
    let x = xt();
    let mut w = Writer {
        out: String::from('\u{feff}'),
    };
    w.title(x.title);
    w.row([x.service.into(), a.master.service.as_str().into()]);
    w.row([x.kommune.into(), a.master.kommune.as_str().into()]);
    if let Some(template) = &a.template {
        w.row([x.provider.into(), template.provider.as_str().into()]);
        w.row([x.provider_date.into(), template.date.as_str().into()]);
    }
    w.blank();
    let comparison = compare(a);
    for (i, result) in comparison.alternatives.iter().enumerate() {
        let Some(variant) = a.variant(i) else {
            continue;
        };
        let name = results::alternative_name(i, a.variant_name(i).unwrap_or_default());
        w.row([x.alternative.into(), name.into()]);
        w.blank();
        inputs(&mut w, &variant);
        years(&mut w, &result.evaluation);
        figures(&mut w, &result.evaluation);
        w.row([
            x.recommendation.into(),
            technical::recommendation_heading(result.decision.recommendation).into(),
        ]);
        w.blank();
    }
    if comparison.alternatives.len() > 1 {
        alternatives(&mut w, a, &comparison.alternatives);
    }
    if let Some(sharing) = &a.sharing {
        w.title(x.sharing);
        match evaluate_bodies(a, sharing) {
            Ok(bodies) => {
                w.row(
                    [
                        x.col_body,
                        x.col_fraction,
                        x.col_one_time_share,
                        x.col_yearly_share,
                        x.col_body_kw,
                    ]
                    .map(Cell::from),
                );
                for (i, body) in bodies.iter().enumerate() {
                    w.row([
                        sharing_words::participant_name(a, sharing, i).into(),
                        body.share.fraction.into(),
                        body.share.one_time.euros().into(),
                        body.share.yearly.euros().into(),
                        body.evaluation.kapitalwert.total.into(),
                    ]);
                }
            }
            Err(_) => w.title(x.sharing_invalid),
        }
        w.blank();
    }
    checklist(&mut w, a);
    w.out
}

fn inputs(w: &mut Writer, a: &Assessment) {
    let x = xt();
    w.title(x.inputs);
    w.row(super::input_header().map(Cell::from));
    for input in super::inputs(a) {
        w.row([
            input.part.into(),
            input.label.into(),
            input.value.into(),
            unit_name(input.unit).into(),
            input.source.into(),
            input.note.into(),
        ]);
    }
    let parameters = crate::text::t().section_parameters;
    let monetise = if a.benefits.monetise_citizen_time {
        x.yes
    } else {
        x.no
    };
    w.row([
        crate::text::t().section_benefits.into(),
        x.monetise.into(),
        monetise.into(),
    ]);
    let hours = form::annual_hours_reference(a.parameters.staff_group);
    w.row([
        parameters.into(),
        x.annual_hours.into(),
        hours.value.into(),
        unit_name(crate::model::Unit::Hours).into(),
        form::source_line(hours).into(),
        form::reference_label(hours).into(),
    ]);
    w.blank();
}

fn years(w: &mut Writer, e: &Evaluation) {
    w.title(xt().years);
    let columns = Column::csv();
    w.row(columns.iter().map(|&c| Cell::from(column_header(c))));
    for row in &e.years {
        w.row(
            columns
                .iter()
                .map(|c| c.value(row).map_or(Cell::Empty, Cell::Number)),
        );
    }
    w.blank();
}

/// A break-even value: the number, or what stands instead (`always`
/// when the KW is positive even at 0).
fn break_even(b: BreakEven, always: &'static str) -> Cell<'static> {
    match b {
        BreakEven::At(v) => Cell::Number(v),
        BreakEven::AlwaysPositive => always.into(),
        BreakEven::Never => xt().break_even_never.into(),
    }
}

/// The payback year, or "nicht im Betrachtungszeitraum".
fn payback(p: Payback) -> Cell<'static> {
    match p {
        Payback::Year(t) => Cell::Number(f64::from(t)),
        Payback::NotWithinHorizon => xt().payback_none.into(),
    }
}

fn figures(w: &mut Writer, e: &Evaluation) {
    let x = xt();
    let kw = &e.kapitalwert;
    let euro = unit_name(crate::model::Unit::Euro);
    w.title(x.results);
    w.row([x.col_figure, x.col_value, x.col_unit].map(Cell::from));
    w.row([x.verdict.into(), results::verdict_word(e.verdict).into()]);
    for (label, value) in [
        (x.kw_total, kw.total),
        (x.kw_h, kw.haushaltswirksam),
        (x.kw_nh, kw.nicht_haushaltswirksam),
        (x.kw_citizens, kw.citizens),
    ] {
        w.row([label.into(), value.into(), euro.into()]);
    }
    w.row([x.payback_year.into(), payback(e.payback)]);
    w.row([
        x.break_even_cases.into(),
        break_even(e.break_even_cases, x.break_even_always),
        unit_name(crate::model::Unit::Count).into(),
    ]);
    w.row([
        x.break_even_share.into(),
        break_even(e.break_even_share, x.break_even_share_always),
        unit_name(crate::model::Unit::Percent).into(),
    ]);
    let cost = e
        .cost_per_online_case
        .map_or(Cell::from(x.no_online_cases), Cell::Number);
    w.row([
        x.cost_per_case.into(),
        cost,
        unit_name(crate::model::Unit::EuroPerCase).into(),
    ]);
    w.row([
        x.fte_final.into(),
        e.fte_freed_final_year.into(),
        "VZÄ".into(),
    ]);
    w.row([
        x.staff_hours.into(),
        e.staff_hours_saved_total.into(),
        unit_name(crate::model::Unit::Hours).into(),
    ]);
    w.row([
        x.citizen_hours.into(),
        e.citizen_hours_saved_total.into(),
        unit_name(crate::model::Unit::Hours).into(),
    ]);
    w.row([
        x.online_cases.into(),
        e.online_cases_total.into(),
        unit_name(crate::model::Unit::Count).into(),
    ]);
}

fn alternatives(
    w: &mut Writer,
    a: &Assessment,
    results: &[crate::model::comparison::AlternativeResult],
) {
    let x = xt();
    w.title(x.comparison);
    w.row(
        [
            x.alternative,
            x.kw_total,
            x.kw_h,
            x.kw_nh,
            x.payback_year,
            x.recommendation,
        ]
        .map(Cell::from),
    );
    for (i, r) in results.iter().enumerate() {
        let kw = &r.evaluation.kapitalwert;
        w.row([
            results::alternative_name(i, a.variant_name(i).unwrap_or_default()).into(),
            kw.total.into(),
            kw.haushaltswirksam.into(),
            kw.nicht_haushaltswirksam.into(),
            payback(r.evaluation.payback),
            technical::recommendation_heading(r.decision.recommendation).into(),
        ]);
    }
    w.blank();
}

fn checklist(w: &mut Writer, a: &Assessment) {
    let x = xt();
    let items = &a.technical.prerequisites;
    if items.is_empty() {
        return;
    }
    w.title(x.checklist);
    w.row(
        [
            x.col_item,
            x.col_status,
            x.col_must,
            x.col_note,
            x.col_responsible,
            x.col_due,
        ]
        .map(Cell::from),
    );
    for p in items {
        w.row([
            technical::prerequisite_title(p).into(),
            technical::status_name(p.status).into(),
            if p.must_have { x.yes } else { x.no }.into(),
            p.note.as_str().into(),
            p.responsible.as_str().into(),
            p.due.as_str().into(),
        ]);
    }
}
