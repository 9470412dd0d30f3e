//! The document codec: round trips, and a typed error for every kind of
//! broken file.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::{Assessment, DomainError, Field};
use efa_check::share::{examples, from_json, to_json, DecodeError, CURRENT_VERSION};

mod common;
use common::document_with as with;

#[test]
fn fixtures_decode_and_round_trip() {
    for json in [
        examples::SMALL_GEMEINDE,
        examples::LARGE_CITY,
        examples::STARTING,
    ] {
        let doc = from_json(json).expect("fixture decodes");
        assert_eq!(from_json(&to_json(&doc)), Ok(doc));
    }
}

#[test]
fn written_documents_carry_format_and_version() {
    let json = to_json(&Assessment::with_reference_defaults());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], "efa-check");
    assert_eq!(value["version"], CURRENT_VERSION);
}

#[test]
fn missing_fields_take_their_defaults() {
    // A hand-written minimal document: everything not given is 0 / default.
    let doc = from_json(
        r#"{"format":"efa-check","version":1,"assessment":{"benefits":{"cases_per_year":100}}}"#,
    )
    .unwrap();
    assert_eq!(doc.benefits.cases_per_year, 100.0);
    assert_eq!(doc.parameters.horizon_years, 5);
}

#[test]
fn broken_documents_give_typed_errors() {
    let truncated = &examples::SMALL_GEMEINDE[..examples::SMALL_GEMEINDE.len() / 2];
    assert_eq!(from_json(truncated), Err(DecodeError::NotJson));
    assert_eq!(from_json("garbage"), Err(DecodeError::NotJson));
    assert_eq!(from_json(r#"{"hello": 1}"#), Err(DecodeError::NotADocument));
    assert_eq!(
        from_json(r#"{"format":"efa-check","version":99,"assessment":{}}"#),
        Err(DecodeError::FutureVersion(99))
    );
    assert!(matches!(
        from_json(
            r#"{"format":"efa-check","version":1,"assessment":{"benefits":{"cases_per_year":"viele"}}}"#
        ),
        Err(DecodeError::Malformed(_))
    ));
}

#[test]
fn out_of_domain_values_are_rejected_with_the_field() {
    let json = examples::SMALL_GEMEINDE.replace("\"horizon_years\": 5", "\"horizon_years\": 500");
    assert_eq!(
        from_json(&json),
        Err(DecodeError::InvalidValues(vec![
            efa_check::model::InvalidField {
                field: Field::HorizonYears,
                error: DomainError::OutOfRange {
                    min: 1.0,
                    max: 30.0
                },
            }
        ]))
    );
}

#[test]
fn a_provider_template_keeps_its_marker_and_leaves_kommune_fields_open() {
    let doc = from_json(include_str!("fixtures/vorlage-anbieter.json")).unwrap();
    let template = doc.template.as_ref().expect("marked as template");
    assert!(template.provider.starts_with("Land Musterland"));
    for field in Field::KOMMUNE_SPECIFIC {
        assert_eq!(field.get(&doc), 0.0, "{field:?} is left to the Kommune");
    }
    // Ordinary documents carry no marker, and write none.
    let plain = from_json(examples::SMALL_GEMEINDE).unwrap();
    assert_eq!(plain.template, None);
    assert!(!to_json(&plain).contains("template"));
}

#[test]
fn impossible_ranges_and_criteria_are_rejected() {
    // min above the most likely value (usage fee 0).
    assert!(matches!(
        with(r#""uncertainty":{"ranges":{"usage-fee":{"min":5,"max":10}}}"#),
        Err(DecodeError::InvalidRanges(r)) if r[0].field == Field::UsageFee
    ));
    assert!(matches!(
        with(r#""technical":{"criteria":[{"kind":"custom","weight":150,"score":3}]}"#),
        Err(DecodeError::InvalidCriteria(p)) if p == vec![0]
    ));
    assert!(matches!(
        with(r#""uncertainty":{"samples":0}"#),
        Err(DecodeError::InvalidSamples(0))
    ));
    assert!(matches!(
        with(r#""uncertainty":{"ranges":{"no-such-field":{"min":0,"max":1}}}"#),
        Err(DecodeError::Malformed(_))
    ));
}

#[test]
fn every_number_comes_back_bit_for_bit_from_a_file_and_a_link() {
    // Guards the exact float parsing (serde_json `arbitrary_precision`:
    // numbers stay text until Rust's correctly rounded `f64::from_str`
    // reads them). A best-effort parser returns some 17-digit values one
    // unit in the last place off, so an opened file or link would differ
    // from what was saved in the last bit of a figure.
    let mut a = from_json(examples::SMALL_GEMEINDE).unwrap();
    let values = [
        (Field::StaffRate, 63.02 * 0.8),
        (Field::ConnectionFee, 123_456_789.012_345_67),
        (Field::CasesPerYear, 9_876_543.210_987_654),
        (Field::OnlineShareTarget, 0.1 + 0.2),
        (Field::MinutesSaved, 17.000_000_000_000_004),
        (Field::PaymentFeePerCase, 0.35_f64.next_down()),
        (Field::Escalation, 1.0 / 3.0 / 10.0),
        (Field::DiscountRate, -0.049_999_999_999_999_996),
    ];
    for (field, value) in values {
        field.set(&mut a, value);
    }
    let reopened = from_json(&to_json(&a)).unwrap();
    let linked = efa_check::share::link::decode(&efa_check::share::link::encode(&a)).unwrap();
    for (field, value) in values {
        assert_eq!(
            field.get(&reopened).to_bits(),
            value.to_bits(),
            "{field:?} from a file"
        );
        assert_eq!(
            field.get(&linked).to_bits(),
            value.to_bits(),
            "{field:?} from a link"
        );
    }
    // A number under a key this build does not know keeps its text.
    let json = examples::SMALL_GEMEINDE.replace(
        "\"inhabitants\": 8500",
        "\"inhabitants\": 8500, \"area_km2\": 1.50, \"code\": 123456789012",
    );
    let written = to_json(&from_json(&json).unwrap());
    assert!(written.contains("\"area_km2\": 1.50"), "{written}");
    assert!(written.contains("\"code\": 123456789012"), "{written}");
    // The one number no EfA-Check writes, an integer beyond 64 bits, is
    // refused with a typed error (docs/format.md, "Forward compatibility").
    let json = examples::SMALL_GEMEINDE.replace(
        "\"inhabitants\": 8500",
        "\"inhabitants\": 8500, \"code\": 99999999999999999999",
    );
    assert!(matches!(from_json(&json), Err(DecodeError::Malformed(_))));
}

#[test]
fn version_1_documents_open_unchanged_and_are_written_as_version_2() {
    assert_eq!(CURRENT_VERSION, 2);
    for json in [
        examples::SMALL_GEMEINDE,
        examples::LARGE_CITY,
        examples::STARTING,
        include_str!("fixtures/voll-ausgefuellt.json"),
        include_str!("fixtures/vorlage-anbieter.json"),
    ] {
        let v1: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v1["version"], 1);
        let doc = from_json(json).unwrap();
        // No alternatives and no sharing: one alternative, itself.
        assert_eq!(doc.variant_count(), 1);
        assert_eq!(doc.sharing, None);
        assert_eq!(doc.first_name, "");
        let written: serde_json::Value = serde_json::from_str(&to_json(&doc)).unwrap();
        assert_eq!(written["version"], 2);
        // Nothing new is written for them, so the compact JSON (and with
        // it `link::identity`, which finds a link's copy again) is what a
        // version-1 build made of the same document.
        for key in ["first_name", "alternatives", "sharing"] {
            assert!(written["assessment"].get(key).is_none(), "{key}");
        }
        assert_eq!(written["assessment"], serde_json::to_value(&doc).unwrap());
        assert_eq!(from_json(&to_json(&doc)), Ok(doc));
    }
}

#[test]
fn a_version_2_document_round_trips_through_a_file() {
    let json = include_str!("fixtures/links/v2-alternativen-kostenteilung.json");
    let doc = from_json(json).unwrap();
    assert_eq!(doc.variant_count(), 3);
    assert_eq!(from_json(&to_json(&doc)), Ok(doc));
}

/// A version-2 document file whose `assessment` object holds `inner`.
fn v2(inner: &str) -> Result<Assessment, DecodeError> {
    from_json(&format!(
        r#"{{"format":"efa-check","version":2,"assessment":{{{inner}}}}}"#
    ))
}

#[test]
fn overrides_of_alternatives_are_checked_like_values_and_ranges() {
    use efa_check::model::alternatives::{InvalidOverride, OverrideProblem};
    use efa_check::model::uncertainty::RangeError;
    assert_eq!(
        v2(r#""alternatives":[{"values":{"horizon-years":2.5,"usage-fee":-1}}]"#),
        Err(DecodeError::InvalidAlternatives(vec![
            InvalidOverride {
                alternative: 1,
                field: Field::UsageFee,
                problem: OverrideProblem::Value(DomainError::OutOfRange {
                    min: 0.0,
                    max: 1.0e9
                }),
            },
            InvalidOverride {
                alternative: 1,
                field: Field::HorizonYears,
                problem: OverrideProblem::Value(DomainError::NotWhole),
            },
        ]))
    );
    assert_eq!(
        v2(
            r#""alternatives":[{},{"values":{"usage-fee":100},"ranges":{"usage-fee":{"min":200,"max":300},"training":{"min":0,"max":1}}}]"#
        ),
        Err(DecodeError::InvalidAlternatives(vec![
            InvalidOverride {
                alternative: 2,
                field: Field::Training,
                problem: OverrideProblem::RangeWithoutValue,
            },
            InvalidOverride {
                alternative: 2,
                field: Field::UsageFee,
                problem: OverrideProblem::Range(RangeError::MinAboveLikely),
            },
        ]))
    );
    // A range that contains the alternative's own value is fine, whatever
    // the first's value.
    assert!(v2(
        r#""alternatives":[{"values":{"usage-fee":100},"ranges":{"usage-fee":{"min":50,"max":300}}}]"#
    )
    .is_ok());
    let message = efa_check::text::saved::document_error(
        &v2(r#""alternatives":[{"values":{"cases-per-year":-1}}]"#).unwrap_err(),
        efa_check::text::saved::Source::File,
    );
    assert!(message.contains("Alternative 2: Fallzahl"), "{message}");
}

#[test]
fn figures_of_the_sharing_are_checked_with_the_body_named_by_position() {
    use efa_check::model::sharing::{Basis, SharingError};
    assert_eq!(
        v2(
            r#""sharing":{"own_target_group":-3,"bodies":[{"inhabitants":10},{"cases_per_year":-1}],
            "weights":{"flat":150},"land":{"share":1.5},"joint":["project-hours"]}"#
        ),
        Err(DecodeError::InvalidSharing(vec![
            SharingError::BodyValue {
                body: 0,
                basis: Basis::TargetGroup
            },
            SharingError::BodyValue {
                body: 2,
                basis: Basis::Use
            },
            SharingError::Weights,
            SharingError::Land,
            SharingError::NotJoint(Field::ProjectHours),
        ]))
    );
    assert_eq!(
        v2(r#""sharing":{"land":{"one_time":-1}}"#),
        Err(DecodeError::InvalidSharing(vec![SharingError::Land]))
    );
    // What the form holds before everything is typed opens: a mix without
    // weights, a key on the Zielgruppe that a body lacks.
    let open = v2(r#""sharing":{"key":"mix","bodies":[{"name":"B"}]}"#).unwrap();
    assert!(open.sharing.unwrap().invalid().is_empty());
    assert!(v2(r#""sharing":{"key":"target-group","bodies":[{}]}"#).is_ok());
    // An unknown key is refused with its place named.
    assert!(matches!(
        v2(r#""sharing":{"key":"koenigstein"}"#),
        Err(DecodeError::Malformed(m)) if m.path == vec![
            efa_check::share::PathStep::Key("sharing"),
            efa_check::share::PathStep::Key("key")
        ]
    ));
    let message = efa_check::text::saved::document_error(
        &v2(r#""sharing":{"bodies":[{},{"inhabitants":-1}]}"#).unwrap_err(),
        efa_check::text::saved::Source::Link,
    );
    assert!(
        message.contains("Einwohnerzahl von Körperschaft 3"),
        "{message}"
    );
}

#[test]
fn the_sharing_is_written_compactly() {
    use efa_check::model::sharing::{Body, LandContribution, Sharing};
    let mut a = Assessment {
        sharing: Some(Sharing::default()),
        ..Assessment::default()
    };
    let value = serde_json::to_value(&a).unwrap();
    assert_eq!(value["sharing"], serde_json::json!({}));
    let mut s = Sharing::new(vec![Body::new("B", 5_000.0, 300.0).with_target_group(400.0)]);
    s.land = LandContribution::share(0.25);
    a.sharing = Some(s);
    assert_eq!(
        serde_json::to_string(&serde_json::to_value(&a).unwrap()["sharing"]).unwrap(),
        r#"{"bodies":[{"name":"B","inhabitants":5000.0,"cases_per_year":300.0,"target_group":400.0}],"land":{"share":0.25}}"#
    );
}
