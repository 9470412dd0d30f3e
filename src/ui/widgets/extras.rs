//! The on-demand module efa-extras (`src/extras.rs`): the charts, the QR
//! encoder and the link compressor, kept out of the first load
//! (docs/performance.md, "On demand"). It is fetched the first time a
//! part of it is needed — a chart coming on screen, the share dialog,
//! the presentation's link view — and then stays.
//!
//! Two ways in: [`ready`] for an action (open the dialog, then wait), and
//! [`get`] for a reactive view, which reads the loading state as a signal
//! and so redraws when the module arrives. A failed load (offline, a file
//! missing after a redeploy) is reported as [`Loaded::Failed`] and tried
//! again by the next action that needs it; nothing else depends on it.
//!
//! With the feature `inline-extras` (component tests: wasm-bindgen-test
//! serves only the test module) the same functions are linked in and
//! always ready.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::Assessment;
use crate::share::link;

/// Where the module stands, as the views see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Loading,
    Ready,
    Failed,
}

/// The result of asking for a part of the module from a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded<T> {
    /// Being fetched; the view will be drawn again when it is there.
    Pending,
    /// Could not be fetched; asking again tries again.
    Failed,
    Ready(T),
}

/// The loaded module. Its methods call into efa-extras.
#[derive(Clone)]
pub struct Extras {
    #[cfg_attr(feature = "inline-extras", allow(dead_code))]
    module: JsValue,
}

#[cfg(not(feature = "inline-extras"))]
mod bridge {
    use wasm_bindgen::prelude::*;

    // The URL of a module comes from `<meta name="<module>">`, which the
    // build writes (scripts/post-build.mjs) with the content-hashed file
    // name and the same path prefix as the app's own script, so a
    // sub-path deployment works too. One fetch per module however often
    // it is asked for; a failed one is forgotten so the next request
    // tries again, under another URL: the browser's module map keeps a
    // failed import failed.
    //
    // `module_download` calls a module's export that writes a file and
    // offers what it returns (a string or bytes) as a Blob behind an
    // object URL, as ui::saved::files does for JSON; the file goes from
    // the module to the Blob without a copy through the app. It resolves
    // to 0 (downloaded), 1 (the module could not be loaded) or 2 (it
    // wrote nothing). A module speaks the page's language (`<html lang>`,
    // set before the first render, ui::language): each module's
    // `set_language` export is called once it is loaded. The comments stay
    // out of the script: it ships in the first load.
    #[wasm_bindgen(inline_js = r#"
const loading = new Map();
const attempts = new Map();
export function module_load(name) {
  let promise = loading.get(name);
  if (!promise) {
    const meta = document.querySelector(`meta[name="${name}"]`);
    const url = new URL(meta ? meta.content : `${name}.js`, document.baseURI);
    const attempt = attempts.get(name) ?? 0;
    if (attempt > 0) url.searchParams.set('retry', String(attempt));
    attempts.set(name, attempt + 1);
    promise = import(url.href).then(async (m) => {
      await m.default();
      m.set_language(document.documentElement.lang);
      return m;
    });
    promise.catch(() => { loading.delete(name); });
    loading.set(name, promise);
  }
  return promise;
}
export function extras_qr(m, text) { return m.qr_svg(text); }
export function extras_deflate(m, bytes) { return m.deflate(bytes); }
export function extras_chart(m, json) { return m.chart_svg(json); }
export async function module_download(name, writer, arg, file, mime) {
  let m;
  try { m = await module_load(name); } catch { return 1; }
  let data;
  try { data = m[writer](arg); } catch { data = undefined; }
  if (data === undefined) return 2;
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return 0;
}
"#)]
    extern "C" {
        pub fn module_load(name: &str) -> js_sys::Promise;
        pub fn extras_qr(module: &JsValue, text: &str) -> Option<String>;
        pub fn extras_deflate(module: &JsValue, bytes: &[u8]) -> Vec<u8>;
        pub fn extras_chart(module: &JsValue, json: &str) -> String;
        pub fn module_download(
            name: &str,
            writer: &str,
            arg: &str,
            file: &str,
            mime: &str,
        ) -> js_sys::Promise;
    }
}

/// Why [`download_from_module`] made no file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadError {
    /// The module could not be fetched (asking again tries again).
    Load,
    /// Its writer returned nothing.
    Write,
}

/// Loads the module `name` (as [`load_module`]), calls its export
/// `writer` with `arg`, and offers what it returns as the download
/// `file` of type `mime` (a Blob behind an object URL; nothing leaves
/// the machine).
#[cfg(not(feature = "inline-extras"))]
pub async fn download_from_module(
    name: &str,
    writer: &str,
    arg: &str,
    file: &str,
    mime: &str,
) -> Result<(), DownloadError> {
    let outcome = wasm_bindgen_futures::JsFuture::from(bridge::module_download(
        name, writer, arg, file, mime,
    ))
    .await;
    match outcome.ok().and_then(|v| v.as_f64()) {
        Some(0.0) => Ok(()),
        Some(1.0) => Err(DownloadError::Load),
        _ => Err(DownloadError::Write),
    }
}

/// Fetches and starts the on-demand module built from the `[[bin]]`
/// `name` (`efa-extras`, `efa-xlsx`): its exports, or `None` if it cannot
/// be loaded (asking again tries again).
#[cfg(not(feature = "inline-extras"))]
pub async fn load_module(name: &str) -> Option<JsValue> {
    wasm_bindgen_futures::JsFuture::from(bridge::module_load(name))
        .await
        .ok()
}

impl Extras {
    /// The QR code of `text` as SVG markup (`share::qr::svg`): only the
    /// module matrix, never the text, so it may be set as `inner_html`.
    pub fn qr_svg(&self, text: &str) -> Option<String> {
        #[cfg(not(feature = "inline-extras"))]
        return bridge::extras_qr(&self.module, text);
        #[cfg(feature = "inline-extras")]
        return crate::share::qr::svg(text);
    }

    /// A chart as SVG markup (`charts::Chart::svg`): numbers and escaped
    /// labels only, so it may be set as `inner_html`.
    pub fn chart_svg(&self, chart: &crate::charts::Chart) -> String {
        #[cfg(feature = "inline-extras")]
        {
            chart.svg()
        }
        #[cfg(not(feature = "inline-extras"))]
        {
            // Through `Value`, the one serde path the app already has for
            // writing (docs/performance.md).
            let json = serde_json::to_value(chart)
                .and_then(|v| serde_json::to_vec(&v))
                .unwrap_or_default();
            bridge::extras_chart(&self.module, std::str::from_utf8(&json).unwrap_or_default())
        }
    }

    /// The share link of any document at this page's address, or `None`
    /// when the link would not reopen it (see `link::decode`; a document
    /// beyond what a link may carry cannot be shared that way, and the
    /// share dialog then offers the JSON file instead).
    pub fn share_url(&self, doc: &Assessment) -> Option<String> {
        let fragment = self.link_fragment(doc);
        link::decode(&fragment).ok()?;
        let location = window().location();
        Some(format!(
            "{}{}#{fragment}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
        ))
    }

    /// The share-link fragment of a document (`share::link::encode`).
    pub fn link_fragment(&self, doc: &Assessment) -> String {
        #[cfg(not(feature = "inline-extras"))]
        return link::encode_with(doc, |json| bridge::extras_deflate(&self.module, json));
        #[cfg(feature = "inline-extras")]
        return link::encode(doc);
    }
}

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static REQUESTED: Cell<bool> = const { Cell::new(false) };
    // Reference-counted, not owned by the component that asked first, so
    // it outlives every view that reads it.
    static STATUS: ArcRwSignal<Status> = ArcRwSignal::new(initial_status());
}

fn initial_status() -> Status {
    if cfg!(feature = "inline-extras") {
        Status::Ready
    } else {
        Status::Idle
    }
}

fn set_status(status: Status) {
    STATUS.with(|s| s.set(status));
}

fn loaded() -> Option<Extras> {
    if cfg!(feature = "inline-extras") {
        return Some(Extras {
            module: JsValue::UNDEFINED,
        });
    }
    MODULE
        .with(|m| m.borrow().clone())
        .map(|module| Extras { module })
}

/// Fetches the module (the page's script does so once however often it
/// is asked) and records the outcome for the views.
async fn load() -> Option<Extras> {
    if let Some(extras) = loaded() {
        return Some(extras);
    }
    set_status(Status::Loading);
    #[cfg(not(feature = "inline-extras"))]
    match load_module("efa-extras").await {
        Some(module) => MODULE.with(|m| *m.borrow_mut() = Some(module)),
        None => REQUESTED.with(|r| r.set(false)),
    }
    let extras = loaded();
    set_status(if extras.is_some() {
        Status::Ready
    } else {
        Status::Failed
    });
    extras
}

/// Starts the fetch from a view, in its own task (a view only reads
/// signals; the task writes the status).
fn request() {
    if !REQUESTED.with(|r| r.replace(true)) {
        leptos::task::spawn_local(async {
            load().await;
        });
    }
}

/// The module for a view: tracked, so the view is drawn again once it has
/// loaded or failed. The first call starts the fetch.
pub fn get() -> Loaded<Extras> {
    let status = STATUS.with(|s| s.get());
    if let Some(extras) = loaded() {
        return Loaded::Ready(extras);
    }
    // After a failure a view does not ask again by itself (it would ask
    // on every redraw); an action ([`ready`]) does.
    if status == Status::Failed {
        return Loaded::Failed;
    }
    request();
    Loaded::Pending
}

/// A chart for a view (tracked): its SVG once the module is there, an
/// empty string until then or if it cannot be loaded (every chart's data
/// table stands beside it).
pub fn chart(chart: impl FnOnce() -> crate::charts::Chart) -> String {
    match get() {
        Loaded::Ready(x) => x.chart_svg(&chart()),
        Loaded::Pending | Loaded::Failed => String::new(),
    }
}

/// The module for an action: waits for it, `None` if it cannot be loaded.
pub async fn ready() -> Option<Extras> {
    load().await
}
