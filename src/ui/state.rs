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

use leptos::prelude::*;

use super::ranges::Ranges;
use crate::format;
use crate::model::{Assessment, Field, Unit};
use crate::parse::{parse_field, FieldError};

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
    /// Ranges (minimum and maximum) per field, seed and sample count.
    pub ranges: Ranges,
}

/// The text a field shows for a stored value, in German notation.
pub fn display_value(field: Field, doc: &Assessment) -> String {
    format::input_value(field.get(doc), field.unit() == Unit::Percent)
}

impl Form {
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
            ranges: Ranges::new(doc),
        }
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
        self.ranges.load(&doc);
        self.doc.set(doc);
    }

    /// Records (`Some`) or clears (`None`) the error of an input that is
    /// not a [`Field`].
    pub fn set_other_error(&self, id: &str, message: Option<String>) {
        self.other_errors.maybe_update(|errors| {
            let before = errors.len();
            errors.retain(|(known, _)| known != id);
            let removed = errors.len() != before;
            let added = message.map(|m| errors.push((id.to_string(), m))).is_some();
            removed || added
        });
    }

    /// Whether any field is invalid (the results are then outdated).
    pub fn has_errors(&self) -> bool {
        self.errors.with(|e| !e.is_empty())
            || self.other_errors.with(|e| !e.is_empty())
            || self.ranges.has_errors()
    }
}
