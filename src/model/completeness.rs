//! Whether enough is entered for a verdict.
//!
//! A form without case numbers, online share or costs still evaluates (to
//! a Kapitalwert of 0 €, or minus the costs typed so far), but a verdict
//! on it would be a claim about figures nobody entered. Until each of the
//! three is there, the result names what is missing instead
//! (`Verdict::Unvollstaendig`, `Recommendation::Unvollstaendig`).
//!
//! Savings per case are not required: a service may save no money and be
//! justified by its Nutzwert alone (WiBe 5.0).

use serde::{Deserialize, Serialize};

use super::cashflow::{one_time_totals, PerCase};
use super::fields::Field;
use super::inputs::Assessment;

/// An input a verdict needs that is still 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Missing {
    /// Fallzahl pro Jahr.
    Cases,
    /// Online-Anteil: both the first year's and the target share are 0.
    OnlineShare,
    /// Kosten: no cost line, hours or per-case cost would cost anything.
    Costs,
}

impl Missing {
    /// The input to go to for it (for the costs, the first cost line).
    pub fn field(self) -> Field {
        match self {
            Missing::Cases => Field::CasesPerYear,
            Missing::OnlineShare => Field::OnlineShareTarget,
            Missing::Costs => Field::COSTS[0],
        }
    }
}

/// What a verdict still needs, in form order; empty when nothing is
/// missing.
pub fn missing_inputs(a: &Assessment) -> Vec<Missing> {
    let b = &a.benefits;
    let (one_time_cash, one_time_staff) = one_time_totals(a);
    let annual: f64 = a.operations.annual_lines().iter().map(|l| l.amount).sum();
    let per_case = PerCase::of(a);
    let costs = one_time_cash + one_time_staff + annual + per_case.cost_h + per_case.cost_nh;
    let mut missing = Vec::new();
    if b.cases_per_year <= 0.0 {
        missing.push(Missing::Cases);
    }
    if b.online_share_start <= 0.0 && b.online_share_target <= 0.0 {
        missing.push(Missing::OnlineShare);
    }
    if costs.is_nan() || costs <= 0.0 {
        missing.push(Missing::Costs);
    }
    missing
}
