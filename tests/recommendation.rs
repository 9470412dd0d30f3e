//! Technical assessment, Nutzwert and the recommendation rule, branch by
//! branch.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::recommendation::{recommend, Reason, Recommendation};
use efa_check::model::technical::{
    normalise_weights, nutzwert, weight_sum, Criterion, NutzwertError, Status, Technical,
};
use efa_check::model::{evaluate, Assessment, Field};
use efa_check::share::{examples, from_json};
use proptest::prelude::*;

/// The small Gemeinde (KW ≈ +11.405 €) with every must-have met.
fn ready() -> Assessment {
    let mut a = from_json(examples::SMALL_GEMEINDE).unwrap();
    for p in &mut a.technical.prerequisites {
        p.status = Status::Erfuellt;
    }
    a
}

/// Makes the KW negative by a large yearly fee.
fn uneconomic(mut a: Assessment) -> Assessment {
    a.operations.usage_fee.amount = 50_000.0;
    a
}

fn set_scores(a: &mut Assessment, score: f64) {
    for c in &mut a.technical.criteria {
        c.score = score;
    }
}

fn decide(a: &Assessment) -> (Recommendation, Vec<Reason>) {
    let d = recommend(a, &evaluate(a));
    (d.recommendation, d.reasons)
}

#[test]
fn default_catalogue_has_nl1_to_nl5_and_weights_100() {
    let t = Technical::default();
    assert_eq!(t.prerequisites.len(), 11);
    assert_eq!(t.prerequisites.iter().filter(|p| p.must_have).count(), 10);
    assert!(t
        .prerequisites
        .iter()
        .all(|p| p.status == Status::Unbekannt));
    assert_eq!(weight_sum(&t.criteria), 100.0);
    // Neutral scores of 5 give exactly 50 points.
    assert_eq!(nutzwert(&t.criteria), Ok(50.0));
}

#[test]
fn nutzwert_is_weighted_score_over_ten() {
    // 60 × 8/10 + 40 × 3/10 = 48 + 12 = 60 points.
    let c = |weight, score| Criterion {
        weight,
        score,
        ..Criterion::custom("x".into())
    };
    assert_eq!(nutzwert(&[c(60.0, 8.0), c(40.0, 3.0)]), Ok(60.0));
    assert_eq!(
        nutzwert(&[c(60.0, 8.0), c(30.0, 3.0)]),
        Err(NutzwertError::WeightsNot100(90.0))
    );
}

#[test]
fn positive_kw_and_all_met_is_recommended() {
    let (r, reasons) = decide(&ready());
    assert_eq!(r, Recommendation::Empfohlen);
    assert!(matches!(reasons[0], Reason::KwPositive(_)));
    assert!(reasons.contains(&Reason::AllMustHavesMet));
}

#[test]
fn an_unmet_must_have_is_not_recommended_and_names_the_item() {
    let mut a = ready();
    a.technical.prerequisites[2].status = Status::NichtErfuellt;
    let (r, reasons) = decide(&a);
    assert_eq!(r, Recommendation::NichtEmpfohlen);
    assert_eq!(reasons[0], Reason::MustHaveNotMet(2));
    // Fixing it brings the recommendation back.
    a.technical.prerequisites[2].status = Status::Erfuellt;
    assert_eq!(decide(&a).0, Recommendation::Empfohlen);
}

#[test]
fn an_unmet_optional_item_does_not_block() {
    let mut a = ready();
    let i = a
        .technical
        .prerequisites
        .iter()
        .position(|p| !p.must_have)
        .unwrap();
    a.technical.prerequisites[i].status = Status::NichtErfuellt;
    assert_eq!(decide(&a).0, Recommendation::Empfohlen);
}

#[test]
fn open_must_haves_and_unknown_costs_mean_pruefen() {
    let mut a = ready();
    a.technical.prerequisites[0].status = Status::Offen;
    let (r, reasons) = decide(&a);
    assert_eq!(r, Recommendation::Pruefen);
    assert!(reasons.contains(&Reason::MustHaveOpen(0, Status::Offen)));

    let mut b = ready();
    b.unknown_costs.insert(Field::FachverfahrenInterface);
    let (r, reasons) = decide(&b);
    assert_eq!(r, Recommendation::Pruefen);
    assert!(reasons.contains(&Reason::UnknownCost(Field::FachverfahrenInterface)));
    // A new assessment, with everything "unbekannt", is never recommended outright.
    let fresh = from_json(examples::SMALL_GEMEINDE).unwrap();
    assert_eq!(decide(&fresh).0, Recommendation::Pruefen);
}

#[test]
fn negative_kw_with_nutzwert_above_50_is_justified() {
    let mut a = uneconomic(ready());
    set_scores(&mut a, 8.0); // 80 points
    let (r, reasons) = decide(&a);
    assert_eq!(r, Recommendation::Empfohlen);
    assert!(matches!(reasons[0], Reason::JustifiedByNutzwert { nutzwert, .. } if nutzwert == 80.0));
}

#[test]
fn negative_kw_with_nutzwert_of_50_or_less_is_not_recommended() {
    let mut a = uneconomic(ready());
    set_scores(&mut a, 5.0); // exactly 50: not above the threshold
    let (r, reasons) = decide(&a);
    assert_eq!(r, Recommendation::NichtEmpfohlen);
    assert!(matches!(reasons[0], Reason::NotJustified { nutzwert, .. } if nutzwert == 50.0));
}

#[test]
fn negative_kw_with_weights_not_100_is_pruefen() {
    let mut a = uneconomic(ready());
    a.technical.criteria[0].weight = 5.0; // sum 85
    let (r, reasons) = decide(&a);
    assert_eq!(r, Recommendation::Pruefen);
    assert!(reasons
        .iter()
        .any(|x| matches!(x, Reason::WeightsNot100 { sum, .. } if *sum == 85.0)));
    // With a positive KW the Nutzwert is not needed.
    let mut b = ready();
    b.technical.criteria[0].weight = 5.0;
    assert_eq!(decide(&b).0, Recommendation::Empfohlen);
}

#[test]
fn normalise_keeps_proportions_in_whole_numbers() {
    let c = |weight| Criterion {
        weight,
        ..Criterion::default()
    };
    let mut v = vec![c(1.0), c(1.0), c(1.0)];
    normalise_weights(&mut v);
    let w: Vec<f64> = v.iter().map(|c| c.weight).collect();
    assert_eq!(w.iter().sum::<f64>(), 100.0);
    assert_eq!(w, vec![34.0, 33.0, 33.0]);
    let mut v = vec![c(30.0), c(10.0)];
    normalise_weights(&mut v);
    assert_eq!(
        v.iter().map(|c| c.weight).collect::<Vec<_>>(),
        vec![75.0, 25.0]
    );
    let mut zeros = vec![c(0.0), c(0.0), c(0.0), c(0.0)];
    normalise_weights(&mut zeros);
    assert!(zeros.iter().all(|c| c.weight == 25.0));
}

proptest! {
    /// Whatever weights are typed (zero, huge, negative, NaN), normalising
    /// gives whole weights that sum to exactly 100.
    #[test]
    fn weights_always_normalise_to_100(weights in proptest::collection::vec(
        prop_oneof![Just(0.0), Just(f64::NAN), -10.0f64..1000.0, 0.0f64..1.0e9], 1..15)) {
        let mut v: Vec<Criterion> = weights.iter().map(|&weight| Criterion { weight, ..Criterion::default() }).collect();
        normalise_weights(&mut v);
        prop_assert_eq!(weight_sum(&v), 100.0);
        prop_assert!(v.iter().all(|c| c.weight >= 0.0 && c.weight.fract() == 0.0));
        prop_assert!(nutzwert(&v).is_ok());
    }
}
