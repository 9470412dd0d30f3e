//! Kostenteilung against shares worked out by hand, the cent-exact sum on
//! awkward totals, each body's own Kapitalwert against an assessment built
//! independently, and properties over any bodies and keys.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::inputs::Range;
use efa_check::model::limits::MAX_BODIES;
use efa_check::model::sharing::{
    body_assessment, can_be_joint, evaluate_bodies, share_costs, Basis, Body, Cents, CostShares,
    Key, LandContribution, Sharing, SharingError, Weights, DEFAULT_JOINT, MAX_WEIGHT,
};
use efa_check::model::{evaluate, Assessment, Field};
use proptest::prelude::*;

mod common;
use common::close;

/// The three bodies of the worked examples:
///
/// | body | Einwohner | Fälle/Jahr | Zielgruppe |
/// |---|---|---|---|
/// | Kreisstadt | 10.000 | 1.000 | 800 |
/// | Gemeinde B | 5.000 | 300 | 400 |
/// | Gemeinde C | 2.500 | 200 | 300 |
/// | Σ | 17.500 | 1.500 | 1.500 |
///
/// The Kreisstadt is the own Kommune: its name, Einwohner and cases come
/// from the assessment ([`joint_assessment`]), its Zielgruppe from
/// `Sharing::own_target_group`; these are the other two.
fn others() -> Vec<Body> {
    vec![
        Body::new("Gemeinde B", 5_000.0, 300.0).with_target_group(400.0),
        Body::new("Gemeinde C", 2_500.0, 200.0).with_target_group(300.0),
    ]
}

/// Joint one-time 100.000 € (connection fee 40.000 €, shared interface
/// 60.000 €), joint yearly 12.000 € (usage fee). Savings 10 € of postage
/// per online case, everything online, T = 2, i = 0, g = 0, so a body's
/// KW is plain arithmetic: −one-time share + 2 × (cases × 10 − yearly share).
fn joint_assessment() -> Assessment {
    let mut a = Assessment::default();
    a.master.kommune = "Kreisstadt".into();
    a.master.inhabitants = 10_000.0;
    a.integration.connection_fee.amount = 40_000.0;
    a.integration.fachverfahren_interface.amount = 60_000.0;
    a.operations.usage_fee.amount = 12_000.0;
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.online_share_start = 1.0;
    a.benefits.online_share_target = 1.0;
    a.benefits.postage_saved_per_case = 10.0;
    a.parameters.horizon_years = 2;
    a.parameters.discount_rate = 0.0;
    a
}

/// The three bodies by `key`, the Land paying 25 %: the bodies split
/// 75.000 € once and 9.000 € a year.
fn by(key: Key) -> Sharing {
    Sharing {
        key,
        land: LandContribution::share(0.25),
        own_target_group: Some(800.0),
        ..Sharing::new(others())
    }
}

/// The same by a mix of these weights.
fn mix(weights: Weights) -> Sharing {
    Sharing {
        weights,
        ..by(Key::Mix)
    }
}

fn shares(key: Key) -> CostShares {
    share_costs(&joint_assessment(), &by(key)).unwrap()
}

fn mix_shares(weights: Weights) -> CostShares {
    share_costs(&joint_assessment(), &mix(weights)).unwrap()
}

#[test]
fn the_own_kommune_comes_from_the_assessment_and_is_listed_first() {
    let a = joint_assessment();
    let sharing = by(Key::Use);
    let all = sharing.participants(&a);
    assert_eq!(all.len(), 3);
    assert_eq!(sharing.participant_count(), 3);
    assert_eq!(
        all[0],
        Body::new("Kreisstadt", 10_000.0, 1_000.0).with_target_group(800.0)
    );
    assert_eq!(all[1..], others()[..]);
    assert_eq!(sharing.participant(&a, 3), None);
    // Its figures follow the form: 1.500 cases instead of 1.000 make it
    // 1.500/2.000 = 3/4 of 75.000 € by use.
    let mut more = a.clone();
    more.benefits.cases_per_year = 1_500.0;
    let s = share_costs(&more, &sharing).unwrap();
    assert_eq!(s.bodies[0].one_time, Cents(5_625_000));
}

/// The one-time and yearly shares in cents, body by body.
fn cents(s: &CostShares) -> Vec<(i64, i64)> {
    s.bodies
        .iter()
        .map(|b| (b.one_time.0, b.yearly.0))
        .collect()
}

#[test]
fn the_land_pays_its_share_before_the_split() {
    // 25 % of 100.000 € = 25.000 €, of 12.000 € = 3.000 €.
    let s = shares(Key::Flat);
    assert_eq!(
        (s.one_time.joint, s.one_time.land, s.one_time.split),
        (Cents(10_000_000), Cents(2_500_000), Cents(7_500_000))
    );
    assert_eq!(
        (s.yearly.joint, s.yearly.land, s.yearly.split),
        (Cents(1_200_000), Cents(300_000), Cents(900_000))
    );
    // Flat: 75.000 / 3 = 25.000 €, 9.000 / 3 = 3.000 € each.
    assert_eq!(cents(&s), vec![(2_500_000, 300_000); 3]);
    for b in &s.bodies {
        close(b.fraction, 1.0 / 3.0);
    }
}

#[test]
fn by_inhabitants() {
    // Fractions 10.000/17.500 = 4/7, 2/7, 1/7.
    // One-time 7.500.000 ct: 4.285.714,29 / 2.142.857,14 / 1.071.428,57;
    // floors sum to 7.499.999, the one missing cent goes to the largest
    // remainder (C, ,57): 42.857,14 / 21.428,57 / 10.714,29 €.
    // Yearly 900.000 ct: 514.285,71 / 257.142,86 / 128.571,43; floors
    // sum to 899.998, the two cents go to B (,86) and A (,71):
    // 5.142,86 / 2.571,43 / 1.285,71 €.
    let s = shares(Key::Inhabitants);
    assert_eq!(
        cents(&s),
        vec![
            (4_285_714, 514_286),
            (2_142_857, 257_143),
            (1_071_429, 128_571)
        ]
    );
    close(s.bodies[0].fraction, 4.0 / 7.0);
    close(s.bodies[2].fraction, 1.0 / 7.0);
    assert_eq!(s.bodies[0].one_time.euros(), 42_857.14);
}

#[test]
fn by_actual_use() {
    // Fractions 1.000/1.500 = 2/3, 300/1.500 = 1/5, 200/1.500 = 2/15:
    // 50.000 / 15.000 / 10.000 € once, 6.000 / 1.800 / 1.200 € a year.
    let s = shares(Key::Use);
    assert_eq!(
        cents(&s),
        vec![
            (5_000_000, 600_000),
            (1_500_000, 180_000),
            (1_000_000, 120_000)
        ]
    );
    // Actual use is the key without an agreement (Beschluss 2021/24).
    assert_eq!(Key::default(), Key::Use);
    assert_eq!(Sharing::new(others()).key, Key::Use);
}

#[test]
fn by_target_group() {
    // 800/1.500 = 8/15, 4/15, 3/15: 40.000 / 20.000 / 15.000 € once,
    // 4.800 / 2.400 / 1.800 € a year.
    let s = shares(Key::TargetGroup);
    assert_eq!(
        cents(&s),
        vec![
            (4_000_000, 480_000),
            (2_000_000, 240_000),
            (1_500_000, 180_000)
        ]
    );
}

#[test]
fn half_flat_half_by_use() {
    // A: 1/2 × 1/3 + 1/2 × 2/3 = 1/2; B: 1/6 + 1/10 = 4/15;
    // C: 1/6 + 1/15 = 7/30. Once 37.500 / 20.000 / 17.500 €,
    // yearly 4.500 / 2.400 / 2.100 €.
    let s = mix_shares(Weights {
        flat: 50.0,
        cases: 50.0,
        ..Weights::default()
    });
    assert_eq!(
        cents(&s),
        vec![
            (3_750_000, 450_000),
            (2_000_000, 240_000),
            (1_750_000, 210_000)
        ]
    );
    close(s.bodies[1].fraction, 4.0 / 15.0);
}

#[test]
fn half_by_inhabitants_half_by_use() {
    // A: 1/2 × 4/7 + 1/2 × 2/3 = 13/21 = 130/210; B: 1/7 + 1/10 = 51/210;
    // C: 1/14 + 1/15 = 29/210.
    // Once, 7.500.000 ct: 4.642.857,14 / 1.821.428,57 / 1.035.714,29;
    // floors 7.499.999, the cent to B: 46.428,57 / 18.214,29 / 10.357,14 €.
    // Yearly, 900.000 ct: 557.142,86 / 218.571,43 / 124.285,71; floors
    // 899.998, the cents to A (,86) and C (,71):
    // 5.571,43 / 2.185,71 / 1.242,86 €.
    let weights = Weights {
        inhabitants: 0.5,
        cases: 0.5,
        ..Weights::default()
    };
    assert_eq!(
        cents(&mix_shares(weights)),
        vec![
            (4_642_857, 557_143),
            (1_821_429, 218_571),
            (1_035_714, 124_286)
        ]
    );
}

#[test]
fn an_awkward_total_splits_to_the_cent() {
    // 100.000,01 € over three equal bodies: 3.333.333,67 ct each; floors
    // 9.999.999, the two cents go to the first two (equal remainders in
    // body order): 33.333,34 + 33.333,34 + 33.333,33 = 100.000,01 €.
    // The own Kommune and two bodies of the same 1.000 cases.
    let mut a = joint_assessment();
    a.integration.connection_fee.amount = 40_000.01;
    let bodies = vec![Body::new("A", 1.0, 1_000.0); 2];
    let s = share_costs(&a, &Sharing::new(bodies)).unwrap();
    let once: Vec<i64> = s.bodies.iter().map(|b| b.one_time.0).collect();
    assert_eq!(once, vec![3_333_334, 3_333_334, 3_333_333]);
    assert_eq!(once.iter().sum::<i64>(), 10_000_001);
}

#[test]
fn a_land_amount_in_euros_comes_off_and_is_capped_at_the_pool() {
    // 20.000 € once, 2.000 € a year: 80.000 € and 10.000 € to split flat.
    // 8.000.000 / 3 = 2.666.666,67 → 2.666.667, 2.666.667, 2.666.666;
    // 1.000.000 / 3 = 333.333,33 → 333.334, 333.333, 333.333.
    let mut sharing = by(Key::Flat);
    sharing.land = LandContribution::amount(20_000.0, 2_000.0);
    let s = share_costs(&joint_assessment(), &sharing).unwrap();
    assert_eq!(
        cents(&s),
        vec![
            (2_666_667, 333_334),
            (2_666_667, 333_333),
            (2_666_666, 333_333)
        ]
    );
    // More than the pool: the Land pays all of it, nobody is paid.
    sharing.land = LandContribution::amount(1.0e6, 0.0);
    let s = share_costs(&joint_assessment(), &sharing).unwrap();
    assert_eq!(s.one_time.land, s.one_time.joint);
    assert_eq!(s.one_time.split, Cents(0));
    assert!(s.bodies.iter().all(|b| b.one_time == Cents(0)));
}

#[test]
fn a_land_share_and_an_amount_add_up() {
    // 25 % of 100.000 € plus 5.000 € = 30.000 € once; 70.000 € flat over
    // three: 2.333.333,33 ct → 2.333.334, 2.333.333, 2.333.333. Yearly
    // only the share: 25 % of 12.000 € = 3.000 €, 3.000 € each.
    let sharing = Sharing {
        land: LandContribution {
            one_time: 5_000.0,
            ..LandContribution::share(0.25)
        },
        ..by(Key::Flat)
    };
    let s = share_costs(&joint_assessment(), &sharing).unwrap();
    assert_eq!(s.one_time.land, Cents(3_000_000));
    assert_eq!(s.yearly.land, Cents(300_000));
    assert_eq!(
        cents(&s),
        vec![
            (2_333_334, 300_000),
            (2_333_333, 300_000),
            (2_333_333, 300_000)
        ]
    );
}

#[test]
fn a_body_without_any_use_pays_nothing_by_use_and_all_zero_falls_back_to_flat() {
    // Regression guard: a Gemeinde with no cases must not be billed for
    // use by a stray remainder cent.
    let mut bodies = others();
    bodies[0].cases_per_year = 0.0;
    // 1.000 + 200: 5/6 and 1/6 of 75.000 € = 62.500 / 0 / 12.500 €.
    let s = share_costs(
        &joint_assessment(),
        &Sharing {
            bodies,
            ..by(Key::Use)
        },
    )
    .unwrap();
    assert_eq!(
        cents(&s).iter().map(|c| c.0).collect::<Vec<_>>(),
        vec![6_250_000, 0, 1_250_000]
    );
    assert_eq!(s.bodies[1].fraction, 0.0);
    // Nobody has cases yet: by use means flat, 25.000 € each.
    let bodies = vec![Body::new("B", 2.0, 0.0), Body::new("C", 3.0, 0.0)];
    let mut no_cases = joint_assessment();
    no_cases.benefits.cases_per_year = 0.0;
    let s = share_costs(
        &no_cases,
        &Sharing {
            bodies,
            ..by(Key::Use)
        },
    )
    .unwrap();
    assert_eq!(cents(&s), vec![(2_500_000, 300_000); 3]);
}

#[test]
fn which_items_are_joint_is_a_set_of_cost_fields() {
    // Only the usage fee joint: nothing one-time to split.
    let mut sharing = by(Key::Flat);
    sharing.joint = [Field::UsageFee].into_iter().collect();
    let s = share_costs(&joint_assessment(), &sharing).unwrap();
    assert_eq!(s.one_time.joint, Cents(0));
    assert_eq!(s.yearly.joint, Cents(1_200_000));
    // Money amounts of Integration and Betrieb can be joint; per-case fees,
    // hours, funding and benefits cannot.
    for field in DEFAULT_JOINT {
        assert!(can_be_joint(field), "{field:?}");
    }
    for field in [
        Field::PaymentFeePerCase,
        Field::ProjectHours,
        Field::OneTimeGrant,
        Field::AvoidedLicence,
        Field::CasesPerYear,
    ] {
        assert!(!can_be_joint(field), "{field:?}");
        sharing.joint = [field].into_iter().collect();
        assert_eq!(
            share_costs(&joint_assessment(), &sharing),
            Err(SharingError::NotJoint(field))
        );
    }
}

#[test]
fn figures_a_split_cannot_use_are_rejected() {
    let a = joint_assessment();
    let with = |f: &dyn Fn(&mut Sharing)| {
        let mut s = by(Key::Inhabitants);
        f(&mut s);
        share_costs(&a, &s)
    };
    // Positions count the participants: 0 is the own Kommune, Gemeinde C
    // (the second other body) is 2.
    assert_eq!(
        with(&|s| s.bodies[1].inhabitants = -1.0),
        Err(SharingError::BodyValue {
            body: 2,
            basis: Basis::Inhabitants
        })
    );
    // Einwohner are whole people.
    assert_eq!(
        with(&|s| s.bodies[0].inhabitants = 1_000.5),
        Err(SharingError::BodyValue {
            body: 1,
            basis: Basis::Inhabitants
        })
    );
    assert_eq!(
        with(&|s| s.bodies[0].cases_per_year = f64::NAN),
        Err(SharingError::BodyValue {
            body: 1,
            basis: Basis::Use
        })
    );
    assert_eq!(
        with(&|s| s.own_target_group = Some(-5.0)),
        Err(SharingError::BodyValue {
            body: 0,
            basis: Basis::TargetGroup
        })
    );
    let mut no_one = a.clone();
    no_one.master.inhabitants = f64::INFINITY;
    assert_eq!(
        share_costs(&no_one, &by(Key::Flat)),
        Err(SharingError::BodyValue {
            body: 0,
            basis: Basis::Inhabitants
        })
    );
    assert_eq!(
        with(&|s| {
            s.key = Key::TargetGroup;
            s.bodies[0].target_group = None;
        }),
        Err(SharingError::MissingTargetGroup { body: 1 })
    );
    assert_eq!(
        with(&|s| {
            s.key = Key::TargetGroup;
            s.own_target_group = None;
        }),
        Err(SharingError::MissingTargetGroup { body: 0 })
    );
    // Without a weight on it, a missing Zielgruppe does not matter.
    assert!(with(&|s| s.bodies[0].target_group = None).is_ok());
    assert_eq!(
        with(&|s| {
            s.key = Key::Mix;
            s.weights = Weights::default();
        }),
        Err(SharingError::NoWeight)
    );
    // The mix's weights are kept under another key, and not used.
    assert!(with(&|s| s.weights = Weights::default()).is_ok());
    assert_eq!(
        with(&|s| {
            s.key = Key::Mix;
            s.weights = Weights {
                flat: -1.0,
                cases: 2.0,
                ..Weights::default()
            };
        }),
        Err(SharingError::Weights)
    );
    assert_eq!(
        with(&|s| s.weights.inhabitants = MAX_WEIGHT + 1.0),
        Err(SharingError::Weights)
    );
    assert_eq!(
        with(&|s| s.land = LandContribution::share(1.5)),
        Err(SharingError::Land)
    );
    assert_eq!(
        with(&|s| s.land = LandContribution::amount(0.0, -1.0)),
        Err(SharingError::Land)
    );
    assert_eq!(
        with(&|s| s.bodies = vec![Body::new("X", 1.0, 1.0); MAX_BODIES]),
        Err(SharingError::TooManyBodies(MAX_BODIES + 1))
    );
    assert!(with(&|s| s.bodies = vec![Body::new("X", 1.0, 1.0); MAX_BODIES - 1]).is_ok());
    let mut broken = a.clone();
    broken.operations.usage_fee.amount = f64::INFINITY;
    assert_eq!(
        share_costs(&broken, &by(Key::Flat)),
        Err(SharingError::JointCost(Field::UsageFee))
    );
    // No other body: the own Kommune pays all the bodies split.
    let s = with(&|s| s.bodies.clear()).unwrap();
    assert_eq!(cents(&s), vec![(7_500_000, 900_000)]);
}

#[test]
fn each_body_gets_its_own_kapitalwert() {
    // By inhabitants, Gemeinde B pays 21.428,57 € once and 2.571,43 € a
    // year, and has 300 cases × 10 € = 3.000 € of savings a year:
    // KW = −21.428,57 + 2 × (3.000 − 2.571,43) = −20.571,43 €.
    let a = joint_assessment();
    let results = evaluate_bodies(&a, &by(Key::Inhabitants)).unwrap();
    assert_eq!(results.len(), 3);
    close(results[1].evaluation.kapitalwert.total, -20_571.43);
    // Kreisstadt: −42.857,14 + 2 × (10.000 − 5.142,86) = −33.142,86 €.
    close(results[0].evaluation.kapitalwert.total, -33_142.86);

    // The same from an assessment built independently: the own document
    // with B's cases, and B's shares typed into one line per pool.
    let mut b = a.clone();
    b.benefits.cases_per_year = 300.0;
    b.integration.connection_fee.amount = 21_428.57;
    b.integration.fachverfahren_interface.amount = 0.0;
    b.operations.usage_fee.amount = 2_571.43;
    close(
        results[1].evaluation.kapitalwert.total,
        evaluate(&b).kapitalwert.total,
    );
    // B's document keeps the joint items in their proportion (40 : 60) and
    // names B.
    let doc = &results[1].assessment;
    close(doc.integration.connection_fee.amount, 21_428.57 * 0.4);
    close(
        doc.integration.fachverfahren_interface.amount,
        21_428.57 * 0.6,
    );
    assert_eq!(doc.master.kommune, "Gemeinde B");
    close(doc.master.inhabitants, 5_000.0);
}

#[test]
fn ranges_of_joint_items_and_cases_move_with_the_body() {
    // The own Kommune has 1.000 cases (range 800–1.500) and a usage fee
    // of 12.000 € (range 10.000–18.000). Gemeinde C, flat: 3.000 € a year
    // of the 9.000 € left after the Land, factor 1/4; 200 cases, factor
    // 1/5: fee 3.000 € (2.500–4.500), cases 200 (160–300).
    let mut a = joint_assessment();
    a.uncertainty
        .ranges
        .insert(Field::CasesPerYear, Range::new(800.0, 1_500.0));
    a.uncertainty
        .ranges
        .insert(Field::UsageFee, Range::new(10_000.0, 18_000.0));
    let sharing = by(Key::Flat);
    let shares = share_costs(&a, &sharing).unwrap();
    let c = body_assessment(&a, &sharing, &shares, 2).unwrap();
    close(c.operations.usage_fee.amount, 3_000.0);
    let fee = &c.uncertainty.ranges[&Field::UsageFee];
    close(fee.min, 2_500.0);
    close(fee.max, 4_500.0);
    let cases = &c.uncertainty.ranges[&Field::CasesPerYear];
    close(cases.min, 160.0);
    close(cases.max, 300.0);
    assert!(c.invalid_ranges().is_empty());
    assert_eq!(body_assessment(&a, &sharing, &shares, 3), None);
}

/// Any body with figures inside their domains, a Zielgruppe or none.
fn body() -> impl Strategy<Value = Body> {
    let count = prop_oneof![
        1 => Just(0.0),
        4 => 0.0..=1.0e8f64,
        4 => 0.0..=1.0e4f64,
    ];
    (count.clone(), count.clone(), proptest::option::of(count)).prop_map(|(i, c, t)| Body {
        inhabitants: i.round(),
        cases_per_year: c,
        target_group: t.map(f64::round),
        ..Body::default()
    })
}

/// The own Kommune as `body` describes it: its figures in the assessment
/// and its Zielgruppe in the sharing.
fn own_from(a: &mut Assessment, sharing: &mut Sharing, body: &Body) {
    a.master.inhabitants = body.inhabitants;
    a.benefits.cases_per_year = body.cases_per_year;
    sharing.own_target_group = body.target_group;
}

fn weight() -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 3 => 0.0..=100.0f64]
}

/// A key and the mix's weights (drawn for every key: they are kept, and
/// not used, under the others).
fn key() -> impl Strategy<Value = (Key, Weights)> {
    let weights =
        (weight(), weight(), weight(), 0.001..=100.0f64).prop_map(|(i, c, t, f)| Weights {
            inhabitants: i,
            cases: c,
            target_group: t,
            flat: f,
            ..Weights::default()
        });
    let key = prop_oneof![
        Just(Key::Inhabitants),
        Just(Key::Use),
        Just(Key::Flat),
        Just(Key::TargetGroup),
        Just(Key::Mix),
    ];
    (key, weights)
}

fn land() -> impl Strategy<Value = LandContribution> {
    prop_oneof![
        Just(LandContribution::default()),
        (0.0..=1.0f64).prop_map(LandContribution::share),
        (0.0..=2.0e9f64, 0.0..=1.0e7f64).prop_map(|(o, y)| LandContribution::amount(o, y)),
        (0.0..=1.0f64, 0.0..=2.0e9f64, 0.0..=1.0e7f64).prop_map(|(s, o, y)| LandContribution {
            share: s,
            ..LandContribution::amount(o, y)
        }),
    ]
}

/// An amount in euros with cents, up to the domain maximum; the odd
/// cents are where rounding gaps would show.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        (0u64..=100_000_000_000).prop_map(|c| c as f64 / 100.0),
        (0u64..=10_000_000).prop_map(|c| c as f64 / 100.0),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn shares_sum_to_the_pool_to_the_cent(
        own in body(),
        bodies in proptest::collection::vec(body(), 0..MAX_BODIES),
        (key, weights) in key(),
        land in land(),
        amounts in proptest::collection::vec(amount(), 5),
    ) {
        let mut a = Assessment::default();
        for (field, v) in DEFAULT_JOINT.into_iter().zip(amounts) {
            field.set(&mut a, v);
        }
        // Keys that need a Zielgruppe get one for every body.
        let with_group = |b: Body| Body { target_group: b.target_group.or(Some(0.0)), ..b };
        let bodies: Vec<Body> = bodies.into_iter().map(with_group).collect();
        let n = bodies.len() + 1;
        let mut sharing = Sharing { key, weights, land, ..Sharing::new(bodies) };
        own_from(&mut a, &mut sharing, &with_group(own));
        let s = share_costs(&a, &sharing).unwrap();
        prop_assert_eq!(s.bodies.len(), n);
        for pool in [s.one_time, s.yearly] {
            prop_assert!(pool.land.0 >= 0 && pool.split.0 >= 0);
            prop_assert_eq!(pool.land.0 + pool.split.0, pool.joint.0);
        }
        let once: i64 = s.bodies.iter().map(|b| b.one_time.0).sum();
        let yearly: i64 = s.bodies.iter().map(|b| b.yearly.0).sum();
        prop_assert_eq!(once, s.one_time.split.0);
        prop_assert_eq!(yearly, s.yearly.split.0);
        let fractions: f64 = s.bodies.iter().map(|b| b.fraction).sum();
        prop_assert!((fractions - 1.0).abs() < 1e-9, "fractions sum to {}", fractions);
        for b in &s.bodies {
            prop_assert!(b.fraction.is_finite() && b.fraction >= 0.0);
            prop_assert!(b.one_time.0 >= 0 && b.yearly.0 >= 0);
            // No share is more than a cent away from its exact quota.
            let quota = b.fraction * s.one_time.split.0 as f64;
            prop_assert!((b.one_time.0 as f64 - quota).abs() <= 1.0 + 1e-6 * quota);
            if b.fraction == 0.0 {
                prop_assert_eq!((b.one_time.0, b.yearly.0), (0, 0));
            }
        }
    }

    #[test]
    fn every_body_gets_a_finite_kapitalwert(
        a in common::valid_assessment(),
        bodies in proptest::collection::vec(body(), 0..=7),
        (key, weights) in key(),
        land in land(),
    ) {
        let bodies: Vec<Body> = bodies
            .into_iter()
            .map(|b| Body { target_group: b.target_group.or(Some(0.0)), ..b })
            .collect();
        let sharing = Sharing {
            key,
            weights,
            land,
            own_target_group: Some(0.0),
            ..Sharing::new(bodies)
        };
        for r in evaluate_bodies(&a, &sharing).unwrap() {
            prop_assert!(r.evaluation.kapitalwert.total.is_finite());
            prop_assert!(r.assessment.invalid_fields().is_empty(), "{:?}", r.assessment.invalid_fields());
        }
    }

    /// Whatever the figures (garbage from a document), nothing panics:
    /// a split either fails with a typed error or gives finite shares.
    #[test]
    fn any_figures_never_panic(
        figures in proptest::collection::vec((any::<f64>(), any::<f64>(), proptest::option::of(any::<f64>())), 0..=60),
        weights in proptest::collection::vec(any::<f64>(), 4),
        land in any::<f64>(),
        amounts in proptest::collection::vec(any::<f64>(), 5),
        own in (any::<f64>(), any::<f64>(), proptest::option::of(any::<f64>())),
    ) {
        let mut a = Assessment::default();
        for (field, v) in DEFAULT_JOINT.into_iter().zip(amounts) {
            field.set(&mut a, v);
        }
        a.master.inhabitants = own.0;
        a.benefits.cases_per_year = own.1;
        let bodies: Vec<Body> = figures
            .into_iter()
            .map(|(i, c, t)| Body { inhabitants: i, cases_per_year: c, target_group: t, ..Body::default() })
            .collect();
        let weights = Weights { inhabitants: weights[0], cases: weights[1], target_group: weights[2], flat: weights[3], ..Weights::default() };
        for land in [LandContribution::share(land), LandContribution::amount(land, land)] {
            let sharing = Sharing {
                key: Key::Mix,
                weights: weights.clone(),
                land,
                own_target_group: own.2,
                ..Sharing::new(bodies.clone())
            };
            if let Ok(results) = evaluate_bodies(&a, &sharing) {
                for r in results {
                    prop_assert!(r.share.fraction.is_finite());
                    prop_assert!(r.evaluation.kapitalwert.total.is_finite());
                }
            }
        }
    }
}
