//! The export's words in German.

use super::ExportTexts;
use crate::export::Column;
use crate::model::Unit;

pub const DE: ExportTexts = ExportTexts {
    title: "EfA-Check – Wirtschaftlichkeitsbetrachtung",
    service: "EfA-Onlinedienst",
    kommune: "Kommune",
    provider: "Vorlage von",
    provider_date: "Stand der Vorlage",
    alternative: "Alternative",
    inputs: "Eingaben",
    years: "Zahlungsströme",
    results: "Ergebnis",
    comparison: "Alternativen im Vergleich",
    comparison_sheet: "Vergleich",
    sharing: "Kostenteilung",
    checklist: "Voraussetzungen",

    col_part: "Bereich",
    col_input: "Eingabe",
    col_value: "Wert",
    col_unit: "Einheit",
    col_source: "Quelle / Stand",
    col_note: "Anmerkung",
    unknown_mark: "unbekannt, noch nicht angefragt",
    unconfirmed_mark: "Referenzwert – bitte prüfen",
    monetise: "Zeit der Bürgerinnen und Bürger in Geld bewerten",
    annual_hours: "Jahresarbeitsstunden einer Vollzeitkraft",
    yes: "ja",
    no: "nein",

    col_figure: "Kennzahl",
    kw_total: "Kapitalwert (KW)",
    kw_h: "KW haushaltswirksam",
    kw_nh: "KW nicht haushaltswirksam",
    kw_citizens: "Externer Nutzen (Zeit der Bürgerinnen und Bürger)",
    payback_year: "Amortisation im Jahr",
    payback_none: "nicht im Betrachtungszeitraum",
    break_even_cases: "Mindest-Fallzahl pro Jahr",
    break_even_share: "Mindest-Online-Anteil",
    break_even_always: "bei jeder Fallzahl wirtschaftlich",
    break_even_share_always: "bei jedem Online-Anteil wirtschaftlich",
    break_even_never: "nicht erreichbar",
    cost_per_case: "Kosten je Online-Fall",
    no_online_cases: "keine Online-Fälle",
    fte_final: "Freigesetzte Kapazität im letzten Jahr",
    staff_hours: "Eingesparte Arbeitsstunden im Zeitraum",
    citizen_hours: "Eingesparte Stunden der Bürgerinnen und Bürger im Zeitraum",
    online_cases: "Online-Fälle im Zeitraum",
    verdict: "Ergebnis",
    recommendation: "Empfehlung",

    col_body: "Körperschaft",
    col_fraction: "Anteil nach Schlüssel",
    col_one_time_share: "Anteil einmalig, in Euro",
    col_yearly_share: "Anteil jährlich, in Euro",
    col_body_kw: "Eigener Kapitalwert, in Euro",
    sharing_invalid: "Die Kostenteilung ist noch unvollständig.",

    col_item: "Voraussetzung",
    col_status: "Stand",
    col_must: "Muss-Kriterium",
    col_responsible: "Verantwortlich",
    col_due: "Fällig bis",

    col_app_value: "Wert in EfA-Check beim Export",
    workbook_hint: "Blaue Werte sind Eingaben: Ändern Sie einen, rechnen Zahlungsströme und Ergebnis mit. Der Betrachtungszeitraum legt die Zahl der Zeilen fest; für einen anderen exportieren Sie die Datei neu aus EfA-Check.",
    percent_in_workbook: "Prozent",
};

/// A unit as the "Einheit" column names it. Percentages are stored as
/// fractions, and the CSV writes them so (0,35 = 35 %).
pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "Euro",
        Unit::EuroPerHour => "Euro je Stunde",
        Unit::EuroPerCase => "Euro je Fall",
        Unit::Count => "Anzahl",
        Unit::Percent => "Anteil (0,35 = 35 %)",
        Unit::Minutes => "Minuten",
        Unit::Hours => "Stunden",
        Unit::Years => "Jahre",
    }
}

/// The header of a column of the yearly table, with its unit.
pub fn column_header(column: Column) -> &'static str {
    use Column::*;
    match column {
        Year => "Jahr",
        Cases => "Fälle",
        OnlineShare => "Online-Anteil",
        OnlineCases => "Online-Fälle",
        Escalation => "Preisfaktor",
        OneTimeFraction => "Anteil der Einmalkosten",
        IntegrationCash => "Integration an Dritte, in Euro",
        IntegrationStaff => "Integration eigenes Personal, in Euro",
        Operations => "Betrieb, in Euro",
        FirstLevel => "Erstkontakt (115, Servicecenter), in Euro",
        SecondLevel => "Rückfragen Fachbereich, in Euro",
        Funding => "Förderung, in Euro",
        CostH => "Kosten haushaltswirksam, in Euro",
        CostNh => "Kosten nicht haushaltswirksam, in Euro",
        BenefitH => "Nutzen haushaltswirksam, in Euro",
        BenefitNh => "Nutzen nicht haushaltswirksam, in Euro",
        BenefitCitizens => "Externer Nutzen, in Euro",
        Net => "Netto, in Euro",
        DiscountFactor => "Abzinsungsfaktor",
        Discounted => "Barwert, in Euro",
        Cumulative => "Kumulierter Barwert, in Euro",
        DiscountedH => "Barwert haushaltswirksam, in Euro",
        DiscountedNh => "Barwert nicht haushaltswirksam, in Euro",
        DiscountedCitizens => "Barwert externer Nutzen, in Euro",
        StaffHours => "Eingesparte Arbeitsstunden",
        Fte => "VZÄ",
        CitizenHours => "Eingesparte Stunden Bürgerinnen und Bürger",
        PaybackMark => "Amortisiert (Jahr)",
    }
}
