//! The words of the alternatives: choosing which one the form edits
//! (ui/form/alternatives.rs), the marks of what differs from the first,
//! and the comparison (ui/results/comparison.rs).

mod de;
mod en;

use super::pick;
use crate::model::sensitivity::SwitchingValue;
use crate::model::Field;

/// The static strings of the alternatives.
pub struct Texts {
    pub heading: &'static str,
    pub hint: &'static str,
    pub choice_legend: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub limit: &'static str,
    pub blocked: &'static str,
    pub reset: &'static str,
    pub compare_heading: &'static str,
    pub compare_lead: &'static str,
    pub compare_caption: &'static str,
    pub figure: &'static str,
    pub kw: &'static str,
    pub kw_h: &'static str,
    pub kw_nh: &'static str,
    pub payback: &'static str,
    pub cost_per_case: &'static str,
    pub break_even_cases: &'static str,
    pub probability: &'static str,
    pub alternative: &'static str,
    pub p10: &'static str,
    pub p90: &'static str,
    pub nutzwert: &'static str,
    pub recommendation: &'static str,
    pub no_range: &'static str,
    pub no_nutzwert: &'static str,
    pub none_decided: &'static str,
    pub switches_heading: &'static str,
    pub switches_caption: &'static str,
    pub switches_input: &'static str,
    pub switches_value: &'static str,
    pub switches_now: &'static str,
    pub switches_none: &'static str,
    pub chart_heading: &'static str,
    pub chart_x_axis: &'static str,
    pub chart_table_caption: &'static str,
    pub zero_line: &'static str,
}

/// The alternatives' text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

per_language! {
    /// The mark of an input that differs from the first alternative: "Anders
    /// als in „EfA-Nachnutzung“ (dort: 1.234 €)".
    pub fn differs_mark(first_name: &str, first_value: &str) -> String;

    /// The best alternative in words, with its margin: "Am besten schneidet
    /// „Marktlösung“ ab: Kapitalwert +16.000 €, 10.000 € mehr als
    /// „EfA-Nachnutzung“."
    pub fn best_sentence(best: &str, kw: f64, runner_up: Option<(&str, f64)>) -> String;

    /// What the switching values compare: "„Marktlösung“ liegt vorn, solange
    /// keine dieser Eingaben den genannten Wert über- oder unterschreitet."
    pub fn switches_lead(best: &str, runner_up: &str) -> String;

    /// Where the order of the two best flips, in words: "„Marktlösung“ vorn
    /// ab 7.514 Fällen pro Jahr", "„Marktlösung“ vorn bis 2.345 €", "bei 3
    /// Jahren „Eigenentwicklung“ vorn".
    pub fn switch_text(
        field: Field,
        value: SwitchingValue,
        best: &str,
        runner_up: &str,
    ) -> Option<String>;

    /// Above the single results while there are alternatives.
    pub fn results_for(name: &str) -> String;

    /// The chart's one-sentence message.
    pub fn chart_message(best: &str, kw: f64) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    #[test]
    fn german_sentences() {
        assert_eq!(t().heading, "Alternativen");
        assert_eq!(
            differs_mark("EfA-Nachnutzung", "1.234\u{a0}€"),
            "Anders als in „EfA-Nachnutzung“ (dort: 1.234\u{a0}€)"
        );
        assert_eq!(
            best_sentence("Marktlösung", 16_000.0, Some(("EfA-Nachnutzung", 10_000.0))),
            "Am besten schneidet „Marktlösung“ ab: Kapitalwert +16.000\u{a0}€, 10.000\u{a0}€ \
             mehr als „EfA-Nachnutzung“."
        );
    }

    #[test]
    fn english_texts_and_marks() {
        set_lang(Lang::En);
        assert_eq!(t().heading, "Alternatives");
        assert_eq!(
            differs_mark("EfA reuse", "€1,234"),
            "Differs from “EfA reuse” (there: €1,234)"
        );
        assert_eq!(
            results_for("Market solution"),
            "The results below apply to “Market solution”, the alternative edited in the form."
        );
        assert_eq!(
            chart_message("Market solution", 16_000.0),
            "“Market solution” has the highest Kapitalwert: +€16,000."
        );
    }

    #[test]
    fn english_best_sentence() {
        set_lang(Lang::En);
        assert_eq!(
            best_sentence("Market solution", 16_000.0, Some(("EfA reuse", 10_000.0))),
            "“Market solution” comes out best: Kapitalwert +€16,000, €10,000 more than \
             “EfA reuse”."
        );
        assert_eq!(
            best_sentence("Market solution", 16_000.0, Some(("EfA reuse", 0.0))),
            "“Market solution” and “EfA reuse” are level: Kapitalwert +€16,000 each."
        );
        assert_eq!(
            best_sentence("Market solution", -500.0, None),
            "Only “Market solution” is complete enough for a verdict: Kapitalwert -€500."
        );
    }

    #[test]
    fn english_switches() {
        set_lang(Lang::En);
        assert_eq!(
            switches_lead("Market solution", "EfA reuse"),
            "“Market solution” stays ahead of “EfA reuse” as long as no input reaches the \
             value shown. For inputs in which the two differ, the value applies to “Market \
             solution”; for the others, to both."
        );
        let at = |value, above| SwitchingValue::At {
            value,
            wirtschaftlich_above: above,
        };
        let ahead_from = switch_text(Field::CasesPerYear, at(7_513.4, true), "A", "B").unwrap();
        assert!(ahead_from.starts_with("“A” ahead from "), "{ahead_from}");
        let ahead_up_to = switch_text(Field::ConnectionFee, at(2_345.6, false), "A", "B").unwrap();
        assert!(ahead_up_to.starts_with("“A” ahead up to "), "{ahead_up_to}");
        let whole = SwitchingValue::Whole {
            value: 3.0,
            wirtschaftlich: false,
        };
        let at_whole = switch_text(Field::RampYears, whole, "A", "B").unwrap();
        assert!(at_whole.starts_with("“B” ahead at "), "{at_whole}");
        assert_eq!(
            switch_text(Field::CasesPerYear, SwitchingValue::NoEffect, "A", "B"),
            None
        );
    }
}
