//! efa-extras: the module the app loads on demand (docs/performance.md,
//! "On demand"). It holds the parts a session uses rarely, so that the
//! first load stays within its budget: the charts (plotters), the QR
//! encoder and the link's zlib compressor. It has no UI and no state; every export is a pure
//! function of its arguments.
//!
//! Trunk builds it beside the app (`index.html`, `data-type="worker"`,
//! `data-bindgen-target="web"`) and `scripts/post-build.mjs` gives its
//! files content-hashed names and tells the page where they are
//! (`<meta name="efa-extras">`). The app's side is
//! `ui::widgets::extras`, which loads it the first time one of its parts
//! is needed and says so if that fails.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The page's language (`de` or `en`, `<html lang>`): the loader calls
    /// this once, before any other export.
    #[wasm_bindgen]
    pub fn set_language(code: &str) {
        efa_check::text::set_lang(efa_check::text::Lang::from_code(code));
    }

    /// The QR code of `text` as SVG markup (`share::qr::svg`), or
    /// `undefined` if the text is too long for a QR code.
    #[wasm_bindgen]
    pub fn qr_svg(text: &str) -> Option<String> {
        efa_check::share::qr::svg(text)
    }

    /// A chart as SVG from its JSON (`charts::Chart`).
    #[wasm_bindgen]
    pub fn chart_svg(json: &str) -> String {
        efa_check::charts::Chart::svg_of_json(json)
    }

    /// The zlib stream of a share link's JSON (`share::link::compress`).
    #[wasm_bindgen]
    pub fn deflate(json: &[u8]) -> Vec<u8> {
        efa_check::share::link::compress(json)
    }
}

/// Nothing runs at start: the app calls the exports.
fn main() {}
