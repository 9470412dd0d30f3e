//! Unsicherheitsanalyse: seeded Monte Carlo simulation over the inputs
//! entered as ranges.
//!
//! Method (shown in the app and in docs/method.md):
//!
//! - Each ranged input is drawn from a **triangular distribution** with
//!   minimum, most likely value (the form's value) and maximum; inputs are
//!   drawn independently. Triangular rather than PERT because its sampling
//!   needs only +, −, ×, ÷ and √, which IEEE 754 rounds identically on every
//!   machine, so the same document gives bit-identical results in every
//!   browser and natively.
//! - The generator is PCG-64 (MCG variant, `rand_pcg::Pcg64Mcg`) seeded with
//!   the document's seed; samples are drawn field by field in `Field` order.
//! - Percentiles use the nearest-rank method: P_q = the ⌈q·n⌉-th smallest KW.
//! - Whole-number inputs (years) are rounded after drawing.

use rand::SeedableRng;
use rand_distr::{Distribution, Triangular};
use rand_pcg::Pcg64Mcg;
use serde::{Deserialize, Serialize};

use super::cashflow::rows;
use super::fields::{Domain, Field};
use super::inputs::{Assessment, Range};
use super::metrics::Payback;

/// Fewest samples a simulation draws.
pub const MIN_SAMPLES: u32 = 1;
/// Upper limit for the sample count, to bound the work per recomputation.
pub const MAX_SAMPLES: u32 = 100_000;
/// The sample counts a document may carry and the form takes: whole
/// numbers from [`MIN_SAMPLES`] to [`MAX_SAMPLES`].
pub const SAMPLES_DOMAIN: Domain = Domain {
    min: MIN_SAMPLES as f64,
    max: MAX_SAMPLES as f64,
    whole: true,
    optional: false,
};
/// The largest seed the form takes: 2⁵³ − 1, the largest whole number a
/// person can type that a browser's number keeps exactly. Documents may
/// carry any `u64` seed.
pub const MAX_TYPED_SEED: f64 = 9_007_199_254_740_991.0;
/// The seeds the form takes: whole numbers from 0 to [`MAX_TYPED_SEED`].
pub const SEED_DOMAIN: Domain = Domain {
    min: 0.0,
    max: MAX_TYPED_SEED,
    whole: true,
    optional: false,
};

/// Why a range is not usable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeError {
    /// Minimum above the most likely value (this includes min > max).
    MinAboveLikely,
    /// Maximum below the most likely value.
    MaxBelowLikely,
    /// An end outside the field's valid domain.
    OutsideDomain { min: f64, max: f64 },
}

/// A field whose range is not usable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InvalidRange {
    pub field: Field,
    pub error: RangeError,
}

/// Checks one range against the field's most likely value and domain.
pub fn check_range(field: Field, likely: f64, range: &Range) -> Result<(), RangeError> {
    let d = field.domain();
    let inside = |v: f64| v.is_finite() && v >= d.min && v <= d.max;
    if !inside(range.min) || !inside(range.max) {
        return Err(RangeError::OutsideDomain {
            min: d.min,
            max: d.max,
        });
    }
    if range.min > likely {
        return Err(RangeError::MinAboveLikely);
    }
    if range.max < likely {
        return Err(RangeError::MaxBelowLikely);
    }
    Ok(())
}

impl Assessment {
    /// Every range that is not usable, in `Field` order.
    pub fn invalid_ranges(&self) -> Vec<InvalidRange> {
        self.uncertainty
            .ranges
            .iter()
            .filter_map(|(&field, range)| {
                check_range(field, field.get(self), range)
                    .err()
                    .map(|error| InvalidRange { field, error })
            })
            .collect()
    }
}

/// One sampler per ranged input.
struct Sampler {
    field: Field,
    /// `None` for a zero-width range: the value is fixed.
    distribution: Option<Triangular<f64>>,
    fixed: f64,
    whole: bool,
}

impl Sampler {
    fn draw(&self, rng: &mut Pcg64Mcg) -> f64 {
        let v = self
            .distribution
            .as_ref()
            .map_or(self.fixed, |d| d.sample(rng));
        if self.whole {
            v.round()
        } else {
            v
        }
    }
}

fn samplers(a: &Assessment) -> Vec<Sampler> {
    a.uncertainty
        .ranges
        .iter()
        .filter(|(&field, range)| check_range(field, field.get(a), range).is_ok())
        .map(|(&field, range)| {
            let likely = field.get(a);
            Sampler {
                field,
                distribution: (range.max > range.min)
                    .then(|| Triangular::new(range.min, range.max, likely).ok())
                    .flatten(),
                fixed: likely,
                whole: field.domain().whole,
            }
        })
        .collect()
}

/// Results of the simulation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonteCarlo {
    /// Number of samples drawn.
    pub samples: u32,
    /// P(KW > 0), fraction.
    pub probability_positive: f64,
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub min: f64,
    pub max: f64,
    /// Histogram of the KW: `HISTOGRAM_BINS` equal bins from `min` to `max`.
    pub histogram: Vec<u32>,
    /// How often the payback fell in year t (index t = 0..T).
    pub payback_years: Vec<u32>,
    /// How often there was no payback within the horizon.
    pub payback_never: u32,
    /// Median payback year; `None` when at least half the samples do not
    /// pay back within the horizon.
    pub payback_median: Option<u32>,
}

/// Number of histogram bins.
pub const HISTOGRAM_BINS: usize = 20;

/// Runs the simulation. With no valid ranges every sample equals the point
/// result, which the tests use to check the two agree.
pub fn simulate(a: &Assessment) -> MonteCarlo {
    let samplers = samplers(a);
    let n = a.uncertainty.samples.clamp(MIN_SAMPLES, MAX_SAMPLES);
    let mut rng = Pcg64Mcg::seed_from_u64(a.uncertainty.seed);
    let mut work = a.clone();
    // A ranged horizon can make samples longer than the likely one; the
    // payback counts must have a slot for every year any sample can reach.
    let horizon = a
        .uncertainty
        .ranges
        .get(&Field::HorizonYears)
        .filter(|r| check_range(Field::HorizonYears, a.parameters.horizon_years.into(), r).is_ok())
        .map_or(a.parameters.horizon(), |r| r.max.round() as u32)
        .clamp(1, super::inputs::MAX_HORIZON_YEARS) as usize;
    let mut kws = Vec::with_capacity(n as usize);
    let mut payback_years = vec![0u32; horizon + 1];
    let mut payback_never = 0u32;
    for _ in 0..n {
        for s in &samplers {
            s.field.set(&mut work, s.draw(&mut rng));
        }
        // One pass over the rows gives both KW and payback year, without
        // keeping the table.
        let (kw, payback) = rows(&work).fold((0.0, None), |(kw, payback), r| {
            let payback = payback.or((r.cumulative_discounted_net >= 0.0).then_some(r.t));
            (kw + r.discounted_net, payback)
        });
        kws.push(kw);
        match payback.map_or(Payback::NotWithinHorizon, Payback::Year) {
            Payback::Year(t) => {
                if let Some(c) = payback_years.get_mut(t as usize) {
                    *c += 1;
                }
            }
            Payback::NotWithinHorizon => payback_never += 1,
        }
    }
    summarise(kws, payback_years, payback_never)
}

fn summarise(mut kws: Vec<f64>, payback_years: Vec<u32>, payback_never: u32) -> MonteCarlo {
    kws.sort_unstable_by(f64::total_cmp);
    let n = kws.len();
    let rank = |q: f64| kws[((q * n as f64).ceil() as usize).clamp(1, n) - 1];
    let (min, max) = (kws[0], kws[n - 1]);
    let mut histogram = vec![0u32; HISTOGRAM_BINS];
    let width = (max - min) / HISTOGRAM_BINS as f64;
    for &kw in &kws {
        let bin = if width > 0.0 {
            (((kw - min) / width) as usize).min(HISTOGRAM_BINS - 1)
        } else {
            0
        };
        histogram[bin] += 1;
    }
    let positive = kws.iter().filter(|&&kw| kw > 0.0).count();
    // Median payback: the year by which at least half the samples paid back.
    let half = n.div_ceil(2) as u32;
    let mut cumulative = 0;
    let payback_median = payback_years.iter().enumerate().find_map(|(t, &c)| {
        cumulative += c;
        (cumulative >= half).then_some(t as u32)
    });
    MonteCarlo {
        samples: n as u32,
        probability_positive: positive as f64 / n as f64,
        mean: kws.iter().sum::<f64>() / n as f64,
        p10: rank(0.1),
        p50: rank(0.5),
        p90: rank(0.9),
        min,
        max,
        histogram,
        payback_years,
        payback_never,
        payback_median,
    }
}
