//! Alternativen im Vergleich: the figures of the comparison table, the
//! best alternative, and at which value of each input the two best
//! change places.
//!
//! Every alternative is a full assessment ([`Assessment::variant`]),
//! measured against the status quo, whose Kapitalwert is 0: a KW above 0
//! beats carrying on as today. [`compare`] is cheap (one evaluation and
//! recommendation per alternative, for the input's own task);
//! [`analyse_alternatives`] runs the full analysis of each (Monte Carlo,
//! tornado, switching values) for the follow-up task, and [`Spread`]
//! reads the table's uncertainty columns from it. docs/method.md,
//! "Alternativen".

use super::fields::Field;
use super::inputs::Assessment;
use super::metrics::kapitalwert_total;
use super::recommendation::{recommend, Decision};
use super::sensitivity::{kw_with, sign_change, SwitchingValue};
use super::{analyse, ascending_order, evaluate, Analysis, Evaluation, Verdict};

/// One alternative's deterministic result.
#[derive(Clone, Debug, PartialEq)]
pub struct AlternativeResult {
    pub evaluation: Evaluation,
    pub decision: Decision,
}

/// Which alternative comes first, among those with a verdict.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranking {
    /// Position of the alternative with the highest KW (the first of
    /// equal ones).
    pub best: usize,
    /// The one with the next highest KW, if another has a verdict.
    pub runner_up: Option<usize>,
    /// KW(best) − KW(runner-up), ≥ 0.
    pub margin: Option<f64>,
}

/// The comparison table's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One per alternative, in their order (0 = the first).
    pub alternatives: Vec<AlternativeResult>,
    /// `None` while no alternative has a verdict (each still misses case
    /// numbers, online share or costs, `model::completeness`). The best
    /// may still have KW ≤ 0: then no alternative beats the status quo.
    pub ranking: Option<Ranking>,
}

/// Evaluates and recommends every alternative, and ranks those with a
/// verdict by their Kapitalwert.
pub fn compare(a: &Assessment) -> Comparison {
    let alternatives: Vec<AlternativeResult> = (0..a.variant_count())
        .filter_map(|i| a.variant(i))
        .map(|v| {
            let evaluation = evaluate(&v);
            AlternativeResult {
                decision: recommend(&v, &evaluation),
                evaluation,
            }
        })
        .collect();
    let ranking = rank(&alternatives);
    Comparison {
        alternatives,
        ranking,
    }
}

/// Highest KW first among the alternatives with a verdict; equal KWs in
/// their order.
fn rank(alternatives: &[AlternativeResult]) -> Option<Ranking> {
    let claimed: Vec<usize> = (0..alternatives.len())
        .filter(|&i| alternatives[i].evaluation.verdict != Verdict::Unvollstaendig)
        .collect();
    let keys: Vec<f64> = claimed
        .iter()
        .map(|&i| -alternatives[i].evaluation.kapitalwert.total)
        .collect();
    let order: Vec<usize> = ascending_order(&keys)
        .into_iter()
        .map(|k| claimed[k])
        .collect();
    let kw = |i: usize| alternatives[i].evaluation.kapitalwert.total;
    let best = *order.first()?;
    let runner_up = order.get(1).copied();
    Some(Ranking {
        best,
        runner_up,
        margin: runner_up.map(|r| kw(best) - kw(r)),
    })
}

/// The full analysis of every alternative, in their order (the follow-up
/// task: Monte Carlo, tornado and switching values of each).
pub fn analyse_alternatives(a: &Assessment) -> Vec<Analysis> {
    (0..a.variant_count())
        .filter_map(|i| a.variant(i))
        .map(|v| analyse(&v))
        .collect()
}

/// The uncertainty columns of one alternative: from its simulation, so
/// only when it has ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    /// P(KW > 0), fraction.
    pub probability_positive: f64,
    pub p10: f64,
    pub p90: f64,
}

impl Spread {
    /// `None` while the alternative has no range (no simulation).
    pub fn of(analysis: &Analysis) -> Option<Spread> {
        analysis.monte_carlo.as_ref().map(|mc| Spread {
            probability_positive: mc.probability_positive,
            p10: mc.p10,
            p90: mc.p90,
        })
    }
}

/// For alternatives `i` and `j` (the best and the runner-up), each
/// input's value at which their order flips, in `Field` order; an empty
/// list when either is not an alternative.
///
/// - An input both share (the same value in both, as when neither
///   overrides it): the common value at which KW_i − KW_j changes sign,
///   the input moved in both.
/// - An input in which they differ: the value in `i` alone at which its
///   KW reaches that of `j`, which is held as it is.
///
/// All other inputs stay at their values. The search is that of the
/// switching values over the field's domain (`sensitivity`): exact for
/// inputs the KW is affine in, bracketed and bisected for rates, every
/// whole value for years; `NotInDomain` when no value in the domain
/// flips the order, `NoEffect` when the input moves neither. In the
/// result "wirtschaftlich" means "`i` ahead of `j`" (KW_i > KW_j).
pub fn ranking_switches(a: &Assessment, i: usize, j: usize) -> Vec<(Field, SwitchingValue)> {
    let (Some(mut vi), Some(mut vj)) = (a.variant(i), a.variant(j)) else {
        return Vec::new();
    };
    let kw_j = kapitalwert_total(&vj);
    let lead = kapitalwert_total(&vi) - kw_j;
    Field::ALL
        .iter()
        .map(|&field| {
            let (xi, xj) = (field.get(&vi), field.get(&vj));
            let value = if xi == xj {
                sign_change(
                    &mut |x| kw_with(&mut vi, field, x) - kw_with(&mut vj, field, x),
                    field,
                    xi,
                    lead,
                )
            } else {
                sign_change(&mut |x| kw_with(&mut vi, field, x) - kw_j, field, xi, lead)
            };
            (field, value)
        })
        .collect()
}
