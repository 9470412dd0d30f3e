//! The versioned document format: the one codec through which files, share
//! links and autosave read and write an assessment.
//!
//! A document is a small envelope around the model's [`Assessment`]:
//! `{"format": "efa-check", "version": N, "assessment": {…}}`. The model
//! never sees the version. Every document ever written keeps opening: a
//! version that changed the meaning of an existing key would be read
//! through a frozen type of its own with a migration to the next. So far
//! none did: version 2 only added keys (`first_name`, `alternatives`,
//! `sharing`), so a version-1 body is a version-2 body without them and
//! is read by the current type itself (a frozen copy would only double
//! the serde code in the bundle). See docs/format.md, "Versions".

use serde::{Deserialize, Serialize};

use crate::model::alternatives::InvalidOverride;
use crate::model::limits::{
    Oversize, MAX_ALTERNATIVES, MAX_BODIES, MAX_CRITERIA, MAX_PREREQUISITES,
};
use crate::model::sharing::SharingError;
use crate::model::technical::invalid_criteria;
use crate::model::uncertainty::{InvalidRange, MAX_SAMPLES, MIN_SAMPLES};
use crate::model::{Assessment, InvalidField};

pub mod library;
pub mod link;
pub mod qr;

/// The `format` tag of every EfA-Check document.
pub const FORMAT_ID: &str = "efa-check";
/// The version this build writes. Version 2 added alternatives and the
/// Kostenteilung: a document with a sharing means by its joint amounts
/// what all bodies pay together, which a version-1 build would take as
/// the Kommune's own costs, so such a build must refuse it rather than
/// show wrong figures.
pub const CURRENT_VERSION: u32 = 2;

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
/// in `crate::text`. None of them carries text from the document itself:
/// a message may name a field and the rule it breaks, never repeat what a
/// (possibly hostile) file or link says.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    /// Not JSON at all, or cut off.
    NotJson,
    /// JSON, but not an EfA-Check document.
    NotADocument,
    /// Version 0: no EfA-Check ever wrote it, so the document is damaged
    /// or made by hand.
    VersionZero,
    /// Written by a newer EfA-Check than this one.
    FutureVersion(u32),
    /// The right version, but a value has the wrong shape (a text where a
    /// number belongs, an unknown choice). Where it is, as a path of the
    /// format's own key names ([`Malformed`]).
    Malformed(Malformed),
    /// Longer texts or lists than a document may hold (`model::limits`).
    TooLarge(Vec<Oversize>),
    /// Well-formed, but values lie outside their valid domains.
    InvalidValues(Vec<InvalidField>),
    /// Ranges that do not contain their most likely value or leave the domain.
    InvalidRanges(Vec<InvalidRange>),
    /// Overrides of the second to fourth alternatives with a value outside
    /// the field's domain or an unusable range.
    InvalidAlternatives(Vec<InvalidOverride>),
    /// Figures of the Kostenteilung outside their domains (by participant
    /// position and basis, weights, the Land's part, joint items).
    InvalidSharing(Vec<SharingError>),
    /// Nutzwert criteria (by position) with a weight outside 0–100 or a
    /// score outside 0–10.
    InvalidCriteria(Vec<usize>),
    /// A Monte Carlo sample count outside `MIN_SAMPLES` to `MAX_SAMPLES`.
    InvalidSamples(u32),
}

/// Where a malformed value sits: each step is a key of the format (from
/// the link key table, so never text the document made up) or a list
/// position. A key the format does not have is shown as `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Malformed {
    pub path: Vec<PathStep>,
}

/// One step of a [`Malformed`] path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathStep {
    /// A key of the format.
    Key(&'static str),
    /// A key this build does not know (its text is not repeated).
    OtherKey,
    /// Position in a list, 0-based.
    Index(usize),
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
/// and checks every value against its domain. A leading byte-order mark
/// (as some editors write) is skipped.
pub fn from_json(text: &str) -> Result<Assessment, DecodeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = parse(text.as_bytes()).ok_or(DecodeError::NotJson)?;
    let (version, body) = envelope(&value).ok_or(DecodeError::NotADocument)?;
    decode_assessment(version, body.clone())
}

/// The version of a `{"format": format_id, "version": N, …}` object, if
/// `value` is one: the envelope shared by documents and the stored
/// library. A version beyond `u32` reads as `u32::MAX` (a future one).
pub(crate) fn format_version(value: &serde_json::Value, format_id: &str) -> Option<u32> {
    if value.get("format").and_then(|f| f.as_str()) != Some(format_id) {
        return None;
    }
    let version = value.get("version").and_then(|v| v.as_u64())?;
    Some(u32::try_from(version).unwrap_or(u32::MAX))
}

/// The version and the `assessment` part of a document envelope, if
/// `value` is one. Files and autosave read envelopes through this.
pub(crate) fn envelope(value: &serde_json::Value) -> Option<(u32, &serde_json::Value)> {
    let version = format_version(value, FORMAT_ID)?;
    Some((version, value.get("assessment")?))
}

/// The single entry for every reader (file, link, autosave): turns the
/// `assessment` part of a document of `version` into the current
/// [`Assessment`], migrating older versions, and validates it: first the
/// limits of `model::limits` (cheap, so a hostile document costs nothing
/// more), then every value's domain: the fields, their ranges, the
/// overrides of the other alternatives, the Kostenteilung, the Nutzwert
/// criteria and the sample count. Last, it puts a checklist item that
/// cannot be "erfüllt" back to "offen" (`Technical::normalise`: the
/// transport route without a route chosen), as setting it in the form
/// would.
pub fn decode_assessment(version: u32, body: serde_json::Value) -> Result<Assessment, DecodeError> {
    let mut assessment: Assessment = match version {
        0 => return Err(DecodeError::VersionZero),
        // Version 1 is version 2 without alternatives and sharing.
        1 | 2 => read_current(body)?,
        v => return Err(DecodeError::FutureVersion(v)),
    };
    let oversized = assessment.oversized();
    if !oversized.is_empty() {
        return Err(DecodeError::TooLarge(oversized));
    }
    let invalid = assessment.invalid_fields();
    if !invalid.is_empty() {
        return Err(DecodeError::InvalidValues(invalid));
    }
    let ranges = assessment.invalid_ranges();
    if !ranges.is_empty() {
        return Err(DecodeError::InvalidRanges(ranges));
    }
    let overrides = assessment.invalid_alternatives();
    if !overrides.is_empty() {
        return Err(DecodeError::InvalidAlternatives(overrides));
    }
    if let Some(sharing) = &assessment.sharing {
        let problems = sharing.invalid();
        if !problems.is_empty() {
            return Err(DecodeError::InvalidSharing(problems));
        }
    }
    let criteria = invalid_criteria(&assessment.technical.criteria);
    if !criteria.is_empty() {
        return Err(DecodeError::InvalidCriteria(criteria));
    }
    if !(MIN_SAMPLES..=MAX_SAMPLES).contains(&assessment.uncertainty.samples) {
        return Err(DecodeError::InvalidSamples(assessment.uncertainty.samples));
    }
    assessment.technical.normalise();
    Ok(assessment)
}

/// Versions 1 and 2 are the current type itself.
fn read_current(body: serde_json::Value) -> Result<Assessment, DecodeError> {
    // Lists are counted before serde builds them: 20.000 items would cost
    // time and memory only to be refused.
    let count = |section: Option<&str>, list: &str| {
        section
            .map_or(Some(&body), |s| body.get(s))
            .and_then(|t| t.get(list))
            .and_then(|l| l.as_array())
            .map_or(0, Vec::len)
    };
    let items = count(Some("technical"), "prerequisites");
    let criteria = count(Some("technical"), "criteria");
    // The first alternative and the own Kommune are not in the lists.
    let alternatives = 1 + count(None, "alternatives");
    let bodies = 1 + count(Some("sharing"), "bodies");
    let mut oversized = Vec::new();
    if items > MAX_PREREQUISITES {
        oversized.push(Oversize::Prerequisites(items));
    }
    if criteria > MAX_CRITERIA {
        oversized.push(Oversize::Criteria(criteria));
    }
    if alternatives > MAX_ALTERNATIVES {
        oversized.push(Oversize::Alternatives(alternatives));
    }
    if bodies > MAX_BODIES {
        oversized.push(Oversize::Bodies(bodies));
    }
    if !oversized.is_empty() {
        return Err(DecodeError::TooLarge(oversized));
    }
    let decodes = |v: &serde_json::Value| serde_json::from_value::<Assessment>(v.clone()).is_ok();
    serde_json::from_value(body.clone()).map_err(|_| {
        DecodeError::Malformed(Malformed {
            path: malformed_path(&body, &decodes),
        })
    })
}

/// Finds where `body` stops decoding, without reading serde's message
/// (which quotes the offending text). Every key of the format is
/// optional, so taking the culprit out makes the rest decode: the search
/// descends into the first member whose removal does, and then into that
/// member's culprit. Only runs for a broken document; each probe is one
/// decode of a document that is at most a few hundred kilobytes.
fn malformed_path(
    body: &serde_json::Value,
    decodes: &dyn Fn(&serde_json::Value) -> bool,
) -> Vec<PathStep> {
    use serde_json::Value;
    let mut path: Vec<(Option<String>, usize)> = Vec::new();
    let mut steps = Vec::new();
    // Removes the member at `path` + `last` from a copy of `body`.
    let without = |path: &[(Option<String>, usize)], last: &(Option<String>, usize)| {
        let mut copy = body.clone();
        let mut node = &mut copy;
        for (key, index) in path {
            node = match key {
                Some(k) => &mut node[k.as_str()],
                None => &mut node[*index],
            };
        }
        match (node, last) {
            (Value::Object(map), (Some(k), _)) => _ = map.shift_remove(k.as_str()),
            (Value::Array(items), (None, i)) if *i < items.len() => _ = items.remove(*i),
            _ => {}
        }
        copy
    };
    let mut node = body;
    // A document is a few levels deep; the bound only guards the loop.
    for _ in 0..16 {
        let members: Vec<((Option<String>, usize), &Value)> = match node {
            Value::Object(map) => map.iter().map(|(k, v)| ((Some(k.clone()), 0), v)).collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| ((None, i), v))
                .collect(),
            _ => break,
        };
        let Some((member, child)) = members
            .into_iter()
            .find(|(member, _)| decodes(&without(&path, member)))
        else {
            break;
        };
        steps.push(match &member {
            (Some(key), _) => link::KEYS
                .iter()
                .find(|k| **k == key.as_str())
                .map_or(PathStep::OtherKey, |k| PathStep::Key(k)),
            (None, i) => PathStep::Index(*i),
        });
        path.push(member);
        node = child;
    }
    steps
}

/// Illustrative example documents (clearly marked as such in their
/// service and Kommune names). The same files are the test fixtures, so
/// the app's first screen and the pinned test results cannot drift apart.
pub mod examples {
    /// Kleine Gemeinde (8.500 Einwohner), Hundesteuer.
    pub const SMALL_GEMEINDE: &str = include_str!("../../tests/fixtures/gemeinde-klein.json");
    /// Großstadt (550.000 Einwohner), Bewohnerparkausweis.
    pub const LARGE_CITY: &str = include_str!("../../tests/fixtures/grossstadt.json");
    /// The small Gemeinde with four illustrative ranges (Spannen), so that
    /// the first screen shows P(KW > 0), the histogram and the tornado.
    /// Why these spans: docs/method.md, "The starting example".
    pub const STARTING: &str = include_str!("../../tests/fixtures/start-example.json");
    /// The same example with its names and notes in English, for a first
    /// visit in English: the same figures (a test compares them), only the
    /// document's own words differ. Documents carry no language; this is
    /// just the one an English visitor is offered to start from.
    pub const STARTING_EN: &str = include_str!("../../tests/fixtures/start-example-en.json");

    use crate::model::Assessment;
    use crate::text::{lang, Lang};

    /// The illustrative example the app starts with ([`STARTING`], or
    /// [`STARTING_EN`] in English); falls back to the reference defaults
    /// should the bundled example ever fail to open (a test makes sure it
    /// opens).
    pub fn starting() -> Assessment {
        let json = match lang() {
            Lang::De => STARTING,
            Lang::En => STARTING_EN,
        };
        super::from_json(json).unwrap_or_else(|_| Assessment::with_reference_defaults())
    }

    /// Whether `a` is the starting example, in either language: an
    /// example opened in German is still the untouched example after a
    /// switch to English (it holds no work of the user's).
    pub fn is_starting(a: &Assessment) -> bool {
        [STARTING, STARTING_EN]
            .into_iter()
            .any(|json| super::from_json(json).is_ok_and(|example| example == *a))
    }
}
