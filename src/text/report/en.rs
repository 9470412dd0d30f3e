//! The report's words in English.

use super::Texts;
use crate::text::en::EN as PAGE;

pub const EN: Texts = Texts {
    panel_heading: "Report for the Beschlussvorlage (draft resolution for the council)",
    panel_hint: "Prints the results as an A4 annex, with all assumptions, the link and its \
        QR code. In the print dialogue, choose “Save as PDF” to get a PDF file.",
    author_label: "Prepared by (name, department) – optional",
    author_hint: "Appears in the report's header. It is neither saved nor shared; it is kept \
        as long as the page stays open.",
    print_button: "Print report",
    preparing: "Preparing the report …",
    title: "Economic viability of reusing an EfA online service",
    service: "EfA online service",
    kommune: "Kommune (municipality)",
    author: "Prepared by",
    date: "Date",
    versions: "Created with",
    alternative: "Alternative",
    assumptions_heading: "Assumptions",
    assumptions_caption: "All inputs with unit, range and source or note",
    col_input: "Input",
    col_value: "Value",
    col_range: "Range (min.–max.)",
    col_source: "Source, as of / note",
    unknown_mark: "unknown",
    unconfirmed_mark: "assumption, not checked",
    checklist_heading: "Technical prerequisites",
    checklist_caption: "Checklist of prerequisites with their status",
    col_item: "Prerequisite",
    col_status: "Status",
    col_must: "Must",
    col_note: "Note, responsible, due",
    must_yes: "yes",
    must_no: "no",
    link_heading: "Open this assessment",
    link_hint: "The link and the QR code open exactly this assessment in EfA-Check. The data \
        is in the link itself; there is no server.",
    link_missing: "This assessment is too large for a link. It can be passed on as a JSON \
        file.",
    qr_label: "QR code of the link to this assessment",
    rounding_note: "Totals may differ because of rounding.",
};

pub fn versions_line(app: &str, format: u32) -> String {
    format!("{} {app}, document format version {format}", PAGE.app_title)
}

/// The months as British English writes them in a date.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2 December 2026"; a month out of range (never from a clock) in ISO
/// notation, "2026-13-01".
pub fn date(day: u32, month: u32, year: u32) -> String {
    match month.checked_sub(1).and_then(|m| MONTHS.get(m as usize)) {
        Some(name) => format!("{day} {name} {year}"),
        None => format!("{year}-{month:02}-{day:02}"),
    }
}

pub fn download_svg(chart: &str) -> String {
    format!("Download {chart} as SVG")
}

pub fn download_png(chart: &str) -> String {
    format!("Download {chart} as PNG (for slides)")
}
