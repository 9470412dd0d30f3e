//! The user's saved assessments ("Meine Bewertungen"): autosave into
//! `localStorage`, the list with open / new / rename / duplicate / delete
//! and undo, the notices about links, files and storage, and the
//! provider-template banner and field markers.
//!
//! [`Workspace`] ties the form's document to the open library entry. Two
//! effects do the saving: one writes every change of the document (and of
//! invalid field texts, the "drafts") into the open entry, the other writes
//! the library into storage. Opening something else (an entry, a link, a
//! file) always goes through [`Workspace::show_current`], which loads the
//! entry's document and drafts into the form exactly as they were.

use std::collections::BTreeMap;

use gloo_events::EventListener;
use leptos::prelude::*;

use super::storage::{self, StorageError};
use crate::model::{limits, Assessment, Field};
use crate::share::examples::is_starting;
use crate::share::library::{
    holds_work, Content, Entry, EntryId, FreshStart, Library, LibraryError, Merged,
};
use crate::share::link;
use crate::text::saved::{self as words, t};
use crate::ui::form::input_id::InputId;
use crate::ui::form::state::Form;

/// A notice about opening a link or a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// DOM id of the notice (`link-notice`, `link-error`, `file-notice`,
    /// `file-error`).
    pub id: &'static str,
    /// An error (`role="alert"`) rather than a confirmation.
    pub error: bool,
    pub title: &'static str,
    pub body: String,
}

/// Why autosave cannot do its work.
#[derive(Clone, Debug, PartialEq)]
enum StorageProblem {
    /// The browser lets the page store nothing.
    Blocked,
    /// Storage is full: the last change is not stored.
    Full,
    /// Unreadable stored text was kept under this key.
    KeptAside(String),
    /// Unreadable stored text could not be kept aside (storage full), so
    /// it is left as it is and nothing is saved.
    KeepAsideFailed,
    /// The stored library is of a newer format version: read-only.
    NewerVersion(u32),
}

/// What the status line under the list says (after a deletion: with an
/// undo button).
#[derive(Clone, Debug, PartialEq)]
struct Status {
    text: String,
    undo: bool,
}

/// The library, the form it feeds, and what the user is told about them.
/// Cheap to copy.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub form: Form,
    pub library: RwSignal<Library>,
    pub message: RwSignal<Option<Message>>,
    showing_example: RwSignal<bool>,
    problem: RwSignal<Option<StorageProblem>>,
    status: RwSignal<Option<Status>>,
    renaming: RwSignal<Option<EntryId>>,
    /// The open entry, after another tab deleted it: the form still shows
    /// it, and restoring (or typing) puts it back.
    orphan: RwSignal<Option<Entry>>,
    /// Set when another tab changed the open entry later and this tab now
    /// shows that version.
    changed_elsewhere: RwSignal<bool>,
    /// After "Neu beginnen": what undo needs, and whether the example
    /// notice was showing before.
    fresh_start: RwSignal<Option<(FreshStart, bool)>>,
    /// Whether the library may be written back: not when unreadable stored
    /// text could not be kept aside, nor when a newer version stored it.
    writable: StoredValue<bool>,
    /// Drafts of inputs this build does not know, kept so that saving
    /// does not drop them.
    foreign_drafts: StoredValue<BTreeMap<String, String>>,
    /// The stored text as this tab last read or wrote it: when storage
    /// still holds it, no other tab has written since.
    seen: StoredValue<String>,
    /// The text this tab last wrote (or found already stored).
    written: StoredValue<String>,
    /// Set when taking over another tab's library changed nothing that
    /// needs writing back (the two tabs would echo each other otherwise).
    quiet: StoredValue<bool>,
}

impl Workspace {
    /// Loads the library, opens a share link in the address if there is
    /// one, else the library's open entry (or the form's document as a new
    /// one), and starts autosave.
    pub fn start(form: Form, showing_example: RwSignal<bool>) -> Self {
        let loaded = load_library();
        let ws = Workspace {
            form,
            library: RwSignal::new(loaded.library),
            message: RwSignal::new(None),
            showing_example,
            problem: RwSignal::new(loaded.problem),
            status: RwSignal::new(None),
            renaming: RwSignal::new(None),
            orphan: RwSignal::new(None),
            changed_elsewhere: RwSignal::new(false),
            fresh_start: RwSignal::new(None),
            writable: StoredValue::new(loaded.writable),
            foreign_drafts: StoredValue::new(BTreeMap::new()),
            seen: StoredValue::new(loaded.seen),
            written: StoredValue::new(String::new()),
            quiet: StoredValue::new(false),
        };
        // A link opens as a new entry (or, opened before, its earlier
        // copy); only without one (or with a broken one) does an empty
        // library get the form's document, so opening a link in a fresh
        // browser leaves one entry, not two.
        super::share_dialog::open_address_link(ws);
        if ws
            .library
            .with_untracked(|l| l.current_assessment().is_none())
        {
            let doc = form.document.get_untracked();
            ws.library.update(|l| {
                _ = l.create(
                    &words::entry_name(&doc.master.service),
                    doc,
                    storage::stamp(),
                )
            });
        }
        ws.show_current();
        let window = window();
        // Both listeners go when the app is unmounted: the stored value is
        // dropped with its owner, and dropping a listener removes it.
        StoredValue::new_local([
            EventListener::new(&window, "hashchange", move |_| {
                super::share_dialog::open_address_link(ws);
            }),
            // Another tab of the app saved: merge its library in (the event
            // only fires in the other tabs of this origin, never in the
            // writer).
            EventListener::new(&window, "storage", move |_| ws.adopt_stored()),
        ]);
        ws.autosave();
        ws
    }

    /// Whether everything this tab holds is in storage, so that a reload
    /// would lose nothing: it writes now if it has not yet.
    pub fn all_stored(self) -> bool {
        self.persist();
        self.writable.get_value()
            && self.library.with_untracked(Library::to_json) == self.written.get_value()
    }

    /// The two saving effects (see the module comment).
    fn autosave(self) {
        let (form, library) = (self.form, self.library);
        Effect::new(move |_| {
            let drafts = self.drafts();
            form.document.with(|doc| {
                if let Some(orphan) = self.orphan.get_untracked() {
                    // Typing into an entry another tab deleted brings it
                    // back: what is typed is never lost.
                    let unchanged = matches!(&orphan.content, Content::Assessment(a) if **a == *doc)
                        && orphan.drafts == drafts;
                    if unchanged {
                        return;
                    }
                    self.restore_orphan();
                }
                library.maybe_update(|l| store_form(l, doc, drafts));
            });
        });
        Effect::new(move |_| {
            library.track();
            self.persist();
        });
    }

    /// Writes the library into storage, after merging what another tab
    /// stored since this tab last looked (its `storage` event may not have
    /// arrived yet: two links opened at once start within milliseconds).
    fn persist(self) {
        if !self.writable.get_value() {
            return;
        }
        if self.quiet.get_value() {
            self.quiet.set_value(false);
            self.written
                .set_value(self.library.with_untracked(Library::to_json));
            return;
        }
        match storage::read(storage::LIBRARY_KEY) {
            Err(_) => return self.report(StorageProblem::Blocked),
            Ok(Some(text)) if text != self.seen.get_value() => {
                if !self.take_in(&text) {
                    return;
                }
            }
            Ok(_) => {}
        }
        let text = self.library.with_untracked(Library::to_json);
        if text == self.written.get_value() {
            return;
        }
        match storage::write(storage::LIBRARY_KEY, &text) {
            Ok(()) => {
                self.seen.set_value(text.clone());
                self.written.set_value(text);
                if matches!(
                    self.problem.get_untracked(),
                    Some(StorageProblem::Full | StorageProblem::Blocked)
                ) {
                    self.problem.set(None);
                }
            }
            Err(StorageError::Full) => self.report(StorageProblem::Full),
            Err(StorageError::Blocked) => self.report(StorageProblem::Blocked),
        }
    }

    /// Merges stored `text` into this tab's library. Returns whether this
    /// tab may go on and write: not if the stored text is of a newer
    /// version, nor if it is unreadable and could not be kept aside.
    fn take_in(self, text: &str) -> bool {
        self.seen.set_value(text.to_string());
        match Library::from_json(text) {
            Ok(stored) => {
                let mut report = Merged::Unchanged;
                self.library.update(|l| report = l.merge(stored));
                self.after_merge(report);
                true
            }
            Err(LibraryError::FutureVersion(version)) => {
                self.writable.set_value(false);
                self.problem
                    .set(Some(StorageProblem::NewerVersion(version)));
                false
            }
            Err(LibraryError::Unreadable) => match storage::keep_aside(text) {
                Ok(key) => {
                    self.problem.set(Some(StorageProblem::KeptAside(key)));
                    true
                }
                Err(_) => {
                    self.writable.set_value(false);
                    self.problem.set(Some(StorageProblem::KeepAsideFailed));
                    false
                }
            },
        }
    }

    /// Shows a storage problem unless a more serious one is shown.
    fn report(self, problem: StorageProblem) {
        let shown = self.problem.get_untracked();
        if !matches!(
            shown,
            Some(
                StorageProblem::KeptAside(_)
                    | StorageProblem::KeepAsideFailed
                    | StorageProblem::NewerVersion(_)
            )
        ) && shown.as_ref() != Some(&problem)
        {
            self.problem.set(Some(problem));
        }
    }

    /// Another tab stored the library: merge it in (see
    /// [`Library::merge`]). Written back only if this tab holds something
    /// the stored one lacks. Stored text that is not a library is left to
    /// the next save, which keeps it aside.
    fn adopt_stored(self) {
        if !self.writable.get_value() {
            return;
        }
        let Ok(Some(text)) = storage::read(storage::LIBRARY_KEY) else {
            return;
        };
        if text == self.seen.get_value() {
            return;
        }
        let stored = match Library::from_json(&text) {
            Ok(stored) => stored,
            Err(LibraryError::FutureVersion(version)) => {
                self.writable.set_value(false);
                self.problem
                    .set(Some(StorageProblem::NewerVersion(version)));
                return;
            }
            Err(LibraryError::Unreadable) => return,
        };
        self.seen.set_value(text);
        let mut report = Merged::Unchanged;
        let mut differs = false;
        self.library.update(|l| {
            report = l.merge(stored.clone());
            differs = !l.same_content(&stored);
        });
        self.quiet.set_value(!differs);
        self.after_merge(report);
    }

    /// Tells the user what a merge did to the open entry.
    fn after_merge(self, report: Merged) {
        match report {
            Merged::Unchanged => {}
            Merged::ChangedElsewhere => {
                let differs = self.library.with_untracked(|l| {
                    self.form
                        .document
                        .with_untracked(|doc| l.current_assessment() != Some(doc))
                });
                if differs {
                    self.show_current();
                    self.changed_elsewhere.set(true);
                }
            }
            Merged::DeletedElsewhere(entry) => {
                self.orphan.set(Some(*entry));
                self.message.set(None);
            }
        }
    }

    /// Puts the entry another tab deleted back, with what the form holds
    /// now, and opens it.
    fn restore_orphan(self) {
        let Some(entry) = self.orphan.get_untracked() else {
            return;
        };
        let name = entry.name.clone();
        self.orphan.set(None);
        let drafts = self.drafts();
        self.library.update(|l| {
            l.restore(entry, storage::now_ms());
            self.form
                .document
                .with_untracked(|doc| l.save_current(doc, drafts, storage::now_ms()));
        });
        self.status.set(Some(Status {
            text: words::restored(&name),
            undo: false,
        }));
    }

    /// What is typed but invalid, keyed as the library stores it (by the
    /// input's DOM id), plus the drafts of inputs this build does not know
    /// (tracked: autosave reruns when it changes).
    fn drafts(self) -> BTreeMap<String, String> {
        let mut drafts = self.foreign_drafts.get_value();
        drafts.extend(
            self.form
                .drafts()
                .into_iter()
                .map(|(id, text)| (id.dom_id(), text)),
        );
        drafts
    }

    /// [`Workspace::drafts`], read outside any effect.
    fn drafts_untracked(self) -> BTreeMap<String, String> {
        untrack(|| self.drafts())
    }

    /// Loads the open entry's document and drafts into the form.
    fn show_current(self) {
        let current = self.library.with_untracked(|l| {
            let entry = l.get(l.current?)?;
            match &entry.content {
                Content::Assessment(a) => Some(((**a).clone(), entry.drafts.clone())),
                Content::Unreadable(_) | Content::UnreadableEntry(_) => None,
            }
        });
        let Some((doc, drafts)) = current else { return };
        self.orphan.set(None);
        self.showing_example.set(is_starting(&doc));
        self.form.load(doc);
        let mut foreign = BTreeMap::new();
        for (key, text) in drafts {
            let restored = InputId::from_dom_id(&key)
                .is_some_and(|id| self.form.restore_draft(id, text.clone()));
            if !restored {
                foreign.insert(key, text);
            }
        }
        self.foreign_drafts.set_value(foreign);
        self.renaming.set(None);
        self.fresh_start.set(None);
    }

    /// Opens `assessment` as a new entry (a copy: nothing saved is
    /// overwritten) and says so.
    pub fn open_copy(self, name: &str, assessment: Assessment, message: Message) {
        self.library
            .update(|l| _ = l.create(name, assessment, storage::stamp()));
        self.show_current();
        self.status.set(None);
        self.message.set(Some(message));
    }

    /// Opens the document of a share link: as a new entry the first time,
    /// and the copy made then each time after (a reload, the link pasted
    /// again, in this tab or another), one entry per link. A copy the user
    /// changed since is opened as it is, never overwritten, and the notice
    /// says so.
    pub fn open_link(self, assessment: Assessment) {
        let identity = link::identity(&assessment);
        let earlier = self.library.with_untracked(|l| {
            let id = l.from_link(&identity)?;
            let entry = l.get(id)?;
            let unchanged = matches!(&entry.content, Content::Assessment(a) if **a == assessment)
                && entry.drafts.is_empty();
            Some((id, unchanged, entry.name.clone()))
        });
        let Some((id, unchanged, name)) = earlier else {
            let name = words::from_link_name(&assessment.master.service);
            self.open_copy(
                &name,
                assessment,
                Message {
                    id: "link-notice",
                    error: false,
                    title: t().link_opened_title,
                    body: t().link_opened_body.to_string(),
                },
            );
            self.library.update(|l| {
                if let Some(id) = l.current {
                    l.mark_from_link(id, &identity);
                }
            });
            return;
        };
        self.changed_elsewhere.set(false);
        self.library.update(|l| l.select(id));
        self.show_current();
        self.status.set(None);
        self.message.set(Some(if unchanged {
            Message {
                id: "link-notice",
                error: false,
                title: t().link_opened_title,
                body: t().link_reopened_body.to_string(),
            }
        } else {
            Message {
                id: "link-notice",
                error: false,
                title: t().link_reopened_edited_title,
                body: words::link_reopened_edited(&name),
            }
        }));
    }

    /// Whether "Neu beginnen" must ask first: the form holds work of the
    /// user's (see [`holds_work`]).
    pub fn holds_work(self) -> bool {
        let drafts = self.drafts_untracked();
        self.form
            .document
            .with_untracked(|doc| holds_work(doc, &drafts))
    }

    /// "Neu beginnen": the form shows the reference defaults, in a new
    /// entry when the open one holds work (which stays as it is), else in
    /// place of the untouched example. Undo ([`Workspace::undo_fresh_start`])
    /// brings back what was open.
    pub fn start_fresh(self) {
        let fresh = Assessment::with_reference_defaults();
        let keep = self.holds_work();
        let drafts = self.drafts_untracked();
        let example_before = self.showing_example.get_untracked();
        let start = self.library.try_update(|l| {
            // Whatever autosave has not stored yet goes into the entry
            // first, so that it is kept (and undo restores it).
            self.form
                .document
                .with_untracked(|doc| store_form(l, doc, drafts));
            l.start_fresh(fresh.clone(), t().library_new_name, keep, storage::stamp())
        });
        match start.flatten() {
            Some(start) => {
                self.show_current();
                self.fresh_start.set(Some((start, example_before)));
            }
            // No readable entry is open: there is nothing to keep.
            None => {
                self.form.load(fresh);
                self.showing_example.set(false);
            }
        }
        self.message.set(None);
        self.status.set(None);
        focus_later("f-service".to_string());
    }

    /// Undoes "Neu beginnen": the assessment open before is open again,
    /// exactly as it was (document, typed drafts, name, the example
    /// notice).
    fn undo_fresh_start(self) {
        let Some((start, example_before)) = self.fresh_start.get_untracked() else {
            return;
        };
        let name = start.previous_name().to_string();
        let fresh = Assessment::with_reference_defaults();
        self.library
            .update(|l| _ = l.undo_fresh_start(start, &fresh, storage::stamp()));
        self.show_current();
        self.showing_example.set(example_before);
        self.status.set(Some(Status {
            text: words::restored(&name),
            undo: false,
        }));
        focus_later(
            if example_before {
                "start-blank"
            } else {
                "f-service"
            }
            .to_string(),
        );
    }

    /// Reports a link or file that could not be opened; nothing else
    /// changes.
    pub fn fail(self, message: Message) {
        self.message.set(Some(message));
    }

    fn open(self, id: EntryId) {
        self.changed_elsewhere.set(false);
        self.library.update(|l| l.select(id));
        self.show_current();
        self.message.set(None);
    }

    fn create(self) {
        self.library.update(add_blank);
        self.show_current();
        self.message.set(None);
    }

    fn duplicate(self, id: EntryId, name: &str) {
        self.library
            .update(|l| _ = l.duplicate(id, &words::copy_name(name), storage::stamp()));
        self.show_current();
    }

    fn rename(self, id: EntryId, name: &str) {
        let name = name.trim();
        if !name.is_empty() {
            self.library
                .update(|l| l.rename(id, name, storage::now_ms()));
        }
        self.renaming.set(None);
        focus_later(format!("entry-{id}-rename"));
    }

    fn delete(self, id: EntryId) {
        let was_current = self.library.with_untracked(|l| l.current == Some(id));
        self.library.update(|l| l.delete(id, storage::now_ms()));
        if self
            .library
            .with_untracked(|l| l.current_assessment().is_none())
        {
            // Nothing readable is left: the form needs an entry to save into.
            self.library.update(add_blank);
            self.show_current();
        } else if was_current {
            self.show_current();
        }
        let name = self
            .library
            .with_untracked(|l| l.deleted_name().unwrap_or_default().to_string());
        self.status.set(Some(Status {
            text: words::deleted(&name),
            undo: true,
        }));
        focus_later("library-undo".to_string());
    }

    fn undo(self) {
        let Some(name) = self
            .library
            .with_untracked(|l| l.deleted_name().map(str::to_string))
        else {
            return;
        };
        self.library
            .update(|l| _ = l.undo_delete(storage::now_ms()));
        self.show_current();
        self.status.set(Some(Status {
            text: words::restored(&name),
            undo: false,
        }));
    }
}

/// Autosave: the form's document and drafts into the open entry (see
/// [`Library::autosave`]), its name following the service name.
fn store_form(library: &mut Library, doc: &Assessment, drafts: BTreeMap<String, String>) -> bool {
    library.autosave(doc, drafts, storage::now_ms(), words::followed_name)
}

/// The stored library as this tab finds it at start.
struct Loaded {
    library: Library,
    problem: Option<StorageProblem>,
    writable: bool,
    /// The stored text (empty if none).
    seen: String,
}

/// Reads the stored library, with the problem to report and whether it
/// may be written back.
fn load_library() -> Loaded {
    let loaded = |library, problem, writable, seen| Loaded {
        library,
        problem,
        writable,
        seen,
    };
    match storage::read(storage::LIBRARY_KEY) {
        Err(_) => loaded(
            Library::default(),
            Some(StorageProblem::Blocked),
            true,
            String::new(),
        ),
        Ok(None) => loaded(Library::default(), None, true, String::new()),
        Ok(Some(text)) => match Library::from_json(&text) {
            Ok(library) => loaded(library, None, true, text),
            // Never rewritten by this build: it would drop what it does not know.
            Err(LibraryError::FutureVersion(version)) => loaded(
                Library::default(),
                Some(StorageProblem::NewerVersion(version)),
                false,
                text,
            ),
            Err(LibraryError::Unreadable) => match storage::keep_aside(&text) {
                Ok(key) => loaded(
                    Library::default(),
                    Some(StorageProblem::KeptAside(key)),
                    true,
                    text,
                ),
                // Keeping it aside failed: leave it where it is, untouched.
                Err(_) => loaded(
                    Library::default(),
                    Some(StorageProblem::KeepAsideFailed),
                    false,
                    text,
                ),
            },
        },
    }
}

/// Focuses an element after the DOM has caught up with the last change.
fn focus_later(id: String) {
    request_animation_frame(move || crate::ui::widgets::focus_element(&id));
}

/// The notices about links, files and storage, the template banner, and
/// the library panel.
#[component]
pub fn SavedWork(workspace: Workspace) -> impl IntoView {
    view! {
        <Notices workspace />
        <LibraryPanel workspace />
        <TemplateBanner form=workspace.form />
        <div class="toolbar">
            <super::share_dialog::ShareDialog form=workspace.form />
            <super::files::JsonSave form=workspace.form />
            <super::export::Exports workspace />
        </div>
    }
}

#[component]
fn Notices(workspace: Workspace) -> impl IntoView {
    let ws = workspace;
    let message = move || {
        ws.message.get().map(|m| {
            view! {
                <div
                    id=m.id
                    class="notice"
                    class:notice--error=m.error
                    role=if m.error { "alert" } else { "status" }
                >
                    <h2 class="notice__title">{m.title}</h2>
                    <p>{m.body}</p>
                    {m.error.then(|| view! { <p>{t().still_works}</p> })}
                </div>
            }
        })
    };
    let problem = move || {
        ws.problem.get().map(|p| {
            let (title, body) = match p {
                StorageProblem::Blocked => {
                    (t().storage_warning_title, t().storage_blocked.to_string())
                }
                StorageProblem::Full => (t().storage_warning_title, t().storage_full.to_string()),
                StorageProblem::KeptAside(key) => (
                    t().storage_warning_title,
                    format!(
                        "{}{key}{}",
                        t().storage_backup_prefix,
                        t().storage_backup_suffix
                    ),
                ),
                StorageProblem::KeepAsideFailed => (
                    t().storage_warning_title,
                    t().storage_keep_aside_failed.to_string(),
                ),
                StorageProblem::NewerVersion(version) => {
                    (t().storage_newer_title, words::storage_newer(version))
                }
            };
            view! {
                <div id="storage-warning" class="notice notice--warning" role="alert">
                    <h2 class="notice__title">{title}</h2>
                    <p>{body}</p>
                </div>
            }
        })
    };
    let orphan = move || {
        ws.orphan.get().map(|entry| {
            view! {
                <div id="tab-deleted" class="notice notice--warning" role="alert">
                    <h2 class="notice__title">{t().tab_deleted_title}</h2>
                    <p>{words::tab_deleted(&entry.name)}</p>
                    <p>
                        <button
                            type="button"
                            id="tab-deleted-restore"
                            class="button button--small"
                            on:click=move |_| ws.restore_orphan()
                        >
                            {t().tab_deleted_restore}
                        </button>
                    </p>
                </div>
            }
        })
    };
    let changed = move || {
        ws.changed_elsewhere.get().then(|| {
            view! {
                <div id="tab-notice" class="notice" role="status">
                    <h2 class="notice__title">{t().tab_changed_title}</h2>
                    <p>{t().tab_changed_body}</p>
                    <p>
                        <button
                            type="button"
                            id="tab-notice-close"
                            class="button button--secondary button--small"
                            on:click=move |_| ws.changed_elsewhere.set(false)
                        >
                            {t().tab_changed_close}
                        </button>
                    </p>
                </div>
            }
        })
    };
    // After "Neu beginnen" focus is on the first field, wherever that has
    // scrolled the page: the undo floats with the notices below.
    let fresh = move || {
        ws.fresh_start.get().map(|(start, _)| {
            let body = if start.kept_previous() {
                words::fresh_done_kept(start.previous_name())
            } else {
                t().fresh_done_example.to_string()
            };
            view! {
                <div id="fresh-notice" class="notice" role="status">
                    <h2 class="notice__title">{t().fresh_done_title}</h2>
                    <p>{body}</p>
                    <p class="notice__buttons">
                        <button
                            type="button"
                            id="fresh-undo"
                            class="button button--small"
                            on:click=move |_| ws.undo_fresh_start()
                        >
                            {t().fresh_undo}
                        </button>
                        <button
                            type="button"
                            id="fresh-close"
                            class="button button--secondary button--small"
                            on:click=move |_| {
                                ws.fresh_start.set(None);
                                focus_later("f-service".to_string());
                            }
                        >
                            {t().fresh_close}
                        </button>
                    </p>
                </div>
            }
        })
    };
    // What another tab did to the open entry concerns the field being
    // typed into, wherever the page is scrolled: these notices float at
    // the bottom of the window.
    view! {
        {problem}
        {message}
        <div class="tab-notices">{orphan}{changed}{fresh}</div>
    }
}

/// One row of the list, as plain data (so the list only re-renders when
/// something it shows changes, not on every autosave).
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: EntryId,
    name: String,
    changed: String,
    current: bool,
    readable: bool,
}

fn rows(library: &Library) -> Vec<Row> {
    library
        .entries
        .iter()
        .map(|e| {
            let readable = matches!(e.content, Content::Assessment(_));
            Row {
                id: e.id,
                name: if e.name.is_empty() {
                    t().library_unnamed.to_string()
                } else {
                    e.name.clone()
                },
                changed: if readable {
                    let when = if e.updated_ms > 0.0 {
                        storage::date_time(e.updated_ms)
                    } else {
                        t().library_unknown_date.to_string()
                    };
                    format!("{}{when}", t().library_changed_prefix)
                } else {
                    t().library_unreadable.to_string()
                },
                current: library.current == Some(e.id),
                readable,
            }
        })
        .collect()
}

#[component]
fn LibraryPanel(workspace: Workspace) -> impl IntoView {
    let ws = workspace;
    let rows = Memo::new(move |_| ws.library.with(rows));
    let list = move || {
        rows.get()
            .into_iter()
            .map(|row| entry_view(ws, row))
            .collect_view()
    };
    let status = move || {
        ws.status.get().map(|s| {
            view! {
                {s.text}
                {s.undo
                    .then(|| {
                        view! {
                            " "
                            <button
                                type="button"
                                id="library-undo"
                                class="button button--secondary button--small"
                                on:click=move |_| ws.undo()
                            >
                                {t().library_undo}
                            </button>
                        }
                    })}
            }
        })
    };
    view! {
        <section id="library" class="library" aria-labelledby="library-heading">
            <h2 id="library-heading" class="library__heading">
                {t().library_heading}
            </h2>
            <p class="library__hint">{t().library_hint}</p>
            <ul class="library__list" id="library-list">
                {list}
            </ul>
            <div id="library-status" class="library__status" role="status">
                {status}
            </div>
            <div class="library__actions">
                <button
                    type="button"
                    id="library-new"
                    class="button button--secondary"
                    on:click=move |_| ws.create()
                >
                    {t().library_new}
                </button>
                <super::files::JsonOpen workspace=ws />
            </div>
            <super::files::DropZone workspace=ws />
        </section>
    }
}

/// One saved assessment: name, last change, and what can be done with it.
fn entry_view(ws: Workspace, row: Row) -> AnyView {
    let Row {
        id,
        name,
        changed,
        current,
        readable,
    } = row;
    let name_id = format!("entry-{id}-name");
    let input_id = format!("entry-{id}-new-name");
    let renaming = move || ws.renaming.get() == Some(id);
    let name_for_copy = name.clone();
    let action = move |label: &'static str, suffix: &'static str, run: Box<dyn Fn()>| {
        view! {
            <button
                type="button"
                id=format!("entry-{id}-{suffix}")
                class="button button--secondary button--small"
                aria-describedby=format!("entry-{id}-name")
                on:click=move |_| run()
            >
                {label}
            </button>
        }
    };
    let rename_form = {
        let (name, input_id) = (name.clone(), input_id.clone());
        move || {
            renaming().then(|| {
                let input = NodeRef::<leptos::html::Input>::new();
                let save = move || {
                    if let Some(el) = input.get_untracked() {
                        ws.rename(id, &el.value());
                    }
                };
                request_animation_frame({
                    let input_id = input_id.clone();
                    move || crate::ui::widgets::focus_element(&input_id)
                });
                view! {
                    <form
                        class="library__rename"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            save();
                        }
                    >
                        <label class="field__label" for=input_id.clone()>
                            {t().library_rename_label}
                        </label>
                        <input
                            class="field__input"
                            type="text"
                            id=input_id.clone()
                            autocomplete="off"
                            maxlength=limits::MAX_NAME_CHARS
                            node_ref=input
                            prop:value=name.clone()
                            on:keydown=move |ev| {
                                if ev.key() == "Escape" {
                                    ev.prevent_default();
                                    ws.renaming.set(None);
                                    focus_later(format!("entry-{id}-rename"));
                                }
                            }
                        />
                        <button
                            type="submit"
                            id=format!("entry-{id}-rename-save")
                            class="button button--small"
                        >
                            {t().library_rename_save}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary button--small"
                            on:click=move |_| {
                                ws.renaming.set(None);
                                focus_later(format!("entry-{id}-rename"));
                            }
                        >
                            {t().library_rename_cancel}
                        </button>
                    </form>
                }
            })
        }
    };
    view! {
        <li
            class="library__item"
            class:library__item--current=current
            aria-current=current.then_some("true")
        >
            <p class="library__meta">
                <span class="library__name" id=name_id>
                    {name}
                </span>
                {current
                    .then(|| {
                        view! { <span class="library__badge">{t().library_is_open}</span> }
                    })}
                <span class="library__date">{changed}</span>
            </p>
            <div class="library__buttons">
                {(!current && readable)
                    .then(|| action(t().library_open, "open", Box::new(move || ws.open(id))))}
                {action(
                    t().library_rename,
                    "rename",
                    Box::new(move || ws.renaming.set(Some(id))),
                )}
                {readable
                    .then(|| {
                        action(
                            t().library_duplicate,
                            "duplicate",
                            Box::new(move || ws.duplicate(id, &name_for_copy)),
                        )
                    })}
                {action(t().library_delete, "delete", Box::new(move || ws.delete(id)))}
            </div>
            {rename_form}
        </li>
    }
    .into_any()
}

/// "Vorlage von …, Stand …" above the form while the open assessment is a
/// provider template.
#[component]
fn TemplateBanner(form: Form) -> impl IntoView {
    let doc = form.doc;
    move || {
        doc.with(|d| {
            d.template.as_ref().map(|template| {
                let open = Field::KOMMUNE_SPECIFIC
                    .iter()
                    .filter(|f| f.get(d) == 0.0)
                    .count();
                view! {
                    <div id="template-notice" class="notice notice--template">
                        <h2 class="notice__title">{t().template_heading}</h2>
                        <p>{words::template_banner(&template.provider, &template.date)}</p>
                        <p>{words::template_todo(open)}</p>
                    </div>
                }
            })
        })
    }
}

/// Adds and opens a new assessment with the reference defaults.
fn add_blank(library: &mut Library) {
    _ = library.create(
        t().library_new_name,
        Assessment::with_reference_defaults(),
        storage::stamp(),
    );
}
