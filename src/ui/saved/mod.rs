//! Saved work: the library of named assessments in the browser's storage
//! (autosave, merging with other tabs), JSON files, and share links with
//! their QR code. Everything that reads a document goes through
//! `crate::share::decode_assessment`.
//!
//! - `library`: the [`library::Workspace`] and the "Gespeicherte Bewertungen" panel;
//! - `files`: saving, opening and dropping JSON files;
//! - `export`: "Als CSV herunterladen" and "Als Excel-Arbeitsmappe
//!   herunterladen", written by the on-demand module efa-xlsx;
//! - `fresh_start`: "Mit Referenzwerten neu beginnen" and its question;
//! - `share_dialog`: the "Teilen" dialog with link and QR code;
//! - `storage`: the `localStorage` wrapper that never panics;
//! - `update`: the service worker and "Eine neue Version ist verfügbar".

pub mod export;
pub mod files;
pub mod fresh_start;
pub mod library;
pub mod share_dialog;
pub mod storage;
pub mod update;
