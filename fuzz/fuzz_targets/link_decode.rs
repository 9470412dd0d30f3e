//! Share-link decoder: any text pasted into the address bar.
//!
//! Properties: `link::decode` never panics, and whatever it accepts
//! survives a round trip through `link::encode` unchanged.
//!
//! Each input is tried twice: as the link text itself, and as the payload
//! of a link (the short-key JSON inside), which this harness compresses
//! and encodes the way a v1 link does (docs/format.md). Mutating a real
//! link almost always breaks its checksum, so without the second reading
//! the fuzzer would rarely get past decompression to the key renaming and
//! the document checks.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use efa_check::share::link;
use libfuzzer_sys::fuzz_target;
use miniz_oxide::deflate::compress_to_vec_zlib;

fn check(fragment: &str) {
    if let Ok(assessment) = link::decode(fragment) {
        let again = link::encode(&assessment);
        assert_eq!(
            link::decode(&again),
            Ok(assessment),
            "decoded link does not survive encode + decode; re-encoded: {again}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    // A URL fragment reaches the app as a string; invalid UTF-8 becomes
    // U+FFFD, as the browser would show it. Valid UTF-8 is passed as is.
    check(&String::from_utf8_lossy(data));
    // Level 1: the fastest; the decoder does not care how well it packs.
    let payload = URL_SAFE_NO_PAD.encode(compress_to_vec_zlib(data, 1));
    check(&format!("v1.{payload}"));
});
