//! The "Unsicherheit" part of the results: P(KW > 0), P10 / P50 / P90, a
//! sentence in plain language, the histogram of the KW with its table, the
//! payback distribution and a note on the method. Everything reads the full
//! analysis memo, which follows a change in a task of its own
//! ([`crate::ui::view::Analyses`]); nothing here computes economics.

use leptos::html::{Details, Div};
use leptos::prelude::*;

use crate::model::Assessment;

use super::horizon;
use super::PendingSection;
use crate::charts::histogram::{bins, HistogramLabels};
use crate::charts::ChartSize;
use crate::format::euro;
use crate::model::uncertainty::MonteCarlo;
use crate::model::Analysis;
use crate::text::uncertainty::{self as tu, t};
use crate::text::{self, results::MoneyScale};
use crate::ui::widgets::{on_screen, opened};

/// The drawing size for this screen: a phone gets the compact drawing,
/// whose labels stay legible when the SVG is scaled to the screen width.
/// Chosen once per mount.
pub fn chart_size() -> ChartSize {
    let narrow = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 600.0);
    if narrow {
        ChartSize::COMPACT
    } else {
        ChartSize::WIDE
    }
}

#[component]
pub fn UncertaintyResults(
    doc: Signal<Assessment>,
    analysis: Memo<Analysis>,
    pending: Memo<bool>,
) -> impl IntoView {
    // Rebuilt only when ranges are switched on or off altogether.
    let has_ranges = Memo::new(move |_| analysis.with(|a| a.monte_carlo.is_some()));
    view! {
        <PendingSection id="uncertainty" heading=t().uncertainty_heading pending>
            {move || {
                if has_ranges.get() {
                    view! { <Simulation doc analysis /> }.into_any()
                } else {
                    view! {
                        <p class="uncertainty__hint" id="uncertainty-hint">
                            {t().no_ranges_hint}
                        </p>
                    }
                        .into_any()
                }
            }}
        </PendingSection>
    }
}

/// Reads one number of the simulation (there is one whenever this part is
/// shown).
fn read<T: Default>(analysis: Memo<Analysis>, f: impl Fn(&MonteCarlo) -> T) -> T {
    analysis.with(|a| a.monte_carlo.as_ref().map(&f).unwrap_or_default())
}

#[component]
fn Simulation(doc: Signal<Assessment>, analysis: Memo<Analysis>) -> impl IntoView {
    let figure = |id: &'static str, label: &'static str, value: fn(&MonteCarlo) -> String| {
        view! {
            <div class="kpi">
                <dt class="kpi__label">{label}</dt>
                <dd class="kpi__value" id=id>
                    {Signal::derive(move || read(analysis, value))}
                </dd>
            </div>
        }
    };
    let sentence = Signal::derive(move || {
        let years = analysis.with(|a| horizon(&a.evaluation));
        read(analysis, |m| tu::summary_sentence(m, years))
    });
    view! {
        <p class="uncertainty__sentence" id="uncertainty-sentence">
            {sentence}
        </p>
        <dl class="kpis">
            <div class="kpi">
                <dt class="kpi__label">{t().probability_label}</dt>
                <dd class="kpi__value" id="mc-probability">
                    {Signal::derive(move || read(analysis, |m| tu::probability(m.probability_positive, m.samples)))}
                </dd>
                <dd class="kpi__note" id="mc-samples">
                    {Signal::derive(move || read(analysis, |m| tu::samples_note(m.samples)))}
                </dd>
            </div>
            {figure("mc-p10", t().p10_label, |m| euro(m.p10))}
            {figure("mc-p50", t().p50_label, |m| euro(m.p50))}
            {figure("mc-p90", t().p90_label, |m| euro(m.p90))}
        </dl>
        <Histogram doc analysis />
        <PaybackDistribution analysis />
        <details class="details uncertainty__method">
            <summary class="details__summary">{t().method_summary}</summary>
            <div class="details__body">
                {move || {
                    let (samples, seed) = doc.with(|d| (d.uncertainty.samples, d.uncertainty.seed));
                    tu::method_note(samples, seed)
                        .into_iter()
                        .map(|p| view! { <p>{p}</p> })
                        .collect_view()
                }}
            </div>
        </details>
    }
}

const HISTOGRAM_TITLE_ID: &str = "chart-histogram-title";

/// The histogram of the simulated KW as SVG; `title_id` must be unique on
/// the page.
pub fn histogram_chart(service: &str, m: &MonteCarlo, size: ChartSize, title_id: &str) -> String {
    let labels = HistogramLabels {
        title: tu::histogram_title(service, m.samples),
        title_id: title_id.to_string(),
        x_axis: t().histogram_x_axis.to_string(),
        zero_line: t().zero_line.to_string(),
    };
    crate::ui::widgets::extras::chart(|| crate::charts::Chart::Histogram {
        monte_carlo: m.clone(),
        labels,
        size,
    })
}

#[component]
fn Histogram(doc: Signal<Assessment>, analysis: Memo<Analysis>) -> impl IntoView {
    let size = chart_size();
    let figure = NodeRef::<Div>::new();
    let visible = on_screen(figure);
    let details = NodeRef::<Details>::new();
    let open = opened(details);
    // The title names the service: a memo, so that other changes to the
    // document do not redraw the chart before the simulation has rerun.
    let service = Memo::new(move |_| doc.with(|d| d.master.service.clone()));
    let svg = Memo::new(move |previous: Option<&String>| {
        if !visible.get() {
            return previous.cloned().unwrap_or_default();
        }
        let service = service.get();
        read(analysis, |m| {
            histogram_chart(&service, m, size, HISTOGRAM_TITLE_ID)
        })
    });
    let caption = Signal::derive(move || read(analysis, tu::histogram_caption));
    let table = move || {
        if !open.get() {
            return None;
        }
        analysis.with(|a| {
            a.monte_carlo.as_ref().map(|m| {
                let bins = bins(m);
                let samples = m.samples;
                let scale = MoneyScale::for_table(bins.iter().flat_map(|b| [b.from, b.to]));
                let rows = bins
                    .iter()
                    .map(|b| {
                        view! {
                            <tr>
                                <td>{scale.number(b.from)}</td>
                                <td>{scale.number(b.to)}</td>
                                <td>{tu::share_cell(b.share, samples)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <thead>
                        <tr>
                            <th scope="col" class="num">
                                {t().col_from}
                                <span class="table__unit">{scale.unit()}</span>
                            </th>
                            <th scope="col" class="num">
                                {t().col_to}
                                <span class="table__unit">{scale.unit()}</span>
                            </th>
                            <th scope="col" class="num">
                                {t().col_share}
                                <span class="table__unit">{text::t().unit_percent}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                }
            })
        })
    };
    view! {
        <h4 class="uncertainty__subheading">{t().histogram_heading}</h4>
        <figure id="chart-histogram" class="chart">
            <figcaption class="chart__caption">{caption}</figcaption>
            <crate::ui::widgets::ChartDownloads figure_id="chart-histogram" name=t().histogram_heading />
            // `inner_html` is safe here: the SVG comes from
            // `charts::histogram::histogram_svg`, which escapes every label
            // and the title (see its escaping test).
            <div class="chart__svg" node_ref=figure inner_html=move || svg.get()></div>
            <details class="details chart__table" node_ref=details>
                <summary class="details__summary">{t().histogram_table_summary}</summary>
                <table class="table table--compact" id="histogram-table">
                    <caption class="table__caption">{t().histogram_table_caption}</caption>
                    {table}
                </table>
            </details>
        </figure>
    }
}

#[component]
fn PaybackDistribution(analysis: Memo<Analysis>) -> impl IntoView {
    let rows = move || {
        analysis.with(|a| {
            a.monte_carlo.as_ref().map(|m| {
                let samples = m.samples;
                let total = f64::from(samples.max(1));
                let years = m
                    .payback_years
                    .iter()
                    .enumerate()
                    .map(|(t, &count)| (tu::payback_year_row(t), f64::from(count) / total));
                let never = (
                    t().payback_never.to_string(),
                    f64::from(m.payback_never) / total,
                );
                years
                    .chain(std::iter::once(never))
                    .map(|(label, share)| {
                        view! {
                            <tr>
                                <th scope="row">{label}</th>
                                <td>{tu::share_cell(share, samples)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <table class="table table--compact" id="payback-distribution">
            <caption class="table__caption">{t().payback_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{t().col_payback}</th>
                    <th scope="col" class="num">
                        {t().col_share}
                        <span class="table__unit">{text::t().unit_percent}</span>
                    </th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Benchmark hook for `scripts/bench-browser.mjs`, reached through
/// `window.wasmBindings` (exported by `src/main.rs`, not here: an export
/// of the library would be kept in every module that links it, the
/// on-demand one too): one Monte Carlo run (10.000 samples) over the
/// same document as `examples/bench_model.rs`, so that the script can time
/// it with `performance.now()` and set it against the native samples per
/// second. Returns the P50 so that the work cannot be optimised away.
pub fn bench_simulate() -> f64 {
    use crate::model::inputs::Range;
    use crate::model::Field;
    // The starting example has the small Gemeinde's values; its own
    // illustrative ranges are replaced by the benchmark's three.
    let mut a = crate::share::examples::starting();
    a.uncertainty.ranges.clear();
    for (field, min, max) in [
        (Field::FachverfahrenInterface, 3_000.0, 9_000.0),
        (Field::MinutesSaved, 8.0, 25.0),
        (Field::CasesPerYear, 400.0, 700.0),
    ] {
        a.uncertainty.ranges.insert(field, Range::new(min, max));
    }
    crate::model::uncertainty::simulate(&a).p50
}
