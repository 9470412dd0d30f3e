//! Share links: size, round trip, golden strings of every format version,
//! and a typed error for every way a link can break.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::Assessment;
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

/// Decoder robustness: 1.000.000 inputs from a seeded generator, never a
/// panic, always a typed result. Half are valid links with random damage
/// (cuts, flipped characters, insertions), half are arbitrary strings.
#[test]
fn one_million_damaged_or_arbitrary_links_never_panic() {
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.v#%+/= ";
    let bases: Vec<Vec<u8>> = [examples::SMALL_GEMEINDE, examples::LARGE_CITY]
        .iter()
        .map(|json| encode(&fixture(json)).into_bytes())
        .collect();
    let mut rng = rand_pcg::Pcg64Mcg::seed_from_u64(0xEFA);
    let (mut ok, mut err) = (0u32, 0u32);
    for i in 0..1_000_000u32 {
        let input: Vec<u8> = if i % 2 == 0 {
            let mut bytes = bases[(i / 2 % 2) as usize].clone();
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
                bytes.splice(0..0, b"v1.".iter().copied());
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
    for json in [FULLY_FILLED, include_str!("fixtures/vorlage-anbieter.json")] {
        keys(&serde_json::to_value(fixture(json)).unwrap(), &mut found);
    }
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
