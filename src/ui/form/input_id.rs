//! Which typed input of the form a draft or an error belongs to.
//!
//! What the user typed but is not (yet) valid is kept per input, and so
//! are the errors of inputs that are not a [`Field`]; both are keyed by
//! [`InputId`]. Its DOM id ([`InputId::dom_id`]) is the input element's
//! `id`, which the error summary links to, and the key of the input's
//! draft in the stored library (docs/format.md, "Autosave");
//! [`InputId::from_dom_id`] reads such a key back. No other code builds or
//! parses these ids.

use super::ranges::Setting;
use crate::model::sharing::Basis;
use crate::model::Field;
use crate::text::sharing::{BodyInput, LandInput, SharingInput};
use crate::text::technical::CriterionInput;
use crate::text::uncertainty::End;
use crate::ui::widgets::dom_id;

/// A typed input whose text can be invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputId {
    /// A numeric field: `f-cases-per-year`.
    Field(Field),
    /// One end of a field's range: `f-cases-per-year-min`, `…-max`.
    Range(Field, End),
    /// The seed or the sample count of the simulation: `f-seed`,
    /// `f-samples`.
    Setting(Setting),
    /// The weight or the score of the Nutzwert criterion at this position:
    /// `crit-2-weight`, `crit-2-score`.
    Criterion(usize, CriterionInput),
    /// A figure of the Kostenteilung: a body's by participant position
    /// (`body-0-target-group` is the own Kommune's Zielgruppe,
    /// `body-2-cases` the second other body's cases), a weight of the mix
    /// (`share-weight-flat`) or the Land's part (`share-land-share`).
    Sharing(SharingInput),
}

/// How the ids of a criterion's inputs begin.
const CRITERION_PREFIX: &str = "crit-";
/// How the ids of a body's inputs begin.
const BODY_PREFIX: &str = "body-";

const BODY_INPUTS: [BodyInput; 3] = [
    BodyInput::Inhabitants,
    BodyInput::Cases,
    BodyInput::TargetGroup,
];
const LAND_INPUTS: [LandInput; 3] = [LandInput::Share, LandInput::OneTime, LandInput::Yearly];

/// The kebab-case name of a basis in ids.
fn basis_id(basis: Basis) -> &'static str {
    match basis {
        Basis::Inhabitants => "inhabitants",
        Basis::Use => "cases",
        Basis::TargetGroup => "target-group",
        Basis::Flat => "flat",
    }
}

/// The `id` of a Kostenteilung input.
fn sharing_id(input: SharingInput) -> String {
    match input {
        SharingInput::Body(p, i) => {
            let name = match i {
                BodyInput::Inhabitants => "inhabitants",
                BodyInput::Cases => "cases",
                BodyInput::TargetGroup => "target-group",
            };
            format!("{BODY_PREFIX}{p}-{name}")
        }
        SharingInput::Weight(b) => format!("share-weight-{}", basis_id(b)),
        SharingInput::Land(LandInput::Share) => "share-land-share".to_string(),
        SharingInput::Land(LandInput::OneTime) => "share-land-one-time".to_string(),
        SharingInput::Land(LandInput::Yearly) => "share-land-yearly".to_string(),
    }
}

impl InputId {
    /// The input element's `id`, and the key of its draft.
    pub fn dom_id(self) -> String {
        match self {
            InputId::Field(field) => dom_id(field),
            InputId::Range(field, End::Min) => format!("{}-min", dom_id(field)),
            InputId::Range(field, End::Max) => format!("{}-max", dom_id(field)),
            InputId::Setting(Setting::Seed) => "f-seed".to_string(),
            InputId::Setting(Setting::Samples) => "f-samples".to_string(),
            InputId::Criterion(index, CriterionInput::Weight) => {
                format!("{CRITERION_PREFIX}{index}-weight")
            }
            InputId::Criterion(index, CriterionInput::Score) => {
                format!("{CRITERION_PREFIX}{index}-score")
            }
            InputId::Sharing(input) => sharing_id(input),
        }
    }

    /// The input whose DOM id `id` is, if any: the inverse of
    /// [`InputId::dom_id`]. An id spelled differently (`crit-01-weight`)
    /// names no input.
    pub fn from_dom_id(id: &str) -> Option<InputId> {
        // A criterion's ids carry its position; every other id is one of a
        // fixed list. Comparing with `dom_id` keeps the spelling in one
        // place.
        let position = id
            .strip_prefix(CRITERION_PREFIX)
            .and_then(|rest| rest.split('-').next())
            .and_then(|index| index.parse::<usize>().ok());
        let spelled = |input: &InputId| input.dom_id() == id;
        if let Some(index) = position {
            return [CriterionInput::Weight, CriterionInput::Score]
                .map(|input| InputId::Criterion(index, input))
                .into_iter()
                .find(spelled);
        }
        let body = id
            .strip_prefix(BODY_PREFIX)
            .and_then(|rest| rest.split('-').next())
            .and_then(|position| position.parse::<usize>().ok());
        if let Some(p) = body {
            return BODY_INPUTS
                .map(|input| InputId::Sharing(SharingInput::Body(p, input)))
                .into_iter()
                .find(spelled);
        }
        Field::ALL
            .iter()
            .flat_map(|&field| {
                [
                    InputId::Field(field),
                    InputId::Range(field, End::Min),
                    InputId::Range(field, End::Max),
                ]
            })
            .chain([Setting::Seed, Setting::Samples].map(InputId::Setting))
            .chain(Basis::ALL.map(|b| InputId::Sharing(SharingInput::Weight(b))))
            .chain(LAND_INPUTS.map(|l| InputId::Sharing(SharingInput::Land(l))))
            .find(spelled)
    }
}
