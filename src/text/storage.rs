//! UI text for share links, the QR code, autosave, named assessments,
//! JSON import/export and provider templates.
//!
//! Messages about something that went wrong say what is wrong, what the
//! user can do, and what still works (their saved assessments are never
//! touched by a failed link or file).

use crate::format::grouped;
use crate::model::Field;
use crate::share::link::LinkError;
use crate::share::DecodeError;

use super::field_text;

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
    pub still_works: &'static str,

    pub template_marker: &'static str,

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

    pub json_save: &'static str,
    pub json_open: &'static str,
    pub json_drop: &'static str,
    pub file_opened_title: &'static str,
    pub file_opened_body: &'static str,
    pub file_failed_title: &'static str,
    pub file_too_large: &'static str,
    pub file_unreadable: &'static str,

    pub storage_warning_title: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_write_failed: &'static str,
    pub storage_backup_prefix: &'static str,
    pub storage_backup_suffix: &'static str,
}

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
    still_works: "Ihre gespeicherten Bewertungen sind unverändert, und die zuletzt geöffnete \
        Bewertung bleibt geöffnet. Sie können wie gewohnt weiterarbeiten.",

    template_marker: "Bitte eintragen: nur Ihre Kommune kennt diesen Wert.",

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

    json_save: "Als JSON speichern",
    json_open: "JSON öffnen",
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
    storage_unavailable: "Dieser Browser erlaubt EfA-Check nicht, Daten zu speichern (zum \
        Beispiel im privaten Modus oder wegen einer Einstellung). Sie können weiterarbeiten; \
        sichern Sie Ihre Bewertung mit „Als JSON speichern“, bevor Sie die Seite schließen.",
    storage_write_failed: "Der Speicher des Browsers ist voll oder gesperrt; die letzte \
        Änderung wurde nicht gespeichert. Sie können weiterarbeiten; sichern Sie Ihre \
        Bewertung mit „Als JSON speichern“ oder löschen Sie nicht mehr benötigte Bewertungen.",
    storage_backup_prefix: "Die gespeicherten Daten im Browser hatten ein unbekanntes Format. \
        Sie wurden nicht gelöscht, sondern unter dem Schlüssel „",
    storage_backup_suffix: "“ aufbewahrt. EfA-Check hat eine neue Liste Ihrer Bewertungen \
        angelegt.",
};

/// The share, library and file text in the current language.
pub fn t() -> &'static Texts {
    &DE
}

/// "Der Link ist 1.184 Zeichen lang."
pub fn link_length(chars: usize) -> String {
    format!("Der Link ist {} Zeichen lang.", grouped(chars as f64, 0))
}

/// "Vorlage von …, Stand …" for a provider template.
pub fn template_banner(provider: &str, date: &str) -> String {
    format!("Vorlage von {provider}, Stand {date}")
}

/// What a template asks the Kommune to do.
pub fn template_todo(open: usize) -> String {
    match open {
        0 => "Alle Werte Ihrer Kommune sind eingetragen.".to_string(),
        1 => "Ein Feld ist markiert: Tragen Sie dort den Wert Ihrer Kommune ein.".to_string(),
        n => format!("{n} Felder sind markiert: Tragen Sie dort die Werte Ihrer Kommune ein."),
    }
}

/// The name a new entry gets from its document: the service, or a
/// placeholder.
pub fn entry_name(service: &str) -> String {
    let service = service.trim();
    if service.is_empty() {
        t().library_unnamed.to_string()
    } else {
        service.to_string()
    }
}

/// Name of a copy opened from a share link.
pub fn from_link_name(service: &str) -> String {
    format!("{} (aus Link)", entry_name(service))
}

/// Name of a copy opened from a JSON file.
pub fn from_file_name(service: &str) -> String {
    format!("{} (aus Datei)", entry_name(service))
}

/// Name of a duplicate.
pub fn copy_name(name: &str) -> String {
    format!("{name} (Kopie)")
}

/// "„…“ wurde gelöscht."
pub fn deleted(name: &str) -> String {
    format!("„{name}“ wurde gelöscht.")
}

/// "„…“ ist wieder da."
pub fn restored(name: &str) -> String {
    format!("„{name}“ ist wiederhergestellt.")
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
        "efa-check-bewertung.json".to_string()
    } else {
        format!("efa-check-{slug}.json")
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
        LinkError::Document(DecodeError::FutureVersion(version)) => format!(
            "Der Link stammt aus einer neueren Version von EfA-Check (Format {version}). Laden \
             Sie die Seite neu, um die neueste Version zu verwenden, und öffnen Sie den Link \
             dann erneut."
        ),
        LinkError::Document(DecodeError::InvalidValues(fields)) => {
            invalid_in_link(fields.iter().map(|f| f.field))
        }
        LinkError::Document(DecodeError::InvalidRanges(ranges)) => {
            invalid_in_link(ranges.iter().map(|r| r.field))
        }
        LinkError::Document(_) => "Die Bewertung im Link ist beschädigt und kann nicht gelesen \
            werden. Bitten Sie um einen neuen Link oder um die Bewertung als JSON-Datei."
            .to_string(),
    }
}

fn invalid_in_link(fields: impl Iterator<Item = Field>) -> String {
    let names: Vec<&str> = fields.map(|f| field_text(f).label).collect();
    format!(
        "Der Link enthält ungültige Werte in: {}. Bitten Sie um einen korrigierten Link.",
        names.join("; ")
    )
}
