//! The cumulative cash-flow chart in a `<figure>`: a caption that states
//! the message, the SVG from `crate::charts`, and the same data as a table.

use leptos::prelude::*;

use crate::model::Assessment;

use super::horizon;
use crate::charts::{CashflowLabels, Chart, ChartSize};
use crate::format::euro;
use crate::model::{Evaluation, Payback};
use crate::text::{self, t};

const TITLE_ID: &str = "chart-cashflow-title";

/// The cumulative cash-flow chart of one evaluation as SVG, in the words
/// of `crate::text`; `title_id` must be unique on the page.
pub fn cashflow_chart(service: &str, e: &Evaluation, size: ChartSize, title_id: &str) -> String {
    let labels = CashflowLabels {
        title: text::results::chart_title(service),
        title_id: title_id.to_string(),
        x_axis: t().chart_x_axis.to_string(),
        zero_line: t().chart_zero_line.to_string(),
        payback_marker: match e.payback {
            Payback::Year(year) => Some(text::results::chart_payback_marker(year)),
            Payback::NotWithinHorizon => None,
        },
    };
    crate::ui::widgets::extras::chart(|| Chart::Cashflow {
        points: crate::charts::cashflow_points(e),
        payback: e.payback,
        labels,
        size,
    })
}

#[component]
pub fn CashflowChart(doc: Signal<Assessment>, evaluation: Memo<Evaluation>) -> impl IntoView {
    // Chosen once per mount: a phone gets the compact drawing, whose
    // labels stay legible when the SVG is scaled to the screen width.
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 600.0);
    let size = if narrow {
        ChartSize::COMPACT
    } else {
        ChartSize::WIDE
    };
    let svg = Memo::new(move |_| {
        let service = doc.with(|d| d.master.service.clone());
        evaluation.with(|e| cashflow_chart(&service, e, size, TITLE_ID))
    });
    let caption = move || evaluation.with(|e| text::results::chart_caption(e.payback, horizon(e)));
    let rows = move || {
        evaluation.with(|e| {
            e.years
                .iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row">{r.t}</th>
                            <td>{euro(r.discounted_net)}</td>
                            <td>{euro(r.cumulative_discounted_net)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h3 class="results__subheading">{t().chart_heading}</h3>
        <figure id="chart-cashflow" class="chart contained">
            <figcaption class="chart__caption">{caption}</figcaption>
            <crate::ui::widgets::ChartDownloads figure_id="chart-cashflow" name=t().chart_heading />
            // `inner_html` is safe here and only here: the SVG is built by
            // `charts::cashflow_svg` from numbers and from labels that are
            // XML-escaped (plotters escapes drawn text, `finish_svg` the
            // title), so user text such as the service name cannot become
            // markup. See the escaping test in src/charts/mod.rs.
            <div class="chart__svg" inner_html=move || svg.get()></div>
            <table class="table table--compact chart__table">
                <caption class="table__caption">{t().chart_table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t().col_year}</th>
                        <th scope="col" class="num">
                            {t().col_discounted}
                        </th>
                        <th scope="col" class="num">
                            {t().col_cumulative}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}

/// "Kosten nach Kategorie je Jahr": integration, operations, support and
/// funding per year as stacked bars, with its message and data table;
/// drawn while on screen.
#[component]
pub fn CostCategories(doc: Signal<Assessment>, evaluation: Memo<Evaluation>) -> impl IntoView {
    use crate::charts::categories::{category_years, CategoryLabels};
    let node = NodeRef::<leptos::html::Div>::new();
    let visible = crate::ui::widgets::on_screen(node);
    let years = Memo::new(move |_| evaluation.with(category_years));
    let message = move || {
        years.with(|ys| {
            let totals = ys.iter().fold([0.0; 4], |s, y| {
                [
                    s[0] + y.integration,
                    s[1] + y.operations,
                    s[2] + y.support,
                    s[3] + y.funding,
                ]
            });
            text::results::categories_message(totals, ys.len() as u32)
        })
    };
    let svg = move || {
        visible.get().then(|| {
            let labels = CategoryLabels {
                title: format!(
                    "{} – {}",
                    t().categories_heading,
                    doc.with(|d| d.master.service.clone())
                ),
                title_id: "chart-categories-title".to_string(),
                x_axis: t().chart_x_axis.to_string(),
                names: t().categories_names.map(str::to_string),
            };
            crate::ui::widgets::extras::chart(|| Chart::Categories {
                years: years.get(),
                labels,
                size: super::uncertainty::chart_size(),
            })
        })
    };
    let rows = move || {
        years.with(|ys| {
            ys.iter()
                .map(|y| {
                    view! {
                        <tr>
                            <th scope="row">{y.t}</th>
                            <td>{euro(y.integration)}</td>
                            <td>{euro(y.operations)}</td>
                            <td>{euro(y.support)}</td>
                            <td>{euro(y.funding)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let names = t().categories_names;
    view! {
        <h3 class="results__subheading">{t().categories_heading}</h3>
        <figure id="chart-categories" class="chart contained">
            <figcaption class="chart__caption">{message}</figcaption>
            <crate::ui::widgets::ChartDownloads figure_id="chart-categories" name=t().categories_heading />
            // Safe: the SVG is built by `charts::categories` from numbers
            // and escaped labels.
            <div class="chart__svg" node_ref=node inner_html=svg></div>
            <table class="table table--compact chart__table" id="chart-categories-table">
                <caption class="table__caption">{t().categories_table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t().col_year}</th>
                        {names.into_iter().map(|n| view! { <th scope="col" class="num">{n}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
