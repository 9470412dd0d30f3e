//! Browser entry point of the English app bundle (`efa-check-en`, built
//! with the feature `only-en`, docs/language.md): the same app as
//! `main.rs`, holding the English texts only. The page's loader starts it
//! when English is the stored language.

#[cfg(target_arch = "wasm32")]
fn main() {
    efa_check::ui::start();
}

/// The app only runs in the browser; `trunk serve` or `make serve` starts it.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("EfA-Check runs in the browser: `make serve` builds and starts the app.");
}
