//! The economic model of EfA-Check: pure functions over plain serde types.
//!
//! Architecture invariant: nothing in `model` knows of the browser. It has
//! no Leptos, web-sys or wasm-bindgen imports, compiles for every target and
//! is tested natively. The UI never computes economics itself; it calls
//! [`evaluate`] and renders the [`Evaluation`].
//!
//! Read this module beside BRIEF.md "The model": `cashflow` builds the
//! yearly table, `metrics` derives Kapitalwert, Amortisation and Break-even
//! from it; `totals` sums each section of the form for its header.
//! `scenarios` builds the pessimistic and optimistic assessments from the
//! ranges, `sharing` splits joint costs between Körperschaften,
//! `alternatives` holds the second to fourth alternatives as differences
//! from the first, and `comparison` sets them side by side.

pub mod alternatives;
pub mod assumptions;
pub mod cashflow;
pub mod comparison;
pub mod completeness;
pub mod fields;
pub mod inputs;
pub mod limits;
pub mod metrics;
pub mod recommendation;
pub mod reference;
pub mod scenarios;
pub mod sensitivity;
pub mod sharing;
pub mod technical;
pub mod totals;
pub mod uncertainty;

pub use assumptions::Assumption;
pub use cashflow::{PerCase, YearRow};
pub use completeness::Missing;
pub use fields::{Domain, DomainError, Field, InvalidField, Part, Unit};
pub use inputs::{
    Assessment, Benefits, CostLine, Funding, Integration, MasterData, Operations, Parameters,
    StaffGroup, Support, Template, Unknown,
};
pub use metrics::{BreakEven, Kapitalwert, Payback};

use serde::{Deserialize, Serialize};

/// WiBe-Entscheidungsregel, economic half: KW > 0 → wirtschaftlich.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Wirtschaftlich,
    NichtWirtschaftlich,
    /// No verdict: case numbers, online share or costs are still missing
    /// (`Evaluation::missing`).
    Unvollstaendig,
}

/// Everything the result panel shows, computed in one pass.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub years: Vec<YearRow>,
    pub kapitalwert: Kapitalwert,
    pub verdict: Verdict,
    pub payback: Payback,
    /// Break-even-Fallzahl pro Jahr (year 1).
    pub break_even_cases: BreakEven,
    /// Break-even-Ziel-Online-Anteil, fraction.
    pub break_even_share: BreakEven,
    /// Kosten je Online-Fall in Euro, `None` without online cases.
    pub cost_per_online_case: Option<f64>,
    /// VZÄ freed in the last year of the horizon (the steady state once the
    /// ramp is complete).
    pub fte_freed_final_year: f64,
    /// Staff hours saved over the horizon.
    pub staff_hours_saved_total: f64,
    /// Citizens' hours saved over the horizon.
    pub citizen_hours_saved_total: f64,
    /// Online cases over the horizon.
    pub online_cases_total: f64,
    /// What a verdict still needs (then `verdict` is `Unvollstaendig`).
    pub missing: Vec<Missing>,
}

/// Evaluates an assessment. Never panics; for inputs inside the field
/// domains (see [`Assessment::invalid_fields`]) every number is finite.
pub fn evaluate(a: &Assessment) -> Evaluation {
    let years = cashflow::yearly_rows(a);
    let decomposition = metrics::CaseDecomposition::of(a);
    let kapitalwert = metrics::kapitalwert(&years);
    let missing = completeness::missing_inputs(a);
    let verdict = if !missing.is_empty() {
        Verdict::Unvollstaendig
    } else if kapitalwert.total > 0.0 {
        Verdict::Wirtschaftlich
    } else {
        Verdict::NichtWirtschaftlich
    };
    Evaluation {
        kapitalwert,
        verdict,
        payback: metrics::payback_year(&years),
        break_even_cases: metrics::break_even_cases(a, &decomposition),
        break_even_share: metrics::break_even_share(a, &decomposition),
        cost_per_online_case: metrics::cost_per_online_case(&years),
        fte_freed_final_year: years.last().map_or(0.0, |r| r.fte_freed),
        staff_hours_saved_total: years.iter().map(|r| r.staff_hours_saved).sum(),
        citizen_hours_saved_total: years.iter().map(|r| r.citizen_hours_saved).sum(),
        online_cases_total: years.iter().map(|r| r.online_cases).sum(),
        missing,
        years,
    }
}

/// Everything the app shows for one document: the deterministic result
/// and the uncertainty and sensitivity analyses. The UI keeps one memo of
/// this over the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub evaluation: Evaluation,
    /// `None` while no input is entered as a range.
    pub monte_carlo: Option<uncertainty::MonteCarlo>,
    /// Tornado bars, widest swing first.
    pub tornado: Vec<sensitivity::TornadoBar>,
    /// Kritischer Wert of every input, in `Field` order (the table).
    pub switching: Vec<(Field, sensitivity::SwitchingValue)>,
    /// The kritische Werte that matter, shown beside their inputs
    /// ([`sensitivity::critical_values`]); none without a verdict.
    pub critical: Vec<(Field, sensitivity::SwitchingValue)>,
    /// Empfehlung with reasons.
    pub decision: recommendation::Decision,
}

/// Runs every analysis of an assessment.
pub fn analyse(a: &Assessment) -> Analysis {
    let evaluation = evaluate(a);
    let switching = sensitivity::switching_values(a);
    let critical = if evaluation.missing.is_empty() {
        sensitivity::critical_values(a, &switching)
    } else {
        Vec::new()
    };
    Analysis {
        decision: recommendation::recommend(a, &evaluation),
        evaluation,
        monte_carlo: (!a.uncertainty.ranges.is_empty()).then(|| uncertainty::simulate(a)),
        tornado: sensitivity::tornado(a),
        switching,
        critical,
    }
}

/// The positions of `keys` in ascending order of key, equal keys in their
/// original order (a stable sort). Every ordering in the model goes
/// through this one function, so the sort code is compiled once: each
/// `sort_by` on another type or closure adds kilobytes to the wasm bundle.
pub(crate) fn ascending_order(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by(|&i, &j| keys[i].total_cmp(&keys[j]).then(i.cmp(&j)));
    order
}

/// Whole units (cents, points) for exact quotas that add up to `total`,
/// by the largest-remainder method (Hare–Niemeyer): each quota is rounded
/// down, and the units still missing go one each to the largest
/// remainders, equal remainders in list order. Only a positive quota
/// gets a unit, so a quota of 0 stays 0. The caller's quotas are ≥ 0
/// and sum to `total` up to floating-point rounding, which leaves at
/// most one unit per positive quota to hand out, or one too many to take
/// back from the smallest remainders; the result then sums to `total`
/// exactly.
pub(crate) fn largest_remainder(total: i64, quotas: &[f64]) -> Vec<i64> {
    // `as` saturates (and maps NaN to 0), so no quota can wrap.
    let mut units: Vec<i64> = quotas.iter().map(|q| q.floor() as i64).collect();
    let remainders: Vec<f64> = quotas
        .iter()
        .zip(&units)
        .map(|(q, u)| *u as f64 - q)
        .collect();
    // Largest remainder first (the most negative `u − q`).
    let order: Vec<usize> = ascending_order(&remainders)
        .into_iter()
        .filter(|&i| quotas[i] > 0.0)
        .collect();
    let missing = total - units.iter().sum::<i64>();
    if missing > 0 {
        for &i in order.iter().cycle().take(missing as usize) {
            units[i] += 1;
        }
    } else {
        // One too many: taken back from the smallest remainders.
        let mut excess = -missing;
        for &i in order.iter().rev() {
            if excess > 0 && units[i] > 0 {
                units[i] -= 1;
                excess -= 1;
            }
        }
    }
    units
}

/// `items` in the order given by [`ascending_order`] of their keys.
pub(crate) fn sorted_by_key<T>(items: Vec<T>, key: impl Fn(&T) -> f64) -> Vec<T> {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    ascending_order(&keys)
        .into_iter()
        .filter_map(|i| slots[i].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{ascending_order, sorted_by_key};

    #[test]
    fn ascending_order_keeps_equal_keys_in_place_like_a_stable_sort() {
        assert_eq!(
            ascending_order(&[2.0, 1.0, 2.0, 0.5, 1.0]),
            vec![3, 1, 4, 0, 2]
        );
        assert_eq!(ascending_order(&[]), Vec::<usize>::new());
        let words = vec!["c", "a2", "b", "a1"];
        // Sorted by length only: equal lengths keep their order.
        assert_eq!(
            sorted_by_key(words, |w| w.len() as f64),
            vec!["c", "b", "a2", "a1"]
        );
    }
}
