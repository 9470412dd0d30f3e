//! Alternativen: each alternative as a full assessment against one built
//! by hand, the editing helpers, the comparison and the values at which
//! the two best change places, worked out by hand; properties over any
//! alternatives.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::comparison::{compare, ranking_switches, Ranking};
use efa_check::model::inputs::Range;
use efa_check::model::limits::{MAX_ALTERNATIVES, MAX_NAME_CHARS};
use efa_check::model::sensitivity::SwitchingValue;
use efa_check::model::{evaluate, Assessment, Field, Verdict};
use efa_check::text::results::alternative_name;
use proptest::prelude::*;

mod common;
use common::close;

/// The worked example: 1.000 cases a year, all online, 8 minutes saved
/// per case at 60 €/h (8 € a case), a connection fee of 10.000 €, T = 2,
/// i = 0, g = 0. KW = −10.000 + 2 × 1.000 × 8 = +6.000 €.
fn simple() -> Assessment {
    let mut a = Assessment::default();
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.online_share_start = 1.0;
    a.benefits.online_share_target = 1.0;
    a.benefits.minutes_saved_per_case = 8.0;
    a.benefits.staff_rate = 60.0;
    a.integration.connection_fee.amount = 10_000.0;
    a.parameters.horizon_years = 2;
    a.parameters.discount_rate = 0.0;
    a
}

/// [`simple`] with "Eigenentwicklung": 16 minutes saved (16 € a case)
/// for 30.000 € once, KW = −30.000 + 2 × 1.000 × 16 = +2.000 €; and
/// "Marktlösung" without any cost entered yet (no verdict; its KW would
/// be +16.000 €).
fn three() -> Assessment {
    let mut a = simple();
    assert!(a.add_alternative("Eigenentwicklung"));
    a.set_in_variant(1, Field::MinutesSaved, 16.0);
    a.set_in_variant(1, Field::ConnectionFee, 30_000.0);
    assert!(a.add_alternative("Marktlösung"));
    a.set_in_variant(2, Field::ConnectionFee, 0.0);
    a
}

fn kw(a: &Assessment) -> f64 {
    evaluate(a).kapitalwert.total
}

#[test]
fn an_alternative_is_the_first_with_its_overrides() {
    let a = three();
    assert_eq!(a.variant_count(), 3);
    let mut by_hand = simple();
    by_hand.first_name = "Eigenentwicklung".into();
    by_hand.benefits.minutes_saved_per_case = 16.0;
    by_hand.integration.connection_fee.amount = 30_000.0;
    assert_eq!(a.variant(1), Some(by_hand));
    close(kw(&a.variant(0).unwrap()), 6_000.0);
    close(kw(&a.variant(1).unwrap()), 2_000.0);
    close(kw(&a.variant(2).unwrap()), 16_000.0);
    // The first is the assessment itself, without the others.
    let first = a.variant(0).unwrap();
    assert!(first.alternatives.is_empty());
    assert_eq!(first.sharing, None);
    assert_eq!(first, simple());
    assert_eq!(a.variant(3), None);
}

#[test]
fn inputs_not_overridden_follow_the_first() {
    let mut a = three();
    // 1.200 cases: the first −10.000 + 2 × 1.200 × 8 = 9.200 €, the
    // second −30.000 + 2 × 1.200 × 16 = 8.400 €.
    a.set_in_variant(0, Field::CasesPerYear, 1_200.0);
    close(kw(&a.variant(0).unwrap()), 9_200.0);
    close(kw(&a.variant(1).unwrap()), 8_400.0);
    assert_eq!(a.variant_value(1, Field::CasesPerYear), Some(1_200.0));
    assert_eq!(a.variant_value(1, Field::MinutesSaved), Some(16.0));
    assert_eq!(a.variant_value(4, Field::MinutesSaved), None);
}

#[test]
fn an_override_equal_to_the_first_goes_unless_it_has_its_own_range() {
    let mut a = three();
    assert!(a.differs(1, Field::MinutesSaved));
    assert!(!a.differs(1, Field::CasesPerYear));
    assert!(
        !a.differs(0, Field::MinutesSaved),
        "the first never differs"
    );
    a.set_in_variant(1, Field::MinutesSaved, 8.0);
    assert!(!a.alternatives[0].values.contains_key(&Field::MinutesSaved));
    assert!(!a.differs(1, Field::MinutesSaved));
    // With a range of its own the value stays, equal or not.
    a.set_variant_range(1, Field::MinutesSaved, Some(Range::new(5.0, 12.0)));
    assert_eq!(a.alternatives[0].values[&Field::MinutesSaved], 8.0);
    a.set_in_variant(1, Field::MinutesSaved, 8.0);
    assert_eq!(a.alternatives[0].values[&Field::MinutesSaved], 8.0);
    assert!(
        !a.differs(1, Field::MinutesSaved),
        "same value as the first"
    );
    // Taking the range away lets it follow the first again.
    a.set_variant_range(1, Field::MinutesSaved, None);
    assert!(!a.alternatives[0].values.contains_key(&Field::MinutesSaved));
    a.reset_in_variant(1, Field::ConnectionFee);
    assert_eq!(a.variant_value(1, Field::ConnectionFee), Some(10_000.0));
}

#[test]
fn ranges_are_inherited_while_they_contain_the_value() {
    let mut a = three();
    a.uncertainty
        .ranges
        .insert(Field::ConnectionFee, Range::new(8_000.0, 15_000.0));
    a.uncertainty
        .ranges
        .insert(Field::CasesPerYear, Range::new(800.0, 1_500.0));
    // 30.000 € lies outside 8.000–15.000 €: the second drops the range.
    let second = a.variant(1).unwrap();
    assert!(!second
        .uncertainty
        .ranges
        .contains_key(&Field::ConnectionFee));
    assert_eq!(
        second.uncertainty.ranges[&Field::CasesPerYear],
        Range::new(800.0, 1_500.0)
    );
    assert!(second.invalid_ranges().is_empty());
    // 12.000 € lies inside: the range is kept.
    a.set_in_variant(1, Field::ConnectionFee, 12_000.0);
    assert_eq!(
        a.variant(1).unwrap().uncertainty.ranges[&Field::ConnectionFee],
        Range::new(8_000.0, 15_000.0)
    );
    // An own range wins over the first's.
    a.set_variant_range(1, Field::ConnectionFee, Some(Range::new(9_000.0, 20_000.0)));
    assert_eq!(
        a.variant(1).unwrap().uncertainty.ranges[&Field::ConnectionFee],
        Range::new(9_000.0, 20_000.0)
    );
    assert!(a.invalid_alternatives().is_empty());
    // A value outside its own range drops that range, like the form does
    // for the first; 25.000 € is outside the first's range too.
    a.set_in_variant(1, Field::ConnectionFee, 25_000.0);
    assert!(a.alternatives[0].ranges.is_empty());
    let second = a.variant(1).unwrap();
    assert!(!second
        .uncertainty
        .ranges
        .contains_key(&Field::ConnectionFee));
    assert!(a.invalid_alternatives().is_empty());
}

#[test]
fn overridden_values_count_as_confirmed() {
    // The travel-expense example starts with the staff rate unconfirmed;
    // typing it for the second alternative confirms it there only.
    let mut a = common::travel_expenses();
    assert!(a.unconfirmed.contains(&Field::StaffRate));
    a.add_alternative("Eigenentwicklung");
    a.set_in_variant(1, Field::StaffRate, 70.0);
    assert!(!a
        .variant(1)
        .unwrap()
        .unconfirmed
        .contains(&Field::StaffRate));
    assert!(a
        .variant(1)
        .unwrap()
        .unconfirmed
        .contains(&Field::DiscountRate));
    assert!(a.unconfirmed.contains(&Field::StaffRate));
    // Entering it in the first goes through `enter`.
    a.set_in_variant(0, Field::StaffRate, 65.0);
    assert!(!a.unconfirmed.contains(&Field::StaffRate));
}

#[test]
fn at_most_four_alternatives_and_the_first_stays() {
    let mut a = simple();
    for n in 2..=MAX_ALTERNATIVES {
        assert!(a.add_alternative(&format!("Alternative {n}")));
    }
    assert_eq!(a.variant_count(), MAX_ALTERNATIVES);
    assert!(!a.add_alternative("eine zu viel"));
    assert_eq!(a.variant_count(), MAX_ALTERNATIVES);
    assert!(!a.remove_alternative(0), "the first cannot be removed");
    assert!(a.remove_alternative(2));
    assert_eq!(a.variant_name(2), Some("Alternative 4"));
    assert!(!a.remove_alternative(3));
    // A new alternative is a copy of the first.
    assert!(a.add_alternative(""));
    assert!(a.alternatives.last().unwrap().values.is_empty());
    let mut copy = a.variant(3).unwrap();
    copy.first_name.clear();
    assert_eq!(copy, a.variant(0).unwrap());
}

#[test]
fn names_and_their_defaults() {
    let mut a = three();
    assert_eq!(a.variant_name(0), Some(""));
    assert_eq!(
        alternative_name(0, a.variant_name(0).unwrap()),
        "EfA-Nachnutzung"
    );
    assert_eq!(alternative_name(2, ""), "Alternative 3");
    assert_eq!(
        alternative_name(1, a.variant_name(1).unwrap()),
        "Eigenentwicklung"
    );
    assert!(a.rename_variant(0, "EfA-Nachnutzung (Land)"));
    assert_eq!(a.first_name, "EfA-Nachnutzung (Land)");
    assert!(a.rename_variant(2, &"ä".repeat(MAX_NAME_CHARS + 10)));
    assert_eq!(a.alternatives[1].name.chars().count(), MAX_NAME_CHARS);
    assert!(!a.rename_variant(3, "niemand"));
    assert_eq!(a.variant(1).unwrap().first_name, "Eigenentwicklung");
}

#[test]
fn the_comparison_ranks_the_alternatives_with_a_verdict() {
    let c = compare(&three());
    assert_eq!(c.alternatives.len(), 3);
    close(c.alternatives[0].evaluation.kapitalwert.total, 6_000.0);
    close(c.alternatives[1].evaluation.kapitalwert.total, 2_000.0);
    // The Marktlösung has no costs yet, so no verdict, and is not ranked
    // although its KW is the highest.
    assert_eq!(
        c.alternatives[2].evaluation.verdict,
        Verdict::Unvollstaendig
    );
    let Some(Ranking {
        best,
        runner_up,
        margin,
    }) = c.ranking
    else {
        panic!("ranked")
    };
    assert_eq!((best, runner_up), (0, Some(1)));
    close(margin.unwrap(), 4_000.0);
    // One alternative: no runner-up, no margin. None with a verdict: no
    // ranking.
    let alone = compare(&simple()).ranking.unwrap();
    assert_eq!((alone.best, alone.runner_up, alone.margin), (0, None, None));
    assert_eq!(compare(&Assessment::default()).ranking, None);
}

#[test]
fn where_the_two_best_change_places() {
    // KW_1 − KW_2 = 6.000 − 2.000 = 4.000 € now (first ahead).
    let a = three();
    let switches = ranking_switches(&a, 0, 1);
    assert_eq!(switches.len(), Field::ALL.len());
    let at = |field: Field| switches.iter().find(|(f, _)| *f == field).unwrap().1;
    let value = |field: Field| at(field).value().unwrap();
    // Shared, the case number c: D(c) = (16c − 10.000) − (32c − 30.000)
    // = 20.000 − 16c, 0 at c = 1.250; the first is ahead below it.
    close(value(Field::CasesPerYear), 1_250.0);
    assert!(matches!(
        at(Field::CasesPerYear),
        SwitchingValue::At {
            wirtschaftlich_above: false,
            ..
        }
    ));
    // Shared, the staff rate r: D = 20.000 − 2 × 1.000 × 8 × r/60, 0 at
    // r = 75 €/h.
    close(value(Field::StaffRate), 75.0);
    // Differing, the first's connection fee x alone: 16.000 − x = 2.000
    // at x = 14.000 €; the first is ahead below it.
    close(value(Field::ConnectionFee), 14_000.0);
    assert!(matches!(
        at(Field::ConnectionFee),
        SwitchingValue::At {
            wirtschaftlich_above: false,
            ..
        }
    ));
    // Differing, the first's minutes m alone: 2.000 m − 10.000 = 2.000 at
    // m = 6; ahead above it.
    close(value(Field::MinutesSaved), 6.0);
    assert!(matches!(
        at(Field::MinutesSaved),
        SwitchingValue::At {
            wirtschaftlich_above: true,
            ..
        }
    ));
    // Shared, the horizon T: D = 20.000 − 8.000 T, 4.000 at T = 2 and
    // −4.000 at T = 3: from 3 years on the second is ahead.
    assert_eq!(
        at(Field::HorizonYears),
        SwitchingValue::Whole {
            value: 3.0,
            wirtschaftlich: false
        }
    );
    // Shared, the discount rate: D = 20.000 − 8.000 × Σ (1+i)^−t needs
    // Σ = 2,5, more than the 2,16 of i = −5 %: no flip in the domain.
    assert_eq!(at(Field::DiscountRate), SwitchingValue::NotInDomain);
    // Postage saved moves both alike (D stays 4.000 €), Einwohner neither.
    assert_eq!(at(Field::PostageSaved), SwitchingValue::NoEffect);
    assert_eq!(at(Field::Inhabitants), SwitchingValue::NoEffect);
    assert!(ranking_switches(&a, 0, 5).is_empty());
}

#[test]
fn an_edited_alternative_is_written_back_as_its_differences() {
    // The form edits "Eigenentwicklung" (alternative 1 of `three`) as a
    // whole assessment: 20 minutes instead of 16, the connection fee back
    // to the first's 10.000 €, a note typed and the service renamed.
    let mut doc = three();
    let mut edited = doc.variant(1).unwrap();
    Field::MinutesSaved.set(&mut edited, 20.0);
    Field::ConnectionFee.set(&mut edited, 10_000.0);
    edited.master.service = "Hundesteuer".into();
    edited.first_name = "Eigenentwicklung (Stadtwerke)".into();
    doc.absorb_variant(1, &edited);

    let alt = &doc.alternatives[0];
    assert_eq!(alt.name, "Eigenentwicklung (Stadtwerke)");
    // Only the minutes differ from the first now.
    assert_eq!(
        alt.values.keys().copied().collect::<Vec<_>>(),
        [Field::MinutesSaved]
    );
    assert_eq!(alt.values[&Field::MinutesSaved], 20.0);
    // The first keeps its own figures, and takes the shared text.
    assert_eq!(Field::MinutesSaved.get(&doc), 8.0);
    assert_eq!(doc.master.service, "Hundesteuer");
    assert_eq!(doc.first_name, "");
    // KW of the alternative: −10.000 + 2 × 1.000 × 20 € = +30.000 €.
    close(kw(&doc.variant(1).unwrap()), 30_000.0);
    // The third is untouched.
    assert_eq!(doc.alternatives[1], three().alternatives[1]);
    // What the form shows after switching back is what was typed.
    let again = doc.variant(1).unwrap();
    assert_eq!(evaluate(&again), evaluate(&edited));
}

#[test]
fn writing_back_the_first_keeps_the_others_and_an_unchanged_variant_changes_nothing() {
    let mut doc = three();
    let mut first = doc.variant(0).unwrap();
    Field::CasesPerYear.set(&mut first, 2_000.0);
    doc.absorb_variant(0, &first);
    assert_eq!(doc.benefits.cases_per_year, 2_000.0);
    assert_eq!(doc.alternatives, three().alternatives);
    // Cases are not overridden: "Eigenentwicklung" follows, −30.000 +
    // 2 × 2.000 × 16 € = +34.000 €.
    close(kw(&doc.variant(1).unwrap()), 34_000.0);

    for i in 0..doc.variant_count() {
        let before = doc.clone();
        let unchanged = doc.variant(i).unwrap();
        doc.absorb_variant(i, &unchanged);
        assert_eq!(doc, before, "alternative {i}");
    }
}

#[test]
fn a_range_given_in_an_alternative_is_its_own() {
    let mut doc = three();
    doc.uncertainty
        .ranges
        .insert(Field::CasesPerYear, Range::new(800.0, 1_200.0));
    let mut edited = doc.variant(1).unwrap();
    edited
        .uncertainty
        .ranges
        .insert(Field::CasesPerYear, Range::new(900.0, 1_500.0));
    doc.absorb_variant(1, &edited);
    let alt = &doc.alternatives[0];
    assert_eq!(alt.ranges[&Field::CasesPerYear], Range::new(900.0, 1_500.0));
    assert_eq!(alt.values[&Field::CasesPerYear], 1_000.0);
    assert_eq!(
        doc.uncertainty.ranges[&Field::CasesPerYear],
        Range::new(800.0, 1_200.0)
    );
    assert!(doc.invalid_alternatives().is_empty());
}

fn finite_switch(field: Field, s: SwitchingValue) -> bool {
    s.value().is_none_or(|v| {
        let d = field.domain();
        v.is_finite() && v >= d.min && v <= d.max
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn each_alternative_is_a_single_assessment_with_its_inputs(a in common::assessment_with_alternatives()) {
        prop_assert!(a.invalid_alternatives().is_empty(), "{:?}", a.invalid_alternatives());
        for i in 1..a.variant_count() {
            // Built independently: the first's inputs, then the
            // alternative's values set one by one.
            let mut by_hand = a.clone();
            by_hand.alternatives.clear();
            by_hand.sharing = None;
            for (&field, &value) in &a.alternatives[i - 1].values {
                field.set(&mut by_hand, value);
            }
            let variant = a.variant(i).unwrap();
            prop_assert_eq!(evaluate(&variant), evaluate(&by_hand));
            prop_assert!(variant.invalid_fields().is_empty());
            prop_assert!(variant.invalid_ranges().is_empty(), "{:?}", variant.invalid_ranges());
            for &field in Field::ALL {
                prop_assert_eq!(a.variant_value(i, field), Some(field.get(&variant)));
            }
        }
    }

    #[test]
    fn writing_back_a_variant_as_it_is_keeps_what_every_alternative_computes(a in common::assessment_with_alternatives()) {
        for i in 0..a.variant_count() {
            let mut doc = a.clone();
            doc.absorb_variant(i, &a.variant(i).unwrap());
            prop_assert!(doc.invalid_alternatives().is_empty());
            for k in 0..a.variant_count() {
                prop_assert_eq!(evaluate(&doc.variant(k).unwrap()), evaluate(&a.variant(k).unwrap()));
            }
        }
    }

    #[test]
    fn documents_with_alternatives_and_sharing_survive_a_file(a in common::document_v2()) {
        let json = efa_check::share::to_json(&a);
        prop_assert_eq!(efa_check::share::from_json(&json), Ok(a));
    }

    #[test]
    fn comparison_and_ranking_switches_are_finite(a in common::assessment_with_alternatives()) {
        let c = compare(&a);
        prop_assert_eq!(c.alternatives.len(), a.variant_count());
        for r in &c.alternatives {
            prop_assert!(r.evaluation.kapitalwert.total.is_finite());
        }
        if let Some(ranking) = c.ranking {
            let kw = |i: usize| c.alternatives[i].evaluation.kapitalwert.total;
            for (i, r) in c.alternatives.iter().enumerate() {
                if r.evaluation.verdict != Verdict::Unvollstaendig {
                    prop_assert!(kw(i) <= kw(ranking.best));
                }
            }
            if let Some(margin) = ranking.margin {
                prop_assert!(margin.is_finite() && margin >= 0.0);
            }
            let runner_up = ranking.runner_up.unwrap_or(ranking.best);
            for (field, s) in ranking_switches(&a, ranking.best, runner_up) {
                prop_assert!(finite_switch(field, s), "{:?}: {:?}", field, s);
            }
        }
    }
}
