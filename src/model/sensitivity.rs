//! Sensitivitätsanalyse: which input decides the result (tornado), and at
//! which value of each input the verdict flips (kritischer Wert, the
//! switching value). All other inputs stay at their most likely values.

use serde::{Deserialize, Serialize};

use super::fields::{Field, Unit};
use super::inputs::{Assessment, Range};
use super::metrics::{self, kapitalwert_total, BreakEven, CaseDecomposition};

/// Relative change used for inputs without a range (±20 %).
pub const POINT_SWING: f64 = 0.2;

/// One bar of the tornado chart.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub field: Field,
    /// Input value at the low end (range minimum, or −20 %).
    pub low: f64,
    /// Input value at the high end (range maximum, or +20 %).
    pub high: f64,
    /// KW with the input at `low`.
    pub kw_low: f64,
    /// KW with the input at `high`.
    pub kw_high: f64,
    /// Whether the ends come from the user's range (else ±20 %).
    pub from_range: bool,
}

impl TornadoBar {
    /// Spannweite |KW_high − KW_low|, the sort key.
    pub fn swing(&self) -> f64 {
        (self.kw_high - self.kw_low).abs()
    }
}

/// The KW of `work` with `field` at `value`; `work` is left as it was.
pub(crate) fn kw_with(work: &mut Assessment, field: Field, value: f64) -> f64 {
    let saved = field.get(work);
    field.set(work, value);
    let kw = kapitalwert_total(work);
    field.set(work, saved);
    kw
}

/// The ends a tornado bar spans for one field.
fn ends(a: &Assessment, field: Field) -> (f64, f64, bool) {
    if let Some(r) = a.uncertainty.ranges.get(&field) {
        return (r.min, r.max, true);
    }
    let r = default_range(field, field.get(a));
    (r.min, r.max, false)
}

/// The range an input without one of its own moves across: ±
/// [`POINT_SWING`] around `likely`, inside the field's domain, whole
/// numbers rounded, minimum first (a negative value turns it around). The
/// tornado uses it for point values, and the form starts a new range
/// with it.
pub fn default_range(field: Field, likely: f64) -> Range {
    let d = field.domain();
    let fix = |x: f64| {
        let x = x.clamp(d.min, d.max);
        if d.whole {
            x.round()
        } else {
            x
        }
    };
    let (a, b) = (
        fix(likely * (1.0 - POINT_SWING)),
        fix(likely * (1.0 + POINT_SWING)),
    );
    Range::new(a.min(b), a.max(b))
}

/// Tornado data for every input that moves the KW, widest swing first.
/// The app shows the first ten.
pub fn tornado(a: &Assessment) -> Vec<TornadoBar> {
    let mut work = a.clone();
    let bars: Vec<TornadoBar> = Field::ALL
        .iter()
        .map(|&field| {
            let (low, high, from_range) = ends(a, field);
            TornadoBar {
                field,
                low,
                high,
                kw_low: kw_with(&mut work, field, low),
                kw_high: kw_with(&mut work, field, high),
                from_range,
            }
        })
        .filter(|b| b.swing() > 0.0)
        .collect();
    // Largest swing first; equal swings in field order.
    super::sorted_by_key(bars, |b| -b.swing())
}

/// Where the verdict of one input flips: its kritischer Wert.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum SwitchingValue {
    /// A continuous input: KW crosses 0 at `value`. The adoption is
    /// wirtschaftlich (KW > 0) just above it if `wirtschaftlich_above`
    /// (more cases, more minutes saved), otherwise just below it (a fee).
    At {
        value: f64,
        wirtschaftlich_above: bool,
    },
    /// A whole-number input (years): the whole value nearest the current
    /// one at which the verdict differs; `wirtschaftlich` is the verdict
    /// there.
    Whole { value: f64, wirtschaftlich: bool },
    /// No value in the input's valid domain flips the verdict.
    NotInDomain,
    /// The input does not affect the KW at all (for example Einwohner).
    NoEffect,
}

impl SwitchingValue {
    /// The input value at which the verdict flips, if there is one.
    pub fn value(self) -> Option<f64> {
        match self {
            SwitchingValue::At { value, .. } | SwitchingValue::Whole { value, .. } => Some(value),
            SwitchingValue::NotInDomain | SwitchingValue::NoEffect => None,
        }
    }
}

/// How the KW depends on an input, which decides how its switching value
/// is found.
enum Shape {
    /// KW is affine in the input: solved exactly from two evaluations.
    Affine,
    /// Continuous but not affine (rates that compound): bracketed search.
    Curved,
    /// Whole years: every whole value is tried.
    Whole,
}

fn shape(field: Field) -> Shape {
    match field {
        Field::CaseGrowth | Field::DiscountRate | Field::Escalation => Shape::Curved,
        f if f.unit() == Unit::Years => Shape::Whole,
        _ => Shape::Affine,
    }
}

/// Switching values of every input, in `Field` order. The case number
/// and the target online share take the exact break-even of the key
/// figures (`metrics`), so the figure and the input's kritischer Wert are
/// one number.
pub fn switching_values(a: &Assessment) -> Vec<(Field, SwitchingValue)> {
    let mut work = a.clone();
    let kw0 = kapitalwert_total(a);
    let decomposition = CaseDecomposition::of(a);
    Field::ALL
        .iter()
        .map(|&field| {
            let break_even = match field {
                Field::CasesPerYear => Some(metrics::break_even_cases(a, &decomposition)),
                Field::OnlineShareTarget => Some(metrics::break_even_share(a, &decomposition)),
                _ => None,
            };
            let value = match break_even {
                // KW = 0 there and rises above it (BreakEven::At has slope > 0).
                Some(BreakEven::At(x)) if field.domain().check(Some(x)).is_ok() => {
                    SwitchingValue::At {
                        value: x,
                        wirtschaftlich_above: true,
                    }
                }
                _ => {
                    let x0 = field.get(a);
                    sign_change(&mut |x| kw_with(&mut work, field, x), field, x0, kw0)
                }
            };
            (field, value)
        })
        .collect()
}

/// Where `f`, a function of the input `field` that is `f0` at the
/// current value `x0`, changes sign within the field's domain, found the
/// way the field's shape asks (exactly for an affine input, bracketed for
/// a curved one, by trying every whole value for years). "Wirtschaftlich"
/// in the result means `f > 0`. The switching values take the KW for `f`,
/// the ranking of two alternatives their difference
/// (`comparison::ranking_switches`). One function through `dyn`, so the
/// search is compiled once.
pub(crate) fn sign_change(
    f: &mut dyn FnMut(f64) -> f64,
    field: Field,
    x0: f64,
    f0: f64,
) -> SwitchingValue {
    match shape(field) {
        Shape::Affine => affine_root(f, field, x0, f0),
        Shape::Curved => curved_root(f, field, x0, f0),
        Shape::Whole => whole_flip(f, field, x0, f0),
    }
}

/// How far from its current value a kritischer Wert may lie and still be
/// shown beside its input: between the value divided and multiplied by
/// this factor.
pub const CRITICAL_FACTOR: f64 = 2.0;

/// The kritische Werte that matter, in `Field` order: those that lie
/// where a plausible misestimate of the one input could put it — between
/// half and double its current value, or inside the range the user gave
/// it. There, this input alone can change the verdict, so the form shows
/// the value beside it; every other one is only listed in the table. An
/// input at 0 (not entered) has none beside it unless it has a range.
pub fn critical_values(
    a: &Assessment,
    switching: &[(Field, SwitchingValue)],
) -> Vec<(Field, SwitchingValue)> {
    switching
        .iter()
        .filter(|(field, value)| {
            let Some(x) = value.value() else {
                return false;
            };
            let current = field.get(a);
            let (near, far) = (current / CRITICAL_FACTOR, current * CRITICAL_FACTOR);
            let plausible = x >= near.min(far) && x <= near.max(far);
            let in_range = a
                .uncertainty
                .ranges
                .get(field)
                .is_some_and(|r| x >= r.min && x <= r.max);
            plausible || in_range
        })
        .copied()
        .collect()
}

/// KW(x) = kw0 + s·(x − x0): x* = x0 − kw0/s, if inside the domain. The
/// slope is taken to the far end of the domain, where the difference of the
/// two KW values is largest, and the root is polished by one more secant
/// step, so rounding in large Kapitalwerte does not shift it.
fn affine_root(
    kw_at: &mut dyn FnMut(f64) -> f64,
    field: Field,
    x0: f64,
    kw0: f64,
) -> SwitchingValue {
    let d = field.domain();
    let x1 = if d.max - x0 >= x0 - d.min {
        d.max
    } else {
        d.min
    };
    if x1 == x0 {
        return SwitchingValue::NoEffect;
    }
    let kw1 = kw_at(x1);
    let slope = (kw1 - kw0) / (x1 - x0);
    if slope == 0.0 || !slope.is_finite() {
        return SwitchingValue::NoEffect;
    }
    let mut root = x0 - kw0 / slope;
    if root.is_finite() && root >= d.min && root <= d.max {
        root -= kw_at(root) / slope;
    }
    if root.is_finite() && root >= d.min && root <= d.max {
        SwitchingValue::At {
            value: root,
            wirtschaftlich_above: slope > 0.0,
        }
    } else {
        SwitchingValue::NotInDomain
    }
}

/// Grid points for the bracket search of curved inputs.
const GRID: usize = 96;

/// Scans the domain for a sign change of KW, takes the one nearest the
/// current value and narrows it by bisection.
fn curved_root(
    kw_at: &mut dyn FnMut(f64) -> f64,
    field: Field,
    x0: f64,
    kw0: f64,
) -> SwitchingValue {
    let d = field.domain();
    let xs: Vec<f64> = (0..=GRID)
        .map(|k| d.min + (d.max - d.min) * k as f64 / GRID as f64)
        .collect();
    let kws: Vec<f64> = xs.iter().map(|&x| kw_at(x)).collect();
    if kws.iter().all(|&k| k == kws[0]) && kws[0] == kw0 {
        return SwitchingValue::NoEffect;
    }
    let bracket = (0..GRID)
        .filter(|&k| (kws[k] > 0.0) != (kws[k + 1] > 0.0))
        .min_by(|&p, &q| {
            let dist = |k: usize| ((xs[k] + xs[k + 1]) / 2.0 - x0).abs();
            dist(p).total_cmp(&dist(q))
        });
    let Some(k) = bracket else {
        return SwitchingValue::NotInDomain;
    };
    let (mut lo, mut hi) = (xs[k], xs[k + 1]);
    let lo_positive = kws[k] > 0.0;
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if (kw_at(mid) > 0.0) == lo_positive {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    SwitchingValue::At {
        value: (lo + hi) / 2.0,
        wirtschaftlich_above: !lo_positive,
    }
}

/// The whole value nearest the current one at which the verdict differs.
fn whole_flip(
    kw_at: &mut dyn FnMut(f64) -> f64,
    field: Field,
    x0: f64,
    kw0: f64,
) -> SwitchingValue {
    let d = field.domain();
    let positive = kw0 > 0.0;
    let mut any_change = false;
    let mut best: Option<f64> = None;
    let mut x = d.min;
    while x <= d.max {
        let kw = kw_at(x);
        any_change |= kw != kw0;
        if (kw > 0.0) != positive && best.is_none_or(|b| (x - x0).abs() < (b - x0).abs()) {
            best = Some(x);
        }
        x += 1.0;
    }
    match best {
        Some(x) => SwitchingValue::Whole {
            value: x,
            wirtschaftlich: !positive,
        },
        None if any_change => SwitchingValue::NotInDomain,
        None => SwitchingValue::NoEffect,
    }
}
