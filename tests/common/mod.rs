//! Shared helpers of the native tests: the generators of the property
//! tests, and the comparison of a figure with one worked out by hand.
#![allow(dead_code)]

use efa_check::model::sharing::{
    can_be_joint, Body, Key, LandContribution, Sharing, Weights, MAX_WEIGHT,
};
use efa_check::model::{Assessment, Field, StaffGroup};
use proptest::prelude::*;

/// A value inside the field's domain: anywhere in the range, with the ends
/// and zero drawn often, because that is where formulas break.
pub fn value_in(field: Field) -> BoxedStrategy<f64> {
    let d = field.domain();
    let whole = d.whole;
    let fix = move |v: f64| if whole { v.round() } else { v };
    prop_oneof![
        1 => Just(d.min),
        1 => Just(d.max),
        1 => Just(0.0_f64.clamp(d.min, d.max)),
        6 => (d.min..=d.max).prop_map(fix),
        // Typical magnitudes are much smaller than the domain maxima.
        6 => (d.min..=d.min.max(d.max.min(1000.0))).prop_map(fix),
    ]
    .boxed()
}

/// Any assessment whose every field lies inside its domain.
pub fn valid_assessment() -> impl Strategy<Value = Assessment> {
    let values: Vec<BoxedStrategy<f64>> = Field::ALL.iter().map(|&f| value_in(f)).collect();
    (values, any::<bool>(), any::<bool>()).prop_map(|(values, monetise, beamte)| {
        let mut a = Assessment::default();
        for (&field, v) in Field::ALL.iter().zip(values) {
            field.set(&mut a, v);
        }
        a.benefits.monetise_citizen_time = monetise;
        a.parameters.staff_group = if beamte {
            StaffGroup::Beamte
        } else {
            StaffGroup::Tarif
        };
        a
    })
}

/// A valid assessment with arbitrary texts (names and notes), including
/// non-ASCII and markup-like characters.
pub fn valid_document() -> impl Strategy<Value = Assessment> {
    (valid_assessment(), proptest::collection::vec(".{0,30}", 4)).prop_map(|(mut a, texts)| {
        a.master.service = texts[0].clone();
        a.master.kommune = texts[1].clone();
        a.integration.connection_fee.note = texts[2].clone();
        a.benefits.avoided_licence.note = texts[3].clone();
        a
    })
}

/// The issue's travel-expense workflow, typed into a fresh form: 14.700
/// cases, all online, 13 minutes saved at KGSt E9b (67,79 €/h), 180.000 €
/// one-time as a lump sum, nothing else. By hand, with Σ_{t=1..5}
/// 1,009^−t = 4,867785:
/// - per year 14.700 × 13/60 × 67,79 = 215.911,15 € of staff time;
/// - KW_nh = 215.911,15 × 4,867785 = +1.051.009 €, KW_h = −180.000 €
///   (all at t = 0), KW = +871.009 €;
/// - VZÄ = 14.700 × 13/60 / 1.561 = 2,04.
pub fn travel_expenses() -> Assessment {
    let mut a = Assessment::with_reference_defaults();
    a.enter(Field::CasesPerYear, 14_700.0);
    a.enter(Field::OnlineShareStart, 1.0);
    a.enter(Field::OnlineShareTarget, 1.0);
    a.enter(Field::MinutesSaved, 13.0);
    a.enter(Field::OtherOneTime, 180_000.0);
    a
}

/// A version-1 document file whose `assessment` object holds `inner`.
pub fn document_with(inner: &str) -> Result<Assessment, efa_check::share::DecodeError> {
    efa_check::share::from_json(&format!(
        r#"{{"format":"efa-check","version":1,"assessment":{{{inner}}}}}"#
    ))
}

/// The size of the discounted flows that cancel out in a Kapitalwert, to
/// judge how close to 0 a computed "KW = 0" can be in floating point.
pub fn flow_scale(e: &efa_check::model::Evaluation) -> f64 {
    e.years
        .iter()
        .map(|r| {
            (r.integration_cash
                + r.integration_staff
                + r.operations
                + r.support_first_level
                + r.support_second_level
                - r.funding
                + r.benefit_total())
                * r.discount_factor
        })
        .sum()
}

/// Asserts that a computed figure equals one worked out by hand, up to the
/// rounding of floating-point arithmetic.
pub fn close(actual: f64, expected: f64) {
    let tolerance = 1e-9 * (1.0 + expected.abs());
    assert!(
        (actual - expected).abs() <= tolerance,
        "expected {expected}, got {actual}"
    );
}

/// A valid assessment in which some inputs carry a usable range: each
/// end anywhere from the likely value to the domain's limit, the limits
/// themselves drawn often (whole-number fields rounded).
pub fn assessment_with_ranges() -> impl Strategy<Value = Assessment> {
    let end = || prop_oneof![1 => Just(0.0), 1 => Just(1.0), 4 => 0.0..=1.0f64, 2 => 0.0..=0.2f64];
    let spans = proptest::collection::vec(
        proptest::option::weighted(0.3, (end(), end())),
        Field::ALL.len(),
    );
    (valid_assessment(), spans).prop_map(|(mut a, spans)| {
        for (&field, span) in Field::ALL.iter().zip(spans) {
            let Some((down, up)) = span else { continue };
            let d = field.domain();
            let likely = field.get(&a);
            let fix = |v: f64| if d.whole { v.round() } else { v };
            // Clamped: `likely − 1 × (likely − min)` can round past min.
            let range = efa_check::model::inputs::Range::new(
                fix(likely - down * (likely - d.min)).max(d.min),
                fix(likely + up * (d.max - likely)).min(d.max),
            );
            a.uncertainty.ranges.insert(field, range);
        }
        a
    })
}

/// One alternative: its name and overrides (field, value, own range as
/// the fractions of the way to the domain's ends).
pub type Overrides = Vec<(usize, f64, Option<(f64, f64)>)>;

pub fn overrides() -> impl Strategy<Value = Overrides> {
    let one = (0..Field::ALL.len()).prop_flat_map(|k| {
        (
            Just(k),
            value_in(Field::ALL[k]),
            proptest::option::weighted(0.3, (0.0..=1.0f64, 0.0..=1.0f64)),
        )
    });
    proptest::collection::vec(one, 0..8)
}

/// Adds alternatives with these overrides to `a`, through the helpers the
/// form will use.
pub fn with_alternatives(mut a: Assessment, alternatives: Vec<(String, Overrides)>) -> Assessment {
    for (name, list) in alternatives {
        a.add_alternative(&name);
        let i = a.variant_count() - 1;
        for (k, value, range) in list {
            let field = Field::ALL[k];
            a.set_in_variant(i, field, value);
            if let Some((down, up)) = range {
                let d = field.domain();
                let fix = |v: f64| if d.whole { v.round() } else { v };
                let r = efa_check::model::inputs::Range::new(
                    fix(value - down * (value - d.min)).max(d.min),
                    fix(value + up * (d.max - value)).min(d.max),
                );
                a.set_variant_range(i, field, Some(r));
            }
        }
    }
    a
}

pub fn assessment_with_alternatives() -> impl Strategy<Value = Assessment> {
    (
        assessment_with_ranges(),
        proptest::collection::vec(
            (".{0,20}", overrides()),
            0..efa_check::model::limits::MAX_ALTERNATIVES,
        ),
    )
        .prop_map(|(a, alternatives)| with_alternatives(a, alternatives))
}

/// Any valid Kostenteilung: up to `max_bodies` other bodies with figures
/// in their domains (Zielgruppe or none), any key, weights and Land part
/// in their domains, the default joint items or a subset of those that
/// can be joint.
pub fn sharing(max_bodies: usize) -> impl Strategy<Value = Sharing> {
    let people = prop_oneof![1 => Just(0.0), 3 => (0.0..=1.0e8f64).prop_map(f64::round), 3 => (0.0..=1.0e4f64).prop_map(f64::round)];
    let cases = prop_oneof![1 => Just(0.0), 3 => 0.0..=1.0e8f64, 3 => 0.0..=1.0e4f64];
    let body = (
        ".{0,20}",
        people.clone(),
        cases,
        proptest::option::of(people.clone()),
    )
        .prop_map(|(name, inhabitants, cases_per_year, target_group)| Body {
            name,
            inhabitants,
            cases_per_year,
            target_group,
            ..Body::default()
        });
    let weight = || prop_oneof![1 => Just(0.0), 3 => 0.0..=MAX_WEIGHT];
    let weights = (weight(), weight(), weight(), weight()).prop_map(|(i, c, t, f)| Weights {
        inhabitants: i,
        cases: c,
        target_group: t,
        flat: f,
        ..Weights::default()
    });
    let key = prop_oneof![
        Just(Key::Inhabitants),
        Just(Key::Use),
        Just(Key::TargetGroup),
        Just(Key::Flat),
        Just(Key::Mix),
    ];
    let amount = || prop_oneof![1 => Just(0.0), 2 => 0.0..=1.0e7f64];
    let land = (
        prop_oneof![1 => Just(0.0), 1 => 0.0..=1.0f64],
        amount(),
        amount(),
    )
        .prop_map(|(share, one_time, yearly)| LandContribution {
            share,
            one_time,
            yearly,
            ..LandContribution::default()
        });
    let joint_fields: Vec<Field> = Field::ALL
        .iter()
        .copied()
        .filter(|&f| can_be_joint(f))
        .collect();
    let joint = proptest::option::of(proptest::sample::subsequence(
        joint_fields.clone(),
        0..=joint_fields.len(),
    ));
    (
        proptest::collection::vec(body, 0..=max_bodies),
        proptest::option::of(people),
        key,
        weights,
        land,
        joint,
    )
        .prop_map(|(bodies, own_target_group, key, weights, land, joint)| {
            let mut s = Sharing::new(bodies);
            s.own_target_group = own_target_group;
            s.key = key;
            s.weights = weights;
            s.land = land;
            if let Some(joint) = joint {
                s.joint = joint.into_iter().collect();
            }
            s
        })
}

/// A valid version-2 document: arbitrary texts, ranges, up to four
/// alternatives and perhaps a Kostenteilung, and names for both.
pub fn document_v2() -> impl Strategy<Value = Assessment> {
    (
        valid_document(),
        assessment_with_alternatives(),
        proptest::option::of(sharing(6)),
        ".{0,20}",
    )
        .prop_map(|(texts, mut a, sharing, first_name)| {
            a.master.service = texts.master.service;
            a.master.kommune = texts.master.kommune;
            a.integration.connection_fee.note = texts.integration.connection_fee.note;
            a.first_name = first_name;
            a.sharing = sharing;
            a
        })
}
