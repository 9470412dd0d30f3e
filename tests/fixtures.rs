//! The two example documents under tests/fixtures/ with their results
//! pinned. A change to any formula shows up here as a reviewed diff
//! (`UPDATE_EXPECT=1 cargo test --test fixtures` rewrites the expectations).
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;

use efa_check::model::{evaluate, BreakEven, Evaluation};
use efa_check::share::{examples, from_json};
use expect_test::{expect, Expect};

fn break_even(b: BreakEven) -> String {
    match b {
        BreakEven::At(v) => format!("{v:.4}"),
        other => format!("{other:?}"),
    }
}

/// A plain-text report with two decimals, independent of the UI formatter.
fn report(e: &Evaluation) -> String {
    let mut out = String::from(
        "  t      cases  online   cost_h  cost_nh  benefit_h benefit_nh       net  cum_disc   fte\n",
    );
    for r in &e.years {
        writeln!(
            out,
            "{:>3} {:>10.2} {:>7.2} {:>8.2} {:>8.2} {:>10.2} {:>10.2} {:>9.2} {:>9.2} {:>5.3}",
            r.t,
            r.cases,
            r.online_cases,
            r.cost_h,
            r.cost_nh,
            r.benefit_h,
            r.benefit_nh,
            r.net,
            r.cumulative_discounted_net,
            r.fte_freed
        )
        .unwrap();
    }
    let kw = &e.kapitalwert;
    writeln!(
        out,
        "KW {:.2} = h {:.2} + nh {:.2} + citizens {:.2}",
        kw.total, kw.haushaltswirksam, kw.nicht_haushaltswirksam, kw.citizens
    )
    .unwrap();
    writeln!(out, "verdict {:?}, payback {:?}", e.verdict, e.payback).unwrap();
    writeln!(
        out,
        "break-even cases {}, share {}",
        break_even(e.break_even_cases),
        break_even(e.break_even_share)
    )
    .unwrap();
    writeln!(
        out,
        "cost per online case {:.4}, citizen hours {:.2}",
        e.cost_per_online_case.unwrap_or(f64::NAN),
        e.citizen_hours_saved_total
    )
    .unwrap();
    out
}

fn check(json: &str, expected: Expect) {
    let doc = from_json(json).expect("fixture decodes");
    expected.assert_eq(&report(&evaluate(&doc)));
}

#[test]
fn small_gemeinde_results() {
    check(
        examples::SMALL_GEMEINDE,
        expect![[r#"
          t      cases  online   cost_h  cost_nh  benefit_h benefit_nh       net  cum_disc   fte
          0       0.00    0.00  5600.00  2711.60       0.00       0.00  -8311.60  -8311.60 0.000
          1     600.00  180.00  1957.30   406.74     279.00    3403.08   1318.04  -7005.32 0.035
          2     600.00  260.00  2036.02   599.26     411.06    5013.87   2789.65  -4265.21 0.050
          3     600.00  340.00  2117.11   799.33     548.29    6687.73   4319.59    -60.19 0.065
          4     600.00  420.00  2200.63  1007.15     690.85    8426.54   5909.61   5641.38 0.081
          5     600.00  420.00  2244.64  1027.29     704.66    8595.07   6027.80  11405.11 0.081
        KW 11405.11 = h -13315.78 + nh 24720.89 + citizens 0.00
        verdict Wirtschaftlich, payback Year(4)
        break-even cases 365.5487, share 0.3502
        cost per online case 14.0167, citizen hours 405.00
    "#]],
    );
}

#[test]
fn large_city_results() {
    check(
        examples::LARGE_CITY,
        expect![[r#"
          t      cases  online   cost_h  cost_nh  benefit_h benefit_nh       net  cum_disc   fte
          0       0.00    0.00 118000.00 47130.00       0.00       0.00 -165130.00 -165130.00 0.000
          1   40000.00 10000.00 56080.00 31510.00   21500.00  126040.00  59950.00 -105714.74 1.281
          2   40400.00 15150.00 60658.07 48692.40   29021.55  194769.61 114440.69   6693.49 1.941
          3   40804.00 20402.00 70668.67 66883.88   36978.63  267535.54 166961.61 169227.09 2.614
          4   41212.04 25757.52 75821.67 86129.72   45390.69  344518.89 227958.19 389160.15 3.300
          5   41624.16 31218.12 81227.36 106477.01   54277.98  425908.03 292481.65 668828.16 4.000
        KW 668828.16 = h -271271.16 + nh 940099.32 + citizens 0.00
        verdict Wirtschaftlich, payback Year(2)
        break-even cases 14749.2605, share 0.1252
        cost per online case 8.2834, citizen hours 37593.47
    "#]],
    );
}
