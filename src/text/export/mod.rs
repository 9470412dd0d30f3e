//! The words of the CSV and Excel files (`crate::export`): block and
//! sheet titles, column headers with their units. Only the writing module
//! (efa-xlsx) uses them; the buttons' words are in `text::saved`, so the
//! first load carries none of these.
//!
//! Labels of the inputs come from `text::form` (the form's own labels),
//! the names of alternatives and bodies from `text::results` and
//! `text::sharing`, so a file names everything as the screen does.

mod de;
mod en;

use super::pick;
use crate::export::Column;
use crate::model::Unit;

/// The static strings of the export.
pub struct ExportTexts {
    // Blocks (CSV) and sheets (XLSX).
    pub title: &'static str,
    pub service: &'static str,
    pub kommune: &'static str,
    pub provider: &'static str,
    pub provider_date: &'static str,
    pub alternative: &'static str,
    pub inputs: &'static str,
    pub years: &'static str,
    pub results: &'static str,
    pub comparison: &'static str,
    /// The workbook's sheet of the comparison (at most 31 characters).
    pub comparison_sheet: &'static str,
    pub sharing: &'static str,
    pub checklist: &'static str,

    // Columns of the inputs.
    pub col_part: &'static str,
    pub col_input: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_source: &'static str,
    pub col_note: &'static str,
    /// Marks an input the user marked "unbekannt".
    pub unknown_mark: &'static str,
    /// Marks a pre-filled value not yet confirmed.
    pub unconfirmed_mark: &'static str,
    pub monetise: &'static str,
    pub annual_hours: &'static str,
    pub yes: &'static str,
    pub no: &'static str,

    // Results.
    pub col_figure: &'static str,
    pub kw_total: &'static str,
    pub kw_h: &'static str,
    pub kw_nh: &'static str,
    pub kw_citizens: &'static str,
    pub payback_year: &'static str,
    pub payback_none: &'static str,
    pub break_even_cases: &'static str,
    pub break_even_share: &'static str,
    pub break_even_always: &'static str,
    pub break_even_share_always: &'static str,
    pub break_even_never: &'static str,
    pub cost_per_case: &'static str,
    pub no_online_cases: &'static str,
    pub fte_final: &'static str,
    pub staff_hours: &'static str,
    pub citizen_hours: &'static str,
    pub online_cases: &'static str,
    pub verdict: &'static str,
    pub recommendation: &'static str,

    // Kostenteilung.
    pub col_body: &'static str,
    pub col_fraction: &'static str,
    pub col_one_time_share: &'static str,
    pub col_yearly_share: &'static str,
    pub col_body_kw: &'static str,
    pub sharing_invalid: &'static str,

    // Checklist.
    pub col_item: &'static str,
    pub col_status: &'static str,
    pub col_must: &'static str,
    pub col_responsible: &'static str,
    pub col_due: &'static str,

    // Workbook only.
    /// Column of the Ergebnis sheet with the values the app showed.
    pub col_app_value: &'static str,
    /// Under the inputs: what the Kämmerer can change.
    pub workbook_hint: &'static str,
    /// A percentage's unit in the workbook, whose cells show "35,0 %"
    /// (the CSV writes fractions: [`unit_name`]).
    pub percent_in_workbook: &'static str,
}

/// The export's static strings in the current language.
pub fn xt() -> &'static ExportTexts {
    pick(&de::DE, &en::EN)
}

per_language! {
    /// A unit as the "Einheit" column names it. Percentages are stored as
    /// fractions, and the CSV writes them so (0,35 = 35 %).
    pub fn unit_name(unit: Unit) -> &'static str;

    /// The header of a column of the yearly table, with its unit.
    pub fn column_header(column: Column) -> &'static str;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    #[test]
    fn sheet_names_fit_a_workbook_in_both_languages() {
        // Excel refuses sheet names over 31 characters or with []:*?/\;
        // an alternative's sheets add " (12)".
        for lang in Lang::ALL {
            set_lang(lang);
            let x = xt();
            let names = [
                (x.inputs, 5),
                (x.years, 5),
                (x.results, 5),
                (x.comparison_sheet, 0),
                (x.sharing, 0),
            ];
            for (name, suffix) in names {
                assert!(name.chars().count() + suffix <= 31, "{lang:?}: {name}");
                assert!(
                    !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn german_units_and_headers() {
        assert_eq!(unit_name(Unit::Percent), "Anteil (0,35 = 35 %)");
        assert_eq!(xt().percent_in_workbook, "Prozent");
        assert_eq!(column_header(Column::Fte), "VZÄ");
    }

    #[test]
    fn english_units_and_headers() {
        set_lang(Lang::En);
        assert_eq!(unit_name(Unit::EuroPerHour), "euros per hour");
        // The CSV writes fractions with a decimal comma: the unit names
        // none.
        assert_eq!(unit_name(Unit::Percent), "fraction (1 = 100%)");
        assert_eq!(xt().percent_in_workbook, "per cent");
        assert_eq!(column_header(Column::Discounted), "Present value, in euros");
        assert_eq!(column_header(Column::Fte), "VZÄ (full-time equivalents)");
        assert_eq!(xt().sharing, "Kostenteilung (cost sharing)");
    }
}
