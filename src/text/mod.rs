//! Every user-visible string of the app, in German.
//!
//! Components never contain German literals; they ask this module. Static
//! strings live in one [`Texts`] value ([`t`] returns the German one), so an
//! English `Texts` can sit beside it later. Sentences with numbers in them
//! are functions here, taking typed values and formatting them through
//! `crate::format`, the one display formatter.
//!
//! Architecture invariant: nothing here computes economics. Functions get
//! the numbers the model produced and only put them into words.
//!
//! Grouped like `ui/`: `form` (labels, hints, field errors), `results`
//! (verdict, key figures, explanations), `saved` (library, files, links),
//! and the parts that span form and results, `technical` (checklist,
//! Nutzwert, reasons), `uncertainty` (ranges, Monte Carlo, tornado) and
//! `sharing` (the Kostenteilung).
//! The static strings of the page frame stay in this file.

pub mod alternatives;
pub mod export;
pub mod form;
pub mod present;
pub mod report;
pub mod results;
pub mod saved;
pub mod scenarios;
pub mod sharing;
pub mod technical;
pub mod uncertainty;

/// The static strings of the interface.
pub struct Texts {
    pub app_title: &'static str,
    pub app_lead: &'static str,
    pub skip_to_results: &'static str,
    pub example_heading: &'static str,
    pub example_body: &'static str,
    pub start_blank: &'static str,
    pub form_heading: &'static str,
    pub optional_suffix: &'static str,
    pub note_label_suffix: &'static str,
    pub note_hint: &'static str,
    pub source_prefix: &'static str,
    pub stand_prefix: &'static str,
    pub own_value: &'static str,
    pub assumption_reference: &'static str,
    pub assumption_convention: &'static str,
    pub assumption_confirm: &'static str,
    pub adopt_reference: &'static str,

    pub section_master: &'static str,
    pub section_integration: &'static str,
    pub section_operations: &'static str,
    pub section_support: &'static str,
    pub section_funding: &'static str,
    pub section_benefits: &'static str,
    pub section_parameters: &'static str,

    pub service_label: &'static str,
    pub service_hint: &'static str,
    pub kommune_label: &'static str,
    pub kommune_hint: &'static str,
    pub monetise_label: &'static str,
    pub monetise_hint: &'static str,
    pub staff_group_label: &'static str,
    pub staff_group_hint: &'static str,
    pub rate_picker_label: &'static str,
    pub rate_picker_hint: &'static str,
    pub rate_picker_destatis: &'static str,
    pub rate_picker_kgst: &'static str,

    pub error_summary_heading: &'static str,
    pub error_prefix: &'static str,

    pub results_heading: &'static str,
    pub summary_heading: &'static str,
    pub summary_verdict: &'static str,
    pub summary_positive: &'static str,
    pub summary_negative: &'static str,
    pub summary_incomplete: &'static str,
    /// A key figure that cannot be given yet (inputs a verdict needs are
    /// missing): no "sofort", no "0 €" that nobody computed.
    pub not_yet: &'static str,
    pub summary_kw: &'static str,
    pub summary_payback: &'static str,
    pub summary_chance: &'static str,
    pub summary_outdated: &'static str,
    pub summary_link: &'static str,
    pub outdated_notice: &'static str,
    pub key_figures_heading: &'static str,
    pub how_computed: &'static str,
    pub kw_total: &'static str,
    pub kw_h: &'static str,
    pub kw_nh: &'static str,
    pub kw_citizens: &'static str,
    pub payback: &'static str,
    pub break_even_cases: &'static str,
    pub break_even_share: &'static str,
    pub cost_per_online_case: &'static str,
    pub fte_freed: &'static str,
    pub citizen_hours: &'static str,
    pub no_online_cases: &'static str,

    pub chart_heading: &'static str,
    pub chart_x_axis: &'static str,
    pub chart_zero_line: &'static str,
    pub chart_table_caption: &'static str,
    pub categories_heading: &'static str,
    pub categories_names: [&'static str; 4],
    pub categories_table_caption: &'static str,

    pub table_heading: &'static str,
    pub table_caption: &'static str,
    pub table_region_label: &'static str,
    pub table_sum: &'static str,
    pub table_rounding_note: &'static str,
    pub table_integration_note: &'static str,
    pub col_year: &'static str,
    pub col_cases: &'static str,
    pub col_online_share: &'static str,
    pub col_online_cases: &'static str,
    pub col_integration: &'static str,
    pub col_operations: &'static str,
    pub col_support_first: &'static str,
    pub col_support_second: &'static str,
    pub col_funding: &'static str,
    pub col_cost_total: &'static str,
    pub col_benefit_h: &'static str,
    pub col_benefit_nh: &'static str,
    pub col_benefit_citizens: &'static str,
    pub col_net: &'static str,
    pub col_discounted: &'static str,
    pub col_cumulative: &'static str,
    pub col_fte: &'static str,
    pub unit_euro: &'static str,
    pub unit_thousand_euro: &'static str,
    pub unit_percent: &'static str,
    pub unit_fte: &'static str,

    pub footer: &'static str,
}

/// German interface text.
pub const DE: Texts = Texts {
    app_title: "EfA-Check",
    app_lead: "Lohnt sich die Nachnutzung dieses EfA-Onlinedienstes für unsere Kommune? \
        Tragen Sie Kosten und Nutzen ein; das Ergebnis rechnet sofort mit. \
        Alle Daten bleiben in Ihrem Browser.",
    skip_to_results: "Zum Ergebnis springen",
    example_heading: "Beispielwerte",
    example_body: "Das Formular ist mit illustrativen Beispielwerten einer kleinen Gemeinde \
        gefüllt; auch die Spannen (Minimum bis Maximum) einiger Eingaben sind nur Beispiele. \
        Beides ist keine Empfehlung. Ersetzen Sie die Werte durch die Zahlen Ihrer Kommune.",
    start_blank: "Mit Referenzwerten neu beginnen",
    form_heading: "Eingaben",
    optional_suffix: " – optional",
    note_label_suffix: "Anmerkung zu: ",
    note_hint: "Zum Beispiel Herkunft des Betrags oder Angebotsnummer.",
    source_prefix: "Quelle: ",
    stand_prefix: ", Stand ",
    own_value: "Eigener Wert",
    assumption_reference: "Referenzwert – bitte prüfen",
    assumption_convention: "Voreinstellung – bitte prüfen",
    assumption_confirm: "Wert bestätigen",
    adopt_reference: "Referenzwert übernehmen",

    section_master: "Stammdaten",
    section_integration: "Integration (einmalig)",
    section_operations: "Betrieb (jährlich)",
    section_support: "Support",
    section_funding: "Förderung",
    section_benefits: "Nutzen",
    section_parameters: "Parameter",

    service_label: "EfA-Onlinedienst",
    service_hint: "Name des Onlinedienstes, zum Beispiel Hundesteuer An- und Abmeldung.",
    kommune_label: "Kommune",
    kommune_hint: "Name Ihrer Gemeinde, Stadt oder Ihres Kreises.",
    monetise_label: "Zeit der Bürgerinnen und Bürger in Geld bewerten",
    monetise_hint: "Wenn ausgewählt, geht die eingesparte Zeit als externer Nutzen in den \
        Kapitalwert ein. Sonst wird sie nur in Stunden ausgewiesen.",
    staff_group_label: "Beschäftigtengruppe für VZÄ",
    staff_group_hint: "Bestimmt die Jahresarbeitsstunden, mit denen eingesparte Stunden in \
        Vollzeitäquivalente umgerechnet werden.",
    rate_picker_label: "Referenzwert übernehmen",
    rate_picker_hint: "Füllt das Feld mit dem Stundensatz. Sie können den Wert danach ändern.",
    rate_picker_destatis: "Destatis 2025, Lohnkosten Kommunen",
    rate_picker_kgst: "KGSt 2025/26, Vollkosten je Stunde",

    error_summary_heading: "Es gibt ein Problem",
    error_prefix: "Fehler: ",

    results_heading: "Ergebnis",
    summary_heading: "Auf einen Blick",
    summary_verdict: "Wirtschaftlichkeit",
    summary_positive: "wirtschaftlich",
    summary_negative: "nicht wirtschaftlich",
    summary_incomplete: "noch offen – Angaben fehlen",
    not_yet: "noch offen",
    summary_kw: "Kapitalwert",
    summary_payback: "Amortisation",
    summary_chance: "Wahrscheinlichkeit wirtschaftlich",
    summary_outdated: "veraltet – eine Eingabe ist ungültig",
    summary_link: "Zum Ergebnis",
    outdated_notice: "Veraltet: Mindestens eine Eingabe ist ungültig. Angezeigt wird das \
        Ergebnis der letzten gültigen Eingaben. Korrigieren Sie die markierten Felder.",
    key_figures_heading: "Kennzahlen",
    how_computed: "So wird gerechnet",
    kw_total: "Kapitalwert (KW)",
    kw_h: "KW haushaltswirksam",
    kw_nh: "KW nicht haushaltswirksam",
    kw_citizens: "Externer Nutzen (Zeit der Bürgerinnen und Bürger)",
    payback: "Amortisation",
    break_even_cases: "Mindest-Fallzahl pro Jahr",
    break_even_share: "Mindest-Ziel-Online-Anteil",
    cost_per_online_case: "Kosten je Online-Fall",
    fte_freed: "Freigesetzte Kapazität im letzten Jahr",
    citizen_hours: "Eingesparte Zeit der Bürgerinnen und Bürger",
    no_online_cases: "keine Online-Fälle",

    chart_heading: "Kumulierter Barwert",
    chart_x_axis: "Jahr",
    chart_zero_line: "Gewinnschwelle",
    chart_table_caption: "Barwert und kumulierter Barwert je Jahr, in Euro",
    categories_heading: "Kosten nach Kategorie je Jahr",
    categories_names: ["Integration", "Betrieb", "Support", "Förderung"],
    categories_table_caption:
        "Kosten nach Kategorie je Jahr, in Euro (Förderung mindert die Kosten)",

    table_heading: "Zahlungsströme je Jahr",
    table_caption: "Zahlungsströme je Jahr (Jahr 0 = Basisjahr)",
    table_region_label: "Tabelle der Zahlungsströme, horizontal verschiebbar",
    table_sum: "Summe",
    table_rounding_note: "Summen können wegen Rundung von der Summe der angezeigten Werte \
        abweichen. Kosten sind positiv, Förderung mindert die Kosten und steht mit Minuszeichen.",
    table_integration_note: "Integration enthält Fremdleistungen und eigenes Projektpersonal; \
        Rückfragen im Fachbereich sind Zeit eigener Beschäftigter.",
    col_year: "Jahr",
    col_cases: "Fälle",
    col_online_share: "Online-Anteil",
    col_online_cases: "Online-Fälle",
    col_integration: "Integration",
    col_operations: "Betrieb",
    col_support_first: "Erstkontakt (115, Servicecenter)",
    col_support_second: "Rückfragen Fachbereich",
    col_funding: "Förderung",
    col_cost_total: "Kosten gesamt",
    col_benefit_h: "Nutzen haushalts\u{ad}wirksam",
    col_benefit_nh: "Nutzen nicht haushalts\u{ad}wirksam",
    col_benefit_citizens: "Externer Nutzen",
    col_net: "Netto",
    col_discounted: "Barwert",
    col_cumulative: "Kumulierter Barwert",
    col_fte: "Kapazität",
    unit_euro: "in €",
    unit_thousand_euro: "in Tsd. €",
    unit_percent: "in %",
    unit_fte: "in VZÄ",

    footer: "EfA-Check rechnet vollständig in Ihrem Browser. Es werden keine Daten übertragen.",
};

/// The interface text in the current language (German for now).
pub fn t() -> &'static Texts {
    &DE
}

/// The page title without a service name; the same as `<title>` in
/// index.html, which shows until the app has started.
pub const PAGE_TITLE: &str = "EfA-Check – Nachnutzung von EfA-Onlinediensten prüfen";

/// The page title (browser tab, window list, bookmarks): the service of
/// the open assessment first, so that several tabs can be told apart.
pub fn page_title(service: &str) -> String {
    let service = service.trim();
    if service.is_empty() {
        PAGE_TITLE.to_string()
    } else {
        format!("{service} – EfA-Check")
    }
}

#[cfg(test)]
mod tests {
    use super::form::*;
    use super::results::*;
    use super::*;
    use crate::model::DomainError;
    use crate::model::{Field, Payback, Unit, Verdict};
    use crate::parse::{FieldError, ParseError};

    #[test]
    fn one_year_is_singular() {
        // Regression: the range error said "1 Jahre".
        assert_eq!(value_in_unit(Unit::Years, 1.0), "1 Jahr");
        assert_eq!(value_in_unit(Unit::Years, 2.0), "2 Jahre");
        assert_eq!(value_in_unit(Unit::Minutes, 1.0), "1 Minute");
        assert_eq!(value_in_unit(Unit::Hours, 1.5), "1,5 Stunden");
    }

    #[test]
    fn page_title_names_the_service_or_the_app() {
        assert_eq!(page_title("Hundesteuer"), "Hundesteuer – EfA-Check");
        assert_eq!(page_title("  "), PAGE_TITLE);
        // The static title in index.html is the same text.
        let html = include_str!("../../index.html");
        assert!(html.contains(&format!("<title>{PAGE_TITLE}</title>")));
    }

    #[test]
    fn every_field_has_a_label_hint_example_and_subject() {
        // Guards against a new Field variant shipping with an empty label or
        // an error message that would read "Geben Sie  ein".
        for &field in Field::ALL {
            let text = field_text(field);
            assert!(!text.label.is_empty(), "{field:?}");
            assert!(!text.hint.is_empty(), "{field:?}");
            assert!(!text.subject.is_empty(), "{field:?}");
            assert!(
                crate::parse::parse_field(field, text.example).is_ok(),
                "the example of {field:?} must itself be valid input: {}",
                text.example
            );
        }
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert_eq!(
            field_error(
                Field::CasesPerYear,
                &FieldError::Parse(ParseError::NotANumber)
            ),
            "Geben Sie die Fallzahl pro Jahr als Zahl ein, zum Beispiel 1.200"
        );
        assert_eq!(
            field_error(
                Field::StaffRate,
                &FieldError::Parse(ParseError::DecimalPoint)
            ),
            "Verwenden Sie ein Komma als Dezimaltrennzeichen, zum Beispiel 1,5"
        );
        assert_eq!(
            field_error(
                Field::DiscountRate,
                &FieldError::Domain(DomainError::OutOfRange {
                    min: -0.05,
                    max: 0.2
                })
            ),
            "Geben Sie den Kalkulationszinssatz als Wert zwischen -5\u{a0}% und 20\u{a0}% ein"
        );
    }

    #[test]
    fn optional_fields_say_so_in_words() {
        assert_eq!(
            field_label(Field::ConnectionFee),
            "Anschlussgebühr, in Euro – optional"
        );
        assert_eq!(field_label(Field::CasesPerYear), "Fallzahl pro Jahr");
        assert!(!field_label(Field::ConnectionFee).contains('*'));
    }

    #[test]
    fn verdict_sentences() {
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 123_456.0, Payback::Year(3), 5),
            "Wirtschaftlich: Kapitalwert +123.456\u{a0}€, amortisiert im 3. Jahr"
        );
        assert_eq!(
            verdict_sentence(
                Verdict::NichtWirtschaftlich,
                -12_345.0,
                Payback::NotWithinHorizon,
                5
            ),
            "Nicht wirtschaftlich: Kapitalwert -12.345\u{a0}€, keine Amortisation innerhalb von 5 Jahren"
        );
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 10.0, Payback::Year(0), 5),
            "Wirtschaftlich: Kapitalwert +10\u{a0}€, amortisiert sich sofort"
        );
    }
}
