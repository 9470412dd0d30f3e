//! The share, library and file words in English.

use super::{Source, Texts};
use crate::format::grouped;
use crate::model::alternatives::{InvalidOverride, OverrideProblem};
use crate::model::limits::{
    Oversize, Text, MAX_ALTERNATIVES, MAX_BODIES, MAX_CRITERIA, MAX_PREREQUISITES,
};
use crate::model::sharing::{Basis, SharingError, MAX_WEIGHT};
use crate::model::technical::{SCORE_DOMAIN, WEIGHT_DOMAIN};
use crate::model::uncertainty::SAMPLES_DOMAIN;
use crate::model::Field;
use crate::share::link::LinkError;
use crate::share::{DecodeError, Malformed, PathStep};
use crate::text::form::field_text;

/// English text.
pub const EN: Texts = Texts {
    share_button: "Share",
    share_title: "Share assessment",
    share_hint: "The link contains all the data entered in this assessment, including your \
        notes. There is no server: whoever opens the link sees exactly this assessment. Only \
        pass it on to people who may see the figures.",
    share_link_label: "Link to this assessment",
    share_copy: "Copy link",
    share_copied: "The link has been copied to the clipboard.",
    share_copy_failed: "Copying was not possible. The link is now selected: copy it with \
        Ctrl+C (Mac: Cmd+C).",
    share_qr_label: "QR code of the link to this assessment",
    share_qr_caption: "QR code to photograph, for example from the projector in a workshop.",
    share_close: "Close",

    link_opened_title: "Shared assessment opened",
    link_opened_body: "You are looking at a copy from a shared link. Your saved assessments \
        are unchanged.",
    link_failed_title: "The link could not be opened",
    link_reopened_body: "You have opened this link in this browser before. You are looking at \
        the copy made then; no second copy has been made. Your saved assessments are \
        unchanged.",
    link_reopened_edited_title: "Your earlier copy of this link is open",
    still_works: "Your saved assessments are unchanged, and the assessment you last opened \
        stays open. You can carry on working as usual.",

    template_marker: "Please fill in: only your Kommune knows this value.",
    template_heading: "Template: the provider's figures (not checked)",

    library_heading: "My assessments",
    library_hint: "Every change is saved automatically in this browser. Nothing leaves your \
        computer.",
    library_open: "Open",
    library_is_open: "open",
    library_rename: "Rename",
    library_rename_label: "New name",
    library_rename_save: "Save name",
    library_rename_cancel: "Cancel",
    library_duplicate: "Duplicate",
    library_delete: "Delete",
    library_undo: "Undo",
    library_new: "New assessment",
    library_new_name: "New assessment",
    library_unnamed: "Unnamed assessment",
    library_unreadable: "Cannot be opened with this version (kept unchanged)",
    library_changed_prefix: "Last changed: ",
    library_unknown_date: "unknown",

    from_link_suffix: " (from link)",
    from_file_suffix: " (from file)",
    copy_suffix: " (copy)",

    json_save: "Save as JSON",
    json_open: "Open JSON",
    csv_save: "Download as CSV",
    xlsx_save: "Download as Excel workbook",
    export_preparing: "Preparing …",
    export_failed_title: "The file could not be created",
    export_load_failed: "The part of the app that writes CSV and Excel files could not be \
        loaded. Your inputs are unchanged. Check the connection and try again.",
    export_write_failed: "Your inputs are unchanged. Save the assessment as JSON and try \
        again.",
    export_unnamed_file: "efa-check-assessment.json",
    json_drop: "Or drag an EfA-Check JSON file here to open it as a new assessment.",
    file_opened_title: "File opened",
    file_opened_body: "The file has been opened as a new assessment. Your saved assessments \
        are unchanged.",
    file_failed_title: "The file could not be opened",
    file_too_large: "The file is too large for an EfA-Check assessment. Choose a file that \
        was exported from EfA-Check.",
    file_unreadable: "The file could not be read. Please choose the file again.",

    storage_warning_title: "Automatic saving not possible",
    storage_blocked: "This browser does not allow EfA-Check to store data (for example in \
        private mode or because of a setting). You can carry on working; save your assessment \
        with “Save as JSON” before you close the page.",
    storage_full: "The browser's storage is full; the last change was not saved. You can \
        carry on working; save your assessment with “Save as JSON” or delete assessments you \
        no longer need.",
    storage_keep_aside_failed: "The data stored in the browser has an unknown format, and \
        the browser's storage is too full to make a backup copy of it. EfA-Check leaves the \
        data unchanged and saves nothing for now. You can carry on working; save your \
        assessment with “Save as JSON”.",
    storage_newer_title: "Saved assessments from a newer version",

    tab_changed_title: "Changed in another tab",
    tab_changed_body: "This assessment has just been changed in another tab of this browser. \
        You are now seeing the version last saved there.",
    tab_changed_close: "Understood",
    tab_deleted_title: "Deleted in another tab",
    tab_deleted_restore: "Restore assessment",

    fresh_confirm_title: "Start again with reference values?",
    fresh_confirm_body: "The form contains your inputs. If you start again, it shows the \
        reference values and empty fields for your Kommune's figures. Your current assessment \
        stays saved under “My assessments”.",
    fresh_confirm_yes: "Yes, start again",
    fresh_confirm_no: "Cancel",
    fresh_done_title: "Started again",
    fresh_done_example: "The form now shows the reference values instead of the example \
        values.",
    fresh_undo: "Undo",
    fresh_close: "Close",

    share_unavailable_title: "This assessment cannot be shared as a link",
    share_unavailable_body: "It contains more data than a link can hold and still be opened \
        again. Save it with “Save as JSON” and send the file.",
    share_pending: "Creating the link …",
    share_load_failed_title: "The link could not be created",
    share_load_failed_body: "The part of the app that creates links and QR codes is only \
        loaded the first time you share, and that failed (no connection to the server?). Your \
        inputs are unchanged. Close this dialogue and try again, or save the assessment with \
        “Save as JSON”.",
    file_not_utf8: "The file was not saved as UTF-8. EfA-Check has read it as Windows-1252 \
        (Latin-1); check special characters such as umlauts in names and notes.",
    storage_backup_prefix: "The data stored in the browser had an unknown format. It was not \
        deleted but kept under the key “",
    storage_backup_suffix: "”. EfA-Check has started a new list of your assessments.",
    update_available: "A new version is available –",
    update_reload: "reload",
    update_hint: "Your assessments are saved and are kept when you reload. Until then you \
        can carry on working with the current version, even offline.",
};

pub fn storage_newer(version: u32) -> String {
    format!(
        "Your assessments in this browser were saved by a newer version of EfA-Check \
         (format {version}). This version does not change them: they stay saved as they are. \
         What you enter here is not saved automatically. Reload the page to use the latest \
         version, or save your inputs with “Save as JSON”."
    )
}

pub fn tab_deleted(name: &str) -> String {
    format!(
        "“{name}” was deleted in another tab. Your inputs are still shown here. Restore the \
         assessment to carry on working; any further input restores it as well."
    )
}

pub fn link_length(chars: usize) -> String {
    let unit = if chars == 1 {
        "character"
    } else {
        "characters"
    };
    format!("The link is {} {unit} long.", grouped(chars as f64, 0))
}

pub fn template_banner(provider: &str, date: &str) -> String {
    format!(
        "According to the template: {provider}, as of {date}. EfA-Check cannot check whether \
         the template really comes from this provider; compare the figures with the \
         provider's quotation."
    )
}

pub fn template_todo(open: usize) -> String {
    match open {
        0 => "All of your Kommune's values have been filled in.".to_string(),
        1 => "One field is marked: enter your Kommune's value there.".to_string(),
        n => format!("{n} fields are marked: enter your Kommune's values there."),
    }
}

pub fn link_reopened_edited(name: &str) -> String {
    format!(
        "You have opened this link in this browser before and have changed the copy “{name}” \
         since. You are looking at this copy with your changes: EfA-Check has overwritten \
         nothing and made no second copy. Your saved assessments are unchanged."
    )
}

pub fn fresh_done_kept(name: &str) -> String {
    format!(
        "The form now shows the reference values. Your previous assessment “{name}” is saved \
         under “My assessments”."
    )
}

pub fn deleted(name: &str) -> String {
    format!("“{name}” has been deleted.")
}

pub fn restored(name: &str) -> String {
    format!("“{name}” has been restored.")
}

/// "The file" / "The link".
fn subject(source: Source) -> &'static str {
    match source {
        Source::File => "The file",
        Source::Link => "The link",
    }
}

/// What to do about a document that cannot be opened.
fn remedy(source: Source) -> &'static str {
    match source {
        Source::File => {
            "Correct the file or export it again from EfA-Check, then open it \
            again."
        }
        Source::Link => "Ask for a new link or for the assessment as a JSON file.",
    }
}

pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::NotALink => "The link does not contain an EfA-Check assessment. Check that \
            you copied the whole link, or ask for a new link."
            .to_string(),
        LinkError::NotBase64 => "The link is incomplete or has been altered: it cannot be \
            decoded. Long links are often cut off when they are sent. Ask for a new link or for \
            the assessment as a JSON file."
            .to_string(),
        LinkError::Corrupted => "The link is incomplete or has been altered; its checksum does \
            not match. Long links are often cut off when they are sent. Ask for a new link or \
            for the assessment as a JSON file."
            .to_string(),
        LinkError::TooLarge => "The link contains an unusually large amount of data and is not \
            opened, for your safety. Ask for the assessment as a JSON file."
            .to_string(),
        LinkError::Document(error) => document_error(error, Source::Link),
    }
}

pub fn document_error(error: &DecodeError, source: Source) -> String {
    let subject = subject(source);
    let remedy = remedy(source);
    match error {
        DecodeError::NotJson => {
            format!("{subject} could not be read: its content is incomplete or not JSON. {remedy}")
        }
        DecodeError::NotADocument => format!(
            "{subject} does not contain an EfA-Check assessment. Choose a file or a link that \
             was created with EfA-Check."
        ),
        DecodeError::VersionZero => format!(
            "{subject} gives 0 as its format version. There is no such version: the \
             assessment is damaged or was not created with EfA-Check. {remedy}"
        ),
        DecodeError::FutureVersion(version) => format!(
            "{subject} comes from a newer version of EfA-Check (format {version}). Reload the \
             page to use the latest version, then open the assessment again."
        ),
        DecodeError::Malformed(malformed) => format!(
            "{subject} is damaged: {} does not have the expected form (for example text where \
             a number must be, or an unknown choice). {remedy}",
            malformed_place(malformed)
        ),
        DecodeError::TooLarge(found) => {
            let parts: Vec<String> = found.iter().map(|o| oversize(*o)).collect();
            format!(
                "{subject} contains more than an EfA-Check assessment can hold: {}. The \
                 assessment is not opened. {remedy}",
                parts.join("; ")
            )
        }
        DecodeError::InvalidValues(fields) => {
            let names: Vec<&str> = fields.iter().map(|f| field_text(f.field).label).collect();
            format!(
                "{subject} contains invalid values in: {}. {remedy}",
                names.join("; ")
            )
        }
        DecodeError::InvalidRanges(ranges) => {
            let names: Vec<&str> = ranges.iter().map(|r| field_text(r.field).label).collect();
            format!(
                "{subject} contains ranges whose most likely value does not lie between the \
                 minimum and the maximum, in: {}. {remedy}",
                names.join("; ")
            )
        }
        DecodeError::InvalidAlternatives(overrides) => {
            let places: Vec<String> = overrides.iter().map(|o| override_place(*o)).collect();
            format!(
                "{subject} contains values of the alternatives outside the allowed range, or \
                 ranges that do not contain the alternative's value: {}. {remedy}",
                places.join("; ")
            )
        }
        DecodeError::InvalidSharing(problems) => {
            let parts: Vec<String> = problems.iter().map(|p| sharing_problem(*p)).collect();
            format!(
                "{subject} contains invalid details in the Kostenteilung (cost sharing between \
                 bodies): {}. {remedy}",
                parts.join("; ")
            )
        }
        DecodeError::InvalidCriteria(positions) => {
            let numbers: Vec<String> = positions.iter().map(|i| (i + 1).to_string()).collect();
            let criterion = if numbers.len() == 1 {
                "criterion"
            } else {
                "criteria"
            };
            format!(
                "{subject} contains criteria of the Nutzwertanalyse (utility analysis) with an \
                 invalid weight ({} to {}) or an invalid score ({} to {}): {criterion} {}. \
                 {remedy}",
                grouped(WEIGHT_DOMAIN.min, 0),
                grouped(WEIGHT_DOMAIN.max, 0),
                grouped(SCORE_DOMAIN.min, 0),
                grouped(SCORE_DOMAIN.max, 0),
                numbers.join(", ")
            )
        }
        DecodeError::InvalidSamples(samples) => {
            let noun = if *samples == 1 { "sample" } else { "samples" };
            format!(
                "{subject} specifies {} {noun} for the uncertainty analysis; {} to {} are \
                 allowed. {remedy}",
                grouped(f64::from(*samples), 0),
                grouped(SAMPLES_DOMAIN.min, 0),
                grouped(SAMPLES_DOMAIN.max, 0)
            )
        }
    }
}

/// "the entry “benefits › cases_per_year” (…)": the place of a malformed
/// value, in the format's own key names.
fn malformed_place(malformed: &Malformed) -> String {
    if malformed.path.is_empty() {
        return "the content".to_string();
    }
    let steps: Vec<String> = malformed
        .path
        .iter()
        .map(|step| match step {
            PathStep::Key(key) => (*key).to_string(),
            PathStep::OtherKey => "…".to_string(),
            PathStep::Index(i) => format!("no. {}", i + 1),
        })
        .collect();
    let field = match malformed.path.last() {
        Some(PathStep::Key(key)) => Field::from_key(&key.replace('_', "-")),
        _ => None,
    };
    match field {
        Some(f) => format!(
            "the value “{}” ({})",
            field_text(f).label,
            steps.join(" › ")
        ),
        None => format!("the entry “{}”", steps.join(" › ")),
    }
}

pub fn oversize(found: Oversize) -> String {
    let count = |n: usize| grouped(n as f64, 0);
    match found {
        Oversize::Prerequisites(n) => format!(
            "the checklist has {} items (at most {})",
            count(n),
            count(MAX_PREREQUISITES)
        ),
        Oversize::Criteria(n) => format!(
            "the Nutzwertanalyse (utility analysis) has {} criteria (at most {})",
            count(n),
            count(MAX_CRITERIA)
        ),
        Oversize::Alternatives(n) => format!(
            "the assessment has {} alternatives (at most {})",
            count(n),
            count(MAX_ALTERNATIVES)
        ),
        Oversize::Bodies(n) => format!(
            "the Kostenteilung (cost sharing between bodies) involves {} bodies (at most {})",
            count(n),
            count(MAX_BODIES)
        ),
        Oversize::Text(slot) => format!(
            "{} is longer than {} characters",
            text_slot(slot),
            count(slot.max_chars())
        ),
    }
}

/// The name of a free-text slot, as the subject of a sentence.
fn text_slot(slot: Text) -> String {
    match slot {
        Text::Service => "the name of the online service".to_string(),
        Text::Kommune => "the name of the Kommune".to_string(),
        Text::Note(field) => format!("the note on “{}”", field_text(field).label),
        Text::PrerequisiteTitle(i) => format!("the title of checklist item {}", i + 1),
        Text::PrerequisiteNote(i) => format!("the note on checklist item {}", i + 1),
        Text::PrerequisiteResponsible(i) => {
            format!("“Responsible” of checklist item {}", i + 1)
        }
        Text::PrerequisiteDue(i) => format!("“Due by” of checklist item {}", i + 1),
        Text::CriterionTitle(i) => format!("the title of criterion {}", i + 1),
        Text::TemplateProvider => "the name of the template's provider".to_string(),
        Text::TemplateDate => "the date of the template".to_string(),
        Text::AlternativeName(i) => format!("the name of alternative {}", i + 1),
        Text::BodyName(i) => format!("the name of body {}", i + 1),
    }
}

/// "alternative 2: cases per year (range)": where an override of an
/// alternative is wrong.
fn override_place(o: InvalidOverride) -> String {
    let label = field_text(o.field).label;
    let what = match o.problem {
        OverrideProblem::Value(_) => "",
        OverrideProblem::Range(_) => " (range)",
        OverrideProblem::RangeWithoutValue => " (range without its own value)",
    };
    format!("alternative {}: {label}{what}", o.alternative + 1)
}

/// Whose figure, for a participant of the Kostenteilung: position 0 is
/// the user's own Kommune, the others are counted with it from 1
/// ("of body 2" is the first other body).
fn body_place(body: usize) -> String {
    if body == 0 {
        "of your Kommune".to_string()
    } else {
        format!("of body {}", body + 1)
    }
}

pub fn sharing_problem(problem: SharingError) -> String {
    match problem {
        SharingError::TooManyBodies(n) => format!(
            "{} bodies (at most {})",
            grouped(n as f64, 0),
            grouped(MAX_BODIES as f64, 0)
        ),
        SharingError::BodyValue { body, basis } => {
            let figure = match basis {
                Basis::Inhabitants => "the population",
                Basis::Use => "the cases per year",
                Basis::TargetGroup => "the target group size",
                Basis::Flat => "the share",
            };
            format!("{figure} {} is outside the allowed range", body_place(body))
        }
        SharingError::MissingTargetGroup { body } => {
            format!("the target group size {} is missing", body_place(body))
        }
        SharingError::Weights => format!(
            "the weights of the mixed key must lie between 0 and {}",
            grouped(MAX_WEIGHT, 0)
        ),
        SharingError::NoWeight => "the mixed key has no weight above 0 yet".to_string(),
        SharingError::Land => "the share of the Land (federal state) must lie between 0 and \
            100%, its amounts at €0 or more"
            .to_string(),
        SharingError::NotJoint(field) => {
            format!("“{}” cannot be a joint cost item", field_text(field).label)
        }
        SharingError::JointCost(field) => format!(
            "the amount “{}” is outside the allowed range",
            field_text(field).label
        ),
    }
}
