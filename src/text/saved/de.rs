//! The share, library and file words in German.

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

/// German text.
pub const DE: Texts = Texts {
    share_button: "Teilen",
    share_title: "Bewertung teilen",
    share_hint: "Der Link enthält alle eingegebenen Daten dieser Bewertung, auch Ihre \
        Anmerkungen. Es gibt keinen Server: Wer den Link öffnet, sieht genau diese Bewertung. \
        Geben Sie ihn nur an Personen weiter, die die Zahlen sehen dürfen.",
    share_link_label: "Link zu dieser Bewertung",
    share_copy: "Link kopieren",
    share_copied: "Der Link wurde in die Zwischenablage kopiert.",
    share_copy_failed: "Kopieren war nicht möglich. Der Link ist jetzt markiert: Kopieren Sie \
        ihn mit Strg+C (Mac: Cmd+C).",
    share_qr_label: "QR-Code des Links zu dieser Bewertung",
    share_qr_caption: "QR-Code zum Abfotografieren, zum Beispiel vom Beamer im Workshop.",
    share_close: "Schließen",

    link_opened_title: "Geteilte Bewertung geöffnet",
    link_opened_body: "Sie sehen eine Kopie aus einem geteilten Link. Ihre gespeicherten \
        Bewertungen sind unverändert.",
    link_failed_title: "Der Link konnte nicht geöffnet werden",
    link_reopened_body: "Diesen Link haben Sie in diesem Browser schon einmal geöffnet. Sie \
        sehen die Kopie, die dabei angelegt wurde; eine zweite wurde nicht angelegt. Ihre \
        gespeicherten Bewertungen sind unverändert.",
    link_reopened_edited_title: "Ihre frühere Kopie dieses Links ist geöffnet",
    still_works: "Ihre gespeicherten Bewertungen sind unverändert, und die zuletzt geöffnete \
        Bewertung bleibt geöffnet. Sie können wie gewohnt weiterarbeiten.",

    template_marker: "Bitte eintragen: nur Ihre Kommune kennt diesen Wert.",
    template_heading: "Vorlage: Angaben des Anbieters (nicht geprüft)",

    library_heading: "Meine Bewertungen",
    library_hint: "Jede Änderung wird automatisch in diesem Browser gespeichert. Nichts \
        verlässt Ihren Rechner.",
    library_open: "Öffnen",
    library_is_open: "geöffnet",
    library_rename: "Umbenennen",
    library_rename_label: "Neuer Name",
    library_rename_save: "Namen speichern",
    library_rename_cancel: "Abbrechen",
    library_duplicate: "Duplizieren",
    library_delete: "Löschen",
    library_undo: "Rückgängig",
    library_new: "Neue Bewertung",
    library_new_name: "Neue Bewertung",
    library_unnamed: "Bewertung ohne Namen",
    library_unreadable: "Kann mit dieser Version nicht geöffnet werden (wird unverändert \
        aufbewahrt)",
    library_changed_prefix: "Zuletzt geändert: ",
    library_unknown_date: "unbekannt",

    from_link_suffix: " (aus Link)",
    from_file_suffix: " (aus Datei)",
    copy_suffix: " (Kopie)",

    json_save: "Als JSON speichern",
    json_open: "JSON öffnen",
    csv_save: "Als CSV herunterladen",
    xlsx_save: "Als Excel-Arbeitsmappe herunterladen",
    export_preparing: "Wird vorbereitet …",
    export_failed_title: "Die Datei konnte nicht erstellt werden",
    export_load_failed: "Der Programmteil, der CSV- und Excel-Dateien schreibt, ließ sich nicht \
        laden. Ihre Eingaben sind unverändert. Prüfen Sie die Verbindung und versuchen Sie es \
        noch einmal.",
    export_write_failed: "Ihre Eingaben sind unverändert. Speichern Sie die Bewertung als JSON \
        und versuchen Sie es noch einmal.",
    export_unnamed_file: "efa-check-bewertung.json",
    json_drop: "Oder ziehen Sie eine EfA-Check-JSON-Datei hierher, um sie als neue Bewertung \
        zu öffnen.",
    file_opened_title: "Datei geöffnet",
    file_opened_body: "Die Datei wurde als neue Bewertung geöffnet. Ihre gespeicherten \
        Bewertungen sind unverändert.",
    file_failed_title: "Die Datei konnte nicht geöffnet werden",
    file_too_large: "Die Datei ist zu groß für eine EfA-Check-Bewertung. Wählen Sie eine \
        Datei, die mit EfA-Check exportiert wurde.",
    file_unreadable: "Die Datei konnte nicht gelesen werden. Wählen Sie die Datei erneut aus.",

    storage_warning_title: "Automatisches Speichern nicht möglich",
    storage_blocked: "Dieser Browser erlaubt EfA-Check nicht, Daten zu speichern (zum \
        Beispiel im privaten Modus oder wegen einer Einstellung). Sie können weiterarbeiten; \
        sichern Sie Ihre Bewertung mit „Als JSON speichern“, bevor Sie die Seite schließen.",
    storage_full: "Der Speicher des Browsers ist voll; die letzte Änderung wurde nicht \
        gespeichert. Sie können weiterarbeiten; sichern Sie Ihre Bewertung mit „Als JSON \
        speichern“ oder löschen Sie nicht mehr benötigte Bewertungen.",
    storage_keep_aside_failed: "Die im Browser gespeicherten Daten haben ein unbekanntes \
        Format, und der Speicher des Browsers ist zu voll, um eine Sicherungskopie davon \
        anzulegen. EfA-Check lässt die Daten unverändert und speichert vorerst nichts. Sie \
        können weiterarbeiten; sichern Sie Ihre Bewertung mit „Als JSON speichern“.",
    storage_newer_title: "Gespeicherte Bewertungen aus einer neueren Version",

    tab_changed_title: "In einem anderen Tab geändert",
    tab_changed_body: "Diese Bewertung wurde gerade in einem anderen Tab dieses Browsers \
        geändert. Sie sehen jetzt die dort zuletzt gespeicherte Fassung.",
    tab_changed_close: "Verstanden",
    tab_deleted_title: "In einem anderen Tab gelöscht",
    tab_deleted_restore: "Bewertung wiederherstellen",

    fresh_confirm_title: "Mit Referenzwerten neu beginnen?",
    fresh_confirm_body: "Das Formular enthält Ihre Eingaben. Wenn Sie neu beginnen, zeigt es \
        die Referenzwerte und leere Felder für die Zahlen Ihrer Kommune. Ihre bisherige \
        Bewertung bleibt unter „Meine Bewertungen“ gespeichert.",
    fresh_confirm_yes: "Ja, neu beginnen",
    fresh_confirm_no: "Abbrechen",
    fresh_done_title: "Neu begonnen",
    fresh_done_example: "Das Formular zeigt jetzt die Referenzwerte statt der Beispielwerte.",
    fresh_undo: "Rückgängig",
    fresh_close: "Schließen",

    share_unavailable_title: "Diese Bewertung lässt sich nicht als Link teilen",
    share_unavailable_body: "Sie enthält mehr Daten, als ein Link aufnehmen kann, der sich \
        wieder öffnen lässt. Sichern Sie sie mit „Als JSON speichern“ und versenden Sie die \
        Datei.",
    share_pending: "Der Link wird erstellt …",
    share_load_failed_title: "Der Link konnte nicht erstellt werden",
    share_load_failed_body: "Der Teil der App, der Links und QR-Codes erstellt, wird erst \
        beim ersten Teilen geladen, und das ist nicht gelungen (keine Verbindung zum Server?). \
        Ihre Eingaben sind unverändert. Schließen Sie diesen Dialog und versuchen Sie es erneut, \
        oder sichern Sie die Bewertung mit „Als JSON speichern“.",
    file_not_utf8: "Die Datei war nicht als UTF-8 gespeichert. EfA-Check hat sie als \
        Windows-1252 (Latin-1) gelesen; prüfen Sie Umlaute in Namen und Anmerkungen.",
    storage_backup_prefix: "Die gespeicherten Daten im Browser hatten ein unbekanntes Format. \
        Sie wurden nicht gelöscht, sondern unter dem Schlüssel „",
    storage_backup_suffix: "“ aufbewahrt. EfA-Check hat eine neue Liste Ihrer Bewertungen \
        angelegt.",
    update_available: "Eine neue Version ist verfügbar –",
    update_reload: "neu laden",
    update_hint: "Ihre Bewertungen sind gespeichert und bleiben beim Neuladen erhalten. Bis dahin \
        arbeiten Sie mit der bisherigen Version weiter, auch ohne Netz.",
};

/// Why the stored library is read-only.
pub fn storage_newer(version: u32) -> String {
    format!(
        "Ihre Bewertungen in diesem Browser wurden von einer neueren Version von EfA-Check \
         gespeichert (Format {version}). Diese Version verändert sie nicht: Sie bleiben \
         unverändert gespeichert. Was Sie hier eingeben, wird nicht automatisch gespeichert. \
         Laden Sie die Seite neu, um die neueste Version zu verwenden, oder sichern Sie Ihre \
         Eingaben mit „Als JSON speichern“."
    )
}

/// The open entry was deleted in another tab.
pub fn tab_deleted(name: &str) -> String {
    format!(
        "„{name}“ wurde in einem anderen Tab gelöscht. Ihre Eingaben sind hier noch zu sehen. \
         Stellen Sie die Bewertung wieder her, um weiterzuarbeiten; jede weitere Eingabe stellt \
         sie ebenfalls wieder her."
    )
}

/// "Der Link ist 1.184 Zeichen lang."
pub fn link_length(chars: usize) -> String {
    format!("Der Link ist {} Zeichen lang.", grouped(chars as f64, 0))
}

/// Who a provider template says it comes from. Anybody can write any
/// name into a link, so the banner says that nobody has checked it.
pub fn template_banner(provider: &str, date: &str) -> String {
    format!(
        "Laut Vorlage: {provider}, Stand {date}. EfA-Check kann nicht prüfen, ob die Vorlage \
         wirklich von diesem Anbieter stammt; vergleichen Sie die Zahlen mit dem Angebot."
    )
}

/// What a template asks the Kommune to do.
pub fn template_todo(open: usize) -> String {
    match open {
        0 => "Alle Werte Ihrer Kommune sind eingetragen.".to_string(),
        1 => "Ein Feld ist markiert: Tragen Sie dort den Wert Ihrer Kommune ein.".to_string(),
        n => format!("{n} Felder sind markiert: Tragen Sie dort die Werte Ihrer Kommune ein."),
    }
}

/// A link opened again, whose copy the user has changed since.
pub fn link_reopened_edited(name: &str) -> String {
    format!(
        "Diesen Link haben Sie in diesem Browser schon einmal geöffnet und die Kopie „{name}“ \
         seitdem geändert. Sie sehen diese Kopie mit Ihren Änderungen: EfA-Check hat nichts \
         überschrieben und keine zweite Kopie angelegt. Ihre gespeicherten Bewertungen sind \
         unverändert."
    )
}

/// After "Neu beginnen", when the previous assessment stays in the library.
pub fn fresh_done_kept(name: &str) -> String {
    format!(
        "Das Formular zeigt jetzt die Referenzwerte. Ihre bisherige Bewertung „{name}“ ist \
         unter „Meine Bewertungen“ gespeichert."
    )
}

/// "„…“ wurde gelöscht."
pub fn deleted(name: &str) -> String {
    format!("„{name}“ wurde gelöscht.")
}

/// "„…“ ist wieder da."
pub fn restored(name: &str) -> String {
    format!("„{name}“ ist wiederhergestellt.")
}

/// "Die Datei" / "Der Link".
fn subject(source: Source) -> &'static str {
    match source {
        Source::File => "Die Datei",
        Source::Link => "Der Link",
    }
}

/// What to do about a document that cannot be opened.
fn remedy(source: Source) -> &'static str {
    match source {
        Source::File => {
            "Korrigieren Sie die Datei oder exportieren Sie sie erneut aus \
            EfA-Check, und öffnen Sie sie dann noch einmal."
        }
        Source::Link => {
            "Bitten Sie um einen neuen Link oder um die Bewertung als \
            JSON-Datei."
        }
    }
}

/// What is wrong with a share link, and what to do about it.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::NotALink => "Der Link enthält keine EfA-Check-Bewertung. Prüfen Sie, ob Sie \
            den ganzen Link kopiert haben, oder bitten Sie um einen neuen Link."
            .to_string(),
        LinkError::NotBase64 => "Der Link ist unvollständig oder verändert: Er lässt sich \
            nicht entschlüsseln. Lange Links werden beim Versenden oft abgeschnitten. Bitten Sie \
            um einen neuen Link oder um die Bewertung als JSON-Datei."
            .to_string(),
        LinkError::Corrupted => "Der Link ist unvollständig oder verändert; seine Prüfsumme \
            stimmt nicht. Lange Links werden beim Versenden oft abgeschnitten. Bitten Sie um \
            einen neuen Link oder um die Bewertung als JSON-Datei."
            .to_string(),
        LinkError::TooLarge => "Der Link enthält ungewöhnlich viele Daten und wird zu Ihrer \
            Sicherheit nicht geöffnet. Bitten Sie um die Bewertung als JSON-Datei."
            .to_string(),
        LinkError::Document(error) => document_error(error, Source::Link),
    }
}

/// What is wrong with a document read from a file or a link, and what to
/// do about it. Names fields and rules only: no text from the document
/// is ever repeated (it could pose as a message of the app).
pub fn document_error(error: &DecodeError, source: Source) -> String {
    let subject = subject(source);
    let remedy = remedy(source);
    match error {
        DecodeError::NotJson => format!(
            "{subject} konnte nicht gelesen werden: Der Inhalt ist unvollständig oder kein \
             JSON. {remedy}"
        ),
        DecodeError::NotADocument => format!(
            "{subject} enthält keine EfA-Check-Bewertung. Wählen Sie eine Datei oder einen \
             Link, die mit EfA-Check erstellt wurden."
        ),
        DecodeError::VersionZero => format!(
            "{subject} gibt als Formatversion 0 an. Diese Version gibt es nicht: Die Bewertung \
             ist beschädigt oder wurde nicht mit EfA-Check erstellt. {remedy}"
        ),
        DecodeError::FutureVersion(version) => format!(
            "{subject} stammt aus einer neueren Version von EfA-Check (Format {version}). Laden \
             Sie die Seite neu, um die neueste Version zu verwenden, und öffnen Sie die \
             Bewertung dann erneut."
        ),
        DecodeError::Malformed(malformed) => format!(
            "{subject} ist beschädigt: {} hat nicht die erwartete Form (zum Beispiel Text, wo \
             eine Zahl stehen muss, oder eine unbekannte Auswahl). {remedy}",
            malformed_place(malformed)
        ),
        DecodeError::TooLarge(found) => {
            let parts: Vec<String> = found.iter().map(|o| oversize(*o)).collect();
            format!(
                "{subject} enthält mehr, als eine EfA-Check-Bewertung aufnehmen kann: {}. Die \
                 Bewertung wird nicht geöffnet. {remedy}",
                parts.join("; ")
            )
        }
        DecodeError::InvalidValues(fields) => {
            let names: Vec<&str> = fields.iter().map(|f| field_text(f.field).label).collect();
            format!(
                "{subject} enthält ungültige Werte in: {}. {remedy}",
                names.join("; ")
            )
        }
        DecodeError::InvalidRanges(ranges) => {
            let names: Vec<&str> = ranges.iter().map(|r| field_text(r.field).label).collect();
            format!(
                "{subject} enthält Spannen, bei denen der wahrscheinlichste Wert nicht zwischen \
                 Minimum und Maximum liegt, in: {}. {remedy}",
                names.join("; ")
            )
        }
        DecodeError::InvalidAlternatives(overrides) => {
            let places: Vec<String> = overrides.iter().map(|o| override_place(*o)).collect();
            format!(
                "{subject} enthält bei den Alternativen Werte außerhalb des erlaubten Bereichs \
                 oder Spannen, die den Wert der Alternative nicht enthalten: {}. {remedy}",
                places.join("; ")
            )
        }
        DecodeError::InvalidSharing(problems) => {
            let parts: Vec<String> = problems.iter().map(|p| sharing_problem(*p)).collect();
            format!(
                "{subject} enthält bei der Kostenteilung ungültige Angaben: {}. {remedy}",
                parts.join("; ")
            )
        }
        DecodeError::InvalidCriteria(positions) => {
            let numbers: Vec<String> = positions.iter().map(|i| (i + 1).to_string()).collect();
            format!(
                "{subject} enthält Kriterien der Nutzwertanalyse mit ungültigem Gewicht ({} bis \
                 {}) oder ungültigen Punkten ({} bis {}): Kriterium {}. {remedy}",
                grouped(WEIGHT_DOMAIN.min, 0),
                grouped(WEIGHT_DOMAIN.max, 0),
                grouped(SCORE_DOMAIN.min, 0),
                grouped(SCORE_DOMAIN.max, 0),
                numbers.join(", ")
            )
        }
        DecodeError::InvalidSamples(samples) => format!(
            "{subject} gibt {} Stichproben für die Unsicherheitsanalyse an; erlaubt sind {} bis \
             {}. {remedy}",
            grouped(f64::from(*samples), 0),
            grouped(SAMPLES_DOMAIN.min, 0),
            grouped(SAMPLES_DOMAIN.max, 0)
        ),
    }
}

/// "der Eintrag „benefits › cases_per_year“ (Fallzahl pro Jahr)": the
/// place of a malformed value, in the format's own key names.
fn malformed_place(malformed: &Malformed) -> String {
    if malformed.path.is_empty() {
        return "der Inhalt".to_string();
    }
    let steps: Vec<String> = malformed
        .path
        .iter()
        .map(|step| match step {
            PathStep::Key(key) => (*key).to_string(),
            PathStep::OtherKey => "…".to_string(),
            PathStep::Index(i) => format!("Nr. {}", i + 1),
        })
        .collect();
    let field = match malformed.path.last() {
        Some(PathStep::Key(key)) => Field::from_key(&key.replace('_', "-")),
        _ => None,
    };
    match field {
        Some(f) => format!("der Wert „{}“ ({})", field_text(f).label, steps.join(" › ")),
        None => format!("der Eintrag „{}“", steps.join(" › ")),
    }
}

/// One exceeded limit in words: "die Checkliste hat 20.000 Punkte
/// (höchstens 50)".
pub fn oversize(found: Oversize) -> String {
    let count = |n: usize| grouped(n as f64, 0);
    match found {
        Oversize::Prerequisites(n) => format!(
            "die Checkliste hat {} Punkte (höchstens {})",
            count(n),
            count(MAX_PREREQUISITES)
        ),
        Oversize::Criteria(n) => format!(
            "die Nutzwertanalyse hat {} Kriterien (höchstens {})",
            count(n),
            count(MAX_CRITERIA)
        ),
        Oversize::Alternatives(n) => format!(
            "die Bewertung hat {} Alternativen (höchstens {})",
            count(n),
            count(MAX_ALTERNATIVES)
        ),
        Oversize::Bodies(n) => format!(
            "an der Kostenteilung sind {} Körperschaften beteiligt (höchstens {})",
            count(n),
            count(MAX_BODIES)
        ),
        Oversize::Text(slot) => format!(
            "{} ist länger als {} Zeichen",
            text_slot(slot),
            count(slot.max_chars())
        ),
    }
}

/// The name of a free-text slot, as the subject of a sentence.
fn text_slot(slot: Text) -> String {
    match slot {
        Text::Service => "der Name des Onlinedienstes".to_string(),
        Text::Kommune => "der Name der Kommune".to_string(),
        Text::Note(field) => format!("die Anmerkung zu „{}“", field_text(field).label),
        Text::PrerequisiteTitle(i) => format!("der Titel von Checklistenpunkt {}", i + 1),
        Text::PrerequisiteNote(i) => format!("die Anmerkung zu Checklistenpunkt {}", i + 1),
        Text::PrerequisiteResponsible(i) => {
            format!("„Verantwortlich“ bei Checklistenpunkt {}", i + 1)
        }
        Text::PrerequisiteDue(i) => format!("„Fällig bis“ bei Checklistenpunkt {}", i + 1),
        Text::CriterionTitle(i) => format!("der Titel von Kriterium {}", i + 1),
        Text::TemplateProvider => "der Name des Anbieters der Vorlage".to_string(),
        Text::TemplateDate => "der Stand der Vorlage".to_string(),
        Text::AlternativeName(i) => format!("der Name von Alternative {}", i + 1),
        Text::BodyName(i) => format!("der Name von Körperschaft {}", i + 1),
    }
}

/// "Alternative 2: Fallzahl pro Jahr (Spanne)": where an override of an
/// alternative is wrong.
fn override_place(o: InvalidOverride) -> String {
    let label = field_text(o.field).label;
    let what = match o.problem {
        OverrideProblem::Value(_) => "",
        OverrideProblem::Range(_) => " (Spanne)",
        OverrideProblem::RangeWithoutValue => " (Spanne ohne eigenen Wert)",
    };
    format!("Alternative {}: {label}{what}", o.alternative + 1)
}

/// Whose figure, for a participant of the Kostenteilung: position 0 is
/// the user's own Kommune, the others are counted with it from 1
/// ("von Körperschaft 2" is the first other body).
fn body_place(body: usize) -> String {
    if body == 0 {
        "Ihrer Kommune".to_string()
    } else {
        format!("von Körperschaft {}", body + 1)
    }
}

/// One problem of a Kostenteilung in words, naming the figure and the
/// body by position, never by its name.
pub fn sharing_problem(problem: SharingError) -> String {
    match problem {
        SharingError::TooManyBodies(n) => format!(
            "{} Körperschaften (höchstens {})",
            grouped(n as f64, 0),
            grouped(MAX_BODIES as f64, 0)
        ),
        SharingError::BodyValue { body, basis } => {
            let figure = match basis {
                Basis::Inhabitants => "die Einwohnerzahl",
                Basis::Use => "die Fallzahl pro Jahr",
                Basis::TargetGroup => "die Zielgruppengröße",
                Basis::Flat => "der Anteil",
            };
            format!(
                "{figure} {} liegt außerhalb des erlaubten Bereichs",
                body_place(body)
            )
        }
        SharingError::MissingTargetGroup { body } => {
            format!("die Zielgruppengröße {} fehlt", body_place(body))
        }
        SharingError::Weights => format!(
            "die Gewichte des gemischten Schlüssels müssen zwischen 0 und {} liegen",
            grouped(MAX_WEIGHT, 0)
        ),
        SharingError::NoWeight => {
            "der gemischte Schlüssel hat noch kein Gewicht über 0".to_string()
        }
        SharingError::Land => "der Anteil des Landes muss zwischen 0 und 100 % liegen, \
            seine Beträge bei 0 € oder mehr"
            .to_string(),
        SharingError::NotJoint(field) => format!(
            "„{}“ kann keine gemeinsame Kostenposition sein",
            field_text(field).label
        ),
        SharingError::JointCost(field) => format!(
            "der Betrag „{}“ liegt außerhalb des erlaubten Bereichs",
            field_text(field).label
        ),
    }
}
