//! The one display formatter: numbers, euros and percentages in the
//! notation of the current language (`crate::text::lang`).
//!
//! | | German | English |
//! |---|---|---|
//! | number | `1.234.567,89` | `1,234,567.89` |
//! | euros | `-12.345 €` | `-€12,345` |
//! | compact | `233 Tsd. €`, `4,3 Mio. €` | `€233k`, `€4.3m` |
//! | percent | `12,5 %` | `12.5%` |
//!
//! Every rounding for display happens here and nowhere else. In the browser
//! the digit grouping comes from the browser's own `Intl.NumberFormat`
//! (locale `de-DE` or `en-GB`); on the host, where native tests and SVG
//! snapshots run, a small equivalent produces the same strings (checked
//! against `Intl` by a browser test). Negative values always carry a minus
//! sign, so a negative amount never depends on colour.

use crate::text::{lang, Lang};

/// No-break space between number and unit, as `Intl` writes it.
pub const NBSP: char = '\u{a0}';

/// A number with German grouping and exactly `decimals` decimals:
/// `grouped(1234567.891, 2)` → `1.234.567,89`. Negative zero prints as `0`.
pub fn grouped(value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let scale = 10f64.powi(i32::from(decimals));
    let value = if (value * scale).round() == 0.0 {
        0.0
    } else {
        value
    };
    backend::grouped(value, decimals)
}

/// A grouped number as an amount in euros: `12.345 €` in German, `€12,345`
/// in English (the sign before the euro sign: `-€12,345`).
fn euros(number: String) -> String {
    match lang() {
        Lang::De => format!("{number}{NBSP}€"),
        Lang::En => match number.strip_prefix('-') {
            Some(abs) => format!("-€{abs}"),
            None => format!("€{number}"),
        },
    }
}

/// Whole euros: `1.234.567 €`, `-12.345 €`.
pub fn euro(value: f64) -> String {
    euros(grouped(value, 0))
}

/// Euros with cents, for per-case amounts: `1.234,56 €`.
pub fn euro_cents(value: f64) -> String {
    euros(grouped(value, 2))
}

/// Euros with an explicit sign, as in a verdict: `+123.456 €`.
pub fn euro_signed(value: f64) -> String {
    let text = euro(value);
    if value.round() > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// Compact euros for wide columns and chart axes: `233 Tsd. €`,
/// `4,3 Mio. €`; below 10.000 € the full amount.
pub fn euro_compact(value: f64) -> String {
    let abs = value.abs();
    let (scaled, decimals, de, en) = if abs >= 1.0e6 {
        (value / 1.0e6, 1, "Mio.", "m")
    } else if abs >= 1.0e4 {
        (value / 1.0e3, 0, "Tsd.", "k")
    } else {
        return euro(value);
    };
    let number = grouped(scaled, decimals);
    match lang() {
        Lang::De => format!("{number}{NBSP}{de}{NBSP}€"),
        Lang::En => euros(format!("{number}{en}")),
    }
}

/// A number followed by the percent sign: `12,5 %` (German, with a
/// no-break space), `12.5%` (English).
pub fn percent_sign(number: &str) -> String {
    match lang() {
        Lang::De => format!("{number}{NBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

/// The decimal mark of the current language.
pub fn decimal_mark() -> char {
    match lang() {
        Lang::De => ',',
        Lang::En => '.',
    }
}

/// A fraction as percent: `percent(0.125, 1)` → `12,5 %`.
pub fn percent(fraction: f64, decimals: u8) -> String {
    percent_sign(&grouped(fraction * 100.0, decimals))
}

/// A number with at most one decimal and no trailing zero decimal:
/// `one_decimal(42.5)` → `42,5`, `one_decimal(40.0)` → `40`.
pub fn one_decimal(value: f64) -> String {
    let text = grouped(value, 1);
    let zero = format!("{}0", decimal_mark());
    match text.strip_suffix(&zero) {
        Some(number) => number.to_string(),
        None => text,
    }
}

/// A fraction as percent with at most one decimal and no trailing ",0":
/// `percent_short(0.4)` → `40 %`, `percent_short(0.425)` → `42,5 %`.
pub fn percent_short(fraction: f64) -> String {
    percent_sign(&one_decimal(fraction * 100.0))
}

/// Parts of a whole as percentages with one decimal that add up to
/// exactly 100,0 %, as a table of shares shows them: rounding each to the
/// nearest tenth would show 33,3 + 33,3 + 33,3 = 99,9 %, so the tenths are
/// apportioned like the cents of a Kostenteilung (largest remainder).
/// Parts that are all 0 (or not finite) read 0,0 %.
pub fn percents_summing(parts: &[f64]) -> Vec<String> {
    let part = |p: f64| if p.is_finite() && p > 0.0 { p } else { 0.0 };
    let sum: f64 = parts.iter().map(|&p| part(p)).sum();
    let tenths = if sum > 0.0 { 1000 } else { 0 };
    let quotas: Vec<f64> = parts
        .iter()
        .map(|&p| {
            if sum > 0.0 {
                part(p) / sum * 1000.0
            } else {
                0.0
            }
        })
        .collect();
    crate::model::largest_remainder(tenths, &quotas)
        .into_iter()
        .map(|t| percent(t as f64 / 1000.0, 1))
        .collect()
}

/// **The one rounding rule for thresholds** — the break-even key figures
/// and every kritischer Wert: a threshold is rounded to the shown
/// precision *towards the side where the adoption is wirtschaftlich*, so
/// the number shown is the first shown value at which the Kapitalwert is
/// positive. A break-even of 7.513,4 cases reads 7.514 (up, more cases
/// help); a fee that may rise to 2.345,6 € reads 2.345 € (down, a higher
/// fee hurts). `up` is true where larger values are wirtschaftlich. A
/// value within rounding noise of a shown step (7.513,999999999) is that
/// step.
pub fn threshold(value: f64, decimals: u8, up: bool) -> String {
    let scale = 10f64.powi(i32::from(decimals));
    let scaled = value * scale;
    let nearest = scaled.round();
    let step = if (scaled - nearest).abs() <= 1e-9 * scaled.abs().max(1.0) {
        nearest
    } else if up {
        scaled.ceil()
    } else {
        scaled.floor()
    };
    grouped(step / scale, decimals)
}

/// A threshold share in percent, rounded by the rule of [`threshold`]:
/// `threshold_percent(0.35021, 1, true)` → `35,1 %`.
pub fn threshold_percent(fraction: f64, decimals: u8, up: bool) -> String {
    percent_sign(&threshold(fraction * 100.0, decimals, up))
}

/// The value of a field as it is shown in its input box: the language's
/// notation without unit, percentages in percent, up to two decimals and
/// without trailing zeros (`1.234,5`; English `1,234.5`), as
/// `crate::parse` reads it back.
pub fn input_value(value: f64, percent_unit: bool) -> String {
    let v = if percent_unit { value * 100.0 } else { value };
    let text = grouped(v, 2);
    let mark = decimal_mark();
    match text.split_once(mark) {
        Some((int, frac)) => {
            let frac = frac.trim_end_matches('0');
            if frac.is_empty() {
                int.to_string()
            } else {
                format!("{int}{mark}{frac}")
            }
        }
        None => text,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod backend {
    use crate::text::{lang, Lang};

    /// Host equivalent of `Intl.NumberFormat('de-DE')` (or `'en-GB'`) with
    /// fixed decimals.
    /// Like `Intl`, exact halves round away from zero (2,5 → 3), whereas
    /// Rust's `{:.N}` would round them to even.
    pub fn grouped(value: f64, decimals: u8) -> String {
        let scale = 10f64.powi(i32::from(decimals));
        let rounded = (value.abs() * scale).round() / scale;
        let text = format!("{:.*}", usize::from(decimals), rounded);
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let (group, mark) = match lang() {
            Lang::De => ('.', ','),
            Lang::En => (',', '.'),
        };
        let mut out = String::with_capacity(text.len() + int.len() / 3 + 1);
        if value < 0.0 {
            out.push('-');
        }
        for (i, digit) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push(mark);
            out.push_str(frac);
        }
        out
    }
}

#[cfg(target_arch = "wasm32")]
mod backend {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use crate::text::{lang, Lang};

    thread_local! {
        /// One `Intl.NumberFormat(...).format` per language and decimal
        /// count; creating a formatter is far more expensive than using one.
        static FORMATTERS: RefCell<HashMap<(Lang, u8), Function>> = RefCell::new(HashMap::new());
    }

    fn formatter(decimals: u8) -> Function {
        let lang = lang();
        FORMATTERS.with(|cache| {
            cache
                .borrow_mut()
                .entry((lang, decimals))
                .or_insert_with(|| {
                    let options = Object::new();
                    let digits = JsValue::from_f64(f64::from(decimals));
                    // Setting plain data properties on a fresh object cannot fail.
                    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &digits);
                    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &digits);
                    let locales = Array::of1(&lang.locale().into());
                    Intl::NumberFormat::new(&locales, &options).format()
                })
                .clone()
        })
    }

    /// `Intl.NumberFormat` of the language's locale with fixed decimals.
    pub fn grouped(value: f64, decimals: u8) -> String {
        formatter(decimals)
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("{value:.*}", usize::from(decimals)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_grouping_and_signs() {
        assert_eq!(euro(1_234_567.4), "1.234.567\u{a0}€");
        assert_eq!(euro(-12_345.0), "-12.345\u{a0}€");
        assert_eq!(euro(999.0), "999\u{a0}€");
        assert_eq!(euro(1234.0), "1.234\u{a0}€");
        assert_eq!(euro_cents(1234.56), "1.234,56\u{a0}€");
        assert_eq!(euro_signed(123_456.0), "+123.456\u{a0}€");
        assert_eq!(euro_signed(-5.0), "-5\u{a0}€");
        // Regression: a tiny negative KW must not print as "-0 €".
        assert_eq!(euro(-0.3), "0\u{a0}€");
    }

    #[test]
    fn english_grouping_signs_and_units() {
        crate::text::set_lang(Lang::En);
        assert_eq!(euro(1_234_567.4), "€1,234,567");
        assert_eq!(euro(-12_345.0), "-€12,345");
        assert_eq!(euro(-0.3), "€0");
        assert_eq!(euro_cents(1234.56), "€1,234.56");
        assert_eq!(euro_signed(123_456.0), "+€123,456");
        assert_eq!(euro_signed(-5.0), "-€5");
        assert_eq!(euro_compact(233_400.0), "€233k");
        assert_eq!(euro_compact(-4_321_000.0), "-€4.3m");
        assert_eq!(euro_compact(9_999.0), "€9,999");
        assert_eq!(percent(0.125, 1), "12.5%");
        assert_eq!(percent_short(0.4), "40%");
        assert_eq!(percent_short(0.425), "42.5%");
        assert_eq!(threshold_percent(0.35021, 1, true), "35.1%");
        assert_eq!(input_value(1234.5, false), "1,234.5");
        assert_eq!(input_value(0.125, true), "12.5");
        assert_eq!(input_value(7.0, false), "7");
        assert_eq!(
            percents_summing(&[1.0, 1.0, 1.0]),
            ["33.4%", "33.3%", "33.3%"]
        );
    }

    #[test]
    fn compact_units() {
        assert_eq!(euro_compact(233_400.0), "233\u{a0}Tsd.\u{a0}€");
        assert_eq!(euro_compact(4_321_000.0), "4,3\u{a0}Mio.\u{a0}€");
        assert_eq!(euro_compact(-4_321_000.0), "-4,3\u{a0}Mio.\u{a0}€");
        assert_eq!(euro_compact(9_999.0), "9.999\u{a0}€");
    }

    #[test]
    fn shown_shares_add_up_to_one_hundred_percent() {
        // Guards against a shares table whose percentages read 99,9 % in
        // sum (three equal thirds each rounded to 33,3 %).
        let p = |v: &[&str]| {
            v.iter()
                .map(|s| s.replace(' ', "\u{a0}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            percents_summing(&[1.0, 1.0, 1.0]),
            p(&["33,4 %", "33,3 %", "33,3 %"])
        );
        assert_eq!(percents_summing(&[3.0, 1.0]), p(&["75,0 %", "25,0 %"]));
        assert_eq!(percents_summing(&[0.0, 2.0]), p(&["0,0 %", "100,0 %"]));
        assert_eq!(percents_summing(&[0.0, 0.0]), p(&["0,0 %", "0,0 %"]));
    }

    #[test]
    fn percent_and_input_values() {
        assert_eq!(percent(0.125, 1), "12,5\u{a0}%");
        assert_eq!(percent(0.009, 1), "0,9\u{a0}%");
        assert_eq!(input_value(1234.5, false), "1.234,5");
        assert_eq!(input_value(0.009, true), "0,9");
        assert_eq!(input_value(67.79, false), "67,79");
        assert_eq!(input_value(5.0, false), "5");
    }

    #[test]
    fn thresholds_round_towards_the_wirtschaftlich_side() {
        // Regression: the break-even figure read 7.514 and the same
        // input's switching value "kippt bei 7.513".
        assert_eq!(threshold(7_513.4, 0, true), "7.514");
        assert_eq!(threshold(7_513.4, 0, false), "7.513");
        assert_eq!(threshold(2_345.6, 0, false), "2.345");
        assert_eq!(threshold(7_514.0 - 1e-9, 0, true), "7.514");
        assert_eq!(threshold(7_514.0 + 1e-9, 0, true), "7.514");
        assert_eq!(threshold(41.171, 2, true), "41,18");
        assert_eq!(threshold_percent(0.35021, 1, true), "35,1\u{a0}%");
        assert_eq!(threshold_percent(0.0734, 1, false), "7,3\u{a0}%");
        assert_eq!(threshold(f64::NAN, 0, true), "–");
        assert_eq!(percent_short(0.4), "40\u{a0}%");
        assert_eq!(percent_short(0.425), "42,5\u{a0}%");
        assert_eq!(percent_short(1.0 / 3.0), "33,3\u{a0}%");
    }

    #[test]
    fn halves_round_away_from_zero_like_intl() {
        // Regression: the host formatter rounded 2,5 to "2" while the
        // browser's Intl shows "3", so snapshots and screen disagreed.
        assert_eq!(grouped(2.5, 0), "3");
        assert_eq!(grouped(-2.5, 0), "-3");
        assert_eq!(grouped(0.125, 2), "0,13");
    }
}
