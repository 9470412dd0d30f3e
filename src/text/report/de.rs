//! The report's words in German.

use super::Texts;
use crate::text::de::DE as PAGE;

pub const DE: Texts = Texts {
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

/// "EfA-Check 0.1.0, Dokumentformat Version 2".
pub fn versions_line(app: &str, format: u32) -> String {
    format!("{} {app}, Dokumentformat Version {format}", PAGE.app_title)
}

/// A date as German administrations write it: "02.12.2026".
pub fn date(day: u32, month: u32, year: u32) -> String {
    format!("{day:02}.{month:02}.{year}")
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
