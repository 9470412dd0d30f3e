//! The answer at a glance: recommendation, verdict, Kapitalwert, payback
//! and, with ranges, P(KW > 0), in one compact bar. From 1024 px wide it
//! stays at the top of the window while the user scrolls and types, so
//! the answer is in sight at every keystroke; narrower, it sits at the top
//! of the page with a link to the full results.
//!
//! A result view: it reads the analyses of a document and whether they
//! are outdated, never the editing form, so the same bar can summarise any
//! assessment.

use leptos::prelude::*;

use super::claimed;
use super::recommendation::{unconfirmed_fields, AssumptionLinks};
use crate::format::euro_signed;
use crate::model::Verdict;
use crate::text::technical::recommendation_heading;
use crate::text::uncertainty::probability;
use crate::text::{
    results::{payback_short, verdict_word},
    t,
};
use crate::ui::view::Analyses;

#[component]
pub fn Summary(analysis: Analyses, outdated: Signal<bool>) -> impl IntoView {
    let Analyses {
        evaluation,
        decision,
        full,
        ..
    } = analysis;
    let recommendation = move || decision.with(|d| recommendation_heading(d.recommendation));
    let positive = move || evaluation.with(|e| e.verdict == Verdict::Wirtschaftlich);
    let negative = move || evaluation.with(|e| e.verdict == Verdict::NichtWirtschaftlich);
    let verdict = move || evaluation.with(|e| verdict_word(e.verdict));
    // "3 Annahmen ungeprüft: …", each name a link to its field.
    let assumptions = move || decision.with(|d| unconfirmed_fields(&d.reasons));
    let kw = move || evaluation.with(|e| claimed(e, |e| euro_signed(e.kapitalwert.total)));
    let payback =
        move || evaluation.with(|e| claimed(e, |e| payback_short(e.payback, super::horizon(e))));
    let chance = move || {
        full.with(|a| {
            a.monte_carlo
                .as_ref()
                .map(|mc| probability(mc.probability_positive, mc.samples))
        })
    };
    view! {
        <aside
            id="summary"
            class="summary"
            class:summary--outdated=move || outdated.get()
            aria-labelledby="summary-heading"
        >
            <div class="container summary__row">
                <h2 id="summary-heading" class="summary__heading">
                    {t().summary_heading}
                </h2>
                <p class="summary__recommendation" id="summary-recommendation">
                    {recommendation}
                </p>
                <dl class="summary__figures">
                    <div class="summary__figure">
                        <dt>{t().summary_verdict}</dt>
                        <dd
                            id="summary-verdict"
                            class:summary__value--positive=positive
                            class:summary__value--negative=negative
                        >
                            {verdict}
                        </dd>
                    </div>
                    <div class="summary__figure">
                        <dt>{t().summary_kw}</dt>
                        <dd id="summary-kw">{kw}</dd>
                    </div>
                    <div class="summary__figure">
                        <dt>{t().summary_payback}</dt>
                        <dd id="summary-payback">{payback}</dd>
                    </div>
                    // Always in the DOM, hidden without ranges: the follow-up
                    // task then only rewrites a text, not an element.
                    <div class="summary__figure" prop:hidden=move || chance().is_none()>
                        <dt>{t().summary_chance}</dt>
                        <dd id="summary-chance">{move || chance().unwrap_or_default()}</dd>
                    </div>
                </dl>
                {move || {
                    let fields = assumptions();
                    (!fields.is_empty())
                        .then(|| {
                            view! {
                                <p class="summary__assumptions" id="summary-assumptions">
                                    <AssumptionLinks fields />
                                </p>
                            }
                        })
                }}
                {move || {
                    outdated
                        .get()
                        .then(|| {
                            view! {
                                <p class="summary__outdated" id="summary-outdated">
                                    {t().summary_outdated}
                                </p>
                            }
                        })
                }}
                <a class="summary__link" href="#results">
                    {t().summary_link}
                </a>
            </div>
        </aside>
    }
}
