//! The form's words in English.

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

pub const EN: FormTexts = FormTexts {
    section_technical: "Technical prerequisites",
    section_simulation: "Simulation",
    total_separator: ": ",
    more_range: "Range",
    more_note: "Note",
    more_unknown: "unknown",
    more_picker: "Reference value",
    badge_range_invalid: "Range invalid",
    badge_note: "Note: ",
    badge_unknown: "unknown",
    pin_label: "Show in the presentation",
    pin_hint: "The input appears beside the view in presentation mode and can be changed there \
        in front of the audience.",
    pin_full: "The presentation already shows eight inputs; remove one there or here.",
    badge_pinned: "in the presentation",
};

pub fn field_text(field: Field) -> FieldText {
    use Field::*;
    match field {
        Inhabitants => ft(
            "Population",
            "Number of inhabitants of your Kommune.",
            "8,500",
            "the population",
        ),
        ConnectionFee => ft(
            "Connection fee, in euros",
            "One-time entry or connection fee of the EfA provider, as set out in the reuse concept.",
            "1,500",
            "the connection fee",
        ),
        FachverfahrenInterface => ft(
            "Interface to the Fachverfahren, in euros",
            "One-time costs as quoted by the vendor of the Fachverfahren (specialist back-office \
             software).",
            "4,000",
            "the cost of the interface",
        ),
        Parametrisation => ft(
            "Configuration, in euros",
            "Setting up the online service for your Kommune: responsibilities, fees, texts.",
            "800",
            "the cost of configuration",
        ),
        Transport => ft(
            "Transport route (FIT-Connect or OSCI/XTA), in euros",
            "One-time connection of the transmission route to the Fachverfahren or mailbox.",
            "500",
            "the cost of the transport route",
        ),
        PvogDvdvCertificates => ft(
            "PVOG, DVDV and certificates, in euros",
            "Service data in the PVOG, the entry in the DVDV, and certificates.",
            "300",
            "the cost of PVOG, DVDV and certificates",
        ),
        DataProtection => ft(
            "Data protection (processing agreement, DPIA), in euros",
            "Data processing agreement and, where required, a data protection impact assessment \
             (DPIA).",
            "600",
            "the cost of data protection",
        ),
        Training => ft(
            "Training, in euros",
            "Training the caseworkers for the new input channel.",
            "400",
            "the training costs",
        ),
        ProcessRedesign => ft(
            "Process redesign, in euros",
            "Externally commissioned changes to workflows and organisation.",
            "500",
            "the cost of process redesign",
        ),
        OtherOneTime => ft(
            "Other one-time costs (as quoted), in euros",
            "A lump sum from a quotation that covers several of the items above or fits none of \
             them. Enter it only here, not under another item as well.",
            "12,000",
            "the other one-time costs",
        ),
        ProjectHours => ft(
            "Own project staff, in hours",
            "Working hours your own staff spend on the rollout.",
            "40",
            "the project hours",
        ),
        ProjectRate => ft(
            "Hourly rate of project staff, in euros per hour",
            "Full costs per hour. Use a reference value or enter your own rate.",
            "67.79",
            "the hourly rate of the project staff",
        ),
        UsageFee => ft(
            "Usage or operating fee, in euros per year",
            "Yearly fee to the EfA provider under the cost key of the reuse concept.",
            "900",
            "the usage fee",
        ),
        InterfaceMaintenance => ft(
            "Interface maintenance, in euros per year",
            "Maintenance contract for the interface to the Fachverfahren.",
            "600",
            "the maintenance costs",
        ),
        TransportFees => ft(
            "Transport and intermediary fees, in euros per year",
            "Ongoing fees for FIT-Connect, an OSCI intermediary or similar.",
            "120",
            "the transport fees",
        ),
        FurtherDevelopment => ft(
            "Share of further development, in euros per year",
            "Your contribution to the further development of the service under the reuse concept.",
            "250",
            "the share of further development",
        ),
        PaymentFeePerCase => ft(
            "Payment fee (ePayBL), in euros per online case",
            "Transaction costs of the payment platform. 0 if there is no fee.",
            "0.35",
            "the payment fee",
        ),
        FirstLevelContacts => ft(
            "Enquiries at first contact per 100 online cases",
            "First contact (first-level support): enquiries to the public service number 115 or \
             the service centre per 100 online cases.",
            "3",
            "the number of enquiries",
        ),
        FirstLevelCost => ft(
            "Cost per enquiry at first contact, in euros",
            "What one enquiry to the 115 or the service centre costs.",
            "4.50",
            "the cost per enquiry",
        ),
        SecondLevelMinutes => ft(
            "Follow-up questions in the Fachbereich, in minutes per online case",
            "Specialist support (second level): time the Fachbereich (the department in charge) \
             spends on follow-up questions about online applications.",
            "2",
            "the minutes per online case",
        ),
        SecondLevelRate => ft(
            "Hourly rate of the Fachbereich for follow-up questions, in euros per hour",
            "Full costs per hour of the staff in the Fachbereich.",
            "67.79",
            "the hourly rate for follow-up questions in the Fachbereich",
        ),
        OneTimeGrant => ft(
            "One-time grant, in euros",
            "Funding from the Land (federal state) towards the integration costs. Reduces the \
             costs in the base year.",
            "3,000",
            "the one-time grant",
        ),
        RecurringContribution => ft(
            "Ongoing grant towards operations, in euros per year",
            "What the Land contributes to operations each year.",
            "500",
            "the ongoing grant",
        ),
        RecurringYears => ft(
            "Duration of the ongoing grant, in years",
            "For how many years of operation the grant is paid. 0 means: for the whole appraisal \
             period.",
            "3",
            "the duration of the grant",
        ),
        CasesPerYear => ft(
            "Cases per year",
            "All cases in the first year of operation, online and on paper.",
            "1,200",
            "the number of cases per year",
        ),
        CaseGrowth => ft(
            "Change in cases, in percent per year",
            "Expected yearly increase or decrease; enter a decrease with a minus sign, such as -2.",
            "2",
            "the change in cases",
        ),
        OnlineShareStart => ft(
            "Online share in the first year, in percent",
            "Share of cases submitted online in the first year of operation.",
            "30",
            "the online share in the first year",
        ),
        OnlineShareTarget => ft(
            "Target online share, in percent",
            "Share reached after the start-up phase.",
            "70",
            "the target online share",
        ),
        RampYears => ft(
            "Years to the target share",
            "The online share rises evenly from the start value to the target. 0 means: the \
             target from the first year.",
            "3",
            "the years to the target share",
        ),
        MinutesSaved => ft(
            "Processing time saved, in minutes per online case",
            "Time the caseworkers save per online case compared with paper: entering, checking, \
             filing.",
            "18",
            "the minutes saved",
        ),
        StaffRate => ft(
            "Hourly rate of caseworkers, in euros per hour",
            "Values the working time freed up. Use a reference value or enter your own rate.",
            "63.02",
            "the hourly rate of the caseworkers",
        ),
        PostageSaved => ft(
            "Postage saved, in euros per online case",
            "Postage for notices that will be delivered electronically in future.",
            "0.95",
            "the postage saved",
        ),
        PrintScanSaved => ft(
            "Printing and scanning saved, in euros per online case",
            "Paper, printing and scanning no longer needed per online case.",
            "0.60",
            "the printing and scanning costs saved",
        ),
        AvoidedLicence => ft(
            "Avoided licence costs, in euros per year",
            "Costs of a legacy system or an in-house solution that fall away.",
            "1,000",
            "the avoided licence costs",
        ),
        CitizenMinutesSaved => ft(
            "Time saved by citizens, in minutes per online case",
            "For example the trip to the town hall and the waiting time.",
            "15",
            "the time saved by citizens",
        ),
        CitizenHourValue => ft(
            "Value of a citizen's hour, in euros",
            "Used only if citizens' time is valued in money.",
            "15",
            "the value of a citizen's hour",
        ),
        HorizonYears => ft(
            "Appraisal period, in years",
            "Number of years of operation after the base year.",
            "5",
            "the appraisal period",
        ),
        DiscountRate => ft(
            "Discount rate, in percent",
            "Rate at which future payments are discounted.",
            "0.9",
            "the discount rate",
        ),
        Escalation => ft(
            "Price increase, in percent per year",
            "Applies from the first year of operation to fees, hourly rates and amounts per case.",
            "2",
            "the price increase",
        ),
        OneTimeSpreadYears => ft(
            "Spread of one-time costs, in years",
            "1 means: all one-time costs in the base year.",
            "1",
            "the spread of one-time costs",
        ),
    }
}

pub fn section_total(section: SectionTotal, totals: &SectionTotals) -> String {
    match section {
        SectionTotal::Integration if totals.integration_staff > 0.0 => format!(
            "{} plus {} for own staff",
            euro(totals.integration_cash),
            euro(totals.integration_staff)
        ),
        SectionTotal::Integration => euro(totals.integration_cash),
        SectionTotal::Operations if totals.operations_per_online_case > 0.0 => format!(
            "{} per year plus {} per online case",
            euro(totals.operations_per_year),
            euro_cents(totals.operations_per_online_case)
        ),
        SectionTotal::Operations => format!("{} per year", euro(totals.operations_per_year)),
        SectionTotal::Support => format!(
            "{} per online case",
            euro_cents(totals.support_per_online_case)
        ),
        SectionTotal::Funding => format!(
            "{} one-time, {} per year",
            euro(totals.funding_one_time),
            euro(totals.funding_per_year)
        ),
        SectionTotal::Benefits if totals.benefit_per_year > 0.0 => format!(
            "{} per online case plus {} per year",
            euro_cents(totals.benefit_per_online_case),
            euro(totals.benefit_per_year)
        ),
        SectionTotal::Benefits => format!(
            "{} per online case",
            euro_cents(totals.benefit_per_online_case)
        ),
        SectionTotal::Checklist => checklist_total(totals.checklist),
    }
}

/// "11 items: 2 met, 9 unknown" (statuses no item has are left out).
fn checklist_total(counts: StatusCounts) -> String {
    let items: usize = counts.iter().sum();
    let parts: Vec<String> = Status::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(&status, n)| format!("{n} {}", status_name(status)))
        .collect();
    let noun = if items == 1 { "item" } else { "items" };
    if parts.is_empty() {
        format!("{items} {noun}")
    } else {
        format!("{items} {noun}: {}", parts.join(", "))
    }
}

pub fn parameters_total(p: &Parameters) -> String {
    format!(
        "{}, discount rate {}, price increase {}",
        value_in_unit(Unit::Years, f64::from(p.horizon_years)),
        value_in_unit(Unit::Percent, p.discount_rate),
        value_in_unit(Unit::Percent, p.escalation)
    )
}

pub fn simulation_total(samples: u32, ranges: usize) -> String {
    let ranges = match ranges {
        0 => "no ranges".to_string(),
        1 => "1 range".to_string(),
        n => format!("{n} ranges"),
    };
    format!("{} samples, {ranges}", grouped(f64::from(samples), 0))
}

pub fn nutzwert_total(nutzwert: Result<f64, NutzwertError>) -> String {
    match nutzwert {
        Ok(points) => format!("{} of 100 points", grouped(points, 0)),
        Err(NutzwertError::WeightsNot100(_)) => "Weights do not add up to 100".to_string(),
        Err(NutzwertError::NotScored(1)) => "1 criterion not yet scored".to_string(),
        Err(NutzwertError::NotScored(n)) => format!("{n} criteria not yet scored"),
    }
}

/// The English label of a reference value, by its identifier: the
/// official German career-group names (Laufbahngruppen) stay, with a
/// gloss; pay grades ("E9b", "A13") need no translation.
pub fn reference_label(reference: &Reference) -> &'static str {
    match reference.id {
        "destatis-einfach-mittel" => {
            "einfacher und mittlerer Dienst (basic and intermediate service)"
        }
        "destatis-gehoben" => "gehobener Dienst (higher intermediate service)",
        "destatis-hoeher" => "höherer Dienst (higher service)",
        "destatis-durchschnitt" => "Average",
        "hours-tarif" => "Employees under collective agreement",
        "hours-beamte" => "Civil servants",
        "bmf-zins" => "Discount rate for economic appraisals",
        "porto-standardbrief" => "Standard letter",
        "weg-gemeinde-min" => "Trip to the municipal administration",
        "weg-kreis-min" => "Trip to the Kreis administration",
        _ => reference.label,
    }
}

pub fn staff_group_option(group: StaffGroup) -> String {
    let r = super::annual_hours_reference(group);
    format!("{} ({})", reference_label(r), hours_value(r.value))
}

pub fn citizen_trip_kreis_note() -> String {
    format!(
        "For a trip to the Kreis administration the source gives {} minutes.",
        grouped(reference::CITIZEN_TRIP_KREIS_MINUTES.value, 0)
    )
}

/// The English citation of a reference value's source: titles of
/// publications stay as published, the descriptions around them are
/// translated (by the reference's identifier).
fn source(reference: &Reference) -> &'static str {
    match reference.id {
        id if id.starts_with("destatis-") => {
            "Destatis, Lohnkostentabelle Verwaltung (Leitfaden Erfüllungsaufwand), municipalities"
        }
        id if id.starts_with("kgst-") => {
            "KGSt-Bericht 8/2025 “Kosten eines Arbeitsplatzes 2025/26”, full costs per hour \
             including €9,700 material costs and 20% overheads"
        }
        "bmf-zins" => {
            "BMF (Federal Ministry of Finance) circular of 7 July 2023, “Kalkulationszinssätze \
             für Wirtschaftlichkeitsuntersuchungen”"
        }
        "porto-standardbrief" => "Deutsche Post, postage for a standard letter",
        _ => reference.source,
    }
}

/// A reference's date in English: "07.07.2023" becomes "7 July 2023";
/// years ("2025", "2025/26") stay as they are.
fn stand(stand: &str) -> String {
    let parts: Vec<&str> = stand.split('.').collect();
    if let [day, month, year] = parts[..] {
        if let (Ok(day), Ok(month @ 1..=12), Ok(year)) = (
            day.parse::<u32>(),
            month.parse::<u32>(),
            year.parse::<u32>(),
        ) {
            return crate::text::report::date(day, month, year);
        }
    }
    stand.to_string()
}

pub fn source_line(reference: &Reference) -> String {
    format!(
        "{}{}{}{}",
        t().source_prefix,
        source(reference),
        t().stand_prefix,
        stand(reference.stand)
    )
}

pub fn assumptions_head(count: usize) -> String {
    match count {
        1 => "1 unchecked assumption".to_string(),
        n => format!("{n} unchecked assumptions"),
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
                "From year"
            } else {
                "Year"
            };
            format!("{from} {year}: {}", format::percent_short(share))
        })
        .collect();
    if target_year > horizon {
        parts.push(format!(
            "Target share {} not reached until year {target_year}, after the appraisal period",
            format::percent_short(a.benefits.online_share_target)
        ));
    }
    parts.join(" · ")
}

pub fn rate_option(reference: &Reference) -> String {
    format!(
        "{}: {} per hour",
        reference_label(reference),
        euro_cents(reference.value)
    )
}

pub fn value_in_unit(unit: Unit, value: f64) -> String {
    let number = format::input_value(value, unit == Unit::Percent);
    let euros = || match number.strip_prefix('-') {
        Some(abs) => format!("-€{abs}"),
        None => format!("€{number}"),
    };
    match unit {
        Unit::Euro | Unit::EuroPerCase => euros(),
        Unit::EuroPerHour => format!("{} per hour", euros()),
        Unit::Percent => format!("{number}%"),
        // Singular only for exactly one ("1 year", but "1.5 years").
        Unit::Minutes if number == "1" => "1 minute".to_string(),
        Unit::Hours if number == "1" => "1 hour".to_string(),
        Unit::Years if number == "1" => "1 year".to_string(),
        Unit::Minutes => format!("{number} minutes"),
        Unit::Hours => format!("{number} hours"),
        Unit::Years => format!("{number} years"),
        Unit::Count => number,
    }
}

/// How a value of `unit` is to be entered, after the subject.
fn unit_phrase(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "in euros",
        Unit::EuroPerHour => "in euros per hour",
        Unit::EuroPerCase => "in euros per case",
        Unit::Count => "without a unit",
        Unit::Percent => "in percent",
        Unit::Minutes => "in minutes",
        Unit::Hours => "in hours",
        Unit::Years => "in years",
    }
}

pub fn value_error(subject: &str, example: &str, unit: Unit, error: &FieldError) -> String {
    match error {
        FieldError::Parse(ParseError::NotANumber) => {
            format!("Enter {subject} as a number, for example {example}")
        }
        FieldError::Parse(ParseError::WrongDecimalMark) => {
            "Use a point as the decimal mark, for example 1.5".to_string()
        }
        FieldError::Parse(ParseError::Grouping) => format!(
            "Enter {subject} with at most one decimal point and commas only between groups of \
             three digits, for example {example}"
        ),
        FieldError::Parse(ParseError::WrongUnit) => format!(
            "Enter {subject} {}, for example {example}",
            unit_phrase(unit)
        ),
        FieldError::Domain(DomainError::Missing) => {
            format!("Enter {subject}, for example {example}")
        }
        FieldError::Domain(DomainError::NotWhole) => {
            format!("Enter {subject} as a whole number, for example {example}")
        }
        FieldError::Domain(DomainError::OutOfRange { min, max }) => format!(
            "Enter {subject} as a value between {} and {}",
            value_in_unit(unit, *min),
            value_in_unit(unit, *max)
        ),
    }
}
