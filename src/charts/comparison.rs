//! "Alternativen im Vergleich": one horizontal bar per alternative from 0
//! to its Kapitalwert, with a whisker from P10 to P90 where the
//! alternative has ranges. Bars are one colour with a black outline and
//! the whisker is black, so the chart reads in greyscale; each bar's name
//! and value are written above it (free text, not axis labels: see the
//! module doc of `charts`). KW = 0 (the status quo) is a dashed line.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{font, house_style, render, Area, ChartSize, DrawResult, ACTION, TEXT};
use crate::text::results::MoneyScale;

/// Height of one alternative's band (label line plus bar), in px.
const BAND: u32 = 56;

/// One bar: the alternative's name and value line (both from
/// `crate::text`; the name is user text, which plotters escapes), its KW
/// and, with ranges, its P10 and P90.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComparisonBar {
    pub label: String,
    pub kw: f64,
    pub spread: Option<(f64, f64)>,
}

/// The words of the chart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComparisonLabels {
    /// Becomes the SVG `<title>`.
    pub title: String,
    pub title_id: String,
    pub x_axis: String,
    /// Label of the line KW = 0.
    pub zero_line: String,
}

/// The chart's height for `bars` bars.
pub fn height_for(bars: usize) -> u32 {
    BAND * bars.max(1) as u32 + 96
}

/// The comparison chart as an accessible SVG string.
pub fn comparison_svg(bars: &[ComparisonBar], labels: &ComparisonLabels, width: u32) -> String {
    let size = ChartSize {
        width,
        height: height_for(bars.len()),
    };
    render(size, &labels.title, &labels.title_id, |root| {
        draw(root, bars, labels, size)
    })
}

/// Every bar end and whisker end, and 0, padded by 5 % of the span.
fn x_range(bars: &[ComparisonBar]) -> (f64, f64) {
    let (lo, hi) = bars
        .iter()
        .flat_map(|b| {
            let (p10, p90) = b.spread.unwrap_or((b.kw, b.kw));
            [b.kw, p10, p90]
        })
        .filter(|v| v.is_finite())
        .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if hi > lo { hi - lo } else { 1.0 };
    (lo - span * 0.05, hi + span * 0.05)
}

fn draw(
    root: &Area,
    bars: &[ComparisonBar],
    labels: &ComparisonLabels,
    size: ChartSize,
) -> DrawResult {
    let compact = size.width < ChartSize::WIDE.width;
    let font = font(size.font_size()).color(&TEXT);
    let n = bars.len();
    // One band per bar, the first at the top, plus a band for the line label.
    let top = n as f64 + 0.6;
    let (x_lo, x_hi) = x_range(bars);
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_left(if compact { 16 } else { 24 })
        .margin_right(if compact { 24 } else { 32 })
        .x_label_area_size(if compact { 48 } else { 56 })
        .y_label_area_size(0)
        .build_cartesian_2d(x_lo..x_hi, 0.0..top)?;
    let scale = MoneyScale::for_axis([x_lo, x_hi]);
    let euro_label = |x: &f64| scale.tick(*x);
    let mut mesh = chart.configure_mesh();
    mesh.disable_y_mesh()
        .y_labels(0)
        .x_labels(if compact { 3 } else { 5 })
        .x_label_formatter(&euro_label)
        .x_desc(labels.x_axis.as_str());
    house_style(&mut mesh, &font).draw()?;

    let line = TEXT.stroke_width(size.line(2));
    for (k, bar) in bars.iter().enumerate() {
        let band = (n - 1 - k) as f64;
        let (y0, y1) = (band + 0.1, band + 0.5);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, y0), (bar.kw, y1)],
            ACTION.filled(),
        )))?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, y0), (bar.kw, y1)],
            line,
        )))?;
        if let Some((p10, p90)) = bar.spread {
            let mid = (y0 + y1) / 2.0;
            chart.draw_series(LineSeries::new([(p10, mid), (p90, mid)], line))?;
            for x in [p10, p90] {
                chart.draw_series(LineSeries::new([(x, y0 - 0.05), (x, y1 + 0.05)], line))?;
            }
        }
        chart.plotting_area().draw(
            &(EmptyElement::at((x_lo, band + 1.0))
                + Text::new(
                    bar.label.clone(),
                    (4, 2),
                    font.pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
    }
    if (x_lo..=x_hi).contains(&0.0) {
        chart.draw_series(DashedLineSeries::new([(0.0, 0.0), (0.0, top)], 8, 5, line))?;
        chart.plotting_area().draw(
            &(EmptyElement::at((0.0, top))
                + Text::new(
                    labels.zero_line.clone(),
                    (6, 2),
                    font.pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::charts::escaping::HOSTILE;

    fn labels() -> ComparisonLabels {
        ComparisonLabels {
            title: "Alternativen".into(),
            title_id: "t".into(),
            x_axis: "Kapitalwert in €".into(),
            zero_line: "Status quo".into(),
        }
    }

    #[test]
    fn hostile_names_come_out_escaped_and_every_bar_is_drawn() {
        let bars = [
            ComparisonBar {
                label: HOSTILE.into(),
                kw: 12_000.0,
                spread: Some((-3_000.0, 20_000.0)),
            },
            ComparisonBar {
                label: "Eigenentwicklung".into(),
                kw: -5_000.0,
                spread: None,
            },
        ];
        let svg = comparison_svg(&bars, &labels(), 720);
        crate::charts::escaping::assert_escaped(&svg);
        assert!(svg.contains("Eigenentwicklung"));
        assert!(svg.contains("role=\"img\""));
        assert!(!svg.contains("style="));
    }

    #[test]
    fn the_axis_holds_zero_and_every_whisker() {
        let bars = [ComparisonBar {
            label: String::new(),
            kw: 10.0,
            spread: Some((5.0, 30.0)),
        }];
        let (lo, hi) = x_range(&bars);
        assert!(lo < 0.0 && hi > 30.0);
        assert!(x_range(&[]).0 < 0.0);
    }
}
