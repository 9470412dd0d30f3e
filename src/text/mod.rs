//! Every user-visible string of the app, in German and in English.
//!
//! Components never contain words of their own; they ask this module.
//! Grouped like `ui/`: `form` (labels, hints, field errors), `results`
//! (verdict, key figures, explanations), `saved` (library, files, links),
//! and the parts that span form and results, `technical` (checklist,
//! Nutzwert, reasons), `uncertainty` (ranges, Monte Carlo, tornado) and
//! `sharing` (the Kostenteilung). The static strings of the page frame are
//! this file's [`Texts`].
//!
//! **One folder per group, one file per language.** Each group is a folder
//! `text/<group>/` with
//! - `mod.rs`: what both languages share, the `Texts` struct of the
//!   group's static strings, and the list of its sentence functions
//!   ([`per_language!`]);
//! - `de.rs` and `en.rs`: the language's `Texts` value (`DE`, `EN`) and
//!   every listed function, with the same signature.
//!
//! The compiler checks completeness: a language's `Texts` value lacking a
//! field, or a language file lacking a listed function (or having it with
//! another signature), does not build. A third language is a third file
//! per folder, a variant of [`Lang`], and the compiler lists every place
//! still missing.
//!
//! Sentences with numbers in them take typed values and format them
//! through `crate::format`, the one display formatter, which follows the
//! language too ("12.345 €" in German, "€12,345" in English).
//!
//! Official German terms stay German in English, with an English gloss
//! where they first appear ("Kapitalwert (net present value)"); the
//! English view's test allows exactly the terms of `tests/e2e/language.test.mjs`.
//!
//! Architecture invariant: nothing here computes economics. Functions get
//! the numbers the model produced and only put them into words. The
//! language is a setting of the page, never part of a document: files and
//! links read the same in both.

use std::cell::Cell;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Deutsch, the default.
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language's code for `<html lang>` and for storing the choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The locale of `Intl` formatting (numbers, dates).
    pub fn locale(self) -> &'static str {
        match self {
            Lang::De => "de-DE",
            Lang::En => "en-GB",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// The language of a stored code; anything else is German.
    pub fn from_code(code: &str) -> Lang {
        match code.trim() {
            "en" => Lang::En,
            _ => Lang::De,
        }
    }
}

thread_local! {
    /// The language of the page. A setting of the page, not a reactive
    /// value: it is set once before anything renders, and a switch reloads
    /// the page (`ui::language`). Per thread, so native tests of either
    /// language run side by side.
    static LANG: Cell<Lang> = const { Cell::new(Lang::De) };
}

/// The current language.
///
/// The app's bundles are built one per language (docs/language.md): with
/// the feature `only-de` or `only-en` this is a constant, so the optimiser
/// drops the other language's texts and the first load carries one
/// language only. Without either (native tests, component tests, the
/// on-demand modules) it is the setting of [`set_lang`].
pub fn lang() -> Lang {
    if cfg!(feature = "only-de") {
        Lang::De
    } else if cfg!(feature = "only-en") {
        Lang::En
    } else {
        LANG.with(Cell::get)
    }
}

/// Sets the current language (at start, or in a test).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// Writes a group's public sentence functions: each is implemented once
/// per language, in the `de` and `en` modules beside the caller, with the
/// same name and signature; the public function calls the one of the
/// current language.
///
/// ```ignore
/// per_language! {
///     /// The counter: "3 / 6".
///     pub fn counter(position: usize, count: usize) -> String;
/// }
/// ```
macro_rules! per_language {
    ($( $(#[$meta:meta])* pub fn $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty; )*) => {
        $(
            $(#[$meta])*
            pub fn $name($($arg: $ty),*) -> $ret {
                match $crate::text::lang() {
                    $crate::text::Lang::De => de::$name($($arg),*),
                    $crate::text::Lang::En => en::$name($($arg),*),
                }
            }
        )*
    };
}

/// A group's static strings in the current language: `pick(&de::DE, &en::EN)`.
pub fn pick<T>(de: &'static T, en: &'static T) -> &'static T {
    match lang() {
        Lang::De => de,
        Lang::En => en,
    }
}

pub mod alternatives;
mod de;
mod en;
pub mod export;
pub mod form;
pub mod present;
pub mod report;
pub mod results;
pub mod saved;
pub mod scenarios;
pub mod sharing;
pub mod technical;
pub mod uncertainty;

/// The static strings of the interface.
pub struct Texts {
    pub app_title: &'static str,
    pub app_lead: &'static str,
    pub skip_to_results: &'static str,
    pub example_heading: &'static str,
    pub example_body: &'static str,
    pub start_blank: &'static str,
    pub form_heading: &'static str,
    pub optional_suffix: &'static str,
    pub note_label_suffix: &'static str,
    pub note_hint: &'static str,
    pub source_prefix: &'static str,
    pub stand_prefix: &'static str,
    pub own_value: &'static str,
    pub assumption_reference: &'static str,
    pub assumption_convention: &'static str,
    pub assumption_confirm: &'static str,
    pub adopt_reference: &'static str,

    pub section_master: &'static str,
    pub section_integration: &'static str,
    pub section_operations: &'static str,
    pub section_support: &'static str,
    pub section_funding: &'static str,
    pub section_benefits: &'static str,
    pub section_parameters: &'static str,

    pub service_label: &'static str,
    pub service_hint: &'static str,
    pub kommune_label: &'static str,
    pub kommune_hint: &'static str,
    pub monetise_label: &'static str,
    pub monetise_hint: &'static str,
    pub staff_group_label: &'static str,
    pub staff_group_hint: &'static str,
    pub rate_picker_label: &'static str,
    pub rate_picker_hint: &'static str,
    pub rate_picker_destatis: &'static str,
    pub rate_picker_kgst: &'static str,

    pub error_summary_heading: &'static str,
    pub error_prefix: &'static str,

    pub results_heading: &'static str,
    pub summary_heading: &'static str,
    pub summary_verdict: &'static str,
    pub summary_positive: &'static str,
    pub summary_negative: &'static str,
    pub summary_incomplete: &'static str,
    /// A key figure that cannot be given yet (inputs a verdict needs are
    /// missing): no "sofort", no "0 €" that nobody computed.
    pub not_yet: &'static str,
    pub summary_kw: &'static str,
    pub summary_payback: &'static str,
    pub summary_chance: &'static str,
    pub summary_outdated: &'static str,
    pub summary_link: &'static str,
    pub outdated_notice: &'static str,
    pub key_figures_heading: &'static str,
    pub how_computed: &'static str,
    pub kw_total: &'static str,
    pub kw_h: &'static str,
    pub kw_nh: &'static str,
    pub kw_citizens: &'static str,
    pub payback: &'static str,
    pub break_even_cases: &'static str,
    pub break_even_share: &'static str,
    pub cost_per_online_case: &'static str,
    pub fte_freed: &'static str,
    pub citizen_hours: &'static str,
    pub no_online_cases: &'static str,

    pub chart_heading: &'static str,
    pub chart_x_axis: &'static str,
    pub chart_zero_line: &'static str,
    pub chart_table_caption: &'static str,
    pub categories_heading: &'static str,
    pub categories_names: [&'static str; 4],
    pub categories_table_caption: &'static str,

    pub table_heading: &'static str,
    pub table_caption: &'static str,
    pub table_region_label: &'static str,
    pub table_sum: &'static str,
    pub table_rounding_note: &'static str,
    pub table_integration_note: &'static str,
    pub col_year: &'static str,
    pub col_cases: &'static str,
    pub col_online_share: &'static str,
    pub col_online_cases: &'static str,
    pub col_integration: &'static str,
    pub col_operations: &'static str,
    pub col_support_first: &'static str,
    pub col_support_second: &'static str,
    pub col_funding: &'static str,
    pub col_cost_total: &'static str,
    pub col_benefit_h: &'static str,
    pub col_benefit_nh: &'static str,
    pub col_benefit_citizens: &'static str,
    pub col_net: &'static str,
    pub col_discounted: &'static str,
    pub col_cumulative: &'static str,
    pub col_fte: &'static str,
    pub unit_euro: &'static str,
    pub unit_thousand_euro: &'static str,
    pub unit_percent: &'static str,
    pub unit_fte: &'static str,

    pub footer: &'static str,
    /// The page title without a service name.
    pub page_title: &'static str,
    /// Before a field's name, for screen readers: "Wert bestätigen für …".
    pub for_field: &'static str,
    /// The language switch's group name, read by screen readers.
    pub language_label: &'static str,
    /// Why the language could not be switched: the browser stores nothing.
    pub language_unavailable: &'static str,
}

/// The interface text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

/// The page title without a service name; the same as `<title>` in
/// index.html, which shows until the app has started.
pub const PAGE_TITLE: &str = "EfA-Check – Nachnutzung von EfA-Onlinediensten prüfen";

/// The page title (browser tab, window list, bookmarks): the service of
/// the open assessment first, so that several tabs can be told apart.
pub fn page_title(service: &str) -> String {
    let service = service.trim();
    if service.is_empty() {
        t().page_title.to_string()
    } else {
        format!("{service} – EfA-Check")
    }
}

#[cfg(test)]
mod tests {
    use super::form::*;
    use super::results::*;
    use super::*;
    use crate::model::DomainError;
    use crate::model::{Field, Payback, Unit, Verdict};
    use crate::parse::{FieldError, ParseError};

    #[test]
    fn one_year_is_singular() {
        // Regression: the range error said "1 Jahre".
        assert_eq!(value_in_unit(Unit::Years, 1.0), "1 Jahr");
        assert_eq!(value_in_unit(Unit::Years, 2.0), "2 Jahre");
        assert_eq!(value_in_unit(Unit::Minutes, 1.0), "1 Minute");
        assert_eq!(value_in_unit(Unit::Hours, 1.5), "1,5 Stunden");
    }

    #[test]
    fn page_title_names_the_service_or_the_app() {
        assert_eq!(page_title("Hundesteuer"), "Hundesteuer – EfA-Check");
        assert_eq!(page_title("  "), PAGE_TITLE);
        // The static title in index.html is the same text.
        let html = include_str!("../../index.html");
        assert!(html.contains(&format!("<title>{PAGE_TITLE}</title>")));
    }

    #[test]
    fn every_field_has_a_label_hint_example_and_subject() {
        // Guards against a new Field variant shipping with an empty label or
        // an error message that would read "Geben Sie  ein". In each
        // language the example must parse in that language's notation.
        for lang in Lang::ALL {
            set_lang(lang);
            for &field in Field::ALL {
                let text = field_text(field);
                assert!(!text.label.is_empty(), "{lang:?} {field:?}");
                assert!(!text.hint.is_empty(), "{lang:?} {field:?}");
                assert!(!text.subject.is_empty(), "{lang:?} {field:?}");
                assert!(
                    crate::parse::parse_field(field, text.example).is_ok(),
                    "the {lang:?} example of {field:?} must itself be valid input: {}",
                    text.example
                );
            }
        }
        set_lang(Lang::De);
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert_eq!(
            field_error(
                Field::CasesPerYear,
                &FieldError::Parse(ParseError::NotANumber)
            ),
            "Geben Sie die Fallzahl pro Jahr als Zahl ein, zum Beispiel 1.200"
        );
        assert_eq!(
            field_error(
                Field::StaffRate,
                &FieldError::Parse(ParseError::WrongDecimalMark)
            ),
            "Verwenden Sie ein Komma als Dezimaltrennzeichen, zum Beispiel 1,5"
        );
        assert_eq!(
            field_error(
                Field::DiscountRate,
                &FieldError::Domain(DomainError::OutOfRange {
                    min: -0.05,
                    max: 0.2
                })
            ),
            "Geben Sie den Kalkulationszinssatz als Wert zwischen -5\u{a0}% und 20\u{a0}% ein"
        );
    }

    #[test]
    fn optional_fields_say_so_in_words() {
        assert_eq!(
            field_label(Field::ConnectionFee),
            "Anschlussgebühr, in Euro – optional"
        );
        assert_eq!(field_label(Field::CasesPerYear), "Fallzahl pro Jahr");
        assert!(!field_label(Field::ConnectionFee).contains('*'));
    }

    #[test]
    fn verdict_sentences() {
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 123_456.0, Payback::Year(3), 5),
            "Wirtschaftlich: Kapitalwert +123.456\u{a0}€, amortisiert im 3. Jahr"
        );
        assert_eq!(
            verdict_sentence(
                Verdict::NichtWirtschaftlich,
                -12_345.0,
                Payback::NotWithinHorizon,
                5
            ),
            "Nicht wirtschaftlich: Kapitalwert -12.345\u{a0}€, keine Amortisation innerhalb von 5 Jahren"
        );
        assert_eq!(
            verdict_sentence(Verdict::Wirtschaftlich, 10.0, Payback::Year(0), 5),
            "Wirtschaftlich: Kapitalwert +10\u{a0}€, amortisiert sich sofort"
        );
    }
}
