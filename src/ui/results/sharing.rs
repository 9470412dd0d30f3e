//! The Kostenteilung in the results, for a document that has one: the key
//! in a sentence, the joint costs and the Land's part before the split,
//! the own Kapitalwert with and without the sharing, and a figure with the
//! chart "Kostenanteile je Körperschaft", its message and the table of
//! every participant's share (in cents from the model) and own
//! Kapitalwert (`model::sharing::evaluate_bodies`), with a sum row that is
//! the pools exactly. While the split cannot be computed (a key on the
//! Zielgruppe without every Zielgruppe, a mix without weight) the model's
//! reason stands in its place.
//!
//! DOM contract: `#sharing`, `#sharing-problem`, `#sharing-key`,
//! `#sharing-pools`, `#sharing-own`, `#chart-sharing`, `#sharing-table`
//! (one `tbody` row per participant, the own Kommune first; `tfoot` the
//! sums).

use leptos::html::Div;
use leptos::prelude::*;

use super::claimed;
use super::uncertainty::chart_size;
use crate::charts::sharing::SharingLabels;
use crate::charts::Chart;
use crate::format::{euro_cents, euro_signed, percent, percents_summing};
use crate::model::sharing::{evaluate_bodies, share_costs};
use crate::model::{Assessment, Evaluation};
use crate::text::sharing::{self as ts, t};
use crate::ui::view::DocView;
use crate::ui::widgets::on_screen;

const TITLE_ID: &str = "chart-sharing-title";

/// One participant's row, in words.
#[derive(Clone, PartialEq)]
struct Row {
    name: String,
    share: String,
    one_time: String,
    yearly: String,
    kw: String,
}

/// A computed split, in words, and the fractions the chart draws.
#[derive(Clone, PartialEq)]
struct Split {
    key: String,
    pools: String,
    own: String,
    caption: String,
    rows: Vec<Row>,
    fractions: Vec<f64>,
    one_time: String,
    yearly: String,
}

/// The split of `a`'s sharing (`None` without one), or the reason it
/// cannot be computed; `alone` is `a`'s own evaluation.
fn split(a: &Assessment, alone: &Evaluation) -> Option<Result<Split, String>> {
    let s = a.sharing.as_ref()?;
    let name = |p| ts::participant_name(a, s, p);
    let computed = share_costs(a, s).and_then(|c| Ok((evaluate_bodies(a, s)?, c)));
    let (bodies, costs) = match computed {
        Ok(done) => done,
        Err(e) => return Some(Err(ts::problem(e, name))),
    };
    let fractions: Vec<f64> = costs.bodies.iter().map(|b| b.fraction).collect();
    let rows: Vec<Row> = bodies
        .iter()
        .zip(percents_summing(&fractions))
        .enumerate()
        .map(|(p, (b, share))| Row {
            name: ts::participant_label(p, &b.assessment.master.kommune),
            share,
            one_time: euro_cents(b.share.one_time.euros()),
            yearly: euro_cents(b.share.yearly.euros()),
            kw: claimed(&b.evaluation, |e| euro_signed(e.kapitalwert.total)),
        })
        .collect();
    // The largest share, the first of equals.
    let top = (0..fractions.len()).fold(0, |m, i| if fractions[i] > fractions[m] { i } else { m });
    let own = rows.first().map_or_else(String::new, |r| {
        ts::own_line(
            &name(0),
            &r.kw,
            &claimed(alone, |e| euro_signed(e.kapitalwert.total)),
        )
    });
    let largest = (top > 0).then(|| (name(top), rows[top].share.clone()));
    let caption = rows.first().map_or_else(String::new, |r| {
        ts::chart_caption(&name(0), &r.share, largest)
    });
    Some(Ok(Split {
        key: ts::key_sentence(s),
        pools: ts::pools_line(costs.one_time, costs.yearly),
        own,
        caption,
        rows,
        fractions,
        one_time: euro_cents(costs.one_time.split.euros()),
        yearly: euro_cents(costs.yearly.split.euros()),
    }))
}

/// The Kostenteilung of one document.
#[component]
pub fn SharingResults(view: DocView) -> impl IntoView {
    let DocView { doc, analysis, .. } = view;
    let evaluation = analysis.evaluation;
    let split = Memo::new(move |_| doc.with(|d| evaluation.with(|e| split(d, e))));
    // Every reactive value is a `Signal` (one boxed closure type), which
    // keeps the view code small.
    let ok = move |f: fn(&Split) -> String| {
        Signal::derive(move || {
            split.with(|s| {
                s.as_ref()
                    .and_then(|s| s.as_ref().ok())
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let problem = Signal::derive(move || {
        split.with(|s| {
            s.as_ref()
                .and_then(|s| s.as_ref().err())
                .cloned()
                .unwrap_or_default()
        })
    });
    let fine = Signal::derive(move || problem.with(String::is_empty));
    let node = NodeRef::<Div>::new();
    let visible = on_screen(node);
    let width = chart_size().width;
    let svg = Memo::new(move |previous: Option<&String>| {
        if !visible.get() {
            return previous.cloned().unwrap_or_default();
        }
        split.with(|s| match s {
            Some(Ok(s)) => {
                let bars = s
                    .rows
                    .iter()
                    .map(|r| ts::bar_label(&r.name, &r.share))
                    .collect();
                let labels = SharingLabels {
                    title: t().chart_title.to_string(),
                    title_id: TITLE_ID.to_string(),
                    x_axis: t().x_axis.to_string(),
                    bars,
                };
                crate::ui::widgets::extras::chart(|| Chart::Sharing {
                    fractions: s.fractions.clone(),
                    labels,
                    width,
                })
            }
            _ => String::new(),
        })
    });
    let rows = move || {
        split.with(|s| {
            s.as_ref().and_then(|s| s.as_ref().ok()).map(|s| {
                s.rows
                    .iter()
                    .map(|r| {
                        view! {
                            <tr>
                                <th scope="row">{r.name.clone()}</th>
                                <td>{r.share.clone()}</td>
                                <td>{r.one_time.clone()}</td>
                                <td>{r.yearly.clone()}</td>
                                <td>{r.kw.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let head = |label: &'static str, unit: &'static str| {
        view! {
            <th scope="col" class="num">
                {label}
                <span class="table__unit">{unit}</span>
            </th>
        }
    };
    view! {
        <section id="sharing" class="sharing contained" aria-labelledby="sharing-heading">
            <h3 class="results__subheading" id="sharing-heading">
                {t().section}
            </h3>
            <p class="notice notice--warning" id="sharing-problem" prop:hidden=fine>
                {problem}
            </p>
            <div prop:hidden=Signal::derive(move || !fine.get())>
                <p id="sharing-key">{ok(|s| s.key.clone())}</p>
                <p id="sharing-pools">{ok(|s| s.pools.clone())}</p>
                <p id="sharing-own" class="sharing__own">{ok(|s| s.own.clone())}</p>
                <figure id="chart-sharing" class="chart">
                    <figcaption class="chart__caption">{ok(|s| s.caption.clone())}</figcaption>
                    <crate::ui::widgets::ChartDownloads figure_id="chart-sharing" name=t().chart_title />
                    // `inner_html` is safe here: the SVG comes from
                    // `charts::sharing::sharing_svg`, which escapes every
                    // label (body names) and the title (see its test).
                    <div class="chart__svg" node_ref=node inner_html=svg></div>
                    <div class="table-scroll chart__table" role="region" aria-labelledby="sharing-table-caption" tabindex="0">
                        <table class="table" id="sharing-table">
                            <caption class="table__caption" id="sharing-table-caption">
                                {t().chart_title}
                            </caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t().col_body}</th>
                                    {head(t().col_share, t().unit_percent)}
                                    {head(t().col_one_time, t().unit_euro)}
                                    {head(t().col_yearly, t().unit_euro_year)}
                                    {head(t().col_kw, t().unit_euro)}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{t().sum}</th>
                                    <td>{percent(1.0, 1)}</td>
                                    <td>{ok(|s| s.one_time.clone())}</td>
                                    <td>{ok(|s| s.yearly.clone())}</td>
                                    <td></td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                    <p class="table__note">{t().note}</p>
                </figure>
            </div>
        </section>
    }
}
