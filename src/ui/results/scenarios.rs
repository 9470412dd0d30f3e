//! Szenarien: the pessimistic, realistic and optimistic assessment side
//! by side (`model::scenarios`), with the rule that builds them in words
//! and, on request, the value each input takes in each scenario.
//!
//! The scenarios are deterministic but cost two evaluations per input, so
//! they are computed only while the block is on screen (or printed).

use leptos::html::{Details, Div};
use leptos::prelude::*;

use super::{claimed, horizon};
use crate::format::euro_signed;
use crate::model::scenarios::{scenarios, Scenario, Scenarios};
use crate::model::{Assessment, Evaluation};
use crate::text::form::{field_name, value_in_unit};
use crate::text::results::{cost_per_case_value, payback_short};
use crate::text::scenarios::{scenario_name, t};
use crate::ui::widgets::{on_screen, opened};

const ORDER: [Scenario; 3] = [
    Scenario::Pessimistic,
    Scenario::Realistic,
    Scenario::Optimistic,
];

/// How one evaluation shows a key figure.
type Show = fn(&Evaluation) -> String;

/// The key figures, each a row: its label and how it is shown.
fn figures() -> [(&'static str, Show); 5] {
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
    ]
}

fn figure_table(s: &Scenarios) -> impl IntoView {
    let head = ORDER
        .iter()
        .map(|&w| view! { <th scope="col" class="num">{scenario_name(w)}</th> })
        .collect_view();
    let rows = figures()
        .into_iter()
        .map(|(label, show)| {
            let cells = ORDER
                .iter()
                .map(|&w| view! { <td>{claimed(&s.get(w).evaluation, show)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table table--scenarios" id="scenarios-table">
            <caption class="table__caption">{t().caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t().figure}</th>
                    {head}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn input_table(s: &Scenarios) -> AnyView {
    if s.moved.is_empty() {
        return view! { <p id="scenarios-no-inputs">{t().no_inputs}</p> }.into_any();
    }
    let rows = s
        .moved
        .iter()
        .map(|ends| {
            let unit = ends.field.unit();
            let source = if ends.from_range {
                t().from_range
            } else {
                t().from_swing
            };
            view! {
                <tr>
                    <th scope="row">{field_name(ends.field)}</th>
                    <td>{value_in_unit(unit, ends.pessimistic)}</td>
                    <td>{value_in_unit(unit, ends.likely)}</td>
                    <td>{value_in_unit(unit, ends.optimistic)}</td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t().inputs_caption>
            <table class="table table--scenario-inputs" id="scenarios-inputs">
                <caption class="table__caption">{t().inputs_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t().input}</th>
                        <th scope="col" class="num">{scenario_name(Scenario::Pessimistic)}</th>
                        <th scope="col" class="num">{scenario_name(Scenario::Realistic)}</th>
                        <th scope="col" class="num">{scenario_name(Scenario::Optimistic)}</th>
                        <th scope="col">{t().source}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The scenarios of one document.
#[component]
pub fn ScenarioResults(doc: Signal<Assessment>) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let visible = on_screen(node);
    let details = NodeRef::<Details>::new();
    let inputs_open = opened(details);
    let computed = Memo::new(move |_| visible.get().then(|| doc.with(scenarios)));
    view! {
        <section id="scenarios" class="scenarios contained" aria-labelledby="scenarios-heading">
            <h3 class="results__subheading" id="scenarios-heading">
                {t().heading}
            </h3>
            // Observed for being on screen: the rule has a height from the
            // start, an empty table would not.
            <div node_ref=node>
                <p class="scenarios__rule" id="scenarios-rule">
                    {t().rule}
                </p>
            </div>
            <div class="table-scroll">
                {move || computed.with(|s| s.as_ref().map(figure_table))}
            </div>
            <details class="details" node_ref=details>
                <summary class="details__summary">{t().inputs_summary}</summary>
                <div class="details__body">
                    {move || {
                        inputs_open
                            .get()
                            .then(|| computed.with(|s| s.as_ref().map(input_table)))
                            .flatten()
                    }}
                </div>
            </details>
        </section>
    }
}
