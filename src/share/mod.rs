//! The versioned document format: the one codec through which files (and,
//! later, share links and autosave) read and write an assessment.
//!
//! A document is a small envelope around the model's [`Assessment`]:
//! `{"format": "efa-check", "version": N, "assessment": {…}}`. The model
//! never sees the version. Older versions are kept as frozen types in
//! submodules (`v1`, …) with a migration from each to the next, so every
//! document ever written keeps opening. See docs/format.md.

use serde::{Deserialize, Serialize};

use crate::model::technical::invalid_criteria;
use crate::model::uncertainty::{InvalidRange, MAX_SAMPLES};
use crate::model::{Assessment, InvalidField};

pub mod library;
pub mod link;

/// The `format` tag of every EfA-Check document.
pub const FORMAT_ID: &str = "efa-check";
/// The version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// The current document envelope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub assessment: Assessment,
}

impl Document {
    pub fn new(assessment: Assessment) -> Self {
        Self {
            format: FORMAT_ID.to_string(),
            version: CURRENT_VERSION,
            assessment,
        }
    }
}

/// Why a document could not be opened. Each variant has a German message
/// in `crate::text`.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// Not JSON at all, or cut off.
    NotJson,
    /// JSON, but not an EfA-Check document.
    NotADocument,
    /// Written by a newer EfA-Check than this one.
    FutureVersion(u32),
    /// The right version, but fields have the wrong shape.
    Malformed(String),
    /// Well-formed, but values lie outside their valid domains.
    InvalidValues(Vec<InvalidField>),
    /// Ranges that do not contain their most likely value or leave the domain.
    InvalidRanges(Vec<InvalidRange>),
    /// Nutzwert criteria (by position) with a weight outside 0–100 or a
    /// score outside 0–10.
    InvalidCriteria(Vec<usize>),
}

/// Typed data to JSON. Every writer (file, link, autosave) goes through
/// `serde_json::Value` and every reader parses bytes into a `Value` first
/// ([`parse`]), so the serde code for the document is compiled once per
/// direction instead of once per output format: a large share of the wasm
/// bundle. Serialising plain structs of numbers, strings, bools and maps
/// with string keys cannot fail.
pub(crate) fn to_value<T: Serialize>(data: &T) -> serde_json::Value {
    serde_json::to_value(data).unwrap_or_default()
}

/// JSON text (or bytes) to a `Value`; `None` if it is not JSON.
pub(crate) fn parse(text: &[u8]) -> Option<serde_json::Value> {
    serde_json::from_slice(text).ok()
}

/// Pretty-printed JSON of the current version.
pub fn to_json(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(&to_value(&Document::new(assessment.clone()))).unwrap_or_default()
}

/// Reads a document of any known version, migrating it to the current one,
/// and checks every value against its domain.
pub fn from_json(text: &str) -> Result<Assessment, DecodeError> {
    let value = parse(text.as_bytes()).ok_or(DecodeError::NotJson)?;
    let format = value.get("format").and_then(|f| f.as_str());
    let version = value.get("version").and_then(|v| v.as_u64());
    let (Some(FORMAT_ID), Some(version), Some(body)) = (format, version, value.get("assessment"))
    else {
        return Err(DecodeError::NotADocument);
    };
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    decode_assessment(version, body.clone())
}

/// The single entry for every reader (file, link, autosave): turns the
/// `assessment` part of a document of `version` into the current
/// [`Assessment`], migrating older versions, and validates it.
pub fn decode_assessment(version: u32, body: serde_json::Value) -> Result<Assessment, DecodeError> {
    let assessment: Assessment = match version {
        1 => serde_json::from_value(body).map_err(|e| DecodeError::Malformed(e.to_string()))?,
        v => return Err(DecodeError::FutureVersion(v)),
    };
    let invalid = assessment.invalid_fields();
    if !invalid.is_empty() {
        return Err(DecodeError::InvalidValues(invalid));
    }
    let ranges = assessment.invalid_ranges();
    if !ranges.is_empty() {
        return Err(DecodeError::InvalidRanges(ranges));
    }
    let criteria = invalid_criteria(&assessment.technical.criteria);
    if !criteria.is_empty() {
        return Err(DecodeError::InvalidCriteria(criteria));
    }
    if !(1..=MAX_SAMPLES).contains(&assessment.uncertainty.samples) {
        return Err(DecodeError::Malformed(format!(
            "samples {} (erlaubt 1 bis {MAX_SAMPLES})",
            assessment.uncertainty.samples
        )));
    }
    Ok(assessment)
}

/// Illustrative example documents (clearly marked as such in their
/// service and Kommune names). The same files are the test fixtures, so
/// the app's first screen and the pinned test results cannot drift apart.
pub mod examples {
    /// Kleine Gemeinde (8.500 Einwohner), Hundesteuer.
    pub const SMALL_GEMEINDE: &str = include_str!("../../tests/fixtures/gemeinde-klein.json");
    /// Großstadt (550.000 Einwohner), Bewohnerparkausweis.
    pub const LARGE_CITY: &str = include_str!("../../tests/fixtures/grossstadt.json");
}
