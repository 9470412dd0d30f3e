//! The numeric inputs of an assessment as a closed list (`Field`), each with
//! its unit kind and its valid domain.
//!
//! The form, validation, links, the tornado and the switching values all
//! iterate over this one list, so a new input is added here once. Labels, hints and
//! messages for each field live in `crate::text`, keyed by `Field`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::inputs::{Assessment, CostLine, MAX_HORIZON_YEARS};

/// What kind of number a field holds; decides parsing (a `%` sign is only
/// accepted for percentages) and display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Euro (einmalig oder pro Jahr).
    Euro,
    /// Euro je Stunde.
    EuroPerHour,
    /// Euro je Fall oder Kontakt.
    EuroPerCase,
    /// A count of cases, contacts or people.
    Count,
    /// A percentage, entered as "12 %" or "12" and stored as 0.12.
    Percent,
    Minutes,
    Hours,
    /// Whole years.
    Years,
}

/// The valid domain of a field, in stored units (percent as fraction).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Domain {
    pub min: f64,
    pub max: f64,
    /// Only whole numbers are valid.
    pub whole: bool,
    /// An empty input means 0 instead of an error.
    pub optional: bool,
}

const fn domain(min: f64, max: f64, whole: bool, optional: bool) -> Domain {
    Domain {
        min,
        max,
        whole,
        optional,
    }
}

/// Upper limit for any single euro amount: a billion euros is far beyond a
/// municipal EfA adoption and keeps every product finite.
const MAX_EURO: f64 = 1.0e9;
pub(crate) const MONEY: Domain = domain(0.0, MAX_EURO, false, true);
const RATE: Domain = domain(0.0, 1000.0, false, false);
const PER_CASE: Domain = domain(0.0, 1000.0, false, true);
const MINUTES: Domain = domain(0.0, 1440.0, false, true);

/// The part of the document an input belongs to, which is also the
/// section of the form that shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Stammdaten.
    Master,
    /// Integration (einmalig).
    Integration,
    /// Betrieb (jährlich).
    Operations,
    Support,
    /// Förderung.
    Funding,
    /// Nutzen.
    Benefits,
    /// Berechnungsparameter.
    Parameters,
}

macro_rules! fields {
    ($( $(#[$doc:meta])* $name:ident = $key:literal : $unit:ident, $dom:expr, $part:ident,
        |$a:ident| $get:expr, |$b:ident, $v:ident| $set:expr; )*) => {
        /// Every numeric input of the assessment.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field { $( $(#[$doc])* $name, )* }

        impl Field {
            /// All fields, in form order.
            pub const ALL: &'static [Field] = &[ $( Field::$name, )* ];

            /// The field's stable name in documents and DOM ids, the
            /// variant name in kebab-case: `Field::CasesPerYear` →
            /// `cases-per-year`. Part of the document format:
            /// `tests/links.rs` finds every key in the frozen table
            /// `share::link::KEYS` and checks the kebab-case rule, so
            /// renaming a variant cannot silently break saved documents.
            pub fn key(self) -> &'static str {
                match self { $( Field::$name => $key, )* }
            }

            pub fn unit(self) -> Unit {
                match self { $( Field::$name => Unit::$unit, )* }
            }

            pub fn domain(self) -> Domain {
                match self { $( Field::$name => $dom, )* }
            }

            /// The part of the document (and section of the form) the
            /// input belongs to.
            pub fn part(self) -> Part {
                match self { $( Field::$name => Part::$part, )* }
            }

            /// The field's current value, in stored units.
            pub fn get(self, doc: &Assessment) -> f64 {
                #[allow(clippy::redundant_closure_call)]
                match self { $( Field::$name => (|$a: &Assessment| $get)(doc), )* }
            }

            /// Stores a value that `Domain::check` accepted. Whole-number
            /// fields round to the nearest integer.
            pub fn set(self, doc: &mut Assessment, value: f64) {
                #[allow(clippy::redundant_closure_call)]
                match self { $( Field::$name => (|$b: &mut Assessment, $v: f64| $set)(doc, value), )* }
            }
        }
    };
}

fn whole(v: f64) -> u32 {
    // Domains of whole fields stay far below u32::MAX; the cast saturates
    // anyway, so it cannot wrap.
    v.round().max(0.0) as u32
}

fields! {
    /// Einwohnerzahl.
    Inhabitants = "inhabitants": Count, domain(0.0, 1.0e8, true, true), Master,
        |a| a.master.inhabitants, |a, v| a.master.inhabitants = v;
    /// Anschlussgebühr.
    ConnectionFee = "connection-fee": Euro, MONEY, Integration,
        |a| a.integration.connection_fee.amount, |a, v| a.integration.connection_fee.amount = v;
    /// Schnittstelle Fachverfahren.
    FachverfahrenInterface = "fachverfahren-interface": Euro, MONEY, Integration,
        |a| a.integration.fachverfahren_interface.amount,
        |a, v| a.integration.fachverfahren_interface.amount = v;
    /// Parametrisierung.
    Parametrisation = "parametrisation": Euro, MONEY, Integration,
        |a| a.integration.parametrisation.amount, |a, v| a.integration.parametrisation.amount = v;
    /// Transportweg (FIT-Connect / OSCI-XTA).
    Transport = "transport": Euro, MONEY, Integration,
        |a| a.integration.transport.amount, |a, v| a.integration.transport.amount = v;
    /// PVOG / DVDV / Zertifikate.
    PvogDvdvCertificates = "pvog-dvdv-certificates": Euro, MONEY, Integration,
        |a| a.integration.pvog_dvdv_certificates.amount,
        |a, v| a.integration.pvog_dvdv_certificates.amount = v;
    /// Datenschutz (AVV, DSFA).
    DataProtection = "data-protection": Euro, MONEY, Integration,
        |a| a.integration.data_protection.amount, |a, v| a.integration.data_protection.amount = v;
    /// Schulung.
    Training = "training": Euro, MONEY, Integration,
        |a| a.integration.training.amount, |a, v| a.integration.training.amount = v;
    /// Prozessanpassung.
    ProcessRedesign = "process-redesign": Euro, MONEY, Integration,
        |a| a.integration.process_redesign.amount, |a, v| a.integration.process_redesign.amount = v;
    /// Sonstige einmalige Kosten (laut Angebot): a lump sum.
    OtherOneTime = "other-one-time": Euro, MONEY, Integration,
        |a| a.integration.other_one_time.amount, |a, v| a.integration.other_one_time.amount = v;
    /// Projektpersonal, Stunden.
    ProjectHours = "project-hours": Hours, domain(0.0, 1.0e6, false, true), Integration,
        |a| a.integration.project_hours, |a, v| a.integration.project_hours = v;
    /// Stundensatz Projektpersonal.
    ProjectRate = "project-rate": EuroPerHour, RATE, Integration,
        |a| a.integration.project_rate, |a, v| a.integration.project_rate = v;
    /// Nutzungs-/Betriebsentgelt pro Jahr.
    UsageFee = "usage-fee": Euro, MONEY, Operations,
        |a| a.operations.usage_fee.amount, |a, v| a.operations.usage_fee.amount = v;
    /// Wartung Schnittstelle pro Jahr.
    InterfaceMaintenance = "interface-maintenance": Euro, MONEY, Operations,
        |a| a.operations.interface_maintenance.amount,
        |a, v| a.operations.interface_maintenance.amount = v;
    /// Transport-/Intermediärsgebühren pro Jahr.
    TransportFees = "transport-fees": Euro, MONEY, Operations,
        |a| a.operations.transport_fees.amount, |a, v| a.operations.transport_fees.amount = v;
    /// Weiterentwicklungsanteil pro Jahr.
    FurtherDevelopment = "further-development": Euro, MONEY, Operations,
        |a| a.operations.further_development.amount,
        |a, v| a.operations.further_development.amount = v;
    /// ePayBL-Gebühr je Online-Fall.
    PaymentFeePerCase = "payment-fee-per-case": EuroPerCase, PER_CASE, Operations,
        |a| a.operations.payment_fee_per_case.amount,
        |a, v| a.operations.payment_fee_per_case.amount = v;
    /// 1st-Level-Kontakte je 100 Online-Fälle.
    FirstLevelContacts = "first-level-contacts": Count, domain(0.0, 1000.0, false, true), Support,
        |a| a.support.first_level_contacts_per_100, |a, v| a.support.first_level_contacts_per_100 = v;
    /// Kosten je 1st-Level-Kontakt.
    FirstLevelCost = "first-level-cost": EuroPerCase, PER_CASE, Support,
        |a| a.support.first_level_cost_per_contact, |a, v| a.support.first_level_cost_per_contact = v;
    /// 2nd-Level-Minuten je Online-Fall.
    SecondLevelMinutes = "second-level-minutes": Minutes, MINUTES, Support,
        |a| a.support.second_level_minutes_per_case, |a, v| a.support.second_level_minutes_per_case = v;
    /// Stundensatz 2nd Level.
    SecondLevelRate = "second-level-rate": EuroPerHour, RATE, Support,
        |a| a.support.second_level_rate, |a, v| a.support.second_level_rate = v;
    /// Einmaliger Zuschuss.
    OneTimeGrant = "one-time-grant": Euro, MONEY, Funding,
        |a| a.funding.one_time_grant.amount, |a, v| a.funding.one_time_grant.amount = v;
    /// Laufender Zuschuss pro Jahr.
    RecurringContribution = "recurring-contribution": Euro, MONEY, Funding,
        |a| a.funding.recurring_contribution.amount,
        |a, v| a.funding.recurring_contribution.amount = v;
    /// Laufzeit des laufenden Zuschusses in Jahren (0 = ganzer Zeitraum).
    RecurringYears = "recurring-years": Years, domain(0.0, 50.0, true, true), Funding,
        |a| f64::from(a.funding.recurring_years), |a, v| a.funding.recurring_years = whole(v);
    /// Fallzahl pro Jahr.
    CasesPerYear = "cases-per-year": Count, domain(0.0, 1.0e8, false, false), Benefits,
        |a| a.benefits.cases_per_year, |a, v| a.benefits.cases_per_year = v;
    /// Veränderung der Fallzahl pro Jahr.
    CaseGrowth = "case-growth": Percent, domain(-0.5, 1.0, false, true), Benefits,
        |a| a.benefits.case_growth, |a, v| a.benefits.case_growth = v;
    /// Online-Anteil im ersten Jahr.
    OnlineShareStart = "online-share-start": Percent, domain(0.0, 1.0, false, false), Benefits,
        |a| a.benefits.online_share_start, |a, v| a.benefits.online_share_start = v;
    /// Ziel-Online-Anteil.
    OnlineShareTarget = "online-share-target": Percent, domain(0.0, 1.0, false, false), Benefits,
        |a| a.benefits.online_share_target, |a, v| a.benefits.online_share_target = v;
    /// Jahre bis zum Ziel-Anteil.
    RampYears = "ramp-years": Years, domain(0.0, 30.0, true, true), Benefits,
        |a| f64::from(a.benefits.ramp_years), |a, v| a.benefits.ramp_years = whole(v);
    /// Eingesparte Minuten je Online-Fall.
    MinutesSaved = "minutes-saved": Minutes, MINUTES, Benefits,
        |a| a.benefits.minutes_saved_per_case, |a, v| a.benefits.minutes_saved_per_case = v;
    /// Stundensatz Sachbearbeitung.
    StaffRate = "staff-rate": EuroPerHour, RATE, Benefits,
        |a| a.benefits.staff_rate, |a, v| a.benefits.staff_rate = v;
    /// Porto je Online-Fall.
    PostageSaved = "postage-saved": EuroPerCase, PER_CASE, Benefits,
        |a| a.benefits.postage_saved_per_case, |a, v| a.benefits.postage_saved_per_case = v;
    /// Druck/Scan je Online-Fall.
    PrintScanSaved = "print-scan-saved": EuroPerCase, PER_CASE, Benefits,
        |a| a.benefits.print_scan_saved_per_case, |a, v| a.benefits.print_scan_saved_per_case = v;
    /// Wegfallende Lizenzkosten pro Jahr.
    AvoidedLicence = "avoided-licence": Euro, MONEY, Benefits,
        |a| a.benefits.avoided_licence.amount, |a, v| a.benefits.avoided_licence.amount = v;
    /// Zeitersparnis Bürger, Minuten je Fall.
    CitizenMinutesSaved = "citizen-minutes-saved": Minutes, MINUTES, Benefits,
        |a| a.benefits.citizen_minutes_saved_per_case,
        |a, v| a.benefits.citizen_minutes_saved_per_case = v;
    /// Wert einer Bürgerstunde.
    CitizenHourValue = "citizen-hour-value": EuroPerHour, domain(0.0, 1000.0, false, true), Benefits,
        |a| a.benefits.citizen_hour_value, |a, v| a.benefits.citizen_hour_value = v;
    /// Betrachtungszeitraum in Jahren.
    HorizonYears = "horizon-years": Years, domain(1.0, MAX_HORIZON_YEARS as f64, true, false), Parameters,
        |a| f64::from(a.parameters.horizon_years), |a, v| a.parameters.horizon_years = whole(v);
    /// Kalkulationszinssatz.
    DiscountRate = "discount-rate": Percent, domain(-0.05, 0.2, false, false), Parameters,
        |a| a.parameters.discount_rate, |a, v| a.parameters.discount_rate = v;
    /// Preissteigerung pro Jahr.
    Escalation = "escalation": Percent, domain(-0.1, 0.2, false, true), Parameters,
        |a| a.parameters.escalation, |a, v| a.parameters.escalation = v;
    /// Verteilung der Einmalkosten auf Jahre.
    OneTimeSpreadYears = "one-time-spread-years": Years, domain(1.0, 10.0, true, false), Parameters,
        |a| f64::from(a.parameters.one_time_spread_years),
        |a, v| a.parameters.one_time_spread_years = whole(v);
}

impl Field {
    /// The field with this key, if any.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.key() == key)
    }

    /// The inputs only the Kommune itself can know. A provider template
    /// leaves them for the Kommune, and the form highlights them until
    /// they are filled in.
    pub const KOMMUNE_SPECIFIC: [Field; 4] = [
        Field::Inhabitants,
        Field::CasesPerYear,
        Field::StaffRate,
        Field::FachverfahrenInterface,
    ];
}

/// The cost line (amount and note) whose amount a money field is, if
/// any. One list for shared and mutable access, so the two cannot drift
/// apart.
macro_rules! cost_line {
    ($doc:expr, $field:expr $(, $mutability:tt)?) => {{
        use Field::*;
        match $field {
            ConnectionFee => Some(&$($mutability)? $doc.integration.connection_fee),
            FachverfahrenInterface => Some(&$($mutability)? $doc.integration.fachverfahren_interface),
            Parametrisation => Some(&$($mutability)? $doc.integration.parametrisation),
            Transport => Some(&$($mutability)? $doc.integration.transport),
            PvogDvdvCertificates => Some(&$($mutability)? $doc.integration.pvog_dvdv_certificates),
            DataProtection => Some(&$($mutability)? $doc.integration.data_protection),
            Training => Some(&$($mutability)? $doc.integration.training),
            ProcessRedesign => Some(&$($mutability)? $doc.integration.process_redesign),
            OtherOneTime => Some(&$($mutability)? $doc.integration.other_one_time),
            UsageFee => Some(&$($mutability)? $doc.operations.usage_fee),
            InterfaceMaintenance => Some(&$($mutability)? $doc.operations.interface_maintenance),
            TransportFees => Some(&$($mutability)? $doc.operations.transport_fees),
            FurtherDevelopment => Some(&$($mutability)? $doc.operations.further_development),
            PaymentFeePerCase => Some(&$($mutability)? $doc.operations.payment_fee_per_case),
            OneTimeGrant => Some(&$($mutability)? $doc.funding.one_time_grant),
            RecurringContribution => Some(&$($mutability)? $doc.funding.recurring_contribution),
            AvoidedLicence => Some(&$($mutability)? $doc.benefits.avoided_licence),
            _ => None,
        }
    }};
}

impl Field {
    /// The cost line (Kostenposition: amount and Anmerkung) this field is
    /// the amount of, if it is one.
    pub fn cost_line(self, doc: &Assessment) -> Option<&CostLine> {
        cost_line!(doc, self)
    }

    /// The same cost line, to edit its note.
    pub fn cost_line_mut(self, doc: &mut Assessment) -> Option<&mut CostLine> {
        cost_line!(doc, self, mut)
    }

    /// Whether this field is the amount of a cost line (and so has a note).
    pub fn is_cost_line(self) -> bool {
        self.cost_line(&Assessment::default()).is_some()
    }

    /// The inputs that are costs (Kosten): raising one can only lower the
    /// Kapitalwert (a property test holds the model to it).
    pub const COSTS: &'static [Field] = &[
        Field::ConnectionFee,
        Field::FachverfahrenInterface,
        Field::Parametrisation,
        Field::Transport,
        Field::PvogDvdvCertificates,
        Field::DataProtection,
        Field::Training,
        Field::ProcessRedesign,
        Field::OtherOneTime,
        Field::ProjectHours,
        Field::ProjectRate,
        Field::UsageFee,
        Field::InterfaceMaintenance,
        Field::TransportFees,
        Field::FurtherDevelopment,
        Field::PaymentFeePerCase,
        Field::FirstLevelContacts,
        Field::FirstLevelCost,
        Field::SecondLevelMinutes,
        Field::SecondLevelRate,
    ];

    /// Whether this input is a cost.
    pub fn is_cost(self) -> bool {
        Field::COSTS.contains(&self)
    }

    /// Whether this input can be marked "unbekannt / noch nicht
    /// angefragt": every cost the Kommune has to ask a provider, vendor or
    /// service centre for. Its own hourly rates (reference values) are not
    /// among them.
    pub fn can_be_unknown(self) -> bool {
        self.is_cost() && !matches!(self, Field::ProjectRate | Field::SecondLevelRate)
    }
}

/// Why a value lies outside a field's domain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DomainError {
    /// Required field left empty.
    Missing,
    /// Not a whole number where one is needed.
    NotWhole,
    /// Below the minimum or above the maximum (stored units).
    OutOfRange { min: f64, max: f64 },
}

impl Domain {
    /// Checks a parsed value; `None` means the input was empty.
    pub fn check(&self, value: Option<f64>) -> Result<f64, DomainError> {
        let v = match value {
            None if self.optional => return Ok(0.0),
            None => return Err(DomainError::Missing),
            Some(v) => v,
        };
        if !v.is_finite() || v < self.min || v > self.max {
            return Err(DomainError::OutOfRange {
                min: self.min,
                max: self.max,
            });
        }
        if self.whole && v.fract() != 0.0 {
            return Err(DomainError::NotWhole);
        }
        Ok(v)
    }
}

/// A field of a (for instance imported) assessment whose value is outside
/// its domain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InvalidField {
    pub field: Field,
    pub error: DomainError,
}

impl Assessment {
    /// Every field whose stored value lies outside its domain. The model
    /// evaluates any assessment without panicking, but only a valid one
    /// carries the meaning documented in BRIEF.md.
    pub fn invalid_fields(&self) -> Vec<InvalidField> {
        Field::ALL
            .iter()
            .filter_map(|&field| {
                field
                    .domain()
                    .check(Some(field.get(self)))
                    .err()
                    .map(|error| InvalidField { field, error })
            })
            .collect()
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let key = String::deserialize(deserializer)?;
        Field::from_key(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("unbekanntes Feld „{key}“")))
    }
}
