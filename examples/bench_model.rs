//! Native benchmark of the analysis core: `cargo run --release --example
//! bench_model`. Prints Monte Carlo samples per second and the time of a
//! full analysis (model, 10.000 samples, tornado, switching values), to
//! compare with the browser benchmark (`make bench`).

use std::time::Instant;

use efa_check::model::inputs::Range;
use efa_check::model::sensitivity::{switching_values, tornado};
use efa_check::model::uncertainty::simulate;
use efa_check::model::{evaluate, Field};
use efa_check::share::{examples, from_json};

fn main() {
    let mut a = from_json(examples::SMALL_GEMEINDE).expect("example decodes");
    for (field, min, max) in [
        (Field::FachverfahrenInterface, 3_000.0, 9_000.0),
        (Field::MinutesSaved, 8.0, 25.0),
        (Field::CasesPerYear, 400.0, 700.0),
    ] {
        a.uncertainty.ranges.insert(field, Range::new(min, max));
    }
    let runs = 50;
    let mut times = Vec::new();
    let mut mc_times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let _ = std::hint::black_box(evaluate(&a));
        let mc_start = Instant::now();
        let mc = std::hint::black_box(simulate(&a));
        mc_times.push(mc_start.elapsed().as_secs_f64());
        let _ = std::hint::black_box(tornado(&a));
        let _ = std::hint::black_box(switching_values(&a));
        times.push(start.elapsed().as_secs_f64());
        assert_eq!(mc.samples, 10_000);
    }
    times.sort_by(f64::total_cmp);
    mc_times.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2] * 1000.0;
    println!(
        "Monte Carlo, 10.000 samples: median {:.2} ms = {:.0} samples/s",
        median(&mc_times),
        10_000.0 / (median(&mc_times) / 1000.0)
    );
    println!("full analysis (model + Monte Carlo + tornado + switching values): median {:.2} ms, p95 {:.2} ms",
        median(&times), times[(times.len() * 95).div_ceil(100) - 1] * 1000.0);
}
