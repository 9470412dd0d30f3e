//! The Kostenteilung as a chart: one horizontal bar per participant, its
//! length the body's share of the joint costs under the key (0–100 %),
//! the own Kommune first.
//!
//! Each bar carries its name and share as text above it, so the chart
//! reads without colour and in greyscale; all bars are one series. Names
//! are free text rather than axis labels, which in wasm plotters would
//! measure with a DOM element each (see the module doc of `charts`).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{font, house_style, render, Area, ChartSize, DrawResult, ACTION, TEXT};

/// Height of one bar's band (label line plus bar), in px.
const BAND: u32 = 50;

/// The words of the chart, all from `crate::text`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SharingLabels {
    /// Becomes the SVG `<title>`.
    pub title: String,
    /// `id` of the `<title>`, referenced by `aria-labelledby`.
    pub title_id: String,
    pub x_axis: String,
    /// One label per bar (name and share), in the order of the bars; may
    /// contain user text.
    pub bars: Vec<String>,
}

/// The height of the chart for `bars` bars.
pub fn height_for(bars: usize) -> u32 {
    BAND * bars.max(1) as u32 + 80
}

/// The chart as an accessible SVG string, `width` px wide. `fractions`
/// are the participants' shares under the key (`BodyShare::fraction`,
/// summing to 1), the own Kommune first.
pub fn sharing_svg(fractions: &[f64], labels: &SharingLabels, width: u32) -> String {
    let size = ChartSize {
        width,
        height: height_for(fractions.len()),
    };
    render(size, &labels.title, &labels.title_id, |root| {
        draw(root, fractions, labels, size)
    })
}

fn draw(root: &Area, fractions: &[f64], labels: &SharingLabels, size: ChartSize) -> DrawResult {
    let compact = size.width < ChartSize::WIDE.width;
    let font = font(size.font_size()).color(&TEXT);
    let n = fractions.len();
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_left(if compact { 16 } else { 24 })
        .margin_right(if compact { 24 } else { 32 })
        .x_label_area_size(if compact { 48 } else { 56 })
        .y_label_area_size(0)
        .build_cartesian_2d(0.0..100.0, 0.0..n.max(1) as f64)?;

    let percent_label = |x: &f64| format!("{}\u{a0}%", crate::format::grouped(*x, 0));
    let mut mesh = chart.configure_mesh();
    mesh.disable_y_mesh()
        .y_labels(0)
        .x_labels(if compact { 3 } else { 6 })
        .x_label_formatter(&percent_label)
        .x_desc(labels.x_axis.as_str());
    house_style(&mut mesh, &font).draw()?;

    // Bar k is in band n − 1 − k (the first at the top), its label above
    // it in the same band.
    for (k, &f) in fractions.iter().enumerate() {
        let band = (n - 1 - k) as f64;
        let end = if f.is_finite() {
            f.clamp(0.0, 1.0)
        } else {
            0.0
        } * 100.0;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(0.0, band + 0.1), (end, band + 0.5)],
            ACTION.filled(),
        )))?;
    }
    for (k, label) in labels.bars.iter().take(n).enumerate() {
        let band = (n - 1 - k) as f64;
        chart.plotting_area().draw(
            &(EmptyElement::at((0.0, band + 1.0))
                + Text::new(
                    label.clone(),
                    (4, 2),
                    font.pos(Pos::new(HPos::Left, VPos::Top)),
                )),
        )?;
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn labels(bars: &[&str]) -> SharingLabels {
        SharingLabels {
            title: "Kostenanteile je Körperschaft".to_string(),
            title_id: "chart-sharing-title".to_string(),
            x_axis: "Anteil an den gemeinsamen Kosten".to_string(),
            bars: bars.iter().map(|s| s.to_string()).collect(),
        }
    }

    const THREE: [f64; 3] = [0.5, 0.3, 0.2];

    #[test]
    fn the_on_demand_module_draws_the_same_chart_from_json() {
        // Guards against a chart the app sends as JSON (through
        // `serde_json::Value`, as `ui::widgets::extras` does) coming out
        // different from, or emptier than, the one drawn in place.
        let l = labels(&[
            "Musterdorf: 50,0 %",
            "Ahornfeld: 30,0 %",
            "Birkenau: 20,0 %",
        ]);
        let chart = crate::charts::Chart::Sharing {
            fractions: THREE.to_vec(),
            labels: l.clone(),
            width: ChartSize::WIDE.width,
        };
        let json = serde_json::to_vec(&serde_json::to_value(&chart).unwrap()).unwrap();
        let drawn = crate::charts::Chart::svg_of_json(std::str::from_utf8(&json).unwrap());
        assert_eq!(drawn, sharing_svg(&THREE, &l, ChartSize::WIDE.width));
        assert!(drawn.contains("Ahornfeld: 30,0 %"));
    }

    #[test]
    fn sharing_svg_snapshot() {
        // Guards against unnoticed changes to the chart (bars, their
        // labels, axis, accessibility attributes); review the diff and
        // update with UPDATE_EXPECT=1.
        let svg = sharing_svg(
            &THREE,
            &labels(&[
                "Musterdorf (Ihre Kommune): 50,0 %",
                "Ahornfeld: 30,0 %",
                "Birkenau: 20,0 %",
            ]),
            ChartSize::WIDE.width,
        );
        expect_test::expect_file!["snapshots/sharing_three_bodies.svg"].assert_eq(&svg);
    }

    #[test]
    fn one_bar_per_body_each_named_and_as_long_as_its_share() {
        // Guards against a bar without its words (colour alone) or a bar
        // whose length is not the share: the second body's bar is 30 % of
        // the plot's width, and every label is drawn, in order.
        let svg = sharing_svg(&THREE, &labels(&["A: 50 %", "B: 30 %", "C: 20 %"]), 720);
        // Background and one filled rectangle per body.
        assert_eq!(svg.matches("<rect").count(), 1 + THREE.len());
        let (a, b, c) = (
            svg.find("A: 50 %").expect("first label"),
            svg.find("B: 30 %").expect("second label"),
            svg.find("C: 20 %").expect("third label"),
        );
        assert!(a < b && b < c);
        let widths: Vec<f64> = svg
            .split("<rect")
            .skip(2)
            .map(|r| {
                let w = r.split("width=\"").nth(1).expect("width");
                w[..w.find('"').expect("quote")].parse().expect("number")
            })
            .collect();
        assert!((widths[1] / widths[0] - 0.6).abs() < 0.02, "{widths:?}");
        assert!((widths[2] / widths[0] - 0.4).abs() < 0.02, "{widths:?}");
    }

    #[test]
    fn hostile_labels_come_out_escaped() {
        // Guards against a body's name turning into live markup when the
        // SVG is injected.
        let hostile = crate::charts::escaping::HOSTILE;
        let svg = sharing_svg(&[1.0], &labels(&[hostile]), ChartSize::COMPACT.width);
        crate::charts::escaping::assert_escaped(&svg);
    }

    #[test]
    fn no_participant_gives_a_labelled_svg() {
        // Guards against a panic or an unlabelled image on an empty split.
        let svg = sharing_svg(&[], &labels(&[]), ChartSize::WIDE.width);
        assert!(svg.starts_with("<svg") && svg.contains(r#"role="img""#));
    }
}
