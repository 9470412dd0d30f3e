//! The example documents under tests/fixtures/ with their results
//! pinned. A change to any formula shows up here as a reviewed diff
//! (`UPDATE_EXPECT=1 cargo test --test fixtures` rewrites the expectations).
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write;

use efa_check::model::sensitivity::tornado;
use efa_check::model::uncertainty::simulate;
use efa_check::model::{evaluate, BreakEven, Evaluation};
use efa_check::share::{decode_assessment, examples, from_json, link};
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

/// The example the app opens with: the small Gemeinde's figures plus four
/// illustrative ranges. Its point results equal `small_gemeinde_results`
/// (the ranges leave the most likely values alone); the Monte Carlo and
/// the tornado are what a new user sees first.
#[test]
fn starting_example_results() {
    let doc = examples::starting();
    assert_eq!(
        Ok(&doc),
        from_json(examples::STARTING).as_ref(),
        "not the fallback"
    );
    assert_eq!(
        report(&evaluate(&doc)),
        report(&evaluate(&from_json(examples::SMALL_GEMEINDE).unwrap())),
        "same point values as the small Gemeinde"
    );
    let point = evaluate(&doc);
    let mc = simulate(&doc);
    let mut text = format!(
        "KW {:.2}, payback {:?}\nranges {:?}\nn {} P(KW>0) {:.4} mean {:.2} P10 {:.2} P50 {:.2} P90 {:.2}\nhist {:?}\npayback {:?} never {} median {:?}\n",
        point.kapitalwert.total,
        point.payback,
        doc.uncertainty.ranges.keys().map(|f| f.key()).collect::<Vec<_>>(),
        mc.samples, mc.probability_positive, mc.mean, mc.p10, mc.p50, mc.p90,
        mc.histogram, mc.payback_years, mc.payback_never, mc.payback_median
    );
    for bar in tornado(&doc).iter().take(5) {
        writeln!(
            text,
            "tornado {} {:.2}..{:.2}: {:.2}..{:.2}{}",
            bar.field.key(),
            bar.low,
            bar.high,
            bar.kw_low,
            bar.kw_high,
            if bar.from_range { " (Spanne)" } else { "" }
        )
        .unwrap();
    }
    expect![[r#"
        KW 11405.11, payback Year(4)
        ranges ["fachverfahren-interface", "cases-per-year", "online-share-target", "minutes-saved"]
        n 10000 P(KW>0) 0.8222 mean 6811.83 P10 -2231.84 P50 6510.43 P90 16083.24
        hist [3, 43, 122, 372, 642, 916, 1168, 1288, 1354, 1143, 1033, 748, 550, 275, 166, 105, 48, 16, 4, 4]
        payback [0, 0, 12, 2170, 4186, 1854] never 1778 median Some(4)
        tornado minutes-saved 8.00..25.00: -5903.97..23521.46 (Spanne)
        tornado online-share-target 0.40..0.85: 1624.12..16295.60 (Spanne)
        tornado cases-per-year 450.00..750.00: 4108.22..18702.00 (Spanne)
        tornado staff-rate 50.42..75.62: 5173.84..17636.37
        tornado horizon-years 4.00..6.00: 5641.38..17231.67
    "#]].assert_eq(&text);
}

/// Guards against a starting example that only opens through the file
/// reader: every reader goes through `decode_assessment`, and the example
/// must also travel as a typical link (under 2.000 characters).
#[test]
fn starting_example_decodes_and_travels_as_a_link() {
    let value: serde_json::Value = serde_json::from_str(examples::STARTING).unwrap();
    assert_eq!(value["format"], "efa-check");
    let version = u32::try_from(value["version"].as_u64().unwrap()).unwrap();
    let doc = decode_assessment(version, value["assessment"].clone()).expect("decodes");
    assert_eq!(doc, examples::starting());
    assert!(doc.master.service.ends_with("(illustratives Beispiel)"));
    assert!(doc.master.kommune.ends_with("(Beispiel)"));
    let fragment = link::encode(&doc);
    let origin = "https://www.landkreis-musterhausen.de/digitalisierung/efa-check/#";
    let length = origin.len() + fragment.len();
    println!("start example link: {length} characters");
    assert!(length < 2000, "{length} characters");
    assert_eq!(link::decode(&fragment), Ok(doc));
}

/// The English starting example is the German one with its names and
/// notes in English: every figure, range and setting is the same, and an
/// English first visit starts from it.
#[test]
fn english_starting_example_differs_only_in_its_words() {
    let german = from_json(examples::STARTING).unwrap();
    let english = from_json(examples::STARTING_EN).unwrap();
    assert_ne!(german, english);
    assert_eq!(evaluate(&german), evaluate(&english));
    let mut words_removed = english.clone();
    words_removed.master = german.master.clone();
    for &field in efa_check::model::Field::ALL {
        if let (Some(line), Some(german_line)) = (
            field.cost_line_mut(&mut words_removed),
            field.cost_line(&german),
        ) {
            line.note = german_line.note.clone();
        }
    }
    assert_eq!(
        words_removed, german,
        "only the service, the Kommune and the notes differ"
    );
    efa_check::text::set_lang(efa_check::text::Lang::En);
    assert_eq!(examples::starting(), english);
    assert!(examples::is_starting(&german) && examples::is_starting(&english));
}
