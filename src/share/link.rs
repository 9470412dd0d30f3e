//! Share links: the whole assessment in the URL fragment, so it never
//! reaches a server.
//!
//! A link fragment is `v<N>.<payload>`: the document format version, a dot,
//! then the assessment as compact JSON, compressed with zlib (deflate plus
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
    // Serialising plain structs of numbers, strings and bools cannot fail.
    let json = serde_json::to_vec(assessment).unwrap_or_default();
    let compressed = compress_to_vec_zlib(&json, 10);
    format!("v{CURRENT_VERSION}.{}", URL_SAFE_NO_PAD.encode(compressed))
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
    let body: serde_json::Value =
        serde_json::from_slice(&json).map_err(|_| LinkError::Document(DecodeError::NotJson))?;
    decode_assessment(version, body).map_err(LinkError::Document)
}
