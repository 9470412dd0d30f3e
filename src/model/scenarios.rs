//! Szenarien: a pessimistic, a realistic and an optimistic assessment,
//! built from the ranges, for the side-by-side view (BRIEF.md, 7).
//!
//! The realistic scenario is the document as it is (every input at its
//! most likely value). For the other two, each input moves to one end of
//! its span: the range the user gave it, if it is usable
//! (`uncertainty::check_range`), otherwise ±[`POINT_SWING`] inside its
//! domain, as in the tornado (`sensitivity::default_range`). Which end is
//! decided one input at a time, the others at their most likely values:
//! the KW is evaluated at both ends, the pessimistic scenario takes the
//! end with the lower KW and the optimistic one the end with the higher
//! KW, each only if it is lower (higher) than the realistic KW. An input
//! without effect, or whose both ends lie on the same side of the
//! realistic KW, stays at its most likely value in the other scenario.
//!
//! What this promises when the inputs move together (docs/method.md,
//! "Szenarien"): pessimistic KW ≤ realistic KW ≤ optimistic KW whenever
//! discount rate, escalation, horizon and spread of the one-time costs
//! stay put. Every other input changes each year's net flow in the same
//! direction whatever the others are, so its worse end stays worse. The
//! effect of those four depends on the sign of the yearly flows (or of
//! the discount rate), which the other inputs move; then the scenarios
//! can come out of order (`tests/scenarios.rs` pins such a case).
//!
//! [`POINT_SWING`]: super::sensitivity::POINT_SWING

use super::fields::Field;
use super::inputs::Assessment;
use super::metrics::kapitalwert_total;
use super::sensitivity::{default_range, kw_with};
use super::uncertainty::check_range;
use super::{evaluate, Evaluation};

/// Which of the three scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// Pessimistisch.
    Pessimistic,
    /// Realistisch: the document as it is.
    Realistic,
    /// Optimistisch.
    Optimistic,
}

/// Where one input stands in each scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputEnds {
    pub field: Field,
    /// The most likely value (the realistic scenario's).
    pub likely: f64,
    /// The value in the pessimistic scenario.
    pub pessimistic: f64,
    /// The value in the optimistic scenario.
    pub optimistic: f64,
    /// Whether the ends come from the user's range (else ±20 %).
    pub from_range: bool,
}

/// One scenario: its assessment and that assessment's evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub assessment: Assessment,
    pub evaluation: Evaluation,
}

/// The three scenarios, and the inputs that differ between them.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenarios {
    pub pessimistic: Outcome,
    pub realistic: Outcome,
    pub optimistic: Outcome,
    /// Every input that moves in at least one scenario, in `Field` order.
    pub moved: Vec<InputEnds>,
}

impl Scenarios {
    pub fn get(&self, which: Scenario) -> &Outcome {
        match which {
            Scenario::Pessimistic => &self.pessimistic,
            Scenario::Realistic => &self.realistic,
            Scenario::Optimistic => &self.optimistic,
        }
    }
}

/// The span one input moves across: its usable range, or ±20 %.
fn span(a: &Assessment, field: Field) -> (f64, f64, bool) {
    let likely = field.get(a);
    match a.uncertainty.ranges.get(&field) {
        Some(r) if check_range(field, likely, r).is_ok() => (r.min, r.max, true),
        _ => {
            let r = default_range(field, likely);
            (r.min, r.max, false)
        }
    }
}

/// Each input's value in the pessimistic and optimistic scenario, for
/// the inputs that move in at least one, in `Field` order.
pub fn input_ends(a: &Assessment) -> Vec<InputEnds> {
    let kw = kapitalwert_total(a);
    let mut work = a.clone();
    Field::ALL
        .iter()
        .filter_map(|&field| {
            let likely = field.get(a);
            let (low, high, from_range) = span(a, field);
            let (kw_low, kw_high) = (
                kw_with(&mut work, field, low),
                kw_with(&mut work, field, high),
            );
            let (worse, worse_kw, better, better_kw) = if kw_low <= kw_high {
                (low, kw_low, high, kw_high)
            } else {
                (high, kw_high, low, kw_low)
            };
            let ends = InputEnds {
                field,
                likely,
                pessimistic: if worse_kw < kw { worse } else { likely },
                optimistic: if better_kw > kw { better } else { likely },
                from_range,
            };
            (ends.pessimistic != likely || ends.optimistic != likely).then_some(ends)
        })
        .collect()
}

/// The assessment of one scenario: the document with every moved input
/// at its value there, nothing else changed (ranges, notes and marks
/// stay).
pub fn scenario_assessment(a: &Assessment, ends: &[InputEnds], which: Scenario) -> Assessment {
    let mut doc = a.clone();
    for e in ends {
        match which {
            Scenario::Pessimistic => e.field.set(&mut doc, e.pessimistic),
            Scenario::Optimistic => e.field.set(&mut doc, e.optimistic),
            Scenario::Realistic => {}
        }
    }
    doc
}

/// The three scenarios of an assessment, each evaluated.
pub fn scenarios(a: &Assessment) -> Scenarios {
    let moved = input_ends(a);
    let outcome = |which| {
        let assessment = scenario_assessment(a, &moved, which);
        Outcome {
            evaluation: evaluate(&assessment),
            assessment,
        }
    };
    Scenarios {
        pessimistic: outcome(Scenario::Pessimistic),
        realistic: outcome(Scenario::Realistic),
        optimistic: outcome(Scenario::Optimistic),
        moved,
    }
}
