//! efa-xlsx: the module that writes the CSV and Excel files, loaded only
//! when the user asks for one (docs/performance.md, "On demand"), so that
//! rust_xlsxwriter and its zip writer never weigh on the first load.
//!
//! Trunk builds it beside the app like efa-extras (`index.html`,
//! `data-type="worker"`); `scripts/extras-hash.mjs` gives its files
//! content-hashed names and writes `<meta name="efa-xlsx">`. The app's
//! side is `ui::saved::export`. Every export takes the document as the
//! JSON file the app saves (`share::to_json`) and reads it through
//! `share::from_json`, the same validation as a file; it evaluates the
//! model itself, so the first load needs none of this.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The page's language (`de` or `en`, `<html lang>`): the loader calls
    /// this once, before any other export.
    #[wasm_bindgen]
    pub fn set_language(code: &str) {
        efa_check::text::set_lang(efa_check::text::Lang::from_code(code));
    }

    /// The CSV file of a document (`export::csv::document`), or
    /// `undefined` if the JSON is not a valid document.
    #[wasm_bindgen]
    pub fn csv_file(json: &str) -> Option<String> {
        let a = efa_check::share::from_json(json).ok()?;
        Some(efa_check::export::csv::document(&a))
    }

    /// The Excel workbook of a document (`export::xlsx::workbook`), or
    /// `undefined` if the JSON is not a valid document.
    #[wasm_bindgen]
    pub fn xlsx_file(json: &str) -> Option<Vec<u8>> {
        let a = efa_check::share::from_json(json).ok()?;
        efa_check::export::xlsx::workbook(&a).ok()
    }
}

/// Nothing runs at start: the app calls the exports.
fn main() {}
