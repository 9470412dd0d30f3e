//! The browser's side of autosave: `localStorage`, the clock, German
//! dates.
//!
//! Why web-sys and not gloo-storage: gloo's `LocalStorage` panics (with
//! `panic = "abort"`: a white screen) when the browser blocks storage,
//! and its `set` JSON-encodes the value again, so the stored text would no
//! longer be the library document of docs/format.md. The few calls below
//! catch every exception instead; a failure becomes a warning, never a
//! crash.

use wasm_bindgen::JsValue;

use crate::share::library::Stamp;

/// The key of the library (docs/format.md, "Autosave").
pub const LIBRARY_KEY: &str = "efa-check.library";
/// Where stored text that is not a library is kept instead of being
/// thrown away.
pub const BACKUP_KEY: &str = "efa-check.library.backup";

/// The browser's `localStorage`, if the page may use it. Reading the
/// property itself throws when storage is blocked.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Why storage could not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not let the page store anything (private mode, a
    /// setting, a sandboxed frame).
    Blocked,
    /// Storage works but is full (`QuotaExceededError`).
    Full,
}

/// The text stored under `key` (`None` if there is none).
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()
        .ok_or(StorageError::Blocked)?
        .get_item(key)
        .map_err(|_| StorageError::Blocked)
}

/// Stores `text` under `key`. Fails when storage is blocked or full.
pub fn write(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()
        .ok_or(StorageError::Blocked)?
        .set_item(key, text)
        .map_err(|e| {
            let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            match name.as_deref() {
                Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => {
                    StorageError::Full
                }
                _ => StorageError::Blocked,
            }
        })
}

/// Keeps text that could not be read as a library under a backup key that
/// holds nothing yet, and returns that key.
pub fn keep_aside(text: &str) -> Result<String, StorageError> {
    let mut key = BACKUP_KEY.to_string();
    let mut n = 1;
    while read(&key)?.is_some_and(|old| old != text) {
        n += 1;
        key = format!("{BACKUP_KEY}.{n}");
    }
    write(&key, text)?;
    Ok(key)
}

/// Now, with a random number for new entry ids.
pub fn stamp() -> Stamp {
    Stamp {
        now_ms: now_ms(),
        random: js_sys::Math::random(),
    }
}

/// The browser clock, milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment as date and time in the page's language ("29.11.2026, 14:05",
/// "29 Nov 2026, 14:05"), by the browser's `Intl`.
pub fn date_time(ms: f64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(crate::text::lang().locale(), &options)
        .into()
}
