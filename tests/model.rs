//! Every formula of the model against values worked out by hand. The
//! working is in the comments, so a reader can redo it with a pocket
//! calculator beside BRIEF.md "The model".
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::cashflow::{
    discount_factor, escalation_factor, online_share, ramp, yearly_rows,
};
use efa_check::model::{evaluate, Assessment, BreakEven, Field, Payback, StaffGroup, Verdict};
use efa_check::text::form::ramp_preview;

mod common;
use common::close;

/// Case A: no discounting, no escalation, constant share — every number
/// is plain arithmetic.
///
/// - one-time: connection fee 10.000 € (h), project 10 h × 50 €/h = 500 € (nh)
/// - yearly: usage fee 1.000 € (h)
/// - 1.000 cases, online share 50 % → 500 online cases per year
/// - per online case: 6 min × 60 €/h / 60 = 6 € (nh), postage 1 € (h)
/// - horizon T = 3, i = 0, g = 0
fn case_a() -> Assessment {
    let mut a = Assessment::default();
    a.integration.connection_fee.amount = 10_000.0;
    a.integration.project_hours = 10.0;
    a.integration.project_rate = 50.0;
    a.operations.usage_fee.amount = 1_000.0;
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.online_share_start = 0.5;
    a.benefits.online_share_target = 0.5;
    a.benefits.minutes_saved_per_case = 6.0;
    a.benefits.staff_rate = 60.0;
    a.benefits.postage_saved_per_case = 1.0;
    a.parameters.horizon_years = 3;
    a.parameters.discount_rate = 0.0;
    a.parameters.escalation = 0.0;
    a
}

#[test]
fn case_a_yearly_table() {
    let rows = yearly_rows(&case_a());
    assert_eq!(rows.len(), 4, "t = 0..3");
    // t = 0: K_h = 10.000, K_nh = 500, no cases.
    close(rows[0].cost_h, 10_000.0);
    close(rows[0].cost_nh, 500.0);
    close(rows[0].online_cases, 0.0);
    close(rows[0].net, -10_500.0);
    for r in &rows[1..] {
        // N_h = 500 × 1 = 500; N_nh = 500 × 6 = 3.000; K_h = 1.000;
        // net = 500 + 3.000 − 1.000 = 2.500.
        close(r.online_cases, 500.0);
        close(r.benefit_h, 500.0);
        close(r.benefit_nh, 3_000.0);
        close(r.cost_h, 1_000.0);
        close(r.net, 2_500.0);
        // 500 cases × 6 min = 50 h; 50 / 1.561 h = 0,032031 VZÄ.
        close(r.staff_hours_saved, 50.0);
        close(r.fte_freed, 50.0 / 1561.0);
    }
    // Cumulative: −10.500, −8.000, −5.500, −3.000.
    let cumulative: Vec<f64> = rows.iter().map(|r| r.cumulative_discounted_net).collect();
    for (a, e) in cumulative
        .iter()
        .zip([-10_500.0, -8_000.0, -5_500.0, -3_000.0])
    {
        close(*a, e);
    }
}

#[test]
fn case_a_key_figures() {
    let e = evaluate(&case_a());
    // KW = −10.500 + 3 × 2.500 = −3.000.
    close(e.kapitalwert.total, -3_000.0);
    // KW_h = −10.000 + 3 × (500 − 1.000) = −11.500.
    close(e.kapitalwert.haushaltswirksam, -11_500.0);
    // KW_nh = −500 + 3 × 3.000 = 8.500.
    close(e.kapitalwert.nicht_haushaltswirksam, 8_500.0);
    close(e.kapitalwert.citizens, 0.0);
    assert_eq!(e.verdict, Verdict::NichtWirtschaftlich);
    assert_eq!(e.payback, Payback::NotWithinHorizon);
    // Cost per online case: (10.500 + 3 × 1.000) / (3 × 500) = 13.500 / 1.500 = 9 €.
    close(e.cost_per_online_case.unwrap(), 9.0);
    close(e.fte_freed_final_year, 50.0 / 1561.0);
    close(e.staff_hours_saved_total, 150.0);
    close(e.online_cases_total, 1_500.0);
}

#[test]
fn case_a_break_even_cases() {
    // KW(c) = fixed + c × slope. fixed = −10.500 − 3 × 1.000 = −13.500;
    // net per online case 7 €, share 0,5, 3 years: slope = 3 × 0,5 × 7 = 10,5.
    // c* = 13.500 / 10,5 = 1.285,714…
    let e = evaluate(&case_a());
    let BreakEven::At(cases) = e.break_even_cases else {
        panic!("expected a break-even, got {:?}", e.break_even_cases)
    };
    close(cases, 13_500.0 / 10.5);
    // Re-evaluating the full model at that volume gives KW = 0.
    let mut at = case_a();
    at.benefits.cases_per_year = cases;
    assert!(evaluate(&at).kapitalwert.total.abs() < 1e-6);
}

#[test]
fn case_a_break_even_share() {
    // With N = 0 the target share holds from year 1: slope = 1.000 × 7 × 3 = 21.000,
    // share* = 13.500 / 21.000 = 0,642857…
    let e = evaluate(&case_a());
    let BreakEven::At(share) = e.break_even_share else {
        panic!("expected a break-even, got {:?}", e.break_even_share)
    };
    close(share, 13_500.0 / 21_000.0);
    let mut at = case_a();
    at.benefits.online_share_target = share;
    at.benefits.online_share_start = share;
    assert!(evaluate(&at).kapitalwert.total.abs() < 1e-6);
}

/// Case B: discounting, escalation, case growth and a ramp.
///
/// - one-time: connection 500 €, grant 200 € → t = 0 net −300 €
/// - usage fee 100 €/year; postage saved 2 € per online case
/// - 1.000 cases, growth 10 %; share 20 % → 60 % over N = 2 years
/// - T = 2, i = 10 %, g = 10 %
fn case_b() -> Assessment {
    let mut a = Assessment::default();
    a.integration.connection_fee.amount = 500.0;
    a.funding.one_time_grant.amount = 200.0;
    a.operations.usage_fee.amount = 100.0;
    a.benefits.postage_saved_per_case = 2.0;
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.case_growth = 0.1;
    a.benefits.online_share_start = 0.2;
    a.benefits.online_share_target = 0.6;
    a.benefits.ramp_years = 2;
    a.parameters.horizon_years = 2;
    a.parameters.discount_rate = 0.1;
    a.parameters.escalation = 0.1;
    a
}

#[test]
fn case_b_discounting_escalation_growth_ramp() {
    let rows = yearly_rows(&case_b());
    // t = 1: cases 1.000, w = 0 → share 20 % → 200 online; e = 1;
    // N = 400, K = 100, net 300; d = 1/1,1 → 272,7272…
    close(rows[1].cases, 1_000.0);
    close(rows[1].online_share, 0.2);
    close(rows[1].benefit_h, 400.0);
    close(rows[1].net, 300.0);
    close(rows[1].discounted_net, 300.0 / 1.1);
    // t = 2: cases 1.100, w = 1/2 → share 40 % → 440 online; e = 1,1;
    // N = 440 × 2 × 1,1 = 968, K = 110, net 858; d = 1/1,21 → 709,0909…
    close(rows[2].cases, 1_100.0);
    close(rows[2].online_share, 0.4);
    close(rows[2].online_cases, 440.0);
    close(rows[2].benefit_h, 968.0);
    close(rows[2].cost_h, 110.0);
    close(rows[2].discounted_net, 858.0 / 1.21);
    // t = 0: 500 − 200 = 300 of cost; the grant shows as funding −200.
    close(rows[0].funding, -200.0);
    close(rows[0].net, -300.0);
    let e = evaluate(&case_b());
    // KW = −300 + 272,7272… + 709,0909… = 681,8181…
    close(e.kapitalwert.total, -300.0 + 300.0 / 1.1 + 858.0 / 1.21);
    // Cumulative: −300, −27,27, +681,82 → amortised in year 2.
    assert_eq!(e.payback, Payback::Year(2));
    assert_eq!(e.verdict, Verdict::Wirtschaftlich);
}

#[test]
fn case_b_break_even_share_with_ramp() {
    // share_t = 0,2·(1 − w_t) + s·w_t with w_1 = 0, w_2 = 0,5.
    // unit_t = 2 € × e_t × d_t: unit_1 = 2/1,1, unit_2 = 2 × 1,1/1,21 = 2/1,1.
    // fixed (without online cases) = −300 − 100/1,1 − 110/1,21 = −300 − 2 × 90,909…
    // KW(s) = fixed + 1.000 × 0,2 × unit_1 + 1.100 × (0,1 + 0,5 s) × unit_2
    //       = −481,818… + 363,636… + 200 + 1.000 s  (1.100 × 0,5 × 2/1,1 = 1.000)
    // → s* = (481,818… − 563,636…) / 1.000 < 0: KW > 0 even at target 0?
    // KW(0) = −481,818 + 363,636 + 200 = 81,818 > 0 → always positive.
    let e = evaluate(&case_b());
    assert_eq!(e.break_even_share, BreakEven::AlwaysPositive);
    let mut at = case_b();
    at.benefits.online_share_target = 0.0;
    close(
        evaluate(&at).kapitalwert.total,
        -300.0 - 200.0 / 1.1 + 363.636_363_636_363_6 + 200.0,
    );
}

#[test]
fn escalation_and_discount_factors() {
    // e_1 = 1, e_3 = 1,02² = 1,0404; d_0 = 1, d_2 = 1/1,009² = 0,982240…
    close(escalation_factor(0.02, 1), 1.0);
    close(escalation_factor(0.02, 3), 1.0404);
    close(discount_factor(0.009, 0), 1.0);
    close(discount_factor(0.009, 2), 1.0 / (1.009 * 1.009));
}

/// An otherwise empty assessment whose online share rises from `start`
/// to `target` over `years` years.
fn ramping(start: f64, target: f64, years: u32) -> Assessment {
    let mut a = Assessment::default();
    a.benefits.online_share_start = start;
    a.benefits.online_share_target = target;
    a.benefits.ramp_years = years;
    a
}

#[test]
fn online_share_ramps_linearly_then_holds() {
    // Start 20 %, target 80 %, N = 3: years 1..5 → 20, 40, 60, 80, 80 %.
    let mut a = ramping(0.2, 0.8, 3);
    for (t, expected) in [(1, 0.2), (2, 0.4), (3, 0.6), (4, 0.8), (5, 0.8)] {
        close(online_share(&a, t), expected);
    }
    // N = 0: the target from year 1.
    a.benefits.ramp_years = 0;
    close(online_share(&a, 1), 0.8);
}

#[test]
fn support_costs_per_online_case() {
    // 1.000 online cases: 1st level 5 contacts per 100 × 4 € = 200 € (h);
    // 2nd level 3 min × 60 €/h = 3 € per case → 3.000 € (nh).
    let mut a = Assessment::default();
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.online_share_start = 1.0;
    a.benefits.online_share_target = 1.0;
    a.support.first_level_contacts_per_100 = 5.0;
    a.support.first_level_cost_per_contact = 4.0;
    a.support.second_level_minutes_per_case = 3.0;
    a.support.second_level_rate = 60.0;
    a.operations.payment_fee_per_case.amount = 0.5;
    a.parameters.escalation = 0.0;
    let rows = yearly_rows(&a);
    close(rows[1].support_first_level, 200.0);
    close(rows[1].support_second_level, 3_000.0);
    // ePayBL: 1.000 × 0,50 € = 500 € in Betrieb.
    close(rows[1].operations, 500.0);
    close(rows[1].cost_h, 700.0);
    close(rows[1].cost_nh, 3_000.0);
}

#[test]
fn citizens_time_is_reported_and_only_monetised_when_switched_on() {
    // 1.000 online cases × 15 min = 250 h. At 20 €/h that is 5.000 €.
    let mut a = Assessment::default();
    a.benefits.cases_per_year = 1_000.0;
    a.benefits.online_share_start = 1.0;
    a.benefits.online_share_target = 1.0;
    a.benefits.citizen_minutes_saved_per_case = 15.0;
    a.benefits.citizen_hour_value = 20.0;
    a.parameters.horizon_years = 1;
    a.parameters.discount_rate = 0.0;
    let off = evaluate(&a);
    close(off.citizen_hours_saved_total, 250.0);
    close(off.kapitalwert.total, 0.0);
    a.benefits.monetise_citizen_time = true;
    let on = evaluate(&a);
    close(on.citizen_hours_saved_total, 250.0);
    close(on.kapitalwert.citizens, 5_000.0);
    close(on.kapitalwert.total, 5_000.0);
    // Neither KW_h nor KW_nh contains it.
    close(on.kapitalwert.haushaltswirksam, 0.0);
    close(on.kapitalwert.nicht_haushaltswirksam, 0.0);
}

#[test]
fn recurring_funding_runs_for_its_years_and_escalates() {
    // Contribution 1.000 €/year for 2 years, g = 10 %: t1 −1.000, t2 −1.100, t3 0.
    let mut a = Assessment::default();
    a.funding.recurring_contribution.amount = 1_000.0;
    a.funding.recurring_years = 2;
    a.parameters.horizon_years = 3;
    a.parameters.escalation = 0.1;
    let rows = yearly_rows(&a);
    close(rows[0].funding, 0.0);
    close(rows[1].funding, -1_000.0);
    close(rows[2].funding, -1_100.0);
    close(rows[3].funding, 0.0);
    // 0 years means the whole horizon.
    a.funding.recurring_years = 0;
    close(yearly_rows(&a)[3].funding, -1_210.0);
}

#[test]
fn grant_covering_one_time_costs_pays_back_immediately() {
    // One-time 5.000 €, grant 5.000 € → cumulative at t = 0 is 0 → "sofort".
    let mut a = Assessment::default();
    a.integration.training.amount = 5_000.0;
    a.funding.one_time_grant.amount = 5_000.0;
    assert_eq!(evaluate(&a).payback, Payback::Year(0));
}

#[test]
fn one_time_costs_spread_in_equal_parts_without_escalation() {
    // 9.000 € over 3 years: 3.000 € in each of t = 0, 1, 2, even with g = 10 %.
    let mut a = Assessment::default();
    a.integration.fachverfahren_interface.amount = 9_000.0;
    a.parameters.one_time_spread_years = 3;
    a.parameters.escalation = 0.1;
    let rows = yearly_rows(&a);
    for row in &rows[..3] {
        close(row.integration_cash, 3_000.0);
    }
    close(rows[3].integration_cash, 0.0);
    // Spread beyond the horizon is capped at T + 1 years: T = 1 → halves.
    a.parameters.horizon_years = 1;
    let rows = yearly_rows(&a);
    close(rows[0].integration_cash, 4_500.0);
    close(rows[1].integration_cash, 4_500.0);
}

#[test]
fn beamte_convert_hours_with_1602_hours() {
    let mut a = case_a();
    a.parameters.staff_group = StaffGroup::Beamte;
    close(evaluate(&a).fte_freed_final_year, 50.0 / 1602.0);
}

#[test]
fn break_even_without_positive_unit_value_is_never() {
    // Regression: a negative net per case must not produce a negative
    // "break-even" volume; more cases only make it worse.
    let mut a = case_a();
    a.operations.payment_fee_per_case.amount = 100.0;
    assert_eq!(evaluate(&a).break_even_cases, BreakEven::Never);
    assert_eq!(evaluate(&a).break_even_share, BreakEven::Never);
}

#[test]
fn break_even_share_above_100_percent_is_never() {
    // Case A needs 64 % online; with only 100 cases even 100 % cannot pay
    // for 13.500 € of fixed costs (100 × 7 × 3 = 2.100 €).
    let mut a = case_a();
    a.benefits.cases_per_year = 100.0;
    assert_eq!(evaluate(&a).break_even_share, BreakEven::Never);
    assert!(matches!(evaluate(&a).break_even_cases, BreakEven::At(_)));
}

#[test]
fn no_online_cases_means_no_cost_per_case() {
    let e = evaluate(&Assessment::default());
    assert_eq!(e.cost_per_online_case, None);
    assert!(e.kapitalwert.total.is_finite());
}

#[test]
fn a_lump_sum_from_one_quote_is_a_one_time_cash_cost() {
    // Case A plus "Sonstige einmalige Kosten (laut Angebot)" of 6.000 €:
    // it falls in t = 0 like every one-time cost paid out, so K_h(0) =
    // 10.000 + 6.000 = 16.000 € and KW_h = −11.500 − 6.000 = −17.500 €.
    let mut a = case_a();
    a.integration.other_one_time.amount = 6_000.0;
    let e = evaluate(&a);
    close(e.years[0].integration_cash, 16_000.0);
    close(e.kapitalwert.haushaltswirksam, -17_500.0);
    close(e.kapitalwert.total, -9_000.0);
    // Spread over 2 years: 8.000 € in t = 0 and in t = 1, unescalated.
    a.parameters.one_time_spread_years = 2;
    let rows = yearly_rows(&a);
    close(rows[0].integration_cash, 8_000.0);
    close(rows[1].integration_cash, 8_000.0);
    // It is a cost line like the others: a note, "unbekannt", a key.
    let f = Field::OtherOneTime;
    assert!(f.is_cost() && f.can_be_unknown() && f.is_cost_line());
    assert_eq!(f.key(), "other-one-time");
    assert_eq!(Field::from_key("other-one-time"), Some(f));
    assert_eq!(
        efa_check::text::form::field_text(f).label,
        "Sonstige einmalige Kosten (laut Angebot), in Euro"
    );
}

#[test]
fn the_ramp_preview_shows_the_shares_the_table_uses() {
    // 40 % → 100 % over N = 2 years: 40, 70, then 100 % from year 3 on.
    let mut a = ramping(0.4, 1.0, 2);
    assert_eq!(ramp(&a), [0.4, 0.7, 1.0]);
    assert_eq!(
        ramp_preview(&a).replace('\u{a0}', " "),
        "Jahr 1: 40 % · Jahr 2: 70 % · ab Jahr 3: 100 %"
    );
    // N = 0: the target from year 1.
    a.benefits.ramp_years = 0;
    assert_eq!(ramp_preview(&a).replace('\u{a0}', " "), "ab Jahr 1: 100 %");
    // A target beyond the horizon: 20 % → 50 % over 6 years, T = 5.
    let a = ramping(0.2, 0.5, 6);
    assert_eq!(
        ramp_preview(&a).replace('\u{a0}', " "),
        "Jahr 1: 20 % · Jahr 2: 25 % · Jahr 3: 30 % · Jahr 4: 35 % · Jahr 5: 40 % · \
         Ziel-Anteil 50 % erst im 7. Jahr, nach dem Betrachtungszeitraum"
    );
}

proptest::proptest! {
    /// The preview and the yearly table cannot disagree: they read one
    /// function.
    #[test]
    fn the_ramp_preview_equals_the_yearly_shares(a in common::valid_assessment()) {
        let rows = yearly_rows(&a);
        let shares = ramp(&a);
        proptest::prop_assert!(!shares.is_empty() && shares.len() < rows.len());
        for (t, share) in (1..).zip(&shares) {
            proptest::prop_assert_eq!(*share, rows[t].online_share);
        }
    }
}
