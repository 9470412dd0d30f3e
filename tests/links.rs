//! Share links: size, round trip, golden strings of every format version,
//! and a typed error for every way a link can break.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::comparison::compare;
use efa_check::model::sharing::{evaluate_bodies, share_costs, Body, Cents, Key, Sharing};
use efa_check::model::{Assessment, Field};
use efa_check::share::link::{decode, encode, LinkError};
use efa_check::share::{examples, from_json, DecodeError};
use proptest::prelude::*;
use rand::SeedableRng;

mod common;

/// A long but realistic address a Kommune might host the app under.
const ORIGIN: &str = "https://www.landkreis-musterhausen.de/digitalisierung/efa-check/#";
const FULLY_FILLED: &str = include_str!("fixtures/voll-ausgefuellt.json");

fn fixture(json: &str) -> Assessment {
    from_json(json).expect("fixture decodes")
}

#[test]
fn typical_assessments_stay_under_2000_characters() {
    // Firefox history, Slack and Teams cut longer links.
    for (name, json) in [
        ("gemeinde-klein", examples::SMALL_GEMEINDE),
        ("grossstadt", examples::LARGE_CITY),
        ("voll-ausgefuellt", FULLY_FILLED),
    ] {
        let link = format!("{ORIGIN}{}", encode(&fixture(json)));
        println!("{name}: {} characters", link.len());
        assert!(link.len() < 2000, "{name}: {} characters", link.len());
    }
}

/// A typical assessment of format version 2: `json` with three
/// alternatives (the first and two more, each overriding six inputs, one
/// with a range of its own) and five other bodies sharing the costs.
fn with_alternatives_and_bodies(json: &str) -> Assessment {
    let mut a = fixture(json);
    a.first_name = "EfA-Nachnutzung".into();
    a.add_alternative("Eigenentwicklung");
    a.add_alternative("Marktlösung");
    for (i, factor) in [(1, 3.0), (2, 1.7)] {
        for field in [
            Field::ConnectionFee,
            Field::FachverfahrenInterface,
            Field::Parametrisation,
            Field::UsageFee,
            Field::InterfaceMaintenance,
            Field::ProjectHours,
        ] {
            a.set_in_variant(i, field, (field.get(&a) * factor + 1_250.0).round());
        }
        let fee = a.variant_value(i, Field::UsageFee).unwrap();
        a.set_variant_range(
            i,
            Field::UsageFee,
            Some(efa_check::model::inputs::Range::new(fee * 0.8, fee * 1.5)),
        );
    }
    let bodies = [
        ("Gemeinde Ahornfeld", 4_200.0, 310.0),
        ("Stadt Birkenau", 12_000.0, 820.0),
        ("Gemeinde Cedernbach", 2_600.0, 150.0),
        ("Gemeinde Dornheim", 6_100.0, 400.0),
        ("Gemeinde Eschental", 900.0, 60.0),
    ];
    a.sharing = Some(Sharing::new(
        bodies
            .iter()
            .map(|&(name, inhabitants, cases)| Body::new(name, inhabitants, cases))
            .collect(),
    ));
    a
}

#[test]
fn typical_assessments_with_three_alternatives_and_five_bodies_stay_under_2000_characters() {
    for (name, json) in [
        ("gemeinde-klein", examples::SMALL_GEMEINDE),
        ("grossstadt", examples::LARGE_CITY),
        ("start-example", examples::STARTING),
        ("voll-ausgefuellt", FULLY_FILLED),
    ] {
        let a = with_alternatives_and_bodies(json);
        assert_eq!(a.variant_count(), 3);
        assert!(a.invalid_alternatives().is_empty());
        let link = format!("{ORIGIN}{}", encode(&a));
        println!(
            "{name} + 3 alternatives + 5 bodies: {} characters",
            link.len()
        );
        assert!(link.len() < 2000, "{name}: {} characters", link.len());
        assert_eq!(decode(&link[ORIGIN.len()..]), Ok(a));
    }
}

/// Golden links: written once per format version and never regenerated.
/// Each must decode, forever, to its fixture document.
#[test]
fn golden_links_of_every_version_still_open() {
    // Each link sits beside the document it was made from, frozen at the
    // time; the fixtures themselves may grow with later versions.
    let golden = [
        (
            include_str!("fixtures/links/v1-gemeinde-klein.txt"),
            include_str!("fixtures/links/v1-gemeinde-klein.json"),
        ),
        (
            include_str!("fixtures/links/v1-grossstadt.txt"),
            include_str!("fixtures/links/v1-grossstadt.json"),
        ),
        (
            include_str!("fixtures/links/v1-vorlage-anbieter.txt"),
            include_str!("fixtures/links/v1-vorlage-anbieter.json"),
        ),
        (
            include_str!("fixtures/links/v1-voll-ausgefuellt.txt"),
            include_str!("fixtures/links/v1-voll-ausgefuellt.json"),
        ),
    ];
    for (link, json) in golden {
        assert_eq!(decode(link.trim()), Ok(fixture(json)));
    }
}

const V2_ALTERNATIVES: (&str, &str) = (
    include_str!("fixtures/links/v2-alternativen-kostenteilung.txt"),
    include_str!("fixtures/links/v2-alternativen-kostenteilung.json"),
);
const V2_MIX: (&str, &str) = (
    include_str!("fixtures/links/v2-mischschluessel-land.txt"),
    include_str!("fixtures/links/v2-mischschluessel-land.json"),
);

/// The golden links of version 2 decode to their documents, and what
/// they say is pinned here, so that a change in how a version-2 link is
/// read cannot pass unnoticed.
#[test]
fn golden_links_of_version_2_open_with_their_alternatives_and_sharing() {
    for (link, json) in [V2_ALTERNATIVES, V2_MIX] {
        assert!(link.starts_with("v2."));
        assert_eq!(decode(link.trim()), Ok(fixture(json)));
        println!(
            "{} characters with the origin",
            ORIGIN.len() + link.trim().len()
        );
        assert!(ORIGIN.len() + link.trim().len() < 2000);
    }

    // Gemeinde klein with three alternatives and five other bodies by use.
    let a = decode(V2_ALTERNATIVES.0.trim()).unwrap();
    assert_eq!(a.variant_count(), 3);
    let names: Vec<&str> = (0..3).map(|i| a.variant_name(i).unwrap()).collect();
    assert_eq!(
        names,
        ["EfA-Nachnutzung", "Eigenentwicklung", "Marktlösung"]
    );
    let own = a.variant(1).unwrap();
    assert_eq!(own.integration.fachverfahren_interface.amount, 25_000.0);
    assert_eq!(own.integration.project_hours, 300.0);
    assert_eq!(own.operations.usage_fee.amount, 0.0);
    assert_eq!(
        own.uncertainty.ranges[&Field::FachverfahrenInterface],
        efa_check::model::inputs::Range::new(18_000.0, 40_000.0)
    );
    let market = a.variant(2).unwrap();
    assert_eq!(market.benefits.minutes_saved_per_case, 12.0);
    assert_eq!(market.integration.connection_fee.amount, 8_000.0);
    // Everything not overridden is the first's.
    assert_eq!(market.integration.training.amount, 400.0);
    assert_eq!(market.benefits.cases_per_year, 600.0);
    let c = compare(&a);
    let kws: Vec<i64> = c
        .alternatives
        .iter()
        .map(|r| r.evaluation.kapitalwert.total.round() as i64)
        .collect();
    println!("KW of the three alternatives: {kws:?}");
    let ranking = c.ranking.unwrap();
    assert_eq!((ranking.best, ranking.runner_up), (0, Some(2)));
    let sharing = a.sharing.as_ref().unwrap();
    assert_eq!(sharing.participant_count(), 6);
    assert_eq!(sharing.key, Key::Use);
    let all = sharing.participants(&a);
    assert_eq!(all[0].name, "Gemeinde Musterhausen (Beispiel)");
    assert_eq!(
        (all[0].inhabitants, all[0].cases_per_year),
        (8_500.0, 600.0)
    );
    assert_eq!(all[2].name, "Stadt Birkenau (Beispiel)");
    // Joint by default: 1.500 + 4.000 € once and 900 + 600 + 250 € a
    // year; by use the own 600 of 2.340 cases pay 600/2.340 of it:
    // 1.410,26 € once (5.500 × 0,25641 = 1.410,256…) and 448,72 € a year.
    let shares = share_costs(&a, sharing).unwrap();
    assert_eq!(shares.one_time.joint, Cents(550_000));
    assert_eq!(shares.yearly.joint, Cents(175_000));
    assert_eq!(shares.bodies[0].one_time, Cents(141_026));
    assert_eq!(shares.bodies[0].yearly, Cents(44_872));
    assert_eq!(evaluate_bodies(&a, sharing).unwrap().len(), 6);

    // Großstadt, a mixed key (50 flat, 30 Einwohner, 20 Zielgruppe), the
    // Land paying 20.000 € once and 2.000 € a year, three joint items.
    let b = decode(V2_MIX.0.trim()).unwrap();
    assert_eq!(b.variant_count(), 2);
    assert_eq!(b.variant_name(0), Some(""));
    let sharing = b.sharing.as_ref().unwrap();
    assert_eq!(sharing.key, Key::Mix);
    assert_eq!(
        (
            sharing.weights.flat,
            sharing.weights.inhabitants,
            sharing.weights.target_group,
            sharing.weights.cases
        ),
        (50.0, 30.0, 20.0, 0.0)
    );
    assert_eq!(
        (
            sharing.land.share,
            sharing.land.one_time,
            sharing.land.yearly
        ),
        (0.0, 20_000.0, 2_000.0)
    );
    assert_eq!(sharing.own_target_group, Some(30_000.0));
    assert_eq!(
        sharing.joint,
        [
            Field::ConnectionFee,
            Field::FachverfahrenInterface,
            Field::UsageFee
        ]
        .into_iter()
        .collect()
    );
    // A key of a newer build on a body is kept.
    assert_eq!(sharing.bodies[0].unknown["ags"], "03353000");
    let shares = share_costs(&b, sharing).unwrap();
    assert_eq!(shares.one_time.land, Cents(2_000_000));
    assert_eq!(shares.yearly.land, Cents(200_000));
    let fractions: f64 = shares.bodies.iter().map(|s| s.fraction).sum();
    assert!((fractions - 1.0).abs() < 1e-12);
    println!(
        "own share: {} € once, {} € a year",
        shares.bodies[0].one_time.euros(),
        shares.bodies[0].yearly.euros()
    );
}

#[test]
fn accepts_the_fragment_with_or_without_hash() {
    let a = fixture(examples::SMALL_GEMEINDE);
    let link = encode(&a);
    assert!(
        link.starts_with("v2."),
        "links are written in format version 2"
    );
    assert_eq!(decode(&format!("#{link}")), Ok(a.clone()));
    assert_eq!(decode(&link), Ok(a));
}

#[test]
fn broken_links_give_typed_errors() {
    let link = encode(&fixture(examples::LARGE_CITY));
    // Cut off in the middle, as a mail client might.
    let truncated = &link[..link.len() / 2];
    assert!(matches!(
        decode(truncated),
        Err(LinkError::Corrupted | LinkError::NotBase64)
    ));
    // One character altered: the checksum catches it.
    let mut tampered = link.clone().into_bytes();
    let i = tampered.len() - 20;
    tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();
    assert!(matches!(
        decode(&tampered),
        Err(LinkError::Corrupted | LinkError::Document(_))
    ));
    assert_eq!(decode(""), Err(LinkError::NotALink));
    assert_eq!(decode("hello world"), Err(LinkError::NotALink));
    assert_eq!(decode("v1.@@@"), Err(LinkError::NotBase64));
    assert_eq!(decode("v1.AAAA"), Err(LinkError::Corrupted));
    assert_eq!(
        decode("v7.whatever"),
        Err(LinkError::Document(DecodeError::FutureVersion(7)))
    );
}

#[test]
fn a_zip_bomb_is_refused() {
    // 10 MB of spaces compress to a few kilobytes.
    let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 10_000_000], 10);
    use base64::Engine;
    let link = format!(
        "v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    );
    assert_eq!(decode(&link), Err(LinkError::TooLarge));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_valid_document_survives_the_round_trip(a in common::valid_document()) {
        prop_assert_eq!(decode(&encode(&a)), Ok(a));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_document_with_alternatives_and_sharing_survives_the_round_trip(
        a in common::document_v2(),
    ) {
        prop_assert_eq!(decode(&encode(&a)), Ok(a));
    }

    /// Random version-2 bodies, with any JSON where alternatives and
    /// sharing go: a typed result, never a panic, and nothing invalid
    /// let through.
    #[test]
    fn random_v2_links_never_panic(body in v2_body()) {
        let json = serde_json::to_vec(&body).unwrap();
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&json, 6);
        use base64::Engine;
        let link = format!("v2.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(z));
        if let Ok(a) = decode(&link) {
            prop_assert!(a.invalid_fields().is_empty());
            prop_assert!(a.invalid_alternatives().is_empty());
            prop_assert!(a.sharing.as_ref().is_none_or(|s| s.invalid().is_empty()));
            prop_assert!(a.oversized().is_empty());
        }
    }
}

/// Any JSON value built from the keys of version 2 and from the field
/// keys, with numbers at and past the domains' ends.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let keys: Vec<&'static str> = efa_check::share::link::KEYS
        .iter()
        .copied()
        .filter(|k| !k.is_empty())
        .collect();
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![
            Just(0.0),
            Just(-1.0),
            Just(1.0),
            Just(100.0),
            Just(101.0),
            Just(1.0e9),
            Just(1.0e300),
            -1.0e3..1.0e9f64
        ]
        .prop_map(|v| json!(v)),
        prop_oneof![
            Just("mix"),
            Just("use"),
            Just("target-group"),
            Just("usage-fee"),
            Just("x")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(keys.clone()), inner), 0..6)
                .prop_map(|members| {
                    Value::Object(
                        members
                            .into_iter()
                            .map(|(k, v)| (k.to_string(), v))
                            .collect(),
                    )
                }),
        ]
    })
}

/// A version-2 assessment body: the small example with random
/// `alternatives`, `sharing` and `first_name`.
fn v2_body() -> impl Strategy<Value = serde_json::Value> {
    (json_value(), json_value(), json_value(), 0..8usize).prop_map(
        |(alts, sharing, name, shape)| {
            let mut body: serde_json::Value =
                serde_json::from_str::<serde_json::Value>(examples::SMALL_GEMEINDE).unwrap()
                    ["assessment"]
                    .clone();
            let alternatives = match shape % 4 {
                0 => alts,
                1 => serde_json::json!([{"name": "A", "values": alts}]),
                2 => serde_json::json!([{"values": {"usage-fee": 100}, "ranges": alts}]),
                _ => serde_json::json!([alts]),
            };
            let sharing = match shape / 4 {
                0 => sharing,
                _ => serde_json::json!({"bodies": [sharing], "key": "mix"}),
            };
            body["alternatives"] = alternatives;
            body["sharing"] = sharing;
            body["first_name"] = name;
            body
        },
    )
}

/// Decoder robustness: 1.000.000 inputs from a seeded generator, never a
/// panic, always a typed result. Half are valid links with random damage
/// (cuts, flipped characters, insertions), half are arbitrary strings.
#[test]
fn one_million_damaged_or_arbitrary_links_never_panic() {
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.v#%+/= ";
    // Two documents of each version: the v1 examples and the v2 golden
    // documents (alternatives, bodies, a mixed key, a Land amount).
    let bases: Vec<Vec<u8>> = [
        examples::SMALL_GEMEINDE,
        V2_ALTERNATIVES.1,
        examples::LARGE_CITY,
        V2_MIX.1,
    ]
    .iter()
    .map(|json| encode(&fixture(json)).into_bytes())
    .collect();
    let mut rng = rand_pcg::Pcg64Mcg::seed_from_u64(0xEFA);
    let (mut ok, mut err) = (0u32, 0u32);
    for i in 0..1_000_000u32 {
        let input: Vec<u8> = if i % 2 == 0 {
            let mut bytes = bases[(i / 2 % 4) as usize].clone();
            for _ in 0..rng.random_range(1..4) {
                let at = rng.random_range(0..bytes.len());
                match rng.random_range(0..3) {
                    0 => bytes.truncate(at),
                    1 => bytes[at] = ALPHABET[rng.random_range(0..ALPHABET.len())],
                    _ => bytes.insert(at, ALPHABET[rng.random_range(0..ALPHABET.len())]),
                }
                if bytes.is_empty() {
                    break;
                }
            }
            bytes
        } else {
            let len = rng.random_range(0..64);
            let mut bytes: Vec<u8> = (0..len).map(|_| rng.random::<u8>()).collect();
            if rng.random_bool(0.5) {
                let tag: &[u8] = if rng.random_bool(0.5) { b"v1." } else { b"v2." };
                bytes.splice(0..0, tag.iter().copied());
            }
            bytes
        };
        match decode(&String::from_utf8_lossy(&input)) {
            Ok(a) => {
                ok += 1;
                assert!(a.invalid_fields().is_empty());
            }
            Err(_) => err += 1,
        }
    }
    println!("decoded {ok}, refused {err}");
    assert_eq!(ok + err, 1_000_000);
}

/// Every key a document can contain has a short code, so links stay short
/// as the format grows (a missing key would still work, only longer).
#[test]
fn every_document_key_has_a_short_code() {
    fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                for (k, x) in o {
                    out.push(k.clone());
                    keys(x, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for json in [
        FULLY_FILLED,
        include_str!("fixtures/vorlage-anbieter.json"),
        V2_ALTERNATIVES.1,
        V2_MIX.1,
    ] {
        keys(&serde_json::to_value(fixture(json)).unwrap(), &mut found);
    }
    // Every key of the new objects, also those the golden links leave out.
    let mut full = with_alternatives_and_bodies(FULLY_FILLED);
    let sharing = full.sharing.as_mut().unwrap();
    sharing.own_target_group = Some(1.0);
    sharing.bodies[0].target_group = Some(1.0);
    sharing.key = Key::Mix;
    sharing.weights = efa_check::model::sharing::Weights {
        inhabitants: 1.0,
        cases: 1.0,
        target_group: 1.0,
        flat: 1.0,
        ..Default::default()
    };
    sharing.land = efa_check::model::sharing::LandContribution {
        share: 0.1,
        ..efa_check::model::sharing::LandContribution::amount(1.0, 1.0)
    };
    sharing.joint.clear();
    keys(&serde_json::to_value(&full).unwrap(), &mut found);
    found.retain(|k| k != "ags");
    for field in efa_check::model::Field::ALL {
        found.push(field.key().to_string());
    }
    let missing: Vec<_> = found
        .iter()
        .filter(|k| !efa_check::share::link::KEYS.contains(&k.as_str()))
        .collect();
    assert!(missing.is_empty(), "add to share::link::KEYS: {missing:?}");
}

#[test]
fn every_field_key_is_its_variant_name_in_kebab_case() {
    // The keys are written out in `model::fields`; guards against a typo
    // there or a renamed variant whose key was not renamed with it.
    for &field in efa_check::model::Field::ALL {
        let name = format!("{field:?}");
        let mut kebab = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        assert_eq!(field.key(), kebab);
    }
}

#[test]
fn the_app_and_the_on_demand_module_make_the_same_link() {
    // The app compresses with `link::compress` from efa-extras
    // (`encode_with`); host code uses `encode`. Both must give one link.
    let a = examples::starting();
    let via_module = efa_check::share::link::encode_with(&a, efa_check::share::link::compress);
    assert_eq!(via_module, encode(&a));
    assert_eq!(decode(&via_module).unwrap(), a);
}

#[test]
fn the_qr_code_holds_a_typical_link_and_refuses_one_too_long() {
    let link = format!(
        "https://example.org/efa-check/#{}",
        encode(&examples::starting())
    );
    let svg = efa_check::share::qr::svg(&link).expect("a typical link fits a QR code");
    assert!(svg.starts_with("<svg"), "no XML declaration inside HTML");
    // Only the module matrix: the link's text never appears in the markup.
    assert!(!svg.contains("example.org"));
    let modules: u32 = svg
        .split("viewBox=\"")
        .nth(1)
        .and_then(|v| v.split(' ').nth(2))
        .and_then(|w| w.parse().ok())
        .expect("a viewBox");
    assert!(
        modules > 21 + 8,
        "larger than the smallest code plus its quiet zone"
    );
    // A QR code holds at most 2.953 bytes (version 40, level L).
    assert_eq!(efa_check::share::qr::svg(&"x".repeat(3_000)), None);
}
