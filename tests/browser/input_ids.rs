//! In-browser tests of the typed input ids: the DOM id of every input that
//! can hold a draft or an error is its own, reads back to the same input,
//! and is spelled as version-1 libraries store it.

use std::collections::BTreeSet;

use efa_check::model::limits::{MAX_BODIES, MAX_CRITERIA};
use efa_check::model::sharing::Basis;
use efa_check::model::Field;
use efa_check::text::sharing::{BodyInput, LandInput, SharingInput};
use efa_check::text::technical::CriterionInput::{Score, Weight};
use efa_check::text::uncertainty::End::{Max, Min};
use efa_check::ui::form::input_id::InputId;
use efa_check::ui::form::ranges::Setting::{Samples, Seed};
use efa_check::ui::widgets::dom_id;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn every_input_has_its_own_dom_id_and_reads_back() {
    // Guards against two inputs sharing a draft key or an error-summary
    // link, and against a draft key this build writes but cannot read.
    let mut inputs: Vec<InputId> = Field::ALL
        .iter()
        .flat_map(|&f| {
            [
                InputId::Field(f),
                InputId::Range(f, Min),
                InputId::Range(f, Max),
            ]
        })
        .collect();
    inputs.extend([InputId::Setting(Seed), InputId::Setting(Samples)]);
    inputs.extend(
        (0..MAX_CRITERIA)
            .flat_map(|i| [InputId::Criterion(i, Weight), InputId::Criterion(i, Score)]),
    );
    inputs.push(InputId::Sharing(SharingInput::Body(
        0,
        BodyInput::TargetGroup,
    )));
    inputs.extend((1..MAX_BODIES).flat_map(|p| {
        [
            BodyInput::Inhabitants,
            BodyInput::Cases,
            BodyInput::TargetGroup,
        ]
        .map(|i| InputId::Sharing(SharingInput::Body(p, i)))
    }));
    inputs.extend(Basis::ALL.map(|b| InputId::Sharing(SharingInput::Weight(b))));
    inputs.extend(
        [LandInput::Share, LandInput::OneTime, LandInput::Yearly]
            .map(|l| InputId::Sharing(SharingInput::Land(l))),
    );
    let ids: BTreeSet<String> = inputs.iter().map(|input| input.dom_id()).collect();
    assert_eq!(ids.len(), inputs.len(), "every DOM id is unique");
    for input in inputs {
        assert_eq!(InputId::from_dom_id(&input.dom_id()), Some(input));
    }
}

#[wasm_bindgen_test]
fn field_dom_ids_are_f_and_the_field_key() {
    // Guards against DOM ids drifting from `Field::key` (which the frozen
    // table `share::link::KEYS` holds, checked by tests/links.rs), which
    // would orphan stored drafts and break the end-to-end tests that name
    // `#f-<key>`.
    for &field in Field::ALL {
        assert_eq!(dom_id(field), format!("f-{}", field.key()));
    }
}

#[wasm_bindgen_test]
fn the_draft_keys_of_docs_format_name_their_inputs() {
    // Guards against a stored version-1 library whose drafts no longer
    // find their inputs (docs/format.md, "Autosave"), and against a key
    // that is merely similar being taken for an input's.
    let usage = Field::UsageFee;
    for (key, input) in [
        ("f-usage-fee", InputId::Field(usage)),
        ("f-usage-fee-min", InputId::Range(usage, Min)),
        ("f-usage-fee-max", InputId::Range(usage, Max)),
        ("f-seed", InputId::Setting(Seed)),
        ("f-samples", InputId::Setting(Samples)),
        ("crit-2-weight", InputId::Criterion(2, Weight)),
        ("crit-2-score", InputId::Criterion(2, Score)),
        (
            "body-0-target-group",
            InputId::Sharing(SharingInput::Body(0, BodyInput::TargetGroup)),
        ),
        (
            "body-3-cases",
            InputId::Sharing(SharingInput::Body(3, BodyInput::Cases)),
        ),
        (
            "share-weight-flat",
            InputId::Sharing(SharingInput::Weight(Basis::Flat)),
        ),
        (
            "share-land-one-time",
            InputId::Sharing(SharingInput::Land(LandInput::OneTime)),
        ),
    ] {
        assert_eq!(InputId::from_dom_id(key), Some(input), "{key}");
        assert_eq!(input.dom_id(), key);
    }
    for key in [
        "crit-02-weight",
        "crit-+2-weight",
        "crit-2-title",
        "crit-2-weight-x",
        "f-usage-fee-range",
        "body-1-name",
        "body-01-cases",
        "body-1-cases-x",
        "share-weight-use",
        "f-seed-min",
        "usage-fee",
        "f-",
        "",
    ] {
        assert_eq!(InputId::from_dom_id(key), None, "{key}");
    }
}
