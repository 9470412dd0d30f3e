//! JSON readers: a document file the user opens, and the autosaved
//! library the browser keeps (both are text that may be damaged or
//! written by another version).
//!
//! Properties: neither reader panics, and every document `from_json`
//! accepts survives a round trip through `to_json` unchanged.
#![no_main]

use efa_check::share::{self, library::Library};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(assessment) = share::from_json(&text) {
        let again = share::to_json(&assessment);
        assert_eq!(
            share::from_json(&again),
            Ok(assessment),
            "accepted document does not survive to_json + from_json; written:\n{again}"
        );
    }
    // The same bytes as stored library text: it only has to not panic
    // (its error type is not part of the property, so it is ignored).
    let _ = Library::from_json(&text);
});
