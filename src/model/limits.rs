//! How much one assessment may hold: the longest text of each kind and the
//! longest list.
//!
//! A real assessment has a dozen checklist items, seven criteria and notes
//! of a sentence or two. Without limits a link of a few hundred characters
//! could carry 20.000 empty checklist items or a name of 256.000 letters
//! (both compress to almost nothing) and freeze the tab on every start.
//! The one decoder (`crate::share::decode_assessment`) refuses a document
//! past any limit, and the form's text inputs carry the same numbers as
//! `maxlength`, so everything the app writes it can read again.
//! docs/format.md lists them.

use super::fields::Field;
use super::inputs::Assessment;
use super::technical::Technical;

/// Names and titles: service, Kommune, custom checklist items and
/// criteria, the person responsible, the provider of a template, the name
/// of a saved entry, of an alternative and of a body sharing the costs.
pub const MAX_NAME_CHARS: usize = 200;
/// Free-text notes (Anmerkungen) of cost lines and checklist items.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Short free text: a due date or a template's Stand, as the user writes
/// it ("31.03.2027", "Q2/2027").
pub const MAX_SHORT_CHARS: usize = 60;
/// What may be typed into a number field (a draft that is not yet a
/// valid number is stored as typed, see docs/format.md "Autosave").
pub const MAX_NUMBER_CHARS: usize = 100;
/// Items of the prerequisites checklist: the catalogue has eleven.
pub const MAX_PREREQUISITES: usize = 50;
/// Criteria of the Nutzwertanalyse: the catalogue has seven.
pub const MAX_CRITERIA: usize = 30;
/// Bodies (Körperschaften) sharing the joint costs of one adoption
/// (`super::sharing`). A Landkreis with its Städte, Gemeinden or Ämter,
/// or a Zweckverband, is the case it is meant for; the bound keeps the
/// work of one split small, since every body gets its own Kapitalwert.
/// This counts every participant, the own Kommune (derived from the
/// assessment) and the `sharing.bodies` of the document.
pub const MAX_BODIES: usize = 50;
/// Alternatives (`super::alternatives`) of one assessment, the first (the
/// assessment itself) included: EfA-Nachnutzung, Eigenentwicklung,
/// Marktlösung and one more. Each is evaluated and simulated on its own.
pub const MAX_ALTERNATIVES: usize = 4;
// Ranges and "unbekannt" marks are keyed by `Field`, so there can be at
// most one per field: that bound needs no constant of its own.

/// A free-text slot of the document, for saying which text is too long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Service,
    Kommune,
    /// The note of the cost line whose amount is this field.
    Note(Field),
    /// Of the checklist item at this position (0-based).
    PrerequisiteTitle(usize),
    PrerequisiteNote(usize),
    PrerequisiteResponsible(usize),
    PrerequisiteDue(usize),
    /// Of the Nutzwert criterion at this position (0-based).
    CriterionTitle(usize),
    TemplateProvider,
    TemplateDate,
    /// The name of the alternative at this position (0 = the first,
    /// `first_name`).
    AlternativeName(usize),
    /// The name of the body sharing the costs at this participant
    /// position (1 = the first of `sharing.bodies`; the own Kommune's
    /// name is `Kommune`).
    BodyName(usize),
}

impl Text {
    /// The longest text this slot takes, in characters (Unicode scalar
    /// values, as `maxlength` nearly counts them).
    pub fn max_chars(self) -> usize {
        match self {
            Text::PrerequisiteNote(_) | Text::Note(_) => MAX_NOTE_CHARS,
            Text::PrerequisiteDue(_) | Text::TemplateDate => MAX_SHORT_CHARS,
            Text::Service
            | Text::Kommune
            | Text::PrerequisiteTitle(_)
            | Text::PrerequisiteResponsible(_)
            | Text::CriterionTitle(_)
            | Text::TemplateProvider
            | Text::AlternativeName(_)
            | Text::BodyName(_) => MAX_NAME_CHARS,
        }
    }
}

/// One limit a document exceeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Oversize {
    /// This text is longer than [`Text::max_chars`].
    Text(Text),
    /// The checklist has this many items, more than [`MAX_PREREQUISITES`].
    Prerequisites(usize),
    /// There are this many criteria, more than [`MAX_CRITERIA`].
    Criteria(usize),
    /// There are this many alternatives (the first included), more than
    /// [`MAX_ALTERNATIVES`].
    Alternatives(usize),
    /// This many bodies share the costs (the own Kommune included), more
    /// than [`MAX_BODIES`].
    Bodies(usize),
}

/// Whether `text` is longer than `max` characters, without counting past
/// `max` (a 256.000-letter name costs no more than a short one).
pub fn too_long(text: &str, max: usize) -> bool {
    // Bytes bound characters from above: most texts need no count at all.
    text.len() > max && text.chars().nth(max).is_some()
}

impl Assessment {
    /// Every limit this document exceeds, lists before texts. Its cost
    /// grows with the number of limits, not with the length of a text.
    pub fn oversized(&self) -> Vec<Oversize> {
        let mut found = Vec::new();
        let technical: &Technical = &self.technical;
        if technical.prerequisites.len() > MAX_PREREQUISITES {
            found.push(Oversize::Prerequisites(technical.prerequisites.len()));
        }
        if technical.criteria.len() > MAX_CRITERIA {
            found.push(Oversize::Criteria(technical.criteria.len()));
        }
        if self.variant_count() > MAX_ALTERNATIVES {
            found.push(Oversize::Alternatives(self.variant_count()));
        }
        if let Some(sharing) = &self.sharing {
            if sharing.participant_count() > MAX_BODIES {
                found.push(Oversize::Bodies(sharing.participant_count()));
            }
        }
        if !found.is_empty() {
            // The texts of an oversized list are not worth reporting.
            return found;
        }
        let mut check = |slot: Text, text: &str| {
            if too_long(text, slot.max_chars()) {
                found.push(Oversize::Text(slot));
            }
        };
        check(Text::Service, &self.master.service);
        check(Text::Kommune, &self.master.kommune);
        for &field in Field::ALL {
            if let Some(line) = field.cost_line(self) {
                check(Text::Note(field), &line.note);
            }
        }
        for (i, p) in technical.prerequisites.iter().enumerate() {
            check(Text::PrerequisiteTitle(i), &p.title);
            check(Text::PrerequisiteNote(i), &p.note);
            check(Text::PrerequisiteResponsible(i), &p.responsible);
            check(Text::PrerequisiteDue(i), &p.due);
        }
        for (i, c) in technical.criteria.iter().enumerate() {
            check(Text::CriterionTitle(i), &c.title);
        }
        if let Some(template) = &self.template {
            check(Text::TemplateProvider, &template.provider);
            check(Text::TemplateDate, &template.date);
        }
        check(Text::AlternativeName(0), &self.first_name);
        for (k, alt) in self.alternatives.iter().enumerate() {
            check(Text::AlternativeName(k + 1), &alt.name);
        }
        if let Some(sharing) = &self.sharing {
            for (k, body) in sharing.bodies.iter().enumerate() {
                check(Text::BodyName(k + 1), &body.name);
            }
        }
        found
    }
}
