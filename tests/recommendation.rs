//! Technical assessment, Nutzwert and the recommendation rule, branch by
//! branch.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::recommendation::{
    grouped_reasons, recommend, Decision, Reason, ReasonGroup, ReasonSection, Recommendation,
};
use efa_check::model::technical::{
    normalise_weights, nutzwert, weight_sum, Criterion, NutzwertError, Prerequisite, Status,
    Technical, TransportRoute,
};
use efa_check::model::{evaluate, Assessment, Field};
use efa_check::share::{examples, from_json};
use efa_check::text::technical::reason_group_text;
use proptest::prelude::*;

/// The small Gemeinde (KW ≈ +11.405 €, of which KW_h ≈ −13.316 €) with
/// every must-have met. The transport-route item counts as met only with
/// a route chosen, so one is.
fn ready() -> Assessment {
    let mut a = from_json(examples::SMALL_GEMEINDE).unwrap();
    a.technical.transport_route = Some(TransportRoute::FitConnect);
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

/// The lines of the reasons list, as the app words them.
fn lines(a: &Assessment) -> Vec<String> {
    let d = recommend(a, &evaluate(a));
    grouped_reasons(&d)
        .iter()
        .map(|g| reason_group_text(g, a).replace('\u{a0}', " "))
        .collect()
}

#[test]
fn the_default_checklist_gives_one_line_for_ten_unchecked_must_haves_after_the_kw() {
    // Guards against the list opening with ten near-identical lines
    // ("Muss-Kriterium noch nicht geprüft (unbekannt): …") before the
    // economic result. KW ≈ +11.405 € (SMALL_GEMEINDE, tests/model.rs),
    // of which KW_h −13.315,78 € and KW_nh +24.720,89 €, 0,0807 VZÄ in
    // year 5 (tests/fixtures.rs): so the budget line comes second.
    let a = from_json(examples::SMALL_GEMEINDE).unwrap();
    let d = recommend(&a, &evaluate(&a));
    let groups = grouped_reasons(&d);
    assert_eq!(groups.len(), 3);
    assert!(matches!(
        groups[0],
        ReasonGroup::Single(Reason::KwPositive(_))
    ));
    assert!(matches!(
        groups[1],
        ReasonGroup::Single(Reason::BudgetPays { .. })
    ));
    assert_eq!(
        groups[2],
        ReasonGroup::MustHaves {
            status: Status::Unbekannt,
            items: (0..10).collect()
        }
    );
    assert_eq!(groups[2].section(), ReasonSection::MustHaves);
    let shown = lines(&a);
    assert!(shown[0].starts_with("Wirtschaftlich: Der Kapitalwert beträgt +"));
    assert_eq!(
        shown[1],
        "Der Haushalt zahlt 13.316 € mehr, als er spart (Kapitalwert haushaltswirksam \
         -13.316 €). Der Gewinn ist frei werdende Arbeitszeit von 0,08 VZÄ im letzten Jahr \
         (+24.721 €). Dieser Gewinn zählt nur, wenn die Zeit tatsächlich für andere Aufgaben \
         eingesetzt wird"
    );
    assert_eq!(
        shown[2],
        "10 Muss-Kriterien noch ungeprüft: NL1–NL5, Schnittstelle Fachverfahren, Transportweg, \
         AVV und DSFA, Support, IT-Sicherheit"
    );
    // The decision itself is untouched: still "prüfen", ten open reasons.
    assert_eq!(d.recommendation, Recommendation::Pruefen);
    assert_eq!(d.reasons.len(), 12);
}

#[test]
fn mixed_statuses_give_one_line_per_status_most_severe_first() {
    // Guards against must-haves of different statuses joined into one
    // line, or a line that hides a blocker behind open items.
    let mut a = ready();
    let p = &mut a.technical.prerequisites;
    // NL2 and Support not met; NL1, NL3, NL4 open; IT-Sicherheit unknown.
    p[1].status = Status::NichtErfuellt;
    p[8].status = Status::NichtErfuellt;
    for i in [0, 2, 3] {
        p[i].status = Status::Offen;
    }
    p[9].status = Status::Unbekannt;
    a.unknown_costs.insert(Field::UsageFee);
    let d = recommend(&a, &evaluate(&a));
    assert_eq!(d.recommendation, Recommendation::NichtEmpfohlen);
    let groups = grouped_reasons(&d);
    // [1] is the budget line (KW_h < 0 in the small Gemeinde).
    assert_eq!(
        groups[2..],
        [
            ReasonGroup::MustHaves {
                status: Status::NichtErfuellt,
                items: vec![1, 8]
            },
            ReasonGroup::MustHaves {
                status: Status::Offen,
                items: vec![0, 2, 3]
            },
            ReasonGroup::Single(Reason::MustHaveOpen(9, Status::Unbekannt)),
            ReasonGroup::Single(Reason::UnknownCost(Field::UsageFee)),
        ]
    );
    let shown = lines(&a);
    assert!(shown[0].starts_with("Wirtschaftlich:"), "{shown:?}");
    assert_eq!(
        shown[2..],
        [
            "2 Muss-Kriterien nicht erfüllt: NL2, Support",
            "3 Muss-Kriterien noch offen: NL1, NL3, NL4",
            "Muss-Kriterium noch nicht geprüft (unbekannt): IT-Sicherheit geprüft",
            "Kosten unbekannt oder noch nicht angefragt: Nutzungs- oder Betriebsentgelt",
        ]
    );
}

#[test]
fn a_single_must_have_stays_a_single_reason_with_its_own_link_target() {
    // Guards against "1 Muss-Kriterien …": one item keeps today's wording.
    let mut a = ready();
    a.technical.prerequisites[2].status = Status::NichtErfuellt;
    let d = recommend(&a, &evaluate(&a));
    let groups = grouped_reasons(&d);
    // After the economic and the budget line.
    assert_eq!(groups[2], ReasonGroup::Single(Reason::MustHaveNotMet(2)));
    assert_eq!(
        lines(&a)[2],
        "Muss-Kriterium nicht erfüllt: NL3: Eintrag im DVDV vorhanden"
    );
    // A group of one, should one ever be built, reads the same.
    let one = ReasonGroup::MustHaves {
        status: Status::NichtErfuellt,
        items: vec![2],
    };
    assert_eq!(reason_group_text(&one, &a), lines(&a)[2]);
}

#[test]
fn economic_reasons_come_first_even_when_they_are_not_the_most_severe() {
    // The decision lists blockers first; the display puts the economic
    // result first and keeps every reason exactly once.
    let mut a = uneconomic(ready());
    set_scores(&mut a, 5.0);
    a.technical.prerequisites[0].status = Status::NichtErfuellt;
    a.technical.prerequisites[5].status = Status::Offen;
    a.unknown_costs.insert(Field::ConnectionFee);
    let d = recommend(&a, &evaluate(&a));
    assert_eq!(d.reasons[0], Reason::MustHaveNotMet(0));
    let groups = grouped_reasons(&d);
    let sections: Vec<ReasonSection> = groups.iter().map(ReasonGroup::section).collect();
    assert_eq!(
        sections,
        [
            ReasonSection::Economic,
            ReasonSection::MustHaves,
            ReasonSection::MustHaves,
            ReasonSection::Open
        ]
    );
    assert!(matches!(
        groups[0],
        ReasonGroup::Single(Reason::NotJustified { .. })
    ));
    assert_eq!(singles(&groups).len(), d.reasons.len());
}

#[test]
fn nl_runs_are_named_compactly_and_other_items_by_short_title() {
    // Guards against "NL1–NL2" for two items, a run across a gap, or a
    // custom item losing its own title.
    let mut a = ready();
    for i in [0, 1, 3, 4, 5] {
        a.technical.prerequisites[i].status = Status::Offen;
    }
    a.technical
        .prerequisites
        .push(Prerequisite::custom("Anbindung an das DMS"));
    let last = a.technical.prerequisites.len() - 1;
    a.technical.prerequisites[last].must_have = true;
    a.technical.prerequisites[last].status = Status::Offen;
    // [0] economic, [1] budget.
    assert_eq!(
        lines(&a)[2],
        "6 Muss-Kriterien noch offen: NL1, NL2, NL4, NL5, Schnittstelle Fachverfahren, \
         Anbindung an das DMS"
    );
    a.technical.prerequisites[2].status = Status::Offen;
    assert_eq!(
        lines(&a)[2],
        "7 Muss-Kriterien noch offen: NL1–NL5, Schnittstelle Fachverfahren, Anbindung an das DMS"
    );
}

/// Every reason behind the lines, as the decision has them.
fn singles(groups: &[ReasonGroup]) -> Vec<Reason> {
    groups
        .iter()
        .flat_map(|g| match g {
            ReasonGroup::Single(r) => vec![r.clone()],
            ReasonGroup::MustHaves { status, items } => items
                .iter()
                .map(|&i| match status {
                    Status::NichtErfuellt => Reason::MustHaveNotMet(i),
                    s => Reason::MustHaveOpen(i, *s),
                })
                .collect(),
        })
        .collect()
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

    /// Grouping only rearranges: whatever the statuses, every reason of
    /// the decision is shown exactly once, economic first, and no line
    /// groups fewer than two must-haves.
    #[test]
    fn grouping_shows_every_reason_once(statuses in proptest::collection::vec(0usize..4, 11),
                                        fee in 0.0f64..60_000.0) {
        let mut a = ready();
        a.operations.usage_fee.amount = fee;
        for (p, s) in a.technical.prerequisites.iter_mut().zip(&statuses) {
            p.status = Status::ALL[*s];
        }
        let d: Decision = recommend(&a, &evaluate(&a));
        let groups = grouped_reasons(&d);
        let mut shown = singles(&groups);
        let mut expected = d.reasons.clone();
        let key = |r: &Reason| format!("{r:?}");
        shown.sort_by_key(key);
        expected.sort_by_key(key);
        prop_assert_eq!(shown, expected);
        prop_assert_eq!(groups[0].section(), ReasonSection::Economic);
        let sections: Vec<ReasonSection> = groups.iter().map(ReasonGroup::section).collect();
        prop_assert!(sections.is_sorted());
        let groups_of_two = groups.iter().all(|g| match g {
            ReasonGroup::MustHaves { items, .. } => items.len() >= 2,
            ReasonGroup::Single(_) => true,
        });
        prop_assert!(groups_of_two);
    }
}
