//! The user's own saved assessments (Bibliothek), as kept by the browser's
//! autosave: several named entries, one of them open.
//!
//! This is plain data and pure logic, tested natively; `crate::ui` only
//! moves the serialised text in and out of `localStorage`. Every entry is
//! stored as a full versioned document and read back through
//! [`super::decode_assessment`], so autosaves migrate like files and links.
//! An entry this build cannot read (written by a newer version in another
//! tab, say) is kept untouched and written back as it was: nothing the user
//! saved is ever dropped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{decode_assessment, Document, CURRENT_VERSION, FORMAT_ID};
use crate::model::Assessment;

/// The `format` tag of the stored library.
pub const LIBRARY_FORMAT_ID: &str = "efa-check-library";

/// Stable identifier of an entry within one browser.
pub type EntryId = u64;

/// One saved assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: EntryId,
    /// Name the user gave it.
    pub name: String,
    /// Last change, milliseconds since 1970 (from the browser clock).
    pub updated_ms: f64,
    pub content: Content,
    /// Text typed into fields that is not (yet) a valid value, by field
    /// DOM id, so a reload restores exactly what was on screen.
    pub drafts: BTreeMap<String, String>,
}

/// What an entry holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Assessment(Box<Assessment>),
    /// A stored document this build cannot read, kept verbatim.
    Unreadable(serde_json::Value),
    /// A stored entry whose very shape is unknown, kept verbatim.
    UnreadableEntry(serde_json::Value),
}

/// The stored shape of an entry.
#[derive(Serialize, Deserialize)]
struct StoredEntry {
    id: EntryId,
    name: String,
    #[serde(default)]
    updated_ms: f64,
    document: serde_json::Value,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    drafts: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
struct StoredLibrary {
    format: String,
    version: u32,
    entries: Vec<serde_json::Value>,
    #[serde(default)]
    current: Option<EntryId>,
}

/// Why stored text could not be read as a library at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnreadableLibrary;

/// All saved assessments, with the one that is open and the last deletion
/// (which can be undone).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub current: Option<EntryId>,
    /// The last deleted entry and its former position.
    deleted: Option<(usize, Entry)>,
}

impl Library {
    /// Reads the stored text. Entries that cannot be read are kept as
    /// [`Content::Unreadable`]; only text that is not a library at all is
    /// an error (the caller then keeps that text aside, see `crate::ui`).
    pub fn from_json(text: &str) -> Result<Self, UnreadableLibrary> {
        let stored: StoredLibrary = super::parse(text.as_bytes())
            .and_then(|value| serde_json::from_value(value).ok())
            .ok_or(UnreadableLibrary)?;
        if stored.format != LIBRARY_FORMAT_ID {
            return Err(UnreadableLibrary);
        }
        let entries = stored
            .entries
            .into_iter()
            .enumerate()
            .map(|(i, raw)| read_entry(i, raw))
            .collect();
        let mut library = Library {
            entries,
            current: stored.current,
            deleted: None,
        };
        library.fix_current();
        Ok(library)
    }

    /// Serialises the library for storage.
    pub fn to_json(&self) -> String {
        let entries = self
            .entries
            .iter()
            .map(|e| {
                let document = match &e.content {
                    Content::Assessment(a) => super::to_value(&Document::new((**a).clone())),
                    Content::Unreadable(raw) => raw.clone(),
                    Content::UnreadableEntry(raw) => return raw.clone(),
                };
                super::to_value(&StoredEntry {
                    id: e.id,
                    name: e.name.clone(),
                    updated_ms: e.updated_ms,
                    document,
                    drafts: e.drafts.clone(),
                })
            })
            .collect();
        serde_json::to_string(&super::to_value(&StoredLibrary {
            format: LIBRARY_FORMAT_ID.to_string(),
            version: CURRENT_VERSION,
            entries,
            current: self.current,
        }))
        .unwrap_or_default()
    }

    pub fn get(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    fn get_mut(&mut self, id: EntryId) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// The open entry's assessment, if it is readable.
    pub fn current_assessment(&self) -> Option<&Assessment> {
        match &self.get(self.current?)?.content {
            Content::Assessment(a) => Some(a),
            Content::Unreadable(_) | Content::UnreadableEntry(_) => None,
        }
    }

    fn next_id(&self) -> EntryId {
        let deleted = self.deleted.as_ref().map(|(_, e)| e.id);
        self.entries
            .iter()
            .map(|e| e.id)
            .chain(deleted)
            .max()
            .map_or(1, |m| m + 1)
    }

    /// Adds a new entry, opens it and returns its id.
    pub fn create(&mut self, name: &str, assessment: Assessment, now_ms: f64) -> EntryId {
        let id = self.next_id();
        self.entries.push(Entry {
            id,
            name: name.to_string(),
            updated_ms: now_ms,
            content: Content::Assessment(Box::new(assessment)),
            drafts: BTreeMap::new(),
        });
        self.current = Some(id);
        id
    }

    /// Stores the open entry's current state (autosave).
    pub fn save_current(
        &mut self,
        assessment: &Assessment,
        drafts: BTreeMap<String, String>,
        now_ms: f64,
    ) {
        let Some(id) = self.current else { return };
        if let Some(entry) = self.get_mut(id) {
            entry.content = Content::Assessment(Box::new(assessment.clone()));
            entry.drafts = drafts;
            entry.updated_ms = now_ms;
        }
    }

    pub fn rename(&mut self, id: EntryId, name: &str) {
        if let Some(entry) = self.get_mut(id) {
            entry.name = name.to_string();
        }
    }

    /// Copies an entry under `name`, opens the copy and returns its id.
    pub fn duplicate(&mut self, id: EntryId, name: &str, now_ms: f64) -> Option<EntryId> {
        let source = self.get(id)?.clone();
        let new_id = self.next_id();
        self.entries.push(Entry {
            id: new_id,
            name: name.to_string(),
            updated_ms: now_ms,
            ..source
        });
        self.current = Some(new_id);
        Some(new_id)
    }

    pub fn select(&mut self, id: EntryId) {
        if self.get(id).is_some() {
            self.current = Some(id);
        }
    }

    /// Deletes an entry; [`Library::undo_delete`] brings it back. Only the
    /// last deletion is kept for undo.
    pub fn delete(&mut self, id: EntryId) {
        if let Some(pos) = self.entries.iter().position(|e| e.id == id) {
            let entry = self.entries.remove(pos);
            self.deleted = Some((pos, entry));
            self.fix_current();
        }
    }

    /// The name of the entry that [`Library::undo_delete`] would restore.
    pub fn deleted_name(&self) -> Option<&str> {
        self.deleted.as_ref().map(|(_, e)| e.name.as_str())
    }

    /// Restores the last deleted entry at its former place and opens it.
    pub fn undo_delete(&mut self) -> Option<EntryId> {
        let (pos, entry) = self.deleted.take()?;
        let id = entry.id;
        self.entries.insert(pos.min(self.entries.len()), entry);
        self.current = Some(id);
        Some(id)
    }

    /// Takes over the library that another tab of the app has just
    /// stored, so that this tab's next save does not write back a stale
    /// list (and drop what was added, renamed or deleted there). This tab
    /// keeps its open entry while it still exists, and its undo while the
    /// deleted entry's id is not taken there.
    pub fn adopt(&mut self, stored: Library) {
        let current = self.current;
        let deleted = self.deleted.take();
        *self = stored;
        self.deleted = deleted.filter(|(_, e)| self.get(e.id).is_none());
        if current.and_then(|id| self.get(id)).is_some() {
            self.current = current;
        }
        self.fix_current();
    }

    /// Keeps `current` pointing at an existing entry (the first readable
    /// one) or at none.
    fn fix_current(&mut self) {
        if self.current.and_then(|id| self.get(id)).is_none() {
            self.current = self
                .entries
                .iter()
                .find(|e| matches!(e.content, Content::Assessment(_)))
                .map(|e| e.id);
        }
    }
}

/// Reads one stored entry; what cannot be read is kept verbatim.
fn read_entry(index: usize, raw: serde_json::Value) -> Entry {
    let parsed = serde_json::from_value::<StoredEntry>(raw.clone());
    let Ok(stored) = parsed else {
        return Entry {
            // Ids of unreadable shapes only need to be unique in memory.
            id: u64::MAX - index as u64,
            name: String::new(),
            updated_ms: 0.0,
            content: Content::UnreadableEntry(raw),
            drafts: BTreeMap::new(),
        };
    };
    let document = &stored.document;
    let readable = match (
        document.get("format").and_then(|f| f.as_str()),
        document.get("version").and_then(|v| v.as_u64()),
        document.get("assessment"),
    ) {
        (Some(FORMAT_ID), Some(version), Some(body)) => {
            decode_assessment(u32::try_from(version).unwrap_or(u32::MAX), body.clone()).ok()
        }
        _ => None,
    };
    Entry {
        id: stored.id,
        name: stored.name,
        updated_ms: stored.updated_ms,
        content: match readable {
            Some(a) => Content::Assessment(Box::new(a)),
            None => Content::Unreadable(stored.document),
        },
        drafts: stored.drafts,
    }
}
