//! UI text for share links, the QR code, autosave, named assessments,
//! JSON import/export and provider templates.
//!
//! Messages about something that went wrong say what is wrong, what the
//! user can do, and what still works (their saved assessments are never
//! touched by a failed link or file).
//!
//! Names of entries are stored in the browser's library and may have been
//! made in either language: a new name gets the suffixes of the current
//! language ("(aus Link)", "(from link)"), while [`followed_name`]
//! recognises the names the app made in any language.

mod de;
mod en;

use super::{pick, Lang};
use crate::model::limits::Oversize;
use crate::model::sharing::SharingError;
use crate::share::link::LinkError;
use crate::share::DecodeError;

/// The static strings of the share, library and file parts.
pub struct Texts {
    pub share_button: &'static str,
    pub share_title: &'static str,
    pub share_hint: &'static str,
    pub share_link_label: &'static str,
    pub share_copy: &'static str,
    pub share_copied: &'static str,
    pub share_copy_failed: &'static str,
    pub share_qr_label: &'static str,
    pub share_qr_caption: &'static str,
    pub share_close: &'static str,

    pub link_opened_title: &'static str,
    pub link_opened_body: &'static str,
    pub link_failed_title: &'static str,
    pub link_reopened_body: &'static str,
    pub link_reopened_edited_title: &'static str,
    pub still_works: &'static str,

    pub template_marker: &'static str,
    pub template_heading: &'static str,

    pub library_heading: &'static str,
    pub library_hint: &'static str,
    pub library_open: &'static str,
    pub library_is_open: &'static str,
    pub library_rename: &'static str,
    pub library_rename_label: &'static str,
    pub library_rename_save: &'static str,
    pub library_rename_cancel: &'static str,
    pub library_duplicate: &'static str,
    pub library_delete: &'static str,
    pub library_undo: &'static str,
    pub library_new: &'static str,
    pub library_new_name: &'static str,
    pub library_unnamed: &'static str,
    pub library_unreadable: &'static str,
    pub library_changed_prefix: &'static str,
    pub library_unknown_date: &'static str,

    /// What the name of a copy opened from a share link adds to the
    /// service: " (aus Link)".
    pub from_link_suffix: &'static str,
    /// … from a JSON file.
    pub from_file_suffix: &'static str,
    /// … of a duplicate, to the name of the original.
    pub copy_suffix: &'static str,

    pub json_save: &'static str,
    pub json_open: &'static str,
    pub json_drop: &'static str,
    /// The export buttons (`ui::saved::export`); the files' own words are
    /// in `text::export`, which only the writing module needs.
    pub csv_save: &'static str,
    pub xlsx_save: &'static str,
    /// An export button while the writing module loads.
    pub export_preparing: &'static str,
    pub export_failed_title: &'static str,
    /// The writing module could not be loaded; nothing is lost.
    pub export_load_failed: &'static str,
    /// The module could not write the file (never expected: the document
    /// in the form is always valid).
    pub export_write_failed: &'static str,
    /// The file name of an export without a service name.
    pub export_unnamed_file: &'static str,
    pub file_opened_title: &'static str,
    pub file_opened_body: &'static str,
    pub file_failed_title: &'static str,
    pub file_too_large: &'static str,
    pub file_unreadable: &'static str,

    pub storage_warning_title: &'static str,
    pub storage_blocked: &'static str,
    pub storage_full: &'static str,
    pub storage_keep_aside_failed: &'static str,
    pub storage_newer_title: &'static str,

    pub tab_changed_title: &'static str,
    pub tab_changed_body: &'static str,
    pub tab_changed_close: &'static str,
    pub tab_deleted_title: &'static str,
    pub tab_deleted_restore: &'static str,

    pub fresh_confirm_title: &'static str,
    pub fresh_confirm_body: &'static str,
    pub fresh_confirm_yes: &'static str,
    pub fresh_confirm_no: &'static str,
    pub fresh_done_title: &'static str,
    pub fresh_done_example: &'static str,
    pub fresh_undo: &'static str,
    pub fresh_close: &'static str,

    pub share_unavailable_title: &'static str,
    pub share_unavailable_body: &'static str,
    pub share_pending: &'static str,
    pub share_load_failed_title: &'static str,
    pub share_load_failed_body: &'static str,
    pub file_not_utf8: &'static str,
    pub storage_backup_prefix: &'static str,
    pub storage_backup_suffix: &'static str,
    pub update_available: &'static str,
    pub update_reload: &'static str,
    pub update_hint: &'static str,
}

/// The share, library and file text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

/// The share, library and file text of a language, for reading names
/// made in any of them.
fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::De => &de::DE,
        Lang::En => &en::EN,
    }
}

/// Where a document came from, for the nouns and the remedy of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    File,
    Link,
}

per_language! {
    /// Why the stored library is read-only.
    pub fn storage_newer(version: u32) -> String;
    /// The open entry was deleted in another tab.
    pub fn tab_deleted(name: &str) -> String;
    /// "Der Link ist 1.184 Zeichen lang."
    pub fn link_length(chars: usize) -> String;
    /// Who a provider template says it comes from. Anybody can write any
    /// name into a link, so the banner says that nobody has checked it.
    pub fn template_banner(provider: &str, date: &str) -> String;
    /// What a template asks the Kommune to do.
    pub fn template_todo(open: usize) -> String;
    /// A link opened again, whose copy the user has changed since.
    pub fn link_reopened_edited(name: &str) -> String;
    /// After "Neu beginnen", when the previous assessment stays in the library.
    pub fn fresh_done_kept(name: &str) -> String;
    /// "„…“ wurde gelöscht."
    pub fn deleted(name: &str) -> String;
    /// "„…“ ist wieder da."
    pub fn restored(name: &str) -> String;
    /// What is wrong with a share link, and what to do about it.
    pub fn link_error(error: &LinkError) -> String;
    /// What is wrong with a document read from a file or a link, and what to
    /// do about it. Names fields and rules only: no text from the document
    /// is ever repeated (it could pose as a message of the app).
    pub fn document_error(error: &DecodeError, source: Source) -> String;
    /// One exceeded limit in words: "die Checkliste hat 20.000 Punkte
    /// (höchstens 50)".
    pub fn oversize(found: Oversize) -> String;
    /// One problem of a Kostenteilung in words, naming the figure and the
    /// body by position, never by its name.
    pub fn sharing_problem(problem: SharingError) -> String;
}

/// The name a new entry gets from its document: the service, or a
/// placeholder.
pub fn entry_name(service: &str) -> String {
    entry_name_in(t(), service)
}

/// [`entry_name`] in the words of `texts`.
fn entry_name_in(texts: &Texts, service: &str) -> String {
    let service = service.trim();
    if service.is_empty() {
        texts.library_unnamed.to_string()
    } else {
        service.to_string()
    }
}

/// Name of a copy opened from a share link.
pub fn from_link_name(service: &str) -> String {
    format!("{}{}", entry_name(service), t().from_link_suffix)
}

/// Name of a copy opened from a JSON file.
pub fn from_file_name(service: &str) -> String {
    format!("{}{}", entry_name(service), t().from_file_suffix)
}

/// Name of a duplicate.
pub fn copy_name(name: &str) -> String {
    format!("{name}{}", t().copy_suffix)
}

/// The name an entry takes when its service changes from `before` to
/// `after`, if the app made its name from the service: the new service
/// name, with what the app added kept ("(aus Link)", "(Kopie)"). A new
/// entry's "Neue Bewertung" counts as made from the empty service. `None`
/// when the name is not of that shape, so a name the user chose (also in
/// a library stored before entries remembered being renamed) stays.
///
/// Names are stored, so the name may have been made in any language: its
/// placeholder and suffixes are recognised in every language, and the
/// suffixes are kept as they are; a placeholder for an empty `after` is in
/// the current language.
pub fn followed_name(name: &str, before: &str, after: &str) -> Option<String> {
    let made: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|&lang| {
            let texts = texts(lang);
            let new = before
                .trim()
                .is_empty()
                .then(|| texts.library_new_name.to_string());
            std::iter::once(entry_name_in(texts, before)).chain(new)
        })
        .collect();
    let suffixes: Vec<&str> = Lang::ALL
        .iter()
        .flat_map(|&lang| {
            let texts = texts(lang);
            [
                texts.from_link_suffix,
                texts.from_file_suffix,
                texts.copy_suffix,
            ]
        })
        .collect();
    let only_suffixes = |mut rest: &str| {
        while !rest.is_empty() {
            match suffixes.iter().find_map(|suffix| rest.strip_prefix(suffix)) {
                Some(shorter) => rest = shorter,
                None => return false,
            }
        }
        true
    };
    let added = made
        .iter()
        .filter_map(|made| name.strip_prefix(made.as_str()))
        .find(|added| only_suffixes(added))?;
    Some(format!("{}{added}", entry_name(after)))
}

/// The file name an exported assessment gets: `efa-check-` and the
/// service name in lower case, umlauts spelled out, everything else that
/// is not a letter or digit as single dashes.
pub fn export_file_name(service: &str) -> String {
    let mut slug = String::new();
    // ASCII and the German letters only: Unicode case tables would add
    // kilobytes to the bundle for letters that end up as dashes anyway.
    for c in service.chars() {
        let spelled = match c {
            'ä' | 'Ä' => "ae",
            'ö' | 'Ö' => "oe",
            'ü' | 'Ü' => "ue",
            'ß' | 'ẞ' => "ss",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c.to_ascii_lowercase());
                continue;
            }
            _ => "-",
        };
        if spelled == "-" && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push_str(spelled);
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        t().export_unnamed_file.to_string()
    } else {
        format!("efa-check-{slug}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::alternatives::{InvalidOverride, OverrideProblem};
    use crate::model::limits::Text;
    use crate::model::sharing::Basis;
    use crate::model::Field;
    use crate::share::{Malformed, PathStep};
    use crate::text::{set_lang, Lang};

    fn english() {
        set_lang(Lang::En);
    }

    #[test]
    fn german_names_get_german_suffixes() {
        assert_eq!(from_link_name("Hundesteuer"), "Hundesteuer (aus Link)");
        assert_eq!(from_file_name(" "), "Bewertung ohne Namen (aus Datei)");
        assert_eq!(copy_name("Variante B"), "Variante B (Kopie)");
        assert_eq!(export_file_name("  "), "efa-check-bewertung.json");
        assert_eq!(
            export_file_name("Ölheizung ÄÜ"),
            "efa-check-oelheizung-aeue.json"
        );
    }

    #[test]
    fn english_names_get_english_suffixes() {
        english();
        assert_eq!(from_link_name("Dog tax"), "Dog tax (from link)");
        assert_eq!(from_file_name(" "), "Unnamed assessment (from file)");
        assert_eq!(copy_name("Option B"), "Option B (copy)");
        assert_eq!(entry_name(""), "Unnamed assessment");
        assert_eq!(export_file_name("  "), "efa-check-assessment.json");
        assert_eq!(
            export_file_name("Hundesteuer An- und Abmeldung"),
            "efa-check-hundesteuer-an-und-abmeldung.json"
        );
    }

    #[test]
    fn followed_names_in_german() {
        assert_eq!(
            followed_name("Hund (aus Link) (Kopie)", "Hund", "Katze").as_deref(),
            Some("Katze (aus Link) (Kopie)")
        );
        assert_eq!(
            followed_name("Neue Bewertung", "", "Kita").as_deref(),
            Some("Kita")
        );
        assert_eq!(followed_name("Hund (Kopie) 2", "Hund", "Katze"), None);
        assert_eq!(followed_name("Hundesteuer", "Hund", "Hunde"), None);
    }

    #[test]
    fn a_name_made_in_english_follows_in_german() {
        // Names are stored: a library made with the English interface is
        // opened with the German one.
        assert_eq!(
            followed_name("Dog tax (from link) (copy)", "Dog tax", "Hundesteuer").as_deref(),
            Some("Hundesteuer (from link) (copy)")
        );
        assert_eq!(
            followed_name("New assessment", "", "Kita").as_deref(),
            Some("Kita")
        );
        assert_eq!(
            followed_name("Unnamed assessment (from file)", " ", "Kita").as_deref(),
            Some("Kita (from file)")
        );
        assert_eq!(
            followed_name("Kita (from file)", "Kita", "").as_deref(),
            Some("Bewertung ohne Namen (from file)")
        );
        assert_eq!(followed_name("New assessment", "Hund", "Kita"), None);
        assert_eq!(followed_name("Dog tax (copy) 2", "Dog tax", "Kita"), None);
    }

    #[test]
    fn a_name_made_in_german_follows_in_english() {
        english();
        assert_eq!(
            followed_name("Hundesteuer (aus Link)", "Hundesteuer", "Dog tax").as_deref(),
            Some("Dog tax (aus Link)")
        );
        assert_eq!(
            followed_name("Neue Bewertung", "", "Nursery").as_deref(),
            Some("Nursery")
        );
        assert_eq!(
            followed_name("Bewertung ohne Namen (Kopie)", "", "Nursery").as_deref(),
            Some("Nursery (Kopie)")
        );
        assert_eq!(
            followed_name("Kita (aus Datei) (from link)", " Kita ", "").as_deref(),
            Some("Unnamed assessment (aus Datei) (from link)")
        );
        assert_eq!(followed_name("Neue Bewertung", "Hund", "Kita"), None);
        assert_eq!(followed_name("Hund (Kopie) 2", "Hund", "Katze"), None);
    }

    #[test]
    fn english_library_sentences() {
        english();
        assert_eq!(link_length(1184), "The link is 1,184 characters long.");
        assert_eq!(link_length(1), "The link is 1 character long.");
        assert_eq!(
            template_todo(0),
            "All of your Kommune's values have been filled in."
        );
        assert_eq!(
            template_todo(1),
            "One field is marked: enter your Kommune's value there."
        );
        assert_eq!(
            template_todo(3),
            "3 fields are marked: enter your Kommune's values there."
        );
        assert_eq!(
            template_banner("Anbieter GmbH", "1.3.2026"),
            "According to the template: Anbieter GmbH, as of 1.3.2026. EfA-Check cannot check \
             whether the template really comes from this provider; compare the figures with \
             the provider's quotation."
        );
        assert_eq!(
            storage_newer(7),
            "Your assessments in this browser were saved by a newer version of EfA-Check \
             (format 7). This version does not change them: they stay saved as they are. \
             What you enter here is not saved automatically. Reload the page to use the \
             latest version, or save your inputs with “Save as JSON”."
        );
        assert_eq!(deleted("Dog tax"), "“Dog tax” has been deleted.");
        assert_eq!(restored("Dog tax"), "“Dog tax” has been restored.");
    }

    #[test]
    fn english_link_and_document_errors() {
        english();
        assert_eq!(
            link_error(&LinkError::TooLarge),
            "The link contains an unusually large amount of data and is not opened, for your \
             safety. Ask for the assessment as a JSON file."
        );
        assert_eq!(
            document_error(&DecodeError::FutureVersion(9), Source::File),
            "The file comes from a newer version of EfA-Check (format 9). Reload the page to \
             use the latest version, then open the assessment again."
        );
        assert_eq!(
            document_error(&DecodeError::NotJson, Source::Link),
            "The link could not be read: its content is incomplete or not JSON. Ask for a new \
             link or for the assessment as a JSON file."
        );
        assert_eq!(
            document_error(&DecodeError::InvalidCriteria(vec![0]), Source::File),
            "The file contains criteria of the Nutzwertanalyse (utility analysis) with an \
             invalid weight (0 to 100) or an invalid score (0 to 10): criterion 1. Correct the \
             file or export it again from EfA-Check, then open it again."
        );
        assert_eq!(
            document_error(&DecodeError::InvalidCriteria(vec![1, 4]), Source::File),
            "The file contains criteria of the Nutzwertanalyse (utility analysis) with an \
             invalid weight (0 to 100) or an invalid score (0 to 10): criteria 2, 5. Correct \
             the file or export it again from EfA-Check, then open it again."
        );
        assert_eq!(
            document_error(&DecodeError::InvalidSamples(0), Source::Link),
            "The link specifies 0 samples for the uncertainty analysis; 1 to 100,000 are \
             allowed. Ask for a new link or for the assessment as a JSON file."
        );
        let malformed = Malformed {
            path: vec![PathStep::Key("alternatives"), PathStep::Index(1)],
        };
        assert_eq!(
            document_error(&DecodeError::Malformed(malformed), Source::File),
            "The file is damaged: the entry “alternatives › no. 2” does not have the expected \
             form (for example text where a number must be, or an unknown choice). Correct \
             the file or export it again from EfA-Check, then open it again."
        );
        let malformed = Malformed { path: vec![] };
        assert!(
            document_error(&DecodeError::Malformed(malformed), Source::Link)
                .starts_with("The link is damaged: the content does not have")
        );
    }

    #[test]
    fn english_limits_and_sharing_problems() {
        english();
        assert_eq!(
            oversize(Oversize::Prerequisites(20_000)),
            "the checklist has 20,000 items (at most 50)"
        );
        assert_eq!(
            oversize(Oversize::Bodies(51)),
            "the Kostenteilung (cost sharing between bodies) involves 51 bodies (at most 50)"
        );
        assert_eq!(
            oversize(Oversize::Text(Text::AlternativeName(0))),
            format!(
                "the name of alternative 1 is longer than {} characters",
                crate::format::grouped(Text::AlternativeName(0).max_chars() as f64, 0)
            )
        );
        assert_eq!(
            sharing_problem(SharingError::BodyValue {
                body: 0,
                basis: Basis::Inhabitants
            }),
            "the population of your Kommune is outside the allowed range"
        );
        assert_eq!(
            sharing_problem(SharingError::MissingTargetGroup { body: 2 }),
            "the target group size of body 3 is missing"
        );
        assert_eq!(
            sharing_problem(SharingError::Weights),
            "the weights of the mixed key must lie between 0 and 100"
        );
        assert_eq!(
            sharing_problem(SharingError::Land),
            "the share of the Land (federal state) must lie between 0 and 100%, its amounts \
             at €0 or more"
        );
        assert_eq!(
            document_error(
                &DecodeError::InvalidAlternatives(vec![InvalidOverride {
                    alternative: 1,
                    field: Field::CasesPerYear,
                    problem: OverrideProblem::RangeWithoutValue,
                }]),
                Source::Link
            ),
            format!(
                "The link contains values of the alternatives outside the allowed range, or \
                 ranges that do not contain the alternative's value: alternative 2: {} (range \
                 without its own value). Ask for a new link or for the assessment as a JSON \
                 file.",
                crate::text::form::field_text(Field::CasesPerYear).label
            )
        );
    }
}
