//! Property tests over the whole valid input space: the model never panics,
//! never returns NaN or ∞, and the Kapitalwert moves the right way when a
//! cost or a benefit rises.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::format::input_value;
use efa_check::model::Unit;
use efa_check::model::{evaluate, Assessment, Evaluation, Field};
use efa_check::parse::parse_number;
use efa_check::text::{set_lang, Lang};
use proptest::prelude::*;

mod common;
use common::valid_assessment;

fn all_finite(e: &Evaluation) -> bool {
    let kw = &e.kapitalwert;
    let rows_finite = e.years.iter().all(|r| {
        [
            r.cases,
            r.online_share,
            r.online_cases,
            r.cost_h,
            r.cost_nh,
            r.benefit_h,
            r.benefit_nh,
            r.benefit_citizens,
            r.net,
            r.discount_factor,
            r.discounted_net,
            r.cumulative_discounted_net,
            r.staff_hours_saved,
            r.fte_freed,
            r.citizen_hours_saved,
        ]
        .iter()
        .all(|v| v.is_finite())
    });
    let break_even_finite = |b: efa_check::model::BreakEven| match b {
        efa_check::model::BreakEven::At(v) => v.is_finite() && v >= 0.0,
        _ => true,
    };
    rows_finite
        && [
            kw.total,
            kw.haushaltswirksam,
            kw.nicht_haushaltswirksam,
            kw.citizens,
        ]
        .iter()
        .all(|v| v.is_finite())
        && e.cost_per_online_case.is_none_or(f64::is_finite)
        && e.fte_freed_final_year.is_finite()
        && break_even_finite(e.break_even_cases)
        && break_even_finite(e.break_even_share)
}

/// Raising one of these can only raise the Kapitalwert.
const BENEFITS: &[Field] = &[
    Field::MinutesSaved,
    Field::StaffRate,
    Field::PostageSaved,
    Field::PrintScanSaved,
    Field::AvoidedLicence,
    Field::CitizenMinutesSaved,
    Field::CitizenHourValue,
    Field::OneTimeGrant,
    Field::RecurringContribution,
];

/// The same assessment with `field` raised by a relative step inside its
/// domain, or `None` when it sits at its maximum.
fn raised(a: &Assessment, field: Field, step: f64) -> Option<Assessment> {
    let d = field.domain();
    let old = field.get(a);
    let new = (old + step * (1.0 + old.abs())).min(d.max);
    (new > old).then(|| {
        let mut b = a.clone();
        field.set(&mut b, new);
        b
    })
}

/// Floating-point slack for comparing two Kapitalwerte of this size.
fn slack(a: f64, b: f64) -> f64 {
    1e-9 * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn valid_inputs_give_finite_results(a in valid_assessment()) {
        prop_assert!(a.invalid_fields().is_empty());
        let e = evaluate(&a);
        prop_assert!(all_finite(&e), "non-finite result for {a:?}");
        prop_assert_eq!(e.years.len() as u32, a.parameters.horizon_years + 1);
    }

    #[test]
    fn kapitalwert_falls_when_a_cost_rises(
        a in valid_assessment(),
        i in 0..Field::COSTS.len(),
        step in 0.01f64..10.0,
    ) {
        if let Some(b) = raised(&a, Field::COSTS[i], step) {
            let (before, after) = (evaluate(&a).kapitalwert.total, evaluate(&b).kapitalwert.total);
            prop_assert!(after <= before + slack(before, after),
                "{:?} up: KW {} → {}", Field::COSTS[i], before, after);
        }
    }

    #[test]
    fn kapitalwert_rises_when_a_benefit_rises(
        a in valid_assessment(),
        i in 0..BENEFITS.len(),
        step in 0.01f64..10.0,
    ) {
        if let Some(b) = raised(&a, BENEFITS[i], step) {
            let (before, after) = (evaluate(&a).kapitalwert.total, evaluate(&b).kapitalwert.total);
            prop_assert!(after + slack(before, after) >= before,
                "{:?} up: KW {} → {}", BENEFITS[i], before, after);
        }
    }

    #[test]
    fn break_even_cases_really_zeroes_the_kapitalwert(a in valid_assessment()) {
        if let efa_check::model::BreakEven::At(cases) = evaluate(&a).break_even_cases {
            let mut b = a.clone();
            b.benefits.cases_per_year = cases;
            let kw = evaluate(&b).kapitalwert.total;
            // Relative to the size of the flows that cancel out.
            let scale = common::flow_scale(&evaluate(&b));
            prop_assert!(kw.abs() <= 1e-9 * (1.0 + scale), "KW {} at {} cases", kw, cases);
        }
    }

    /// Whatever arrives (a document with garbage numbers), evaluation does
    /// not panic; it only promises finite numbers for valid input.
    #[test]
    fn arbitrary_numbers_never_panic(
        values in proptest::collection::vec(any::<f64>(), Field::ALL.len()),
        horizon in any::<u32>(),
        spread in any::<u32>(),
        ramp in any::<u32>(),
    ) {
        let mut a = Assessment::default();
        for (&field, v) in Field::ALL.iter().zip(values) {
            field.set(&mut a, v);
        }
        a.parameters.horizon_years = horizon;
        a.parameters.one_time_spread_years = spread;
        a.benefits.ramp_years = ramp;
        let e = evaluate(&a);
        prop_assert!(e.years.len() <= 31);
    }

    /// The parser never panics, whatever is typed or pasted, in either
    /// language's notation.
    #[test]
    fn parser_never_panics(text in ".{0,40}") {
        for lang in Lang::ALL {
            set_lang(lang);
            for unit in [Unit::Euro, Unit::Percent, Unit::Count, Unit::Years] {
                if let Ok(Some(v)) = parse_number(&text, unit) {
                    prop_assert!(v.is_finite());
                }
            }
        }
    }

    /// What the form shows for a value reads back as the same value, in
    /// both languages: a figure typed in one notation and shown in the
    /// other never changes (`format::input_value` and `parse`).
    #[test]
    fn shown_values_read_back_in_both_languages(value in -1.0e9f64..1.0e9) {
        let shown_value = (value * 100.0).round() / 100.0;
        for lang in Lang::ALL {
            set_lang(lang);
            let shown = input_value(shown_value, false);
            let back = parse_number(&shown, Unit::Euro);
            prop_assert_eq!(back, Ok(Some(shown_value)), "{:?}: {}", lang, shown);
        }
    }

    /// Every sentence about a result is written in both languages, without
    /// a NaN or an infinity in its words.
    #[test]
    fn verdicts_read_in_both_languages(a in valid_assessment()) {
        let e = evaluate(&a);
        for lang in Lang::ALL {
            set_lang(lang);
            let words = [
                efa_check::text::results::verdict_text(&e),
                efa_check::text::results::kw_parts_sentence(&e.kapitalwert, e.fte_freed_final_year),
                efa_check::text::results::break_even_cases_sentence(e.break_even_cases),
            ];
            for w in words {
                prop_assert!(!w.trim().is_empty());
                prop_assert!(!w.contains("NaN") && !w.contains("inf"), "{:?}: {}", lang, w);
            }
        }
    }
}
