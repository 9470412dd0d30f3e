//! The words of the results: the verdict, key figures and how each was
//! computed, the chart's caption and labels.
//!
//! Shared here: the types ([`MoneyScale`], [`Explanation`]), the words
//! read from the page frame's `Texts` ([`verdict_word`],
//! [`cost_per_case_value`]) and the threshold rounding; every sentence is
//! written once per language, in `de.rs` and `en.rs`.

mod de;
mod en;

use super::t;
use crate::format::{self, euro, euro_cents, grouped};
use crate::model::{BreakEven, Evaluation, Kapitalwert, Missing, Payback, Verdict};

/// The verdict in one or two words, for the summary bar.
pub fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Wirtschaftlich => t().summary_positive,
        Verdict::NichtWirtschaftlich => t().summary_negative,
        Verdict::Unvollstaendig => t().summary_incomplete,
    }
}

/// A cost per online case, or the words for "none".
pub fn cost_per_case_value(cost: Option<f64>) -> String {
    cost.map_or_else(|| t().no_online_cases.to_string(), euro_cents)
}

/// A break-even case number, rounded by the threshold rule
/// (`format::threshold`): up, as more cases help. The kritischer Wert of
/// the case number reads the same.
fn cases_threshold(x: f64) -> String {
    format::threshold(x, 0, true)
}

/// A break-even target share, rounded by the threshold rule: up.
fn share_threshold(x: f64) -> String {
    format::threshold_percent(x, 1, true)
}

/// The largest of the three cost categories (integration, operations,
/// support) of "Kosten nach Kategorie je Jahr", as its index and total;
/// `None` while no category costs anything.
fn largest_category(totals: &[f64; 4]) -> Option<(usize, f64)> {
    let (k, largest) =
        totals[..3]
            .iter()
            .copied()
            .enumerate()
            .fold(
                (0, f64::MIN),
                |best, (k, v)| if v > best.1 { (k, v) } else { best },
            );
    (largest > 0.0).then_some((k, largest))
}

/// One money format for a whole table or axis: whole euros, or thousands
/// of euros once amounts get wide (STYLE: "one format per table").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyScale {
    Euro,
    Thousand,
}

impl MoneyScale {
    fn largest(values: impl IntoIterator<Item = f64>) -> f64 {
        values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, |m, v| m.max(v.abs()))
    }

    /// For a table: Tsd. € once any amount reaches 100.000 €.
    pub fn for_table(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 100_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// For a chart axis: Tsd. € once any amount reaches 10.000 €.
    pub fn for_axis(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 10_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// The number without unit, for a table cell: "1.234" or "1,2".
    pub fn number(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => grouped(value, 0),
            MoneyScale::Thousand => grouped(value / 1000.0, 1),
        }
    }

    /// The unit for a column header: "in €" or "in Tsd. €" (English
    /// "in € thousand").
    pub fn unit(self) -> &'static str {
        match self {
            MoneyScale::Euro => t().unit_euro,
            MoneyScale::Thousand => t().unit_thousand_euro,
        }
    }

    /// A tick label with unit: "-5.000 €", "2,5 Tsd. €", "10 Tsd. €"
    /// (English "-€5,000", "€2.5k", "€10k").
    pub fn tick(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => euro(value),
            MoneyScale::Thousand if value == 0.0 => euro(0.0),
            MoneyScale::Thousand => thousand_tick(&format::input_value(value / 1000.0, false)),
        }
    }
}

/// How a key figure was computed: the formula, then the inputs used.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub formula: String,
    pub inputs: Vec<String>,
}

per_language! {
    /// Payback in words, as a key figure: "im 3. Jahr", "sofort".
    pub fn payback_short(payback: Payback, horizon: u32) -> String;

    /// The verdict sentence, e.g. "Wirtschaftlich: Kapitalwert +123.456 €,
    /// amortisiert im 3. Jahr". Without a verdict it only says that inputs
    /// are missing; [`verdict_text`] names them.
    pub fn verdict_sentence(verdict: Verdict, kw: f64, payback: Payback, horizon: u32) -> String;

    /// The whole plain-language verdict: the verdict sentence, then both
    /// parts of the Kapitalwert, so a positive result that the budget pays
    /// for cannot read as money saved: "Wirtschaftlich: Kapitalwert
    /// +123.456 €, amortisiert im 3. Jahr. Davon haushaltswirksam
    /// -246.135 €, nicht haushaltswirksam +369.591 € (frei werdende
    /// Arbeitszeit, 2,04 VZÄ im letzten Jahr)." Without a verdict: "Noch kein
    /// Ergebnis: Es fehlen die Fallzahl pro Jahr und die Kosten."
    pub fn verdict_text(e: &Evaluation) -> String;

    /// The two parts of the Kapitalwert in words (and the external benefit
    /// when citizens' time is monetised): "Davon haushaltswirksam -246.135 €,
    /// nicht haushaltswirksam +369.591 € (frei werdende Arbeitszeit, 2,04 VZÄ
    /// im letzten Jahr)."
    pub fn kw_parts_sentence(kw: &Kapitalwert, fte: f64) -> String;

    /// "Es fehlt die Fallzahl pro Jahr", "Es fehlen die Kosten", "Es fehlen
    /// die Fallzahl pro Jahr, der Online-Anteil und die Kosten".
    pub fn missing_list(missing: &[Missing]) -> String;

    /// One missing input as a reason, saying what to do.
    pub fn missing_reason(m: Missing) -> String;

    /// The chart's message for its caption.
    pub fn chart_caption(payback: Payback, horizon: u32) -> String;

    /// Label of the payback marker inside the chart.
    pub fn chart_payback_marker(year: u32) -> String;

    /// Title of the chart (the SVG's `<title>`), naming the service.
    pub fn chart_title(service: &str) -> String;

    /// A break-even case volume as a key figure.
    pub fn break_even_cases_value(b: BreakEven) -> String;

    /// The sentence that explains a break-even case volume.
    pub fn break_even_cases_sentence(b: BreakEven) -> String;

    /// A break-even online share as a key figure.
    pub fn break_even_share_value(b: BreakEven) -> String;

    /// The sentence that explains a break-even online share.
    pub fn break_even_share_sentence(b: BreakEven) -> String;

    /// VZÄ as a key figure: "0,18 VZÄ".
    pub fn fte_value(fte: f64) -> String;

    /// Hours as a key figure: "1.234 Stunden".
    pub fn hours_value(hours: f64) -> String;

    /// A tick label in thousands of euros, from the number already divided
    /// by 1000 and written in the input notation: "2,5 Tsd. €" (English
    /// "€2.5k"). [`MoneyScale::tick`] uses it.
    pub fn thousand_tick(number: &str) -> String;

    /// KW = Σ (N_t − K_t)/(1+i)^t, with the yearly discounted nets.
    pub fn explain_kw(rate: f64, horizon: u32, discounted: &[(u32, f64)], kw: f64) -> Explanation;

    /// KW haushaltswirksam.
    pub fn explain_kw_h(kw_h: f64) -> Explanation;

    /// KW nicht haushaltswirksam.
    pub fn explain_kw_nh(kw_nh: f64, minutes: f64, staff_rate: f64) -> Explanation;

    /// Externer Nutzen from monetised citizens' time.
    pub fn explain_kw_citizens(value: f64, minutes: f64, hour_value: f64) -> Explanation;

    /// Dynamische Amortisation.
    pub fn explain_payback(cumulative: &[(u32, f64)], payback: Payback, horizon: u32) -> Explanation;

    /// Mindest-Fallzahl (Gewinnschwelle).
    pub fn explain_break_even_cases(b: BreakEven, net_per_case: f64) -> Explanation;

    /// Mindest-Ziel-Online-Anteil (Gewinnschwelle).
    pub fn explain_break_even_share(b: BreakEven, start_share: f64, ramp: u32) -> Explanation;

    /// Kosten je Online-Fall.
    pub fn explain_cost_per_case(cost: Option<f64>, total_cost: f64, online: f64) -> Explanation;

    /// VZÄ freigesetzt.
    pub fn explain_fte(hours: f64, annual_hours: f64, fte: f64, year: u32) -> Explanation;

    /// Bürgerstunden.
    pub fn explain_citizen_hours(online: f64, minutes: f64, hours: f64) -> Explanation;

    /// The name shown for alternative `index` (0 = the first): the stored
    /// name, or while it is empty "EfA-Nachnutzung" for the first (the
    /// assessment is about adopting an EfA service) and "Alternative 2", …
    /// for the others.
    pub fn alternative_name(index: usize, stored: &str) -> String;

    /// The message of "Kosten nach Kategorie je Jahr": the largest category
    /// over the horizon, "Größter Kostenblock über 5 Jahre: Betrieb mit
    /// 9.350 €; die Förderung deckt 3.000 €."
    pub fn categories_message(totals: [f64; 4], years: u32) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    fn english() {
        set_lang(Lang::En);
    }

    fn kw(total: f64, h: f64, nh: f64, citizens: f64) -> Kapitalwert {
        Kapitalwert {
            total,
            haushaltswirksam: h,
            nicht_haushaltswirksam: nh,
            citizens,
        }
    }

    fn evaluation(verdict: Verdict, missing: Vec<Missing>) -> Evaluation {
        Evaluation {
            years: Vec::new(),
            kapitalwert: kw(123_456.0, -246_135.0, 369_591.0, 0.0),
            verdict,
            payback: Payback::Year(3),
            break_even_cases: BreakEven::Never,
            break_even_share: BreakEven::Never,
            cost_per_online_case: None,
            fte_freed_final_year: 2.04,
            staff_hours_saved_total: 0.0,
            citizen_hours_saved_total: 0.0,
            online_cases_total: 0.0,
            missing,
        }
    }

    #[test]
    fn money_scale_in_german() {
        assert_eq!(MoneyScale::for_axis([9_999.0]), MoneyScale::Euro);
        assert_eq!(MoneyScale::for_axis([-10_000.0]), MoneyScale::Thousand);
        assert_eq!(MoneyScale::for_table([99_999.0]), MoneyScale::Euro);
        assert_eq!(MoneyScale::Thousand.unit(), "in Tsd. €");
        assert_eq!(MoneyScale::Thousand.tick(2_500.0), "2,5\u{a0}Tsd.\u{a0}€");
        assert_eq!(MoneyScale::Thousand.tick(-10_000.0), "-10\u{a0}Tsd.\u{a0}€");
        assert_eq!(MoneyScale::Thousand.tick(0.0), "0\u{a0}€");
        assert_eq!(MoneyScale::Euro.tick(-5_000.0), "-5.000\u{a0}€");
        assert_eq!(MoneyScale::Thousand.number(123_456.0), "123,5");
    }

    #[test]
    fn money_scale_in_english() {
        english();
        assert_eq!(MoneyScale::Euro.unit(), "in €");
        assert_eq!(MoneyScale::Thousand.unit(), "in € thousand");
        assert_eq!(MoneyScale::Thousand.tick(2_500.0), "€2.5k");
        assert_eq!(MoneyScale::Thousand.tick(-10_000.0), "-€10k");
        assert_eq!(MoneyScale::Thousand.tick(0.0), "€0");
        assert_eq!(MoneyScale::Euro.tick(-5_000.0), "-€5,000");
        assert_eq!(MoneyScale::Thousand.number(123_456.0), "123.5");
    }

    #[test]
    fn german_break_even_and_missing_words() {
        assert_eq!(
            break_even_cases_value(BreakEven::At(7_513.4)),
            "7.514 Fälle"
        );
        assert_eq!(
            missing_list(&[Missing::Cases, Missing::Costs]),
            "Es fehlen die Fallzahl pro Jahr und die Kosten"
        );
        assert_eq!(alternative_name(0, " "), "EfA-Nachnutzung");
        assert_eq!(
            categories_message([1_000.0, 9_350.0, 0.0, -3_000.0], 5),
            "Größter Kostenblock über 5 Jahre: Betrieb mit 9.350\u{a0}€; die Förderung deckt \
             3.000\u{a0}€."
        );
    }

    #[test]
    fn english_payback_and_verdict() {
        english();
        assert_eq!(payback_short(Payback::Year(0), 5), "immediately (year 0)");
        assert_eq!(payback_short(Payback::Year(3), 5), "in year 3");
        assert_eq!(
            payback_short(Payback::NotWithinHorizon, 5),
            "not within 5 years"
        );
        assert_eq!(
            payback_short(Payback::NotWithinHorizon, 1),
            "not within 1 year"
        );
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 123_456.0, Payback::Year(3), 5),
            "Economically viable: Kapitalwert (net present value) +€123,456, pays for itself \
             in year 3"
        );
        assert_eq!(
            verdict_sentence(
                Verdict::NichtWirtschaftlich,
                -12_345.0,
                Payback::NotWithinHorizon,
                5
            ),
            "Not economically viable: Kapitalwert (net present value) -€12,345, no payback \
             within 5 years"
        );
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 10.0, Payback::Year(0), 5),
            "Economically viable: Kapitalwert (net present value) +€10, pays for itself \
             immediately"
        );
        assert_eq!(
            verdict_sentence(Verdict::Unvollstaendig, 0.0, Payback::Year(0), 5),
            "No result yet: details are missing."
        );
        assert_eq!(verdict_word(Verdict::Wirtschaftlich), "economically viable");
    }

    #[test]
    fn english_verdict_text_and_parts() {
        english();
        assert_eq!(
            verdict_text(&evaluation(Verdict::Wirtschaftlich, Vec::new())),
            "Economically viable: Kapitalwert (net present value) +€123,456, pays for itself \
             in year 3. Of this, haushaltswirksam (budget-effective) -€246,135 and nicht \
             haushaltswirksam (not budget-effective) +€369,591 (working time freed in the \
             last year: 2.04 VZÄ, full-time equivalents)."
        );
        assert_eq!(
            verdict_text(&evaluation(
                Verdict::Unvollstaendig,
                vec![Missing::Cases, Missing::OnlineShare, Missing::Costs]
            )),
            "No result yet: the number of cases per year, the online share and the costs are \
             missing."
        );
        assert_eq!(
            verdict_text(&evaluation(Verdict::Unvollstaendig, vec![Missing::Costs])),
            "No result yet: the costs are missing."
        );
        assert_eq!(
            kw_parts_sentence(&kw(0.0, -1_000.0, 500.0, 2_000.0), 0.5),
            "Of this, haushaltswirksam (budget-effective) -€1,000, nicht haushaltswirksam \
             (not budget-effective) +€500 (working time freed in the last year: 0.50 VZÄ, \
             full-time equivalents) and external benefit (citizens' time) +€2,000."
        );
    }

    #[test]
    fn english_missing_inputs() {
        english();
        assert_eq!(missing_list(&[]), "");
        assert_eq!(
            missing_list(&[Missing::Cases]),
            "The number of cases per year is missing"
        );
        assert_eq!(missing_list(&[Missing::Costs]), "The costs are missing");
        assert_eq!(
            missing_list(&[Missing::Cases, Missing::OnlineShare]),
            "The number of cases per year and the online share are missing"
        );
        assert_eq!(
            missing_reason(Missing::OnlineShare),
            "The online share is missing: enter the share of cases that will be submitted \
             online."
        );
        assert_eq!(
            missing_reason(Missing::Costs),
            "The costs are missing: enter at least one cost item, such as the connection fee \
             or the usage fee."
        );
        assert_eq!(
            missing_reason(Missing::Cases),
            "The number of cases per year is missing: enter how many cases arise in the first \
             year of operation, online and on paper."
        );
    }

    #[test]
    fn english_chart_words() {
        english();
        assert_eq!(
            chart_caption(Payback::Year(0), 5),
            "Reuse pays for itself immediately: the cumulative present value is not negative \
             even in the base year."
        );
        assert_eq!(
            chart_caption(Payback::Year(4), 5),
            "Reuse pays for itself in year 4: there the cumulative present value reaches \
             break-even."
        );
        assert_eq!(
            chart_caption(Payback::NotWithinHorizon, 1),
            "Reuse does not pay for itself within 1 year: the cumulative present value stays \
             below break-even."
        );
        assert_eq!(chart_payback_marker(0), "Immediate payback");
        assert_eq!(chart_payback_marker(4), "Payback in year 4");
        assert_eq!(chart_title(" "), "Cumulative present value per year");
        assert_eq!(
            chart_title("Dog tax"),
            "Cumulative present value per year: Dog tax"
        );
    }

    #[test]
    fn english_break_even() {
        english();
        assert_eq!(
            break_even_cases_value(BreakEven::At(7_513.4)),
            "7,514 cases"
        );
        assert_eq!(break_even_cases_value(BreakEven::At(0.2)), "1 case");
        assert_eq!(
            break_even_cases_value(BreakEven::AlwaysPositive),
            "reached with any number of cases"
        );
        assert_eq!(
            break_even_cases_value(BreakEven::Never),
            "not reached with any number of cases"
        );
        assert_eq!(
            break_even_cases_sentence(BreakEven::At(7_513.4)),
            "With 7,514 cases or more in the first year (same online share and same trend in \
             cases), the Kapitalwert is positive."
        );
        assert_eq!(
            break_even_cases_sentence(BreakEven::At(1.0)),
            "With 1 case or more in the first year (same online share and same trend in \
             cases), the Kapitalwert is positive."
        );
        assert_eq!(break_even_share_value(BreakEven::At(0.35021)), "35.1%");
        assert_eq!(
            break_even_share_value(BreakEven::Never),
            "not reached even at 100%"
        );
        assert_eq!(
            break_even_share_value(BreakEven::AlwaysPositive),
            "reached at any online share"
        );
        assert_eq!(
            break_even_share_sentence(BreakEven::At(0.35021)),
            "With a target online share of 35.1% or more (same starting share and same \
             ramp-up period), the Kapitalwert is positive."
        );
        assert_eq!(
            break_even_share_sentence(BreakEven::Never),
            "Even if all cases came online, the Kapitalwert would remain negative."
        );
    }

    #[test]
    fn english_values() {
        english();
        assert_eq!(fte_value(0.18), "0.18 VZÄ");
        assert_eq!(hours_value(1_234.4), "1,234 hours");
        assert_eq!(hours_value(1.2), "1 hour");
        assert_eq!(cost_per_case_value(Some(1_234.5)), "€1,234.50");
        assert_eq!(cost_per_case_value(None), "no online cases");
    }

    #[test]
    fn english_explanations() {
        english();
        let e = explain_kw(
            0.03,
            2,
            &[(0, -5_000.0), (1, 2_000.0), (2, 4_000.0)],
            1_000.0,
        );
        assert_eq!(
            e.inputs,
            [
                "Discount rate i = 3.00%, appraisal period T = 2 years.",
                "Present values: year 0: -€5,000; year 1: €2,000; year 2: €4,000.",
                "Sum of the present values: KW = +€1,000.",
            ]
        );
        assert!(e
            .formula
            .starts_with("KW = Σ (benefits − costs) ÷ (1 + i)^t"));
        let e = explain_kw_nh(3_000.0, 12.5, 56.78);
        assert_eq!(
            e.inputs[0],
            "Minutes saved per online case: 12.5; hourly rate: €56.78 (in the first year, \
             then rising with prices)."
        );
        assert_eq!(
            explain_payback(&[(0, -1_000.0), (1, 500.0)], Payback::Year(1), 1).inputs,
            [
                "Cumulative present value: year 0: -€1,000; year 1: €500.",
                "Result: in year 1.",
            ]
        );
        assert_eq!(
            explain_break_even_cases(BreakEven::At(7_513.4), 1.5).inputs[0],
            "Net per online case in the first year (benefits minus costs per case): €1.50."
        );
        assert_eq!(
            explain_break_even_share(BreakEven::Never, 0.1, 1).inputs[0],
            "Online share in the first year: 10.0%; years until the target share: 1."
        );
        assert_eq!(
            explain_cost_per_case(Some(2.5), 10_000.0, 4_000.0).inputs,
            ["€10,000 ÷ 4,000 online cases = €2.50."]
        );
        let e = explain_fte(3_185.0, 1_561.0, 2.04, 5);
        assert_eq!(e.inputs, ["Year 5: 3,185 hours ÷ 1,561 hours = 2.04 VZÄ."]);
        assert!(e
            .formula
            .contains("(1,561 hours for employees, 1,602 hours for civil servants"));
        assert_eq!(
            explain_citizen_hours(12_345.0, 12.5, 2_572.0).inputs,
            ["12,345 online cases × 12.5 minutes ÷ 60 = 2,572 hours."]
        );
        assert_eq!(
            explain_kw_citizens(800.0, 20.0, 25.0).inputs,
            [
                "Minutes per online case: 20.0; value of a citizen's hour: €25.00.",
                "Result: +€800.",
            ]
        );
    }

    #[test]
    fn english_alternative_name_and_categories() {
        english();
        assert_eq!(alternative_name(0, ""), "EfA reuse");
        assert_eq!(alternative_name(2, " "), "Alternative 3");
        assert_eq!(alternative_name(1, " Market solution "), "Market solution");
        assert_eq!(
            categories_message([1_000.0, 9_350.0, 0.0, -3_000.0], 5),
            "Largest cost category over 5 years: Operations at €9,350; funding covers €3,000."
        );
        assert_eq!(
            categories_message([400.0, 0.0, 0.0, 0.0], 1),
            "Largest cost category over 1 year: Integration at €400."
        );
        assert_eq!(
            categories_message([0.0; 4], 5),
            "No costs have been entered yet."
        );
    }
}
