//! The user's own saved assessments (Bibliothek), as kept by the browser's
//! autosave: several named entries, one of them open.
//!
//! This is plain data and pure logic, tested natively; `crate::ui` only
//! moves the serialised text in and out of `localStorage`. Every entry is
//! stored as a full versioned document and read back through
//! [`super::decode_assessment`], so autosaves migrate like files and links.
//!
//! Nothing the user saved is ever dropped:
//! - an entry this build cannot read (written by a newer version, say) is
//!   kept untouched and written back as it was;
//! - keys this build does not know, on the library, an entry or inside a
//!   document, are kept and written back;
//! - a library of a newer version is not read at all
//!   ([`LibraryError::FutureVersion`]), so it is never rewritten;
//! - several tabs share one stored library. Each tab merges what is stored
//!   into its own copy before it saves ([`Library::merge`]): entry by entry,
//!   the later change wins, and a deletion is remembered (a tombstone) so
//!   that another tab's older copy does not bring the entry back. Entry ids
//!   are random, so two tabs never hand out the same one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{decode_assessment, envelope, Document};
use crate::model::limits::{too_long, MAX_NAME_CHARS};
use crate::model::{Assessment, Unknown};

/// The `format` tag of the stored library.
pub const LIBRARY_FORMAT_ID: &str = "efa-check-library";
/// The library version this build reads and writes.
pub const LIBRARY_VERSION: u32 = 1;

/// Most drafts one entry may hold: a few per input of the form.
pub const MAX_DRAFTS: usize = 400;
/// Longest draft text (and draft key): what a number field takes.
pub const MAX_DRAFT_CHARS: usize = crate::model::limits::MAX_NUMBER_CHARS;
/// How many deletions are remembered for merging with other tabs. A tab
/// that is older than the last 200 deletions could bring one back; it
/// loses nothing.
pub const MAX_TOMBSTONES: usize = 200;

/// Identifier of an entry, unique across the tabs of one browser: random
/// below 2⁵³, so it stays exact where the stored JSON is read as a
/// JavaScript number.
pub type EntryId = u64;

/// The moment of a change, with a random number from the browser for new
/// entry ids. The library itself holds no clock and no randomness, so it
/// stays testable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamp {
    /// Milliseconds since 1970 (browser clock).
    pub now_ms: f64,
    /// Uniform in [0, 1).
    pub random: f64,
}

/// One saved assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: EntryId,
    /// Its name: made from the service name, until the user renames it.
    pub name: String,
    /// Whether the user renamed it ("Umbenennen"): from then on its name
    /// no longer follows the service name ([`Library::name_after_service`]).
    pub renamed: bool,
    /// For a copy opened from a share link, the link's
    /// [`super::link::identity`]: opening that link again reopens this
    /// entry instead of making another copy.
    pub from_link: Option<String>,
    /// Last change, milliseconds since 1970 (from the browser clock).
    pub updated_ms: f64,
    pub content: Content,
    /// Text typed into fields that is not (yet) a valid value, by field
    /// DOM id, so a reload restores exactly what was on screen.
    pub drafts: BTreeMap<String, String>,
    /// Keys of the stored entry this build does not know.
    unknown: Unknown,
    /// Keys of the document envelope this build does not know.
    document_unknown: Unknown,
}

/// What an entry holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Assessment(Box<Assessment>),
    /// A stored document this build cannot read, kept verbatim.
    Unreadable(serde_json::Value),
    /// A stored entry whose very shape is unknown (or beyond the limits),
    /// kept verbatim.
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
    /// Missing in libraries written before it existed: not renamed.
    #[serde(default, skip_serializing_if = "is_false")]
    renamed: bool,
    /// Missing in older libraries and for entries not opened from a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_link: Option<String>,
    #[serde(flatten)]
    unknown: Unknown,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// What [`Library::start_fresh`] did, so that it can be undone: the entry
/// that was open, exactly as it was, and the entry now holding the fresh
/// document (the same one when the open entry held no work of its own).
#[derive(Clone, Debug, PartialEq)]
pub struct FreshStart {
    previous: Entry,
    fresh: EntryId,
}

impl FreshStart {
    /// The name of the entry that was open before.
    pub fn previous_name(&self) -> &str {
        &self.previous.name
    }

    /// Whether the entry that was open is still in the library beside the
    /// fresh one (it held work), rather than replaced by it.
    pub fn kept_previous(&self) -> bool {
        self.fresh != self.previous.id
    }
}

/// Whether an open document holds work of the user's, so that replacing it
/// must ask first and must keep it: it has invalid typed text, or it is
/// neither the starting example nor a fresh start with the reference
/// defaults.
pub fn holds_work(assessment: &Assessment, drafts: &BTreeMap<String, String>) -> bool {
    !drafts.is_empty()
        || (!super::examples::is_starting(assessment)
            && *assessment != Assessment::with_reference_defaults())
}

/// A remembered deletion.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Tombstone {
    id: EntryId,
    deleted_ms: f64,
}

#[derive(Serialize, Deserialize)]
struct StoredLibrary {
    format: String,
    version: u32,
    entries: Vec<serde_json::Value>,
    #[serde(default)]
    current: Option<EntryId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<Tombstone>,
    #[serde(flatten)]
    unknown: Unknown,
}

/// Why stored text could not be read as a library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// Not a library at all (the caller keeps the text aside).
    Unreadable,
    /// A library written by a newer EfA-Check: this build must not touch it.
    FutureVersion(u32),
}

/// What a [`Library::merge`] did to the entry open in this tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Merged {
    /// It is as it was (or none was open).
    Unchanged,
    /// Another tab changed it later; the library now holds that version.
    ChangedElsewhere,
    /// Another tab deleted it after this tab's last change. It is no longer
    /// in the library; here is what this tab had, to restore it.
    DeletedElsewhere(Box<Entry>),
}

/// All saved assessments, with the one that is open and the last deletion
/// (which can be undone).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub current: Option<EntryId>,
    /// The last deleted entry and its former position.
    deleted: Option<(usize, Entry)>,
    /// Deletions (id → when), for merging with other tabs.
    tombstones: BTreeMap<EntryId, f64>,
    /// Keys of the stored library this build does not know.
    unknown: Unknown,
}

impl Library {
    /// Reads the stored text. Entries that cannot be read are kept as
    /// [`Content::Unreadable`]; text that is not a library at all, and a
    /// library of a newer version, are errors (see [`LibraryError`]).
    pub fn from_json(text: &str) -> Result<Self, LibraryError> {
        let value = super::parse(text.as_bytes()).ok_or(LibraryError::Unreadable)?;
        match super::format_version(&value, LIBRARY_FORMAT_ID) {
            Some(LIBRARY_VERSION) => {}
            Some(v) if v > LIBRARY_VERSION => return Err(LibraryError::FutureVersion(v)),
            _ => return Err(LibraryError::Unreadable),
        }
        let stored: StoredLibrary =
            serde_json::from_value(value).map_err(|_| LibraryError::Unreadable)?;
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
            tombstones: stored
                .deleted
                .into_iter()
                .filter(|t| t.deleted_ms.is_finite())
                .map(|t| (t.id, t.deleted_ms))
                .collect(),
            unknown: stored.unknown,
        };
        library.fix_current();
        Ok(library)
    }

    /// Serialises the library for storage.
    pub fn to_json(&self) -> String {
        let entries = self.entries.iter().map(stored_entry).collect();
        serde_json::to_string(&super::to_value(&StoredLibrary {
            format: LIBRARY_FORMAT_ID.to_string(),
            version: LIBRARY_VERSION,
            entries,
            current: self.current,
            deleted: self
                .tombstones
                .iter()
                .map(|(&id, &deleted_ms)| Tombstone { id, deleted_ms })
                .collect(),
            unknown: self.unknown.clone(),
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

    /// An id that no entry, deletion or undo slot of this library uses:
    /// random, so another tab creating an entry at the same moment picks
    /// another one.
    fn fresh_id(&self, random: f64) -> EntryId {
        const SPAN: f64 = 9_007_199_254_740_992.0; // 2^53
        let mut id = ((random.clamp(0.0, 1.0) * SPAN) as EntryId).max(1);
        let taken = |id: EntryId| {
            self.get(id).is_some()
                || self.tombstones.contains_key(&id)
                || self.deleted.as_ref().is_some_and(|(_, e)| e.id == id)
        };
        while taken(id) {
            id = id % (SPAN as EntryId - 1) + 1;
        }
        id
    }

    /// Adds a new entry, opens it and returns its id.
    pub fn create(&mut self, name: &str, assessment: Assessment, stamp: Stamp) -> EntryId {
        let id = self.fresh_id(stamp.random);
        self.entries.push(Entry {
            id,
            name: bounded_name(name),
            renamed: false,
            from_link: None,
            updated_ms: stamp.now_ms,
            content: Content::Assessment(Box::new(assessment)),
            drafts: BTreeMap::new(),
            unknown: Unknown::new(),
            document_unknown: Unknown::new(),
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

    /// Autosave: stores `assessment` and `drafts` in the open entry if
    /// they differ from what it holds, and returns whether they did. When
    /// the service name changed and the user has not renamed the entry,
    /// its name follows: `follow(name, service before, service after)`
    /// gives the new name, or `None` for a name not made from the service
    /// (`crate::text::saved::followed_name`).
    pub fn autosave(
        &mut self,
        assessment: &Assessment,
        drafts: BTreeMap<String, String>,
        now_ms: f64,
        follow: impl FnOnce(&str, &str, &str) -> Option<String>,
    ) -> bool {
        let Some(entry) = self.current.and_then(|id| self.get(id)) else {
            return false;
        };
        let name = match &entry.content {
            Content::Assessment(a) if **a == *assessment && entry.drafts == drafts => return false,
            Content::Assessment(a) if a.master.service != assessment.master.service => {
                follow(&entry.name, &a.master.service, &assessment.master.service)
            }
            _ => None,
        };
        let id = entry.id;
        self.save_current(assessment, drafts, now_ms);
        if let Some(name) = name {
            self.name_after_service(id, &name);
        }
        true
    }

    /// The user names an entry: from now on its name stays as given.
    pub fn rename(&mut self, id: EntryId, name: &str, now_ms: f64) {
        if let Some(entry) = self.get_mut(id) {
            entry.name = bounded_name(name);
            entry.renamed = true;
            entry.updated_ms = now_ms;
        }
    }

    /// Gives an entry the name made from its new service name, unless the
    /// user has renamed it. Part of an autosave, which records the change
    /// time. Returns whether the name changed.
    pub fn name_after_service(&mut self, id: EntryId, name: &str) -> bool {
        let name = bounded_name(name);
        match self.get_mut(id) {
            Some(entry) if !entry.renamed && entry.name != name => {
                entry.name = name;
                true
            }
            _ => false,
        }
    }

    /// Marks an entry as the copy opened from the link of this
    /// [`super::link::identity`].
    pub fn mark_from_link(&mut self, id: EntryId, identity: &str) {
        if let Some(entry) = self.get_mut(id) {
            entry.from_link = Some(identity.to_string());
        }
    }

    /// The readable entry that was opened from the link of this identity,
    /// if it is still in the library (the first one, should tabs that
    /// opened the link at the same moment have made two).
    pub fn from_link(&self, identity: &str) -> Option<EntryId> {
        self.entries
            .iter()
            .find(|e| {
                e.from_link.as_deref() == Some(identity)
                    && matches!(e.content, Content::Assessment(_))
            })
            .map(|e| e.id)
    }

    /// Copies an entry under `name`, opens the copy and returns its id.
    pub fn duplicate(&mut self, id: EntryId, name: &str, stamp: Stamp) -> Option<EntryId> {
        let source = self.get(id)?.clone();
        let new_id = self.fresh_id(stamp.random);
        // A duplicate is the user's own: opening the link again reopens
        // the original copy, not this one.
        self.entries.push(Entry {
            id: new_id,
            name: bounded_name(name),
            from_link: None,
            updated_ms: stamp.now_ms,
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
    pub fn delete(&mut self, id: EntryId, now_ms: f64) {
        if let Some(pos) = self.entries.iter().position(|e| e.id == id) {
            let entry = self.entries.remove(pos);
            self.deleted = Some((pos, entry));
            self.tombstones.insert(id, now_ms);
            self.prune_tombstones();
            self.fix_current();
        }
    }

    /// The name of the entry that [`Library::undo_delete`] would restore.
    pub fn deleted_name(&self) -> Option<&str> {
        self.deleted.as_ref().map(|(_, e)| e.name.as_str())
    }

    /// Restores the last deleted entry at its former place and opens it.
    pub fn undo_delete(&mut self, now_ms: f64) -> Option<EntryId> {
        let (pos, entry) = self.deleted.take()?;
        let pos = pos.min(self.entries.len());
        Some(self.put_back(pos, entry, now_ms))
    }

    /// Removes an entry for good, without the undo of [`Library::delete`]
    /// (its deletion is still remembered for other tabs).
    fn discard(&mut self, id: EntryId, now_ms: f64) {
        self.entries.retain(|e| e.id != id);
        self.tombstones.insert(id, now_ms);
        self.prune_tombstones();
        self.fix_current();
    }

    /// "Neu beginnen": opens `fresh` under `name`. When the open entry
    /// holds work (`keep`, see [`holds_work`]) it stays as it is and the
    /// fresh document becomes a new entry; otherwise (an untouched
    /// example) the fresh document replaces it. `None` when no readable
    /// entry is open (nothing to keep, nothing changes).
    pub fn start_fresh(
        &mut self,
        fresh: Assessment,
        name: &str,
        keep: bool,
        stamp: Stamp,
    ) -> Option<FreshStart> {
        self.current_assessment()?;
        let previous = self.get(self.current?)?.clone();
        let fresh_id = if keep {
            self.create(name, fresh, stamp)
        } else {
            let entry = self.get_mut(previous.id)?;
            entry.content = Content::Assessment(Box::new(fresh));
            entry.drafts.clear();
            entry.name = bounded_name(name);
            entry.renamed = false;
            entry.from_link = None;
            entry.document_unknown = Unknown::new();
            entry.updated_ms = stamp.now_ms;
            previous.id
        };
        Some(FreshStart {
            previous,
            fresh: fresh_id,
        })
    }

    /// Undoes [`Library::start_fresh`] and returns the entry opened: the
    /// one that was open before, with its document, drafts and name as
    /// they were. The fresh entry goes if nobody changed it since (it is
    /// still `fresh`, without drafts); if it was typed into, it stays, and
    /// the previous entry comes back beside it, so nothing typed is lost
    /// either way.
    pub fn undo_fresh_start(
        &mut self,
        start: FreshStart,
        fresh: &Assessment,
        stamp: Stamp,
    ) -> EntryId {
        let FreshStart {
            previous,
            fresh: fresh_id,
        } = start;
        let untouched = self.get(fresh_id).is_none_or(|e| {
            matches!(&e.content, Content::Assessment(a) if **a == *fresh) && e.drafts.is_empty()
        });
        if fresh_id != previous.id {
            if untouched {
                self.discard(fresh_id, stamp.now_ms);
            }
            if self.get(previous.id).is_some() {
                // Kept all along (and perhaps changed in another tab since,
                // which is then the version to show).
                self.current = Some(previous.id);
                return previous.id;
            }
            return self.restore(previous, stamp.now_ms);
        }
        if untouched {
            return self.restore(previous, stamp.now_ms);
        }
        let id = self.fresh_id(stamp.random);
        self.entries.push(Entry {
            id,
            updated_ms: stamp.now_ms,
            ..previous
        });
        self.current = Some(id);
        id
    }

    /// Puts an entry that another tab deleted back into the library, as it
    /// was in this tab, and opens it (see [`Merged::DeletedElsewhere`]).
    pub fn restore(&mut self, entry: Entry, now_ms: f64) -> EntryId {
        let pos = self.entries.len();
        self.put_back(pos, entry, now_ms)
    }

    /// Re-inserts a deleted entry. Its change time becomes now, later than
    /// its tombstone, so merging keeps it in every tab.
    fn put_back(&mut self, pos: usize, mut entry: Entry, now_ms: f64) -> EntryId {
        let id = entry.id;
        self.tombstones.remove(&id);
        entry.updated_ms = now_ms;
        if let Some(existing) = self.get_mut(id) {
            *existing = entry;
        } else {
            self.entries.insert(pos, entry);
        }
        self.current = Some(id);
        id
    }

    /// Merges the library that is stored (by another tab, or by this one
    /// earlier) into this one, entry by entry:
    /// - an entry in only one of them is kept, unless it was deleted in
    ///   the other after its last change;
    /// - an entry in both is kept in the version changed last;
    /// - the stored order comes first, entries new in this tab follow.
    ///
    /// This tab's open entry stays open if it still exists; the result says
    /// whether another tab changed or deleted it.
    pub fn merge(&mut self, stored: Library) -> Merged {
        let before = self.current.and_then(|id| self.get(id)).cloned();
        for (id, when) in stored.tombstones {
            let t = self.tombstones.entry(id).or_insert(when);
            *t = t.max(when);
        }
        let mut ours: Vec<Option<Entry>> = self.entries.drain(..).map(Some).collect();
        let mut merged: Vec<Entry> = Vec::with_capacity(ours.len() + stored.entries.len());
        for theirs in stored.entries {
            if let Content::UnreadableEntry(raw) = &theirs.content {
                // Unknown shapes have no real id: they match by content.
                let same = |e: &Option<Entry>| matches!(e, Some(Entry { content: Content::UnreadableEntry(r), .. }) if r == raw);
                if let Some(slot) = ours.iter_mut().find(|e| same(e)) {
                    *slot = None;
                }
                merged.push(theirs);
                continue;
            }
            let mine = ours
                .iter_mut()
                .find(|e| {
                    e.as_ref().is_some_and(|e| {
                        e.id == theirs.id && !matches!(e.content, Content::UnreadableEntry(_))
                    })
                })
                .and_then(Option::take);
            merged.push(match mine {
                Some(mine) if mine.updated_ms > theirs.updated_ms => mine,
                _ => theirs,
            });
        }
        merged.extend(ours.into_iter().flatten());
        let tombstones = &mut self.tombstones;
        merged.retain(|e| {
            if matches!(e.content, Content::UnreadableEntry(_)) {
                // An unknown shape's id is synthetic: no tombstone means it.
                return true;
            }
            match tombstones.get(&e.id) {
                Some(&deleted) if deleted >= e.updated_ms => false,
                Some(_) => {
                    // Changed after the deletion (restored): the entry wins.
                    tombstones.remove(&e.id);
                    true
                }
                None => true,
            }
        });
        self.entries = merged;
        self.renumber_unknown_shapes();
        self.prune_tombstones();
        for (key, value) in stored.unknown {
            self.unknown.insert(key, value);
        }
        if self
            .deleted
            .as_ref()
            .is_some_and(|(_, e)| self.get(e.id).is_some())
        {
            self.deleted = None;
        }
        let Some(before) = before else {
            self.fix_current();
            return Merged::Unchanged;
        };
        match self.get(before.id) {
            Some(now) if *now == before => Merged::Unchanged,
            Some(_) => Merged::ChangedElsewhere,
            None => {
                self.current = None;
                Merged::DeletedElsewhere(Box::new(before))
            }
        }
    }

    /// Whether `other` holds the same entries, deletions and unknown keys
    /// (which entry is open is each tab's own business).
    pub fn same_content(&self, other: &Library) -> bool {
        self.entries == other.entries
            && self.tombstones == other.tombstones
            && self.unknown == other.unknown
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

    /// Keeps the newest [`MAX_TOMBSTONES`] deletions.
    fn prune_tombstones(&mut self) {
        while self.tombstones.len() > MAX_TOMBSTONES {
            let oldest = self
                .tombstones
                .iter()
                .min_by(|a, b| a.1.total_cmp(b.1))
                .map(|(&id, _)| id);
            if let Some(id) = oldest {
                self.tombstones.remove(&id);
            }
        }
    }

    /// Gives entries of unknown shape distinct synthetic ids again after a
    /// merge brought two lists of them together.
    fn renumber_unknown_shapes(&mut self) {
        let mut n = 0;
        for e in &mut self.entries {
            if matches!(e.content, Content::UnreadableEntry(_)) {
                e.id = unknown_shape_id(n);
                n += 1;
            }
        }
    }
}

/// An entry name within [`MAX_NAME_CHARS`]: names made from a service
/// name ("… (aus Link)", "… (Kopie)") can grow past it, and a stored
/// entry beyond the limits would not open again.
fn bounded_name(name: &str) -> String {
    name.chars().take(MAX_NAME_CHARS).collect()
}

/// The in-memory id of the n-th entry of unknown shape: above every id
/// [`Library::fresh_id`] hands out, so they never meet.
fn unknown_shape_id(n: usize) -> EntryId {
    u64::MAX - n as u64
}

/// The stored form of an entry.
fn stored_entry(e: &Entry) -> serde_json::Value {
    let document = match &e.content {
        Content::Assessment(a) => {
            let mut document = super::to_value(&Document::new((**a).clone()));
            if let Some(object) = document.as_object_mut() {
                for (key, value) in &e.document_unknown {
                    object.entry(key.clone()).or_insert_with(|| value.clone());
                }
            }
            document
        }
        Content::Unreadable(raw) => raw.clone(),
        Content::UnreadableEntry(raw) => return raw.clone(),
    };
    super::to_value(&StoredEntry {
        id: e.id,
        name: e.name.clone(),
        updated_ms: e.updated_ms,
        document,
        drafts: e.drafts.clone(),
        renamed: e.renamed,
        from_link: e.from_link.clone(),
        unknown: e.unknown.clone(),
    })
}

/// Whether a stored entry stays within the limits: a name, and drafts of
/// the length a number field takes.
fn within_limits(stored: &StoredEntry) -> bool {
    !too_long(&stored.name, MAX_NAME_CHARS)
        && stored.drafts.len() <= MAX_DRAFTS
        && stored
            .drafts
            .iter()
            .all(|(k, v)| !too_long(k, MAX_DRAFT_CHARS) && !too_long(v, MAX_DRAFT_CHARS))
        && stored.updated_ms.is_finite()
        && stored
            .from_link
            .as_deref()
            .is_none_or(|key| !too_long(key, MAX_LINK_IDENTITY_CHARS))
}

/// Longest `from_link` a stored entry may hold: this build writes 16 hex
/// digits; a little room is left for a longer hash of a later build.
const MAX_LINK_IDENTITY_CHARS: usize = 128;

/// Reads one stored entry; what cannot be read is kept verbatim.
fn read_entry(index: usize, raw: serde_json::Value) -> Entry {
    let parsed = serde_json::from_value::<StoredEntry>(raw.clone())
        .ok()
        .filter(within_limits);
    let Some(stored) = parsed else {
        return Entry {
            id: unknown_shape_id(index),
            name: String::new(),
            renamed: false,
            from_link: None,
            updated_ms: 0.0,
            content: Content::UnreadableEntry(raw),
            drafts: BTreeMap::new(),
            unknown: Unknown::new(),
            document_unknown: Unknown::new(),
        };
    };
    let readable = envelope(&stored.document)
        .and_then(|(version, body)| decode_assessment(version, body.clone()).ok());
    let document_unknown = match (&readable, stored.document.as_object()) {
        (Some(_), Some(object)) => object
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "format" | "version" | "assessment"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Unknown::new(),
    };
    Entry {
        id: stored.id,
        name: stored.name,
        renamed: stored.renamed,
        from_link: stored.from_link,
        updated_ms: stored.updated_ms,
        content: match readable {
            Some(a) => Content::Assessment(Box::new(a)),
            None => Content::Unreadable(stored.document),
        },
        drafts: stored.drafts,
        unknown: stored.unknown,
        document_unknown,
    }
}
