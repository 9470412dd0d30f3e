//! Files for spreadsheets: the whole document as CSV for German Excel
//! (`csv`) and as an Excel workbook whose yearly table and Kapitalwert are
//! live formulas over the inputs (`xlsx`). docs/export.md describes both
//! layouts.
//!
//! Both writers are pure: a document in, bytes out. They run in the
//! on-demand module efa-xlsx (`src/xlsx.rs`), which the app loads only
//! when the user asks for such a file, so neither the writers nor
//! rust_xlsxwriter weigh on the first load. The numbers come from the
//! model (`model::evaluate`, `comparison::compare`,
//! `sharing::evaluate_bodies`); nothing here computes economics, except
//! that the workbook spells the model's formulas out for Excel.
//!
//! Architecture invariant: text from the document only ever becomes a
//! text cell. The CSV makes a text cell that a spreadsheet could read as
//! a formula inert ([`csv::inert`]); the workbook writes text as shared
//! strings, which no spreadsheet evaluates.

pub mod csv;
pub mod xlsx;

use crate::model::{reference, Assessment, Field, Part, Unit};
use crate::text::{self, form::field_text};

/// A column of the yearly table. The CSV writes the model's values
/// ([`Column::value`]), the workbook a formula per cell; both name it by
/// `text::export::column_header`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Jahr t.
    Year,
    /// Fallzahl.
    Cases,
    /// Online-Anteil.
    OnlineShare,
    /// Online-Fälle.
    OnlineCases,
    /// Preisfaktor e_t = (1+g)^(t−1), 0 in t = 0 (workbook only).
    Escalation,
    /// Share of the one-time costs in year t (workbook only).
    OneTimeFraction,
    IntegrationCash,
    IntegrationStaff,
    Operations,
    FirstLevel,
    SecondLevel,
    /// Förderung, negative.
    Funding,
    CostH,
    CostNh,
    BenefitH,
    BenefitNh,
    BenefitCitizens,
    Net,
    DiscountFactor,
    /// Barwert.
    Discounted,
    Cumulative,
    /// Barwert haushaltswirksam (workbook only).
    DiscountedH,
    /// Barwert nicht haushaltswirksam (workbook only).
    DiscountedNh,
    /// Barwert externer Nutzen (workbook only).
    DiscountedCitizens,
    StaffHours,
    Fte,
    CitizenHours,
    /// The year, once the cumulative Barwert is ≥ 0 (workbook only).
    PaybackMark,
}

impl Column {
    /// Every column, in the workbook's order (A to AB).
    pub const ALL: [Column; 28] = [
        Column::Year,
        Column::Cases,
        Column::OnlineShare,
        Column::OnlineCases,
        Column::Escalation,
        Column::OneTimeFraction,
        Column::IntegrationCash,
        Column::IntegrationStaff,
        Column::Operations,
        Column::FirstLevel,
        Column::SecondLevel,
        Column::Funding,
        Column::CostH,
        Column::CostNh,
        Column::BenefitH,
        Column::BenefitNh,
        Column::BenefitCitizens,
        Column::Net,
        Column::DiscountFactor,
        Column::Discounted,
        Column::Cumulative,
        Column::DiscountedH,
        Column::DiscountedNh,
        Column::DiscountedCitizens,
        Column::StaffHours,
        Column::Fte,
        Column::CitizenHours,
        Column::PaybackMark,
    ];

    /// The columns of the CSV's yearly table: the app's table, every
    /// figure of `YearRow`, in the workbook's order.
    pub fn csv() -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|c| c.value(&crate::model::YearRow::default()).is_some())
            .collect()
    }

    /// The model's figure of this column in a row of the yearly table,
    /// `None` for the workbook's helper columns.
    pub fn value(self, r: &crate::model::YearRow) -> Option<f64> {
        use Column::*;
        Some(match self {
            Year => f64::from(r.t),
            Cases => r.cases,
            OnlineShare => r.online_share,
            OnlineCases => r.online_cases,
            IntegrationCash => r.integration_cash,
            IntegrationStaff => r.integration_staff,
            Operations => r.operations,
            FirstLevel => r.support_first_level,
            SecondLevel => r.support_second_level,
            Funding => r.funding,
            CostH => r.cost_h,
            CostNh => r.cost_nh,
            BenefitH => r.benefit_h,
            BenefitNh => r.benefit_nh,
            BenefitCitizens => r.benefit_citizens,
            Net => r.net,
            DiscountFactor => r.discount_factor,
            Discounted => r.discounted_net,
            Cumulative => r.cumulative_discounted_net,
            StaffHours => r.staff_hours_saved,
            Fte => r.fte_freed,
            CitizenHours => r.citizen_hours_saved,
            Escalation | OneTimeFraction | DiscountedH | DiscountedNh | DiscountedCitizens
            | PaybackMark => return None,
        })
    }
}

/// One numeric input as both files list it.
#[derive(Clone, Debug, PartialEq)]
pub struct InputRow {
    pub field: Field,
    /// The section of the form ("Integration (einmalig)").
    pub part: &'static str,
    /// The form's label, with its unit ("Anschlussgebühr, in Euro").
    pub label: &'static str,
    /// In stored units (a percentage as a fraction).
    pub value: f64,
    pub unit: Unit,
    /// "Quelle: …, Stand …" when the value is a documented reference
    /// value; empty otherwise.
    pub source: String,
    /// The cost line's Anmerkung, and the marks "unbekannt" and
    /// "bitte prüfen"; the document's text, never interpreted.
    pub note: String,
}

/// The header of the inputs table in both files.
pub fn input_header() -> [&'static str; 6] {
    let x = text::export::xt();
    [
        x.col_part,
        x.col_input,
        x.col_value,
        x.col_unit,
        x.col_source,
        x.col_note,
    ]
}

/// The section name of a part of the document.
pub fn part_name(part: Part) -> &'static str {
    let t = text::t();
    match part {
        Part::Master => t.section_master,
        Part::Integration => t.section_integration,
        Part::Operations => t.section_operations,
        Part::Support => t.section_support,
        Part::Funding => t.section_funding,
        Part::Benefits => t.section_benefits,
        Part::Parameters => t.section_parameters,
    }
}

/// The reference value that `value` is, for this field: the one its
/// default comes from, or for a staff rate any the picker offers.
fn reference_of(field: Field, value: f64) -> Option<&'static reference::Reference> {
    let same = |r: &&reference::Reference| (r.value - value).abs() < 1e-9;
    let rate = matches!(
        field,
        Field::StaffRate | Field::ProjectRate | Field::SecondLevelRate
    );
    reference::for_field(field)
        .filter(same)
        .or_else(|| rate.then(|| reference::staff_rates().find(same)).flatten())
}

/// Every numeric input of `a`, in form order.
pub fn inputs(a: &Assessment) -> Vec<InputRow> {
    let x = text::export::xt();
    Field::ALL
        .iter()
        .map(|&field| {
            let value = field.get(a);
            let mut notes: Vec<&str> = Vec::new();
            if let Some(line) = field.cost_line(a) {
                if !line.note.is_empty() {
                    notes.push(&line.note);
                }
            }
            if a.unknown_costs.contains(&field) {
                notes.push(x.unknown_mark);
            }
            if a.unconfirmed.contains(&field) {
                notes.push(x.unconfirmed_mark);
            }
            InputRow {
                field,
                part: part_name(field.part()),
                label: field_text(field).label,
                value,
                unit: field.unit(),
                source: reference_of(field, value)
                    .map(text::form::source_line)
                    .unwrap_or_default(),
                note: notes.join("; "),
            }
        })
        .collect()
}

/// The fields whose sum is the one-time cash of integration (every
/// integration cost line: `Integration::cash_lines`).
pub fn one_time_cash_fields() -> impl Iterator<Item = Field> {
    Field::ALL
        .iter()
        .copied()
        .filter(|f| f.part() == Part::Integration && f.is_cost_line())
}

/// The fields whose sum is the fixed annual cost of operations
/// (`Operations::annual_lines`: every fee but the one per case).
pub fn annual_fee_fields() -> impl Iterator<Item = Field> {
    Field::ALL
        .iter()
        .copied()
        .filter(|f| f.part() == Part::Operations && *f != Field::PaymentFeePerCase)
}

/// The file name of an export: the JSON file's, with this extension.
pub fn file_name(service: &str, extension: &str) -> String {
    let json = text::saved::export_file_name(service);
    let stem = json.strip_suffix(".json").unwrap_or(&json);
    format!("{stem}.{extension}")
}
