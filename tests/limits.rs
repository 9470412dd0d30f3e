//! Hostile and oversized documents: the limits of `model::limits` at the
//! limit and one past it, version 0, messages that never repeat the
//! document's text, and keys of newer builds kept through files and links.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use efa_check::model::limits::{
    Oversize, Text, MAX_ALTERNATIVES, MAX_BODIES, MAX_CRITERIA, MAX_NAME_CHARS, MAX_NOTE_CHARS,
    MAX_PREREQUISITES, MAX_SHORT_CHARS,
};
use efa_check::model::sharing::{Body, Sharing};
use efa_check::model::technical::{Criterion, Prerequisite};
use efa_check::model::{Assessment, Field, Template};
use efa_check::share::link::{self, LinkError};
use efa_check::share::{
    decode_assessment, examples, from_json, to_json, DecodeError, Malformed, PathStep,
};
use efa_check::text::saved::{document_error, link_error, Source};

fn small() -> Assessment {
    from_json(examples::SMALL_GEMEINDE).unwrap()
}

/// Decodes `a` as a file would, after writing it.
fn reread(a: &Assessment) -> Result<Assessment, DecodeError> {
    from_json(&to_json(a))
}

/// A link fragment carrying `body` (long keys are accepted).
fn link_of(body: &serde_json::Value) -> String {
    let json = serde_json::to_vec(body).unwrap();
    let z = miniz_oxide::deflate::compress_to_vec_zlib(&json, 10);
    format!("v1.{}", URL_SAFE_NO_PAD.encode(z))
}

/// Puts a text into one slot of a document.
type Setter = Box<dyn Fn(&mut Assessment, String)>;

/// One setter per bounded text, with the slot it fills.
fn text_slots() -> Vec<(Text, Setter)> {
    vec![
        (Text::Service, Box::new(|a, s| a.master.service = s)),
        (Text::Kommune, Box::new(|a, s| a.master.kommune = s)),
        (
            Text::Note(Field::UsageFee),
            Box::new(|a, s| a.operations.usage_fee.note = s),
        ),
        (
            Text::Note(Field::AvoidedLicence),
            Box::new(|a, s| a.benefits.avoided_licence.note = s),
        ),
        (
            Text::PrerequisiteTitle(0),
            Box::new(|a, s| a.technical.prerequisites[0].title = s),
        ),
        (
            Text::PrerequisiteNote(1),
            Box::new(|a, s| a.technical.prerequisites[1].note = s),
        ),
        (
            Text::PrerequisiteResponsible(2),
            Box::new(|a, s| a.technical.prerequisites[2].responsible = s),
        ),
        (
            Text::PrerequisiteDue(3),
            Box::new(|a, s| a.technical.prerequisites[3].due = s),
        ),
        (
            Text::CriterionTitle(0),
            Box::new(|a, s| a.technical.criteria[0].title = s),
        ),
        (
            Text::TemplateProvider,
            Box::new(|a, s| a.template.get_or_insert_with(Template::default).provider = s),
        ),
        (
            Text::TemplateDate,
            Box::new(|a, s| a.template.get_or_insert_with(Template::default).date = s),
        ),
        (Text::AlternativeName(0), Box::new(|a, s| a.first_name = s)),
        (
            Text::AlternativeName(2),
            Box::new(|a, s| {
                a.add_alternative("Eigenentwicklung");
                a.add_alternative("");
                a.alternatives[1].name = s;
            }),
        ),
        (
            Text::BodyName(2),
            Box::new(|a, s| {
                a.sharing = Some(Sharing::new(vec![
                    Body::new("Gemeinde A", 1.0, 1.0),
                    Body::new(s, 1.0, 1.0),
                ]))
            }),
        ),
    ]
}

#[test]
fn every_text_opens_at_its_limit_and_is_refused_one_past_it() {
    for (slot, set) in text_slots() {
        let max = slot.max_chars();
        // Multi-byte letters: the limit counts characters, not bytes.
        let mut at_limit = small();
        set(&mut at_limit, "ä".repeat(max));
        assert_eq!(reread(&at_limit), Ok(at_limit.clone()), "{slot:?} at {max}");
        let mut past = small();
        set(&mut past, "ä".repeat(max + 1));
        assert_eq!(
            reread(&past),
            Err(DecodeError::TooLarge(vec![Oversize::Text(slot)])),
            "{slot:?} at {}",
            max + 1
        );
    }
}

#[test]
fn the_limits_are_the_documented_ones() {
    // docs/format.md ("Limits") states these numbers.
    assert_eq!(MAX_NAME_CHARS, 200);
    assert_eq!(MAX_NOTE_CHARS, 2_000);
    assert_eq!(MAX_SHORT_CHARS, 60);
    assert_eq!(MAX_PREREQUISITES, 50);
    assert_eq!(MAX_CRITERIA, 30);
    assert_eq!(MAX_ALTERNATIVES, 4);
    assert_eq!(MAX_BODIES, 50);
    assert_eq!(Text::AlternativeName(1).max_chars(), MAX_NAME_CHARS);
    assert_eq!(Text::BodyName(1).max_chars(), MAX_NAME_CHARS);
    assert_eq!(Text::Service.max_chars(), MAX_NAME_CHARS);
    assert_eq!(Text::Note(Field::UsageFee).max_chars(), MAX_NOTE_CHARS);
}

#[test]
fn lists_open_at_their_limit_and_are_refused_one_past_it() {
    let mut at_limit = small();
    at_limit
        .technical
        .prerequisites
        .resize(MAX_PREREQUISITES, Prerequisite::custom("Punkt"));
    at_limit
        .technical
        .criteria
        .resize(MAX_CRITERIA, Criterion::custom("Kriterium".into()));
    assert_eq!(reread(&at_limit), Ok(at_limit.clone()));

    let mut items = at_limit.clone();
    items
        .technical
        .prerequisites
        .push(Prerequisite::custom("einer zu viel"));
    assert_eq!(
        reread(&items),
        Err(DecodeError::TooLarge(vec![Oversize::Prerequisites(
            MAX_PREREQUISITES + 1
        )]))
    );
    let mut criteria = at_limit;
    criteria
        .technical
        .criteria
        .push(Criterion::custom("einer zu viel".into()));
    assert_eq!(
        reread(&criteria),
        Err(DecodeError::TooLarge(vec![Oversize::Criteria(
            MAX_CRITERIA + 1
        )]))
    );
}

#[test]
fn alternatives_and_bodies_open_at_their_limit_and_are_refused_one_past_it() {
    // Four alternatives (the first and three more) and 50 bodies (the own
    // Kommune and 49 more).
    let mut at_limit = small();
    for name in ["Eigenentwicklung", "Marktlösung", "Zweckverband"] {
        assert!(at_limit.add_alternative(name));
    }
    at_limit.set_in_variant(1, Field::UsageFee, 0.0);
    at_limit.sharing = Some(Sharing::new(vec![
        Body::new("Gemeinde", 1_000.0, 50.0);
        MAX_BODIES - 1
    ]));
    assert_eq!(reread(&at_limit), Ok(at_limit.clone()));
    assert_eq!(link::decode(&link::encode(&at_limit)), Ok(at_limit.clone()));

    let mut alternatives = at_limit.clone();
    alternatives
        .alternatives
        .push(efa_check::model::alternatives::Alternative::new(
            "eine zu viel",
        ));
    assert_eq!(
        reread(&alternatives),
        Err(DecodeError::TooLarge(vec![Oversize::Alternatives(
            MAX_ALTERNATIVES + 1
        )]))
    );
    let mut bodies = at_limit;
    if let Some(s) = bodies.sharing.as_mut() {
        s.bodies.push(Body::new("eine zu viel", 1.0, 1.0));
    }
    assert_eq!(
        reread(&bodies),
        Err(DecodeError::TooLarge(vec![Oversize::Bodies(
            MAX_BODIES + 1
        )]))
    );
}

#[test]
fn tiny_links_with_twenty_thousand_alternatives_or_bodies_are_refused_at_once() {
    for (body, expected) in [
        (
            serde_json::json!({"alternatives": vec![serde_json::json!({}); 20_000]}),
            Oversize::Alternatives(20_001),
        ),
        (
            serde_json::json!({"sharing": {"bodies": vec![serde_json::json!({}); 20_000]}}),
            Oversize::Bodies(20_001),
        ),
    ] {
        let fragment = link_of(&body).replacen("v1.", "v2.", 1);
        assert!(fragment.len() < 400, "short: {}", fragment.len());
        let start = Instant::now();
        assert_eq!(
            link::decode(&fragment),
            Err(LinkError::Document(DecodeError::TooLarge(vec![expected])))
        );
        assert!(start.elapsed().as_secs() < 5);
    }
}

#[test]
fn a_tiny_link_with_twenty_thousand_items_is_refused_at_once() {
    // Regression: a 162-character link of 20.000 empty checklist items
    // froze the tab for 100 s, on opening and on every later start.
    let items = vec![serde_json::json!({}); 20_000];
    let fragment = link_of(&serde_json::json!({"technical": {"prerequisites": items}}));
    assert!(
        fragment.len() < 400,
        "the attack link is short: {}",
        fragment.len()
    );
    let start = Instant::now();
    let result = link::decode(&fragment);
    let elapsed = start.elapsed();
    assert_eq!(
        result,
        Err(LinkError::Document(DecodeError::TooLarge(vec![
            Oversize::Prerequisites(20_000)
        ])))
    );
    // A bound on a hang, not a benchmark: it takes milliseconds.
    assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
}

#[test]
fn a_link_with_a_giant_service_name_is_refused() {
    // Regression: a 402-character link with a 256K-letter name froze the
    // tab for 29 s.
    let name = "A".repeat(200_000);
    let fragment = link_of(&serde_json::json!({"master": {"service": name}}));
    assert!(fragment.len() < 1_000);
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::Document(DecodeError::TooLarge(vec![
            Oversize::Text(Text::Service)
        ])))
    );
}

#[test]
fn version_zero_has_its_own_error() {
    // Regression: version 0 was called "a newer version".
    assert_eq!(
        from_json(r#"{"format":"efa-check","version":0,"assessment":{}}"#),
        Err(DecodeError::VersionZero)
    );
    let fragment = format!("v0.{}", &link_of(&serde_json::json!({}))[3..]);
    assert_eq!(
        link::decode(&fragment),
        Err(LinkError::Document(DecodeError::VersionZero))
    );
    assert_eq!(
        decode_assessment(0, serde_json::json!({})),
        Err(DecodeError::VersionZero)
    );
    let message = document_error(&DecodeError::VersionZero, Source::File);
    assert!(message.contains("Formatversion 0"), "{message}");
    assert!(!message.contains("neuere"), "{message}");
}

#[test]
fn a_malformed_value_is_located_by_the_formats_own_keys() {
    let with = |inner: &str| {
        from_json(&format!(
            r#"{{"format":"efa-check","version":1,"assessment":{{{inner}}}}}"#
        ))
    };
    assert_eq!(
        with(r#""benefits":{"cases_per_year":"Ihr Konto wurde gesperrt"}"#),
        Err(DecodeError::Malformed(Malformed {
            path: vec![PathStep::Key("benefits"), PathStep::Key("cases_per_year")]
        }))
    );
    assert_eq!(
        with(r#""technical":{"prerequisites":[{"kind":"nl1-pvog"},{"status":"gesperrt"}]}"#),
        Err(DecodeError::Malformed(Malformed {
            path: vec![
                PathStep::Key("technical"),
                PathStep::Key("prerequisites"),
                PathStep::Index(1),
                PathStep::Key("status")
            ]
        }))
    );
    // A key the format does not have is not repeated either.
    assert_eq!(
        with(r#""uncertainty":{"ranges":{"Rufen Sie 0900-123 an":{"min":0,"max":1}}}"#),
        Err(DecodeError::Malformed(Malformed {
            path: vec![
                PathStep::Key("uncertainty"),
                PathStep::Key("ranges"),
                PathStep::OtherKey
            ]
        }))
    );
}

#[test]
fn messages_name_the_field_and_rule_never_the_documents_text() {
    // Regression: a file with a bad value showed its own text inside the
    // red alert ("Ihr Konto wurde gesperrt, rufen Sie 0900-… an").
    let bait = "Ihr Konto wurde gesperrt, rufen Sie 0900-666 an";
    let documents = [
        format!(r#"{{"benefits":{{"cases_per_year":"{bait}"}}}}"#),
        format!(r#"{{"parameters":{{"staff_group":"{bait}"}}}}"#),
        format!(r#"{{"technical":{{"prerequisites":[{{"kind":"{bait}"}}]}}}}"#),
        format!(r#"{{"unknown_costs":["{bait}"]}}"#),
        format!(r#"{{"uncertainty":{{"ranges":{{"{bait}":{{"min":1,"max":2}}}}}}}}"#),
        format!(r#"{{"master":{{"service":"{bait}{}"}}}}"#, "x".repeat(300)),
        format!(r#"{{"alternatives":[{{"values":{{"{bait}":1}}}}]}}"#),
        format!(r#"{{"alternatives":[{{"name":"{bait}","values":{{"usage-fee":-5}}}}]}}"#),
        format!(r#"{{"first_name":"{bait}{}"}}"#, "x".repeat(300)),
        format!(r#"{{"sharing":{{"key":"{bait}"}}}}"#),
        format!(r#"{{"sharing":{{"bodies":[{{"name":"{bait}","inhabitants":-1}}]}}}}"#),
        format!(
            r#"{{"sharing":{{"bodies":[{{"name":"{bait}{}"}}]}}}}"#,
            "x".repeat(300)
        ),
        format!(r#"{{"sharing":{{"joint":["{bait}"]}}}}"#),
    ];
    for body in &documents {
        let file = format!(r#"{{"format":"efa-check","version":1,"assessment":{body}}}"#);
        let error = from_json(&file).expect_err(body);
        let message = document_error(&error, Source::File);
        assert!(!message.contains("gesperrt"), "{message}");
        assert!(!message.contains("0900"), "{message}");
        let value: serde_json::Value = serde_json::from_str(body).unwrap();
        let link_message = link_error(&link::decode(&link_of(&value)).unwrap_err());
        assert!(!link_message.contains("0900"), "{link_message}");
    }
    // And the message says where: the field's label and its key path.
    let error = from_json(&format!(
        r#"{{"format":"efa-check","version":1,"assessment":{}}}"#,
        documents[0]
    ))
    .unwrap_err();
    let message = document_error(&error, Source::File);
    assert!(message.contains("benefits › cases_per_year"), "{message}");
    assert!(message.contains("Fallzahl"), "{message}");
}

#[test]
fn oversize_messages_say_what_is_too_large() {
    let message = document_error(
        &DecodeError::TooLarge(vec![Oversize::Prerequisites(20_000)]),
        Source::Link,
    );
    assert!(message.contains("20.000 Punkte"), "{message}");
    assert!(message.contains("höchstens 50"), "{message}");
    let message = document_error(
        &DecodeError::TooLarge(vec![Oversize::Alternatives(7), Oversize::Bodies(51)]),
        Source::Link,
    );
    assert!(
        message.contains("7 Alternativen (höchstens 4)"),
        "{message}"
    );
    assert!(message.contains("51 Körperschaften"), "{message}");
    assert!(message.contains("höchstens 50"), "{message}");
    let message = document_error(
        &DecodeError::TooLarge(vec![Oversize::Text(Text::BodyName(3))]),
        Source::Link,
    );
    assert!(message.contains("Name von Körperschaft 4"), "{message}");
    let message = document_error(
        &DecodeError::TooLarge(vec![Oversize::Text(Text::Note(Field::UsageFee))]),
        Source::File,
    );
    assert!(
        message.contains("Anmerkung zu „Nutzungs- oder Betriebsentgelt"),
        "{message}"
    );
    assert!(message.contains("2.000 Zeichen"), "{message}");
}

#[test]
fn keys_of_a_newer_build_survive_a_file_and_a_link() {
    let body = serde_json::json!({
        "master": {"service": "Hundesteuer", "region": "Nord"},
        "report": [{"name": "Anlage 3", "pages": 12.5}],
        "alternatives": [{"name": "Eigenentwicklung", "kw": 12.5,
            "ranges": {"usage-fee": {"min": 0, "max": 10, "shape": "pert"}},
            "values": {"usage-fee": 5}}],
        "sharing": {"contract": "Vereinbarung 2026",
            "bodies": [{"name": "Gemeinde A", "inhabitants": 100, "ags": "01001000"}],
            "key": "mix", "weights": {"flat": 1, "koenigstein": 2},
            "land": {"share": 0.5, "decree": "Erlass 12"}},
        "benefits": {"cases_per_year": 1200, "ramp": {"curve": "s"}},
        "uncertainty": {"ranges": {"usage-fee": {"min": 0, "max": 0, "shape": "pert"}}},
        "technical": {"criteria": [{"kind": "custom", "title": "X", "weight": 100, "score": 5, "source": "Workshop"}]}
    });
    let doc = decode_assessment(2, body.clone()).unwrap();
    assert_eq!(doc.variant_count(), 2);
    assert_eq!(doc.sharing.as_ref().unwrap().participant_count(), 2);
    for written in [
        serde_json::from_str::<serde_json::Value>(&to_json(&doc)).unwrap()["assessment"].clone(),
        serde_json::to_value(link::decode(&link::encode(&doc)).unwrap()).unwrap(),
    ] {
        assert_eq!(written["master"]["region"], "Nord");
        assert_eq!(written["report"], body["report"]);
        let alternative = &written["alternatives"][0];
        assert_eq!(alternative["kw"], body["alternatives"][0]["kw"]);
        assert_eq!(alternative["ranges"]["usage-fee"]["shape"], "pert");
        let sharing = &written["sharing"];
        assert_eq!(sharing["contract"], "Vereinbarung 2026");
        assert_eq!(sharing["bodies"][0]["ags"], "01001000");
        assert_eq!(
            sharing["weights"]["koenigstein"],
            body["sharing"]["weights"]["koenigstein"]
        );
        assert_eq!(sharing["land"]["decree"], "Erlass 12");
        assert_eq!(written["benefits"]["ramp"]["curve"], "s");
        assert_eq!(
            written["uncertainty"]["ranges"]["usage-fee"]["shape"],
            "pert"
        );
        assert_eq!(written["technical"]["criteria"][0]["source"], "Workshop");
    }
}

#[test]
fn a_byte_order_mark_does_not_break_a_file() {
    let with_bom = format!("\u{feff}{}", examples::SMALL_GEMEINDE);
    assert_eq!(from_json(&with_bom), Ok(small()));
}

#[test]
fn the_worst_document_within_the_limits_still_makes_a_link_that_reopens() {
    // Every list full, every text at its limit: what the share dialog must
    // either offer as a link that reopens, or refuse (then it offers JSON).
    let doc = worst_document();
    assert_eq!(reread(&doc), Ok(doc.clone()));
    let fragment = link::encode(&doc);
    match link::decode(&fragment) {
        Ok(back) => assert_eq!(back, doc),
        Err(e) => assert_eq!(e, LinkError::TooLarge, "only the size may stop it"),
    }
}

/// Every list at its limit and every text at its longest.
pub fn worst_document() -> Assessment {
    let mut doc = small();
    doc.technical
        .prerequisites
        .resize(MAX_PREREQUISITES, Prerequisite::custom("Punkt"));
    doc.technical
        .criteria
        .resize(MAX_CRITERIA, Criterion::custom("Kriterium".into()));
    for (i, p) in doc.technical.prerequisites.iter_mut().enumerate() {
        p.title = format!("{i:03}").repeat(MAX_NAME_CHARS / 3);
        p.note = format!("Anmerkung {i:03} ").repeat(MAX_NOTE_CHARS / 15);
        p.responsible = "R".repeat(MAX_NAME_CHARS);
        p.due = "D".repeat(MAX_SHORT_CHARS);
    }
    for c in &mut doc.technical.criteria {
        c.title = "K".repeat(MAX_NAME_CHARS);
    }
    doc.master.service = "S".repeat(MAX_NAME_CHARS);
    doc.master.kommune = "K".repeat(MAX_NAME_CHARS);
    for &field in Field::ALL {
        if let Some(line) = field.cost_line_mut(&mut doc) {
            line.note = "N".repeat(MAX_NOTE_CHARS);
        }
    }
    doc.technical.criteria[0].weight = 100.0;
    for c in doc.technical.criteria.iter_mut().skip(1) {
        c.weight = 0.0;
    }
    // Every alternative overriding every input, with a range each, and
    // the most bodies, every name at its longest.
    doc.first_name = "E".repeat(MAX_NAME_CHARS);
    for k in 1..MAX_ALTERNATIVES {
        doc.add_alternative(&format!("{k}").repeat(MAX_NAME_CHARS));
        for &field in Field::ALL {
            let d = field.domain();
            let value = if d.whole { d.max.round() } else { d.max * 0.5 };
            doc.set_in_variant(k, field, value);
            doc.set_variant_range(
                k,
                field,
                Some(efa_check::model::inputs::Range::new(d.min, d.max)),
            );
        }
    }
    doc.sharing = Some(Sharing::new(
        (0..MAX_BODIES - 1)
            .map(|i| Body::new(format!("{i:02}").repeat(MAX_NAME_CHARS / 2), 1.0e8, 1.0e8))
            .collect(),
    ));
    doc
}
