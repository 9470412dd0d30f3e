//! Technical assessment, Nutzwert and the recommendation rule, branch by
//! branch.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::recommendation::{
    grouped_reasons, recommend, Decision, Reason, ReasonGroup, ReasonSection, Recommendation,
};
use efa_check::model::technical::{
    normalise_weights, nutzwert, weight_sum, Criterion, NutzwertError, Prerequisite,
    PrerequisiteKind, Status, Technical, TransportRoute,
};
use efa_check::model::{evaluate, Assessment, Field, Missing, Verdict};
use efa_check::share::{examples, from_json};
use efa_check::text::results::{verdict_text, verdict_word};
use efa_check::text::technical::{
    nutzwert_missing_line, reason_group_text, recommendation_heading,
};
use proptest::prelude::*;

mod common;
use common::travel_expenses;

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

/// The position of the first checklist item that is `wanted`.
fn first_item(a: &Assessment, wanted: impl Fn(&Prerequisite) -> bool) -> usize {
    a.technical.prerequisites.iter().position(wanted).unwrap()
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
    let c = |weight, score| {
        let mut c = Criterion {
            weight,
            ..Criterion::custom("x".into())
        };
        c.set_score(score);
        c
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
    let i = first_item(&a, |p| !p.must_have);
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
    assert!(shown[1].starts_with("Der Haushalt zahlt 13.316 € mehr, als er spart"));
    assert!(shown[1].contains("Arbeitszeit von 0,08 VZÄ im letzten Jahr (+24.721 €)"));
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

#[test]
fn an_empty_form_gives_no_verdict_and_says_what_is_missing() {
    // Regression: an empty form said "nicht empfohlen", citing a Nutzwert
    // of 50 nobody had entered.
    for empty in [Assessment::with_reference_defaults(), Assessment::default()] {
        let e = evaluate(&empty);
        assert_eq!(e.verdict, Verdict::Unvollstaendig);
        assert_eq!(
            e.missing,
            [Missing::Cases, Missing::OnlineShare, Missing::Costs]
        );
        let d = recommend(&empty, &e);
        assert_eq!(d.recommendation, Recommendation::Unvollstaendig);
        assert_eq!(d.nutzwert, None);
        assert_eq!(
            lines(&empty),
            [
                "Es fehlt die Fallzahl pro Jahr: Tragen Sie ein, wie viele Fälle im ersten \
                 Betriebsjahr anfallen, online und auf Papier.",
                "Es fehlt der Online-Anteil: Tragen Sie ein, welcher Anteil der Fälle online \
                 gestellt wird.",
                "Es fehlen die Kosten: Tragen Sie mindestens eine Kostenposition ein, etwa die \
                 Anschlussgebühr oder das Nutzungsentgelt.",
            ]
        );
        assert_eq!(
            verdict_text(&e),
            "Noch kein Ergebnis: Es fehlen die Fallzahl pro Jahr, der Online-Anteil und die \
             Kosten."
        );
        assert_eq!(
            recommendation_heading(d.recommendation),
            "Noch keine Empfehlung"
        );
        assert_eq!(verdict_word(e.verdict), "noch offen – Angaben fehlen");
    }
    // One by one the list shrinks; with all three there is a verdict.
    let mut a = Assessment::with_reference_defaults();
    a.enter(Field::CasesPerYear, 1_000.0);
    assert_eq!(evaluate(&a).missing, [Missing::OnlineShare, Missing::Costs]);
    a.enter(Field::OnlineShareStart, 0.3);
    assert_eq!(evaluate(&a).missing, [Missing::Costs]);
    // "Die Kosten" is plural.
    assert_eq!(
        verdict_text(&evaluate(&a)),
        "Noch kein Ergebnis: Es fehlen die Kosten."
    );
    a.enter(Field::UsageFee, 500.0);
    assert_eq!(evaluate(&a).missing, []);
    assert_eq!(evaluate(&a).verdict, Verdict::NichtWirtschaftlich);
    assert_eq!(Missing::Costs.field(), Field::ConnectionFee);
}

#[test]
fn the_default_nutzwert_nobody_entered_is_never_cited() {
    // A fresh form filled in far enough for a verdict, KW < 0: the seven
    // criteria are unscored, so there is no Nutzwert to justify or damn
    // the adoption with, and the decision waits for it ("prüfen").
    let mut a = Assessment::with_reference_defaults();
    a.enter(Field::CasesPerYear, 1_000.0);
    a.enter(Field::OnlineShareTarget, 0.5);
    a.enter(Field::UsageFee, 50_000.0);
    let d = recommend(&a, &evaluate(&a));
    assert_eq!(d.nutzwert, None);
    assert_eq!(d.recommendation, Recommendation::Pruefen);
    assert!(d
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::NutzwertNotScored { unscored: 7, .. })));
    let shown = lines(&a);
    assert!(shown.iter().all(|l| !l.contains("Punkten")), "{shown:?}");
    assert!(shown[0].ends_with("wenn alle Kriterien bewertet sind (noch 7 offen)"));
    assert_eq!(
        nutzwert_missing_line(NutzwertError::NotScored(7)),
        "Nutzwert: erst berechenbar, wenn alle Kriterien bewertet sind (noch 7 offen)"
    );
    // Scoring them gives the Nutzwert: 8 of 10 everywhere is 80 points.
    for c in &mut a.technical.criteria {
        c.set_score(8.0);
    }
    let d = recommend(&a, &evaluate(&a));
    assert_eq!(d.nutzwert, Some(80.0));
    assert!(d
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::JustifiedByNutzwert { nutzwert, .. } if *nutzwert == 80.0)));
    // A criterion without weight needs no score.
    let mut c = Technical::unscored_catalogue().criteria;
    c[0].weight = 0.0;
    c[1].weight = 40.0;
    for x in c.iter_mut().skip(1) {
        x.set_score(6.0);
    }
    assert_eq!(nutzwert(&c), Ok(60.0));
    // A criterion the user adds is unscored too: given a weight, it holds
    // the Nutzwert back until it is scored.
    c.push(Criterion::custom("Anbindung DMS".into()));
    c[1].weight = 30.0;
    c[7].weight = 10.0;
    assert_eq!(nutzwert(&c), Err(NutzwertError::NotScored(1)));
    c[7].set_score(9.0);
    // 30 × 6/10 + 60 × 6/10 + 10 × 9/10 = 18 + 36 + 9 = 63 points.
    assert_eq!(nutzwert(&c), Ok(63.0));
}

#[test]
fn the_travel_case_names_what_the_budget_pays_and_both_parts() {
    // Regression: "empfohlen" while KW_h was negative, and no reason said
    // that the whole gain was freed staff time.
    let a = travel_expenses();
    let e = evaluate(&a);
    let kw = e.kapitalwert;
    assert!((kw.haushaltswirksam + 180_000.0).abs() < 1e-6);
    assert!((kw.nicht_haushaltswirksam - 1_051_009.0).abs() < 1.0);
    assert!((e.fte_freed_final_year - 2.04).abs() < 0.001);
    let shown = lines(&a);
    assert!(shown[0].starts_with("Wirtschaftlich: Der Kapitalwert beträgt +871.009 €"));
    assert_eq!(
        shown[1],
        "Der Haushalt zahlt 180.000 € mehr, als er spart (Kapitalwert haushaltswirksam \
         -180.000 €). Der Gewinn ist frei werdende Arbeitszeit von 2,04 VZÄ im letzten Jahr \
         (+1.051.009 €). Dieser Gewinn zählt nur, wenn die Zeit tatsächlich für andere Aufgaben \
         eingesetzt wird"
    );
    assert_eq!(
        verdict_text(&e).replace('\u{a0}', " "),
        "Wirtschaftlich: Kapitalwert +871.009 €, amortisiert im 1. Jahr. Davon haushaltswirksam \
         -180.000 €, nicht haushaltswirksam +1.051.009 € (frei werdende Arbeitszeit, 2,04 VZÄ im \
         letzten Jahr)."
    );
    // The unconfirmed staff rate, horizon and discount rate come last.
    assert_eq!(
        shown.last().unwrap(),
        "3 Annahmen ungeprüft: Stundensatz Sachbearbeitung, Betrachtungszeitraum, \
         Kalkulationszinssatz. Prüfen Sie die Werte oder tragen Sie eigene ein"
    );
}

#[test]
fn the_reasons_come_in_the_order_a_kaemmerer_defends_them() {
    // Economic result, then the budget, then the must-haves (grouped, the
    // most severe first), then open items: unknown costs, unconfirmed
    // values. The travel case has KW > 0 and KW_h < 0.
    let mut a = travel_expenses();
    a.technical
        .set_transport_route(Some(TransportRoute::OsciXta));
    for i in 0..a.technical.prerequisites.len() {
        a.technical.set_status(i, Status::Erfuellt);
    }
    a.technical.set_status(1, Status::NichtErfuellt);
    a.technical.set_status(3, Status::Offen);
    a.technical.set_status(4, Status::Offen);
    a.technical.set_status(9, Status::Unbekannt);
    a.unknown_costs.insert(Field::OtherOneTime);
    let d = recommend(&a, &evaluate(&a));
    assert_eq!(d.recommendation, Recommendation::NichtEmpfohlen);
    let groups = grouped_reasons(&d);
    let kinds: Vec<String> = groups
        .iter()
        .map(|g| match g {
            ReasonGroup::Single(r) => format!("{r:?}")
                .split([' ', '(', '{'])
                .next()
                .unwrap()
                .to_string(),
            ReasonGroup::MustHaves { status, .. } => format!("MustHaves {status:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "KwPositive",
            "BudgetPays",
            "MustHaveNotMet",
            "MustHaves Offen",
            "MustHaveOpen",
            "UnknownCost",
            "Unconfirmed"
        ]
    );
    let sections: Vec<ReasonSection> = groups.iter().map(ReasonGroup::section).collect();
    assert_eq!(
        sections,
        [
            ReasonSection::Economic,
            ReasonSection::Budget,
            ReasonSection::MustHaves,
            ReasonSection::MustHaves,
            ReasonSection::MustHaves,
            ReasonSection::Open,
            ReasonSection::Open
        ]
    );
}

#[test]
fn the_transport_route_item_is_not_met_without_a_route() {
    // Regression: the item "Transportweg festgelegt" could be "erfüllt"
    // while no route was chosen.
    let mut a = ready();
    let route = first_item(&a, |p| p.kind == PrerequisiteKind::TransportRoute);
    assert!(a.technical.can_be_met(route));
    a.technical.set_transport_route(None);
    assert_eq!(a.technical.prerequisites[route].status, Status::Offen);
    assert!(!a.technical.can_be_met(route));
    a.technical.set_status(route, Status::Erfuellt);
    assert_eq!(a.technical.prerequisites[route].status, Status::Offen);
    assert_eq!(decide(&a).0, Recommendation::Pruefen);
    assert!(decide(&a)
        .1
        .contains(&Reason::MustHaveOpen(route, Status::Offen)));
    // Written into the document by hand, it still does not count as met,
    // and reading the document puts it back to "offen".
    a.technical.prerequisites[route].status = Status::Erfuellt;
    assert!(decide(&a)
        .1
        .contains(&Reason::MustHaveOpen(route, Status::Offen)));
    let reread = from_json(&efa_check::share::to_json(&a)).unwrap();
    assert_eq!(reread.technical.prerequisites[route].status, Status::Offen);
    // With a route it can be met.
    a.technical.set_transport_route(Some(TransportRoute::Other));
    a.technical.set_status(route, Status::Erfuellt);
    assert_eq!(a.technical.prerequisites[route].status, Status::Erfuellt);
    assert_eq!(decide(&a).0, Recommendation::Empfohlen);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The budget reason appears exactly when KW > 0 and KW_h < 0, and it
    /// never changes the decision: without it the same rule holds.
    #[test]
    fn the_budget_reason_appears_exactly_when_kw_is_positive_but_kw_h_negative(
        a in common::valid_assessment()
    ) {
        let e = evaluate(&a);
        let d = recommend(&a, &e);
        let budget = d.reasons.iter().filter(|r| matches!(r, Reason::BudgetPays { .. })).count();
        let expected = e.kapitalwert.total > 0.0 && e.kapitalwert.haushaltswirksam < 0.0;
        prop_assert_eq!(budget, usize::from(expected), "{:?}", e.kapitalwert);
        for r in &d.reasons {
            if let Reason::BudgetPays { kw_h, fte, .. } = r {
                prop_assert!(kw_h.is_finite() && fte.is_finite());
                let text = efa_check::text::technical::reason_text(r, &a);
                prop_assert!(text.contains("zählt nur, wenn") || text.contains("nicht spart"), "{}", text);
            }
        }
    }

    /// No verdict without case numbers, online share and costs; with them
    /// always one. Costs count as entered exactly when, with cases and a
    /// share, the yearly table has a gross cost in some year.
    #[test]
    fn no_verdict_without_cases_share_and_costs(a in common::valid_assessment()) {
        let e = evaluate(&a);
        let d = recommend(&a, &e);
        let b = &a.benefits;
        prop_assert_eq!(e.missing.contains(&Missing::Cases), b.cases_per_year == 0.0);
        prop_assert_eq!(
            e.missing.contains(&Missing::OnlineShare),
            b.online_share_start == 0.0 && b.online_share_target == 0.0
        );
        if b.cases_per_year > 0.0 && b.online_share_start > 0.0 && b.online_share_target > 0.0 {
            let gross: f64 = e.years.iter()
                .map(|r| r.integration_cash + r.integration_staff + r.operations
                    + r.support_first_level + r.support_second_level)
                .sum();
            prop_assert_eq!(e.missing.contains(&Missing::Costs), gross == 0.0);
        }
        let incomplete = !e.missing.is_empty();
        prop_assert_eq!(e.verdict == Verdict::Unvollstaendig, incomplete);
        prop_assert_eq!(d.recommendation == Recommendation::Unvollstaendig, incomplete);
        if incomplete {
            prop_assert!(d.reasons.iter().all(|r| matches!(r, Reason::Missing(_))));
            prop_assert_eq!(d.nutzwert, None);
        }
    }
}
