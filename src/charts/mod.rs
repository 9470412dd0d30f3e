//! Charts: model output in, SVG text out.
//!
//! Each chart is a pure function from an [`Evaluation`] (plus the words it
//! needs, which come from `crate::text`) to an SVG `String`, drawn with
//! plotters' `SVGBackend::with_string`. The result is a standalone `<svg>`
//! with `role="img"` and `aria-labelledby` pointing at an inserted
//! `<title>`, so the UI can place it in a `<figure>` unchanged.
//!
//! Architecture invariants:
//! - A chart takes model output, never raw inputs, and computes nothing
//!   economic; it only places the model's numbers.
//! - Every piece of text in the SVG is XML-escaped: plotters escapes what
//!   it draws, and [`finish_svg`] escapes the title it inserts. That is why
//!   the UI may inject the string as markup; user text (e.g. the service
//!   name in the title) can never become markup.
//! - Few text labels: in wasm, plotters measures every label with a DOM
//!   element, which costs a layout each.

pub mod categories;
pub mod comparison;
pub mod histogram;
pub mod sharing;
pub mod tornado;

/// A chart to draw: its data (model output) and words. The app does not
/// draw charts itself: plotters and the drawings live in the on-demand
/// module (`src/extras.rs`, docs/performance.md), which receives a
/// `Chart` as JSON and returns [`Chart::svg`]. Component tests and the
/// host call it directly.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Chart {
    Cashflow {
        /// Year and cumulative discounted net flow (`cashflow_points`).
        points: Vec<(u32, f64)>,
        payback: Payback,
        labels: CashflowLabels,
        size: ChartSize,
    },
    Histogram {
        monte_carlo: crate::model::uncertainty::MonteCarlo,
        labels: histogram::HistogramLabels,
        size: ChartSize,
    },
    Tornado {
        bars: Vec<crate::model::sensitivity::TornadoBar>,
        base_kw: f64,
        labels: tornado::TornadoLabels,
        width: u32,
    },
    Comparison {
        bars: Vec<comparison::ComparisonBar>,
        labels: comparison::ComparisonLabels,
        width: u32,
    },
    Categories {
        years: Vec<categories::CategoryYear>,
        labels: categories::CategoryLabels,
        size: ChartSize,
    },
    Sharing {
        /// Each participant's share under the key, the own Kommune first.
        fractions: Vec<f64>,
        labels: sharing::SharingLabels,
        width: u32,
    },
}

impl Chart {
    /// The chart as an accessible SVG string (see the module doc).
    pub fn svg(&self) -> String {
        match self {
            Chart::Cashflow {
                points,
                payback,
                labels,
                size,
            } => cashflow_points_svg(points, *payback, labels, *size),
            Chart::Histogram {
                monte_carlo,
                labels,
                size,
            } => histogram::histogram_svg(monte_carlo, labels, *size),
            Chart::Tornado {
                bars,
                base_kw,
                labels,
                width,
            } => tornado::tornado_svg(bars, *base_kw, labels, *width),
            Chart::Comparison {
                bars,
                labels,
                width,
            } => comparison::comparison_svg(bars, labels, *width),
            Chart::Categories {
                years,
                labels,
                size,
            } => categories::categories_svg(years, labels, *size),
            Chart::Sharing {
                fractions,
                labels,
                width,
            } => sharing::sharing_svg(fractions, labels, *width),
        }
    }

    /// The chart from its JSON (as the app sends it to the on-demand
    /// module); an empty string for JSON that is not a chart.
    pub fn svg_of_json(json: &str) -> String {
        serde_json::from_str::<Chart>(json)
            .map(|c| c.svg())
            .unwrap_or_default()
    }
}

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::model::{Evaluation, Payback};
use crate::text::results::MoneyScale;

/// Size of the SVG's coordinate system in px; the page scales the SVG to
/// its width, so a narrow screen gets a compact size whose labels stay
/// legible after scaling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

impl ChartSize {
    /// For desktops and projectors.
    pub const WIDE: ChartSize = ChartSize {
        width: 720,
        height: 405,
    };
    /// For a projector: a small drawing (the phone's label sizes) that CSS
    /// scales up to most of the screen, so that labels grow with it, and
    /// data lines drawn twice as thick, so that they show at 3 px or more
    /// from 1024 × 768 up (the drawing is scaled by 1,4 or more there).
    pub const PROJECTOR: ChartSize = ChartSize {
        width: 400,
        height: 230,
    };
    /// Whether this is the projector drawing (the tornado derives its
    /// height from its bars, so the width alone tells).
    pub fn is_projector(self) -> bool {
        self.width == Self::PROJECTOR.width
    }

    /// The label size: a little smaller in the narrow drawings (phone,
    /// projector), which are scaled up on screen.
    pub fn font_size(self) -> f64 {
        if self.width < Self::WIDE.width {
            FONT_SIZE * 0.9
        } else {
            FONT_SIZE
        }
    }

    /// A data line's width: doubled on the projector, so that it shows at
    /// 3 px or more.
    pub fn line(self, width: u32) -> u32 {
        if self.is_projector() {
            width * 2
        } else {
            width
        }
    }

    pub const COMPACT: ChartSize = ChartSize {
        width: 420,
        height: 340,
    };
}

const FONT: &str = "Fira Sans, Arial, sans-serif";

/// The house font at `size`. Built from `FontFamily::Name` directly: a
/// family given as text goes through plotters' `str::to_lowercase`, whose
/// Unicode case tables alone cost the bundle about 8 KB gzip.
pub(crate) fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT), size, FontStyle::Normal)
}
const FONT_SIZE: f64 = 20.0;

/// KERN colours: text, action blue, muted text, light grid.
const TEXT: RGBColor = RGBColor(0x13, 0x15, 0x25);
const ACTION: RGBColor = RGBColor(0x20, 0x44, 0xaa);
const MUTED: RGBColor = RGBColor(0x51, 0x57, 0x7a);
const GRID: RGBColor = RGBColor(0xdd, 0xdf, 0xe8);

/// The house style of every chart's axes and grid: labels and axis titles
/// in the chart font, muted axes, light major grid lines, no minor ones.
/// Each chart adds its own labels and formatters.
fn house_style<'m, 'a, 'b, X, Y, DB>(
    mesh: &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB>,
    font: &TextStyle<'b>,
) -> &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB>
where
    X: plotters::coord::ranged1d::Ranged
        + plotters::coord::ranged1d::ValueFormatter<
            <X as plotters::coord::ranged1d::Ranged>::ValueType,
        >,
    Y: plotters::coord::ranged1d::Ranged
        + plotters::coord::ranged1d::ValueFormatter<
            <Y as plotters::coord::ranged1d::Ranged>::ValueType,
        >,
    DB: DrawingBackend,
{
    mesh.label_style(font.clone())
        .axis_desc_style(font.clone())
        .axis_style(MUTED.stroke_width(1))
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT)
}

/// The words of the cumulative cash-flow chart, all from `crate::text`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CashflowLabels {
    /// Becomes the SVG `<title>`; may contain user text.
    pub title: String,
    /// `id` of the `<title>`, referenced by `aria-labelledby`.
    pub title_id: String,
    pub x_axis: String,
    pub zero_line: String,
    /// Label of the payback marker, if the evaluation has a payback year.
    pub payback_marker: Option<String>,
}

/// Kumulierter Barwert per year as a line with a point per year, the zero
/// line (Gewinnschwelle) and, if there is one, the payback year marked by a
/// dashed vertical line, a triangle and a label.
pub fn cashflow_svg(evaluation: &Evaluation, labels: &CashflowLabels, size: ChartSize) -> String {
    cashflow_points_svg(
        &cashflow_points(evaluation),
        evaluation.payback,
        labels,
        size,
    )
}

/// What the cash-flow chart draws of an evaluation: each year with its
/// cumulative discounted net flow.
pub fn cashflow_points(evaluation: &Evaluation) -> Vec<(u32, f64)> {
    evaluation
        .years
        .iter()
        .map(|r| (r.t, r.cumulative_discounted_net))
        .collect()
}

/// [`cashflow_svg`] from the chart's own data.
fn cashflow_points_svg(
    points: &[(u32, f64)],
    payback: Payback,
    labels: &CashflowLabels,
    size: ChartSize,
) -> String {
    render(size, &labels.title, &labels.title_id, |root| {
        draw_cashflow(root, points, payback, labels, size)
    })
}

/// The area every chart draws on: a white SVG of the chart's size.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// What drawing a chart returns: plotters' errors, boxed.
pub(crate) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draws a chart with `draw` on a white SVG of `size` and finishes it as an
/// accessible image titled `title`. A drawing error leaves a partial
/// string, so it becomes an empty, still labelled figure instead (the data
/// table below every chart carries the numbers).
pub(crate) fn render(
    size: ChartSize,
    title: &str,
    title_id: &str,
    draw: impl FnOnce(&Area) -> DrawResult,
) -> String {
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (size.width, size.height)).into_drawing_area();
        root.fill(&WHITE)
            .map_err(Into::into)
            .and_then(|()| draw(&root))
            .and_then(|()| root.present().map_err(Into::into))
    };
    if drawn.is_err() {
        let ChartSize { width, height } = size;
        svg = format!(
            r#"<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"></svg>"#
        );
    }
    finish_svg(&svg, title, title_id)
}

fn draw_cashflow(
    root: &Area,
    points: &[(u32, f64)],
    payback: Payback,
    labels: &CashflowLabels,
    size: ChartSize,
) -> DrawResult {
    let points: Vec<(f64, f64)> = points.iter().map(|&(t, v)| (f64::from(t), v)).collect();
    let last_year = points.last().map_or(1.0, |p| p.0).max(1.0);
    let (low, high) = value_range(points.iter().map(|p| p.1));
    let x_range = -0.3..last_year + 0.3;

    let compact = size.width < ChartSize::WIDE.width;
    let font_size = size.font_size();
    let label_font = font(font_size).color(&TEXT);

    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .margin_right(24)
        .x_label_area_size(if compact { 48 } else { 56 })
        .y_label_area_size(if compact { 88 } else { 104 })
        .build_cartesian_2d(x_range, low..high)?;

    let year_label = |x: &f64| {
        if (x - x.round()).abs() < 1e-9 {
            format!("{}", x.round())
        } else {
            String::new()
        }
    };
    let scale = MoneyScale::for_axis(points.iter().map(|p| p.1));
    let euro_label = |y: &f64| scale.tick(*y);
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels((last_year as usize + 1).min(if compact { 7 } else { 11 }))
        .y_labels(5)
        .x_label_formatter(&year_label)
        .y_label_formatter(&euro_label)
        .x_desc(labels.x_axis.as_str());
    house_style(&mut mesh, &label_font).draw()?;

    // Zero line (Gewinnschwelle), labelled in words at its left end, where
    // the curve usually starts below it (the one-time costs of year 0).
    let right = last_year + 0.3;
    chart.draw_series(LineSeries::new(
        [(-0.3, 0.0), (right, 0.0)],
        TEXT.stroke_width(size.line(2)),
    ))?;
    chart.plotting_area().draw(
        &(EmptyElement::at((-0.3, 0.0))
            + Text::new(
                labels.zero_line.clone(),
                (6, -6),
                label_font.pos(Pos::new(HPos::Left, VPos::Bottom)),
            )),
    )?;

    // The cumulative discounted net: a 3 px line with a point per year.
    chart.draw_series(LineSeries::new(
        points.iter().copied(),
        ACTION.stroke_width(size.line(3)),
    ))?;
    chart.draw_series(
        points
            .iter()
            .map(|&p| Circle::new(p, 5, ACTION.filled().stroke_width(2))),
    )?;

    // Payback year: dashed vertical line, a triangle on the curve and a label.
    if let (Payback::Year(year), Some(marker)) = (payback, &labels.payback_marker) {
        let x = f64::from(year);
        let y = points.get(year as usize).map_or(0.0, |p| p.1);
        chart.draw_series(DashedLineSeries::new(
            [(x, low), (x, high)],
            8,
            5,
            TEXT.stroke_width(size.line(2)),
        ))?;
        // The triangle plotters' `TriangleMarker` of size 11 draws, with its
        // corners worked out once: that marker computes them with sin and
        // cos, whose range reduction alone costs the bundle about 3 KB.
        chart.draw_series(std::iter::once(
            EmptyElement::at((x, y))
                + Polygon::new(vec![(0, -11), (-9, 6), (10, 6)], TEXT.filled()),
        ))?;
        let (anchor, dx) = if x > last_year / 2.0 {
            (HPos::Right, -8)
        } else {
            (HPos::Left, 8)
        };
        chart.plotting_area().draw(
            &(EmptyElement::at((x, high))
                + Text::new(
                    marker.clone(),
                    (dx, 6),
                    label_font.pos(Pos::new(anchor, VPos::Top)),
                )),
        )?;
    }

    Ok(())
}

/// The y range: always contains 0 (the zero line), padded so that points
/// and the marker label do not touch the frame.
fn value_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values
        .filter(|v| v.is_finite())
        .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if high - low > 0.0 { high - low } else { 1.0 };
    (low - span * 0.08, high + span * 0.18)
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
    out
}

/// Makes plotters' SVG accessible: adds `role="img"` and `aria-labelledby`
/// to the root element and inserts an escaped `<title>` as its first child.
pub fn finish_svg(svg: &str, title: &str, title_id: &str) -> String {
    let id = xml_escape(title_id);
    let Some(start) = svg.find("<svg") else {
        return String::new();
    };
    let Some(end) = svg[start..].find('>').map(|i| start + i) else {
        return String::new();
    };
    let mut out = String::with_capacity(svg.len() + title.len() + 96);
    out.push_str(&svg[..end]);
    out.push_str(&format!(r#" role="img" aria-labelledby="{id}">"#));
    out.push_str(&format!(
        r#"<title id="{id}">{}</title>"#,
        xml_escape(title)
    ));
    out.push_str(&svg[end + 1..]);
    out
}

/// What the escaping tests of every chart share: a label that would be
/// live markup if it were not escaped, and the check that it is not.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod escaping {
    pub const HOSTILE: &str = r#"<script>alert("x")</script>&"#;

    /// The SVG shows the hostile label as text only, with one `<title>`.
    pub fn assert_escaped(svg: &str) {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"));
        assert_eq!(svg.matches("<title").count(), 1);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::share::{examples, from_json};

    fn example_evaluation() -> Evaluation {
        let doc = from_json(examples::SMALL_GEMEINDE).expect("the example document opens");
        evaluate(&doc)
    }

    fn labels(title: &str, marker: Option<&str>) -> CashflowLabels {
        CashflowLabels {
            title: title.to_string(),
            title_id: "chart-cashflow-title".to_string(),
            x_axis: "Jahr".to_string(),
            zero_line: "Gewinnschwelle".to_string(),
            payback_marker: marker.map(str::to_string),
        }
    }

    #[test]
    fn cashflow_svg_snapshot() {
        // Guards against unnoticed changes to the chart (lost zero line,
        // payback marker, axis labels or accessibility attributes); review
        // the diff and update with UPDATE_EXPECT=1.
        let svg = cashflow_svg(
            &example_evaluation(),
            &labels(
                "Kumulierter Barwert je Jahr",
                Some("Amortisation im 4. Jahr"),
            ),
            ChartSize::WIDE,
        );
        expect_test::expect_file!["snapshots/cashflow_gemeinde_klein.svg"].assert_eq(&svg);
    }

    #[test]
    fn svg_root_is_an_image_labelled_by_its_title() {
        // Guards against a chart that screen readers announce as an
        // unlabelled group of shapes.
        let svg = cashflow_svg(
            &example_evaluation(),
            &labels("Titel", None),
            ChartSize::WIDE,
        );
        let root_end = svg.find('>').expect("svg root");
        let root = &svg[..root_end];
        assert!(root.starts_with("<svg"), "{root}");
        assert!(root.contains(r#"role="img""#));
        assert!(root.contains(r#"aria-labelledby="chart-cashflow-title""#));
        assert!(svg[root_end..].starts_with(r#"><title id="chart-cashflow-title">Titel</title>"#));
    }

    #[test]
    fn hostile_labels_come_out_escaped() {
        // Guards against user text (the service name in the title, or any
        // label) turning into live markup when the SVG is injected.
        let hostile = crate::charts::escaping::HOSTILE;
        let l = CashflowLabels {
            title: format!("Kumulierter Barwert: {hostile}"),
            title_id: "t\"><script>".to_string(),
            x_axis: hostile.to_string(),
            zero_line: hostile.to_string(),
            payback_marker: Some(hostile.to_string()),
        };
        let svg = cashflow_svg(&example_evaluation(), &l, ChartSize::COMPACT);
        crate::charts::escaping::assert_escaped(&svg);
    }

    #[test]
    fn payback_year_is_marked_with_shape_and_words() {
        // Guards against marking the payback year by colour alone or not at
        // all: the example pays back, so the label and a dashed line appear.
        let evaluation = example_evaluation();
        assert_eq!(evaluation.payback, Payback::Year(4));
        let marker = crate::text::results::chart_payback_marker(4);
        let svg = cashflow_svg(&evaluation, &labels("T", Some(&marker)), ChartSize::COMPACT);
        assert!(svg.contains("Amortisation im 4. Jahr"));
        assert!(svg.contains("Gewinnschwelle"));
        assert!(svg.contains("<polygon"), "triangle marker");
    }

    #[test]
    fn value_range_always_contains_zero() {
        let (lo, hi) = value_range([5.0, 10.0].into_iter());
        assert!(lo < 0.0 && hi > 10.0);
        let (lo, hi) = value_range([-5.0, -1.0].into_iter());
        assert!(lo < -5.0 && hi > 0.0);
        let (lo, hi) = value_range(std::iter::empty());
        assert!(lo < 0.0 && hi > 0.0);
    }
}
