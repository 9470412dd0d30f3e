//! The assessment as the user enters it: the EfA cost structure, the
//! benefits and the calculation parameters.
//!
//! These plain serde types are both the model's input and the body of the
//! saved document (see `crate::share`). They carry no version number; the
//! document envelope does.
//!
//! Money is `f64` in euros throughout the model. Discounted flows are not
//! exact decimal amounts anyway, and the only rounding happens for display,
//! in `crate::format`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::alternatives::Alternative;
use super::fields::Field;
use super::reference;
use super::sharing::Sharing;
use super::technical::Technical;

/// Keys this build does not know, kept exactly as they were read, so that
/// writing a document back never drops what a newer EfA-Check stored in it
/// (docs/format.md, "Forward compatibility"). The model never reads them.
pub type Unknown = serde_json::Map<String, serde_json::Value>;

/// One monetary line of the cost structure: an amount and a free-text note
/// (for example where the figure comes from or who quoted it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostLine {
    /// Betrag in Euro.
    pub amount: f64,
    /// Anmerkung, free text; never interpreted.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl CostLine {
    pub fn new(amount: f64) -> Self {
        Self {
            amount,
            note: String::new(),
            unknown: Unknown::new(),
        }
    }
}

/// Stammdaten: what is being assessed, and for whom.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MasterData {
    /// Name des EfA-Onlinedienstes.
    pub service: String,
    /// Name der Kommune.
    pub kommune: String,
    /// Einwohnerzahl; shown in the assessment, not used in the formulas.
    pub inhabitants: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Integration (einmalige Kosten). They fall in the base year t = 0 unless
/// `Parameters::one_time_spread_years` spreads them, and never escalate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Integration {
    /// Anschlussgebühr / Einstiegsentgelt des EfA-Anbieters.
    pub connection_fee: CostLine,
    /// Schnittstelle zum Fachverfahren (Angebot des Herstellers).
    pub fachverfahren_interface: CostLine,
    /// Parametrisierung / Konfiguration des Dienstes.
    pub parametrisation: CostLine,
    /// Transportweg: FIT-Connect oder OSCI/XTA-Anbindung.
    pub transport: CostLine,
    /// PVOG-Pflege, DVDV-Eintrag, Zertifikate.
    pub pvog_dvdv_certificates: CostLine,
    /// Datenschutz: AVV, DSFA.
    pub data_protection: CostLine,
    /// Schulung.
    pub training: CostLine,
    /// Prozessanpassung / Organisationsaufwand.
    pub process_redesign: CostLine,
    /// Sonstige einmalige Kosten (laut Angebot): a lump sum from a single
    /// quote that covers several of the lines above, so it need not be
    /// split or booked under one of them. Older documents read it as 0.
    pub other_one_time: CostLine,
    /// Eigenes Projektpersonal in Stunden (valued at `project_rate`).
    pub project_hours: f64,
    /// Stundensatz des Projektpersonals in Euro (Vollkosten).
    pub project_rate: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Integration {
    /// The one-time amounts paid to third parties (haushaltswirksam), in the
    /// order shown in the form.
    pub fn cash_lines(&self) -> [&CostLine; 9] {
        [
            &self.connection_fee,
            &self.fachverfahren_interface,
            &self.parametrisation,
            &self.transport,
            &self.pvog_dvdv_certificates,
            &self.data_protection,
            &self.training,
            &self.process_redesign,
            &self.other_one_time,
        ]
    }
}

/// Betrieb (laufende Kosten pro Jahr, escalated from year 1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Operations {
    /// Nutzungs- bzw. Betriebsentgelt nach Kostenschlüssel, Euro pro Jahr.
    pub usage_fee: CostLine,
    /// Wartung der Fachverfahrensschnittstelle, Euro pro Jahr.
    pub interface_maintenance: CostLine,
    /// Transport- und Intermediärsgebühren, Euro pro Jahr.
    pub transport_fees: CostLine,
    /// Anteil an der Weiterentwicklung, Euro pro Jahr.
    pub further_development: CostLine,
    /// Zahlungsverkehrsgebühr (ePayBL) in Euro je Online-Fall.
    pub payment_fee_per_case: CostLine,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Operations {
    /// The fixed annual amounts (everything except the per-case fee).
    pub fn annual_lines(&self) -> [&CostLine; 4] {
        [
            &self.usage_fee,
            &self.interface_maintenance,
            &self.transport_fees,
            &self.further_development,
        ]
    }
}

/// Support für Nutzende und Sachbearbeitung.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Support {
    /// 1st level (Behördennummer 115 / Servicecenter): Kontakte je 100 Online-Fälle.
    pub first_level_contacts_per_100: f64,
    /// 1st level: Kosten je Kontakt in Euro.
    pub first_level_cost_per_contact: f64,
    /// 2nd level (Fachbereich): Minuten je Online-Fall.
    pub second_level_minutes_per_case: f64,
    /// 2nd level: Stundensatz in Euro.
    pub second_level_rate: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Förderung: what the Land or a grant pays. Entered as positive amounts,
/// counted as negative costs (haushaltswirksam).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Funding {
    /// Einmaliger Zuschuss zu den Integrationskosten; counts at t = 0.
    pub one_time_grant: CostLine,
    /// Laufender Zuschuss des Landes zum Betrieb, Euro pro Jahr (escalated
    /// like every recurring amount).
    pub recurring_contribution: CostLine,
    /// Für wie viele Betriebsjahre der laufende Zuschuss gezahlt wird;
    /// 0 means for the whole horizon.
    pub recurring_years: u32,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Nutzen: case numbers, online share and the savings per online case.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Benefits {
    /// Fallzahl pro Jahr (alle Kanäle) im ersten Betriebsjahr.
    pub cases_per_year: f64,
    /// Jährliche Veränderung der Fallzahl, as a fraction (0.02 = 2 %).
    pub case_growth: f64,
    /// Online-Anteil im ersten Betriebsjahr, fraction 0..=1.
    pub online_share_start: f64,
    /// Ziel-Online-Anteil, fraction 0..=1, reached in year 1 + `ramp_years`.
    pub online_share_target: f64,
    /// Jahre bis zum Ziel-Anteil (N). 0 means the target from year 1.
    pub ramp_years: u32,
    /// Eingesparte Bearbeitungszeit in Minuten je Online-Fall.
    pub minutes_saved_per_case: f64,
    /// Stundensatz des Sachbearbeitungspersonals in Euro.
    pub staff_rate: f64,
    /// Eingesparte Sachkosten je Online-Fall in Euro: Porto.
    pub postage_saved_per_case: f64,
    /// Eingesparte Sachkosten je Online-Fall in Euro: Druck, Papier, Scannen.
    pub print_scan_saved_per_case: f64,
    /// Wegfallende Lizenz- oder Altverfahrenskosten, Euro pro Jahr.
    pub avoided_licence: CostLine,
    /// Zeitersparnis der Bürgerinnen und Bürger in Minuten je Online-Fall.
    pub citizen_minutes_saved_per_case: f64,
    /// Whether citizens' time counts as money in the Kapitalwert.
    pub monetise_citizen_time: bool,
    /// Wert einer Bürgerstunde in Euro, used only when monetised.
    pub citizen_hour_value: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Which annual working hours convert hours into VZÄ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffGroup {
    /// Tarifbeschäftigte, 1.561 h (KGSt 8/2025).
    #[default]
    Tarif,
    /// Beamtinnen und Beamte, 1.602 h (KGSt 8/2025).
    Beamte,
}

impl StaffGroup {
    /// Jahresarbeitsstunden einer Vollzeitkraft.
    pub fn annual_hours(self) -> f64 {
        match self {
            StaffGroup::Tarif => reference::ANNUAL_HOURS_TARIF.value,
            StaffGroup::Beamte => reference::ANNUAL_HOURS_BEAMTE.value,
        }
    }
}

/// Berechnungsparameter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Parameters {
    /// Betrachtungszeitraum T in Betriebsjahren (t = 1..T).
    pub horizon_years: u32,
    /// Kalkulationszinssatz i, fraction (0.009 = 0,9 %).
    pub discount_rate: f64,
    /// Preissteigerung g pro Jahr, fraction; applied from year 1.
    pub escalation: f64,
    /// Over how many years, starting at t = 0, the one-time costs are
    /// spread in equal parts. 1 (the default) puts them all in t = 0.
    pub one_time_spread_years: u32,
    /// Beschäftigtengruppe for the VZÄ conversion.
    pub staff_group: StaffGroup,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Longest horizon the model computes. `Field::HorizonYears` rejects more
/// in the form and in documents; the model clamps as well, so that no
/// input, however it arrived, can make it allocate without bound.
pub const MAX_HORIZON_YEARS: u32 = 30;

impl Parameters {
    /// Betrachtungszeitraum T, clamped to 1..=`MAX_HORIZON_YEARS`.
    pub fn horizon(&self) -> u32 {
        self.horizon_years.clamp(1, MAX_HORIZON_YEARS)
    }
}

impl Default for Parameters {
    fn default() -> Self {
        Self {
            horizon_years: reference::DEFAULT_HORIZON_YEARS,
            discount_rate: reference::DISCOUNT_RATE_BMF.value,
            escalation: 0.0,
            one_time_spread_years: 1,
            staff_group: StaffGroup::Tarif,
            unknown: Unknown::new(),
        }
    }
}

/// A range (Spanne) for one input: the form's value is the most likely
/// value, this adds the minimum and maximum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Range {
    pub fn new(min: f64, max: f64) -> Self {
        Self {
            min,
            max,
            unknown: Unknown::new(),
        }
    }
}

/// Settings of the Monte Carlo simulation (Unsicherheitsanalyse).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Uncertainty {
    /// Inputs entered as a range, by field. Inputs not listed are point
    /// values.
    pub ranges: BTreeMap<Field, Range>,
    /// Seed of the random generator. Part of the document, so the same
    /// link gives the same numbers on every machine.
    pub seed: u64,
    /// Number of samples (Stichproben).
    pub samples: u32,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Default number of Monte Carlo samples.
pub const DEFAULT_SAMPLES: u32 = 10_000;
/// Seed of a new assessment (any fixed number would do; documented so a
/// reader can reproduce the default results).
pub const DEFAULT_SEED: u64 = 2026;

impl Default for Uncertainty {
    fn default() -> Self {
        Self {
            ranges: BTreeMap::new(),
            seed: DEFAULT_SEED,
            samples: DEFAULT_SAMPLES,
            unknown: Unknown::new(),
        }
    }
}

/// Marks a document as a provider's template (Vorlage): the Land or
/// provider that built the EfA service publishes its own cost figures, and
/// each Kommune fills in its own (see `Field::KOMMUNE_SPECIFIC`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Template {
    /// Anbieter, e.g. "Land Musterland, Ministerium für Digitales".
    pub provider: String,
    /// Stand of the provider's figures, as the provider writes it.
    pub date: String,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Sections left at their defaults are not written, which keeps share
/// links short; reading fills them in again.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The whole assessment (Wirtschaftlichkeitsbetrachtung einer Nachnutzung).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    pub master: MasterData,
    pub integration: Integration,
    pub operations: Operations,
    pub support: Support,
    pub funding: Funding,
    pub benefits: Benefits,
    pub parameters: Parameters,
    /// Ranges and seed for the uncertainty analysis.
    #[serde(skip_serializing_if = "is_default")]
    pub uncertainty: Uncertainty,
    /// Prerequisites checklist and Nutzwert criteria.
    #[serde(skip_serializing_if = "is_default")]
    pub technical: Technical,
    /// Cost inputs marked "unbekannt / noch nicht angefragt". They block a
    /// positive recommendation until a figure is known.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub unknown_costs: BTreeSet<Field>,
    /// Pre-filled values the user has not yet confirmed or replaced
    /// (docs/method.md, "Annahmen"). Missing in older documents, which
    /// therefore open with every value confirmed.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub unconfirmed: BTreeSet<Field>,
    /// Set when this document is (or was started from) a provider template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
    /// Name of the first alternative, which is the assessment itself
    /// (docs/method.md, "Alternativen"). Empty: the app shows a default
    /// name (`crate::text`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub first_name: String,
    /// The second to fourth alternatives, each as the values in which it
    /// differs from the first ([`Alternative`]). Empty: the assessment has
    /// one alternative, itself. Format version 2.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// Kostenteilung with other Körperschaften (docs/method.md,
    /// "Kostenteilung"); `None` when the Kommune adopts alone. Format
    /// version 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Assessment {
    /// A new assessment as "Neu beginnen" starts it. Values with a real
    /// reference (the staff rates, the discount rate) and the horizon
    /// start at that value and are marked unconfirmed
    /// ([`super::assumptions::PREFILLED`]); every value without a
    /// universal reference starts at 0: amounts, case numbers and online
    /// shares, but also postage, print and citizens' minutes, whose
    /// reference the form offers to adopt
    /// ([`Assessment::adopt_reference`]). The Nutzwert criteria start
    /// unscored ([`Technical::unscored_catalogue`]).
    pub fn with_reference_defaults() -> Self {
        let mut a = Self {
            technical: Technical::unscored_catalogue(),
            ..Self::default()
        };
        for &field in &super::assumptions::PREFILLED {
            if let Some(r) = reference::for_field(field) {
                field.set(&mut a, r.value);
            }
            a.unconfirmed.insert(field);
        }
        a
    }
}
