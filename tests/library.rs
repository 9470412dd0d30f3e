//! The autosaved library of named assessments: entries, undo, unknown
//! content kept, and merging the libraries of several tabs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use efa_check::model::Assessment;
use efa_check::share::library::{
    holds_work, Content, Library, LibraryError, Merged, Stamp, MAX_TOMBSTONES,
};
use efa_check::share::{examples, from_json, link};
use efa_check::text::saved as words;

fn small() -> Assessment {
    from_json(examples::SMALL_GEMEINDE).unwrap()
}

/// A moment `ms`, with a random number derived from it (tests need no
/// real randomness, only distinct ids).
fn at(ms: f64) -> Stamp {
    Stamp {
        now_ms: ms,
        random: (ms * 0.618_033_988_7).fract(),
    }
}

fn ids(lib: &Library) -> Vec<u64> {
    lib.entries.iter().map(|e| e.id).collect()
}

#[test]
fn create_rename_duplicate_select() {
    let mut lib = Library::default();
    let a = lib.create("Hundesteuer", small(), at(1.0));
    assert_eq!(lib.current, Some(a));
    lib.rename(a, "Hundesteuer 2027", 1.5);
    let b = lib
        .duplicate(a, "Kopie von Hundesteuer 2027", at(2.0))
        .unwrap();
    assert_ne!(a, b);
    assert_eq!(lib.current, Some(b), "the copy opens");
    assert_eq!(lib.entries.len(), 2);
    assert_eq!(lib.get(a).unwrap().name, "Hundesteuer 2027");
    assert_eq!(lib.get(a).unwrap().updated_ms, 1.5, "a rename is a change");
    assert_eq!(lib.current_assessment(), Some(&small()));
    lib.select(a);
    assert_eq!(lib.current, Some(a));
}

#[test]
fn ids_are_random_below_two_to_the_53_and_never_repeat() {
    // Regression: ids were "highest + 1", so two tabs creating an entry at
    // once gave both the same id and one replaced the other.
    let mut lib = Library::default();
    let same = Stamp {
        now_ms: 1.0,
        random: 0.5,
    };
    let a = lib.create("A", small(), same);
    let b = lib.create("B", small(), same);
    assert_ne!(
        a, b,
        "a taken id is skipped even for the same random number"
    );
    assert!(a < (1 << 53) && b < (1 << 53));
    let c = lib.create(
        "C",
        small(),
        Stamp {
            now_ms: 1.0,
            random: 0.999_999_999,
        },
    );
    assert!(c < (1 << 53) && c > 0);
}

#[test]
fn delete_can_be_undone_at_the_same_place() {
    let mut lib = Library::default();
    let a = lib.create("A", small(), at(1.0));
    let b = lib.create("B", Assessment::default(), at(2.0));
    let c = lib.create("C", Assessment::default(), at(3.0));
    lib.delete(b, 4.0);
    assert_eq!(ids(&lib), vec![a, c]);
    assert_eq!(lib.deleted_name(), Some("B"));
    assert_eq!(lib.undo_delete(5.0), Some(b));
    assert_eq!(ids(&lib), vec![a, b, c]);
    // Regression: a new entry after a delete must not reuse the deleted id,
    // or undo would bring back a duplicate id.
    lib.delete(c, 6.0);
    let d = lib.create("D", Assessment::default(), at(3.0));
    assert_ne!(d, c);
}

#[test]
fn deleting_the_open_entry_opens_another() {
    let mut lib = Library::default();
    let a = lib.create("A", small(), at(1.0));
    let b = lib.create("B", small(), at(2.0));
    lib.delete(b, 3.0);
    assert_eq!(lib.current, Some(a));
    lib.delete(a, 4.0);
    assert_eq!(lib.current, None);
}

#[test]
fn autosave_round_trips_with_drafts_and_deletions() {
    let mut lib = Library::default();
    lib.create("A", small(), at(1.0));
    let gone = lib.create("B", small(), at(1.5));
    lib.delete(gone, 1.7);
    let mut changed = small();
    changed.benefits.cases_per_year = 777.0;
    let drafts = BTreeMap::from([("f-usage-fee".to_string(), "12,3,4".to_string())]);
    lib.save_current(&changed, drafts.clone(), 5.0);
    let restored = Library::from_json(&lib.to_json()).unwrap();
    assert_eq!(restored.current_assessment(), Some(&changed));
    assert_eq!(restored.entries[0].drafts, drafts);
    assert_eq!(restored.entries[0].updated_ms, 5.0);
    let stored: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(
        stored["deleted"][0]["id"], gone,
        "the deletion is remembered"
    );
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
fn unknown_keys_on_library_entry_and_document_survive_a_save() {
    // Regression: the first autosave rewrote the library as this build
    // knows it, dropping what a newer build had added within version 1.
    let stored = r#"{"format":"efa-check-library","version":1,"current":7,
        "sync":{"peer":"x"},
        "entries":[{"id":7,"name":"A","updated_ms":1,"colour":"blue",
          "document":{"format":"efa-check","version":1,"signed_by":"Kämmerei",
            "assessment":{"master":{"service":"Hundesteuer","region":"Nord"},
              "alternatives":[{"name":"Eigenentwicklung"}],
              "integration":{"connection_fee":{"amount":5,"currency":"EUR"}},
              "technical":{"prerequisites":[{"kind":"nl1-pvog","status":"offen","evidence":"PVOG-Auszug"}]}}}}]}"#;
    let mut lib = Library::from_json(stored).unwrap();
    let mut doc = lib.current_assessment().unwrap().clone();
    doc.benefits.cases_per_year = 100.0;
    lib.save_current(&doc, BTreeMap::new(), 2.0);
    let again: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(again["sync"]["peer"], "x");
    let entry = &again["entries"][0];
    assert_eq!(entry["colour"], "blue");
    assert_eq!(entry["document"]["signed_by"], "Kämmerei");
    let a = &entry["document"]["assessment"];
    assert_eq!(a["master"]["region"], "Nord");
    assert_eq!(a["alternatives"][0]["name"], "Eigenentwicklung");
    assert_eq!(a["integration"]["connection_fee"]["currency"], "EUR");
    assert_eq!(
        a["technical"]["prerequisites"][0]["evidence"],
        "PVOG-Auszug"
    );
    assert_eq!(
        a["benefits"]["cases_per_year"], 100.0,
        "the edit is saved too"
    );
}

#[test]
fn a_library_of_a_newer_version_is_refused_not_read() {
    // Regression: a version-2 library was read as version 1 and rewritten,
    // losing whatever version 2 means.
    let v2 = r#"{"format":"efa-check-library","version":2,"entries":[]}"#;
    assert_eq!(Library::from_json(v2), Err(LibraryError::FutureVersion(2)));
    let v0 = r#"{"format":"efa-check-library","version":0,"entries":[]}"#;
    assert_eq!(Library::from_json(v0), Err(LibraryError::Unreadable));
}

#[test]
fn text_that_is_no_library_is_an_error_not_a_panic() {
    assert!(Library::from_json("").is_err());
    assert!(Library::from_json("{\"format\":\"other\",\"version\":1,\"entries\":[]}").is_err());
}

#[test]
fn entries_beyond_the_limits_are_kept_but_not_opened() {
    let long_name = "x".repeat(300);
    let many_drafts: serde_json::Map<String, serde_json::Value> = (0..500)
        .map(|i| (format!("f-{i}"), serde_json::Value::from("1,2,3")))
        .collect();
    let stored = serde_json::json!({
        "format": "efa-check-library", "version": 1,
        "entries": [
            {"id": 1, "name": long_name, "document": {"format": "efa-check", "version": 1, "assessment": {}}},
            {"id": 2, "name": "B", "drafts": many_drafts, "document": {"format": "efa-check", "version": 1, "assessment": {}}},
            {"id": 3, "name": "C", "document": {"format": "efa-check", "version": 1, "assessment": {}}}
        ]
    });
    let lib = Library::from_json(&stored.to_string()).unwrap();
    assert!(matches!(
        lib.entries[0].content,
        Content::UnreadableEntry(_)
    ));
    assert!(matches!(
        lib.entries[1].content,
        Content::UnreadableEntry(_)
    ));
    assert!(matches!(lib.entries[2].content, Content::Assessment(_)));
    assert_eq!(lib.current, Some(3));
    let again: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(again["entries"][0], stored["entries"][0], "kept verbatim");
}

/// Two tabs that start from the same stored library.
fn two_tabs() -> (Library, Library, u64, u64) {
    let mut one = Library::default();
    let a = one.create("A", small(), at(1.0));
    let b = one.create("B", Assessment::default(), at(2.0));
    let two = Library::from_json(&one.to_json()).unwrap();
    (one, two, a, b)
}

/// What tab `from` stores, as the other tab reads it.
fn stored(from: &Library) -> Library {
    Library::from_json(&from.to_json()).unwrap()
}

#[test]
fn entries_created_in_two_tabs_at_once_both_survive() {
    // Regression: two links opened within 200 ms kept only one entry.
    let (mut one, mut two, a, b) = two_tabs();
    // The same millisecond; the browser's random numbers differ per tab.
    let c = one.create(
        "Link 1",
        small(),
        Stamp {
            now_ms: 10.0,
            random: 0.25,
        },
    );
    let d = two.create(
        "Link 2",
        small(),
        Stamp {
            now_ms: 10.0,
            random: 0.75,
        },
    );
    assert_ne!(c, d);
    two.merge(stored(&one));
    one.merge(stored(&two));
    assert_eq!(ids(&one), vec![a, b, c, d]);
    assert_eq!(ids(&two), vec![a, b, c, d]);
    assert_eq!(one.current, Some(c), "each tab keeps its own open entry");
    assert_eq!(two.current, Some(d));
}

#[test]
fn edits_to_different_entries_in_two_tabs_all_survive() {
    // Regression: simultaneous edits to different entries lost one.
    let (mut one, mut two, a, b) = two_tabs();
    let mut edited_a = small();
    edited_a.benefits.cases_per_year = 1111.0;
    one.select(a);
    one.save_current(&edited_a, BTreeMap::new(), 20.0);
    let mut edited_b = Assessment::default();
    edited_b.benefits.cases_per_year = 2222.0;
    two.select(b);
    two.save_current(&edited_b, BTreeMap::new(), 21.0);
    // Tab two saves first, then tab one merges before it saves.
    assert_eq!(one.merge(stored(&two)), Merged::Unchanged);
    two.merge(stored(&one));
    for lib in [&one, &two] {
        assert_eq!(
            lib.get(a).unwrap().content,
            Content::Assessment(Box::new(edited_a.clone()))
        );
        assert_eq!(
            lib.get(b).unwrap().content,
            Content::Assessment(Box::new(edited_b.clone()))
        );
    }
}

#[test]
fn the_same_entry_edited_in_two_tabs_keeps_the_later_change_and_says_so() {
    let (mut one, mut two, a, _) = two_tabs();
    one.select(a);
    two.select(a);
    let mut earlier = small();
    earlier.benefits.cases_per_year = 1.0;
    one.save_current(&earlier, BTreeMap::new(), 30.0);
    let mut later = small();
    later.benefits.cases_per_year = 2.0;
    two.save_current(&later, BTreeMap::new(), 31.0);
    assert_eq!(one.merge(stored(&two)), Merged::ChangedElsewhere);
    assert_eq!(one.current_assessment(), Some(&later));
    // The other way round, the later change stays and nothing is reported.
    assert_eq!(two.merge(stored(&one)), Merged::Unchanged);
    assert_eq!(two.current_assessment(), Some(&later));
}

#[test]
fn a_deletion_in_another_tab_is_not_undone_by_this_tabs_older_copy() {
    let (mut one, mut two, a, b) = two_tabs();
    one.select(a);
    two.delete(b, 40.0);
    assert_eq!(one.merge(stored(&two)), Merged::Unchanged);
    assert_eq!(ids(&one), vec![a], "B stays deleted");
    // And tab two does not get it back from tab one either.
    two.merge(stored(&one));
    assert_eq!(ids(&two), vec![a]);
}

#[test]
fn the_open_entry_deleted_elsewhere_is_handed_back_and_can_be_restored() {
    // Regression: this tab switched to another entry without a word, and
    // the typing landed there.
    let (mut one, mut two, a, b) = two_tabs();
    one.select(b);
    two.delete(b, 50.0);
    let Merged::DeletedElsewhere(entry) = one.merge(stored(&two)) else {
        panic!("the deletion is reported");
    };
    assert_eq!(entry.name, "B");
    assert_eq!(
        one.current, None,
        "nothing else opens behind the user's back"
    );
    assert_eq!(ids(&one), vec![a]);
    let restored = one.restore(*entry, 60.0);
    assert_eq!(restored, b);
    assert_eq!(one.current, Some(b));
    // Restored after the deletion: it wins in the other tab as well.
    two.merge(stored(&one));
    assert_eq!(ids(&two), vec![a, b]);
}

#[test]
fn an_edit_after_a_deletion_elsewhere_wins_over_it() {
    let (mut one, mut two, a, b) = two_tabs();
    two.delete(b, 50.0);
    one.select(b);
    one.save_current(&small(), BTreeMap::new(), 55.0);
    assert_eq!(one.merge(stored(&two)), Merged::Unchanged);
    assert_eq!(ids(&one), vec![a, b]);
    two.merge(stored(&one));
    assert_eq!(ids(&two), vec![a, b]);
}

#[test]
fn merging_is_idempotent_and_keeps_undo_for_ids_still_gone() {
    let (mut one, two, a, b) = two_tabs();
    one.delete(b, 5.0);
    let before = one.clone();
    one.merge(stored(&two));
    assert_eq!(
        ids(&one),
        vec![a],
        "B's deletion is newer than its last change"
    );
    assert_eq!(one.deleted_name(), Some("B"));
    one.merge(stored(&one.clone()));
    assert!(one.same_content(&before));
    assert_eq!(one.undo_delete(6.0), Some(b));
}

#[test]
fn unknown_shapes_are_not_doubled_by_merging() {
    let text = r#"{"format":"efa-check-library","version":1,"entries":[{"odd":1},
        {"id":2,"name":"A","document":{"format":"efa-check","version":1,"assessment":{}}}]}"#;
    let mut one = Library::from_json(text).unwrap();
    let two = Library::from_json(text).unwrap();
    one.merge(two);
    assert_eq!(one.entries.len(), 2);
}

#[test]
fn remembered_deletions_are_bounded() {
    let mut lib = Library::default();
    for i in 0..(MAX_TOMBSTONES + 20) {
        let id = lib.create("x", Assessment::default(), at(i as f64 + 0.5));
        lib.delete(id, i as f64 + 1.0);
    }
    let stored: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(stored["deleted"].as_array().unwrap().len(), MAX_TOMBSTONES);
}

#[test]
fn names_made_from_a_long_service_name_stay_within_the_limit() {
    // Regression: "<200-letter service> (aus Link)" was stored, and the
    // entry then exceeded the name limit and no longer opened.
    let long = format!("{} (aus Link)", "ä".repeat(200));
    let mut lib = Library::default();
    let a = lib.create(&long, small(), at(1.0));
    let b = lib
        .duplicate(a, &format!("{long} (Kopie)"), at(2.0))
        .unwrap();
    lib.rename(a, &"x".repeat(500), 3.0);
    let again = Library::from_json(&lib.to_json()).unwrap();
    for id in [a, b] {
        assert!(matches!(
            again.get(id).unwrap().content,
            Content::Assessment(_)
        ));
        assert_eq!(again.get(id).unwrap().name.chars().count(), 200);
    }
}

/// Autosave as the app does it: the form's document into the open entry,
/// the name following the service by the app's own rule.
fn type_service(lib: &mut Library, service: &str, now_ms: f64) {
    let mut doc = lib.current_assessment().unwrap().clone();
    doc.master.service = service.to_string();
    lib.autosave(&doc, BTreeMap::new(), now_ms, words::followed_name);
}

fn current_name(lib: &Library) -> &str {
    &lib.get(lib.current.unwrap()).unwrap().name
}

#[test]
fn an_entry_name_follows_the_service_name_until_the_user_renames_it() {
    // Regression: the entry kept the name it was created with ("Neue
    // Bewertung", or the example's service), so the library listed
    // several "Neue Bewertung" whatever services they assessed.
    let mut lib = Library::default();
    let id = lib.create(
        words::t().library_new_name,
        Assessment::with_reference_defaults(),
        at(1.0),
    );
    for (i, typed) in ["B", "Bü", "Bürgerbüro", "Bürgerbüro "].iter().enumerate() {
        type_service(&mut lib, typed, 2.0 + i as f64);
    }
    assert_eq!(current_name(&lib), "Bürgerbüro");
    assert_eq!(lib.get(id).unwrap().updated_ms, 5.0);
    type_service(&mut lib, "", 6.0);
    assert_eq!(current_name(&lib), words::t().library_unnamed);
    type_service(&mut lib, "Hundesteuer", 7.0);
    assert_eq!(current_name(&lib), "Hundesteuer");

    lib.rename(id, "Hundesteuer – Variante mit Förderung", 8.0);
    type_service(&mut lib, "Hundesteuer online", 9.0);
    assert_eq!(current_name(&lib), "Hundesteuer – Variante mit Förderung");
    // The fact survives storage: after a reload the name still stays.
    let mut again = Library::from_json(&lib.to_json()).unwrap();
    assert!(again.get(id).unwrap().renamed);
    type_service(&mut again, "Hund", 10.0);
    assert_eq!(current_name(&again), "Hundesteuer – Variante mit Förderung");
    // Renaming to exactly the service name is a choice too.
    lib.rename(id, "Hundesteuer online", 11.0);
    type_service(&mut lib, "Hundesteuer digital", 12.0);
    assert_eq!(current_name(&lib), "Hundesteuer online");
}

#[test]
fn names_of_copies_follow_with_what_the_app_added() {
    // Guards against a copy from a link (or a duplicate) losing its
    // "(aus Link)" when its service is edited, and against a duplicate of
    // a renamed entry starting to follow.
    let mut shared = small();
    shared.master.service = "Hundesteuer".to_string();
    let mut lib = Library::default();
    let linked = lib.create(&words::from_link_name("Hundesteuer"), shared, at(1.0));
    type_service(&mut lib, "Hundesteuer 2027", 2.0);
    assert_eq!(current_name(&lib), "Hundesteuer 2027 (aus Link)");
    let copy = lib
        .duplicate(linked, &words::copy_name(current_name(&lib)), at(3.0))
        .unwrap();
    type_service(&mut lib, "Hundesteuer 2028", 4.0);
    assert_eq!(current_name(&lib), "Hundesteuer 2028 (aus Link) (Kopie)");
    assert_eq!(lib.get(linked).unwrap().name, "Hundesteuer 2027 (aus Link)");

    lib.rename(copy, "Variante B", 5.0);
    let twin = lib
        .duplicate(copy, &words::copy_name("Variante B"), at(6.0))
        .unwrap();
    type_service(&mut lib, "Hundesteuer 2029", 7.0);
    assert_eq!(lib.get(twin).unwrap().name, "Variante B (Kopie)");
}

#[test]
fn an_older_library_keeps_names_the_user_chose() {
    // Guards against entries stored before `renamed` existed (the key is
    // missing, so they read as not renamed) losing their own names to the
    // service name at the next keystroke.
    let stored = serde_json::json!({
        "format": "efa-check-library", "version": 1, "current": 3,
        "entries": [{
            "id": 3, "name": "Entwurf für den Ausschuss", "updated_ms": 1,
            "document": {"format": "efa-check", "version": 1,
                         "assessment": {"master": {"service": "Hundesteuer"}}},
        }],
    });
    let mut lib = Library::from_json(&stored.to_string()).unwrap();
    assert!(!lib.get(3).unwrap().renamed);
    type_service(&mut lib, "Hundesteuer online", 2.0);
    assert_eq!(current_name(&lib), "Entwurf für den Ausschuss");
    assert_eq!(
        lib.current_assessment().unwrap().master.service,
        "Hundesteuer online",
        "the document is saved all the same"
    );
    // What is written is what older builds wrote (no new keys while
    // nothing is renamed or opened from a link).
    let written: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    let entry = written["entries"][0].as_object().unwrap();
    assert!(!entry.contains_key("renamed") && !entry.contains_key("from_link"));
}

#[test]
fn followed_names_only_replace_what_the_app_made() {
    // Guards against the rule eating a user's name that merely starts
    // with the service name.
    use words::followed_name;
    assert_eq!(
        followed_name("Hund", "Hund", "Hunde").as_deref(),
        Some("Hunde")
    );
    assert_eq!(followed_name("Hundesteuer", "Hund", "Hunde"), None);
    assert_eq!(followed_name("Hund (Kopie) 2", "Hund", "Katze"), None);
    assert_eq!(
        followed_name("Neue Bewertung", "", "Kita").as_deref(),
        Some("Kita")
    );
    assert_eq!(followed_name("Neue Bewertung", "Hund", "Kita"), None);
    assert_eq!(
        followed_name("Kita (aus Datei) (Kopie)", " Kita ", "").as_deref(),
        Some("Bewertung ohne Namen (aus Datei) (Kopie)")
    );
}

#[test]
fn a_link_copy_is_found_again_by_the_document_it_carries() {
    // Regression: opening the same share link twice (a reload before the
    // address was cleared, the link pasted again, a second tab) made a
    // second "(aus Link)" entry each time.
    let city = from_json(examples::LARGE_CITY).unwrap();
    let identity = link::identity(&city);
    assert_eq!(identity.len(), 16);
    // The identity is the document's, not the link text's: decoding the
    // link gives the same one, another document another one.
    assert_eq!(
        link::identity(&link::decode(&link::encode(&city)).unwrap()),
        identity
    );
    assert_ne!(link::identity(&small()), identity);
    let mut moved = city.clone();
    moved.benefits.cases_per_year += 1.0;
    assert_ne!(link::identity(&moved), identity);

    let mut lib = Library::default();
    lib.create("Eigene", small(), at(1.0));
    assert_eq!(lib.from_link(&identity), None);
    let copy = lib.create(&words::from_link_name("x"), city.clone(), at(2.0));
    lib.mark_from_link(copy, &identity);
    // Edited since, reloaded from storage: still the copy of that link.
    lib.save_current(&moved, BTreeMap::new(), 3.0);
    let mut lib = Library::from_json(&lib.to_json()).unwrap();
    assert_eq!(lib.from_link(&identity), Some(copy));
    // A duplicate of the copy is the user's own, not the link's copy.
    let dup = lib.duplicate(copy, "Kopie", at(4.0)).unwrap();
    assert_eq!(lib.get(dup).unwrap().from_link, None);
    lib.delete(copy, 5.0);
    assert_eq!(
        lib.from_link(&identity),
        None,
        "a deleted copy is not reopened"
    );
    lib.undo_delete(6.0);
    assert_eq!(lib.from_link(&identity), Some(copy));
}

#[test]
fn starting_afresh_keeps_the_work_and_undo_restores_it_exactly() {
    // Regression: "Mit Referenzwerten neu beginnen" loaded the defaults
    // into the open entry, so the next autosave overwrote what the user
    // had typed into the example.
    let fresh = Assessment::with_reference_defaults();
    let mut lib = Library::default();
    let other = lib.create("Andere", small(), at(0.5));
    let work = lib.create("Hundesteuer", examples::starting(), at(1.0));
    let mut edited = examples::starting();
    edited.benefits.cases_per_year = 1234.0;
    let drafts = BTreeMap::from([("f-usage-fee".to_string(), "12,3,4".to_string())]);
    assert!(holds_work(&edited, &BTreeMap::new()));
    assert!(holds_work(&examples::starting(), &drafts));
    assert!(!holds_work(&examples::starting(), &BTreeMap::new()));
    assert!(!holds_work(&fresh, &BTreeMap::new()));
    lib.save_current(&edited, drafts.clone(), 2.0);
    let before = lib.get(work).unwrap().clone();

    let start = lib
        .start_fresh(fresh.clone(), "Neue Bewertung", true, at(3.0))
        .unwrap();
    assert!(start.kept_previous());
    assert_eq!(start.previous_name(), "Hundesteuer");
    assert_eq!(lib.current_assessment(), Some(&fresh));
    assert_eq!(lib.entries.len(), 3);
    assert_eq!(lib.get(work).unwrap(), &before, "the work stays as it was");

    lib.undo_fresh_start(start, &fresh, at(4.0));
    assert_eq!(lib.current, Some(work));
    assert_eq!(lib.get(work).unwrap(), &before, "document, drafts and name");
    assert_eq!(
        ids(&lib),
        vec![other, work],
        "the untouched fresh entry goes"
    );
}

#[test]
fn undoing_a_fresh_start_keeps_what_was_typed_since() {
    // Guards against undo throwing away what the user typed into the
    // fresh form before clicking "Rückgängig".
    let fresh = Assessment::with_reference_defaults();
    let mut typed = fresh.clone();
    typed.master.service = "Kita".to_string();

    // The work was kept beside the fresh entry: both stay.
    let mut lib = Library::default();
    let mut edited = examples::starting();
    edited.benefits.cases_per_year = 1234.0;
    let work = lib.create("Hundesteuer", edited, at(1.0));
    let start = lib
        .start_fresh(fresh.clone(), "Neue Bewertung", true, at(2.0))
        .unwrap();
    let new = lib.current.unwrap();
    lib.save_current(&typed, BTreeMap::new(), 3.0);
    lib.undo_fresh_start(start, &fresh, at(4.0));
    assert_eq!(lib.current, Some(work));
    assert_eq!(ids(&lib), vec![work, new]);

    // An untouched example was replaced in place: undo puts it back
    // there, or beside the fresh entry once that was typed into.
    for type_first in [false, true] {
        let mut lib = Library::default();
        let example = lib.create("Beispiel", examples::starting(), at(1.0));
        lib.rename(example, "Mein Beispiel", 1.5);
        let before = lib.get(example).unwrap().clone();
        let start = lib
            .start_fresh(fresh.clone(), "Neue Bewertung", false, at(2.0))
            .unwrap();
        assert!(!start.kept_previous());
        assert_eq!(ids(&lib), vec![example], "replaced in place");
        assert_eq!(lib.get(example).unwrap().name, "Neue Bewertung");
        assert!(!lib.get(example).unwrap().renamed);
        if type_first {
            lib.save_current(&typed, BTreeMap::new(), 3.0);
        }
        let back = lib.undo_fresh_start(start, &fresh, at(4.0));
        assert_eq!(lib.current, Some(back));
        let restored = lib.get(back).unwrap();
        assert_eq!(restored.name, "Mein Beispiel");
        assert!(restored.renamed);
        assert_eq!(restored.content, before.content);
        if type_first {
            assert_ne!(back, example);
            assert_eq!(lib.entries.len(), 2);
            assert!(
                matches!(&lib.get(example).unwrap().content, Content::Assessment(a) if **a == typed)
            );
        } else {
            assert_eq!(back, example);
            assert_eq!(lib.entries.len(), 1);
        }
    }
}

#[test]
fn entries_of_versions_1_and_2_open_and_are_saved_as_version_2_in_a_version_1_library() {
    // The library's own shape did not change with format version 2, so it
    // stays version 1: an older build still reads it, keeps the entries
    // whose documents it cannot read verbatim, and does not refuse the
    // whole library.
    let v2 = include_str!("fixtures/links/v2-alternativen-kostenteilung.json");
    let stored = format!(
        r#"{{"format":"efa-check-library","version":1,"current":1,"entries":[
        {{"id":1,"name":"Alt","document":{}}},
        {{"id":2,"name":"Neu","document":{v2}}},
        {{"id":3,"name":"Neuer","document":{{"format":"efa-check","version":3,"assessment":{{}}}}}}]}}"#,
        examples::SMALL_GEMEINDE
    );
    let lib = Library::from_json(&stored).unwrap();
    assert_eq!(lib.current_assessment(), Some(&small()));
    match &lib.entries[1].content {
        Content::Assessment(a) => assert_eq!(a.variant_count(), 3),
        other => panic!("version 2 opens: {other:?}"),
    }
    assert!(matches!(lib.entries[2].content, Content::Unreadable(_)));
    let again: serde_json::Value = serde_json::from_str(&lib.to_json()).unwrap();
    assert_eq!(again["version"], 1);
    assert_eq!(again["entries"][0]["document"]["version"], 2);
    assert_eq!(again["entries"][1]["document"]["version"], 2);
    assert_eq!(again["entries"][2]["document"]["version"], 3);
    assert_eq!(
        Library::from_json(&lib.to_json()).unwrap().entries,
        lib.entries
    );
}
