//! The words of the form: each field's label, hint and example, its
//! error messages, the reference-value lines beside it, and the headers
//! of the collapsible sections with their totals.

use super::results::hours_value;
use super::t;
use super::technical::status_name;
use crate::format::{self, euro, euro_cents, grouped};
use crate::model::reference::{self, Reference};
use crate::model::technical::{NutzwertError, Status, StatusCounts};
use crate::model::totals::SectionTotals;
use crate::model::{
    cashflow, Assessment, Assumption, DomainError, Field, Parameters, StaffGroup, Unit,
};
use crate::parse::{FieldError, ParseError};

/// The static strings of the compact form: section titles, and the words
/// of each row's "more" disclosure (range, note, unknown mark).
pub struct FormTexts {
    pub section_technical: &'static str,
    pub section_simulation: &'static str,
    /// Between a section's title and its total, for screen readers (the
    /// total stands apart visually).
    pub total_separator: &'static str,
    /// What a row's disclosure offers, each shown while not yet set.
    pub more_range: &'static str,
    pub more_note: &'static str,
    pub more_unknown: &'static str,
    pub more_picker: &'static str,
    /// The badges of what is set.
    pub badge_range_invalid: &'static str,
    pub badge_note: &'static str,
    pub badge_unknown: &'static str,
    /// Pinning the field to the presentation's drawer (issue 12).
    pub pin_label: &'static str,
    pub pin_hint: &'static str,
    pub pin_full: &'static str,
    pub badge_pinned: &'static str,
}

/// German text.
pub const DE: FormTexts = FormTexts {
    section_technical: "Technische Voraussetzungen",
    section_simulation: "Simulation",
    total_separator: ": ",
    more_range: "Spanne",
    more_note: "Anmerkung",
    more_unknown: "unbekannt",
    more_picker: "Referenzwert",
    badge_range_invalid: "Spanne ungültig",
    badge_note: "Anmerkung: ",
    badge_unknown: "unbekannt",
    pin_label: "In der Präsentation zeigen",
    pin_hint: "Die Eingabe erscheint im Präsentationsmodus neben der Ansicht und lässt sich dort \
        vor dem Publikum ändern.",
    pin_full: "Die Präsentation zeigt schon acht Eingaben; nehmen Sie dort oder hier eine heraus.",
    badge_pinned: "in der Präsentation",
};

/// The form's static strings in the one language there is.
pub fn words() -> &'static FormTexts {
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
        OtherOneTime => ft(
            "Sonstige einmalige Kosten (laut Angebot), in Euro",
            "Ein Pauschalbetrag aus einem Angebot, der mehrere Positionen oben umfasst oder zu \
             keiner passt. Tragen Sie ihn nur hier ein, nicht zusätzlich bei einer anderen Position.",
            "12.000",
            "die sonstigen einmaligen Kosten",
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
            "Anfragen beim Erstkontakt je 100 Online-Fälle, Anzahl",
            "Erstkontakt (1st Level): Anfragen bei der Behördennummer 115 oder dem Servicecenter \
             auf 100 Online-Fälle.",
            "3",
            "die Zahl der Anfragen",
        ),
        FirstLevelCost => ft(
            "Kosten je Anfrage beim Erstkontakt, in Euro",
            "Was eine Anfrage bei der 115 oder dem Servicecenter kostet.",
            "4,50",
            "die Kosten je Anfrage",
        ),
        SecondLevelMinutes => ft(
            "Rückfragen im Fachbereich, in Minuten je Online-Fall",
            "Fachliche Unterstützung (2nd Level): Zeit des Fachbereichs für Rückfragen zu \
             Online-Anträgen.",
            "2",
            "die Minuten je Online-Fall",
        ),
        SecondLevelRate => ft(
            "Stundensatz Fachbereich für Rückfragen, in Euro je Stunde",
            "Vollkosten je Stunde der Beschäftigten im Fachbereich.",
            "67,79",
            "den Stundensatz für Rückfragen im Fachbereich",
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

/// A field's label without its unit, to name it inside a sentence or
/// another label: "PVOG, DVDV und Zertifikate, in Euro" becomes "PVOG,
/// DVDV und Zertifikate".
pub fn field_name(field: Field) -> &'static str {
    let label = field_text(field).label;
    label.split(", in ").next().unwrap_or(label)
}

/// Label of the note (Anmerkung) belonging to a cost line.
pub fn note_label(field: Field) -> String {
    format!(
        "{}{}{}",
        t().note_label_suffix,
        field_name(field),
        t().optional_suffix
    )
}

/// What a row's disclosure offers that is not set yet, in words:
/// "Spanne, Anmerkung, unbekannt". Empty when everything is set.
pub fn more_offer(picker: bool, range: bool, note: bool, unknown: bool) -> String {
    let w = words();
    [
        (picker, w.more_picker),
        (range, w.more_range),
        (note, w.more_note),
        (unknown, w.more_unknown),
    ]
    .into_iter()
    .filter_map(|(offered, word)| offered.then_some(word))
    .collect::<Vec<_>>()
    .join(", ")
}

/// The badge of a range that is set: "Spanne 2–30".
pub fn range_badge(min: &str, max: &str) -> String {
    format!("{} {min}–{max}", words().more_range)
}

/// A section's total, as its header shows it beside the title; empty for
/// a section without one.
pub fn section_total(section: SectionTotal, totals: &SectionTotals) -> String {
    match section {
        SectionTotal::Integration if totals.integration_staff > 0.0 => format!(
            "{} zzgl. {} eigenes Personal",
            euro(totals.integration_cash),
            euro(totals.integration_staff)
        ),
        SectionTotal::Integration => euro(totals.integration_cash),
        SectionTotal::Operations if totals.operations_per_online_case > 0.0 => format!(
            "{} pro Jahr zzgl. {} je Online-Fall",
            euro(totals.operations_per_year),
            euro_cents(totals.operations_per_online_case)
        ),
        SectionTotal::Operations => format!("{} pro Jahr", euro(totals.operations_per_year)),
        SectionTotal::Support => {
            format!(
                "{} je Online-Fall",
                euro_cents(totals.support_per_online_case)
            )
        }
        SectionTotal::Funding => format!(
            "{} einmalig, {} pro Jahr",
            euro(totals.funding_one_time),
            euro(totals.funding_per_year)
        ),
        SectionTotal::Benefits if totals.benefit_per_year > 0.0 => format!(
            "{} je Online-Fall zzgl. {} pro Jahr",
            euro_cents(totals.benefit_per_online_case),
            euro(totals.benefit_per_year)
        ),
        SectionTotal::Benefits => {
            format!(
                "{} je Online-Fall",
                euro_cents(totals.benefit_per_online_case)
            )
        }
        SectionTotal::Checklist => checklist_total(totals.checklist),
    }
}

/// The sections whose header carries a total from
/// [`SectionTotals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionTotal {
    Integration,
    Operations,
    Support,
    Funding,
    Benefits,
    Checklist,
}

/// "11 Punkte: 2 erfüllt, 9 unbekannt" (statuses no item has are left
/// out).
fn checklist_total(counts: StatusCounts) -> String {
    let items: usize = counts.iter().sum();
    let parts: Vec<String> = Status::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(&status, n)| format!("{n} {}", status_name(status)))
        .collect();
    let noun = if items == 1 { "Punkt" } else { "Punkte" };
    if parts.is_empty() {
        format!("{items} {noun}")
    } else {
        format!("{items} {noun}: {}", parts.join(", "))
    }
}

/// The Parameter header: "5 Jahre, Zinssatz 0,9 %, Preissteigerung 2 %".
pub fn parameters_total(p: &Parameters) -> String {
    format!(
        "{}, Zinssatz {}, Preissteigerung {}",
        value_in_unit(Unit::Years, f64::from(p.horizon_years)),
        percent_value(p.discount_rate),
        percent_value(p.escalation)
    )
}

/// The Simulation header: "10.000 Stichproben, 2 Spannen".
pub fn simulation_total(samples: u32, ranges: usize) -> String {
    let ranges = match ranges {
        0 => "keine Spanne".to_string(),
        1 => "1 Spanne".to_string(),
        n => format!("{n} Spannen"),
    };
    format!("{} Stichproben, {ranges}", grouped(f64::from(samples), 0))
}

/// The Nutzwert header: "62 von 100 Punkten", or why there is none yet
/// ("Gewichte ergeben nicht 100", "7 Kriterien noch nicht bewertet").
pub fn nutzwert_total(nutzwert: Result<f64, NutzwertError>) -> String {
    match nutzwert {
        Ok(points) => format!("{} von 100 Punkten", grouped(points, 0)),
        Err(NutzwertError::WeightsNot100(_)) => "Gewichte ergeben nicht 100".to_string(),
        Err(NutzwertError::NotScored(1)) => "1 Kriterium noch nicht bewertet".to_string(),
        Err(NutzwertError::NotScored(n)) => format!("{n} Kriterien noch nicht bewertet"),
    }
}

/// A percentage as a field shows it, with its sign: "0,9 %".
fn percent_value(fraction: f64) -> String {
    value_in_unit(Unit::Percent, fraction)
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

/// The mark beside a pre-filled value not yet confirmed, with its value
/// and where it comes from: "Referenzwert – bitte prüfen: 67,79 € je
/// Stunde (Quelle: KGSt-Bericht 8/2025 …, Stand 2025/26)", or for the
/// app's own convention "Voreinstellung – bitte prüfen: 5 Jahre".
pub fn assumption_mark(assumption: &Assumption) -> String {
    let value = value_in_unit(assumption.field.unit(), assumption.value);
    match assumption.reference {
        Some(r) => format!("{}: {value} ({})", t().assumption_reference, source_line(r)),
        None => format!("{}: {value}", t().assumption_convention),
    }
}

/// The list of unconfirmed values that count, for the summary and the
/// result: "3 Annahmen ungeprüft: Stundensatz Sachbearbeitung,
/// Betrachtungszeitraum, Kalkulationszinssatz". `None` when there are
/// none.
pub fn assumptions_line(fields: &[Field]) -> Option<String> {
    let names: Vec<&str> = fields.iter().map(|&f| field_name(f)).collect();
    (!names.is_empty()).then(|| format!("{}: {}", assumptions_head(names.len()), names.join(", ")))
}

/// The head of [`assumptions_line`]: "1 Annahme ungeprüft", "3 Annahmen
/// ungeprüft".
pub fn assumptions_head(count: usize) -> String {
    match count {
        1 => "1 Annahme ungeprüft".to_string(),
        n => format!("{n} Annahmen ungeprüft"),
    }
}

/// The offer beside an input whose reference value it does not hold:
/// "Referenzwert übernehmen: 0,95 € (Quelle: Deutsche Post, Porto
/// Standardbrief, Stand 01.01.2025)".
pub fn adopt_reference_offer(field: Field, reference: &Reference) -> String {
    format!(
        "{}: {} ({})",
        t().adopt_reference,
        value_in_unit(field.unit(), reference.value),
        source_line(reference)
    )
}

/// The yearly online shares under the ramp inputs, so "Jahre bis zum
/// Ziel-Anteil" cannot be read two ways: "Jahr 1: 40 % · Jahr 2: 70 % ·
/// ab Jahr 3: 100 %". The values are the yearly table's
/// (`model::cashflow::ramp`). A target beyond the horizon is said so.
pub fn ramp_preview(a: &Assessment) -> String {
    let shares = cashflow::ramp(a);
    let horizon = a.parameters.horizon();
    let target_year = a.benefits.ramp_years.saturating_add(1);
    let mut parts: Vec<String> = (1..)
        .zip(&shares)
        .map(|(year, &share)| {
            let from = if year == target_year && year < horizon {
                "ab "
            } else {
                ""
            };
            format!("{from}Jahr {year}: {}", format::percent_short(share))
        })
        .collect();
    if target_year > horizon {
        parts.push(format!(
            "Ziel-Anteil {} erst im {target_year}. Jahr, nach dem Betrachtungszeitraum",
            format::percent_short(a.benefits.online_share_target)
        ));
    }
    parts.join(" · ")
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
    value_error(text.subject, text.example, field.unit(), error)
}

/// The message for an invalid typed value of `unit`, named by `subject`
/// ("die Fallzahl pro Jahr") with an `example` in German notation: the
/// words of [`field_error`] for inputs that are not a [`Field`].
pub fn value_error(subject: &str, example: &str, unit: Unit, error: &FieldError) -> String {
    match error {
        FieldError::Parse(ParseError::NotANumber) => {
            format!("Geben Sie {subject} als Zahl ein, zum Beispiel {example}")
        }
        FieldError::Parse(ParseError::WrongDecimalMark) => {
            "Verwenden Sie ein Komma als Dezimaltrennzeichen, zum Beispiel 1,5".to_string()
        }
        FieldError::Parse(ParseError::Grouping) => format!(
            "Geben Sie {subject} mit höchstens einem Komma und Tausenderpunkten nur zwischen \
             Dreiergruppen ein, zum Beispiel {example}"
        ),
        FieldError::Parse(ParseError::WrongUnit) => format!(
            "Geben Sie {subject} {} ein, zum Beispiel {example}",
            unit_phrase(unit)
        ),
        FieldError::Domain(DomainError::Missing) => {
            format!("Geben Sie {subject} ein, zum Beispiel {example}")
        }
        FieldError::Domain(DomainError::NotWhole) => {
            format!("Geben Sie {subject} als ganze Zahl ein, zum Beispiel {example}")
        }
        FieldError::Domain(DomainError::OutOfRange { min, max }) => format!(
            "Geben Sie {subject} als Wert zwischen {} und {} ein",
            value_in_unit(unit, *min),
            value_in_unit(unit, *max)
        ),
    }
}
