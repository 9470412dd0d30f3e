//! The results of one document, as views of a [`DocView`]: the verdict in
//! words and the key figures with their explanations (here), and
//!
//! - `summary`: the compact summary bar that stays in view;
//! - `recommendation`: the recommendation and its grouped reasons;
//! - `cashflow`: the cumulative cash-flow chart;
//! - `yearly_table`: the yearly table;
//! - `uncertainty`: P(KW > 0), the histogram, the payback distribution;
//! - `sensitivity`: the tornado and the switching values;
//! - `scenarios`: pessimistic, realistic and optimistic side by side;
//! - `comparison`: every alternative of the whole document side by side;
//! - `sharing`: the Kostenteilung, for a document that has one.
//!
//! Nothing here takes the editing form or computes economics.

pub mod cashflow;
pub mod comparison;
pub mod recommendation;
pub mod scenarios;
pub mod sensitivity;
pub mod sharing;
pub mod summary;
pub mod uncertainty;
pub mod yearly_table;

use leptos::html::Details;
use leptos::prelude::*;

use crate::model::Assessment;

use self::cashflow::CashflowChart;
use self::recommendation::RecommendationPanel;
use self::scenarios::ScenarioResults;
use self::sensitivity::SensitivityResults;
use self::sharing::SharingResults;
use self::uncertainty::UncertaintyResults;
use self::yearly_table::YearlyTable;
use crate::format::euro_signed;
use crate::model::{Evaluation, PerCase, Verdict};
use crate::text::{self, results::Explanation, t};
use crate::ui::view::{Analyses, DocView};
use crate::ui::widgets::{busy, opened};

/// The last year of the horizon (T), as the evaluation's table shows it.
pub fn horizon(e: &Evaluation) -> u32 {
    e.years.last().map_or(0, |r| r.t)
}

/// A key figure as the results show it: `f` of the evaluation, or "noch
/// offen" while the inputs a verdict needs are missing, so that no "0 €"
/// or "amortisiert sich sofort" is claimed that nobody computed.
pub fn claimed(e: &Evaluation, f: impl Fn(&Evaluation) -> String) -> String {
    if e.verdict == Verdict::Unvollstaendig {
        t().not_yet.to_string()
    } else {
        f(e)
    }
}

/// A part of the results that shows the full analysis (Monte Carlo,
/// tornado), which follows a change in a task of its own: `aria-busy`
/// while it lags behind the document, and a "wird berechnet…" note that
/// the style shows only if that lasts long enough to see. `id` names the
/// section, its heading (`{id}-heading`) and its class.
#[component]
pub fn PendingSection(
    id: &'static str,
    heading: &'static str,
    pending: Memo<bool>,
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    view! {
        <section
            id=id
            class=format!("{id} contained")
            aria-labelledby=heading_id.clone()
            aria-busy=busy(pending)
        >
            <h3 class="results__subheading" id=heading_id.clone()>
                {heading}
            </h3>
            <p class="pending-note">{crate::text::uncertainty::t().pending_note}</p>
            {children()}
        </section>
    }
}

#[component]
pub fn Results(view: DocView) -> impl IntoView {
    // Components that only need the deterministic result read these memos;
    // they follow the document within the input's own task.
    let DocView {
        doc,
        analysis,
        outdated,
    } = view;
    let Analyses {
        evaluation,
        decision,
        ..
    } = analysis;
    let outdated = move || outdated.get();
    // The verdict with both parts of the Kapitalwert, or what is missing.
    let verdict = move || evaluation.with(text::results::verdict_text);
    let positive = move || evaluation.with(|e| e.verdict == Verdict::Wirtschaftlich);
    let negative = move || evaluation.with(|e| e.verdict == Verdict::NichtWirtschaftlich);
    let shared = Memo::new(move |_| doc.with(|d| d.sharing.is_some()));
    view! {
        <section
            id="results"
            class="results"
            class:results--outdated=outdated
            data-outdated=move || if outdated() { "true" } else { "false" }
            aria-labelledby="results-heading"
            tabindex="-1"
        >
            <h2 class="results__heading" id="results-heading">
                {t().results_heading}
            </h2>
            {move || {
                outdated()
                    .then(|| {
                        view! {
                            <p class="notice notice--warning" id="outdated-notice">
                                {t().outdated_notice}
                            </p>
                        }
                    })
            }}
            <RecommendationPanel doc decision />
            <p
                id="verdict"
                class="verdict"
                class:verdict--positive=positive
                class:verdict--negative=negative
            >
                {verdict}
            </p>
            <KeyFigures doc evaluation />
            {move || shared.get().then(|| view! { <SharingResults view /> })}
            <CashflowChart doc evaluation />
            <cashflow::CostCategories doc evaluation />
            <YearlyTable evaluation />
            <UncertaintyResults doc analysis=analysis.full pending=analysis.pending />
            <SensitivityResults doc analysis=analysis.full pending=analysis.pending />
            <ScenarioResults doc />
        </section>
    }
}

/// One key figure: label, value, and how it was computed.
#[component]
fn Figure(
    label: &'static str,
    value: Signal<String>,
    explanation: Signal<Explanation>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    // The explanation is written only while its details are open (or the
    // page is printed): closed, it would be rebuilt on every change for
    // nobody.
    let details = NodeRef::<Details>::new();
    let open = opened(details);
    let body = move || {
        open.get().then(|| {
            let Explanation { formula, inputs } = explanation.get();
            view! {
                <p class="details__formula">{formula}</p>
                <ul class="details__inputs">
                    {inputs.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <div class="kpi">
            <dt class="kpi__label">{label}</dt>
            <dd class="kpi__value" id=id>
                {move || value.get()}
            </dd>
            <dd class="kpi__explain">
                <details class="details" node_ref=details>
                    <summary class="details__summary">{t().how_computed}</summary>
                    <div class="details__body">{body}</div>
                </details>
            </dd>
        </div>
    }
}

/// The key figures (Kennzahlen) as a description list.
#[component]
fn KeyFigures(doc: Signal<Assessment>, evaluation: Memo<Evaluation>) -> impl IntoView {
    let e = evaluation;
    let value =
        move |f: fn(&Evaluation) -> String| Signal::derive(move || e.with(|e| claimed(e, f)));

    let kw = Signal::derive(move || {
        let rate = doc.with(|d| d.parameters.discount_rate);
        e.with(|e| {
            let discounted: Vec<(u32, f64)> =
                e.years.iter().map(|r| (r.t, r.discounted_net)).collect();
            text::results::explain_kw(rate, horizon(e), &discounted, e.kapitalwert.total)
        })
    });
    let kw_h = Signal::derive(move || {
        e.with(|e| text::results::explain_kw_h(e.kapitalwert.haushaltswirksam))
    });
    let kw_nh = Signal::derive(move || {
        let (minutes, rate) =
            doc.with(|d| (d.benefits.minutes_saved_per_case, d.benefits.staff_rate));
        e.with(|e| {
            text::results::explain_kw_nh(e.kapitalwert.nicht_haushaltswirksam, minutes, rate)
        })
    });
    let kw_citizens = Signal::derive(move || {
        let (minutes, value) = doc.with(|d| {
            (
                d.benefits.citizen_minutes_saved_per_case,
                d.benefits.citizen_hour_value,
            )
        });
        e.with(|e| text::results::explain_kw_citizens(e.kapitalwert.citizens, minutes, value))
    });
    let monetised = move || doc.with(|d| d.benefits.monetise_citizen_time);
    let payback = Signal::derive(move || {
        e.with(|e| {
            let cumulative: Vec<(u32, f64)> = e
                .years
                .iter()
                .map(|r| (r.t, r.cumulative_discounted_net))
                .collect();
            text::results::explain_payback(&cumulative, e.payback, horizon(e))
        })
    });
    let be_cases = Signal::derive(move || {
        let net = doc.with(|d| PerCase::of(d).net());
        e.with(|e| text::results::explain_break_even_cases(e.break_even_cases, net))
    });
    let be_share = Signal::derive(move || {
        let (start, ramp) = doc.with(|d| (d.benefits.online_share_start, d.benefits.ramp_years));
        e.with(|e| text::results::explain_break_even_share(e.break_even_share, start, ramp))
    });
    let cost_case = Signal::derive(move || {
        e.with(|e| {
            // Summed only to show the numerator of the model's own ratio.
            let total: f64 = e.years.iter().map(|r| r.cost_total()).sum();
            text::results::explain_cost_per_case(
                e.cost_per_online_case,
                total,
                e.online_cases_total,
            )
        })
    });
    let fte = Signal::derive(move || {
        let annual = doc.with(|d| d.parameters.staff_group.annual_hours());
        e.with(|e| {
            let (year, hours) = e
                .years
                .last()
                .map_or((0, 0.0), |r| (r.t, r.staff_hours_saved));
            text::results::explain_fte(hours, annual, e.fte_freed_final_year, year)
        })
    });
    let citizen_hours = Signal::derive(move || {
        let minutes = doc.with(|d| d.benefits.citizen_minutes_saved_per_case);
        e.with(|e| {
            text::results::explain_citizen_hours(
                e.online_cases_total,
                minutes,
                e.citizen_hours_saved_total,
            )
        })
    });

    view! {
        <h3 class="results__subheading">{t().key_figures_heading}</h3>
        <dl class="kpis">
            <Figure
                id="kpi-kw"
                label=t().kw_total
                value=value(|e| euro_signed(e.kapitalwert.total))
                explanation=kw
            />
            <Figure
                label=t().kw_h
                value=value(|e| euro_signed(e.kapitalwert.haushaltswirksam))
                explanation=kw_h
            />
            <Figure
                label=t().kw_nh
                value=value(|e| euro_signed(e.kapitalwert.nicht_haushaltswirksam))
                explanation=kw_nh
            />
            {move || {
                monetised()
                    .then(|| {
                        view! {
                            <Figure
                                label=t().kw_citizens
                                value=value(|e| euro_signed(e.kapitalwert.citizens))
                                explanation=kw_citizens
                            />
                        }
                    })
            }}
            <Figure
                id="kpi-payback"
                label=t().payback
                value=value(|e| text::results::payback_short(e.payback, horizon(e)))
                explanation=payback
            />
            <Figure
                id="kpi-break-even-cases"
                label=t().break_even_cases
                value=value(|e| text::results::break_even_cases_value(e.break_even_cases))
                explanation=be_cases
            />
            <Figure
                id="kpi-break-even-share"
                label=t().break_even_share
                value=value(|e| text::results::break_even_share_value(e.break_even_share))
                explanation=be_share
            />
            <Figure
                id="kpi-cost-per-case"
                label=t().cost_per_online_case
                value=value(|e| text::results::cost_per_case_value(e.cost_per_online_case))
                explanation=cost_case
            />
            <Figure
                id="kpi-fte"
                label=t().fte_freed
                value=value(|e| text::results::fte_value(e.fte_freed_final_year))
                explanation=fte
            />
            <Figure
                id="kpi-citizen-hours"
                label=t().citizen_hours
                value=value(|e| text::results::hours_value(e.citizen_hours_saved_total))
                explanation=citizen_hours
            />
        </dl>
    }
}
