//! Alternativen: up to [`MAX_ALTERNATIVES`] ways of providing the service
//! in one assessment ("EfA-Nachnutzung", "Eigenentwicklung",
//! "Marktlösung"), each measured against the status quo, whose
//! Kapitalwert is 0 (WiBe: every alternative's flows are its differences
//! from carrying on as today).
//!
//! The assessment itself is the first alternative. The others are stored
//! as what they change: an [`Alternative`] holds the numeric inputs in
//! which it differs from the first (and, optionally, their ranges).
//! Everything else — the inputs it does not override, the texts, notes,
//! checklist, Nutzwert criteria, "unbekannt" marks and simulation settings
//! — is the first's, and follows the first when it changes later. A new
//! alternative is a copy of the first: no overrides.
//! [`Assessment::variant`] builds the full single-alternative assessment
//! that every other part of the model evaluates. Read it beside
//! docs/method.md, "Alternativen".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::fields::{DomainError, Field};
use super::inputs::{Assessment, Range, Unknown};
use super::limits::{MAX_ALTERNATIVES, MAX_NAME_CHARS};
use super::uncertainty::{check_range, RangeError};

/// The second, third or fourth alternative: its name and the inputs it
/// overrides. In a document, `values` and `ranges` are keyed by the
/// field's key (`"usage-fee"`), like `uncertainty.ranges`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Alternative {
    /// Name, e.g. "Eigenentwicklung"; never interpreted. Empty: the app
    /// shows a default name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The inputs this alternative sets to its own value, in stored units.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<Field, f64>,
    /// Own ranges of overridden inputs (a range needs its field in
    /// `values`). An overridden input without one keeps the first's range
    /// while that still contains the value.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ranges: BTreeMap<Field, Range>,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Alternative {
    /// A copy of the first alternative under this name: no overrides.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
}

/// What is wrong with one override of an alternative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OverrideProblem {
    /// The value lies outside the field's domain.
    Value(DomainError),
    /// The range does not contain the alternative's value or leaves the
    /// domain.
    Range(RangeError),
    /// A range for an input the alternative does not override.
    RangeWithoutValue,
}

/// An override of an alternative that a document may not hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InvalidOverride {
    /// The alternative's position, as in [`Assessment::variant`] (1 =
    /// the second alternative).
    pub alternative: usize,
    pub field: Field,
    pub problem: OverrideProblem,
}

impl Assessment {
    /// How many alternatives the assessment has: itself and the others.
    pub fn variant_count(&self) -> usize {
        1 + self.alternatives.len()
    }

    /// Alternative `i` as a single assessment (0 = the first; `None` past
    /// the last). The first is the assessment without `alternatives` and
    /// `sharing`. Alternative i ≥ 1 is that with each override applied
    /// (`Field::set`), confirmed (no longer unconfirmed), with its own
    /// range where it has one; an inherited range that does not contain
    /// the overridden value is dropped, so a variant never holds an
    /// invalid range. Its `first_name` is the alternative's name.
    pub fn variant(&self, i: usize) -> Option<Assessment> {
        if i >= self.variant_count() {
            return None;
        }
        let mut v = self.clone();
        v.alternatives.clear();
        v.sharing = None;
        let Some(alt) = i.checked_sub(1).and_then(|k| self.alternatives.get(k)) else {
            return Some(v);
        };
        v.first_name = alt.name.clone();
        for (&field, &value) in &alt.values {
            field.set(&mut v, value);
            v.unconfirmed.remove(&field);
            let likely = field.get(&v);
            match alt.ranges.get(&field) {
                Some(own) => {
                    v.uncertainty.ranges.insert(field, own.clone());
                }
                None => {
                    let stale = v
                        .uncertainty
                        .ranges
                        .get(&field)
                        .is_some_and(|r| check_range(field, likely, r).is_err());
                    if stale {
                        v.uncertainty.ranges.remove(&field);
                    }
                }
            }
        }
        Some(v)
    }

    /// The value of `field` in alternative `i` (without building it);
    /// `None` past the last.
    pub fn variant_value(&self, i: usize, field: Field) -> Option<f64> {
        if i == 0 {
            return Some(field.get(self));
        }
        let alt = self.alternatives.get(i - 1)?;
        Some(
            alt.values
                .get(&field)
                .copied()
                .unwrap_or_else(|| field.get(self)),
        )
    }

    /// The stored name of alternative `i` (empty: the app's default
    /// name); `None` past the last.
    pub fn variant_name(&self, i: usize) -> Option<&str> {
        match i {
            0 => Some(&self.first_name),
            _ => self.alternatives.get(i - 1).map(|a| a.name.as_str()),
        }
    }

    /// Renames alternative `i`, cut to [`MAX_NAME_CHARS`]; false past the
    /// last.
    pub fn rename_variant(&mut self, i: usize, name: &str) -> bool {
        let name = bounded(name);
        match i {
            0 => self.first_name = name,
            _ => match self.alternatives.get_mut(i - 1) {
                Some(alt) => alt.name = name,
                None => return false,
            },
        }
        true
    }

    /// Whether alternative `i` overrides `field` with a value other than
    /// the first's (never for the first itself).
    pub fn differs(&self, i: usize, field: Field) -> bool {
        i.checked_sub(1)
            .and_then(|k| self.alternatives.get(k))
            .and_then(|alt| alt.values.get(&field))
            .is_some_and(|&v| v != field.get(self))
    }

    /// The user enters `value` for `field` in alternative `i`. For the
    /// first this is [`Assessment::enter`]; for another it is stored as
    /// its override. An own range that no longer contains the value goes
    /// (as the form drops a first's range that became stale, keeping what
    /// was typed), and so does an override that equals the first's value
    /// and has no range of its own (the alternative then follows the
    /// first). `value` must have passed `Domain::check`. Past the last
    /// alternative nothing changes.
    pub fn set_in_variant(&mut self, i: usize, field: Field, value: f64) {
        if i == 0 {
            self.enter(field, value);
            return;
        }
        let first = field.get(self);
        if let Some(alt) = self.alternatives.get_mut(i - 1) {
            let stale = alt
                .ranges
                .get(&field)
                .is_some_and(|r| check_range(field, value, r).is_err());
            if stale {
                alt.ranges.remove(&field);
            }
            if value == first && !alt.ranges.contains_key(&field) {
                alt.values.remove(&field);
            } else {
                alt.values.insert(field, value);
            }
        }
    }

    /// Gives `field` a range in alternative `i`, or takes it away
    /// (`None`). For the first this is its own range; for another, a
    /// range of its own (its value is then held as an override, the
    /// first's if it had none), and `None` lets it inherit the first's
    /// range again. The range must pass `uncertainty::check_range` with
    /// the alternative's value.
    pub fn set_variant_range(&mut self, i: usize, field: Field, range: Option<Range>) {
        if i == 0 {
            match range {
                Some(r) => _ = self.uncertainty.ranges.insert(field, r),
                None => _ = self.uncertainty.ranges.remove(&field),
            }
            return;
        }
        let first = field.get(self);
        let Some(alt) = self.alternatives.get_mut(i - 1) else {
            return;
        };
        match range {
            Some(r) => {
                alt.values.entry(field).or_insert(first);
                alt.ranges.insert(field, r);
            }
            None => {
                alt.ranges.remove(&field);
                if alt.values.get(&field) == Some(&first) {
                    alt.values.remove(&field);
                }
            }
        }
    }

    /// Alternative `i` follows the first in `field` again: its override
    /// and own range go. Nothing happens for the first.
    pub fn reset_in_variant(&mut self, i: usize, field: Field) {
        if let Some(alt) = i.checked_sub(1).and_then(|k| self.alternatives.get_mut(k)) {
            alt.values.remove(&field);
            alt.ranges.remove(&field);
        }
    }

    /// Adds an alternative as a copy of the first (no overrides) under
    /// `name`, cut to [`MAX_NAME_CHARS`]. False, and nothing added, when
    /// the assessment already has [`MAX_ALTERNATIVES`].
    pub fn add_alternative(&mut self, name: &str) -> bool {
        if self.variant_count() >= MAX_ALTERNATIVES {
            return false;
        }
        self.alternatives.push(Alternative::new(bounded(name)));
        true
    }

    /// Removes alternative `i` ≥ 1; the later ones move up. The first
    /// cannot be removed (every other is stored as its differences from
    /// it): false, as past the last.
    pub fn remove_alternative(&mut self, i: usize) -> bool {
        match i.checked_sub(1) {
            Some(k) if k < self.alternatives.len() => {
                self.alternatives.remove(k);
                true
            }
            _ => false,
        }
    }

    /// Alternative `i` as the form has edited it, written back: `edited`
    /// is what [`Assessment::variant`] gave (with the document's
    /// `sharing`), changed by the user. For the first, `edited` becomes
    /// the assessment (its alternatives kept). For another, its numeric
    /// inputs and ranges become the alternative's overrides — each input
    /// whose value differs from the first's, and each range that is not
    /// the one it would inherit — while everything an alternative cannot
    /// hold of its own (texts, notes, checklist, criteria, "unbekannt"
    /// marks, simulation settings, confirmations of the inputs it does not
    /// override, the Kostenteilung) goes to the first, which every
    /// alternative shares. Writing back an unchanged variant changes
    /// nothing, except that an override equal to the first's value and
    /// without a range of its own is dropped (the alternative follows the
    /// first there anyway). Past the last alternative nothing changes.
    ///
    /// One case cannot be written: an alternative without a range where
    /// the first has one that holds the alternative's value; it keeps
    /// inheriting that range.
    pub fn absorb_variant(&mut self, i: usize, edited: &Assessment) {
        if i >= self.variant_count() {
            return;
        }
        let mut next = edited.clone();
        next.alternatives = std::mem::take(&mut self.alternatives);
        if i > 0 {
            next.first_name = std::mem::take(&mut self.first_name);
            let mut overridden = Vec::new();
            let mut alt = std::mem::take(&mut next.alternatives[i - 1]);
            alt.name = bounded(&edited.first_name);
            alt.values.clear();
            alt.ranges.clear();
            for &field in Field::ALL {
                let value = field.get(edited);
                let own = edited.uncertainty.ranges.get(&field);
                let inherited = self
                    .uncertainty
                    .ranges
                    .get(&field)
                    .filter(|r| check_range(field, value, r).is_ok());
                let own_range = own.filter(|&r| Some(r) != inherited);
                if value != field.get(self) || own_range.is_some() {
                    alt.values.insert(field, value);
                    overridden.push(field);
                }
                if let Some(r) = own_range {
                    alt.ranges.insert(field, r.clone());
                }
                // The first keeps its own value and range.
                field.set(&mut next, field.get(self));
            }
            next.alternatives[i - 1] = alt;
            next.uncertainty.ranges = std::mem::take(&mut self.uncertainty.ranges);
            // An overridden input is confirmed in the alternative; the
            // first keeps its own mark there.
            for field in overridden {
                if self.unconfirmed.contains(&field) {
                    next.unconfirmed.insert(field);
                } else {
                    next.unconfirmed.remove(&field);
                }
            }
        }
        *self = next;
    }

    /// Every override a document may not hold, alternative by
    /// alternative in field order: a value outside its field's domain, a
    /// range that does not contain the alternative's value or leaves the
    /// domain, or a range for an input not overridden.
    pub fn invalid_alternatives(&self) -> Vec<InvalidOverride> {
        let mut found = Vec::new();
        for (k, alt) in self.alternatives.iter().enumerate() {
            let alternative = k + 1;
            for (&field, &value) in &alt.values {
                if let Err(e) = field.domain().check(Some(value)) {
                    found.push(InvalidOverride {
                        alternative,
                        field,
                        problem: OverrideProblem::Value(e),
                    });
                }
            }
            for (&field, range) in &alt.ranges {
                let problem = match alt.values.get(&field) {
                    None => Some(OverrideProblem::RangeWithoutValue),
                    Some(&value) => check_range(field, value, range)
                        .err()
                        .map(OverrideProblem::Range),
                };
                if let Some(problem) = problem {
                    found.push(InvalidOverride {
                        alternative,
                        field,
                        problem,
                    });
                }
            }
        }
        found
    }
}

/// A name within [`MAX_NAME_CHARS`], so every name stored opens again.
fn bounded(name: &str) -> String {
    name.chars().take(MAX_NAME_CHARS).collect()
}
