//! German number input, as people type it into the form.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::{DomainError, Field, Unit};
use efa_check::parse::{parse_field, parse_number, FieldError, ParseError};

fn number(text: &str) -> Result<Option<f64>, ParseError> {
    parse_number(text, Unit::Euro)
}

#[test]
fn accepts_german_notation() {
    assert_eq!(number("1.234,56"), Ok(Some(1234.56)));
    assert_eq!(number("1234,5"), Ok(Some(1234.5)));
    assert_eq!(number("1 234"), Ok(Some(1234.0)));
    assert_eq!(number("1\u{a0}234\u{a0}567"), Ok(Some(1_234_567.0)));
    assert_eq!(number("1.234.567"), Ok(Some(1_234_567.0)));
    assert_eq!(number("  42 "), Ok(Some(42.0)));
    assert_eq!(number("0,95 €"), Ok(Some(0.95)));
    assert_eq!(number("1.200 EUR"), Ok(Some(1200.0)));
    assert_eq!(number(",5"), Ok(Some(0.5)));
    assert_eq!(number("-12.345"), Ok(Some(-12345.0)));
    assert_eq!(number("\u{2212}3"), Ok(Some(-3.0)));
    assert_eq!(number(""), Ok(None));
    assert_eq!(number("   "), Ok(None));
}

#[test]
fn percent_sign_only_for_percent_fields() {
    assert_eq!(parse_number("12 %", Unit::Percent), Ok(Some(12.0)));
    assert_eq!(parse_number("12%", Unit::Percent), Ok(Some(12.0)));
    assert_eq!(parse_number("0,9 %", Unit::Percent), Ok(Some(0.9)));
    assert_eq!(parse_number("12 %", Unit::Euro), Err(ParseError::WrongUnit));
    assert_eq!(
        parse_number("12 €", Unit::Count),
        Err(ParseError::WrongUnit)
    );
}

#[test]
fn rejects_what_it_cannot_read_unambiguously() {
    // "1.5" would be 15 in German grouping and 1,5 in English: ask instead.
    assert_eq!(number("1.5"), Err(ParseError::WrongDecimalMark));
    assert_eq!(number("0.9"), Err(ParseError::WrongDecimalMark));
    assert_eq!(number("12.34.5"), Err(ParseError::Grouping));
    assert_eq!(number("1234.567.8"), Err(ParseError::Grouping));
    assert_eq!(number("12,3,4"), Err(ParseError::Grouping));
    assert_eq!(number("abc"), Err(ParseError::NotANumber));
    assert_eq!(number("12a"), Err(ParseError::NotANumber));
    assert_eq!(number("-"), Err(ParseError::NotANumber));
    assert_eq!(number("1,"), Err(ParseError::NotANumber));
    assert_eq!(number("1e5"), Err(ParseError::NotANumber));
    assert_eq!(number("NaN"), Err(ParseError::NotANumber));
    assert_eq!(number("inf"), Err(ParseError::NotANumber));
}

#[test]
fn fields_convert_percent_and_check_their_domain() {
    assert_eq!(parse_field(Field::DiscountRate, "0,9 %"), Ok(0.009));
    assert_eq!(parse_field(Field::OnlineShareTarget, "70"), Ok(0.7));
    assert_eq!(parse_field(Field::CasesPerYear, "1.200"), Ok(1200.0));
    // Optional cost lines: empty means 0.
    assert_eq!(parse_field(Field::Training, ""), Ok(0.0));
    // Required fields must not be empty.
    assert_eq!(
        parse_field(Field::CasesPerYear, ""),
        Err(FieldError::Domain(DomainError::Missing))
    );
    assert_eq!(
        parse_field(Field::OnlineShareTarget, "120 %"),
        Err(FieldError::Domain(DomainError::OutOfRange {
            min: 0.0,
            max: 1.0
        }))
    );
    assert_eq!(
        parse_field(Field::HorizonYears, "2,5"),
        Err(FieldError::Domain(DomainError::NotWhole))
    );
    assert_eq!(
        parse_field(Field::Training, "-5"),
        Err(FieldError::Domain(DomainError::OutOfRange {
            min: 0.0,
            max: 1.0e9
        }))
    );
    assert_eq!(
        parse_field(Field::CasesPerYear, "viele"),
        Err(FieldError::Parse(ParseError::NotANumber))
    );
}

#[test]
fn every_field_round_trips_through_its_display_form() {
    // What the form shows for a stored value must parse back to that value,
    // or editing a neighbouring character would corrupt the number.
    let doc = efa_check::share::from_json(efa_check::share::examples::LARGE_CITY).unwrap();
    for &field in Field::ALL {
        let value = field.get(&doc);
        let shown = efa_check::format::input_value(value, field.unit() == Unit::Percent);
        let back =
            parse_field(field, &shown).unwrap_or_else(|e| panic!("{field:?} {shown}: {e:?}"));
        assert!(
            (back - value).abs() < 1e-9,
            "{field:?}: {value} → {shown} → {back}"
        );
    }
}

/// English notation, when the page is in English: the point is the
/// decimal mark, the comma groups, and the German reading is refused
/// rather than guessed at.
#[test]
fn accepts_english_notation_in_english() {
    efa_check::text::set_lang(efa_check::text::Lang::En);
    assert_eq!(number("1,234.56"), Ok(Some(1234.56)));
    assert_eq!(number("1234.5"), Ok(Some(1234.5)));
    assert_eq!(number("1 234"), Ok(Some(1234.0)));
    assert_eq!(number("€1,234"), Ok(Some(1234.0)));
    assert_eq!(number("-€5"), Ok(Some(-5.0)));
    assert_eq!(
        parse_number("€5", Unit::Percent),
        Err(ParseError::WrongUnit)
    );
    assert_eq!(number("1,234 €"), Ok(Some(1234.0)));
    assert_eq!(number("1,5"), Err(ParseError::WrongDecimalMark));
    assert_eq!(number("1.234,56"), Err(ParseError::Grouping));
    assert_eq!(parse_number("12.5 %", Unit::Percent), Ok(Some(12.5)));
    assert_eq!(parse_field(Field::OnlineShareTarget, "40.5"), Ok(0.405));
}
