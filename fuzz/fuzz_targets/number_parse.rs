//! The parser of typed numbers (German notation), for every unit kind a
//! field uses.
//!
//! Properties: nothing panics; every number accepted is finite, and every
//! field value accepted lies inside the field's domain (whole where
//! the field wants whole numbers).
#![no_main]

use std::sync::OnceLock;

use efa_check::model::{Field, Unit};
use efa_check::parse::{parse_field, parse_number};
use libfuzzer_sys::fuzz_target;

/// One field per distinct unit, taken from the field list itself so that a
/// new unit or field is fuzzed without editing this file. Fields of the
/// same unit differ only in their domains, so one each keeps the target
/// fast while still running the domain check and the percent scaling.
fn unit_fields() -> &'static [(Unit, Field)] {
    static LIST: OnceLock<Vec<(Unit, Field)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<(Unit, Field)> = Vec::new();
        for &field in Field::ALL {
            if !list.iter().any(|&(unit, _)| unit == field.unit()) {
                list.push((field.unit(), field));
            }
        }
        list
    })
}

fuzz_target!(|data: &[u8]| {
    // Typed text is always valid UTF-8; invalid bytes become U+FFFD.
    let text = String::from_utf8_lossy(data);
    for &(unit, field) in unit_fields() {
        if let Ok(Some(value)) = parse_number(&text, unit) {
            assert!(value.is_finite(), "{text:?} as {unit:?} gave {value}");
        }
        if let Ok(value) = parse_field(field, &text) {
            let domain = field.domain();
            assert!(
                value.is_finite()
                    && (domain.min..=domain.max).contains(&value)
                    && (!domain.whole || value.fract() == 0.0),
                "{text:?} in {field:?} gave {value}, outside {domain:?}"
            );
        }
    }
});
