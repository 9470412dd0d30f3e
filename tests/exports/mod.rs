//! What the export tests share: the fixtures, a document with every
//! block (alternatives, Kostenteilung) and one with hostile text in every
//! text field.
#![allow(dead_code)]

use efa_check::model::sharing::{Body, Sharing};
use efa_check::model::technical::Prerequisite;
use efa_check::model::{Assessment, Field, Template};
use efa_check::share::from_json;

pub const FIXTURES: [&str; 5] = [
    "gemeinde-klein",
    "grossstadt",
    "start-example",
    "voll-ausgefuellt",
    "vorlage-anbieter",
];

pub fn fixture(name: &str) -> Assessment {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A document with two alternatives and a Kostenteilung, from the small
/// Gemeinde's fixture; the second alternative spreads its one-time costs
/// over three years, has a longer ramp and a funding that stops, terms
/// the fixtures leave at their simplest.
pub fn with_alternatives_and_sharing() -> Assessment {
    let mut a = fixture("gemeinde-klein");
    assert!(a.add_alternative("Eigenentwicklung"));
    for (field, value) in [
        (Field::UsageFee, 30_000.0),
        (Field::OneTimeSpreadYears, 3.0),
        (Field::RampYears, 7.0),
        (Field::Escalation, 0.03),
        (Field::CaseGrowth, -0.02),
        (Field::RecurringContribution, 4_000.0),
        (Field::RecurringYears, 2.0),
        (Field::OneTimeGrant, 10_000.0),
        (Field::DiscountRate, 0.025),
    ] {
        a.set_in_variant(1, field, value);
    }
    a.sharing = Some(Sharing {
        joint: [Field::ConnectionFee, Field::UsageFee]
            .into_iter()
            .collect(),
        ..Sharing::new(vec![Body::new("Gemeinde B", 5_000.0, 300.0)])
    });
    a
}

/// Payloads that a spreadsheet would run or that would break a cell.
pub const HOSTILE: [&str; 9] = [
    "=cmd|' /C calc'!A0",
    "+1",
    "-1",
    "@SUM(1)",
    "\tTab",
    "\rCR",
    "<script>alert(1)</script>",
    "Semikolon; \"Zitat\"\r\nneue Zeile",
    "=HYPERLINK(\"http://example.com\";\"klick\")",
];

/// Every text field of a document holding `payload`.
pub fn hostile_document(payload: &str) -> Assessment {
    let mut a = with_alternatives_and_sharing();
    a.master.service = payload.into();
    a.master.kommune = payload.into();
    a.integration.connection_fee.note = payload.into();
    a.operations.usage_fee.note = payload.into();
    a.first_name = payload.into();
    a.rename_variant(1, payload);
    if let Some(s) = &mut a.sharing {
        s.bodies[0].name = payload.into();
    }
    let mut item = Prerequisite::custom(payload);
    item.note = payload.into();
    item.responsible = payload.into();
    item.due = payload.into();
    a.technical.prerequisites.push(item);
    a.template = Some(Template {
        provider: payload.into(),
        date: payload.into(),
        ..Template::default()
    });
    a
}
