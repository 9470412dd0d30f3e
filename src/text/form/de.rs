//! The form's words in German.

use super::{ft, FieldText, FormTexts, SectionTotal};
use crate::format::{self, euro, euro_cents, grouped};
use crate::model::reference::{self, Reference};
use crate::model::technical::{NutzwertError, Status, StatusCounts};
use crate::model::totals::SectionTotals;
use crate::model::{cashflow, Assessment, DomainError, Field, Parameters, StaffGroup, Unit};
use crate::parse::{FieldError, ParseError};
use crate::text::results::hours_value;
use crate::text::t;
use crate::text::technical::status_name;

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

pub fn parameters_total(p: &Parameters) -> String {
    format!(
        "{}, Zinssatz {}, Preissteigerung {}",
        value_in_unit(Unit::Years, f64::from(p.horizon_years)),
        percent_value(p.discount_rate),
        percent_value(p.escalation)
    )
}

pub fn simulation_total(samples: u32, ranges: usize) -> String {
    let ranges = match ranges {
        0 => "keine Spanne".to_string(),
        1 => "1 Spanne".to_string(),
        n => format!("{n} Spannen"),
    };
    format!("{} Stichproben, {ranges}", grouped(f64::from(samples), 0))
}

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

pub fn reference_label(reference: &Reference) -> &'static str {
    reference.label
}

pub fn staff_group_option(group: StaffGroup) -> String {
    let r = super::annual_hours_reference(group);
    format!("{} ({})", r.label, hours_value(r.value))
}

pub fn citizen_trip_kreis_note() -> String {
    format!(
        "Für einen Weg zur Kreisverwaltung nennt die Quelle {} Minuten.",
        grouped(reference::CITIZEN_TRIP_KREIS_MINUTES.value, 0)
    )
}

pub fn source_line(reference: &Reference) -> String {
    format!(
        "{}{}{}{}",
        t().source_prefix,
        reference.source,
        t().stand_prefix,
        reference.stand
    )
}

pub fn assumptions_head(count: usize) -> String {
    match count {
        1 => "1 Annahme ungeprüft".to_string(),
        n => format!("{n} Annahmen ungeprüft"),
    }
}

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

pub fn rate_option(reference: &Reference) -> String {
    format!(
        "{}: {} je Stunde",
        reference.label,
        euro_cents(reference.value)
    )
}

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

/// How a value of `unit` is to be entered, after the subject.
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
