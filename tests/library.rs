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

#[test]
fn adopting_another_tabs_library_keeps_this_tabs_open_entry_and_undo() {
    // Tab one and tab two start from the same stored library.
    let mut one = Library::default();
    let a = one.create("A", small(), 1.0);
    let b = one.create("B", Assessment::default(), 2.0);
    one.select(a);
    let mut two = Library::from_json(&one.to_json()).unwrap();
    two.select(b);
    // Tab one deletes B (undo kept); tab two adds C and stores its library.
    one.delete(b);
    let c = two.create("C", Assessment::default(), 3.0);
    two.select(a);
    two.rename(a, "A (umbenannt)");
    let stored = Library::from_json(&two.to_json()).unwrap();

    one.adopt(stored);
    // Tab one now has what tab two stored, and is still on its own entry.
    assert_eq!(
        one.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![a, b, c]
    );
    assert_eq!(one.get(a).unwrap().name, "A (umbenannt)");
    assert_eq!(one.current, Some(a));
    // Its undo is dropped: B is in the stored list again, under its id.
    assert_eq!(one.deleted_name(), None);
}

#[test]
fn adopting_keeps_undo_and_moves_off_an_entry_deleted_elsewhere() {
    let mut one = Library::default();
    let a = one.create("A", small(), 1.0);
    let b = one.create("B", Assessment::default(), 2.0);
    let c = one.create("C", Assessment::default(), 3.0);
    let mut two = Library::from_json(&one.to_json()).unwrap();
    one.select(c);
    one.delete(a);
    // Tab two deletes C, the entry tab one has open, without knowing of A's deletion.
    two.delete(c);
    let mut stored = Library::from_json(&two.to_json()).unwrap();
    stored.delete(a); // tab two has since also seen A go
    one.adopt(stored);
    assert_eq!(
        one.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![b]
    );
    assert_eq!(
        one.current,
        Some(b),
        "the open entry is gone: another one opens"
    );
    assert_eq!(
        one.deleted_name(),
        Some("A"),
        "A's id is free: its undo stays"
    );
    assert_eq!(one.undo_delete(), Some(a));
}
