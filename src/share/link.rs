//! Share links: the whole assessment in the URL fragment, so it never
//! reaches a server.
//!
//! A link fragment is `v<N>.<payload>`: the document format version, a dot,
//! then the assessment as compact JSON with its keys replaced by short
//! codes ([`KEYS`]), compressed with zlib (deflate plus
//! an Adler-32 checksum, so a truncated or altered link is detected rather
//! than misread) and encoded base64url without padding. Decoding goes
//! through [`super::decode_assessment`], the same path as files, so links
//! of every earlier version keep opening through the migration chain.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;

use super::{decode_assessment, DecodeError, CURRENT_VERSION};
use crate::model::Assessment;

/// Object keys of the document, in a frozen order: a link writes key i as
/// the short code `short_key(i)` ("A", "B", …, "Aa", …), which makes links
/// about a fifth shorter. Append new keys at the end, never reorder or
/// remove: the table is part of the link format of every version. Keys
/// not in the table pass through unchanged, so a missing entry costs
/// length, not correctness (`tests/links.rs` checks every key is listed).
pub const KEYS: &[&str] = &[
    "master",
    "service",
    "kommune",
    "inhabitants",
    "integration",
    "connection_fee",
    "amount",
    "note",
    "fachverfahren_interface",
    "parametrisation",
    "transport",
    "pvog_dvdv_certificates",
    "data_protection",
    "training",
    "process_redesign",
    "project_hours",
    "project_rate",
    "operations",
    "usage_fee",
    "interface_maintenance",
    "transport_fees",
    "further_development",
    "payment_fee_per_case",
    "support",
    "first_level_contacts_per_100",
    "first_level_cost_per_contact",
    "second_level_minutes_per_case",
    "second_level_rate",
    "funding",
    "one_time_grant",
    "recurring_contribution",
    "recurring_years",
    "benefits",
    "cases_per_year",
    "case_growth",
    "online_share_start",
    "online_share_target",
    "ramp_years",
    "minutes_saved_per_case",
    "staff_rate",
    "postage_saved_per_case",
    "print_scan_saved_per_case",
    "avoided_licence",
    "citizen_minutes_saved_per_case",
    "monetise_citizen_time",
    "citizen_hour_value",
    "parameters",
    "horizon_years",
    "discount_rate",
    "escalation",
    "one_time_spread_years",
    "staff_group",
    "technical",
    "prerequisites",
    "kind",
    "status",
    "responsible",
    "due",
    "must_have",
    "title",
    "transport_route",
    "criteria",
    "weight",
    "score",
    "uncertainty",
    "ranges",
    "fachverfahren-interface",
    "min",
    "max",
    "minutes-saved",
    "cases-per-year",
    "usage-fee",
    "seed",
    "samples",
    "unknown_costs",
    "template",
    "provider",
    "date",
    "connection-fee",
    "pvog-dvdv-certificates",
    "data-protection",
    "process-redesign",
    "project-hours",
    "project-rate",
    "interface-maintenance",
    "transport-fees",
    "further-development",
    "payment-fee-per-case",
    "first-level-contacts",
    "first-level-cost",
    "second-level-minutes",
    "second-level-rate",
    "one-time-grant",
    "recurring-contribution",
    "recurring-years",
    "case-growth",
    "online-share-start",
    "online-share-target",
    "ramp-years",
    "staff-rate",
    "postage-saved",
    "print-scan-saved",
    "avoided-licence",
    "citizen-minutes-saved",
    "citizen-hour-value",
    "horizon-years",
    "discount-rate",
    "one-time-spread-years",
    "other_one_time",
    "other-one-time",
    "unconfirmed",
    "unscored",
    // Format version 2: alternatives and the Kostenteilung.
    "first_name",
    "alternatives",
    "name",
    "values",
    "sharing",
    "bodies",
    "target_group",
    "own_target_group",
    "key",
    "weights",
    "cases",
    "flat",
    "land",
    "share",
    "one_time",
    "yearly",
    "joint",
];

/// The short code of table entry `i`: an upper-case letter, then for
/// i ≥ 26 a lower-case letter. Real keys are lower-case, so codes never
/// collide with them.
fn short_key(i: usize) -> String {
    let mut code = String::new();
    code.push(char::from(b'A' + (i % 26) as u8));
    if i >= 26 {
        code.push(char::from(b'a' + (i / 26 - 1) as u8));
    }
    code
}

/// Renames every object key of `value` with `map` (recursively).
fn rename_keys(value: serde_json::Value, map: &dyn Fn(String) -> String) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(object) => Value::Object(
            object
                .into_iter()
                .map(|(k, v)| (map(k), rename_keys(v, map)))
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| rename_keys(v, map)).collect())
        }
        other => other,
    }
}

fn shorten(key: String) -> String {
    KEYS.iter().position(|k| *k == key).map_or(key, short_key)
}

fn lengthen(key: String) -> String {
    (0..KEYS.len())
        .find(|&i| short_key(i) == key)
        .map_or(key, |i| KEYS[i].to_string())
}

/// Largest decompressed document a link may carry. A real assessment is a
/// few kilobytes; the limit stops a crafted link from inflating without
/// bound (a "zip bomb").
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;

/// Why a link could not be opened. Each variant has a German message in
/// `crate::text`.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// No `v<N>.` tag: not an EfA-Check link (or cut off before the tag).
    NotALink,
    /// The payload is not base64url: characters were altered or added.
    NotBase64,
    /// The compressed data is cut off or its checksum does not match.
    Corrupted,
    /// The document inside is too large to be genuine.
    TooLarge,
    /// The document inside could not be read (including newer versions).
    Document(DecodeError),
}

/// Encodes an assessment as a link fragment (without the leading `#`).
pub fn encode(assessment: &Assessment) -> String {
    encode_with(assessment, compress)
}

/// [`encode`] with the zlib compressor passed in. The app's first load
/// holds only the decompressor: it compresses with [`compress`] from the
/// on-demand module (`src/extras.rs`), loaded when a link is made.
pub fn encode_with(assessment: &Assessment, compress: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let value = super::to_value(assessment);
    let json = serde_json::to_vec(&rename_keys(value, &shorten)).unwrap_or_default();
    format!(
        "v{CURRENT_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(compress(&json))
    )
}

/// The zlib stream of a link's compact JSON, at the highest level.
pub fn compress(json: &[u8]) -> Vec<u8> {
    compress_to_vec_zlib(json, 10)
}

/// What identifies the document a link carries, so that opening the same
/// link again finds the copy it made before (stored with that library
/// entry as `from_link`, docs/format.md): the FNV-1a hash (64 bits, 16 hex
/// digits) of the document as this build reads it, in compact JSON. It
/// is taken of the decoded document, not of the link text, so the same
/// document encoded by another build still matches. Not a security
/// measure: anybody can make a link whose hash equals another's.
pub fn identity(assessment: &Assessment) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let json = serde_json::to_vec(&super::to_value(assessment)).unwrap_or_default();
    let hash = json
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

/// Decodes a link fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Assessment, LinkError> {
    let fragment = fragment.trim().trim_start_matches('#');
    let (tag, payload) = fragment.split_once('.').ok_or(LinkError::NotALink)?;
    let version: u32 = tag
        .strip_prefix('v')
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
        .ok_or(LinkError::NotALink)?;
    if version > CURRENT_VERSION {
        // Checked before the payload: a newer app may also compress differently.
        return Err(LinkError::Document(DecodeError::FutureVersion(version)));
    }
    let compressed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::NotBase64)?;
    let json = decompress_to_vec_zlib_with_limit(&compressed, MAX_DOCUMENT_BYTES).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            LinkError::TooLarge
        } else {
            LinkError::Corrupted
        }
    })?;
    let body = super::parse(&json).ok_or(LinkError::Document(DecodeError::NotJson))?;
    decode_assessment(version, rename_keys(body, &lengthen)).map_err(LinkError::Document)
}
