//! Annahmen: pre-filled values the user has not confirmed yet.
//!
//! A new assessment starts some inputs at a documented reference value
//! (the staff rate, the discount rate) or at the app's convention (the
//! horizon). Such a value counts in the result although nobody typed it,
//! so the document remembers it as unconfirmed
//! (`Assessment::unconfirmed`) until the user confirms it or enters their
//! own. The form marks it, and the results list every one that changes
//! the result ([`Assessment::open_assumptions`]).
//!
//! Inputs without a universal reference (postage, print, citizens'
//! minutes) start at 0 instead; the form offers their reference to adopt
//! ([`Assessment::reference_to_adopt`]), and adopting it is a choice the
//! user makes, so it counts as confirmed.

use super::fields::Field;
use super::inputs::Assessment;
use super::reference::{self, Reference};
use super::{evaluate, BreakEven, Evaluation, Kapitalwert, Payback};

/// The inputs a new assessment pre-fills and marks unconfirmed, in form
/// order: the three staff rates (KGSt E9b), the horizon (5 years) and the
/// discount rate (BMF).
pub const PREFILLED: [Field; 5] = [
    Field::ProjectRate,
    Field::SecondLevelRate,
    Field::StaffRate,
    Field::HorizonYears,
    Field::DiscountRate,
];

/// Kapitalwert, payback, the two break-evens, cost per case, and VZÄ,
/// staff hours, citizens' hours and online cases.
type KeyFigures = (
    Kapitalwert,
    Payback,
    BreakEven,
    BreakEven,
    Option<f64>,
    [f64; 4],
);

/// What a reader of the results sees of an evaluation: every key figure,
/// not the yearly table's bookkeeping (a discount factor of a year
/// without any flow changes nothing shown).
fn key_figures(e: &Evaluation) -> KeyFigures {
    (
        e.kapitalwert,
        e.payback,
        e.break_even_cases,
        e.break_even_share,
        e.cost_per_online_case,
        [
            e.fte_freed_final_year,
            e.staff_hours_saved_total,
            e.citizen_hours_saved_total,
            e.online_cases_total,
        ],
    )
}

/// An unconfirmed value that changes the result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assumption {
    pub field: Field,
    /// Its current value, in stored units.
    pub value: f64,
    /// Where the value comes from (Quelle, Stand); `None` for the app's
    /// own conventions, such as the horizon of 5 years.
    pub reference: Option<&'static Reference>,
}

impl Assessment {
    /// The unconfirmed values that count, in form order: those whose
    /// value changes a key figure. A staff rate with no hours to value,
    /// or the discount rate of an empty form, does not count yet, and
    /// appears once it does.
    pub fn open_assumptions(&self) -> Vec<Assumption> {
        if self.unconfirmed.is_empty() {
            return Vec::new();
        }
        let shown = key_figures(&evaluate(self));
        self.unconfirmed
            .iter()
            .filter(|&&field| self.changes(field, &shown))
            .map(|&field| Assumption {
                field,
                value: field.get(self),
                reference: reference::for_field(field),
            })
            .collect()
    }

    /// Whether the value of `field` changes a key figure (Kapitalwert and
    /// its parts, payback, break-even, cost per case, hours and VZÄ):
    /// `shown`, this assessment's figures, is compared with those at
    /// another value of the field's domain (its minimum, or its maximum if
    /// it sits at the minimum).
    fn changes(&self, field: Field, shown: &KeyFigures) -> bool {
        let d = field.domain();
        let value = field.get(self);
        let probe = if value != d.min { d.min } else { d.max };
        let mut other = self.clone();
        field.set(&mut other, probe);
        key_figures(&evaluate(&other)) != *shown
    }

    /// The user confirms a pre-filled value as it is.
    pub fn confirm(&mut self, field: Field) {
        self.unconfirmed.remove(&field);
    }

    /// The user enters their own value (typed, or picked from a list):
    /// it is stored and counts as confirmed. `value` must have passed
    /// `Domain::check`, as for [`Field::set`].
    pub fn enter(&mut self, field: Field, value: f64) {
        field.set(self, value);
        self.confirm(field);
    }

    /// The reference value the form offers beside `field`
    /// ("Referenzwert übernehmen"), while the field holds another value.
    pub fn reference_to_adopt(&self, field: Field) -> Option<&'static Reference> {
        reference::for_field(field).filter(|r| field.get(self) != r.value)
    }

    /// "Referenzwert übernehmen": stores the field's reference value,
    /// confirmed, as the user chose it. Returns the reference adopted, or
    /// `None` (and changes nothing) if the field has none.
    pub fn adopt_reference(&mut self, field: Field) -> Option<&'static Reference> {
        let r = reference::for_field(field)?;
        self.enter(field, r.value);
        Some(r)
    }
}
