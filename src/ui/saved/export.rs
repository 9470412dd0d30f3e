//! "Als CSV herunterladen" and "Als Excel-Arbeitsmappe herunterladen":
//! the whole document (every alternative, the Kostenteilung) as a file
//! for a spreadsheet, downloaded from the page like the JSON file
//! (`files::download`); nothing is sent anywhere.
//!
//! The files are written by the on-demand module efa-xlsx (`src/xlsx.rs`,
//! `crate::export`), which is fetched the first time a button is pressed:
//! the button says "Wird vorbereitet …" meanwhile, and a module that
//! cannot be loaded is a notice, with the inputs untouched; the next press
//! tries again. The module gets the document as the JSON file the app
//! saves, so it evaluates the model itself and the first load carries
//! neither the writers nor rust_xlsxwriter.
//!
//! With the feature `inline-extras` (component tests) the writers are
//! linked in and called directly.

use leptos::prelude::*;

use super::files::download;
use super::library::{Message, Workspace};
use crate::export::file_name;
use crate::share;
use crate::text::saved::t;

/// Which file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Csv,
    Xlsx,
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Kind::Csv => "text/csv;charset=utf-8",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// A written file.
enum Written {
    Text(String),
    Bytes(Vec<u8>),
}

/// Why no file came out: the module did not load, or it could not write.
#[cfg_attr(feature = "inline-extras", allow(dead_code))]
enum Failure {
    Load,
    Write,
}

/// Writes the file of `json` (a document as `share::to_json` writes it).
#[cfg(not(feature = "inline-extras"))]
async fn write(kind: Kind, json: &str) -> Result<Written, Failure> {
    use crate::ui::widgets::extras::{call_module, load_module};
    let module = load_module("efa-xlsx").await.ok_or(Failure::Load)?;
    let value = match kind {
        Kind::Csv => call_module(&module, "csv_file", json),
        Kind::Xlsx => call_module(&module, "xlsx_file", json),
    };
    match kind {
        Kind::Csv => value.as_string().map(Written::Text),
        Kind::Xlsx => value
            .is_object()
            .then(|| Written::Bytes(js_sys::Uint8Array::new(&value).to_vec())),
    }
    .ok_or(Failure::Write)
}

/// The same, with the writers linked in (component tests).
#[cfg(feature = "inline-extras")]
async fn write(kind: Kind, json: &str) -> Result<Written, Failure> {
    let a = share::from_json(json).map_err(|_| Failure::Write)?;
    Ok(match kind {
        Kind::Csv => Written::Text(crate::export::csv::document(&a)),
        Kind::Xlsx => {
            Written::Bytes(crate::export::xlsx::workbook(&a).map_err(|_| Failure::Write)?)
        }
    })
}

/// The two export buttons.
#[component]
pub fn Exports(workspace: Workspace) -> impl IntoView {
    let x = t();
    let busy = RwSignal::new(None::<Kind>);
    let start = move |kind: Kind| {
        if busy.get_untracked().is_some() {
            return;
        }
        busy.set(Some(kind));
        let (name, json) = workspace.form.document.with_untracked(|d| {
            (
                file_name(&d.master.service, kind.extension()),
                share::to_json(d),
            )
        });
        leptos::task::spawn_local(async move {
            let result = write(kind, &json).await;
            busy.set(None);
            let body = match result {
                Ok(Written::Text(text)) => {
                    let _ = download(&name, text.as_str(), kind.mime());
                    return;
                }
                Ok(Written::Bytes(bytes)) => {
                    let _ = download(&name, bytes.as_slice(), kind.mime());
                    return;
                }
                Err(Failure::Load) => x.export_load_failed,
                Err(Failure::Write) => x.export_write_failed,
            };
            workspace.fail(Message {
                id: "export-error",
                error: true,
                title: x.export_failed_title,
                body: body.to_string(),
            });
        });
    };
    let button = move |kind: Kind, id: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                id=id
                class="button button--secondary"
                aria-busy=move || (busy.get() == Some(kind)).to_string()
                on:click=move |_| start(kind)
            >
                {move || if busy.get() == Some(kind) { x.export_preparing } else { label }}
            </button>
        }
    };
    view! {
        {button(Kind::Csv, "csv-save", x.csv_save)}
        {button(Kind::Xlsx, "xlsx-save", x.xlsx_save)}
    }
}
