//! The form's state: the document, and what the user typed into each
//! numeric field.
//!
//! The document (`RwSignal<Assessment>`) only ever holds valid values: a
//! field's text is parsed on every input, and only a valid value reaches
//! the document. The raw text is kept separately per field, so what the
//! user typed is never lost, even while it is invalid. Because the
//! document keeps the last valid values, the one evaluation memo over it
//! is always the last valid evaluation; the results merely say "veraltet"
//! while any field is invalid.
//!
//! Drafts and the errors of inputs that are not a [`Field`] are keyed by
//! [`InputId`]; only the library turns them into the DOM-id keys it stores.

use leptos::prelude::*;

use super::input_id::InputId;
use super::ranges::Ranges;
use crate::format;
use crate::model::{Assessment, Assumption, Field, Unit};
use crate::parse::{parse_field, FieldError};
use crate::ui::view::{Analyses, DocView};

/// What the user typed into one numeric field, and why it is invalid.
#[derive(Clone, Copy)]
pub struct FieldState {
    pub raw: RwSignal<String>,
    pub error: RwSignal<Option<FieldError>>,
}

/// The form: the document plus one [`FieldState`] per [`Field`], in the
/// order of `Field::ALL`. Cheap to copy; pass it to every form component.
///
/// The form edits one alternative at a time (`model::alternatives`):
/// `doc` is the alternative being edited as a whole assessment
/// (`Assessment::variant`, with the document's Kostenteilung), which
/// every form part reads and writes as before; `document` is the whole
/// document with every alternative, which saving, sharing and the
/// comparison read. Each change of `doc` is written back into `document`
/// (`Assessment::absorb_variant`); choosing another alternative or
/// loading a document fills `doc` from `document`.
#[derive(Clone, Copy)]
pub struct Form {
    /// The alternative being edited.
    pub doc: RwSignal<Assessment>,
    /// The whole document: what is saved, shared and compared.
    pub document: RwSignal<Assessment>,
    /// Which alternative `doc` is (0 = the first).
    pub selected: RwSignal<usize>,
    fields: StoredValue<Vec<FieldState>>,
    /// Every invalid field with its error, in form order.
    pub errors: Memo<Vec<(Field, FieldError)>>,
    /// Errors of typed inputs that are not a [`Field`] (seed, sample
    /// count, the Nutzwert criteria): the input and its German message, in
    /// the order they arose. They too mark the results outdated and appear
    /// in the error summary.
    pub other_errors: RwSignal<Vec<(InputId, String)>>,
    /// The invalid text of each input in `other_errors`: saved as a draft
    /// like an invalid field's text, so a reload shows it again.
    other_texts: RwSignal<Vec<(InputId, String)>>,
    /// Ranges (minimum and maximum) per field, seed and sample count.
    pub ranges: Ranges,
    /// The inputs pinned to the presentation's drawer, in its order: a
    /// preference of the moderator, not part of the document (the
    /// presentation loads and stores it, `ui::present::drawer`). Each row
    /// of the form can pin its field.
    pub pinned: RwSignal<Vec<Field>>,
    /// The pre-filled values not yet confirmed that change the result
    /// (`Assessment::open_assumptions`), which the form marks.
    pub assumptions: Memo<Vec<Assumption>>,
}

/// The most inputs the presentation's drawer holds; more would not fit
/// beside a view.
pub const MAX_PINNED: usize = 8;

/// Alternative `i` of `document` as the form edits it: with the
/// document's Kostenteilung, which applies to the alternative shown.
fn edited(document: &Assessment, i: usize) -> Assessment {
    let mut v = document
        .variant(i)
        .or_else(|| document.variant(0))
        .unwrap_or_default();
    v.sharing.clone_from(&document.sharing);
    v
}

/// The text a field shows for a stored value, in German notation.
pub fn display_value(field: Field, doc: &Assessment) -> String {
    format::input_value(field.get(doc), field.unit() == Unit::Percent)
}

impl Form {
    /// The read-only view of the assessment being edited, for the result
    /// components: outdated while any input is invalid.
    pub fn view(self, analysis: Analyses) -> DocView {
        DocView {
            doc: self.doc.into(),
            analysis,
            outdated: Signal::derive(move || self.has_errors()),
        }
    }

    /// A form showing `doc`, every field valid.
    pub fn new(doc: Assessment) -> Self {
        let fields: Vec<FieldState> = Field::ALL
            .iter()
            .map(|&field| FieldState {
                raw: RwSignal::new(display_value(field, &doc)),
                error: RwSignal::new(None),
            })
            .collect();
        let states = fields.clone();
        let errors = Memo::new(move |_| {
            Field::ALL
                .iter()
                .zip(&states)
                .filter_map(|(&field, state)| state.error.get().map(|e| (field, e)))
                .collect()
        });
        let document = RwSignal::new(doc);
        let selected = RwSignal::new(0);
        let doc = RwSignal::new(document.with_untracked(|d| edited(d, 0)));
        // Every change of the alternative being edited goes into the
        // whole document; an unchanged one changes nothing there.
        Effect::new(move |_| {
            let i = selected.get_untracked();
            doc.with(|e| {
                document.maybe_update(|whole| {
                    let before = whole.clone();
                    whole.absorb_variant(i, e);
                    *whole != before
                })
            });
        });
        let assumptions = Memo::new(move |_| doc.with(Assessment::open_assumptions));
        Self {
            doc,
            document,
            selected,
            fields: StoredValue::new(fields),
            errors,
            other_errors: RwSignal::new(Vec::new()),
            other_texts: RwSignal::new(Vec::new()),
            ranges: Ranges::new(doc),
            pinned: RwSignal::new(Vec::new()),
            assumptions,
        }
    }

    /// A value read from the document, tracked.
    pub fn read<T: Send + Sync + 'static>(
        &self,
        f: impl Fn(&Assessment) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        let doc = self.doc;
        Signal::derive(move || doc.with(&f))
    }

    /// The state of one field.
    pub fn field(&self, field: Field) -> FieldState {
        let index = Field::ALL.iter().position(|&f| f == field).unwrap_or(0);
        self.fields.with_value(|fields| fields[index])
    }

    /// Handles typed text: keeps it, and stores the value in the document
    /// only if it is valid.
    pub fn input(&self, field: Field, text: String) {
        let state = self.field(field);
        match parse_field(field, &text) {
            Ok(value) => {
                state.error.set(None);
                self.doc.update(|doc| {
                    doc.enter(field, value);
                    self.ranges.apply(field, doc);
                });
            }
            Err(error) => state.error.set(Some(error)),
        }
        state.raw.set(text);
    }

    /// Sets a value chosen by other means (a reference-value picker): the
    /// document and the field's text both take it.
    pub fn choose(&self, field: Field, value: f64) {
        let state = self.field(field);
        self.doc.update(|doc| {
            doc.enter(field, value);
            self.ranges.apply(field, doc);
        });
        state
            .raw
            .set(display_value(field, &self.doc.get_untracked()));
        state.error.set(None);
    }

    /// "Referenzwert übernehmen": the field takes its reference value,
    /// confirmed (`Assessment::adopt_reference`).
    pub fn adopt_reference(&self, field: Field) {
        if let Some(r) = crate::model::reference::for_field(field) {
            self.choose(field, r.value);
        }
    }

    /// Pins `field` to the presentation's drawer (at the end, up to
    /// [`MAX_PINNED`]) or takes it out.
    pub fn pin(&self, field: Field, on: bool) {
        self.pinned.update(|p| {
            if !on {
                p.retain(|&f| f != field);
            } else if !p.contains(&field) && p.len() < MAX_PINNED {
                p.push(field);
            }
        });
    }

    /// The open assumption of `field`, while it has one (tracked).
    pub fn assumption(&self, field: Field) -> Option<Assumption> {
        self.assumptions
            .with(|all| all.iter().find(|a| a.field == field).copied())
    }

    /// The user confirms a pre-filled value as it is: its mark goes.
    pub fn confirm(&self, field: Field) {
        self.doc.update(|doc| doc.confirm(field));
    }

    /// Replaces the whole document and resets every field's text; the
    /// first alternative is the one edited.
    pub fn load(&self, doc: Assessment) {
        let first = edited(&doc, 0);
        self.selected.set(0);
        self.document.set(doc);
        self.show(first);
    }

    /// Edits alternative `i` instead: its values fill the form. Refused
    /// (`false`) while an input is invalid, whose text would otherwise be
    /// lost, or past the last alternative.
    pub fn select(&self, i: usize) -> bool {
        if self.has_errors() || i >= self.document.with_untracked(Assessment::variant_count) {
            return false;
        }
        let next = self.document.with_untracked(|d| edited(d, i));
        self.selected.set(i);
        self.show(next);
        true
    }

    /// Adds an alternative as a copy of the first, named `name`, and edits
    /// it; `false` at the limit or while an input is invalid.
    pub fn add_alternative(&self, name: &str) -> bool {
        if self.has_errors() {
            return false;
        }
        let mut added = false;
        self.document.update(|d| added = d.add_alternative(name));
        added && self.select(self.document.with_untracked(Assessment::variant_count) - 1)
    }

    /// Removes alternative `i` (not the first) and edits the first.
    pub fn remove_alternative(&self, i: usize) -> bool {
        if i == 0 || self.has_errors() {
            return false;
        }
        let mut removed = false;
        self.document.update(|d| removed = d.remove_alternative(i));
        removed && self.select(0)
    }

    /// The value of `field` in the first alternative, while another one
    /// is edited and differs from it there (tracked). Read from the
    /// edited alternative at once: the first's values do not change while
    /// another is edited.
    pub fn first_differs(&self, field: Field) -> Option<f64> {
        if self.selected.get() == 0 {
            return None;
        }
        let first = self.document.with(|d| field.get(d));
        (self.doc.with(|e| field.get(e)) != first).then_some(first)
    }

    /// Puts a document into the form without touching `document`.
    fn show(&self, doc: Assessment) {
        self.fields.with_value(|fields| {
            for (&field, state) in Field::ALL.iter().zip(fields) {
                state.raw.set(display_value(field, &doc));
                state.error.set(None);
            }
        });
        self.other_errors.set(Vec::new());
        self.other_texts.set(Vec::new());
        self.ranges.load(&doc);
        self.doc.set(doc);
    }

    /// Records the error of an input that is not a [`Field`], with the
    /// text that caused it.
    pub fn set_other_error(&self, id: InputId, message: String, text: &str) {
        self.other_texts.maybe_update(|texts| {
            let known = texts.iter().any(|(k, t)| *k == id && t == text);
            if !known {
                remove_where(texts, &|k| k == id);
                texts.push((id, text.to_string()));
            }
            !known
        });
        self.other_errors.update(|errors| {
            remove_where(errors, &|k| k == id);
            errors.push((id, message));
        });
    }

    /// Clears the error (and text) of an input that is not a [`Field`].
    pub fn clear_other_error(&self, id: InputId) {
        self.clear_other_errors(&|k| k == id);
    }

    /// Clears the errors (and texts) of every other input that `which`
    /// picks.
    pub fn clear_other_errors(&self, which: &dyn Fn(InputId) -> bool) {
        self.other_texts
            .maybe_update(|texts| remove_where(texts, which));
        self.other_errors
            .maybe_update(|errors| remove_where(errors, which));
    }

    /// The error message of an input that is not a [`Field`], while it is
    /// invalid (tracked).
    pub fn other_error(&self, id: InputId) -> Option<String> {
        self.other_errors.with(|errors| find(errors, id))
    }

    /// The invalid text of an input that is not a [`Field`] (tracked).
    pub fn other_text(&self, id: InputId) -> Option<String> {
        self.other_texts.with(|texts| find(texts, id))
    }

    /// Everything typed that is not (yet) valid, by input: the drafts that
    /// autosave keeps beside the document (docs/format.md). Tracked:
    /// autosave reruns when it changes.
    pub fn drafts(&self) -> Vec<(InputId, String)> {
        let mut drafts = self.other_texts.get();
        for &field in Field::ALL {
            let state = self.field(field);
            if state.error.with(Option::is_some) {
                drafts.push((InputId::Field(field), state.raw.get()));
            }
        }
        drafts.extend(self.ranges.drafts());
        drafts
    }

    /// Puts one draft back into its input, as if typed. Returns `false`
    /// for an input the document does not have (a criterion it lacks).
    pub fn restore_draft(&self, id: InputId, text: String) -> bool {
        match id {
            InputId::Field(field) => {
                self.input(field, text);
                true
            }
            InputId::Range(field, end) => {
                super::ranges::restore_end(*self, field, end, text);
                true
            }
            InputId::Setting(setting) => {
                super::ranges::input_setting(*self, setting, text);
                true
            }
            InputId::Criterion(index, input) => {
                super::technical::restore_criterion_draft(*self, index, input, &text)
            }
            InputId::Sharing(input) => super::sharing::restore_draft(*self, input, &text),
        }
    }

    /// Whether any field is invalid (the results are then outdated).
    pub fn has_errors(&self) -> bool {
        self.errors.with(|e| !e.is_empty())
            || self.other_errors.with(|e| !e.is_empty())
            || self.ranges.has_errors()
    }
}

/// Removes the entries of the inputs `which` picks; whether there were any.
fn remove_where(list: &mut Vec<(InputId, String)>, which: &dyn Fn(InputId) -> bool) -> bool {
    let before = list.len();
    list.retain(|&(id, _)| !which(id));
    list.len() != before
}

/// The text kept for one input, if any.
fn find(list: &[(InputId, String)], id: InputId) -> Option<String> {
    list.iter()
        .find(|(known, _)| *known == id)
        .map(|(_, text)| text.clone())
}
