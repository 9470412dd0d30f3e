//! The Kostenteilung's words in English.

use super::{BodyInput, LandInput, SharingInput, Texts};
use crate::format::{euro_cents, percent};
use crate::model::limits::MAX_BODIES;
use crate::model::sharing::{Basis, Key, Pool, Sharing, SharingError};
use crate::model::Unit;
use crate::parse::FieldError;
use crate::text::form::{field_name, value_error};

pub const EN: Texts = Texts {
    section: "Kostenteilung (cost sharing between bodies)",
    toggle_label: "Reuse jointly with other bodies (Kostenteilung)",
    toggle_hint: "Several bodies, for example a Kreis (district) and its municipalities, \
        share the joint costs according to a key. If you untick this, the assessment is \
        computed for your Kommune alone again; your Kostenteilung details come back when you \
        tick it again, as long as the page stays open.",
    source: "Keys as set out by the IT-Planungsrat, decision 2021/23; where there is no \
        agreement, actual use applies (decision 2021/24).",
    bodies_heading: "Participating bodies",
    own_marker: "Your Kommune",
    own_hint: "Change the name and the number of inhabitants under Basic data, the number of \
        cases under Benefits.",
    name_label: "Name of the body",
    inhabitants_label: "Inhabitants",
    cases_label: "Cases per year",
    target_label: "Target group size – optional",
    target_hint: "The people the service is meant for, such as dog owners or businesses. \
        Only the key by target group size needs it.",
    add: "Add body",
    remove: "Remove body",
    key_legend: "Cost-sharing key",
    weights_legend: "Weights of the mix, in per cent",
    weights_hint: "The weights count in proportion to their sum: 50 flat and 50 by use \
        splits half equally and half by number of cases.",
    land_legend: "Contribution of the Land (federal state) – optional",
    land_hint: "It is deducted before the split. Share and fixed amounts add up; in total \
        the Land pays no more than the joint costs.",
    land_share_label: "The Land's share of the joint costs, in per cent",
    land_one_time_label: "Fixed amount from the Land, one-time, in euros",
    land_yearly_label: "Fixed amount from the Land, in euros per year",
    joint_legend: "Joint cost items",
    joint_hint: "The amounts of these items under Integration and Operations are the costs \
        of all bodies together; your Kommune bears all other items alone.",
    joint_one_time: "One-time (integration)",
    joint_yearly: "Yearly (operations)",
    chart_title: "Cost shares by body",
    x_axis: "Share of the joint costs",
    col_body: "Body",
    col_share: "Share",
    col_one_time: "One-time",
    col_yearly: "Yearly",
    col_kw: "Own Kapitalwert",
    unit_percent: "in %",
    unit_euro: "in €",
    unit_euro_year: "in € per year",
    sum: "Total",
    note: "The shares are exact to the cent and add up to what the bodies share; the \
        percentages are rounded so that they add up to 100%. Each body's own Kapitalwert uses \
        its own number of cases and its share, and otherwise your Kommune's inputs.",
};

pub fn key_name(key: Key) -> &'static str {
    match key {
        Key::Use => "By actual use (cases per year)",
        Key::Inhabitants => "By inhabitants",
        Key::TargetGroup => "By target group size",
        Key::Flat => "Equal for each body",
        Key::Mix => "Weighted mix",
    }
}

pub fn key_hint(key: Key) -> &'static str {
    match key {
        Key::Use => "Those with more cases bear more; applies where there is no agreement.",
        Key::Inhabitants => "Each body bears costs in proportion to its inhabitants.",
        Key::TargetGroup => {
            "Each body bears costs in proportion to the number of people the service is meant \
             for."
        }
        Key::Flat => "All bear the same amount, regardless of their size.",
        Key::Mix => "Several keys with weights, such as 50% flat and 50% by use.",
    }
}

/// A basis as part of a mix, in the phrase of the results.
fn basis_phrase(basis: Basis) -> &'static str {
    match basis {
        Basis::Inhabitants => "by inhabitants",
        Basis::Use => "by use",
        Basis::TargetGroup => "by target group size",
        Basis::Flat => "flat per body",
    }
}

pub fn weight_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Inhabitants => "By inhabitants",
        Basis::Use => "By use",
        Basis::TargetGroup => "By target group size",
        Basis::Flat => "Flat per body",
    }
}

pub fn body_name(position: usize, name: &str) -> String {
    match (position, name.trim()) {
        (0, "") => EN.own_marker.to_string(),
        (p, "") => format!("Body {}", p + 1),
        (_, name) => name.to_string(),
    }
}

/// What a typed figure is, for its message: subject, example (in English
/// notation) and unit.
pub(super) fn subject(input: SharingInput) -> (&'static str, &'static str, Unit) {
    match input {
        SharingInput::Body(_, BodyInput::Inhabitants) => {
            ("the number of inhabitants", "4,200", Unit::Count)
        }
        SharingInput::Body(_, BodyInput::Cases) => ("the cases per year", "310", Unit::Count),
        SharingInput::Body(_, BodyInput::TargetGroup) => {
            ("the target group size", "180", Unit::Count)
        }
        // Weights are percentage points, checked as plain numbers 0–100.
        SharingInput::Weight(_) => ("the weight", "50", Unit::Count),
        SharingInput::Land(LandInput::Share) => ("the Land's share", "25", Unit::Percent),
        SharingInput::Land(_) => ("the Land's fixed amount", "5,000", Unit::Euro),
    }
}

pub fn input_error(input: SharingInput, who: &str, error: &FieldError) -> String {
    let (subject, example, unit) = subject(input);
    let message = value_error(subject, example, unit, error);
    match input {
        SharingInput::Body(..) => format!("{who}: {message}"),
        SharingInput::Weight(basis) => format!("{}: {message}", weight_label(basis)),
        SharingInput::Land(_) => message,
    }
}

pub fn list_full() -> String {
    format!("At most {MAX_BODIES} bodies can share the costs, your Kommune included.")
}

pub fn problem(error: SharingError, name: impl Fn(usize) -> String) -> String {
    match error {
        SharingError::MissingTargetGroup { body } => format!(
            "The key by target group size needs the target group of every body: enter it \
             for {}.",
            name(body)
        ),
        SharingError::NoWeight => {
            "The mix has no weight yet: enter at least one weight above 0.".to_string()
        }
        SharingError::TooManyBodies(_) => list_full(),
        SharingError::BodyValue { body, .. } => format!(
            "A figure for {} is outside the valid range; please correct it.",
            name(body)
        ),
        SharingError::Weights => {
            "Enter each weight of the mix as a value between 0 and 100.".to_string()
        }
        SharingError::Land => "Enter the Land's share as a value between 0 and 100% and its \
             fixed amounts as €0 or more."
            .to_string(),
        SharingError::NotJoint(field) => {
            format!("‘{}’ cannot be a joint cost item.", field_name(field))
        }
        SharingError::JointCost(field) => format!(
            "The amount for ‘{}’ is outside the valid range; please correct it.",
            field_name(field)
        ),
    }
}

pub fn section_total(sharing: Option<&Sharing>) -> String {
    match sharing {
        None => "alone".to_string(),
        Some(s) => {
            let count = s.participant_count();
            let bodies = if count == 1 { "body" } else { "bodies" };
            format!("{count} {bodies}, {}", key_phrase(s))
        }
    }
}

/// The key in a phrase: "by inhabitants", "50% flat per body and 50% by
/// use".
fn key_phrase(s: &Sharing) -> String {
    if let Some(basis) = s.key.basis() {
        return basis_phrase(basis).to_string();
    }
    let weights = s.weights_in_use();
    let sum: f64 = weights.iter().sum();
    let parts: Vec<String> = Basis::ALL
        .into_iter()
        .zip(weights)
        .filter(|&(_, w)| w > 0.0 && sum > 0.0)
        .map(|(b, w)| format!("{} {}", percent(w / sum, 0), basis_phrase(b)))
        .collect();
    match parts.split_last() {
        None => "by a weighted mix".to_string(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

pub fn key_sentence(s: &Sharing) -> String {
    format!(
        "Split {} (key as set out by the IT-Planungsrat, decision 2021/23).",
        key_phrase(s)
    )
}

pub fn pools_line(one_time: Pool, yearly: Pool) -> String {
    let both =
        |a: f64, b: f64| format!("{} one-time and {} per year", euro_cents(a), euro_cents(b));
    let joint = format!(
        "Joint costs: {}.",
        both(one_time.joint.euros(), yearly.joint.euros())
    );
    if one_time.land.0 == 0 && yearly.land.0 == 0 {
        return joint;
    }
    format!(
        "{joint} Of this, the Land bears {}; the bodies share {}.",
        both(one_time.land.euros(), yearly.land.euros()),
        both(one_time.split.euros(), yearly.split.euros())
    )
}

pub fn own_share_line(one_time: f64, yearly: f64) -> String {
    format!(
        "Your Kommune's share: {} one-time and {} per year; all shares are shown in the \
         results.",
        euro_cents(one_time),
        euro_cents(yearly)
    )
}

pub fn own_line(name: &str, shared: &str, alone: &str) -> String {
    format!(
        "The key figures above count the entire joint costs. With the Kostenteilung, the \
         Kapitalwert for {name} is {shared} (alone: {alone})."
    )
}

pub fn chart_caption(own: &str, own_share: &str, top: Option<(String, String)>) -> String {
    match top {
        Some((name, share)) => format!(
            "{name} bears the largest share of the joint costs at {share}; {own} bears \
             {own_share}."
        ),
        None => format!("{own} bears the largest share of the joint costs at {own_share}."),
    }
}
