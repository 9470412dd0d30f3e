//! "Alternativen im Vergleich": every alternative of the whole document
//! side by side (`model::comparison`), shown once there are two or more.
//! The best one named in words with its margin, a table of the key
//! figures, a chart of the Kapitalwerte with their P10–P90 spread (with
//! its data table), and for the two best the inputs' values at which
//! their order flips.
//!
//! Like the single results, in two steps: the deterministic figures in
//! the input's own task, the simulations and switching values in a
//! follow-up task (`aria-busy` until then). A view of a document, never
//! of the form.

use leptos::html::Div;
use leptos::prelude::*;

use super::{claimed, horizon, PendingSection};
use crate::charts::comparison::{ComparisonBar, ComparisonLabels};
use crate::format::euro_signed;
use crate::model::comparison::{
    analyse_alternatives, compare, ranking_switches, Comparison, Spread,
};
use crate::model::sensitivity::SwitchingValue;
use crate::model::{Assessment, Field};
use crate::text::alternatives::{self as words, t};
use crate::text::results::{alternative_name, cost_per_case_value, payback_short};
use crate::text::technical::{points, recommendation_heading};
use crate::text::uncertainty::{current_value, probability};
use crate::ui::view::settled;
use crate::ui::widgets::on_screen;

/// What the follow-up task adds: each alternative's spread (with its
/// sample count) and, for the two best, where their order flips.
#[derive(Clone, PartialEq)]
struct Slow {
    spreads: Vec<Option<(Spread, u32)>>,
    switches: Vec<(Field, SwitchingValue, f64)>,
}

fn slow(d: &Assessment, c: &Comparison) -> Slow {
    let samples = d.uncertainty.samples;
    let spreads = analyse_alternatives(d)
        .iter()
        .map(|a| Spread::of(a).map(|s| (s, samples)))
        .collect();
    let switches = c
        .ranking
        .and_then(|r| r.runner_up.map(|j| (r.best, j)))
        .map(|(i, j)| {
            let best = d.variant(i).unwrap_or_default();
            ranking_switches(d, i, j)
                .into_iter()
                .filter(|(_, v)| v.value().is_some())
                .map(|(f, v)| (f, v, f.get(&best)))
                .collect()
        })
        .unwrap_or_default();
    Slow { spreads, switches }
}

fn names(d: &Assessment) -> Vec<String> {
    (0..d.variant_count())
        .map(|i| alternative_name(i, d.variant_name(i).unwrap_or_default()))
        .collect()
}

type Show = fn(&crate::model::Evaluation) -> String;

/// The table's rows from the evaluations: label and how a cell shows it.
fn figures() -> [(&'static str, Show); 6] {
    let x = t();
    [
        (x.kw, |e| euro_signed(e.kapitalwert.total)),
        (x.kw_h, |e| euro_signed(e.kapitalwert.haushaltswirksam)),
        (x.kw_nh, |e| {
            euro_signed(e.kapitalwert.nicht_haushaltswirksam)
        }),
        (x.payback, |e| payback_short(e.payback, horizon(e))),
        (x.cost_per_case, |e| {
            cost_per_case_value(e.cost_per_online_case)
        }),
        (x.break_even_cases, |e| {
            crate::text::results::break_even_cases_value(e.break_even_cases)
        }),
    ]
}

/// One table row: a label and a cell per alternative.
fn row(label: &'static str, cells: Vec<String>) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
        </tr>
    }
}

#[component]
pub fn ComparisonResults(document: Signal<Assessment>) -> impl IntoView {
    let count = Memo::new(move |_| document.with(Assessment::variant_count));
    move || (count.get() >= 2).then(|| view! { <Panel document /> })
}

#[component]
fn Panel(document: Signal<Assessment>) -> impl IntoView {
    let compared = Memo::new(move |_| document.with(compare));
    let names = Memo::new(move |_| document.with(names));
    let (settled, pending) = settled(document);
    let slow = Memo::new(move |_| settled.with(|d| slow(d, &compare(d))));
    let best = move || {
        let c = compared.get();
        names.with(|n| match c.ranking {
            None => t().none_decided.to_string(),
            Some(r) => {
                let kw = |i: usize| c.alternatives[i].evaluation.kapitalwert.total;
                words::best_sentence(
                    &n[r.best],
                    kw(r.best),
                    r.runner_up
                        .map(|j| (n[j].as_str(), r.margin.unwrap_or(0.0))),
                )
            }
        })
    };
    let head = move || {
        names
            .get()
            .into_iter()
            .map(|n| view! { <th scope="col" class="num">{n}</th> })
            .collect_view()
    };
    let fast_rows = move || {
        compared.with(|c| {
            let mut rows: Vec<_> = figures()
                .into_iter()
                .map(|(label, show)| {
                    let cells = c
                        .alternatives
                        .iter()
                        .map(|a| claimed(&a.evaluation, show))
                        .collect();
                    (label, cells)
                })
                .collect();
            let nutzwert = c
                .alternatives
                .iter()
                .map(|a| {
                    a.decision
                        .nutzwert
                        .map_or_else(|| t().no_nutzwert.to_string(), points)
                })
                .collect();
            rows.push((t().nutzwert, nutzwert));
            let verdicts = c
                .alternatives
                .iter()
                .map(|a| recommendation_heading(a.decision.recommendation).to_string())
                .collect();
            rows.push((t().recommendation, verdicts));
            rows.into_iter().map(|(l, c)| row(l, c)).collect_view()
        })
    };
    let spread_rows = move || {
        slow.with(|s| {
            let cell = |f: fn(&Spread, u32) -> String| {
                s.spreads
                    .iter()
                    .map(|sp| {
                        sp.as_ref()
                            .map_or_else(|| t().no_range.to_string(), |(sp, n)| f(sp, *n))
                    })
                    .collect::<Vec<_>>()
            };
            view! {
                {row(t().probability, cell(|s, n| probability(s.probability_positive, n)))}
                {row(t().p10, cell(|s, _| euro_signed(s.p10)))}
                {row(t().p90, cell(|s, _| euro_signed(s.p90)))}
            }
        })
    };
    view! {
        <section id="comparison" class="comparison" aria-labelledby="comparison-heading">
            <h2 class="results__heading" id="comparison-heading">
                {t().compare_heading}
            </h2>
            <p class="comparison__lead">{t().compare_lead}</p>
            <p class="comparison__best" id="compare-best" aria-live="polite">
                {best}
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t().compare_caption>
                <table class="table table--comparison" id="compare-table" aria-busy=crate::ui::widgets::busy(pending)>
                    <caption class="table__caption">{t().compare_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t().figure}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>
                        {fast_rows}
                        {spread_rows}
                    </tbody>
                </table>
            </div>
            <Chart compared names slow />
            <PendingSection id="compare-switches" heading=t().switches_heading pending>
                <Switches compared names slow />
            </PendingSection>
        </section>
    }
}

/// The chart of the Kapitalwerte with their spread, drawn while on screen.
#[component]
fn Chart(compared: Memo<Comparison>, names: Memo<Vec<String>>, slow: Memo<Slow>) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let visible = on_screen(node);
    let bars = Memo::new(move |_| {
        let c = compared.get();
        let spreads = slow.with(|s| s.spreads.clone());
        names.with(|n| {
            c.alternatives
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let kw = a.evaluation.kapitalwert.total;
                    ComparisonBar {
                        label: format!("{}: {}", n[i], euro_signed(kw)),
                        kw,
                        spread: spreads
                            .get(i)
                            .copied()
                            .flatten()
                            .map(|(s, _)| (s.p10, s.p90)),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let message = move || {
        compared.with(|c| {
            c.ranking.map(|r| {
                names.with(|n| {
                    words::chart_message(
                        &n[r.best],
                        c.alternatives[r.best].evaluation.kapitalwert.total,
                    )
                })
            })
        })
    };
    let svg = move || {
        visible.get().then(|| {
            let labels = ComparisonLabels {
                title: t().chart_heading.to_string(),
                title_id: "chart-comparison-title".to_string(),
                x_axis: t().chart_x_axis.to_string(),
                zero_line: t().zero_line.to_string(),
            };
            crate::ui::widgets::extras::chart(|| crate::charts::Chart::Comparison {
                bars: bars.get(),
                labels,
                width: super::uncertainty::chart_size().width,
            })
        })
    };
    let table = move || {
        names.with(|n| {
            bars.with(|b| {
                b.iter()
                    .zip(n)
                    .map(|(bar, name)| {
                        let (p10, p90) = bar.spread.map_or_else(
                            || (t().no_range.to_string(), t().no_range.to_string()),
                            |(lo, hi)| (euro_signed(lo), euro_signed(hi)),
                        );
                        view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                <td>{euro_signed(bar.kw)}</td>
                                <td>{p10}</td>
                                <td>{p90}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <figure class="chart" id="chart-comparison">
            <figcaption class="chart__caption">
                <span class="chart__title">{t().chart_heading}</span>
                " "
                <span class="chart__message">{message}</span>
            </figcaption>
            <crate::ui::widgets::ChartDownloads figure_id="chart-comparison" name=t().chart_heading />
            // Safe: the SVG is built by `charts::comparison` from numbers
            // and escaped labels.
            <div class="chart__svg" node_ref=node inner_html=svg></div>
            <table class="table table--compact chart__table" id="chart-comparison-table">
                <caption class="table__caption">{t().chart_table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t().alternative}</th>
                        <th scope="col" class="num">{t().kw}</th>
                        <th scope="col" class="num">{t().p10}</th>
                        <th scope="col" class="num">{t().p90}</th>
                    </tr>
                </thead>
                <tbody>{table}</tbody>
            </table>
        </figure>
    }
}

/// Where the order of the two best flips.
#[component]
fn Switches(
    compared: Memo<Comparison>,
    names: Memo<Vec<String>>,
    slow: Memo<Slow>,
) -> impl IntoView {
    move || {
        let Some((i, j)) =
            compared.with(|c| c.ranking.and_then(|r| r.runner_up.map(|j| (r.best, j))))
        else {
            return view! { <p>{t().none_decided}</p> }.into_any();
        };
        let (best, other) = names.with(|n| (n[i].clone(), n[j].clone()));
        let rows = slow.with(|s| {
            s.switches
                .iter()
                .filter_map(|&(field, value, now)| {
                    words::switch_text(field, value, &best, &other).map(|text| {
                        view! {
                            <tr>
                                <th scope="row">{crate::text::form::field_name(field)}</th>
                                <td>{current_value(field, now)}</td>
                                <td>{text}</td>
                            </tr>
                        }
                    })
                })
                .collect::<Vec<_>>()
        });
        if rows.is_empty() {
            return view! { <p id="compare-switches-none">{t().switches_none}</p> }.into_any();
        }
        view! {
            <p>{words::switches_lead(&best, &other)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t().switches_caption>
                <table class="table" id="compare-switches-table">
                    <caption class="table__caption">{t().switches_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t().switches_input}</th>
                            <th scope="col">{t().switches_now}</th>
                            <th scope="col">{t().switches_value}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
