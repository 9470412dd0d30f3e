//! The alternatives' words in English.

use super::Texts;
use crate::format::{euro, euro_signed};
use crate::model::sensitivity::SwitchingValue;
use crate::model::Field;
use crate::text::uncertainty::threshold_value;

pub const EN: Texts = Texts {
    heading: "Alternatives",
    hint: "Compare up to four options, e.g. EfA reuse, in-house development and a market \
        solution. Each alternative is calculated against today's process (status quo, \
        Kapitalwert 0). A new alternative starts as a copy of the first and differs only where \
        you change a number; texts, notes, checklist and Nutzwert (utility score) apply to all.",
    choice_legend: "Alternative edited in the form",
    name_label: "Name of this alternative",
    name_hint: "Appears in the comparison.",
    add: "Add alternative",
    remove: "Remove this alternative",
    limit: "There are already four alternatives; an assessment cannot hold more.",
    blocked: "Please correct the marked inputs first: otherwise switching would lose what \
        has been typed there.",
    reset: "Use the value of the first",
    compare_heading: "Alternatives compared",
    compare_lead: "Each alternative calculated against the status quo (Kapitalwert 0).",
    compare_caption: "Key figures per alternative",
    figure: "Key figure",
    kw: "Kapitalwert",
    kw_h: "of which haushaltswirksam",
    kw_nh: "of which nicht haushaltswirksam",
    payback: "Payback",
    cost_per_case: "Cost per online case",
    break_even_cases: "Minimum cases per year",
    probability: "Probability Kapitalwert > 0",
    alternative: "Alternative",
    p10: "Kapitalwert P10",
    p90: "Kapitalwert P90",
    nutzwert: "Nutzwert (utility score)",
    recommendation: "Recommendation",
    no_range: "– (no range)",
    no_nutzwert: "– (weights do not add up to 100)",
    none_decided: "No alternative is complete enough for a verdict yet.",
    switches_heading: "What reverses the order",
    switches_caption: "Critical values for the order of the two best alternatives",
    switches_input: "Input",
    switches_value: "Order reverses at",
    switches_now: "Current value",
    switches_none: "No input reverses the order within the allowed range.",
    chart_heading: "Kapitalwert per alternative",
    chart_x_axis: "Kapitalwert in €",
    chart_table_caption: "The chart's figures",
    zero_line: "Status quo: KW = 0",
};

pub fn differs_mark(first_name: &str, first_value: &str) -> String {
    format!("Differs from “{first_name}” (there: {first_value})")
}

pub fn best_sentence(best: &str, kw: f64, runner_up: Option<(&str, f64)>) -> String {
    match runner_up {
        Some((other, margin)) if margin > 0.0 => format!(
            "“{best}” comes out best: Kapitalwert {}, {} more than “{other}”.",
            euro_signed(kw),
            euro(margin)
        ),
        Some((other, _)) => format!(
            "“{best}” and “{other}” are level: Kapitalwert {} each.",
            euro_signed(kw)
        ),
        None => format!(
            "Only “{best}” is complete enough for a verdict: Kapitalwert {}.",
            euro_signed(kw)
        ),
    }
}

pub fn switches_lead(best: &str, runner_up: &str) -> String {
    format!(
        "“{best}” stays ahead of “{runner_up}” as long as no input reaches the value shown. \
         For inputs in which the two differ, the value applies to “{best}”; for the others, \
         to both."
    )
}

pub fn switch_text(
    field: Field,
    value: SwitchingValue,
    best: &str,
    runner_up: &str,
) -> Option<String> {
    match value {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        } => {
            let side = if wirtschaftlich_above {
                "from"
            } else {
                "up to"
            };
            let number = threshold_value(field, value, wirtschaftlich_above);
            Some(format!("“{best}” ahead {side} {number}"))
        }
        SwitchingValue::Whole {
            value,
            wirtschaftlich,
        } => {
            let ahead = if wirtschaftlich { best } else { runner_up };
            Some(format!(
                "“{ahead}” ahead at {}",
                threshold_value(field, value, true)
            ))
        }
        SwitchingValue::NotInDomain | SwitchingValue::NoEffect => None,
    }
}

pub fn results_for(name: &str) -> String {
    format!("The results below apply to “{name}”, the alternative edited in the form.")
}

pub fn chart_message(best: &str, kw: f64) -> String {
    format!("“{best}” has the highest Kapitalwert: {}.", euro_signed(kw))
}
