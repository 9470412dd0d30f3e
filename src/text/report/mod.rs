//! The words of the print report (ui/report/): the "Bericht drucken"
//! panel, the title block, the assumptions table, the checklist, the
//! share link with its QR code, and the chart downloads.

mod de;
mod en;

use crate::model::fields::Part;
use crate::model::reference::Reference;

use super::form::source_line;
use super::pick;

use super::t as page;

/// The static strings of the report.
pub struct Texts {
    pub panel_heading: &'static str,
    pub panel_hint: &'static str,
    pub author_label: &'static str,
    pub author_hint: &'static str,
    pub print_button: &'static str,
    pub preparing: &'static str,
    pub title: &'static str,
    pub service: &'static str,
    pub kommune: &'static str,
    pub author: &'static str,
    pub date: &'static str,
    pub versions: &'static str,
    pub alternative: &'static str,
    pub assumptions_heading: &'static str,
    pub assumptions_caption: &'static str,
    pub col_input: &'static str,
    pub col_value: &'static str,
    pub col_range: &'static str,
    pub col_source: &'static str,
    pub unknown_mark: &'static str,
    pub unconfirmed_mark: &'static str,
    pub checklist_heading: &'static str,
    pub checklist_caption: &'static str,
    pub col_item: &'static str,
    pub col_status: &'static str,
    pub col_must: &'static str,
    pub col_note: &'static str,
    pub must_yes: &'static str,
    pub must_no: &'static str,
    pub link_heading: &'static str,
    pub link_hint: &'static str,
    pub link_missing: &'static str,
    pub qr_label: &'static str,
    pub rounding_note: &'static str,
}

/// The report's static strings in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

per_language! {
    /// "EfA-Check 0.1.0, Dokumentformat Version 2".
    pub fn versions_line(app: &str, format: u32) -> String;

    /// A date as the language writes it in an administration's paper:
    /// "02.12.2026", "2 December 2026".
    pub fn date(day: u32, month: u32, year: u32) -> String;

    /// The accessible name of a chart's SVG download: "Kapitalwert im
    /// Zeitverlauf als SVG herunterladen".
    pub fn download_svg(chart: &str) -> String;

    /// The accessible name of a chart's PNG download.
    pub fn download_png(chart: &str) -> String;
}

/// The heading of a form part in the assumptions table.
pub fn part_heading(part: Part) -> &'static str {
    let x = page();
    match part {
        Part::Master => x.section_master,
        Part::Integration => x.section_integration,
        Part::Operations => x.section_operations,
        Part::Support => x.section_support,
        Part::Funding => x.section_funding,
        Part::Benefits => x.section_benefits,
        Part::Parameters => x.section_parameters,
    }
}

/// The "Quelle, Stand / Anmerkung" cell of an input: the source of its
/// value (or "Eigener Wert" where the field has a default it no longer
/// holds) and the user's note, as text.
pub fn source_cell(source: Option<&Reference>, has_default: bool, note: &str) -> String {
    let mut parts = Vec::new();
    match source {
        Some(r) => parts.push(source_line(r)),
        None if has_default => parts.push(page().own_value.to_string()),
        None => {}
    }
    if !note.trim().is_empty() {
        parts.push(note.trim().to_string());
    }
    if parts.is_empty() {
        "–".to_string()
    } else {
        parts.join(" · ")
    }
}

/// The visible labels of the two download buttons, the same in every
/// language.
pub const DOWNLOAD_SVG: &str = "SVG";
pub const DOWNLOAD_PNG: &str = "PNG";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::reference::{source_of, DEFAULT_STAFF_RATE, POSTAGE_STANDARD_LETTER};
    use crate::model::Field;
    use crate::text::{set_lang, Lang};

    #[test]
    fn an_input_cites_its_source_only_while_it_holds_the_reference_value() {
        // Guards against the report citing KGSt for a rate the user typed.
        let rate = DEFAULT_STAFF_RATE.value;
        assert_eq!(source_of(Field::StaffRate, rate), Some(DEFAULT_STAFF_RATE));
        assert_eq!(source_of(Field::StaffRate, rate + 1.0), None);
        assert_eq!(
            source_of(Field::PostageSaved, POSTAGE_STANDARD_LETTER.value),
            Some(&POSTAGE_STANDARD_LETTER)
        );
        assert_eq!(source_of(Field::PostageSaved, 0.5), None);
        assert_eq!(source_of(Field::CasesPerYear, 1200.0), None);
    }

    #[test]
    fn the_source_cell_names_source_and_note_or_says_own_value() {
        let cited = source_cell(
            Some(&POSTAGE_STANDARD_LETTER),
            true,
            "  Angebot vom 12.03. ",
        );
        assert!(
            cited.starts_with(&source_line(&POSTAGE_STANDARD_LETTER)),
            "{cited}"
        );
        assert!(cited.ends_with(" · Angebot vom 12.03."), "{cited}");
        assert_eq!(source_cell(None, true, ""), "Eigener Wert");
        assert_eq!(source_cell(None, false, " "), "–");
        assert_eq!(source_cell(None, false, "laut Konzept"), "laut Konzept");
    }

    #[test]
    fn dates_and_versions_read_as_a_council_paper_writes_them() {
        assert_eq!(date(2, 12, 2026), "02.12.2026");
        assert_eq!(
            versions_line("0.1.0", 2),
            "EfA-Check 0.1.0, Dokumentformat Version 2"
        );
    }

    #[test]
    fn english_dates_and_versions() {
        set_lang(Lang::En);
        assert_eq!(date(2, 12, 2026), "2 December 2026");
        assert_eq!(date(31, 1, 2027), "31 January 2027");
        assert_eq!(date(9, 9, 2026), "9 September 2026");
        // Out of range (never from a browser's clock): still a date.
        assert_eq!(date(1, 13, 2026), "2026-13-01");
        assert_eq!(
            versions_line("0.1.0", 2),
            "EfA-Check 0.1.0, document format version 2"
        );
    }

    #[test]
    fn english_source_cell_and_downloads() {
        set_lang(Lang::En);
        assert_eq!(source_cell(None, true, ""), "Own value");
        assert_eq!(
            source_cell(None, true, " per quotation "),
            "Own value · per quotation"
        );
        assert_eq!(part_heading(Part::Master), "Basic data");
        assert_eq!(
            download_svg("Cumulative present value"),
            "Download Cumulative present value as SVG"
        );
        assert_eq!(
            download_png("Cost shares by body"),
            "Download Cost shares by body as PNG (for slides)"
        );
    }
}
