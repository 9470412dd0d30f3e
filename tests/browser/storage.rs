//! In-browser component tests for the storage part of the UI: autosave,
//! the library panel, share links in the address, the share dialog and
//! provider templates.

use efa_check::model::{Assessment, Field};
use efa_check::share::library::Library;
use efa_check::share::link::{self, LinkError};
use efa_check::share::{self, DecodeError};
use efa_check::text::saved as words;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlDialogElement, HtmlElement, HtmlInputElement};

use super::{settle, Mounted};

const LIBRARY_KEY: &str = "efa-check.library";
const BACKUP_KEY: &str = "efa-check.library.backup";

pub fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A first visit: no saved library or backup, no fragment in the address.
pub fn forget_saved_work() {
    let storage = local_storage();
    for key in [
        LIBRARY_KEY,
        BACKUP_KEY,
        efa_check::ui::language::LANGUAGE_KEY,
    ] {
        storage.remove_item(key).unwrap();
    }
    set_fragment("");
}

/// Puts a fragment into the address without firing `hashchange`, as if
/// the page had been opened with it.
fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let location = window.location();
    let mut url = format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    );
    if !fragment.is_empty() {
        url = format!("{url}#{fragment}");
    }
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn stored_library() -> Library {
    let text = local_storage()
        .get_item(LIBRARY_KEY)
        .unwrap()
        .expect("a saved library");
    Library::from_json(&text).expect("a readable library")
}

fn click(app: &Mounted, selector: &str) {
    app.get(selector).unchecked_into::<HtmlElement>().click();
}

fn entry_names(app: &Mounted) -> Vec<String> {
    let list = app.get("#library-list");
    let names = list.query_selector_all(".library__name").unwrap();
    (0..names.length())
        .map(|i| {
            names
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect()
}

fn large_city() -> Assessment {
    share::from_json(share::examples::LARGE_CITY).unwrap()
}

#[wasm_bindgen_test]
async fn values_and_invalid_drafts_survive_a_reload() {
    // Guards against autosave missing a change, or a reload losing what was
    // typed, in particular text that is not (yet) a valid number.
    let app = Mounted::app();
    settle().await;
    app.type_into(Field::CasesPerYear, "4.321");
    app.type_into(Field::MinutesSaved, "12,3,4");
    settle().await;
    let kw = app.text("#kpi-kw");
    let saved = stored_library();
    assert_eq!(saved.entries.len(), 1);
    assert_eq!(
        saved.current_assessment().unwrap().benefits.cases_per_year,
        4321.0
    );
    drop(app);

    // "Reload": a new app in the same browser storage.
    let app = Mounted::app_keeping_storage();
    settle().await;
    assert_eq!(app.input(Field::CasesPerYear).value(), "4.321");
    assert_eq!(app.input(Field::MinutesSaved).value(), "12,3,4");
    assert_eq!(
        app.input(Field::MinutesSaved)
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true"),
        "the draft is still marked invalid"
    );
    assert_eq!(app.outdated(), "true");
    assert_eq!(app.text("#kpi-kw"), kw);
    assert!(
        app.find("#example-notice").is_none(),
        "no longer the example"
    );
    assert_eq!(entry_names(&app).len(), 1, "the reload created no entry");
}

#[wasm_bindgen_test]
async fn a_stored_library_with_drafts_of_every_kind_restores_and_keeps_them() {
    // Guards against a version-1 library whose drafts (docs/format.md,
    // "Autosave") no longer reach their inputs, or come back under other
    // keys, or lose the drafts this build cannot place.
    forget_saved_work();
    let drafts = [
        ("f-usage-fee", "12,3,4"),
        ("f-cases-per-year-min", "1.0.0"),
        ("f-cases-per-year-max", "viel"),
        ("f-seed", "-5"),
        ("f-samples", "keine"),
        ("crit-0-weight", "150"),
        ("crit-1-score", "elf"),
        // No such criterion in the document, and an input of a newer build.
        ("crit-99-score", "3"),
        ("f-from-a-newer-build", "x"),
    ];
    let stored = serde_json::json!({
        "format": "efa-check-library", "version": 1, "current": 3,
        "entries": [{
            "id": 3, "name": "Entwurf", "updated_ms": 1,
            "document": {"format": "efa-check", "version": 1, "assessment": {}},
            "drafts": serde_json::Map::from_iter(
                drafts.iter().map(|&(k, v)| (k.to_string(), serde_json::Value::from(v)))
            ),
        }],
    });
    local_storage()
        .set_item(LIBRARY_KEY, &stored.to_string())
        .unwrap();
    let app = Mounted::app_keeping_storage();
    settle().await;
    for &(id, text) in &drafts[..7] {
        let input: HtmlInputElement = app.get(&format!("#{id}")).unchecked_into();
        assert_eq!(input.value(), text, "{id}");
    }
    for id in [
        "f-usage-fee",
        "f-cases-per-year-min",
        "f-seed",
        "f-samples",
        "crit-0-weight",
        "crit-1-score",
    ] {
        let link = format!("#error-summary a[href=\"#{id}\"]");
        assert!(app.find(&link).is_some(), "{link}");
    }
    assert_eq!(app.outdated(), "true");

    // The next save writes every draft back under its stored key.
    app.type_into(Field::Inhabitants, "12.000");
    settle().await;
    let saved = stored_library();
    let expected = drafts
        .iter()
        .map(|&(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(saved.entries[0].drafts, expected);
}

#[wasm_bindgen_test]
async fn a_share_link_opens_as_a_new_entry_and_leaves_the_address() {
    // Guards against a link overwriting the user's open assessment, and
    // against a reload importing the same link a second time.
    let app = Mounted::app();
    settle().await;
    app.type_into(Field::CasesPerYear, "777");
    settle().await;
    drop(app);

    let city = large_city();
    set_fragment(&link::encode(&city));
    let app = Mounted::app_keeping_storage();
    settle().await;
    assert_eq!(app.text("#link-notice p"), words::t().link_opened_body);
    assert_eq!(app.input(Field::Inhabitants).value(), "550.000");
    assert_eq!(fragment(), "", "the link is removed from the address");
    assert_eq!(entry_names(&app).len(), 2);
    let saved = stored_library();
    let mine = saved
        .entries
        .iter()
        .find(|e| e.id != saved.current.unwrap())
        .unwrap();
    match &mine.content {
        efa_check::share::library::Content::Assessment(a) => {
            assert_eq!(a.benefits.cases_per_year, 777.0, "own work untouched")
        }
        other => panic!("own entry became {other:?}"),
    }
    assert_eq!(saved.current_assessment(), Some(&city));
}

#[wasm_bindgen_test]
async fn the_same_link_opened_again_reopens_its_copy_with_the_edits() {
    // Regression: every opening of a link made another "(aus Link)" entry,
    // so a reload with the link, or the link pasted again, doubled it.
    let city = large_city();
    let fragment_of_city = link::encode(&city);
    let app = Mounted::app();
    settle().await;
    drop(app);
    set_fragment(&fragment_of_city);
    let app = Mounted::app_keeping_storage();
    settle().await;
    assert_eq!(entry_names(&app).len(), 2);
    // Other work in between, then the copy is edited.
    click(&app, "#library-new");
    settle().await;
    let copy = stored_library()
        .entries
        .iter()
        .find(|e| e.from_link.is_some())
        .unwrap()
        .id;
    click(&app, &format!("#entry-{copy}-open"));
    settle().await;
    app.type_into(Field::CasesPerYear, "4.321");
    settle().await;
    click(&app, "#library-new");
    settle().await;
    drop(app);

    // Opened again, as a fresh page load with the link.
    set_fragment(&fragment_of_city);
    let app = Mounted::app_keeping_storage();
    settle().await;
    assert_eq!(entry_names(&app).len(), 4, "no second copy");
    assert_eq!(stored_library().current, Some(copy));
    assert_eq!(
        app.input(Field::CasesPerYear).value(),
        "4.321",
        "edits kept"
    );
    assert_eq!(
        app.text("#link-notice h2"),
        words::t().link_reopened_edited_title
    );
    let name = stored_library().get(copy).unwrap().name.clone();
    assert_eq!(
        app.text("#link-notice p"),
        words::link_reopened_edited(&name)
    );
    assert_eq!(fragment(), "");
}

#[wasm_bindgen_test]
async fn a_broken_link_shows_an_alert_and_changes_nothing() {
    // Guards against a cut-off or garbled link panicking the app, replacing
    // the open assessment, or failing silently.
    let app = Mounted::app();
    settle().await;
    app.type_into(Field::CasesPerYear, "777");
    settle().await;
    drop(app);
    let before = local_storage().get_item(LIBRARY_KEY).unwrap();

    let good = link::encode(&large_city());
    let truncated = &good[..good.len() - 40];
    let flipped = {
        let mut chars: Vec<char> = good.chars().collect();
        let i = chars.len() / 2;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    for broken in [
        truncated.to_string(),
        flipped,
        format!("{good}!"),
        "v9.abc".to_string(),
    ] {
        let error = link::decode(&broken).unwrap_err();
        assert!(matches!(
            error,
            LinkError::Corrupted
                | LinkError::NotBase64
                | LinkError::Document(DecodeError::FutureVersion(9))
        ));
        set_fragment(&broken);
        let app = Mounted::app_keeping_storage();
        settle().await;
        let alert = app.get("#link-error");
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        let text = alert.text_content().unwrap();
        assert!(
            text.contains(&words::link_error(&error)),
            "{broken}: {text}"
        );
        assert!(text.contains(words::t().still_works));
        assert_eq!(app.input(Field::CasesPerYear).value(), "777");
        assert_eq!(entry_names(&app).len(), 1);
        drop(app);
        assert_eq!(local_storage().get_item(LIBRARY_KEY).unwrap(), before);
        assert_eq!(
            fragment(),
            "",
            "the broken link is removed from the address"
        );
    }
}

#[wasm_bindgen_test]
async fn new_rename_duplicate_delete_and_undo() {
    // Guards against library actions that change the list but not the form
    // (or the other way round), and against a deletion that cannot be undone.
    let app = Mounted::app();
    settle().await;
    let example_name = entry_names(&app)[0].clone();

    click(&app, "#library-new");
    settle().await;
    assert_eq!(
        entry_names(&app),
        [example_name.clone(), "Neue Bewertung".into()]
    );
    assert_eq!(
        app.input(Field::CasesPerYear).value(),
        "0",
        "reference defaults"
    );
    let new_id = stored_library().current.unwrap();

    click(&app, &format!("#entry-{new_id}-rename"));
    settle().await;
    let input: HtmlInputElement = app
        .get(&format!("#entry-{new_id}-new-name"))
        .unchecked_into();
    input.set_value("Bürgerbüro 2027");
    click(&app, &format!("#entry-{new_id}-rename-save"));
    settle().await;
    assert_eq!(entry_names(&app)[1], "Bürgerbüro 2027");

    click(&app, &format!("#entry-{new_id}-duplicate"));
    settle().await;
    assert_eq!(entry_names(&app)[2], "Bürgerbüro 2027 (Kopie)");
    let copy_id = stored_library().current.unwrap();
    assert_ne!(copy_id, new_id, "the copy is open");

    // Open the example again: its figures come back.
    let example_id = stored_library().entries[0].id;
    click(&app, &format!("#entry-{example_id}-open"));
    settle().await;
    assert_eq!(app.input(Field::Inhabitants).value(), "8.500");

    click(&app, &format!("#entry-{example_id}-delete"));
    settle().await;
    assert_eq!(entry_names(&app).len(), 2);
    assert_eq!(
        app.text("#library-status"),
        format!(
            "{} {}",
            words::deleted(&example_name),
            words::t().library_undo
        )
    );
    assert_eq!(stored_library().entries.len(), 2, "the deletion is saved");

    click(&app, "#library-undo");
    settle().await;
    assert_eq!(entry_names(&app)[0], example_name, "back in its place");
    assert_eq!(app.input(Field::Inhabitants).value(), "8.500");
    assert_eq!(stored_library().entries.len(), 3);
}

#[wasm_bindgen_test]
async fn stored_text_that_is_not_a_library_is_kept_aside() {
    // Guards against autosave silently overwriting stored data it cannot
    // read (a damaged or foreign value under our key).
    forget_saved_work();
    local_storage().set_item(LIBRARY_KEY, "{kaputt").unwrap();
    let app = Mounted::app_keeping_storage();
    settle().await;
    assert!(app.text("#storage-warning").contains(BACKUP_KEY));
    assert_eq!(
        local_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{kaputt")
    );
    assert_eq!(
        stored_library().entries.len(),
        1,
        "a new library is started"
    );
}

#[wasm_bindgen_test]
async fn an_unreadable_entry_is_listed_and_kept_verbatim() {
    // Guards against dropping an entry written by a newer version (say, in
    // another tab) the next time autosave writes the library.
    forget_saved_work();
    let future = r#"{"format":"efa-check","version":99,"assessment":{"neu":true}}"#;
    let stored = format!(
        r#"{{"format":"efa-check-library","version":1,"current":null,"entries":[
            {{"id":7,"name":"Aus der Zukunft","updated_ms":1,"document":{future}}}]}}"#
    );
    local_storage().set_item(LIBRARY_KEY, &stored).unwrap();
    let app = Mounted::app_keeping_storage();
    settle().await;
    let list = app.text("#library-list");
    assert!(list.contains("Aus der Zukunft"), "{list}");
    assert!(list.contains(words::t().library_unreadable), "{list}");
    app.type_into(Field::CasesPerYear, "1.000");
    settle().await;
    let text = local_storage().get_item(LIBRARY_KEY).unwrap().unwrap();
    assert!(
        text.contains(r#""version":99"#) && text.contains(r#""neu":true"#),
        "{text}"
    );
    assert_eq!(stored_library().entries.len(), 2);
}

#[wasm_bindgen_test]
async fn a_template_names_its_provider_and_marks_the_kommune_fields() {
    // Guards against a template whose open Kommune fields look like real
    // zeros, and against a marker that stays after the value was entered.
    let vorlage = include_str!("../fixtures/links/v1-vorlage-anbieter.txt").trim();
    let template = link::decode(vorlage).unwrap();
    let info = template.template.clone().unwrap();
    forget_saved_work();
    set_fragment(vorlage);
    let app = Mounted::app_keeping_storage();
    settle().await;
    // Regression: any link could name any provider, with nothing saying
    // that nobody checked it.
    assert_eq!(app.text("#template-notice h2"), words::t().template_heading);
    assert!(app.text("#template-notice h2").contains("(nicht geprüft)"));
    assert_eq!(
        app.text("#template-notice p"),
        words::template_banner(&info.provider, &info.date)
    );
    for field in Field::KOMMUNE_SPECIFIC {
        let id = efa_check::ui::widgets::dom_id(field);
        if field.get(&template) == 0.0 {
            assert_eq!(app.text(&format!("#{id}-todo")), words::t().template_marker);
            // The marker is part of the hint the input is described by.
            let described = app.input(field).get_attribute("aria-describedby").unwrap();
            assert!(described.contains(&format!("{id}-hint")));
            assert!(app.find(&format!("#{id}-hint #{id}-todo")).is_some());
        }
    }
    app.type_into(Field::Inhabitants, "12.000");
    settle().await;
    assert!(app.find("#f-inhabitants-todo").is_none());
    assert!(app.find("#f-cases-per-year-todo").is_some());
}

#[wasm_bindgen_test]
async fn the_share_dialog_shows_the_link_its_length_and_a_qr_code() {
    // Guards against a dialog whose link does not reproduce the open
    // assessment, or that lacks the QR code or the data hint.
    let app = Mounted::app();
    settle().await;
    app.type_into(Field::CasesPerYear, "2.500");
    settle().await;
    click(&app, "#share-open");
    settle().await;
    let dialog: HtmlDialogElement = app.get("#share-dialog").unchecked_into();
    assert!(dialog.open(), "showModal was called");
    let url = app
        .get("#share-link")
        .unchecked_into::<HtmlInputElement>()
        .value();
    let (_, fragment) = url.split_once('#').expect("a fragment");
    let opened = link::decode(fragment).unwrap();
    assert_eq!(opened.benefits.cases_per_year, 2500.0);
    assert_eq!(
        app.text("#share-length"),
        words::link_length(url.chars().count())
    );
    assert!(app.text("#share-hint").contains("alle eingegebenen Daten"));
    let svg = app.get("#share-qr svg");
    let view_box = svg.get_attribute("viewBox").unwrap();
    let modules: u32 = view_box.split(' ').nth(2).unwrap().parse().unwrap();
    assert!(
        modules > 80,
        "a link of {} characters needs a large code",
        url.len()
    );
    assert!(app.find("#share-qr [role=\"img\"][aria-label]").is_some());

    click(&app, "#share-close");
    settle().await;
    assert!(!dialog.open());
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(active.map(|el| el.id()).as_deref(), Some("share-open"));
}

#[wasm_bindgen_test]
fn export_file_names_are_plain_and_named_after_the_service() {
    // Guards against file names with spaces, umlauts or path characters
    // that some systems refuse or mangle.
    assert_eq!(
        words::export_file_name("Hundesteuer An- und Abmeldung"),
        "efa-check-hundesteuer-an-und-abmeldung.json"
    );
    assert_eq!(
        words::export_file_name("Bewohner/Parkausweis (Großstadt)"),
        "efa-check-bewohner-parkausweis-grossstadt.json"
    );
    assert_eq!(
        words::export_file_name("Ölheizung ÄÜ"),
        "efa-check-oelheizung-aeue.json"
    );
    assert_eq!(words::export_file_name("  "), "efa-check-bewertung.json");
}
