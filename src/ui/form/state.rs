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

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::ranges::Ranges;
use crate::format;
use crate::model::{Assessment, Field, Unit};
use crate::parse::{parse_field, FieldError};
use crate::ui::view::{Analyses, DocView};
use crate::ui::widgets::dom_id;

/// What the user typed into one numeric field, and why it is invalid.
#[derive(Clone, Copy)]
pub struct FieldState {
    pub raw: RwSignal<String>,
    pub error: RwSignal<Option<FieldError>>,
}

/// The form: the document plus one [`FieldState`] per [`Field`], in the
/// order of `Field::ALL`. Cheap to copy; pass it to every form component.
#[derive(Clone, Copy)]
pub struct Form {
    pub doc: RwSignal<Assessment>,
    fields: StoredValue<Vec<FieldState>>,
    /// Every invalid field with its error, in form order.
    pub errors: Memo<Vec<(Field, FieldError)>>,
    /// Errors of typed inputs that are not a [`Field`] (the Nutzwert
    /// criteria): the input's DOM id and its German message, in the order
    /// they arose. They too mark the results outdated and appear in the
    /// error summary.
    pub other_errors: RwSignal<Vec<(String, String)>>,
    /// The invalid text of each input in `other_errors`, by DOM id: saved
    /// as a draft like an invalid field's text, so a reload shows it again.
    pub other_texts: RwSignal<BTreeMap<String, String>>,
    /// Ranges (minimum and maximum) per field, seed and sample count.
    pub ranges: Ranges,
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
        let doc = RwSignal::new(doc);
        Self {
            doc,
            fields: StoredValue::new(fields),
            errors,
            other_errors: RwSignal::new(Vec::new()),
            other_texts: RwSignal::new(BTreeMap::new()),
            ranges: Ranges::new(doc),
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
                    field.set(doc, value);
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
            field.set(doc, value);
            self.ranges.apply(field, doc);
        });
        state
            .raw
            .set(display_value(field, &self.doc.get_untracked()));
        state.error.set(None);
    }

    /// Replaces the whole document and resets every field's text.
    pub fn load(&self, doc: Assessment) {
        self.fields.with_value(|fields| {
            for (&field, state) in Field::ALL.iter().zip(fields) {
                state.raw.set(display_value(field, &doc));
                state.error.set(None);
            }
        });
        self.other_errors.set(Vec::new());
        self.other_texts.set(BTreeMap::new());
        self.ranges.load(&doc);
        self.doc.set(doc);
    }

    /// Records the error of an input that is not a [`Field`] with the text
    /// that caused it (`Some((message, text))`), or clears both (`None`).
    pub fn set_other_error(&self, id: &str, error: Option<(String, &str)>) {
        self.other_texts.maybe_update(|texts| match &error {
            Some((_, text)) => {
                texts.insert(id.to_string(), text.to_string()).as_deref() != Some(text)
            }
            None => texts.remove(id).is_some(),
        });
        self.other_errors.maybe_update(|errors| {
            let before = errors.len();
            errors.retain(|(known, _)| known != id);
            let removed = errors.len() != before;
            let added = error
                .map(|(m, _)| errors.push((id.to_string(), m)))
                .is_some();
            removed || added
        });
    }

    /// Clears the errors (and texts) of every other input whose id starts
    /// with `prefix`.
    pub fn clear_other_errors(&self, prefix: &str) {
        self.other_texts.maybe_update(|texts| {
            let before = texts.len();
            texts.retain(|id, _| !id.starts_with(prefix));
            texts.len() != before
        });
        self.other_errors.maybe_update(|errors| {
            let before = errors.len();
            errors.retain(|(id, _)| !id.starts_with(prefix));
            errors.len() != before
        });
    }

    /// Everything typed that is not (yet) valid, by input DOM id: the
    /// drafts that autosave keeps beside the document (docs/format.md).
    /// Tracked: autosave reruns when it changes.
    pub fn drafts(&self) -> BTreeMap<String, String> {
        let mut drafts = self.other_texts.get();
        for &field in Field::ALL {
            let state = self.field(field);
            if state.error.with(Option::is_some) {
                drafts.insert(dom_id(field), state.raw.get());
            }
        }
        drafts.extend(self.ranges.drafts());
        drafts
    }

    /// Puts one draft back into its input, as if typed. Returns `false`
    /// for an id this build does not know.
    pub fn restore_draft(&self, id: &str, text: String) -> bool {
        if let Some(&field) = Field::ALL.iter().find(|&&f| dom_id(f) == id) {
            self.input(field, text);
            true
        } else {
            super::ranges::restore_draft(*self, id, &text)
                || super::technical::restore_criterion_draft(*self, id, &text)
        }
    }

    /// Whether any field is invalid (the results are then outdated).
    pub fn has_errors(&self) -> bool {
        self.errors.with(|e| !e.is_empty())
            || self.other_errors.with(|e| !e.is_empty())
            || self.ranges.has_errors()
    }
}
