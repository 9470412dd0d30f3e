//! The words of the print report (ui/report/): the "Bericht drucken"
//! panel, the title block, the assumptions table, the checklist, the
//! share link with its QR code, and the chart downloads.

use crate::model::fields::Part;
use crate::model::reference::Reference;

use super::form::source_line;

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

const DE: Texts = Texts {
    panel_heading: "Bericht für die Beschlussvorlage",
    panel_hint: "Druckt die Ergebnisse als Anlage auf A4, mit allen Annahmen, dem Link und \
        seinem QR-Code. Im Druckdialog wählen Sie „Als PDF speichern“ für eine PDF-Datei.",
    author_label: "Verfasst von (Name, Fachbereich) – optional",
    author_hint: "Erscheint im Kopf des Berichts. Wird nicht gespeichert und nicht geteilt; \
        es bleibt erhalten, solange die Seite geöffnet ist.",
    print_button: "Bericht drucken",
    preparing: "Der Bericht wird vorbereitet …",
    title: "Wirtschaftlichkeit der Nachnutzung eines EfA-Onlinedienstes",
    service: "EfA-Onlinedienst",
    kommune: "Kommune",
    author: "Verfasst von",
    date: "Stand",
    versions: "Erstellt mit",
    alternative: "Alternative",
    assumptions_heading: "Annahmen",
    assumptions_caption: "Alle Eingaben mit Einheit, Spanne und Quelle oder Anmerkung",
    col_input: "Eingabe",
    col_value: "Wert",
    col_range: "Spanne (min.–max.)",
    col_source: "Quelle, Stand / Anmerkung",
    unknown_mark: "unbekannt",
    unconfirmed_mark: "Annahme, ungeprüft",
    checklist_heading: "Technische Voraussetzungen",
    checklist_caption: "Prüfliste der Voraussetzungen mit Stand",
    col_item: "Voraussetzung",
    col_status: "Stand",
    col_must: "Muss",
    col_note: "Anmerkung, verantwortlich, fällig",
    must_yes: "ja",
    must_no: "nein",
    link_heading: "Diese Bewertung öffnen",
    link_hint: "Der Link und der QR-Code öffnen genau diese Bewertung in EfA-Check. Die Daten \
        stehen im Link selbst; es gibt keinen Server.",
    link_missing: "Diese Bewertung ist für einen Link zu groß. Sie kann als JSON-Datei \
        weitergegeben werden.",
    qr_label: "QR-Code des Links zu dieser Bewertung",
    rounding_note: "Summen können durch Rundung abweichen.",
};

/// The report's static strings in the one language there is.
pub fn t() -> &'static Texts {
    &DE
}

/// "EfA-Check 0.1.0, Dokumentformat Version 2".
pub fn versions_line(app: &str, format: u32) -> String {
    format!(
        "{} {app}, Dokumentformat Version {format}",
        page().app_title
    )
}

/// A date as German administrations write it: "02.12.2026".
pub fn date(day: u32, month: u32, year: u32) -> String {
    format!("{day:02}.{month:02}.{year}")
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

/// The accessible name of a chart's SVG download: "Kapitalwert im
/// Zeitverlauf als SVG herunterladen".
pub fn download_svg(chart: &str) -> String {
    format!("{chart} als SVG herunterladen")
}

/// The accessible name of a chart's PNG download.
pub fn download_png(chart: &str) -> String {
    format!("{chart} als PNG herunterladen (für Folien)")
}

/// The visible labels of the two download buttons.
pub const DOWNLOAD_SVG: &str = "SVG";
pub const DOWNLOAD_PNG: &str = "PNG";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::reference::{source_of, DEFAULT_STAFF_RATE, POSTAGE_STANDARD_LETTER};
    use crate::model::Field;

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
}
