//! Section totals (Summen je Abschnitt): what the amounts entered in one
//! part of the form add up to, for the header of that part when it is
//! collapsed ("Integration (einmalig): 8.600 €").
//!
//! They restate the inputs in base-year prices (t = 1 for annual amounts,
//! before escalation and discounting) and never stand in for the yearly
//! table: the Kapitalwert comes from `cashflow` and `metrics` only. Each
//! total uses the same definitions as the yearly table (`cashflow`), so a
//! section header and the first row of the table cannot disagree.

use super::cashflow::{
    first_level_per_case, fixed_annual, one_time_totals, second_level_per_case, PerCase,
};
use super::inputs::Assessment;
use super::technical::{status_counts, StatusCounts};

/// The totals of every section of the form that has one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionTotals {
    /// Integration (einmalig), paid to third parties (haushaltswirksam):
    /// Σ of the eight one-time cost lines.
    pub integration_cash: f64,
    /// Integration (einmalig), own project staff (nicht haushaltswirksam):
    /// Stunden × Stundensatz.
    pub integration_staff: f64,
    /// Betrieb, fixed annual amounts: Σ of usage fee, interface
    /// maintenance, transport fees and further development, in euros per
    /// year.
    pub operations_per_year: f64,
    /// Betrieb, per online case: the ePayBL fee.
    pub operations_per_online_case: f64,
    /// Support per online case: 1st level (Kontakte je 100 / 100 × Kosten
    /// je Kontakt) plus 2nd level (Minuten / 60 × Stundensatz).
    pub support_per_online_case: f64,
    /// Förderung, einmaliger Zuschuss.
    pub funding_one_time: f64,
    /// Förderung, laufender Zuschuss pro Jahr.
    pub funding_per_year: f64,
    /// Nutzen per online case: Porto + Druck/Scan (haushaltswirksam),
    /// Minuten / 60 × Stundensatz (nicht haushaltswirksam), and the
    /// citizens' time when it is monetised.
    pub benefit_per_online_case: f64,
    /// Nutzen per year independent of cases: the avoided licence costs.
    pub benefit_per_year: f64,
    /// Technische Voraussetzungen: how many items have each status.
    pub checklist: StatusCounts,
}

impl SectionTotals {
    /// The section totals of an assessment.
    pub fn of(a: &Assessment) -> Self {
        let (integration_cash, integration_staff) = one_time_totals(a);
        let (operations_per_year, benefit_per_year) = fixed_annual(a);
        let per_case = PerCase::of(a);
        SectionTotals {
            integration_cash,
            integration_staff,
            operations_per_year,
            operations_per_online_case: a.operations.payment_fee_per_case.amount,
            support_per_online_case: first_level_per_case(&a.support)
                + second_level_per_case(&a.support),
            funding_one_time: a.funding.one_time_grant.amount,
            funding_per_year: a.funding.recurring_contribution.amount,
            benefit_per_online_case: per_case.benefit_h
                + per_case.benefit_nh
                + per_case.benefit_citizens,
            benefit_per_year,
            checklist: status_counts(&a.technical.prerequisites),
        }
    }
}
