//! Annahmen: what "Neu beginnen" pre-fills, which pre-filled values are
//! still unconfirmed, and that the marks travel with the document.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use efa_check::model::assumptions::PREFILLED;
use efa_check::model::reference::{self, POSTAGE_STANDARD_LETTER};
use efa_check::model::{Assessment, Field};
use efa_check::share::library::{Library, Stamp};
use efa_check::share::link::{decode, encode};
use efa_check::share::{examples, from_json, to_json};
use efa_check::text::form::{adopt_reference_offer, assumption_mark, assumptions_line};
use proptest::prelude::*;

mod common;
use common::{document_with, travel_expenses};

fn fields(a: &Assessment) -> Vec<Field> {
    a.open_assumptions().iter().map(|x| x.field).collect()
}

#[test]
fn a_fresh_start_takes_real_references_unconfirmed_and_everything_else_at_zero() {
    // Guards against the silent defaults of the issue: 0,95 € postage and
    // 15 citizen minutes that nobody entered, counted in the result.
    let a = Assessment::with_reference_defaults();
    for field in [Field::StaffRate, Field::ProjectRate, Field::SecondLevelRate] {
        assert_eq!(field.get(&a), 67.79, "{field:?}: KGSt E9b");
    }
    assert_eq!(a.parameters.discount_rate, 0.009, "BMF 07.07.2023");
    assert_eq!(a.parameters.horizon_years, 5);
    assert_eq!(a.unconfirmed, PREFILLED.into_iter().collect());
    for field in [
        Field::PostageSaved,
        Field::PrintScanSaved,
        Field::CitizenMinutesSaved,
        Field::CasesPerYear,
        Field::OnlineShareStart,
        Field::OnlineShareTarget,
        Field::RampYears,
    ] {
        assert_eq!(field.get(&a), 0.0, "{field:?} starts at 0");
    }
    // Postage and citizens' minutes offer their reference; print has none,
    // and a field holding its reference offers nothing.
    assert_eq!(
        a.reference_to_adopt(Field::PostageSaved),
        Some(&POSTAGE_STANDARD_LETTER)
    );
    assert_eq!(
        a.reference_to_adopt(Field::CitizenMinutesSaved)
            .map(|r| r.value),
        Some(15.0)
    );
    assert_eq!(a.reference_to_adopt(Field::PrintScanSaved), None);
    assert_eq!(a.reference_to_adopt(Field::StaffRate), None);
    assert_eq!(reference::DEFAULT_STAFF_RATE.id, "kgst-e9b");
}

#[test]
fn only_unconfirmed_values_that_change_the_result_are_listed() {
    // An empty form: no figure depends on any of them yet.
    assert!(Assessment::with_reference_defaults()
        .open_assumptions()
        .is_empty());
    // The travel case: the staff rate values the 13 minutes, horizon and
    // discount rate shape every year. No project hours and no 2nd-level
    // minutes, so their rates do not count.
    let a = travel_expenses();
    assert_eq!(
        fields(&a),
        [Field::StaffRate, Field::HorizonYears, Field::DiscountRate]
    );
    assert_eq!(
        assumptions_line(&fields(&a)).unwrap(),
        "3 Annahmen ungeprüft: Stundensatz Sachbearbeitung, Betrachtungszeitraum, \
         Kalkulationszinssatz"
    );
    let staff = a.open_assumptions()[0];
    assert_eq!(
        assumption_mark(&staff).replace('\u{a0}', " "),
        "Referenzwert – bitte prüfen: 67,79 € je Stunde (Quelle: KGSt-Bericht 8/2025 „Kosten \
         eines Arbeitsplatzes 2025/26“, Vollkosten je Stunde inkl. Sachkosten 9.700 € und 20 % \
         Gemeinkosten, Stand 2025/26)"
    );
    assert_eq!(
        assumption_mark(&a.open_assumptions()[1]),
        "Voreinstellung – bitte prüfen: 5 Jahre"
    );
    // Project hours make the project rate count.
    let mut b = a.clone();
    b.enter(Field::ProjectHours, 40.0);
    assert_eq!(fields(&b)[0], Field::ProjectRate);
}

#[test]
fn confirming_typing_or_adopting_takes_a_value_off_the_list() {
    let mut a = travel_expenses();
    a.confirm(Field::StaffRate);
    assert_eq!(
        a.parameters.discount_rate, 0.009,
        "confirming keeps the value"
    );
    a.enter(Field::HorizonYears, 8.0);
    assert_eq!(a.parameters.horizon_years, 8);
    assert_eq!(fields(&a), [Field::DiscountRate]);
    assert_eq!(
        assumptions_line(&fields(&a)).unwrap(),
        "1 Annahme ungeprüft: Kalkulationszinssatz"
    );
    a.confirm(Field::DiscountRate);
    assert_eq!(assumptions_line(&fields(&a)), None);

    // "Referenzwert übernehmen" sets the reference, confirmed.
    assert_eq!(
        adopt_reference_offer(Field::PostageSaved, &POSTAGE_STANDARD_LETTER).replace('\u{a0}', " "),
        "Referenzwert übernehmen: 0,95 € (Quelle: Deutsche Post, Porto Standardbrief, Stand \
         01.01.2025)"
    );
    assert_eq!(
        a.adopt_reference(Field::PostageSaved),
        Some(&POSTAGE_STANDARD_LETTER)
    );
    assert_eq!(a.benefits.postage_saved_per_case, 0.95);
    assert!(a.open_assumptions().is_empty());
    assert_eq!(a.reference_to_adopt(Field::PostageSaved), None);
    // Without a reference nothing changes.
    let before = a.clone();
    assert_eq!(a.adopt_reference(Field::PrintScanSaved), None);
    assert_eq!(a, before);
}

#[test]
fn unconfirmed_marks_survive_files_links_and_autosave() {
    let a = travel_expenses();
    let json = to_json(&a);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["assessment"]["unconfirmed"],
        serde_json::json!([
            "project-rate",
            "second-level-rate",
            "staff-rate",
            "horizon-years",
            "discount-rate"
        ])
    );
    assert_eq!(from_json(&json), Ok(a.clone()));
    assert_eq!(decode(&encode(&a)), Ok(a.clone()));
    let mut library = Library::default();
    let stamp = Stamp {
        now_ms: 1.0,
        random: 0.25,
    };
    library.create("Reisekosten", a.clone(), stamp);
    library.save_current(&a, BTreeMap::new(), 2.0);
    let stored = Library::from_json(&library.to_json()).unwrap();
    assert_eq!(stored.current_assessment(), Some(&a));
    // Confirmed everything: the key is not written at all.
    let mut b = a.clone();
    b.unconfirmed.clear();
    assert!(!to_json(&b).contains("unconfirmed"));
}

#[test]
fn older_documents_open_with_every_value_confirmed_and_scored() {
    // Documents and golden links written before the marks existed carry
    // none: they open as the user left them, with their Nutzwert.
    let golden = [
        include_str!("fixtures/links/v1-gemeinde-klein.txt"),
        include_str!("fixtures/links/v1-grossstadt.txt"),
        include_str!("fixtures/links/v1-vorlage-anbieter.txt"),
        include_str!("fixtures/links/v1-voll-ausgefuellt.txt"),
    ];
    for link in golden {
        let a = decode(link.trim()).unwrap();
        assert!(a.unconfirmed.is_empty());
        assert!(a.technical.criteria.iter().all(|c| !c.unscored));
        assert_eq!(a.integration.other_one_time.amount, 0.0);
    }
    let small = from_json(examples::SMALL_GEMEINDE).unwrap();
    assert!(small.open_assumptions().is_empty());
    assert_eq!(
        efa_check::model::technical::nutzwert(&small.technical.criteria),
        Ok(50.0)
    );
}

#[test]
fn marks_of_an_unknown_field_are_refused_and_unknown_keys_beside_them_kept() {
    assert!(matches!(
        document_with(r#""unconfirmed":["no-such-field"]"#),
        Err(efa_check::share::DecodeError::Malformed(_))
    ));
    let a = document_with(r#""unconfirmed":["staff-rate"],"from_tomorrow":{"x":1}"#).unwrap();
    assert!(a.unconfirmed.contains(&Field::StaffRate));
    let back: serde_json::Value = serde_json::from_str(&to_json(&a)).unwrap();
    assert_eq!(back["assessment"]["from_tomorrow"]["x"], 1);
}

#[test]
fn a_fully_filled_link_with_the_fresh_marks_stays_under_2000_characters() {
    // The fully filled fixture gives 1.634 characters; the marks of a
    // fresh start (five fields, seven unscored criteria) must not push a
    // typical link past what chat tools keep.
    let mut a = from_json(include_str!("fixtures/voll-ausgefuellt.json")).unwrap();
    a.unconfirmed = PREFILLED.into_iter().collect();
    for c in &mut a.technical.criteria {
        c.unscored = true;
    }
    let link = format!(
        "https://www.landkreis-musterhausen.de/digitalisierung/efa-check/#{}",
        encode(&a)
    );
    println!("{} characters", link.len());
    assert!(link.len() < 2000, "{} characters", link.len());
    assert_eq!(decode(link.split('#').nth(1).unwrap()), Ok(a));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever is entered and whichever values are marked: the list
    /// holds only marked fields, each with its current value, and
    /// entering a value takes its field off the list.
    #[test]
    fn the_list_holds_marked_fields_and_entering_clears_one(
        a in common::valid_assessment(),
        marked in proptest::collection::btree_set(0..Field::ALL.len(), 0..8),
        pick in 0..Field::ALL.len(),
    ) {
        let mut a = a;
        a.unconfirmed = marked.iter().map(|&i| Field::ALL[i]).collect();
        let open = a.open_assumptions();
        for x in &open {
            prop_assert!(a.unconfirmed.contains(&x.field));
            prop_assert_eq!(x.value, x.field.get(&a));
            prop_assert!(x.value.is_finite());
        }
        let field = Field::ALL[pick];
        let value = field.get(&a);
        a.enter(field, value);
        prop_assert!(a.open_assumptions().iter().all(|x| x.field != field));
    }
}
