//! UI text for ranges, the Monte Carlo results, the tornado chart and
//! switching values. Like the rest of `text`, it only puts the model's
//! numbers into words; every number goes through `crate::format`.

use super::form::{field_error, field_text, value_in_unit};
use crate::format::{euro, euro_signed, grouped, threshold, threshold_percent, NBSP};
use crate::model::sensitivity::{SwitchingValue, TornadoBar};
use crate::model::uncertainty::{MonteCarlo, RangeError, SAMPLES_DOMAIN, SEED_DOMAIN};
use crate::model::Analysis;
use crate::model::{Field, Unit};
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

/// German text.
pub const DE: Texts = Texts {
    range_toggle: "Als Spanne angeben",
    range_hint: "Der Wert im Feld oben ist der wahrscheinlichste Wert. Vorbelegt mit 20 % \
        darunter und darüber; tragen Sie Ihr Minimum und Maximum ein.",
    range_min: "Minimum",
    range_max: "Maximum",
    seed_label: "Startwert des Zufallsgenerators",
    seed_hint: "Ganze Zahl. Derselbe Startwert ergibt auf jedem Rechner dieselben Ergebnisse \
        der Unsicherheitsanalyse; ein anderer zeigt, wie stark sie vom Zufall abhängen.",
    samples_label: "Anzahl Stichproben",
    samples_hint: "Standard 10.000, höchstens 100.000. Mehr Stichproben rechnen genauer, aber \
        langsamer.",

    uncertainty_heading: "Unsicherheit",
    pending_note: "wird berechnet…",
    no_ranges_hint: "Noch ist keine Eingabe als Spanne angegeben. Wählen Sie bei einem \
        unsicheren Wert „Als Spanne angeben“ und tragen Sie Minimum und Maximum ein. Dann \
        zeigt EfA-Check hier, wie wahrscheinlich sich die Nachnutzung lohnt.",
    probability_label: "Wahrscheinlichkeit, dass KW > 0",
    p10_label: "Kapitalwert P10 (ungünstig)",
    p50_label: "Kapitalwert P50 (Median)",
    p90_label: "Kapitalwert P90 (günstig)",
    histogram_heading: "Verteilung des Kapitalwerts",
    histogram_x_axis: "Kapitalwert",
    zero_line: "KW = 0",
    histogram_table_summary: "Tabelle zum Diagramm",
    histogram_table_caption: "Anteil der Stichproben je Kapitalwert-Klasse",
    col_from: "Kapitalwert von",
    col_to: "bis",
    col_share: "Anteil der Stichproben",
    payback_heading: "Amortisationsjahr in den Stichproben",
    col_payback: "Amortisation",
    payback_never: "nicht im Betrachtungszeitraum",
    method_summary: "So wird gerechnet",

    sensitivity_heading: "Sensitivität",
    sensitivity_intro: "Welche Annahme entscheidet das Ergebnis? Jede Eingabe wird einzeln an \
        das untere und das obere Ende ihrer Spanne gesetzt, ohne Spanne 20 % darunter und \
        darüber. Alle anderen Eingaben bleiben beim wahrscheinlichsten Wert.",
    tornado_heading: "Einfluss der Eingaben auf den Kapitalwert",
    tornado_low_end: "niedriger Eingabewert",
    tornado_high_end: "hoher Eingabewert",
    tornado_table_caption: "Kapitalwert bei niedrigem und hohem Wert der zehn einflussreichsten \
        Eingaben",
    col_input: "Eingabe",
    col_low_value: "Niedriger Wert",
    col_kw_low: "KW bei niedrigem Wert",
    col_high_value: "Hoher Wert",
    col_kw_high: "KW bei hohem Wert",
    col_basis: "Grundlage",
    basis_range: "Spanne",
    basis_point: "±20 %",
    switching_heading: "Kritische Werte",
    switching_summary: "Kritische Werte aller Eingaben als Tabelle",
    switching_caption: "Ab welchem Wert ändert sich das Ergebnis? Jede Eingabe allein verändert, \
        alle anderen beim wahrscheinlichsten Wert",
    col_current: "Aktueller Wert",
    col_switching: "Kritischer Wert",
    switching_prefix: "Kritischer Wert: ",
    switching_not_in_domain: "keiner – das Ergebnis bleibt bei jedem zulässigen Wert gleich",
    switching_no_effect: "kein Einfluss auf den Kapitalwert",
};

/// The text in the current language (German for now).
pub fn t() -> &'static Texts {
    &DE
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

/// The visually hidden end of the toggle's and the range inputs' labels,
/// so that each names its field: "Minimum" reads "Minimum für Fallzahl
/// pro Jahr". The leading space keeps the words apart in the accessible
/// name.
pub fn for_field(field: Field) -> String {
    format!(" für {}", field_name(field))
}

/// An end of a range that is not a valid value of the field: the field's
/// own message, prefixed with the end ("Minimum: Geben Sie …").
pub fn range_end_error(field: Field, end: End, error: &FieldError) -> String {
    format!("{}: {}", end_name(end), field_error(field, error))
}

/// Minimum above maximum.
pub fn range_min_above_max(field: Field) -> String {
    format!(
        "Das Minimum für {} ist größer als das Maximum. Tauschen Sie die beiden Werte",
        field_text(field).subject
    )
}

/// A range that does not contain the most likely value, or leaves the
/// field's domain. Says what to do, GOV.UK style.
pub fn range_error(field: Field, likely: f64, error: &RangeError) -> String {
    let subject = field_text(field).subject;
    let value = |v: f64| value_in_unit(field.unit(), v);
    match error {
        RangeError::MinAboveLikely => format!(
            "Das Minimum für {subject} liegt über dem wahrscheinlichsten Wert {}. Geben Sie \
             ein Minimum von höchstens {} ein",
            value(likely),
            value(likely)
        ),
        RangeError::MaxBelowLikely => format!(
            "Das Maximum für {subject} liegt unter dem wahrscheinlichsten Wert {}. Geben Sie \
             ein Maximum von mindestens {} ein",
            value(likely),
            value(likely)
        ),
        RangeError::OutsideDomain { min, max } => format!(
            "Geben Sie Minimum und Maximum für {subject} als Werte zwischen {} und {} ein",
            value(*min),
            value(*max)
        ),
    }
}

/// Message for an invalid seed.
pub fn seed_error() -> String {
    format!(
        "Geben Sie den Startwert als ganze Zahl von {} bis {} ein, zum Beispiel 2026",
        grouped(SEED_DOMAIN.min, 0),
        grouped(SEED_DOMAIN.max, 0)
    )
}

/// Message for an invalid sample count.
pub fn samples_error() -> String {
    format!(
        "Geben Sie die Anzahl Stichproben als ganze Zahl von {} bis {} ein, zum Beispiel 10.000",
        grouped(SAMPLES_DOMAIN.min, 0),
        grouped(SAMPLES_DOMAIN.max, 0)
    )
}

/// The finest share, in tenths of a percent, that `samples` samples can
/// tell apart from 0 or 1: 1/n rounded up to a tenth of a percent, and at
/// least 0,1 %. 10.000 and 1.000 samples give 1 (0,1 %), 100 give 10
/// (1 %), 10 give 100 (10 %).
pub fn resolution_tenths(samples: u32) -> u32 {
    1000u32.div_ceil(samples.max(1)).max(1)
}

/// Tenths of a percent as a number without a trailing ",0": 999 → "99,9",
/// 990 → "99".
fn tenths(value: u32) -> String {
    let text = grouped(f64::from(value) / 10.0, 1);
    text.strip_suffix(",0").map_or(text.clone(), str::to_string)
}

/// A share of samples (a fraction) as a number of percent without the
/// unit, never "0" or "100" (see [`probability`] for the rule). `decimals`
/// is the usual precision, 0 or 1.
fn sample_share(share: f64, samples: u32, decimals: u8) -> String {
    let n = samples.max(1);
    // The share is a count over n; rounding recovers the count exactly.
    let count = (share * f64::from(n)).round().clamp(0.0, f64::from(n)) as u32;
    let bound = resolution_tenths(n);
    if count == n {
        return format!("über {}", tenths(1000 - bound));
    }
    if count == 0 {
        return format!("unter {}", tenths(bound));
    }
    for d in decimals..=1 {
        let text = grouped(share * 100.0, d);
        if text != grouped(0.0, d) && text != grouped(100.0, d) {
            return text;
        }
    }
    if share > 0.5 {
        format!("über {}", tenths(999))
    } else {
        format!("unter {}", tenths(1))
    }
}

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
pub fn probability(share: f64, samples: u32) -> String {
    format!("{}{NBSP}%", sample_share(share, samples, 0))
}

/// How many samples a probability rests on: "aus 10.000 Stichproben".
pub fn samples_note(samples: u32) -> String {
    match samples {
        1 => "aus 1 Stichprobe".to_string(),
        n => format!("aus {} Stichproben", grouped(f64::from(n), 0)),
    }
}

/// The plain-language summary of the simulation, e.g. "Mit 84 %
/// Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit 80 %
/// Wahrscheinlichkeit zwischen −1.852 € und 15.556 €; amortisiert sich im
/// Median im 4. Jahr."
pub fn summary_sentence(mc: &MonteCarlo, horizon: u32) -> String {
    let payback = match mc.payback_median {
        Some(0) => "amortisiert sich im Median sofort".to_string(),
        Some(year) => format!("amortisiert sich im Median im {year}. Jahr"),
        None => format!(
            "in mindestens der Hälfte der Stichproben keine Amortisation innerhalb von \
             {horizon} Jahren"
        ),
    };
    format!(
        "Mit {} Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit 80{NBSP}% \
         Wahrscheinlichkeit zwischen {} und {}; {payback}.",
        probability(mc.probability_positive, mc.samples),
        euro(mc.p10),
        euro(mc.p90)
    )
}

/// Title of the histogram (its `<title>`), naming the service.
pub fn histogram_title(service: &str, samples: u32) -> String {
    let head = format!(
        "Verteilung des Kapitalwerts über {} Stichproben",
        grouped(f64::from(samples), 0)
    );
    if service.trim().is_empty() {
        head
    } else {
        format!("{head}: {service}")
    }
}

/// The histogram's message for its caption.
pub fn histogram_caption(mc: &MonteCarlo) -> String {
    let n = grouped(f64::from(mc.samples), 0);
    if mc.probability_positive >= 1.0 {
        format!("In allen {n} Stichproben ist der Kapitalwert positiv.")
    } else if mc.probability_positive <= 0.0 {
        format!("In keiner der {n} Stichproben ist der Kapitalwert positiv.")
    } else {
        format!(
            "In {} der {n} Stichproben ist der Kapitalwert positiv: gefüllte Balken rechts \
             der Linie KW = 0, umrandete links davon.",
            probability(mc.probability_positive, mc.samples)
        )
    }
}

/// A share of `samples` samples for a table cell in percent, one decimal
/// ("12,3"), never "0,0" or "100,0": the rule of [`probability`], so a
/// year no sample paid back in reads "unter 0,1" for 10.000 samples.
pub fn share_cell(share: f64, samples: u32) -> String {
    sample_share(share, samples, 1)
}

/// Row header of the payback table for year t.
pub fn payback_year_row(year: usize) -> String {
    if year == 0 {
        "sofort (Jahr 0)".to_string()
    } else {
        format!("im {year}. Jahr")
    }
}

/// The method note below the uncertainty results.
pub fn method_note(samples: u32, seed: u64) -> [String; 4] {
    [
        "Jede als Spanne angegebene Eingabe wird aus einer Dreiecksverteilung gezogen: \
         Minimum, wahrscheinlichster Wert (der Wert im Feld) und Maximum. Die Eingaben werden \
         unabhängig voneinander gezogen; alle übrigen bleiben beim eingegebenen Wert."
            .to_string(),
        format!(
            "Für jede der {} Stichproben berechnet EfA-Check Kapitalwert und Amortisationsjahr. \
             Der Zufallsgenerator (PCG-64) beginnt mit dem Startwert {seed}: Dieselben \
             Eingaben ergeben auf jedem Rechner und in jedem Browser dieselben Zahlen.",
            grouped(f64::from(samples), 0)
        ),
        "Perzentile nach dem Nearest-Rank-Verfahren: P10 ist der ⌈0,1 · n⌉-kleinste \
         Kapitalwert der n Stichproben, P50 und P90 entsprechend. Zwischen P10 und P90 liegen \
         80 % der Stichproben."
            .to_string(),
        format!(
            "Eine Wahrscheinlichkeit aus Stichproben ist nie sicher 100 % oder 0 %. Stimmen \
             alle Stichproben überein, steht dort „{}“ oder „{}“ ({}): So fein unterscheiden \
             so viele Stichproben (1 geteilt durch ihre Anzahl, aufgerundet auf ein \
             Zehntelprozent, mindestens 0,1 %).",
            probability(1.0, samples),
            probability(0.0, samples),
            samples_note(samples),
        ),
    ]
}

/// Title of the tornado chart (its `<title>`), naming the service.
pub fn tornado_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Einfluss der Eingaben auf den Kapitalwert".to_string()
    } else {
        format!("Einfluss der Eingaben auf den Kapitalwert: {service}")
    }
}

/// Label of the base-KW line in the tornado chart.
pub fn tornado_base_line(kw: f64) -> String {
    format!("Basis {}", euro_signed(kw))
}

/// The tornado chart's message for its caption.
pub fn tornado_caption(bars: &[TornadoBar]) -> String {
    let Some(top) = bars.first() else {
        return "Keine Eingabe verändert den Kapitalwert.".to_string();
    };
    let (lo, hi) = (top.kw_low.min(top.kw_high), top.kw_low.max(top.kw_high));
    let flipping = bars
        .iter()
        .filter(|b| b.kw_low.min(b.kw_high) <= 0.0 && b.kw_low.max(b.kw_high) > 0.0)
        .count();
    let head = format!(
        "Am stärksten wirkt {}: Der Kapitalwert liegt dann zwischen {} und {}.",
        field_name(top.field),
        euro(lo),
        euro(hi)
    );
    match flipping {
        0 => format!("{head} Keine der gezeigten Eingaben kehrt allein das Ergebnis um."),
        1 => format!("{head} Eine der gezeigten Eingaben kann allein das Ergebnis umkehren."),
        k => format!("{head} {k} der gezeigten Eingaben können allein das Ergebnis umkehren."),
    }
}

/// An input value as the object of "ab …" or "bis …", in the precision
/// its unit needs and rounded by the one rule for thresholds
/// (`format::threshold`, towards `up` if larger values are
/// wirtschaftlich): "7.514 Fällen pro Jahr", "2.345 €", "7,3 %". The
/// break-even key figure of the case number rounds the same way.
pub fn threshold_value(field: Field, value: f64, up: bool) -> String {
    let number = |decimals| threshold(value, decimals, up);
    let with = |decimals, unit: &str| format!("{}{NBSP}{unit}", number(decimals));
    match field {
        Field::CasesPerYear => format!("{} Fällen pro Jahr", number(0)),
        Field::FirstLevelContacts => format!("{} Anfragen je 100 Online-Fälle", number(1)),
        Field::Inhabitants => format!("{} Einwohnern", number(0)),
        _ => match field.unit() {
            Unit::Euro => with(0, "€"),
            Unit::EuroPerHour => with(2, "€ je Stunde"),
            Unit::EuroPerCase => with(2, "€ je Fall"),
            Unit::Count => number(0),
            Unit::Hours => with(0, "Stunden"),
            Unit::Percent => threshold_percent(value, 1, up),
            Unit::Minutes => with(1, "Minuten"),
            Unit::Years => format!("{} Jahren", number(0)),
        },
    }
}

/// A kritischer Wert in words, saying on which side the adoption is
/// wirtschaftlich: "wirtschaftlich ab 7.514 Fällen pro Jahr",
/// "wirtschaftlich bis 2.345 €", "bei 3 Jahren nicht wirtschaftlich".
pub fn switching_text(field: Field, value: SwitchingValue) -> String {
    match value {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        } => {
            let side = if wirtschaftlich_above { "ab" } else { "bis" };
            let number = threshold_value(field, value, wirtschaftlich_above);
            format!("wirtschaftlich {side} {number}")
        }
        SwitchingValue::Whole {
            value,
            wirtschaftlich,
        } => {
            let verdict = if wirtschaftlich {
                "wirtschaftlich"
            } else {
                "nicht wirtschaftlich"
            };
            // Whole values need no rounding; `up` is irrelevant.
            format!("bei {} {verdict}", threshold_value(field, value, true))
        }
        SwitchingValue::NotInDomain => t().switching_not_in_domain.to_string(),
        SwitchingValue::NoEffect => t().switching_no_effect.to_string(),
    }
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
}
