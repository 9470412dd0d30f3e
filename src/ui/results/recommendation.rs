//! The recommendation that leads the results panel: "Nachnutzung
//! empfohlen / prüfen / nicht empfohlen" with an icon (never colour
//! alone), the reasons as links to where they come from, and the rule.
//! The reasons are listed as `model::recommendation::grouped_reasons`
//! orders them: economic first, then the must-haves (several of one status
//! as one line that links to the checklist), then other open items.
//!
//! DOM contract: the heading is `#recommendation`, the reasons list
//! `#recommendation-reasons`, each line carrying its section as the class
//! `recommendation__reason--economic`, `--must-haves` or `--open`. The
//! decision itself comes from the deterministic analysis
//! (`model::recommendation::recommend`); nothing is decided here.

use leptos::prelude::*;

use crate::model::Assessment;

use crate::model::recommendation::{
    grouped_reasons, Decision, Reason, ReasonGroup, ReasonSection, Recommendation,
};
use crate::model::technical::Status;
use crate::model::Field;
use crate::text::form::{assumptions_head, field_name};
use crate::text::technical::{reason_group_text, recommendation_heading, tt};
use crate::ui::widgets::{dom_id, focus_element, icon, status_path};

/// The checklist: where a line about several must-haves points.
const CHECKLIST: (&str, &str) = ("prereqs", "prereqs-heading");

/// Where a line points: the `href` shown and the element that gets focus.
fn target(line: &ReasonGroup) -> Option<(String, String)> {
    let reason = match line {
        ReasonGroup::Single(reason) => reason,
        ReasonGroup::MustHaves { .. } => {
            return Some((CHECKLIST.0.into(), CHECKLIST.1.into()));
        }
    };
    match reason {
        Reason::MustHaveNotMet(i) | Reason::MustHaveOpen(i, _) => {
            Some((format!("prereq-{i}"), format!("prereq-{i}-status")))
        }
        Reason::UnknownCost(field) => Some((dom_id(*field), dom_id(*field))),
        Reason::Missing(m) => Some((dom_id(m.field()), dom_id(m.field()))),
        // Drawn as one link per field (`AssumptionLinks`), not as one line.
        Reason::Unconfirmed(_) => None,
        Reason::JustifiedByNutzwert { .. }
        | Reason::NotJustified { .. }
        | Reason::WeightsNot100 { .. }
        | Reason::NutzwertNotScored { .. } => Some(("nutzwert".into(), "nutzwert-heading".into())),
        Reason::AllMustHavesMet => Some((CHECKLIST.0.into(), CHECKLIST.1.into())),
        // The Kapitalwert and its parts are right below, in the results.
        Reason::KwPositive(_) | Reason::BudgetPays { .. } => None,
    }
}

fn section_class(section: ReasonSection) -> &'static str {
    match section {
        ReasonSection::Economic => "recommendation__reason recommendation__reason--economic",
        ReasonSection::Budget => "recommendation__reason recommendation__reason--budget",
        ReasonSection::MustHaves => "recommendation__reason recommendation__reason--must-haves",
        ReasonSection::Open => "recommendation__reason recommendation__reason--open",
    }
}

/// The unconfirmed values among a decision's reasons, in form order.
pub fn unconfirmed_fields(reasons: &[Reason]) -> Vec<Field> {
    reasons
        .iter()
        .find_map(|r| match r {
            Reason::Unconfirmed(fields) => Some(fields.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// "3 Annahmen ungeprüft: Stundensatz …, Betrachtungszeitraum, …", each
/// name a link that moves focus to its field (opening its section).
#[component]
pub fn AssumptionLinks(fields: Vec<Field>) -> impl IntoView {
    let count = fields.len();
    let links = fields
        .into_iter()
        .enumerate()
        .map(|(i, field)| {
            let id = dom_id(field);
            let href = format!("#{id}");
            view! {
                {(i > 0).then_some(", ")}
                <a
                    href=href
                    class="assumption-link"
                    on:click=move |ev| {
                        ev.prevent_default();
                        focus_element(&id);
                    }
                >
                    {field_name(field)}
                </a>
            }
        })
        .collect_view();
    view! { {assumptions_head(count)}": "{links} }
}

/// The panel class and the icon of a recommendation.
pub fn modifier(r: Recommendation) -> (&'static str, Status) {
    match r {
        Recommendation::Empfohlen => ("recommendation recommendation--yes", Status::Erfuellt),
        Recommendation::Pruefen | Recommendation::Unvollstaendig => {
            ("recommendation recommendation--check", Status::Unbekannt)
        }
        Recommendation::NichtEmpfohlen => {
            ("recommendation recommendation--no", Status::NichtErfuellt)
        }
    }
}

/// The recommendation panel.
#[component]
pub fn RecommendationPanel(doc: Signal<Assessment>, decision: Memo<Decision>) -> impl IntoView {
    let recommendation = Memo::new(move |_| decision.with(|d| d.recommendation));
    let reasons = move || {
        let lines = decision.with(grouped_reasons);
        doc.with(|d| {
            lines
                .iter()
                .map(|line| {
                    if let ReasonGroup::Single(Reason::Unconfirmed(fields)) = line {
                        let fields = fields.clone();
                        return view! {
                            <li class=section_class(line.section())>
                                <AssumptionLinks fields />
                                {tt().unconfirmed_advice}
                            </li>
                        }
                        .into_any();
                    }
                    let text = reason_group_text(line, d);
                    let content = match target(line) {
                        Some((href, focus)) => view! {
                            <a
                                href=format!("#{href}")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_element(&focus);
                                }
                            >
                                {text}
                            </a>
                        }
                        .into_any(),
                        None => text.into_any(),
                    };
                    view! { <li class=section_class(line.section())>{content}</li> }.into_any()
                })
                .collect_view()
        })
    };
    view! {
        <section
            class=Signal::derive(move || modifier(recommendation.get()).0)
            aria-labelledby="recommendation"
        >
            <h3 class="recommendation__heading" id="recommendation">
                {icon(Signal::derive(move || status_path(modifier(recommendation.get()).1)))}
                <span>{Signal::derive(move || recommendation_heading(recommendation.get()))}</span>
            </h3>
            <p class="recommendation__reasons-title">{tt().reasons_heading}</p>
            <ul class="recommendation__reasons" id="recommendation-reasons">
                {reasons}
            </ul>
            <details class="details">
                <summary class="details__summary">{tt().rule_summary}</summary>
                <div class="details__body">
                    <ol class="details__inputs">
                        {tt().rule[..3].iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                    </ol>
                    <p>{tt().rule[3]}</p>
                </div>
            </details>
        </section>
    }
}
