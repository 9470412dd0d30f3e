//! The views of the presentation, in order: one list, one entry per view.
//! Each says when it has something to show and draws itself from a
//! [`DocView`]. The markup uses `present-…` ids only, so a view never
//! repeats an id of the page behind it.

use leptos::prelude::*;

use crate::charts::ChartSize;
use crate::format::euro_signed;
use crate::model::sensitivity::SwitchingValue;
use crate::model::Analysis;
use crate::text::present::{between, t};
use crate::text::technical::{reason_group_text, recommendation_heading};
use crate::text::{self as words, uncertainty as tu};
use crate::ui::results::cashflow::cashflow_chart;
use crate::ui::results::horizon;
use crate::ui::results::recommendation::modifier;
use crate::ui::results::sensitivity::{shown, tornado_chart};
use crate::ui::results::uncertainty::histogram_chart;
use crate::ui::view::DocView;
use crate::ui::widgets::extras::{self, Loaded};
use crate::ui::widgets::{icon, status_path};

/// One view of the deck.
#[derive(Clone, Copy)]
pub struct Slide {
    /// Names the view in `data-slide` (tests, styles).
    pub id: &'static str,
    pub title: fn() -> &'static str,
    /// Whether the view has anything to show for this analysis.
    pub shown: fn(&Analysis) -> bool,
    pub render: fn(DocView) -> AnyView,
}

fn always(_: &Analysis) -> bool {
    true
}

/// Every view, in the order the room sees them.
pub const SLIDES: &[Slide] = &[
    Slide {
        id: "recommendation",
        title: || t().recommendation,
        shown: always,
        render: recommendation,
    },
    Slide {
        id: "key-figures",
        title: || t().key_figures,
        shown: always,
        render: key_figures,
    },
    Slide {
        id: "cashflow",
        title: || t().cashflow,
        shown: always,
        render: cashflow,
    },
    Slide {
        id: "uncertainty",
        title: || t().uncertainty,
        shown: |a| a.monte_carlo.is_some(),
        render: uncertainty,
    },
    Slide {
        id: "tornado",
        title: || t().tornado,
        shown: |a| !a.tornado.is_empty(),
        render: tornado,
    },
    Slide {
        id: "share",
        title: || t().share,
        shown: always,
        render: share,
    },
];

/// A figure with its label: the headline of a view, or one of the others.
fn figure(id: &'static str, label: &'static str, value: Signal<String>, headline: bool) -> AnyView {
    let class = if headline {
        "present__figure present__figure--headline"
    } else {
        "present__figure"
    };
    view! {
        <div class=class>
            <dt class="present__label">{label}</dt>
            <dd class="present__value" id=id>{value}</dd>
        </div>
    }
    .into_any()
}

fn recommendation(view: DocView) -> AnyView {
    let decision = view.analysis.decision;
    let doc = view.doc;
    let r = Memo::new(move |_| decision.with(|d| d.recommendation));
    let reasons = move || {
        let groups = decision.with(crate::model::recommendation::grouped_reasons);
        doc.with(|d| {
            groups
                .iter()
                .map(|g| view! { <li>{reason_group_text(g, d)}</li> })
                .collect_view()
        })
    };
    view! {
        <p class="present__headline" id="present-recommendation">
            {icon(Signal::derive(move || status_path(modifier(r.get()).1)))}
            <span>{move || recommendation_heading(r.get())}</span>
        </p>
        <p class="present__label">{t().reasons}</p>
        <ul class="present__reasons">{reasons}</ul>
    }
    .into_any()
}

fn key_figures(view: DocView) -> AnyView {
    let e = view.analysis.evaluation;
    let value = move |f: fn(&crate::model::Evaluation) -> String| Signal::derive(move || e.with(f));
    let w = words::t();
    view! {
        <dl class="present__figures">
            {figure("present-kw", w.kw_total, value(|e| euro_signed(e.kapitalwert.total)), true)}
            {figure("present-kw-h", w.kw_h, value(|e| euro_signed(e.kapitalwert.haushaltswirksam)), false)}
            {figure(
                "present-kw-nh",
                w.kw_nh,
                value(|e| euro_signed(e.kapitalwert.nicht_haushaltswirksam)),
                false,
            )}
            {figure(
                "present-payback",
                w.payback,
                value(|e| words::results::payback_short(e.payback, horizon(e))),
                false,
            )}
            {figure(
                "present-break-even",
                w.break_even_cases,
                value(|e| words::results::break_even_cases_value(e.break_even_cases)),
                false,
            )}
        </dl>
    }
    .into_any()
}

/// A chart from `charts` (which escapes every label), drawn for the
/// projector.
/// Without a caption, the sentence stands beside the chart.
fn chart(id: &'static str, caption: Option<Signal<String>>, svg: Signal<String>) -> AnyView {
    view! {
        <figure class="present__chart" id=id>
            {caption.map(|c| view! { <figcaption class="present__caption">{c}</figcaption> })}
            // `inner_html` is safe: the SVG comes from `crate::charts`,
            // which escapes every label and the title (escaping tests).
            <div class="present__svg" inner_html=move || svg.get()></div>
        </figure>
    }
    .into_any()
}

fn cashflow(view: DocView) -> AnyView {
    let e = view.analysis.evaluation;
    let doc = view.doc;
    let svg = Signal::derive(move || {
        let service = doc.with(|d| d.master.service.clone());
        e.with(|e| cashflow_chart(&service, e, ChartSize::PROJECTOR, "present-cashflow-title"))
    });
    let caption =
        Signal::derive(move || e.with(|e| words::results::chart_caption(e.payback, horizon(e))));
    chart("present-chart-cashflow", Some(caption), svg)
}

fn uncertainty(view: DocView) -> AnyView {
    let full = view.analysis.full;
    let doc = view.doc;
    let read = move |f: fn(&crate::model::uncertainty::MonteCarlo) -> String| {
        Signal::derive(move || full.with(|a| a.monte_carlo.as_ref().map(f).unwrap_or_default()))
    };
    let svg = Signal::derive(move || {
        let service = doc.with(|d| d.master.service.clone());
        full.with(|a| {
            a.monte_carlo
                .as_ref()
                .map(|m| {
                    histogram_chart(&service, m, ChartSize::PROJECTOR, "present-histogram-title")
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div class="present__columns">
            <dl class="present__figures present__figures--stack">
                {figure(
                    "present-probability",
                    t().probability,
                    read(|m| tu::probability(m.probability_positive, m.samples)),
                    true,
                )}
                {figure(
                    "present-p10-p90",
                    t().range_p10_p90,
                    read(|m| between(&euro_signed(m.p10), &euro_signed(m.p90))),
                    false,
                )}
            </dl>
            {chart("present-chart-histogram", Some(read(tu::histogram_caption)), svg)}
        </div>
    }
    .into_any()
}

/// The bars a room can read: the widest swings only.
const PROJECTOR_BARS: usize = 4;

fn tornado(view: DocView) -> AnyView {
    let full = view.analysis.full;
    let doc = view.doc;
    let svg = Signal::derive(move || {
        let service = doc.with(|d| d.master.service.clone());
        full.with(|a| {
            tornado_chart(
                &service,
                a,
                ChartSize::PROJECTOR.width,
                PROJECTOR_BARS,
                "present-tornado-title",
            )
        })
    });
    let caption = Signal::derive(move || full.with(|a| tu::tornado_caption(shown(a))));
    // The switching values that matter: those of the inputs drawn, where
    // one exists.
    let switching = move || {
        full.with(|a| {
            let lines: Vec<String> = shown(a)
                .iter()
                .take(PROJECTOR_BARS)
                .filter_map(|bar| {
                    a.switching
                        .iter()
                        .find(|(f, v)| *f == bar.field && matches!(v, SwitchingValue::At { .. }))
                        .map(|&(f, v)| {
                            format!("{}: {}", tu::field_name(f), tu::switching_text(f, v))
                        })
                })
                .collect();
            if lines.is_empty() {
                view! { <p>{t().no_switching}</p> }.into_any()
            } else {
                view! {
                    <ul class="present__reasons">
                        {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="present__columns present__columns--chart-first">
            {chart("present-chart-tornado", None, svg)}
            <div>
                <p class="present__caption">{caption}</p>
                <p class="present__label">{t().switching}</p>
                {switching}
            </div>
        </div>
    }
    .into_any()
}

fn share(view: DocView) -> AnyView {
    // Showing this view asks for the on-demand module (QR code, link
    // compressor), and asks again if an earlier attempt failed.
    leptos::task::spawn_local(async {
        extras::ready().await;
    });
    // The link carries the whole document, every alternative.
    let whole = use_context::<crate::ui::view::WholeDocument>().map_or(view.doc, |w| w.0);
    let link = Memo::new(move |_| match extras::get() {
        Loaded::Ready(x) => Loaded::Ready(whole.with(|doc| x.share_url(doc))),
        Loaded::Pending => Loaded::Pending,
        Loaded::Failed => Loaded::Failed,
    });
    let qr = move || match (link.get(), extras::get()) {
        (Loaded::Ready(Some(l)), Loaded::Ready(x)) => {
            Loaded::Ready(x.qr_svg(&l).map(|svg| (l, svg)))
        }
        (Loaded::Ready(None), _) => Loaded::Ready(None),
        (Loaded::Failed, _) => Loaded::Failed,
        _ => Loaded::Pending,
    };
    view! {
        {move || match qr() {
            // Safe: `share::qr::svg` builds the SVG from the module matrix
            // only; the link's text never appears in the markup.
            Loaded::Ready(Some((l, svg))) => view! {
                <div class="present__columns">
                    <div class="present__qr" id="present-qr" role="img" aria-label=t().share_link_label inner_html=svg></div>
                    <div>
                        <p>{t().share_caption}</p>
                        <label class="present__label" for="present-link">{t().share_link_label}</label>
                        <input
                            class="present__link"
                            id="present-link"
                            type="text"
                            readonly
                            prop:value=l
                        />
                    </div>
                </div>
            }
            .into_any(),
            Loaded::Ready(None) => view! { <p id="present-qr-unavailable">{t().share_unavailable}</p> }.into_any(),
            Loaded::Pending => view! { <p id="present-qr-pending" role="status">{t().share_pending}</p> }.into_any(),
            Loaded::Failed => view! { <p id="present-qr-failed" role="status">{t().share_load_failed}</p> }.into_any(),
        }}
    }
    .into_any()
}
