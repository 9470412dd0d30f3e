//! Browser entry point: mounts the app into `<body>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Readable panic messages in the console for debug builds (`trunk
    // serve`); the release bundle leaves the hook out (0,7 KB gzip,
    // docs/performance.md): a panic there still shows in the console, as
    // "unreachable", and the model's property tests keep it from happening.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(efa_check::ui::App);
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
