//! "Als CSV herunterladen" and "Als Excel-Arbeitsmappe herunterladen":
//! the whole document (every alternative, the Kostenteilung) as a file
//! for a spreadsheet, downloaded from the page like the JSON file
//! (`files::download`); nothing is sent anywhere.
//!
//! The files are written by the on-demand module efa-xlsx (`src/xlsx.rs`,
//! `crate::export`), which is fetched the first time a button is pressed
//! (`widgets::extras::download_from_module`, which also makes the Blob,
//! so the file never passes through the app's memory):
//! the button says "Wird vorbereitet …" meanwhile, and a module that
//! cannot be loaded is a notice, with the inputs untouched; the next press
//! tries again. The module gets the document as the JSON file the app
//! saves, so it evaluates the model itself and the first load carries
//! neither the writers nor rust_xlsxwriter.
//!
//! With the feature `inline-extras` (component tests) the writers are
//! linked in and called directly.

use leptos::prelude::*;

use super::library::{Message, Workspace};
use crate::export::file_name;
use crate::share;
use crate::text::saved::t;
#[cfg(not(feature = "inline-extras"))]
use crate::ui::widgets::extras::download_from_module;
use crate::ui::widgets::extras::DownloadError;

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

/// Writes the file of `json` (a document as `share::to_json` writes it)
/// in the module and downloads it.
#[cfg(not(feature = "inline-extras"))]
async fn write(kind: Kind, json: &str, name: &str) -> Result<(), DownloadError> {
    let writer = match kind {
        Kind::Csv => "csv_file",
        Kind::Xlsx => "xlsx_file",
    };
    download_from_module("efa-xlsx", writer, json, name, kind.mime()).await
}

/// The same, with the writers linked in (component tests).
#[cfg(feature = "inline-extras")]
async fn write(kind: Kind, json: &str, name: &str) -> Result<(), DownloadError> {
    let a = share::from_json(json).map_err(|_| DownloadError::Write)?;
    let done = match kind {
        Kind::Csv => {
            super::files::download(name, crate::export::csv::document(&a).as_str(), kind.mime())
        }
        Kind::Xlsx => {
            let bytes = crate::export::xlsx::workbook(&a).map_err(|_| DownloadError::Write)?;
            super::files::download(name, bytes.as_slice(), kind.mime())
        }
    };
    done.map_err(|_| DownloadError::Write)
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
            let result = write(kind, &json, &name).await;
            busy.set(None);
            let body = match result {
                Ok(()) => return,
                Err(DownloadError::Load) => x.export_load_failed,
                Err(DownloadError::Write) => x.export_write_failed,
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
