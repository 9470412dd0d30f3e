//! The distribution of the Kapitalwert over the Monte Carlo samples, as a
//! histogram: one bar per bin of [`MonteCarlo::histogram`], its height the
//! share of samples in percent, and the line KW = 0 marked and labelled.
//!
//! Bars left of zero are drawn as outlines, bars right of it filled, so
//! the two sides differ in shape, not only in colour. The SVG has three
//! kinds of text: the x ticks, a few y ticks and the zero label; in wasm
//! only the y ticks are measured (see the module doc of `charts`).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::tornado::outlined;
use super::{font, house_style, render, Area, ChartSize, DrawResult, ACTION, TEXT};
use crate::model::uncertainty::MonteCarlo;
use crate::text::results::MoneyScale;

/// The words of the histogram, all from `crate::text`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HistogramLabels {
    /// Becomes the SVG `<title>`; may contain user text.
    pub title: String,
    /// `id` of the `<title>`, referenced by `aria-labelledby`.
    pub title_id: String,
    pub x_axis: String,
    /// Label of the line KW = 0.
    pub zero_line: String,
}

/// One bin of the histogram: its KW interval and its share of samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    /// Share of all samples, as a fraction.
    pub share: f64,
}

/// The bins of a simulation with their KW intervals (equal width from
/// `min` to `max`, as [`MonteCarlo::histogram`] counts them). The UI's
/// data table lists the same bins.
pub fn bins(mc: &MonteCarlo) -> Vec<Bin> {
    let n = mc.histogram.len().max(1) as f64;
    let width = (mc.max - mc.min) / n;
    let total = f64::from(mc.samples.max(1));
    mc.histogram
        .iter()
        .enumerate()
        .map(|(i, &count)| Bin {
            from: mc.min + width * i as f64,
            to: mc.min + width * (i + 1) as f64,
            share: f64::from(count) / total,
        })
        .collect()
}

/// The histogram as an accessible SVG string.
pub fn histogram_svg(mc: &MonteCarlo, labels: &HistogramLabels, size: ChartSize) -> String {
    render(size, &labels.title, &labels.title_id, |root| {
        draw(root, mc, labels, size)
    })
}

/// The x range of the samples: see [`kw_axis`].
fn x_range(mc: &MonteCarlo) -> (f64, f64) {
    kw_axis(mc.min, mc.max, 0.04)
}

/// A KW axis from `lo` to `hi`, widened to include 0 when zero lies within
/// one span of them (farther away, including it would squash every bar into
/// a sliver; the captions then say everything is on one side), and padded
/// by `pad` of the span. A zero-width range is shown beside zero.
pub(super) fn kw_axis(lo: f64, hi: f64, pad: f64) -> (f64, f64) {
    let (mut lo, mut hi) = (lo, hi);
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    if lo > 0.0 && lo <= span {
        lo = 0.0;
    }
    if hi < 0.0 && -hi <= span {
        hi = 0.0;
    }
    let span = if hi > lo { hi - lo } else { span };
    (lo - span * pad, hi.max(lo) + span * pad)
}

fn draw(root: &Area, mc: &MonteCarlo, labels: &HistogramLabels, size: ChartSize) -> DrawResult {
    let bins = bins(mc);
    let (x_lo, x_hi) = x_range(mc);
    let top = bins.iter().fold(0.0_f64, |m, b| m.max(b.share)) * 100.0;
    let y_hi = if top > 0.0 { top * 1.22 } else { 1.0 };

    let compact = size.width < ChartSize::WIDE.width;
    let font_size = size.font_size();
    let label_font = font(font_size).color(&TEXT);

    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .margin_right(if compact { 24 } else { 32 })
        .x_label_area_size(if compact { 48 } else { 56 })
        .y_label_area_size(if compact { 56 } else { 64 })
        .build_cartesian_2d(x_lo..x_hi, 0.0..y_hi)?;

    let scale = MoneyScale::for_axis([x_lo, x_hi]);
    let euro_label = |x: &f64| scale.tick(*x);
    let percent_label = |y: &f64| format!("{}\u{a0}%", crate::format::grouped(*y, 0));
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels(if compact { 3 } else { 5 })
        .y_labels(3)
        .x_label_formatter(&euro_label)
        .y_label_formatter(&percent_label)
        .x_desc(labels.x_axis.as_str());
    house_style(&mut mesh, &label_font).draw()?;

    // Bars: outlined left of zero (KW ≤ 0), filled right of it.
    for b in &bins {
        let (from, to) = if b.to > b.from {
            (b.from, b.to)
        } else {
            // All samples equal: one bar of a visible width.
            let half = (x_hi - x_lo) * 0.02;
            (b.from - half, b.from + half)
        };
        let (a, z) = ((from, 0.0), (to, b.share * 100.0));
        if (from + to) / 2.0 > 0.0 {
            chart.draw_series(std::iter::once(Rectangle::new([a, z], ACTION.filled())))?;
        } else {
            chart.draw_series(std::iter::once(outlined(a, z)))?;
        }
    }

    // KW = 0: a solid 2 px line with its label at the top.
    if (x_lo..=x_hi).contains(&0.0) {
        chart.draw_series(LineSeries::new(
            [(0.0, 0.0), (0.0, y_hi)],
            TEXT.stroke_width(size.line(2)),
        ))?;
        let anchor = if (0.0 - x_lo) > (x_hi - x_lo) * 0.6 {
            (HPos::Right, -6)
        } else {
            (HPos::Left, 6)
        };
        chart.plotting_area().draw(
            &(EmptyElement::at((0.0, y_hi))
                + Text::new(
                    labels.zero_line.clone(),
                    (anchor.1, 4),
                    label_font.pos(Pos::new(anchor.0, VPos::Top)),
                )),
        )?;
    }

    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::inputs::Range;
    use crate::model::uncertainty::simulate;
    use crate::model::Field;
    use crate::share::{examples, from_json};

    /// The small Gemeinde with the three ranges of the pinned test in
    /// tests/uncertainty.rs.
    fn example_simulation() -> MonteCarlo {
        let mut a = from_json(examples::SMALL_GEMEINDE).expect("the example document opens");
        for (field, min, max) in [
            (Field::FachverfahrenInterface, 3_000.0, 9_000.0),
            (Field::MinutesSaved, 8.0, 25.0),
            (Field::CasesPerYear, 400.0, 700.0),
        ] {
            a.uncertainty.ranges.insert(field, Range::new(min, max));
        }
        simulate(&a)
    }

    fn labels(title: &str) -> HistogramLabels {
        HistogramLabels {
            title: title.to_string(),
            title_id: "chart-histogram-title".to_string(),
            x_axis: "Kapitalwert".to_string(),
            zero_line: "KW = 0".to_string(),
        }
    }

    #[test]
    fn histogram_svg_snapshot() {
        // Guards against unnoticed changes to the histogram (lost zero
        // line, bars, axis labels or accessibility attributes); review the
        // diff and update with UPDATE_EXPECT=1.
        let svg = histogram_svg(
            &example_simulation(),
            &labels("Verteilung des Kapitalwerts"),
            ChartSize::WIDE,
        );
        expect_test::expect_file!["snapshots/histogram_gemeinde_klein.svg"].assert_eq(&svg);
    }

    #[test]
    fn one_bar_per_bin_and_both_sides_of_zero_differ_in_shape() {
        // Guards against bars that only colour tells apart: negative bins
        // are outlines (fill="none"), positive bins are filled. The pinned
        // simulation has KW values on both sides of zero.
        let mc = example_simulation();
        assert!(mc.min < 0.0 && mc.max > 0.0);
        let svg = histogram_svg(&mc, &labels("T"), ChartSize::WIDE);
        let filled = svg.matches("<rect").count() - 1; // minus the background
        let outlined = svg
            .matches(r##"stroke="#51577A" stroke-width="2""##)
            .count();
        assert_eq!(filled + outlined, mc.histogram.len());
        assert!(filled > 0 && outlined > 0);
        assert!(svg.contains("KW = 0"));
    }

    #[test]
    fn bins_cover_min_to_max_and_shares_sum_to_one() {
        // Guards against a data table whose intervals or shares differ
        // from what the model counted.
        let mc = example_simulation();
        let b = bins(&mc);
        assert_eq!(b.len(), mc.histogram.len());
        assert_eq!(b[0].from, mc.min);
        assert!((b[b.len() - 1].to - mc.max).abs() < 1e-6 * mc.max.abs());
        let total: f64 = b.iter().map(|x| x.share).sum();
        assert!((total - 1.0).abs() < 1e-12, "{total}");
    }

    #[test]
    fn hostile_labels_come_out_escaped() {
        // Guards against user text (the service name in the title) turning
        // into live markup when the SVG is injected.
        let hostile = crate::charts::escaping::HOSTILE;
        let l = HistogramLabels {
            title: format!("Verteilung: {hostile}"),
            title_id: "t\"><script>".to_string(),
            x_axis: hostile.to_string(),
            zero_line: hostile.to_string(),
        };
        let svg = histogram_svg(&example_simulation(), &l, ChartSize::COMPACT);
        crate::charts::escaping::assert_escaped(&svg);
    }

    #[test]
    fn a_zero_width_distribution_still_draws_one_bar() {
        // Guards against an empty or failed chart when every range has
        // zero width (all samples equal the point result).
        let mut mc = example_simulation();
        mc.min = 300.0;
        mc.max = 300.0;
        mc.histogram = vec![0; mc.histogram.len()];
        mc.histogram[0] = mc.samples;
        let svg = histogram_svg(&mc, &labels("T"), ChartSize::WIDE);
        assert!(svg.contains("KW = 0"), "zero is within reach and marked");
        assert!(svg.matches("<rect").count() > 1);
    }

    #[test]
    fn zero_is_shown_when_near_and_left_out_when_far() {
        let mut mc = example_simulation();
        (mc.min, mc.max) = (1_000.0, 9_000.0);
        let (lo, _) = x_range(&mc);
        assert!(lo < 0.0);
        (mc.min, mc.max) = (1_000_000.0, 1_010_000.0);
        let (lo, _) = x_range(&mc);
        assert!(lo > 900_000.0);
    }
}
