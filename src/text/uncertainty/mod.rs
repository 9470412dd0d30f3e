//! UI text for ranges, the Monte Carlo results, the tornado chart and
//! switching values. Like the rest of `text`, it only puts the model's
//! numbers into words; every number goes through `crate::format`.
//!
//! The rule for probabilities estimated from samples (never "100 %" or
//! "0 %", and no bound finer than the samples resolve) lives here, once
//! for every language; the language files only word it.

mod de;
mod en;

use super::form::{field_error, value_in_unit};
use super::pick;
use crate::format::{grouped, one_decimal, percent_sign};
use crate::model::sensitivity::{SwitchingValue, TornadoBar};
use crate::model::uncertainty::{MonteCarlo, RangeError};
use crate::model::Analysis;
use crate::model::Field;
use crate::parse::FieldError;

/// The static strings of the uncertainty and sensitivity parts.
pub struct Texts {
    pub range_toggle: &'static str,
    pub range_hint: &'static str,
    pub range_min: &'static str,
    pub range_max: &'static str,
    pub seed_label: &'static str,
    pub seed_hint: &'static str,
    pub samples_label: &'static str,
    pub samples_hint: &'static str,

    pub uncertainty_heading: &'static str,
    /// Shown beside the uncertainty and sensitivity headings while they
    /// are being recomputed after a change.
    pub pending_note: &'static str,
    pub no_ranges_hint: &'static str,
    pub probability_label: &'static str,
    pub p10_label: &'static str,
    pub p50_label: &'static str,
    pub p90_label: &'static str,
    pub histogram_heading: &'static str,
    pub histogram_x_axis: &'static str,
    pub zero_line: &'static str,
    pub histogram_table_summary: &'static str,
    pub histogram_table_caption: &'static str,
    pub col_from: &'static str,
    pub col_to: &'static str,
    pub col_share: &'static str,
    pub payback_heading: &'static str,
    pub col_payback: &'static str,
    pub payback_never: &'static str,
    pub method_summary: &'static str,
    /// Before a share that all samples agree on, with its space: "über "
    /// in "über 99,9 %".
    pub share_over: &'static str,
    /// Before a share no sample shows, with its space: "unter " in
    /// "unter 0,1 %".
    pub share_under: &'static str,

    pub sensitivity_heading: &'static str,
    pub sensitivity_intro: &'static str,
    pub tornado_heading: &'static str,
    pub tornado_low_end: &'static str,
    pub tornado_high_end: &'static str,
    pub tornado_table_caption: &'static str,
    pub col_input: &'static str,
    pub col_low_value: &'static str,
    pub col_kw_low: &'static str,
    pub col_high_value: &'static str,
    pub col_kw_high: &'static str,
    pub col_basis: &'static str,
    pub basis_range: &'static str,
    pub basis_point: &'static str,
    pub switching_heading: &'static str,
    pub switching_summary: &'static str,
    pub switching_caption: &'static str,
    pub col_current: &'static str,
    pub col_switching: &'static str,
    pub switching_prefix: &'static str,
    pub switching_not_in_domain: &'static str,
    pub switching_no_effect: &'static str,
}

/// The text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

/// Which end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Min,
    Max,
}

fn end_name(end: End) -> &'static str {
    match end {
        End::Min => t().range_min,
        End::Max => t().range_max,
    }
}

/// The input's name without its unit, as the form words it.
pub use super::form::field_name;

/// An end of a range that is not a valid value of the field: the field's
/// own message, prefixed with the end ("Minimum: Geben Sie …").
pub fn range_end_error(field: Field, end: End, error: &FieldError) -> String {
    format!("{}: {}", end_name(end), field_error(field, error))
}

/// The finest share, in tenths of a percent, that `samples` samples can
/// tell apart from 0 or 1: 1/n rounded up to a tenth of a percent, and at
/// least 0,1 %. 10.000 and 1.000 samples give 1 (0,1 %), 100 give 10
/// (1 %), 10 give 100 (10 %).
pub fn resolution_tenths(samples: u32) -> u32 {
    1000u32.div_ceil(samples.max(1)).max(1)
}

/// Tenths of a percent as a number without a trailing zero decimal, in
/// the language's notation: 999 → "99,9", 990 → "99".
fn tenths(value: u32) -> String {
    one_decimal(f64::from(value) / 10.0)
}

/// A share of samples (a fraction) as a number of percent without the
/// unit, never "0" or "100" (see [`probability`] for the rule). `decimals`
/// is the usual precision, 0 or 1.
fn sample_share(share: f64, samples: u32, decimals: u8) -> String {
    let words = t();
    let over = |tenth: u32| format!("{}{}", words.share_over, tenths(tenth));
    let under = |tenth: u32| format!("{}{}", words.share_under, tenths(tenth));
    let n = samples.max(1);
    // The share is a count over n; rounding recovers the count exactly.
    let count = (share * f64::from(n)).round().clamp(0.0, f64::from(n)) as u32;
    let bound = resolution_tenths(n);
    if count == n {
        return over(1000 - bound);
    }
    if count == 0 {
        return under(bound);
    }
    for d in decimals..=1 {
        let text = grouped(share * 100.0, d);
        if text != grouped(0.0, d) && text != grouped(100.0, d) {
            return text;
        }
    }
    if share > 0.5 {
        over(999)
    } else {
        under(1)
    }
}

/// A share of `samples` samples for a table cell in percent, one decimal
/// ("12,3"), never "0,0" or "100,0": the rule of [`probability`], so a
/// year no sample paid back in reads "unter 0,1" for 10.000 samples.
pub fn share_cell(share: f64, samples: u32) -> String {
    sample_share(share, samples, 1)
}

pub fn probability(share: f64, samples: u32) -> String {
    percent_sign(&sample_share(share, samples, 0))
}

per_language! {
    /// The visually hidden end of the toggle's and the range inputs' labels,
    /// so that each names its field: "Minimum" reads "Minimum für Fallzahl
    /// pro Jahr". The leading space keeps the words apart in the accessible
    /// name.
    pub fn for_field(field: Field) -> String;

    /// Minimum above maximum.
    pub fn range_min_above_max(field: Field) -> String;

    /// A range that does not contain the most likely value, or leaves the
    /// field's domain. Says what to do, GOV.UK style.
    pub fn range_error(field: Field, likely: f64, error: &RangeError) -> String;

    /// Message for an invalid seed.
    pub fn seed_error() -> String;

    /// Message for an invalid sample count.
    pub fn samples_error() -> String;

    /// A probability estimated from `samples` samples, such as P(KW > 0), in
    /// whole percent ("84 %"), but never "100 %" or "0 %": no finite number
    /// of samples shows that something is certain or impossible.
    ///
    /// - All samples agree: "über 99,9 %" or "unter 0,1 %", with the bound
    ///   from [`resolution_tenths`]: 1/n rounded up to a tenth of a percent,
    ///   at least 0,1 %. So 10.000 and 1.000 samples give "über 99,9 %",
    ///   100 give "über 99 %", 10 give "über 90 %" (and 1 sample "über 0 %").
    /// - Not all agree, but whole percent would read 100 % or 0 %: one
    ///   decimal ("99,6 %"), and if that still reads 100,0 % or 0,0 %,
    ///   "über 99,9 %" or "unter 0,1 %". 9.997 of 10.000 give "über 99,9 %".

    /// How many samples a probability rests on: "aus 10.000 Stichproben".
    pub fn samples_note(samples: u32) -> String;

    /// The plain-language summary of the simulation, e.g. "Mit 84 %
    /// Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit 80 %
    /// Wahrscheinlichkeit zwischen −1.852 € und 15.556 €; amortisiert sich im
    /// Median im 4. Jahr."
    pub fn summary_sentence(mc: &MonteCarlo, horizon: u32) -> String;

    /// Title of the histogram (its `<title>`), naming the service.
    pub fn histogram_title(service: &str, samples: u32) -> String;

    /// The histogram's message for its caption.
    pub fn histogram_caption(mc: &MonteCarlo) -> String;

    /// Row header of the payback table for year t.
    pub fn payback_year_row(year: usize) -> String;

    /// The method note below the uncertainty results.
    pub fn method_note(samples: u32, seed: u64) -> [String; 4];

    /// Title of the tornado chart (its `<title>`), naming the service.
    pub fn tornado_title(service: &str) -> String;

    /// Label of the base-KW line in the tornado chart.
    pub fn tornado_base_line(kw: f64) -> String;

    /// The tornado chart's message for its caption.
    pub fn tornado_caption(bars: &[TornadoBar]) -> String;

    /// An input value as the object of "ab …" or "bis …", in the precision
    /// its unit needs and rounded by the one rule for thresholds
    /// (`format::threshold`, towards `up` if larger values are
    /// wirtschaftlich): "7.514 Fällen pro Jahr", "2.345 €", "7,3 %". The
    /// break-even key figure of the case number rounds the same way.
    pub fn threshold_value(field: Field, value: f64, up: bool) -> String;

    /// A kritischer Wert in words, saying on which side the adoption is
    /// wirtschaftlich: "wirtschaftlich ab 7.514 Fällen pro Jahr",
    /// "wirtschaftlich bis 2.345 €", "bei 3 Jahren nicht wirtschaftlich".
    pub fn switching_text(field: Field, value: SwitchingValue) -> String;
}

/// The line beside a field: "Kritischer Wert: wirtschaftlich ab 7.514
/// Fällen pro Jahr".
pub fn switching_hint(field: Field, value: SwitchingValue) -> String {
    format!("{}{}", t().switching_prefix, switching_text(field, value))
}

/// The line beside a field where its kritischer Wert matters
/// (`Analysis::critical`, see `model::sensitivity::critical_values`), and
/// `None` beside every other field: no line for inputs without effect,
/// without a flip in their domain, or whose flip lies far from their
/// value.
pub fn critical_hint(field: Field, analysis: &Analysis) -> Option<String> {
    analysis
        .critical
        .iter()
        .find(|(f, _)| *f == field)
        .map(|&(_, value)| switching_hint(field, value))
}

/// The current value of an input in the tables ("Aktueller Wert").
pub fn current_value(field: Field, value: f64) -> String {
    value_in_unit(field.unit(), value)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::format::NBSP;
    use crate::text::form::field_text;
    use crate::text::{set_lang, Lang};

    fn mc(p: f64, median: Option<u32>) -> MonteCarlo {
        MonteCarlo {
            samples: 10_000,
            probability_positive: p,
            mean: 50_000.0,
            p10: 12_000.0,
            p50: 50_000.0,
            p90: 95_000.0,
            min: -3_000.0,
            max: 120_000.0,
            histogram: vec![500; 20],
            payback_years: vec![0, 0, 0, 0, 5_000, 0],
            payback_never: 0,
            payback_median: median,
        }
    }

    fn bar(field: Field, kw_low: f64, kw_high: f64) -> TornadoBar {
        TornadoBar {
            field,
            low: 0.0,
            high: 1.0,
            kw_low,
            kw_high,
            from_range: false,
        }
    }

    #[test]
    fn summary_sentence_reads_like_the_issue_example() {
        // Guards against a sentence that drops one of its three parts or
        // formats numbers in English.
        assert_eq!(
            summary_sentence(&mc(0.83, Some(4)), 5),
            "Mit 83\u{a0}% Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit \
             80\u{a0}% Wahrscheinlichkeit zwischen 12.000\u{a0}€ und 95.000\u{a0}€; \
             amortisiert sich im Median im 4. Jahr."
        );
        assert!(summary_sentence(&mc(0.4, None), 5)
            .ends_with("keine Amortisation innerhalb von 5 Jahren."));
        assert!(summary_sentence(&mc(1.0, Some(0)), 5)
            .starts_with("Mit über 99,9\u{a0}% Wahrscheinlichkeit wirtschaftlich;"));
        assert!(summary_sentence(&mc(1.0, Some(0)), 5).contains("im Median sofort"));
    }

    /// P(KW > 0) in words for `positive` of `n` samples.
    fn p(positive: u32, n: u32) -> String {
        probability(f64::from(positive) / f64::from(n), n).replace(NBSP, " ")
    }

    #[test]
    fn probabilities_from_samples_are_never_100_or_0_percent() {
        // Guards against "100 %" or "0 %" for a share estimated from
        // samples, and against a bound finer than the samples can resolve
        // (1/n rounded up to a tenth of a percent, at least 0,1 %).
        // Columns: 0, 1, n − 1 and n samples positive.
        let table = [
            (10, ["unter 10 %", "10 %", "90 %", "über 90 %"]),
            (100, ["unter 1 %", "1 %", "99 %", "über 99 %"]),
            (1_000, ["unter 0,1 %", "0,1 %", "99,9 %", "über 99,9 %"]),
            (
                10_000,
                ["unter 0,1 %", "unter 0,1 %", "über 99,9 %", "über 99,9 %"],
            ),
        ];
        for (n, expected) in table {
            let shown = [p(0, n), p(1, n), p(n - 1, n), p(n, n)];
            assert_eq!(shown, expected.map(str::to_string), "n = {n}");
        }
        // The issue's example: 99,97 % is not "100 %".
        assert_eq!(p(9_997, 10_000), "über 99,9 %");
        // Near the edge, one decimal where whole percent would round away.
        assert_eq!(p(9_960, 10_000), "99,6 %");
        assert_eq!(p(40, 10_000), "0,4 %");
        assert_eq!(p(8_389, 10_000), "84 %");
        // Three samples resolve a third: 33,4 %, rounded up.
        assert_eq!(p(3, 3), "über 66,6 %");
        assert_eq!(p(0, 1), "unter 100 %");
    }

    #[test]
    fn sample_shares_in_tables_follow_the_same_rule() {
        // Guards against a payback table that says "100,0" or "0,0" % of
        // the samples where the share is only estimated.
        assert_eq!(share_cell(0.0, 10_000), "unter 0,1");
        assert_eq!(share_cell(1.0, 10_000), "über 99,9");
        assert_eq!(share_cell(0.0002, 10_000), "unter 0,1");
        assert_eq!(share_cell(0.1954, 10_000), "19,5");
        assert_eq!(share_cell(0.0, 100), "unter 1");
        assert_eq!(share_cell(0.5, 10), "50,0");
    }

    #[test]
    fn the_sample_count_is_named_in_german() {
        assert_eq!(samples_note(10_000), "aus 10.000 Stichproben");
        assert_eq!(samples_note(1), "aus 1 Stichprobe");
    }

    #[test]
    fn the_histogram_caption_counts_agreeing_samples_in_words() {
        // Guards against "In 100 % der Stichproben" when all agree.
        assert_eq!(
            histogram_caption(&mc(1.0, Some(1))),
            "In allen 10.000 Stichproben ist der Kapitalwert positiv."
        );
        assert!(histogram_caption(&mc(0.9997, Some(1)))
            .starts_with("In über 99,9\u{a0}% der 10.000 Stichproben"));
    }

    fn at(value: f64, wirtschaftlich_above: bool) -> SwitchingValue {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        }
    }

    #[test]
    fn kritische_werte_in_plain_words_with_their_unit_and_side() {
        // Guards against the jargon the issue names ("Umschlagpunkt",
        // "kippt im zulässigen Bereich nicht") and against a threshold
        // rounded away from the side it describes: at 14.200 cases the KW
        // of a 14.200,4 root is still negative, so the text says 14.201.
        assert_eq!(
            switching_text(Field::CasesPerYear, at(14_200.4, true)),
            "wirtschaftlich ab 14.201 Fällen pro Jahr"
        );
        assert_eq!(
            switching_text(Field::UsageFee, at(2_345.6, false)),
            "wirtschaftlich bis 2.345\u{a0}€"
        );
        assert_eq!(
            switching_text(Field::DiscountRate, at(0.0734, false)),
            "wirtschaftlich bis 7,3\u{a0}%"
        );
        assert_eq!(
            switching_text(
                Field::HorizonYears,
                SwitchingValue::Whole {
                    value: 3.0,
                    wirtschaftlich: false
                }
            ),
            "bei 3 Jahren nicht wirtschaftlich"
        );
        assert_eq!(
            switching_hint(Field::Inhabitants, SwitchingValue::NoEffect),
            "Kritischer Wert: kein Einfluss auf den Kapitalwert"
        );
        assert_eq!(
            switching_text(Field::StaffRate, SwitchingValue::NotInDomain),
            "keiner – das Ergebnis bleibt bei jedem zulässigen Wert gleich"
        );
    }

    #[test]
    fn range_messages_say_what_to_do() {
        let m = range_error(Field::CasesPerYear, 500.0, &RangeError::MinAboveLikely);
        assert_eq!(
            m,
            "Das Minimum für die Fallzahl pro Jahr liegt über dem wahrscheinlichsten Wert 500. \
             Geben Sie ein Minimum von höchstens 500 ein"
        );
        assert!(range_min_above_max(Field::UsageFee).contains("Tauschen Sie"));
        assert_eq!(
            field_name(Field::UsageFee),
            "Nutzungs- oder Betriebsentgelt"
        );
    }

    // English. The language is per thread; each test sets it first.

    #[test]
    fn english_summary_sentence() {
        set_lang(Lang::En);
        assert_eq!(
            summary_sentence(&mc(0.83, Some(4)), 5),
            "Economically viable with a probability of 83%; with 80% probability the \
             Kapitalwert lies between €12,000 and €95,000; the median payback is in year 4."
        );
        assert_eq!(
            summary_sentence(&mc(0.4, None), 5),
            "Economically viable with a probability of 40%; with 80% probability the \
             Kapitalwert lies between €12,000 and €95,000; in at least half of the samples \
             there is no payback within 5 years."
        );
        assert!(summary_sentence(&mc(0.4, None), 1).ends_with("no payback within 1 year."));
        assert_eq!(
            summary_sentence(&mc(1.0, Some(0)), 5),
            "Economically viable with a probability of over 99.9%; with 80% probability the \
             Kapitalwert lies between €12,000 and €95,000; the median payback is immediate."
        );
    }

    #[test]
    fn english_probabilities_are_never_100_or_0_percent() {
        set_lang(Lang::En);
        let table = [
            (10, ["under 10%", "10%", "90%", "over 90%"]),
            (100, ["under 1%", "1%", "99%", "over 99%"]),
            (1_000, ["under 0.1%", "0.1%", "99.9%", "over 99.9%"]),
            (
                10_000,
                ["under 0.1%", "under 0.1%", "over 99.9%", "over 99.9%"],
            ),
        ];
        for (n, expected) in table {
            let shown = [p(0, n), p(1, n), p(n - 1, n), p(n, n)];
            assert_eq!(shown, expected.map(str::to_string), "n = {n}");
        }
        assert_eq!(p(9_997, 10_000), "over 99.9%");
        assert_eq!(p(9_960, 10_000), "99.6%");
        assert_eq!(p(40, 10_000), "0.4%");
        assert_eq!(p(8_389, 10_000), "84%");
        assert_eq!(p(3, 3), "over 66.6%");
        assert_eq!(p(0, 1), "under 100%");
        assert_eq!(share_cell(0.0, 10_000), "under 0.1");
        assert_eq!(share_cell(1.0, 10_000), "over 99.9");
        assert_eq!(share_cell(0.1954, 10_000), "19.5");
        assert_eq!(share_cell(0.0, 100), "under 1");
        assert_eq!(share_cell(0.5, 10), "50.0");
    }

    #[test]
    fn english_sample_counts_titles_and_captions() {
        set_lang(Lang::En);
        assert_eq!(samples_note(10_000), "based on 10,000 samples");
        assert_eq!(samples_note(1), "based on 1 sample");
        assert_eq!(
            histogram_title("Dog licence", 10_000),
            "Distribution of the Kapitalwert across 10,000 samples: Dog licence"
        );
        assert_eq!(
            histogram_title(" ", 1),
            "Distribution of the Kapitalwert across 1 sample"
        );
        assert_eq!(
            histogram_caption(&mc(1.0, Some(1))),
            "In all 10,000 samples the Kapitalwert is positive."
        );
        assert_eq!(
            histogram_caption(&mc(0.0, None)),
            "In none of the 10,000 samples is the Kapitalwert positive."
        );
        assert_eq!(
            histogram_caption(&mc(0.9997, Some(1))),
            "In over 99.9% of the 10,000 samples the Kapitalwert is positive: filled bars \
             to the right of the line KW = 0, outlined bars to the left of it."
        );
        let one = MonteCarlo {
            samples: 1,
            ..mc(1.0, Some(1))
        };
        assert_eq!(
            histogram_caption(&one),
            "In the only sample the Kapitalwert is positive."
        );
        assert_eq!(payback_year_row(0), "immediately (year 0)");
        assert_eq!(payback_year_row(3), "in year 3");
    }

    #[test]
    fn english_method_note() {
        set_lang(Lang::En);
        let note = method_note(10_000, 2026);
        assert_eq!(
            note[1],
            "For each of the 10,000 samples EfA-Check calculates the Kapitalwert and the \
             payback year. The random number generator (PCG-64) starts from the seed 2026: \
             the same inputs give the same numbers on every computer and in every browser."
        );
        assert_eq!(
            note[3],
            "A probability estimated from samples is never certain to be 100% or 0%. If all \
             samples agree, it reads “over 99.9%” or “under 0.1%” (based on 10,000 samples): \
             this is as fine as that many samples can tell apart (1 divided by their number, \
             rounded up to a tenth of a percent, at least 0.1%)."
        );
        assert!(method_note(100, 1)[3].contains("“over 99%” or “under 1%” (based on 100 samples)"));
    }

    #[test]
    fn english_tornado_words() {
        set_lang(Lang::En);
        assert_eq!(tornado_title(""), "How the inputs affect the Kapitalwert");
        assert_eq!(
            tornado_title("Dog licence"),
            "How the inputs affect the Kapitalwert: Dog licence"
        );
        assert_eq!(tornado_base_line(12_345.0), "Base +€12,345");
        assert_eq!(tornado_base_line(-500.0), "Base -€500");
        assert_eq!(tornado_caption(&[]), "No input changes the Kapitalwert.");
        let name = field_name(Field::CasesPerYear);
        let head = format!(
            "{name} has the strongest effect: the Kapitalwert then lies between -€2,000 and \
             €8,000."
        );
        let top = bar(Field::CasesPerYear, 8_000.0, -2_000.0);
        assert_eq!(
            tornado_caption(&[top, bar(Field::UsageFee, 100.0, 200.0)]),
            format!("{head} One of the inputs shown can reverse the result on its own.")
        );
        assert_eq!(
            tornado_caption(&[top, bar(Field::UsageFee, -100.0, 200.0)]),
            format!("{head} 2 of the inputs shown can reverse the result on their own.")
        );
        let safe = bar(Field::CasesPerYear, 2_000.0, 8_000.0);
        assert!(tornado_caption(&[safe])
            .ends_with("None of the inputs shown reverses the result on its own."));
    }

    #[test]
    fn english_critical_values_with_unit_and_side() {
        set_lang(Lang::En);
        assert_eq!(
            switching_text(Field::CasesPerYear, at(14_200.4, true)),
            "economically viable from 14,201 cases per year"
        );
        assert_eq!(
            switching_text(Field::CasesPerYear, at(0.2, true)),
            "economically viable from 1 case per year"
        );
        assert_eq!(
            switching_text(Field::UsageFee, at(2_345.6, false)),
            "economically viable up to €2,345"
        );
        assert_eq!(
            switching_text(Field::StaffRate, at(41.171, true)),
            "economically viable from €41.18 per hour"
        );
        assert_eq!(
            switching_text(Field::PaymentFeePerCase, at(0.355, false)),
            "economically viable up to €0.35 per case"
        );
        assert_eq!(
            switching_text(Field::DiscountRate, at(0.0734, false)),
            "economically viable up to 7.3%"
        );
        assert_eq!(
            switching_text(Field::MinutesSaved, at(7.25, true)),
            "economically viable from 7.3\u{a0}minutes"
        );
        assert_eq!(
            switching_text(Field::FirstLevelContacts, at(12.34, false)),
            "economically viable up to 12.3 requests per 100 online cases"
        );
        assert_eq!(
            switching_text(Field::Inhabitants, at(8_499.5, true)),
            "economically viable from 8,500 inhabitants"
        );
        assert_eq!(
            switching_text(
                Field::HorizonYears,
                SwitchingValue::Whole {
                    value: 3.0,
                    wirtschaftlich: false
                }
            ),
            "not economically viable at 3 years"
        );
        assert_eq!(
            switching_text(
                Field::RampYears,
                SwitchingValue::Whole {
                    value: 1.0,
                    wirtschaftlich: true
                }
            ),
            "economically viable at 1 year"
        );
        assert_eq!(
            switching_hint(Field::Inhabitants, SwitchingValue::NoEffect),
            "Critical value: no effect on the Kapitalwert"
        );
        assert_eq!(
            switching_text(Field::StaffRate, SwitchingValue::NotInDomain),
            "none – the result stays the same at every allowed value"
        );
    }

    #[test]
    fn english_range_messages_say_what_to_do() {
        set_lang(Lang::En);
        // The field's own words come from the form; these are the sentences
        // around them.
        let subject = field_text(Field::CasesPerYear).subject;
        let v = |x: f64| value_in_unit(Field::CasesPerYear.unit(), x);
        assert_eq!(
            range_error(Field::CasesPerYear, 500.0, &RangeError::MinAboveLikely),
            format!(
                "The minimum for {subject} is above the most likely value, {}. Enter a \
                 minimum of at most {}",
                v(500.0),
                v(500.0)
            )
        );
        assert_eq!(
            range_error(Field::CasesPerYear, 500.0, &RangeError::MaxBelowLikely),
            format!(
                "The maximum for {subject} is below the most likely value, {}. Enter a \
                 maximum of at least {}",
                v(500.0),
                v(500.0)
            )
        );
        assert_eq!(
            range_error(
                Field::CasesPerYear,
                500.0,
                &RangeError::OutsideDomain {
                    min: 0.0,
                    max: 1_000_000.0
                }
            ),
            format!(
                "Enter the minimum and maximum for {subject} as values between {} and {}",
                v(0.0),
                v(1_000_000.0)
            )
        );
        assert_eq!(
            range_min_above_max(Field::CasesPerYear),
            format!("The minimum for {subject} is greater than the maximum. Swap the two values")
        );
        assert_eq!(
            for_field(Field::CasesPerYear),
            format!(" for {}", field_name(Field::CasesPerYear))
        );
        assert_eq!(
            seed_error(),
            "Enter the seed as a whole number from 0 to 9,007,199,254,740,991, for example 2026"
        );
        assert_eq!(
            samples_error(),
            "Enter the number of samples as a whole number from 1 to 100,000, for example 10,000"
        );
    }

    #[test]
    fn english_examples_in_messages_are_valid_english_input() {
        set_lang(Lang::En);
        use crate::model::uncertainty::{SAMPLES_DOMAIN, SEED_DOMAIN};
        use crate::model::Unit;
        use crate::parse::parse_value;
        assert_eq!(
            parse_value(Unit::Count, SAMPLES_DOMAIN, "10,000"),
            Ok(10_000.0)
        );
        assert_eq!(parse_value(Unit::Count, SEED_DOMAIN, "2026"), Ok(2026.0));
    }
}
