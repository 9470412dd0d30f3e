//! "Kosten nach Kategorie je Jahr": per year a stacked bar of the
//! integration, operations and support costs above zero, and the funding
//! (Förderung, a negative cost) as a bar below it. The three cost parts
//! differ in lightness (dark, middle, light, each outlined in black) and
//! the funding is white with a black outline, so the chart reads in
//! greyscale; a legend names them in stacking order.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{font, house_style, render, Area, ChartSize, DrawResult, TEXT};
use crate::model::Evaluation;
use crate::text::results::MoneyScale;

/// One year's costs by category, in euros; `funding` ≤ 0.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategoryYear {
    pub t: u32,
    pub integration: f64,
    pub operations: f64,
    pub support: f64,
    pub funding: f64,
}

/// The categories of each year of an evaluation: integration with its own
/// staff, operations, both support levels, funding.
pub fn category_years(e: &Evaluation) -> Vec<CategoryYear> {
    e.years
        .iter()
        .map(|r| CategoryYear {
            t: r.t,
            integration: r.integration_cash + r.integration_staff,
            operations: r.operations,
            support: r.support_first_level + r.support_second_level,
            funding: r.funding,
        })
        .collect()
}

/// The words of the chart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategoryLabels {
    pub title: String,
    pub title_id: String,
    pub x_axis: String,
    /// Integration, Betrieb, Support, Förderung: the legend.
    pub names: [String; 4],
}

/// Fills of integration, operations and support (dark to light).
const FILLS: [RGBColor; 3] = [
    RGBColor(0x20, 0x44, 0xaa),
    RGBColor(0x7a, 0x93, 0xd6),
    RGBColor(0xd4, 0xde, 0xf5),
];

/// Height of the legend above the plot, in px.
const LEGEND: u32 = 60;

/// The chart as an accessible SVG string.
pub fn categories_svg(years: &[CategoryYear], labels: &CategoryLabels, size: ChartSize) -> String {
    let size = ChartSize {
        height: size.height + LEGEND,
        ..size
    };
    render(size, &labels.title, &labels.title_id, |root| {
        draw(root, years, labels, size)
    })
}

fn draw(
    root: &Area,
    years: &[CategoryYear],
    labels: &CategoryLabels,
    size: ChartSize,
) -> DrawResult {
    let compact = size.width < ChartSize::WIDE.width;
    let font = font(size.font_size()).color(&TEXT);
    let outline = TEXT.stroke_width(1);

    // Legend: two rows of two, in stacking order, funding last.
    for (k, name) in labels.names.iter().enumerate() {
        let (col, row) = ((k % 2) as i32, (k / 2) as i32);
        let x = 16 + col * (size.width as i32 / 2);
        let y = 10 + row * 26;
        if let Some(fill) = FILLS.get(k) {
            root.draw(&Rectangle::new([(x, y), (x + 22, y + 16)], fill.filled()))?;
        }
        root.draw(&Rectangle::new([(x, y), (x + 22, y + 16)], outline))?;
        root.draw(&Text::new(
            name.clone(),
            (x + 30, y + 8),
            font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    let (_, plot) = root.split_vertically(LEGEND);

    let last = years.last().map_or(1, |y| y.t).max(1) as f64;
    let high = years
        .iter()
        .map(|y| y.integration.max(0.0) + y.operations.max(0.0) + y.support.max(0.0))
        .fold(0.0_f64, f64::max);
    let low = years
        .iter()
        .map(|y| y.funding.min(0.0))
        .fold(0.0_f64, f64::min);
    let span = if high > low { high - low } else { 1.0 };
    let (low, high) = (low - span * 0.04, high + span * 0.06);
    let mut chart = ChartBuilder::on(&plot)
        .margin(12)
        .margin_right(24)
        .x_label_area_size(if compact { 48 } else { 56 })
        .y_label_area_size(if compact { 88 } else { 104 })
        .build_cartesian_2d(-0.6..last + 0.6, low..high)?;
    let year_label = |x: &f64| {
        if (x - x.round()).abs() < 1e-9 && *x >= 0.0 {
            format!("{}", x.round())
        } else {
            String::new()
        }
    };
    let scale = MoneyScale::for_axis([low, high]);
    let euro_label = |y: &f64| scale.tick(*y);
    let mut mesh = chart.configure_mesh();
    mesh.disable_x_mesh()
        .x_labels((last as usize + 1).min(if compact { 7 } else { 11 }))
        .y_labels(5)
        .x_label_formatter(&year_label)
        .y_label_formatter(&euro_label)
        .x_desc(labels.x_axis.as_str());
    house_style(&mut mesh, &font).draw()?;

    for y in years {
        let x = f64::from(y.t);
        let (x0, x1) = (x - 0.32, x + 0.32);
        let mut base = 0.0;
        for (value, fill) in [y.integration, y.operations, y.support]
            .into_iter()
            .zip(FILLS)
        {
            if value > 0.0 {
                let top = base + value;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, base), (x1, top)],
                    fill.filled(),
                )))?;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0, base), (x1, top)],
                    outline,
                )))?;
                base = top;
            }
        }
        if y.funding < 0.0 {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x0, y.funding), (x1, 0.0)],
                outline,
            )))?;
        }
    }
    chart.draw_series(LineSeries::new(
        [(-0.6, 0.0), (last + 0.6, 0.0)],
        TEXT.stroke_width(size.line(2)),
    ))?;
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::charts::escaping::HOSTILE;

    #[test]
    fn every_category_of_the_example_is_drawn_and_labels_are_escaped() {
        let a = crate::share::examples::starting();
        let e = crate::model::evaluate(&a);
        let years = category_years(&e);
        assert_eq!(years.len(), e.years.len());
        // Integration lies in year 0 only; the example has funding there.
        assert!(years[0].integration > 0.0 && years[0].funding < 0.0);
        assert!(years[1..].iter().all(|y| y.integration == 0.0));
        let labels = CategoryLabels {
            title: "Kosten".into(),
            title_id: "t".into(),
            x_axis: "Jahr".into(),
            names: [
                HOSTILE.into(),
                "Betrieb".into(),
                "Support".into(),
                "Förderung".into(),
            ],
        };
        let svg = categories_svg(&years, &labels, ChartSize::WIDE);
        crate::charts::escaping::assert_escaped(&svg);
        assert!(svg.contains("Förderung"));
        assert!(!svg.contains("style="));
        // One filled rectangle per positive part and year, plus the legend.
        let parts = years
            .iter()
            .map(|y| {
                [y.integration, y.operations, y.support]
                    .iter()
                    .filter(|v| **v > 0.0)
                    .count()
            })
            .sum::<usize>();
        assert!(svg.matches("<rect").count() >= 2 * parts + 4);
    }
}
