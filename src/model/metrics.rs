//! Key figures derived from the yearly table: Kapitalwert, Amortisation,
//! Break-even, Kosten je Online-Fall.

use serde::{Deserialize, Serialize};

use super::cashflow::{
    cases_in_year, discount_factor, escalation_factor, online_share, ramp_weight, yearly_rows,
    PerCase, YearRow,
};
use super::inputs::Assessment;

/// Kapitalwert (net present value) and its WiBe split.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kapitalwert {
    /// KW = Σ_{t=0..T} (N_t − K_t)/(1+i)^t.
    pub total: f64,
    /// KW haushaltswirksam: Σ (N_h,t − K_h,t)·d_t.
    pub haushaltswirksam: f64,
    /// KW nicht haushaltswirksam: Σ (N_nh,t − K_nh,t)·d_t.
    pub nicht_haushaltswirksam: f64,
    /// Externer Nutzen: monetised citizens' time, Σ N_b,t·d_t (0 unless switched on).
    pub citizens: f64,
}

/// KW and its components from the yearly table.
pub fn kapitalwert(rows: &[YearRow]) -> Kapitalwert {
    rows.iter()
        .fold(Kapitalwert::default(), |kw, r| Kapitalwert {
            total: kw.total + r.discounted_net,
            haushaltswirksam: kw.haushaltswirksam + (r.benefit_h - r.cost_h) * r.discount_factor,
            nicht_haushaltswirksam: kw.nicht_haushaltswirksam
                + (r.benefit_nh - r.cost_nh) * r.discount_factor,
            citizens: kw.citizens + r.benefit_citizens * r.discount_factor,
        })
}

/// The total KW of an assessment, for the analyses that evaluate many
/// variants (Monte Carlo, tornado, switching values).
pub fn kapitalwert_total(a: &Assessment) -> f64 {
    kapitalwert(&yearly_rows(a)).total
}

/// Dynamische Amortisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Payback {
    /// First year t ≥ 0 whose cumulative discounted net is ≥ 0. Year 0 means
    /// "sofort" (funding already covers the one-time costs).
    Year(u32),
    /// The cumulative discounted net stays below 0 for the whole horizon.
    NotWithinHorizon,
}

/// The first year in which the cumulative discounted net reaches 0.
pub fn payback_year(rows: &[YearRow]) -> Payback {
    rows.iter()
        .find(|r| r.cumulative_discounted_net >= 0.0)
        .map_or(Payback::NotWithinHorizon, |r| Payback::Year(r.t))
}

/// A break-even value (where KW = 0), solved exactly because KW is affine
/// in the quantity: KW(x) = fixed + x·slope.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum BreakEven {
    /// KW = 0 at this value; KW > 0 above it (slope > 0).
    At(f64),
    /// KW ≥ 0 even at the lowest possible value (0).
    AlwaysPositive,
    /// More of the quantity never lifts KW above 0 (slope ≤ 0 while KW < 0
    /// at 0), or the value lies beyond the quantity's upper limit.
    Never,
}

impl BreakEven {
    /// Solves fixed + x·slope = 0 for x ≥ 0, with x ≤ `upper` if given.
    fn solve(fixed: f64, slope: f64, upper: Option<f64>) -> Self {
        if fixed >= 0.0 {
            return BreakEven::AlwaysPositive;
        }
        if slope <= 0.0 {
            return BreakEven::Never;
        }
        let x = -fixed / slope;
        match upper {
            Some(max) if x > max => BreakEven::Never,
            _ if x.is_finite() => BreakEven::At(x),
            _ => BreakEven::Never,
        }
    }
}

/// KW split into the part independent of the online cases and, per year,
/// the discounted net value of one online case:
/// KW = fixed + Σ_{t≥1} online_t · unit_t, where unit_t = net per case · e_t · d_t.
/// Both break-even figures solve from the same decomposition, so
/// `evaluate` builds it once.
pub struct CaseDecomposition {
    fixed: f64,
    /// unit_t for t = 1..T (index t−1).
    unit: Vec<f64>,
}

impl CaseDecomposition {
    pub fn of(a: &Assessment) -> Self {
        decompose(a)
    }
}

fn decompose(a: &Assessment) -> CaseDecomposition {
    let per_case = PerCase::of(a).net();
    let p = &a.parameters;
    let unit = (1..=p.horizon())
        .map(|t| {
            per_case * escalation_factor(p.escalation, t) * discount_factor(p.discount_rate, t)
        })
        .collect();
    // The fixed part is the KW of the same assessment without any cases.
    // Computing it directly, rather than as KW minus the case-dependent
    // part, avoids cancellation when both are large.
    let mut without_cases = a.clone();
    without_cases.benefits.cases_per_year = 0.0;
    CaseDecomposition {
        fixed: kapitalwert(&yearly_rows(&without_cases)).total,
        unit,
    }
}

/// Break-even-Fallzahl: the cases per year (in year 1, growing as entered)
/// at which KW = 0. KW(c) = fixed + c·Σ_t g_t·share_t·unit_t with
/// g_t = (1+growth)^(t−1).
pub fn break_even_cases(a: &Assessment, d: &CaseDecomposition) -> BreakEven {
    let slope: f64 = (1..=a.parameters.horizon())
        .zip(&d.unit)
        .map(|(t, u)| {
            let growth = (1.0 + a.benefits.case_growth).powi(t as i32 - 1);
            growth * online_share(a, t) * u
        })
        .sum();
    BreakEven::solve(d.fixed, slope, None)
}

/// Break-even-Online-Anteil: the target online share (start value and ramp
/// as entered) at which KW = 0. With share_t = start·(1−w_t) + target·w_t,
/// KW(target) = fixed + Σ_t cases_t·start·(1−w_t)·unit_t
/// + target·Σ_t cases_t·w_t·unit_t. A solution above 100 % counts as never.
pub fn break_even_share(a: &Assessment, d: &CaseDecomposition) -> BreakEven {
    let (mut fixed, mut slope) = (d.fixed, 0.0);
    for (t, u) in (1..=a.parameters.horizon()).zip(&d.unit) {
        let w = ramp_weight(a.benefits.ramp_years, t);
        let cases = cases_in_year(a, t);
        fixed += cases * a.benefits.online_share_start * (1.0 - w) * u;
        slope += cases * w * u;
    }
    BreakEven::solve(fixed, slope, Some(1.0))
}

/// Kosten je Online-Fall: all costs over the horizon (nominal, net of
/// funding) divided by all online cases. `None` without online cases.
pub fn cost_per_online_case(rows: &[YearRow]) -> Option<f64> {
    let online: f64 = rows.iter().map(|r| r.online_cases).sum();
    let cost: f64 = rows.iter().map(YearRow::cost_total).sum();
    (online > 0.0).then(|| cost / online)
}
