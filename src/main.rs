//! Browser entry point: mounts the app into `<body>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(efa_check::ui::App);
}

/// The app only runs in the browser; `trunk serve` or `make serve` starts it.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("EfA-Check läuft im Browser: `make serve` baut und startet die App.");
}
