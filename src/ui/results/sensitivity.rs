//! The "Sensitivität" part of the results: the tornado chart of the ten
//! most influential inputs with its table, and the switching value
//! (Umschlagpunkt) of every input as a table. Everything reads the full
//! analysis memo, which follows a change in a task of its own
//! ([`crate::ui::view::Analyses`]); nothing here computes economics.

use leptos::prelude::*;

use crate::model::Assessment;

use super::uncertainty::chart_size;
use super::PendingSection;
use crate::charts::tornado::{TornadoLabels, MAX_BARS};
use crate::model::sensitivity::TornadoBar;
use crate::model::{Analysis, Field};
use crate::text::results::MoneyScale;
use crate::text::uncertainty::{self as tu, t};
use crate::ui::widgets::{on_screen, opened};
use leptos::html::{Details, Div};

const TORNADO_TITLE_ID: &str = "chart-tornado-title";

/// The bars the chart shows: the ten widest.
pub fn shown(a: &Analysis) -> &[TornadoBar] {
    &a.tornado[..a.tornado.len().min(MAX_BARS)]
}

/// The tornado of an analysis as SVG, `width` px wide, with at most
/// `max_bars` bars (widest first); `title_id` must be unique on the page.
pub fn tornado_chart(
    service: &str,
    a: &Analysis,
    width: u32,
    max_bars: usize,
    title_id: &str,
) -> String {
    let bars = shown(a);
    let bars = &bars[..bars.len().min(max_bars)];
    let base = a.evaluation.kapitalwert.total;
    let labels = TornadoLabels {
        title: tu::tornado_title(service),
        title_id: title_id.to_string(),
        x_axis: t().histogram_x_axis.to_string(),
        base_line: tu::tornado_base_line(base),
        zero_line: t().zero_line.to_string(),
        low_end: t().tornado_low_end.to_string(),
        high_end: t().tornado_high_end.to_string(),
        bar_names: bars
            .iter()
            .map(|b| tu::field_name(b.field).to_string())
            .collect(),
    };
    crate::ui::widgets::extras::chart(|| crate::charts::Chart::Tornado {
        bars: bars.to_vec(),
        base_kw: base,
        labels,
        width,
    })
}

#[component]
pub fn SensitivityResults(
    doc: Signal<Assessment>,
    analysis: Memo<Analysis>,
    pending: Memo<bool>,
) -> impl IntoView {
    let width = chart_size().width;
    // The drawn bars and the base KW, so that the chart and its table only
    // redraw when they change.
    let figure = NodeRef::<Div>::new();
    let visible = on_screen(figure);
    // A memo, so that other changes to the document do not redraw the
    // chart before the analysis has rerun.
    let service = Memo::new(move |_| doc.with(|d| d.master.service.clone()));
    let svg = Memo::new(move |previous: Option<&String>| {
        if !visible.get() {
            return previous.cloned().unwrap_or_default();
        }
        let service = service.get();
        analysis.with(|a| tornado_chart(&service, a, width, MAX_BARS, TORNADO_TITLE_ID))
    });
    let caption = Signal::derive(move || analysis.with(|a| tu::tornado_caption(shown(a))));
    view! {
        <PendingSection id="sensitivity" heading=t().sensitivity_heading pending>
            <p>{t().sensitivity_intro}</p>
            <h4 class="uncertainty__subheading">{t().tornado_heading}</h4>
            <figure id="chart-tornado" class="chart">
                <figcaption class="chart__caption">{caption}</figcaption>
                <crate::ui::widgets::ChartDownloads figure_id="chart-tornado" name=t().tornado_heading />
                // `inner_html` is safe here: the SVG comes from
                // `charts::tornado::tornado_svg`, which escapes every label
                // and the title (see its escaping test).
                <div class="chart__svg" node_ref=figure inner_html=move || svg.get()></div>
                <TornadoTable analysis />
            </figure>
            <h4 class="uncertainty__subheading">{t().switching_heading}</h4>
            <SwitchingTable doc analysis />
        </PendingSection>
    }
}

#[component]
fn TornadoTable(analysis: Memo<Analysis>) -> impl IntoView {
    let table = move || {
        analysis.with(|a| {
            let bars = shown(a);
            let scale = MoneyScale::for_table(bars.iter().flat_map(|b| [b.kw_low, b.kw_high]));
            let rows = bars
                .iter()
                .map(|b| {
                    view! {
                        <tr>
                            <th scope="row">{tu::field_name(b.field)}</th>
                            <td>{tu::current_value(b.field, b.low)}</td>
                            <td>{scale.number(b.kw_low)}</td>
                            <td>{tu::current_value(b.field, b.high)}</td>
                            <td>{scale.number(b.kw_high)}</td>
                            <td>{if b.from_range { t().basis_range } else { t().basis_point }}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead>
                    <tr>
                        <th scope="col">{t().col_input}</th>
                        <th scope="col" class="num">
                            {t().col_low_value}
                        </th>
                        <th scope="col" class="num">
                            {t().col_kw_low}
                            <span class="table__unit">{scale.unit()}</span>
                        </th>
                        <th scope="col" class="num">
                            {t().col_high_value}
                        </th>
                        <th scope="col" class="num">
                            {t().col_kw_high}
                            <span class="table__unit">{scale.unit()}</span>
                        </th>
                        <th scope="col">{t().col_basis}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            }
        })
    };
    view! {
        <div class="table-scroll chart__table" role="region" aria-labelledby="tornado-table-caption" tabindex="0">
            <table class="table" id="tornado-table">
                <caption class="table__caption" id="tornado-table-caption">
                    {t().tornado_table_caption}
                </caption>
                {table}
            </table>
        </div>
    }
}

/// The switching value of every input, in form order, inside a
/// `<details>` (the same values stand beside each field).
#[component]
fn SwitchingTable(doc: Signal<Assessment>, analysis: Memo<Analysis>) -> impl IntoView {
    let details = NodeRef::<Details>::new();
    let open = opened(details);
    let rows = move || {
        if !open.get() {
            return None;
        }
        Some(analysis.with(|a| {
            doc.with(|d| {
                a.switching
                    .iter()
                    .map(|&(field, value): &(Field, _)| {
                        view! {
                            <tr>
                                <th scope="row">{tu::field_name(field)}</th>
                                <td>{tu::current_value(field, field.get(d))}</td>
                                <td>{tu::switching_text(field, value)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        }))
    };
    view! {
        <details class="details" node_ref=details>
            <summary class="details__summary">{t().switching_summary}</summary>
            <div class="table-scroll" role="region" aria-labelledby="switching-table-caption" tabindex="0">
                <table class="table" id="switching-table">
                    <caption class="table__caption" id="switching-table-caption">
                        {t().switching_caption}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t().col_input}</th>
                            <th scope="col" class="num">
                                {t().col_current}
                            </th>
                            <th scope="col">{t().col_switching}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
