//! Browser entry point of the German app bundle (`efa-check`, built with
//! the feature `only-de`; the English one is `main_en.rs`): mounts the
//! app into `<body>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    efa_check::ui::start();
}

/// Benchmark hook for `scripts/bench-browser.mjs`
/// (`window.wasmBindings.bench_simulate`): see
/// `efa_check::ui::results::uncertainty::bench_simulate`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_simulate() -> f64 {
    efa_check::ui::results::uncertainty::bench_simulate()
}

/// The app only runs in the browser; `trunk serve` or `make serve` starts it.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("EfA-Check läuft im Browser: `make serve` baut und startet die App.");
}
