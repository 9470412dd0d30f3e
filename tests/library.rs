//! The autosaved library of named assessments.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use efa_check::model::Assessment;
use efa_check::share::library::{Content, Library};
use efa_check::share::{examples, from_json};

fn small() -> Assessment {
    from_json(examples::SMALL_GEMEINDE).unwrap()
}

#[test]
fn create_rename_duplicate_select() {
    let mut lib = Library::default();
    let a = lib.create("Hundesteuer", small(), 1.0);
    assert_eq!(lib.current, Some(a));
    lib.rename(a, "Hundesteuer 2027");
    let b = lib.duplicate(a, "Kopie von Hundesteuer 2027", 2.0).unwrap();
    assert_ne!(a, b);
    assert_eq!(lib.current, Some(b), "the copy opens");
    assert_eq!(lib.entries.len(), 2);
    assert_eq!(lib.get(a).unwrap().name, "Hundesteuer 2027");
    assert_eq!(lib.current_assessment(), Some(&small()));
    lib.select(a);
    assert_eq!(lib.current, Some(a));
}

#[test]
fn delete_can_be_undone_at_the_same_place() {
    let mut lib = Library::default();
    let a = lib.create("A", small(), 1.0);
    let b = lib.create("B", Assessment::default(), 2.0);
    let c = lib.create("C", Assessment::default(), 3.0);
    lib.delete(b);
    assert_eq!(
        lib.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![a, c]
    );
    assert_eq!(lib.deleted_name(), Some("B"));
    assert_eq!(lib.undo_delete(), Some(b));
    assert_eq!(
        lib.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![a, b, c]
    );
    // Regression: a new entry after a delete must not reuse the deleted id,
    // or undo would bring back a duplicate id.
    lib.delete(c);
    let d = lib.create("D", Assessment::default(), 4.0);
    assert_ne!(d, c);
}

#[test]
fn deleting_the_open_entry_opens_another() {
    let mut lib = Library::default();
    let a = lib.create("A", small(), 1.0);
    let b = lib.create("B", small(), 2.0);
    lib.delete(b);
    assert_eq!(lib.current, Some(a));
    lib.delete(a);
    assert_eq!(lib.current, None);
}

#[test]
fn autosave_round_trips_with_drafts() {
    let mut lib = Library::default();
    lib.create("A", small(), 1.0);
    let mut changed = small();
    changed.benefits.cases_per_year = 777.0;
    let drafts = BTreeMap::from([("f-usage-fee".to_string(), "12,3,4".to_string())]);
    lib.save_current(&changed, drafts.clone(), 5.0);
    let restored = Library::from_json(&lib.to_json()).unwrap();
    assert_eq!(restored.current_assessment(), Some(&changed));
    assert_eq!(restored.entries[0].drafts, drafts);
    assert_eq!(restored.entries[0].updated_ms, 5.0);
}

#[test]
fn unreadable_entries_are_kept_verbatim() {
    // An entry from a newer version and an entry of unknown shape survive a
    // load–save cycle unchanged, beside a readable one.
    let stored = r#"{"format":"efa-check-library","version":1,"current":2,"entries":[
        {"id":1,"name":"Neu","document":{"format":"efa-check","version":9,"assessment":{"x":1}}},
        {"id":2,"name":"Alt","document":{"format":"efa-check","version":1,"assessment":{}}},
        {"something":"else"}]}"#;
    let lib = Library::from_json(stored).unwrap();
    assert!(matches!(lib.entries[0].content, Content::Unreadable(_)));
    assert!(matches!(lib.entries[1].content, Content::Assessment(_)));
    assert!(matches!(
        lib.entries[2].content,
        Content::UnreadableEntry(_)
    ));
    assert_eq!(lib.current, Some(2));
    let again: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(again["entries"][0]["document"]["version"], 9);
    assert_eq!(again["entries"][2]["something"], "else");
}

#[test]
fn text_that_is_no_library_is_an_error_not_a_panic() {
    assert!(Library::from_json("").is_err());
    assert!(Library::from_json("{\"format\":\"other\",\"version\":1,\"entries\":[]}").is_err());
}
