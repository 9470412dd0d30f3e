//! The tornado chart of the sensitivity analysis: one horizontal bar per
//! input, widest swing at the top, spanning the Kapitalwert with the input
//! at the low and at the high end of its range (or ±20 %), all other inputs
//! at their most likely values.
//!
//! Each bar has two halves that meet at the base KW: the half for the low
//! input value is an outline, the half for the high value is filled, and a
//! legend names both, so the ends are told apart by shape, not only by
//! colour. The base KW and KW = 0 are vertical lines with labels.
//!
//! Input names are drawn as plain text above each bar rather than as axis
//! labels: in wasm plotters measures every y-axis label with a DOM element,
//! while free text costs nothing to place (see the module doc of `charts`).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::histogram::kw_axis;
use super::{font, house_style, render, Area, ChartSize, DrawResult, ACTION, MUTED, TEXT};
use crate::model::sensitivity::TornadoBar;
use crate::text::results::MoneyScale;

/// The app shows the ten widest bars.
pub const MAX_BARS: usize = 10;

/// Height of one bar's band (label line plus bar), in px.
const BAND: u32 = 50;
/// Height of the legend above the plot, in px.
const LEGEND: u32 = 56;

/// The words of the tornado chart, all from `crate::text`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TornadoLabels {
    /// Becomes the SVG `<title>`; may contain user text.
    pub title: String,
    /// `id` of the `<title>`, referenced by `aria-labelledby`.
    pub title_id: String,
    pub x_axis: String,
    /// Label of the base-KW line, with its value.
    pub base_line: String,
    /// Label of the line KW = 0.
    pub zero_line: String,
    /// Legend entry of the outlined halves (input at its low end).
    pub low_end: String,
    /// Legend entry of the filled halves (input at its high end).
    pub high_end: String,
    /// One name per bar, in the order of the bars.
    pub bar_names: Vec<String>,
}

/// The height of the chart for `bars` bars at a given width.
pub fn height_for(bars: usize) -> u32 {
    LEGEND + BAND * bars.clamp(1, MAX_BARS) as u32 + BAND + 80
}

/// The tornado chart as an accessible SVG string. `bars` come from
/// `model::sensitivity::tornado` (widest first); only the first
/// [`MAX_BARS`] are drawn. `base_kw` is the Kapitalwert at the most likely
/// values.
pub fn tornado_svg(
    bars: &[TornadoBar],
    base_kw: f64,
    labels: &TornadoLabels,
    width: u32,
) -> String {
    let bars = &bars[..bars.len().min(MAX_BARS)];
    let size = ChartSize {
        width,
        height: height_for(bars.len()),
    };
    render(size, &labels.title, &labels.title_id, |root| {
        draw(root, bars, base_kw, labels, size)
    })
}

/// The x range: every bar end and the base (see [`kw_axis`]), so that
/// bars that cross zero show the verdict flipping.
fn x_range(bars: &[TornadoBar], base_kw: f64) -> (f64, f64) {
    let (lo, hi) = bars
        .iter()
        .flat_map(|b| [b.kw_low, b.kw_high])
        .filter(|v| v.is_finite())
        .fold((base_kw, base_kw), |(lo, hi), v| (lo.min(v), hi.max(v)));
    kw_axis(lo, hi, 0.05)
}

fn draw(
    root: &Area,
    bars: &[TornadoBar],
    base_kw: f64,
    labels: &TornadoLabels,
    size: ChartSize,
) -> DrawResult {
    let compact = size.width < ChartSize::WIDE.width;
    let font_size = size.font_size();
    let font = font(font_size).color(&TEXT);

    // Legend: an outlined and a filled box with their words, one per row.
    root.draw(&outlined((16, 14), (40, 30)))?;
    root.draw(&Rectangle::new([(16, 38), (40, 54)], ACTION.filled()))?;
    for (row, words) in [&labels.low_end, &labels.high_end].into_iter().enumerate() {
        let y = 12 + 24 * row as i32;
        root.draw(&Text::new(
            words.clone(),
            (48, y + 10),
            font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }

    let (_, plot) = root.split_vertically(LEGEND);
    let n = bars.len();
    // One band per bar (bar k at the top is band n − 1), plus a top band
    // for the line labels.
    let top = n as f64 + 1.0;
    let (x_lo, x_hi) = x_range(bars, base_kw);
    let mut chart = ChartBuilder::on(&plot)
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

    // Bars first, lines over them, words last (on top, with a white halo
    // from the page's style sheet where they cross a line).
    for (k, bar) in bars.iter().enumerate() {
        let band = (n - 1 - k) as f64;
        let (y0, y1) = (band + 0.08, band + 0.52);
        chart.draw_series(std::iter::once(outlined((base_kw, y0), (bar.kw_low, y1))))?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(base_kw, y0), (bar.kw_high, y1)],
            ACTION.filled(),
        )))?;
    }

    // The base KW (solid) and KW = 0 (dashed), labelled in the top band on
    // two rows, each on the side with more room.
    let side = |x: f64| {
        if x - x_lo > (x_hi - x_lo) * 0.6 {
            (HPos::Right, -6)
        } else {
            (HPos::Left, 6)
        }
    };
    chart.draw_series(LineSeries::new(
        [(base_kw, 0.0), (base_kw, top)],
        TEXT.stroke_width(size.line(2)),
    ))?;
    let (h, dx) = side(base_kw);
    chart.plotting_area().draw(
        &(EmptyElement::at((base_kw, top))
            + Text::new(
                labels.base_line.clone(),
                (dx, 2),
                font.pos(Pos::new(h, VPos::Top)),
            )),
    )?;
    if (x_lo..=x_hi).contains(&0.0) {
        chart.draw_series(DashedLineSeries::new(
            [(0.0, 0.0), (0.0, top)],
            8,
            5,
            TEXT.stroke_width(size.line(2)),
        ))?;
        let (h, dx) = side(0.0);
        chart.plotting_area().draw(
            &(EmptyElement::at((0.0, top - 0.5))
                + Text::new(
                    labels.zero_line.clone(),
                    (dx, 0),
                    font.pos(Pos::new(h, VPos::Top)),
                )),
        )?;
    }

    for (k, name) in labels.bar_names.iter().take(n).enumerate() {
        let band = (n - 1 - k) as f64;
        chart.plotting_area().draw(
            &(EmptyElement::at((x_lo, band + 1.0))
                + Text::new(
                    name.clone(),
                    (4, 2),
                    font.pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
    }

    Ok(())
}

/// A rectangle drawn as a 2 px outline (plotters' `Rectangle` ignores the
/// stroke width in SVG).
pub(super) fn outlined<C: Copy>(a: (C, C), b: (C, C)) -> PathElement<(C, C)> {
    PathElement::new([a, (b.0, a.1), b, (a.0, b.1), a], MUTED.stroke_width(2))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::model::sensitivity::tornado;
    use crate::share::{examples, from_json};

    fn example() -> (Vec<TornadoBar>, f64) {
        let a = from_json(examples::SMALL_GEMEINDE).expect("the example document opens");
        (tornado(&a), evaluate(&a).kapitalwert.total)
    }

    fn labels(names: Vec<String>) -> TornadoLabels {
        TornadoLabels {
            title: "Sensitivität des Kapitalwerts".to_string(),
            title_id: "chart-tornado-title".to_string(),
            x_axis: "Kapitalwert".to_string(),
            base_line: "Basis".to_string(),
            zero_line: "KW = 0".to_string(),
            low_end: "niedriger Eingabewert".to_string(),
            high_end: "hoher Eingabewert".to_string(),
            bar_names: names,
        }
    }

    fn names(bars: &[TornadoBar]) -> Vec<String> {
        bars.iter().map(|b| format!("{:?}", b.field)).collect()
    }

    #[test]
    fn tornado_svg_snapshot() {
        // Guards against unnoticed changes to the tornado chart (bars,
        // names, base and zero lines, legend, accessibility attributes);
        // review the diff and update with UPDATE_EXPECT=1.
        let (bars, base) = example();
        let svg = tornado_svg(&bars, base, &labels(names(&bars)), ChartSize::WIDE.width);
        expect_test::expect_file!["snapshots/tornado_gemeinde_klein.svg"].assert_eq(&svg);
    }

    #[test]
    fn at_most_ten_bars_each_with_its_name_and_two_halves() {
        // Guards against drawing every input (an unreadable chart) or a bar
        // without its name: the example moves the KW through more than ten
        // inputs, and exactly the ten widest appear, named, in order.
        let (bars, base) = example();
        assert!(bars.len() > MAX_BARS, "{}", bars.len());
        let svg = tornado_svg(&bars, base, &labels(names(&bars)), ChartSize::WIDE.width);
        // Background, the filled legend box and one filled half per bar;
        // the outlined legend box and halves are closed paths.
        assert_eq!(svg.matches("<rect").count(), 1 + 1 + MAX_BARS);
        assert!(svg.matches("<polyline").count() > MAX_BARS);
        let mut last = 0;
        for b in &bars[..MAX_BARS] {
            let at = svg
                .find(&format!("\n{:?}\n", b.field))
                .expect("bar name drawn");
            assert!(at > last, "{:?} out of order", b.field);
            last = at;
        }
        let eleventh = format!("\n{:?}\n", bars[MAX_BARS].field);
        assert!(!svg.contains(&eleventh));
    }

    #[test]
    fn the_ends_differ_in_shape_and_are_named_in_the_legend() {
        // Guards against telling the low and high ends apart by colour
        // alone: one half is an outline, the other filled, both in the
        // legend with words.
        let (bars, base) = example();
        let svg = tornado_svg(&bars, base, &labels(names(&bars)), ChartSize::COMPACT.width);
        assert!(
            svg.contains(r##"stroke="#51577A" stroke-width="2""##),
            "outlined halves"
        );
        assert!(svg.contains("niedriger Eingabewert") && svg.contains("hoher Eingabewert"));
        assert!(svg.contains("\nBasis\n") && svg.contains("KW = 0"));
    }

    #[test]
    fn hostile_labels_come_out_escaped() {
        // Guards against user text (the service name in the title) turning
        // into live markup when the SVG is injected.
        let (bars, base) = example();
        let hostile = crate::charts::escaping::HOSTILE;
        let mut l = labels(vec![hostile.to_string(); bars.len()]);
        l.title = format!("Sensitivität: {hostile}");
        l.base_line = hostile.to_string();
        let svg = tornado_svg(&bars, base, &l, ChartSize::WIDE.width);
        crate::charts::escaping::assert_escaped(&svg);
    }

    #[test]
    fn no_bars_gives_a_labelled_svg() {
        // Guards against a panic or an unlabelled image when no input moves
        // the KW.
        let svg = tornado_svg(&[], 0.0, &labels(vec![]), ChartSize::WIDE.width);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"role="img""#));
    }
}
