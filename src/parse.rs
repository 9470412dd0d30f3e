//! The one place where user-typed numbers are read.
//!
//! In the notation of the current language (`crate::text::lang`), as
//! `crate::format::input_value` writes it:
//! - German: the comma is the decimal mark; a dot, a space (also a
//!   no-break or thin space) or an apostrophe groups thousands. So
//!   `1.234,56`, `1234,5`, `1 234` and `12 %` are all understood. A dot that
//!   does not group exactly three digits (`1.5`) is rejected rather than
//!   guessed at, because `1.500` means fifteen hundred in German.
//! - English: the other way round, the point is the decimal mark and a
//!   comma groups (`1,234.56`); `1,5` is rejected.

use crate::model::{Domain, DomainError, Field, Unit};
use crate::text::{lang, Lang};

/// The decimal mark and the thousands mark of the current language.
fn marks() -> (char, char) {
    match lang() {
        Lang::De => (',', '.'),
        Lang::En => ('.', ','),
    }
}

/// Why a text is not a number in the language's notation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Letters or other characters that are not part of a number.
    NotANumber,
    /// The other notation's decimal mark: a point in German (`1.5`), a
    /// comma in English (`1,5`).
    WrongDecimalMark,
    /// Thousands separators in the wrong places (`12.34.5`).
    Grouping,
    /// A unit sign that does not fit the field (`%` in a euro field).
    WrongUnit,
}

/// Why a field's input was not accepted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldError {
    Parse(ParseError),
    Domain(DomainError),
}

/// Parses number text in the language's notation. `Ok(None)` means the input was empty.
/// Percent fields return the number as typed (12 for "12 %").
pub fn parse_number(input: &str, unit: Unit) -> Result<Option<f64>, ParseError> {
    normalise(input, unit)?.map(|n| to_f64(&n)).transpose()
}

fn to_f64(normalised: &str) -> Result<f64, ParseError> {
    normalised
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or(ParseError::NotANumber)
}

/// Rewrites number text as a Rust float literal (`-1234.56`).
fn normalise(input: &str, unit: Unit) -> Result<Option<String>, ParseError> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let text = strip_unit(text, unit)?;
    let (negative, body) = match text.chars().next() {
        Some('-' | '\u{2212}') => (true, &text[text.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &text[1..]),
        _ => (false, text),
    };
    let body = leading_euro(body.trim_start(), unit)?;
    let (decimal, group) = marks();
    let (int_part, frac_part) = match body.split_once(decimal) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = ungroup(int_part, group)?;
    let frac = match frac_part {
        Some(f) if !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()) => f,
        Some(f) if f.contains(',') || f.contains('.') => return Err(ParseError::Grouping),
        Some(_) => return Err(ParseError::NotANumber),
        None => "0",
    };
    if digits.is_empty() && frac_part.is_none() {
        return Err(ParseError::NotANumber);
    }
    let sign = if negative { "-" } else { "" };
    Ok(Some(format!("{sign}{digits}.{frac}")))
}

/// Whether values of `unit` are amounts of euros (and may carry "€").
fn in_euros(unit: Unit) -> bool {
    matches!(unit, Unit::Euro | Unit::EuroPerHour | Unit::EuroPerCase)
}

/// Removes a leading euro sign (after the sign), as English writes
/// amounts ("€1,234", "-€5"), and rejects it where the field is no amount.
fn leading_euro(body: &str, unit: Unit) -> Result<&str, ParseError> {
    match body.strip_prefix('€') {
        Some(_) if !in_euros(unit) => Err(ParseError::WrongUnit),
        Some(rest) => Ok(rest.trim_start()),
        None => Ok(body),
    }
}

/// Removes a trailing unit sign that fits the field, and rejects one that
/// does not.
fn strip_unit(text: &str, unit: Unit) -> Result<&str, ParseError> {
    let euro = in_euros(unit);

    if let Some(rest) = text.strip_suffix('%') {
        return if unit == Unit::Percent {
            Ok(rest.trim_end())
        } else {
            Err(ParseError::WrongUnit)
        };
    }
    for sign in ["€", "EUR", "Euro", "eur", "euro"] {
        if let Some(rest) = text.strip_suffix(sign) {
            return if euro {
                Ok(rest.trim_end())
            } else {
                Err(ParseError::WrongUnit)
            };
        }
    }
    Ok(text)
}

/// Returns the digits of an integer part after checking its thousands
/// grouping (`group`, a space or an apostrophe): a first group of one to
/// three digits, then groups of exactly three.
fn ungroup(int_part: &str, group: char) -> Result<String, ParseError> {
    let is_group_separator =
        |c: char| c == group || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'');
    if int_part
        .chars()
        .any(|c| !c.is_ascii_digit() && !is_group_separator(c))
    {
        return Err(ParseError::NotANumber);
    }
    let groups: Vec<&str> = int_part.split(is_group_separator).collect();
    if groups.len() == 1 {
        return Ok(int_part.to_string());
    }
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if first_ok && rest_ok {
        return Ok(groups.concat());
    }
    // "1.5" or "0.9" in German: one dot followed by other than three digits
    // is the other notation's decimal mark, which deserves its own message.
    if groups.len() == 2 && int_part.contains(group) && !groups[1].is_empty() {
        return Err(ParseError::WrongDecimalMark);
    }
    Err(ParseError::Grouping)
}

/// Parses and checks the input for a field, returning the value in stored
/// units (percent fields divide by 100). Empty optional fields give 0.
pub fn parse_field(field: Field, input: &str) -> Result<f64, FieldError> {
    parse_value(field.unit(), field.domain(), input)
}

/// Parses and checks the input for a value of `unit` inside `domain` that
/// is not a [`Field`] (the figures of a Kostenteilung), like
/// [`parse_field`]: in stored units, percent as a fraction.
pub fn parse_value(unit: Unit, domain: Domain, input: &str) -> Result<f64, FieldError> {
    let stored = normalise(input, unit)
        .and_then(|n| {
            n.map(|mut n| {
                // Percent: shift the decimal exponent instead of dividing,
                // so "0,9 %" is exactly the double nearest 0.009.
                if unit == Unit::Percent {
                    n.push_str("e-2");
                }
                to_f64(&n)
            })
            .transpose()
        })
        .map_err(FieldError::Parse)?;
    domain.check(stored).map_err(FieldError::Domain)
}
