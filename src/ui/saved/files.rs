//! JSON files: "Als JSON speichern" downloads the open assessment as a
//! pretty-printed document; "JSON öffnen" (file picker) and the drop zone
//! read one through `share::from_json`, the same validation as links, and
//! open it as a new entry. Blobs, object URLs and reading files are
//! gloo-file's.

use gloo_file::{Blob, File};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::library::{Message, Workspace};
use crate::share;
use crate::text::saved::{self as words, t};
use crate::ui::form::state::Form;

/// Largest file we try to read. An exported assessment is a few
/// kilobytes.
const MAX_FILE_BYTES: u64 = 1_000_000;

fn failed(body: String) -> Message {
    Message {
        id: "file-error",
        error: true,
        title: t().file_failed_title,
        body,
    }
}

/// A file's bytes as text: UTF-8 (with or without a byte-order mark), or
/// else Windows-1252 through the browser's `TextDecoder`, which a German
/// editor or an old Excel may have written. The flag says it was not
/// UTF-8, so the user is told to check the umlauts.
fn file_text(bytes: &[u8]) -> Option<(String, bool)> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), false));
    }
    let decoder = web_sys::TextDecoder::new_with_label("windows-1252").ok()?;
    let text = decoder.decode_with_u8_array(bytes).ok()?;
    Some((text, true))
}

/// Reads a chosen or dropped file and opens it as a new entry.
fn open_file(ws: Workspace, file: web_sys::File) {
    let file = File::from(file);
    if file.size() > MAX_FILE_BYTES {
        ws.fail(failed(t().file_too_large.to_string()));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = gloo_file::futures::read_as_bytes(&file).await.ok();
        let Some((text, not_utf8)) = bytes.as_deref().and_then(file_text) else {
            ws.fail(failed(t().file_unreadable.to_string()));
            return;
        };
        match share::from_json(&text) {
            Ok(assessment) => {
                let name = words::from_file_name(&assessment.master.service);
                let mut body = t().file_opened_body.to_string();
                if not_utf8 {
                    body = format!("{body} {}", t().file_not_utf8);
                }
                ws.open_copy(
                    &name,
                    assessment,
                    Message {
                        id: "file-notice",
                        error: false,
                        title: t().file_opened_title,
                        body,
                    },
                );
            }
            Err(error) => ws.fail(failed(words::document_error(&error, words::Source::File))),
        }
    });
}

/// Offers `contents` as a file download (nothing leaves the machine).
pub(super) fn download(
    file_name: &str,
    contents: impl gloo_file::BlobContents,
    mime: &str,
) -> Result<(), JsValue> {
    crate::ui::widgets::download::offer(file_name, Blob::new_with_options(contents, Some(mime)))
}

/// "Als JSON speichern": the open assessment as a file named after its
/// service.
/// `id` tells two of these buttons apart (the toolbar's is `json-save`).
#[component]
pub fn JsonSave(form: Form, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    let save = move |_| {
        let (name, json) = form.document.with_untracked(|d| {
            (
                words::export_file_name(&d.master.service),
                share::to_json(d),
            )
        });
        let _ = download(&name, json.as_str(), "application/json");
    };
    view! {
        <button
            type="button"
            id=id.unwrap_or("json-save")
            class="button button--secondary"
            on:click=save
        >
            {t().json_save}
        </button>
    }
}

/// "JSON öffnen": a button that opens the browser's file picker.
#[component]
pub fn JsonOpen(workspace: Workspace) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let chosen = move |_| {
        let Some(el) = input.get_untracked() else {
            return;
        };
        if let Some(file) = el.files().and_then(|files| files.get(0)) {
            open_file(workspace, file);
        }
        // Choosing the same file again must fire `change` again.
        el.set_value("");
    };
    view! {
        <button
            type="button"
            id="json-open"
            class="button button--secondary"
            on:click=move |_| {
                if let Some(el) = input.get_untracked() {
                    el.click();
                }
            }
        >
            {t().json_open}
        </button>
        <input
            type="file"
            id="json-file"
            accept=".json,application/json"
            hidden
            node_ref=input
            on:change=chosen
        />
    }
}

/// Where a JSON file can be dropped. The file picker button is the
/// keyboard way to the same thing.
#[component]
pub fn DropZone(workspace: Workspace) -> impl IntoView {
    let over = RwSignal::new(false);
    view! {
        <div
            id="json-drop"
            class="drop-zone"
            class:drop-zone--over=move || over.get()
            on:dragover=move |ev| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev| {
                ev.prevent_default();
                over.set(false);
                let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
                if let Some(file) = file {
                    open_file(workspace, file);
                }
            }
        >
            <p class="drop-zone__text">{t().json_drop}</p>
        </div>
    }
}
