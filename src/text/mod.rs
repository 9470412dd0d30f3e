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

use crate::format::{self, euro, euro_cents, euro_signed, grouped, percent};
use crate::model::reference::{self, Reference};
use crate::model::{BreakEven, DomainError, Field, Payback, StaffGroup, Unit, Verdict};
use crate::parse::{FieldError, ParseError};

pub mod storage;
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
    pub chart_y_axis: &'static str,
    pub chart_zero_line: &'static str,
    pub chart_table_caption: &'static str,

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
        gefüllt. Sie sind keine Empfehlung. Ersetzen Sie sie durch die Zahlen Ihrer Kommune.",
    start_blank: "Mit Referenzwerten neu beginnen",
    form_heading: "Eingaben",
    optional_suffix: " – optional",
    note_label_suffix: "Anmerkung zu: ",
    note_hint: "Zum Beispiel Herkunft des Betrags oder Angebotsnummer.",
    source_prefix: "Quelle: ",
    stand_prefix: ", Stand ",
    own_value: "Eigener Wert",

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
    rate_picker_hint: "Füllt das Feld darunter. Sie können den Wert danach ändern.",
    rate_picker_destatis: "Destatis 2025, Lohnkosten Kommunen",
    rate_picker_kgst: "KGSt 2025/26, Vollkosten je Stunde",

    error_summary_heading: "Es gibt ein Problem",
    error_prefix: "Fehler: ",

    results_heading: "Ergebnis",
    summary_heading: "Auf einen Blick",
    summary_verdict: "Wirtschaftlichkeit",
    summary_positive: "wirtschaftlich",
    summary_negative: "nicht wirtschaftlich",
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
    break_even_cases: "Break-even-Fallzahl pro Jahr",
    break_even_share: "Break-even-Ziel-Online-Anteil",
    cost_per_online_case: "Kosten je Online-Fall",
    fte_freed: "Freigesetzte Kapazität im letzten Jahr",
    citizen_hours: "Eingesparte Zeit der Bürgerinnen und Bürger",
    no_online_cases: "keine Online-Fälle",

    chart_heading: "Kumulierter Barwert",
    chart_x_axis: "Jahr",
    chart_y_axis: "Kumulierter Barwert",
    chart_zero_line: "Gewinnschwelle",
    chart_table_caption: "Barwert und kumulierter Barwert je Jahr, in Euro",

    table_heading: "Zahlungsströme je Jahr",
    table_caption: "Zahlungsströme je Jahr (Jahr 0 = Basisjahr)",
    table_region_label: "Tabelle der Zahlungsströme, horizontal verschiebbar",
    table_sum: "Summe",
    table_rounding_note: "Summen können wegen Rundung von der Summe der angezeigten Werte \
        abweichen. Kosten sind positiv, Förderung mindert die Kosten und steht mit Minuszeichen.",
    table_integration_note: "Integration enthält Fremdleistungen und eigenes Projektpersonal; \
        Support 2nd Level ist Zeit eigener Beschäftigter.",
    col_year: "Jahr",
    col_cases: "Fälle",
    col_online_share: "Online-Anteil",
    col_online_cases: "Online-Fälle",
    col_integration: "Integration",
    col_operations: "Betrieb",
    col_support_first: "Support 1st Level",
    col_support_second: "Support 2nd Level",
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

/// Label, hint and error wording of one numeric field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// Names the unit, GOV.UK style: "Anschlussgebühr, in Euro".
    pub label: &'static str,
    /// Says what to enter.
    pub hint: &'static str,
    /// An example value in German notation, used in error messages.
    pub example: &'static str,
    /// The field as the object of a sentence, with article:
    /// "die Fallzahl pro Jahr".
    pub subject: &'static str,
}

const fn ft(
    label: &'static str,
    hint: &'static str,
    example: &'static str,
    subject: &'static str,
) -> FieldText {
    FieldText {
        label,
        hint,
        example,
        subject,
    }
}

/// The words for one field.
pub fn field_text(field: Field) -> FieldText {
    use Field::*;
    match field {
        Inhabitants => ft(
            "Einwohnerzahl",
            "Zahl der Einwohnerinnen und Einwohner Ihrer Kommune.",
            "8.500",
            "die Einwohnerzahl",
        ),
        ConnectionFee => ft(
            "Anschlussgebühr, in Euro",
            "Einmaliges Einstiegs- oder Anschlussentgelt des EfA-Anbieters laut Nachnutzungskonzept.",
            "1.500",
            "die Anschlussgebühr",
        ),
        FachverfahrenInterface => ft(
            "Schnittstelle zum Fachverfahren, in Euro",
            "Einmalige Kosten laut Angebot des Fachverfahrensherstellers.",
            "4.000",
            "die Kosten der Schnittstelle",
        ),
        Parametrisation => ft(
            "Parametrisierung, in Euro",
            "Einrichtung des Onlinedienstes für Ihre Kommune: Zuständigkeiten, Gebühren, Texte.",
            "800",
            "die Kosten der Parametrisierung",
        ),
        Transport => ft(
            "Transportweg (FIT-Connect oder OSCI/XTA), in Euro",
            "Einmalige Anbindung des Übermittlungswegs an Fachverfahren oder Postfach.",
            "500",
            "die Kosten des Transportwegs",
        ),
        PvogDvdvCertificates => ft(
            "PVOG, DVDV und Zertifikate, in Euro",
            "Leistungsdaten im PVOG, Eintrag im DVDV und Zertifikate.",
            "300",
            "die Kosten für PVOG, DVDV und Zertifikate",
        ),
        DataProtection => ft(
            "Datenschutz (AVV, DSFA), in Euro",
            "Auftragsverarbeitungsvertrag und, falls nötig, Datenschutz-Folgenabschätzung.",
            "600",
            "die Kosten für den Datenschutz",
        ),
        Training => ft(
            "Schulung, in Euro",
            "Schulung der Sachbearbeitung für den neuen Eingangskanal.",
            "400",
            "die Schulungskosten",
        ),
        ProcessRedesign => ft(
            "Prozessanpassung, in Euro",
            "Extern beauftragte Anpassung von Abläufen und Organisation.",
            "500",
            "die Kosten der Prozessanpassung",
        ),
        ProjectHours => ft(
            "Eigenes Projektpersonal, in Stunden",
            "Arbeitsstunden eigener Beschäftigter für die Einführung.",
            "40",
            "die Projektstunden",
        ),
        ProjectRate => ft(
            "Stundensatz Projektpersonal, in Euro je Stunde",
            "Vollkosten je Stunde. Übernehmen Sie einen Referenzwert oder geben Sie einen eigenen Satz ein.",
            "67,79",
            "den Stundensatz des Projektpersonals",
        ),
        UsageFee => ft(
            "Nutzungs- oder Betriebsentgelt, in Euro pro Jahr",
            "Jährliches Entgelt an den EfA-Anbieter nach dem Kostenschlüssel des Nachnutzungskonzepts.",
            "900",
            "das Nutzungsentgelt",
        ),
        InterfaceMaintenance => ft(
            "Wartung der Schnittstelle, in Euro pro Jahr",
            "Pflegevertrag für die Schnittstelle zum Fachverfahren.",
            "600",
            "die Wartungskosten",
        ),
        TransportFees => ft(
            "Transport- und Intermediärsgebühren, in Euro pro Jahr",
            "Laufende Gebühren für FIT-Connect, OSCI-Intermediär oder Ähnliches.",
            "120",
            "die Transportgebühren",
        ),
        FurtherDevelopment => ft(
            "Anteil an der Weiterentwicklung, in Euro pro Jahr",
            "Ihr Beitrag zur Weiterentwicklung des Dienstes laut Nachnutzungskonzept.",
            "250",
            "den Anteil an der Weiterentwicklung",
        ),
        PaymentFeePerCase => ft(
            "Zahlungsverkehrsgebühr (ePayBL), in Euro je Online-Fall",
            "Transaktionskosten der Bezahlplattform. 0, wenn keine Gebühr anfällt.",
            "0,35",
            "die Zahlungsverkehrsgebühr",
        ),
        FirstLevelContacts => ft(
            "1st-Level-Kontakte je 100 Online-Fälle, Anzahl",
            "Anfragen bei der Behördennummer 115 oder dem Servicecenter auf 100 Online-Fälle.",
            "3",
            "die Zahl der Kontakte",
        ),
        FirstLevelCost => ft(
            "Kosten je 1st-Level-Kontakt, in Euro",
            "Was ein Kontakt bei der 115 oder dem Servicecenter kostet.",
            "4,50",
            "die Kosten je Kontakt",
        ),
        SecondLevelMinutes => ft(
            "2nd-Level-Support, in Minuten je Online-Fall",
            "Zeit des Fachbereichs für Rückfragen zu Online-Anträgen.",
            "2",
            "die Minuten je Online-Fall",
        ),
        SecondLevelRate => ft(
            "Stundensatz 2nd Level, in Euro je Stunde",
            "Vollkosten je Stunde der Beschäftigten im Fachbereich.",
            "67,79",
            "den Stundensatz für den 2nd Level",
        ),
        OneTimeGrant => ft(
            "Einmaliger Zuschuss, in Euro",
            "Förderung des Landes zu den Integrationskosten. Mindert die Kosten im Basisjahr.",
            "3.000",
            "den einmaligen Zuschuss",
        ),
        RecurringContribution => ft(
            "Laufender Zuschuss zum Betrieb, in Euro pro Jahr",
            "Was das Land jährlich zum Betrieb beiträgt.",
            "500",
            "den laufenden Zuschuss",
        ),
        RecurringYears => ft(
            "Laufzeit des laufenden Zuschusses, in Jahren",
            "Für wie viele Betriebsjahre der Zuschuss gezahlt wird. 0 bedeutet: im ganzen Betrachtungszeitraum.",
            "3",
            "die Laufzeit des Zuschusses",
        ),
        CasesPerYear => ft(
            "Fallzahl pro Jahr",
            "Alle Fälle im ersten Betriebsjahr, online und auf Papier.",
            "1.200",
            "die Fallzahl pro Jahr",
        ),
        CaseGrowth => ft(
            "Veränderung der Fallzahl, in Prozent pro Jahr",
            "Erwartete jährliche Zu- oder Abnahme; bei Abnahme mit Minuszeichen, etwa -2.",
            "2",
            "die Veränderung der Fallzahl",
        ),
        OnlineShareStart => ft(
            "Online-Anteil im ersten Jahr, in Prozent",
            "Anteil der Fälle, die im ersten Betriebsjahr online gestellt werden.",
            "30",
            "den Online-Anteil im ersten Jahr",
        ),
        OnlineShareTarget => ft(
            "Ziel-Online-Anteil, in Prozent",
            "Anteil, der nach der Anlaufphase erreicht wird.",
            "70",
            "den Ziel-Online-Anteil",
        ),
        RampYears => ft(
            "Jahre bis zum Ziel-Anteil",
            "Der Online-Anteil steigt gleichmäßig vom Start- zum Zielwert. 0 bedeutet: Zielwert ab dem ersten Jahr.",
            "3",
            "die Jahre bis zum Ziel-Anteil",
        ),
        MinutesSaved => ft(
            "Eingesparte Bearbeitungszeit, in Minuten je Online-Fall",
            "Zeit, die die Sachbearbeitung je Online-Fall gegenüber Papier spart: Erfassen, Prüfen, Ablegen.",
            "18",
            "die eingesparten Minuten",
        ),
        StaffRate => ft(
            "Stundensatz Sachbearbeitung, in Euro je Stunde",
            "Bewertet die frei werdende Arbeitszeit. Übernehmen Sie einen Referenzwert oder geben Sie einen eigenen Satz ein.",
            "63,02",
            "den Stundensatz der Sachbearbeitung",
        ),
        PostageSaved => ft(
            "Eingespartes Porto, in Euro je Online-Fall",
            "Porto für Bescheide, die künftig elektronisch zugestellt werden.",
            "0,95",
            "das eingesparte Porto",
        ),
        PrintScanSaved => ft(
            "Eingesparter Druck und Scan, in Euro je Online-Fall",
            "Papier, Druck und Scannen, die je Online-Fall entfallen.",
            "0,60",
            "die eingesparten Druck- und Scankosten",
        ),
        AvoidedLicence => ft(
            "Wegfallende Lizenzkosten, in Euro pro Jahr",
            "Kosten eines Altverfahrens oder einer eigenen Lösung, die entfallen.",
            "1.000",
            "die wegfallenden Lizenzkosten",
        ),
        CitizenMinutesSaved => ft(
            "Zeitersparnis der Bürgerinnen und Bürger, in Minuten je Online-Fall",
            "Zum Beispiel der Weg zum Rathaus und die Wartezeit.",
            "15",
            "die Zeitersparnis der Bürgerinnen und Bürger",
        ),
        CitizenHourValue => ft(
            "Wert einer Bürgerstunde, in Euro",
            "Wird nur verwendet, wenn die Zeit der Bürgerinnen und Bürger in Geld bewertet wird.",
            "15",
            "den Wert einer Bürgerstunde",
        ),
        HorizonYears => ft(
            "Betrachtungszeitraum, in Jahren",
            "Zahl der Betriebsjahre nach dem Basisjahr.",
            "5",
            "den Betrachtungszeitraum",
        ),
        DiscountRate => ft(
            "Kalkulationszinssatz, in Prozent",
            "Zinssatz, mit dem künftige Zahlungen abgezinst werden.",
            "0,9",
            "den Kalkulationszinssatz",
        ),
        Escalation => ft(
            "Preissteigerung, in Prozent pro Jahr",
            "Gilt ab dem ersten Betriebsjahr für Entgelte, Stundensätze und Beträge je Fall.",
            "2",
            "die Preissteigerung",
        ),
        OneTimeSpreadYears => ft(
            "Verteilung der Einmalkosten, in Jahren",
            "1 bedeutet: alle Einmalkosten im Basisjahr.",
            "1",
            "die Verteilung der Einmalkosten",
        ),
    }
}

/// The label as shown, with "– optional" for fields that may stay empty.
pub fn field_label(field: Field) -> String {
    let text = field_text(field);
    if field.domain().optional {
        format!("{}{}", text.label, t().optional_suffix)
    } else {
        text.label.to_string()
    }
}

/// Label of the note (Anmerkung) belonging to a cost line.
pub fn note_label(field: Field) -> String {
    let label = field_text(field).label;
    // The label without its unit: "PVOG, DVDV und Zertifikate, in Euro"
    // becomes "PVOG, DVDV und Zertifikate".
    let name = label.split(", in ").next().unwrap_or(label);
    format!("{}{name}{}", t().note_label_suffix, t().optional_suffix)
}

/// An option of the staff-group select, with its annual hours from the
/// reference values: "Tarifbeschäftigte (1.561 Stunden)".
pub fn staff_group_option(group: StaffGroup) -> String {
    let r = annual_hours_reference(group);
    format!("{} ({})", r.label, hours_value(r.value))
}

/// The reference value behind a staff group's annual hours.
pub fn annual_hours_reference(group: StaffGroup) -> &'static Reference {
    match group {
        StaffGroup::Tarif => &reference::ANNUAL_HOURS_TARIF,
        StaffGroup::Beamte => &reference::ANNUAL_HOURS_BEAMTE,
    }
}

/// The note beside the citizens' minutes: the value the source gives for a
/// trip to the Kreis administration.
pub fn citizen_trip_kreis_note() -> String {
    format!(
        "Für einen Weg zur Kreisverwaltung nennt die Quelle {} Minuten.",
        grouped(reference::CITIZEN_TRIP_KREIS_MINUTES.value, 0)
    )
}

/// "Quelle: …, Stand …" for a reference value.
pub fn source_line(reference: &Reference) -> String {
    format!(
        "{}{}{}{}",
        t().source_prefix,
        reference.source,
        t().stand_prefix,
        reference.stand
    )
}

/// One option of the staff-rate picker: "E9b: 67,79 € je Stunde".
pub fn rate_option(reference: &Reference) -> String {
    format!(
        "{}: {} je Stunde",
        reference.label,
        euro_cents(reference.value)
    )
}

/// A value in a field's unit, for limits in messages: "20 %", "1.000 €".
pub fn value_in_unit(unit: Unit, value: f64) -> String {
    let number = format::input_value(value, unit == Unit::Percent);
    match unit {
        Unit::Euro | Unit::EuroPerCase => format!("{number}{}€", format::NBSP),
        Unit::EuroPerHour => format!("{number}{}€ je Stunde", format::NBSP),
        Unit::Percent => format!("{number}{}%", format::NBSP),
        // Singular only for exactly one ("1 Jahr", but "1,5 Jahre").
        Unit::Minutes if number == "1" => "1 Minute".to_string(),
        Unit::Hours if number == "1" => "1 Stunde".to_string(),
        Unit::Years if number == "1" => "1 Jahr".to_string(),
        Unit::Minutes => format!("{number} Minuten"),
        Unit::Hours => format!("{number} Stunden"),
        Unit::Years => format!("{number} Jahre"),
        Unit::Count => number,
    }
}

fn unit_phrase(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "in Euro",
        Unit::EuroPerHour => "in Euro je Stunde",
        Unit::EuroPerCase => "in Euro je Fall",
        Unit::Count => "als Anzahl",
        Unit::Percent => "in Prozent",
        Unit::Minutes => "in Minuten",
        Unit::Hours => "in Stunden",
        Unit::Years => "in Jahren",
    }
}

/// The inline (and error-summary) message for an invalid field. Each says
/// what to do, GOV.UK style.
pub fn field_error(field: Field, error: &FieldError) -> String {
    let text = field_text(field);
    let (subject, example) = (text.subject, text.example);
    match error {
        FieldError::Parse(ParseError::NotANumber) => {
            format!("Geben Sie {subject} als Zahl ein, zum Beispiel {example}")
        }
        FieldError::Parse(ParseError::DecimalPoint) => {
            "Verwenden Sie ein Komma als Dezimaltrennzeichen, zum Beispiel 1,5".to_string()
        }
        FieldError::Parse(ParseError::Grouping) => format!(
            "Geben Sie {subject} mit höchstens einem Komma und Tausenderpunkten nur zwischen \
             Dreiergruppen ein, zum Beispiel {example}"
        ),
        FieldError::Parse(ParseError::WrongUnit) => format!(
            "Geben Sie {subject} {} ein, zum Beispiel {example}",
            unit_phrase(field.unit())
        ),
        FieldError::Domain(DomainError::Missing) => {
            format!("Geben Sie {subject} ein, zum Beispiel {example}")
        }
        FieldError::Domain(DomainError::NotWhole) => {
            format!("Geben Sie {subject} als ganze Zahl ein, zum Beispiel {example}")
        }
        FieldError::Domain(DomainError::OutOfRange { min, max }) => format!(
            "Geben Sie {subject} als Wert zwischen {} und {} ein",
            value_in_unit(field.unit(), *min),
            value_in_unit(field.unit(), *max)
        ),
    }
}

/// Payback in words, as a key figure: "im 3. Jahr", "sofort".
pub fn payback_short(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => "sofort (Jahr 0)".to_string(),
        Payback::Year(t) => format!("im {t}. Jahr"),
        Payback::NotWithinHorizon => format!("nicht innerhalb von {horizon} Jahren"),
    }
}

/// The verdict sentence, e.g. "Wirtschaftlich: Kapitalwert +123.456 €,
/// amortisiert im 3. Jahr".
pub fn verdict_sentence(verdict: Verdict, kw: f64, payback: Payback, horizon: u32) -> String {
    let head = match verdict {
        Verdict::Wirtschaftlich => "Wirtschaftlich",
        Verdict::NichtWirtschaftlich => "Nicht wirtschaftlich",
    };
    let tail = match payback {
        Payback::Year(0) => "amortisiert sich sofort".to_string(),
        Payback::Year(t) => format!("amortisiert im {t}. Jahr"),
        Payback::NotWithinHorizon => {
            format!("keine Amortisation innerhalb von {horizon} Jahren")
        }
    };
    format!("{head}: Kapitalwert {}, {tail}", euro_signed(kw))
}

/// The chart's message for its caption.
pub fn chart_caption(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => {
            "Die Nachnutzung amortisiert sich sofort: Der kumulierte Barwert ist schon im \
             Basisjahr nicht negativ."
                .to_string()
        }
        Payback::Year(t) => format!(
            "Die Nachnutzung amortisiert sich im {t}. Jahr: Dort erreicht der kumulierte \
             Barwert die Gewinnschwelle."
        ),
        Payback::NotWithinHorizon => format!(
            "Die Nachnutzung amortisiert sich nicht innerhalb von {horizon} Jahren: Der \
             kumulierte Barwert bleibt unter der Gewinnschwelle."
        ),
    }
}

/// Label of the payback marker inside the chart.
pub fn chart_payback_marker(year: u32) -> String {
    if year == 0 {
        "Amortisation sofort".to_string()
    } else {
        format!("Amortisation im {year}. Jahr")
    }
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

/// Title of the chart (the SVG's `<title>`), naming the service.
pub fn chart_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Kumulierter Barwert je Jahr".to_string()
    } else {
        format!("Kumulierter Barwert je Jahr: {service}")
    }
}

/// A break-even case volume as a key figure.
pub fn break_even_cases_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!("{} Fälle", grouped(x.ceil(), 0)),
        BreakEven::AlwaysPositive => "bei jeder Fallzahl erreicht".to_string(),
        BreakEven::Never => "bei keiner Fallzahl".to_string(),
    }
}

/// The sentence that explains a break-even case volume.
pub fn break_even_cases_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "Ab rund {} Fällen im ersten Jahr (bei gleichem Online-Anteil und gleicher \
             Entwicklung) ist der Kapitalwert positiv.",
            grouped(x.ceil(), 0)
        ),
        BreakEven::AlwaysPositive => "Der Kapitalwert ist schon ohne einen einzigen Fall \
            nicht negativ, etwa weil Förderung oder wegfallende Lizenzen die Kosten decken."
            .to_string(),
        BreakEven::Never => "Keine Fallzahl macht die Nachnutzung wirtschaftlich: Ein \
            Online-Fall kostet mehr, als er einspart."
            .to_string(),
    }
}

/// A break-even online share as a key figure.
pub fn break_even_share_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => percent(x, 1),
        BreakEven::AlwaysPositive => "bei jedem Online-Anteil erreicht".to_string(),
        BreakEven::Never => "auch mit 100 % nicht erreicht".to_string(),
    }
}

/// The sentence that explains a break-even online share.
pub fn break_even_share_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "Ab einem Ziel-Online-Anteil von {} (bei gleichem Startwert und gleicher \
             Anlaufzeit) ist der Kapitalwert positiv.",
            percent(x, 1)
        ),
        BreakEven::AlwaysPositive => {
            "Der Kapitalwert ist bei jedem Ziel-Online-Anteil nicht negativ.".to_string()
        }
        BreakEven::Never => "Selbst wenn alle Fälle online kämen, bliebe der Kapitalwert \
            negativ."
            .to_string(),
    }
}

/// VZÄ as a key figure: "0,18 VZÄ".
pub fn fte_value(fte: f64) -> String {
    format!("{} VZÄ", grouped(fte, 2))
}

/// Hours as a key figure: "1.234 Stunden".
pub fn hours_value(hours: f64) -> String {
    format!("{} Stunden", grouped(hours, 0))
}

/// A cost per online case, or the words for "none".
pub fn cost_per_case_value(cost: Option<f64>) -> String {
    cost.map_or_else(|| t().no_online_cases.to_string(), euro_cents)
}

/// One money format for a whole table or axis: whole euros, or thousands
/// of euros once amounts get wide (STYLE: "one format per table").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyScale {
    Euro,
    Thousand,
}

impl MoneyScale {
    fn largest(values: impl IntoIterator<Item = f64>) -> f64 {
        values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, |m, v| m.max(v.abs()))
    }

    /// For a table: Tsd. € once any amount reaches 100.000 €.
    pub fn for_table(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 100_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// For a chart axis: Tsd. € once any amount reaches 10.000 €.
    pub fn for_axis(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 10_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// The number without unit, for a table cell: "1.234" or "1,2".
    pub fn number(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => grouped(value, 0),
            MoneyScale::Thousand => grouped(value / 1000.0, 1),
        }
    }

    /// The unit for a column header: "in €" or "in Tsd. €".
    pub fn unit(self) -> &'static str {
        match self {
            MoneyScale::Euro => t().unit_euro,
            MoneyScale::Thousand => t().unit_thousand_euro,
        }
    }

    /// A tick label with unit: "-5.000 €", "2,5 Tsd. €", "10 Tsd. €".
    pub fn tick(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => euro(value),
            MoneyScale::Thousand if value == 0.0 => euro(0.0),
            MoneyScale::Thousand => {
                let number = format::input_value(value / 1000.0, false);
                format!("{number}{nbsp}Tsd.{nbsp}€", nbsp = format::NBSP)
            }
        }
    }
}

/// How a key figure was computed: the formula, then the inputs used.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub formula: String,
    pub inputs: Vec<String>,
}

fn year_list(values: &[(u32, f64)]) -> String {
    values
        .iter()
        .map(|(t, v)| format!("Jahr {t}: {}", euro(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// KW = Σ (N_t − K_t)/(1+i)^t, with the yearly discounted nets.
pub fn explain_kw(rate: f64, horizon: u32, discounted: &[(u32, f64)], kw: f64) -> Explanation {
    Explanation {
        formula: "KW = Σ (Nutzen − Kosten) ÷ (1 + i)^t über alle Jahre t = 0 bis T. \
                  KW > 0 bedeutet wirtschaftlich (WiBe-Entscheidungsregel)."
            .to_string(),
        inputs: vec![
            format!(
                "Kalkulationszinssatz i = {}, Betrachtungszeitraum T = {horizon} Jahre.",
                percent(rate, 2)
            ),
            format!("Barwerte: {}.", year_list(discounted)),
            format!("Summe der Barwerte: KW = {}.", euro_signed(kw)),
        ],
    }
}

/// KW haushaltswirksam.
pub fn explain_kw_h(kw_h: f64) -> Explanation {
    Explanation {
        formula: "KW haushaltswirksam = Σ (Nutzen_h − Kosten_h) ÷ (1 + i)^t. Kosten_h: \
                  Fremdleistungen der Integration, Betrieb, 1st-Level-Support, abzüglich \
                  Förderung. Nutzen_h: eingesparte Sachkosten (Porto, Druck, Scan) und \
                  wegfallende Lizenzen – Geld, das der Haushalt tatsächlich spart oder ausgibt."
            .to_string(),
        inputs: vec![format!("Ergebnis: {}.", euro_signed(kw_h))],
    }
}

/// KW nicht haushaltswirksam.
pub fn explain_kw_nh(kw_nh: f64, minutes: f64, staff_rate: f64) -> Explanation {
    Explanation {
        formula: "KW nicht haushaltswirksam = Σ (Nutzen_nh − Kosten_nh) ÷ (1 + i)^t. \
                  Nutzen_nh = Online-Fälle × eingesparte Minuten ÷ 60 × Stundensatz: frei \
                  werdende Arbeitszeit, kein eingespartes Geld. Kosten_nh: eigenes \
                  Projektpersonal und 2nd-Level-Support."
            .to_string(),
        inputs: vec![
            format!(
                "Eingesparte Minuten je Online-Fall: {}; Stundensatz: {} (im 1. Jahr, danach mit Preissteigerung).",
                grouped(minutes, 1),
                euro_cents(staff_rate)
            ),
            format!("Ergebnis: {}.", euro_signed(kw_nh)),
        ],
    }
}

/// Externer Nutzen from monetised citizens' time.
pub fn explain_kw_citizens(value: f64, minutes: f64, hour_value: f64) -> Explanation {
    Explanation {
        formula: "Externer Nutzen = Σ Online-Fälle × Minuten ÷ 60 × Wert einer Bürgerstunde \
                  ÷ (1 + i)^t. Er geht nur in den Kapitalwert ein, wenn Sie das ausgewählt haben."
            .to_string(),
        inputs: vec![
            format!(
                "Minuten je Online-Fall: {}; Wert einer Bürgerstunde: {}.",
                grouped(minutes, 1),
                euro_cents(hour_value)
            ),
            format!("Ergebnis: {}.", euro_signed(value)),
        ],
    }
}

/// Dynamische Amortisation.
pub fn explain_payback(cumulative: &[(u32, f64)], payback: Payback, horizon: u32) -> Explanation {
    Explanation {
        formula: "Amortisation ist das erste Jahr t ≥ 0, in dem der kumulierte Barwert \
                  mindestens 0 € erreicht. Jahr 0 heißt sofort: Die Förderung deckt die \
                  Einmalkosten bereits."
            .to_string(),
        inputs: vec![
            format!("Kumulierter Barwert: {}.", year_list(cumulative)),
            format!("Ergebnis: {}.", payback_short(payback, horizon)),
        ],
    }
}

/// Break-even-Fallzahl.
pub fn explain_break_even_cases(b: BreakEven, net_per_case: f64) -> Explanation {
    Explanation {
        formula: "Der Kapitalwert hängt linear von der Fallzahl ab: KW = fester Teil + \
                  Fallzahl × Barwert je Fall. Die Break-even-Fallzahl löst KW = 0 exakt; \
                  Online-Anteil, Anlauf und Fallzahlentwicklung bleiben wie eingegeben."
            .to_string(),
        inputs: vec![
            format!(
                "Netto je Online-Fall im 1. Jahr (Nutzen minus Kosten je Fall): {}.",
                euro_cents(net_per_case)
            ),
            break_even_cases_sentence(b),
        ],
    }
}

/// Break-even-Online-Anteil.
pub fn explain_break_even_share(b: BreakEven, start_share: f64, ramp: u32) -> Explanation {
    Explanation {
        formula: "Der Kapitalwert hängt linear vom Ziel-Online-Anteil ab. Der Break-even-Anteil \
                  löst KW = 0 exakt; ein Ergebnis über 100 % zählt als nicht erreichbar."
            .to_string(),
        inputs: vec![
            format!(
                "Online-Anteil im 1. Jahr: {}; Jahre bis zum Ziel-Anteil: {ramp}.",
                percent(start_share, 1)
            ),
            break_even_share_sentence(b),
        ],
    }
}

/// Kosten je Online-Fall.
pub fn explain_cost_per_case(cost: Option<f64>, total_cost: f64, online: f64) -> Explanation {
    Explanation {
        formula: "Kosten je Online-Fall = alle Kosten im Betrachtungszeitraum (nominal, nach \
                  Abzug der Förderung) ÷ alle Online-Fälle."
            .to_string(),
        inputs: vec![format!(
            "{} ÷ {} Online-Fälle = {}.",
            euro(total_cost),
            grouped(online, 0),
            cost_per_case_value(cost)
        )],
    }
}

/// VZÄ freigesetzt.
pub fn explain_fte(hours: f64, annual_hours: f64, fte: f64, year: u32) -> Explanation {
    Explanation {
        formula: format!(
            "VZÄ = eingesparte Arbeitsstunden im Jahr ÷ Jahresarbeitsstunden einer \
             Vollzeitkraft ({} Tarif, {} Beamte; {}).",
            hours_value(reference::ANNUAL_HOURS_TARIF.value),
            hours_value(reference::ANNUAL_HOURS_BEAMTE.value),
            reference::ANNUAL_HOURS_TARIF.source
        ),
        inputs: vec![format!(
            "Jahr {year}: {} ÷ {} = {}.",
            hours_value(hours),
            hours_value(annual_hours),
            fte_value(fte)
        )],
    }
}

/// Bürgerstunden.
pub fn explain_citizen_hours(online: f64, minutes: f64, hours: f64) -> Explanation {
    Explanation {
        formula: "Eingesparte Stunden = Online-Fälle im Betrachtungszeitraum × Minuten je \
                  Fall ÷ 60."
            .to_string(),
        inputs: vec![format!(
            "{} Online-Fälle × {} Minuten ÷ 60 = {}.",
            grouped(online, 0),
            grouped(minutes, 1),
            hours_value(hours)
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
