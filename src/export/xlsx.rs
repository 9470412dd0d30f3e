//! The document as an Excel workbook in which the Kapitalwert is live:
//! per alternative a sheet "Eingaben" (every input with unit and Quelle /
//! Stand), "Zahlungsströme" (the yearly table as formulas over the
//! inputs) and "Ergebnis" (KW, KW haushaltswirksam and nicht
//! haushaltswirksam and the payback year as formulas over the table, and
//! beside them the values the app showed); with two alternatives or more,
//! a sheet "Vergleich" whose KWs are formulas over each Ergebnis; with a
//! Kostenteilung, a sheet of its split (values). A Kämmerer changes an
//! input and watches the KW follow.
//!
//! The formulas spell out `model::cashflow` and `model::metrics` term by
//! term, in the same order (read them side by side):
//!
//! - e_t = (1+g)^(t−1) from year 1, 0 in t = 0 (nothing recurring falls
//!   in the base year);
//! - cases_t = cases·(1+growth)^(t−1); share_t = start·(1−w_t) +
//!   target·w_t with w_t = min(t−1, N)/N (1 when N = 0);
//! - one-time costs: 1/n in each of t = 0..n−1, n = spread years capped
//!   to T+1, never escalated;
//! - funding: the grant in t = 0, the recurring contribution (escalated)
//!   in years 1..years (every year when 0), as a negative cost;
//! - KW = Σ (N_t − K_t)·d_t with d_t = 1/(1+i)^t from t = 0, split into
//!   the haushaltswirksam, nicht haushaltswirksam and external parts;
//! - payback: the first t whose cumulative Barwert is ≥ 0.
//!
//! `tests/export_xlsx.rs` opens the workbook of every fixture in
//! LibreOffice, recalculates, and compares the KWs with the model's.
//!
//! The formulas carry no cached results (an empty string): a program
//! that does not calculate shows empty cells rather than wrong numbers,
//! and Excel and LibreOffice calculate on opening (rust_xlsxwriter sets
//! `fullCalcOnLoad`). Text from the document is written with
//! `write_string`, a shared string, which no spreadsheet evaluates.

use rust_xlsxwriter::{Color, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};

use crate::model::comparison::compare;
use crate::model::{Assessment, Evaluation, Field, Payback, Unit};
use crate::text::export::{column_header, unit_name, xt};
use crate::text::{form, results};

use super::Column;

/// The columns of the sheet Zahlungsströme, A to AB.
pub const COLUMNS: [Column; 28] = Column::ALL;

/// Where the sheets put things (0-based rows, as rust_xlsxwriter counts).
mod layout {
    /// Eingaben: the header row; the fields follow in `Field::ALL` order.
    pub const INPUT_HEADER: u32 = 5;
    /// Zahlungsströme: the header row; year t is in row `YEAR_HEADER + 1 + t`.
    pub const YEAR_HEADER: u32 = 1;
    /// Ergebnis: the header row; the figures follow.
    pub const RESULT_HEADER: u32 = 1;
}

/// The formats of the workbook. German Excel shows `#,##0.00 "€"` as
/// "1.234,56 €".
struct Formats {
    title: Format,
    header: Format,
    text: Format,
    euro: Format,
    /// An input cell (action blue, so the Kämmerer sees what to change).
    input: Format,
    percent: Format,
    factor: Format,
    number: Format,
    whole: Format,
}

impl Formats {
    fn new() -> Self {
        let blue = Color::RGB(0x2044aa);
        Self {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            text: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            euro: Format::new().set_num_format("#,##0.00 \"€\""),
            input: Format::new().set_font_color(blue).set_bold(),
            percent: Format::new().set_num_format("0.0#%"),
            factor: Format::new().set_num_format("0.0000"),
            number: Format::new().set_num_format("#,##0.00"),
            whole: Format::new().set_num_format("0"),
        }
    }

    /// The number format of an input of this unit.
    fn of_unit(&self, unit: Unit) -> Format {
        let base = match unit {
            Unit::Euro | Unit::EuroPerHour | Unit::EuroPerCase => &self.euro,
            Unit::Percent => &self.percent,
            Unit::Years => &self.whole,
            Unit::Count | Unit::Minutes | Unit::Hours => &self.number,
        };
        base.clone().set_font_color(Color::RGB(0x2044aa)).set_bold()
    }

    fn of_column(&self, column: Column) -> &Format {
        use Column::*;
        match column {
            Year | PaybackMark => &self.whole,
            OnlineShare | OneTimeFraction => &self.percent,
            Escalation | DiscountFactor => &self.factor,
            Cases | OnlineCases | StaffHours | Fte | CitizenHours => &self.number,
            _ => &self.euro,
        }
    }
}

/// A column's letters (0 = A, 27 = AB).
fn letters(index: usize) -> String {
    const ABC: &[u8; 26] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if index < 26 {
        (ABC[index] as char).to_string()
    } else {
        format!("{}{}", ABC[index / 26 - 1] as char, ABC[index % 26] as char)
    }
}

fn letters_of(column: Column) -> String {
    let index = COLUMNS.iter().position(|&c| c == column).unwrap_or(0);
    letters(index)
}

/// A sheet name as a formula refers to it: quoted (names with spaces,
/// umlauts or brackets need it, and it does no harm to the others).
fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

/// A text as a string literal inside a formula.
fn literal(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The three sheet names of the alternative at `index` (the first keeps
/// the plain names).
fn sheet_names(index: usize) -> [String; 3] {
    let x = xt();
    [x.inputs, x.years, x.results].map(|name| {
        if index == 0 {
            name.to_string()
        } else {
            format!("{name} ({})", index + 1)
        }
    })
}

/// The rows of the Eingaben sheet that are no `Field`.
#[derive(Clone, Copy)]
enum Extra {
    /// Whether citizens' time counts as money (WAHR / FALSCH).
    Monetise,
    /// Jahresarbeitsstunden for VZÄ.
    AnnualHours,
}

/// Absolute references into one alternative's Eingaben sheet.
struct Inputs {
    sheet: String,
}

impl Inputs {
    fn row_of(field: Field) -> u32 {
        let k = Field::ALL.iter().position(|&f| f == field).unwrap_or(0);
        layout::INPUT_HEADER + 1 + k as u32
    }

    fn extra_row(extra: Extra) -> u32 {
        layout::INPUT_HEADER + 1 + Field::ALL.len() as u32 + extra as u32
    }

    /// `'Eingaben'!$C$12` (the value column is C).
    fn at_row(&self, row: u32) -> String {
        format!("{}!$C${}", self.sheet, row + 1)
    }

    fn of(&self, field: Field) -> String {
        self.at_row(Self::row_of(field))
    }

    fn extra(&self, extra: Extra) -> String {
        self.at_row(Self::extra_row(extra))
    }

    /// `(a+b+…)` over several fields.
    fn sum(&self, fields: impl Iterator<Item = Field>) -> String {
        let terms: Vec<String> = fields.map(|f| self.of(f)).collect();
        format!("({})", terms.join("+"))
    }
}

/// The workbook of a document, as the bytes of an .xlsx file.
pub fn workbook(a: &Assessment) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut book = Workbook::new();
    let comparison = compare(a);
    let mut results_sheets = Vec::new();
    for (i, result) in comparison.alternatives.iter().enumerate() {
        let Some(variant) = a.variant(i) else {
            continue;
        };
        let name = results::alternative_name(i, a.variant_name(i).unwrap_or_default());
        let [inputs_name, years_name, results_name] = sheet_names(i);
        let inputs = Inputs {
            sheet: quoted(&inputs_name),
        };
        book.push_worksheet(inputs_sheet(&f, a, &variant, &name, &inputs_name)?);
        book.push_worksheet(years_sheet(&f, &variant, &inputs, &years_name)?);
        book.push_worksheet(results_sheet(
            &f,
            &result.evaluation,
            &quoted(&years_name),
            &results_name,
        )?);
        results_sheets.push((name, results_name));
    }
    if results_sheets.len() > 1 {
        book.push_worksheet(comparison_sheet(&f, &results_sheets)?);
    }
    if let Some(sharing) = &a.sharing {
        book.push_worksheet(sharing_sheet(&f, a, sharing)?);
    }
    book.save_to_buffer()
}

fn new_sheet(name: &str) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    // No cached results: see the module documentation.
    sheet.set_formula_result_default("");
    Ok(sheet)
}

fn inputs_sheet(
    f: &Formats,
    doc: &Assessment,
    a: &Assessment,
    alternative: &str,
    name: &str,
) -> Result<Worksheet, XlsxError> {
    let x = xt();
    let mut s = new_sheet(name)?;
    s.write_string_with_format(0, 0, x.title, &f.title)?;
    s.write_string(1, 0, x.service)?;
    s.write_string(1, 1, &doc.master.service)?;
    s.write_string(2, 0, x.kommune)?;
    s.write_string(2, 1, &doc.master.kommune)?;
    s.write_string(3, 0, x.alternative)?;
    s.write_string(3, 1, alternative)?;
    s.write_string_with_format(4, 0, x.workbook_hint, &f.input)?;
    for (c, h) in super::input_header().iter().enumerate() {
        s.write_string_with_format(layout::INPUT_HEADER, c as u16, *h, &f.header)?;
    }
    for input in super::inputs(a) {
        let row = Inputs::row_of(input.field);
        let unit = match input.unit {
            Unit::Percent => x.percent_in_workbook,
            unit => unit_name(unit),
        };
        s.write_string_with_format(row, 0, input.part, &f.text)?;
        s.write_string_with_format(row, 1, input.label, &f.text)?;
        s.write_number_with_format(row, 2, input.value, &f.of_unit(input.unit))?;
        s.write_string(row, 3, unit)?;
        s.write_string_with_format(row, 4, &input.source, &f.text)?;
        s.write_string_with_format(row, 5, &input.note, &f.text)?;
    }
    let row = Inputs::extra_row(Extra::Monetise);
    s.write_string(row, 0, crate::text::t().section_benefits)?;
    s.write_string_with_format(row, 1, x.monetise, &f.text)?;
    s.write_boolean_with_format(row, 2, a.benefits.monetise_citizen_time, &f.input)?;
    let row = Inputs::extra_row(Extra::AnnualHours);
    let hours = form::annual_hours_reference(a.parameters.staff_group);
    s.write_string(row, 0, crate::text::t().section_parameters)?;
    s.write_string_with_format(row, 1, x.annual_hours, &f.text)?;
    s.write_number_with_format(row, 2, hours.value, &f.of_unit(Unit::Hours))?;
    s.write_string(row, 3, unit_name(Unit::Hours))?;
    s.write_string_with_format(row, 4, form::source_line(hours), &f.text)?;
    s.write_string_with_format(row, 5, form::reference_label(hours), &f.text)?;
    for (c, width) in [22.0, 48.0, 16.0, 16.0, 48.0, 40.0].into_iter().enumerate() {
        s.set_column_width(c as u16, width)?;
    }
    s.set_freeze_panes(layout::INPUT_HEADER + 1, 0)?;
    Ok(s)
}

/// The formula of one cell of the yearly table in sheet row `row`
/// (0-based), following `model::cashflow::rows` term by term.
fn year_formula(column: Column, row: u32, first: u32, i: &Inputs) -> String {
    use Column::*;
    let at = |c: Column| format!("{}{}", letters_of(c), row + 1);
    let t = at(Year);
    let e = at(Escalation);
    let online = at(OnlineCases);
    let n = format!(
        "MIN(MAX({},1),{}+1)",
        i.of(Field::OneTimeSpreadYears),
        i.of(Field::HorizonYears)
    );
    let ramp = i.of(Field::RampYears);
    let years = i.of(Field::RecurringYears);
    match column {
        Year => unreachable!("the year is a number"),
        Cases => format!(
            "IF({t}=0,0,{}*(1+{})^({t}-1))",
            i.of(Field::CasesPerYear),
            i.of(Field::CaseGrowth)
        ),
        OnlineShare => {
            let w = format!("IF({ramp}=0,1,MIN({t}-1,{ramp})/{ramp})");
            format!(
                "IF({t}=0,0,{}*(1-{w})+{}*{w})",
                i.of(Field::OnlineShareStart),
                i.of(Field::OnlineShareTarget)
            )
        }
        OnlineCases => format!("{}*{}", at(Cases), at(OnlineShare)),
        Escalation => format!("IF({t}=0,0,(1+{})^({t}-1))", i.of(Field::Escalation)),
        OneTimeFraction => format!("IF({t}<{n},1/{n},0)"),
        IntegrationCash => format!(
            "{}*{}",
            i.sum(super::one_time_cash_fields()),
            at(OneTimeFraction)
        ),
        IntegrationStaff => format!(
            "{}*{}*{}",
            i.of(Field::ProjectHours),
            i.of(Field::ProjectRate),
            at(OneTimeFraction)
        ),
        Operations => format!(
            "{}*{e}+{online}*{}*{e}",
            i.sum(super::annual_fee_fields()),
            i.of(Field::PaymentFeePerCase)
        ),
        FirstLevel => format!(
            "{online}*{}/100*{}*{e}",
            i.of(Field::FirstLevelContacts),
            i.of(Field::FirstLevelCost)
        ),
        SecondLevel => format!(
            "{online}*{}/60*{}*{e}",
            i.of(Field::SecondLevelMinutes),
            i.of(Field::SecondLevelRate)
        ),
        Funding => format!(
            "-(IF({t}=0,{},0)+IF(AND({t}>=1,OR({years}=0,{t}<={years})),{}*{e},0))",
            i.of(Field::OneTimeGrant),
            i.of(Field::RecurringContribution)
        ),
        CostH => format!(
            "{}+{}+{}+{}",
            at(IntegrationCash),
            at(Operations),
            at(FirstLevel),
            at(Funding)
        ),
        CostNh => format!("{}+{}", at(IntegrationStaff), at(SecondLevel)),
        BenefitH => format!(
            "{online}*({}+{})*{e}+{}*{e}",
            i.of(Field::PostageSaved),
            i.of(Field::PrintScanSaved),
            i.of(Field::AvoidedLicence)
        ),
        BenefitNh => format!(
            "{online}*{}/60*{}*{e}",
            i.of(Field::MinutesSaved),
            i.of(Field::StaffRate)
        ),
        BenefitCitizens => format!(
            "IF({},{online}*{}/60*{}*{e},0)",
            i.extra(Extra::Monetise),
            i.of(Field::CitizenMinutesSaved),
            i.of(Field::CitizenHourValue)
        ),
        Net => format!(
            "{}+{}+{}-{}-{}",
            at(BenefitH),
            at(BenefitNh),
            at(BenefitCitizens),
            at(CostH),
            at(CostNh)
        ),
        DiscountFactor => format!("1/(1+{})^{t}", i.of(Field::DiscountRate)),
        Discounted => format!("{}*{}", at(Net), at(DiscountFactor)),
        Cumulative => {
            let d = letters_of(Discounted);
            format!("SUM({d}${}:{d}{})", first + 1, row + 1)
        }
        DiscountedH => format!("({}-{})*{}", at(BenefitH), at(CostH), at(DiscountFactor)),
        DiscountedNh => format!("({}-{})*{}", at(BenefitNh), at(CostNh), at(DiscountFactor)),
        DiscountedCitizens => format!("{}*{}", at(BenefitCitizens), at(DiscountFactor)),
        StaffHours => format!("{online}*{}/60", i.of(Field::MinutesSaved)),
        Fte => format!("{}/{}", at(StaffHours), i.extra(Extra::AnnualHours)),
        CitizenHours => format!("{online}*{}/60", i.of(Field::CitizenMinutesSaved)),
        PaybackMark => format!("IF({}>=0,{t},\"\")", at(Cumulative)),
    }
}

fn years_sheet(
    f: &Formats,
    a: &Assessment,
    inputs: &Inputs,
    name: &str,
) -> Result<Worksheet, XlsxError> {
    let mut s = new_sheet(name)?;
    s.write_string_with_format(0, 0, xt().years, &f.title)?;
    for (c, &column) in COLUMNS.iter().enumerate() {
        s.write_string_with_format(
            layout::YEAR_HEADER,
            c as u16,
            column_header(column),
            &f.header,
        )?;
        s.set_column_width(c as u16, 15.0)?;
    }
    let first = layout::YEAR_HEADER + 1;
    for t in 0..=a.parameters.horizon() {
        let row = first + t;
        s.write_number_with_format(row, 0, f64::from(t), &f.whole)?;
        for (c, &column) in COLUMNS.iter().enumerate().skip(1) {
            let formula = Formula::new(year_formula(column, row, first, inputs));
            s.write_formula_with_format(row, c as u16, formula, f.of_column(column))?;
        }
    }
    s.set_freeze_panes(first, 1)?;
    Ok(s)
}

/// A column of the yearly table as an absolute range in another sheet.
fn column_range(years: &str, column: Column, last_row: u32) -> String {
    let c = letters_of(column);
    let first = layout::YEAR_HEADER + 2;
    format!("{years}!${c}${first}:${c}${}", last_row + 1)
}

fn results_sheet(
    f: &Formats,
    e: &Evaluation,
    years: &str,
    name: &str,
) -> Result<Worksheet, XlsxError> {
    let x = xt();
    let mut s = new_sheet(name)?;
    s.write_string_with_format(0, 0, x.results, &f.title)?;
    for (c, h) in [x.col_figure, x.col_value, x.col_unit, x.col_app_value]
        .iter()
        .enumerate()
    {
        s.write_string_with_format(layout::RESULT_HEADER, c as u16, *h, &f.header)?;
    }
    let last = layout::YEAR_HEADER + 1 + e.years.len().saturating_sub(1) as u32;
    let range = |c| column_range(years, c, last);
    let kw = &e.kapitalwert;
    let euro = unit_name(Unit::Euro);
    let sums = [
        (x.kw_total, Column::Discounted, kw.total),
        (x.kw_h, Column::DiscountedH, kw.haushaltswirksam),
        (x.kw_nh, Column::DiscountedNh, kw.nicht_haushaltswirksam),
        (x.kw_citizens, Column::DiscountedCitizens, kw.citizens),
    ];
    let mut row = layout::RESULT_HEADER + 1;
    for (label, column, value) in sums {
        s.write_string(row, 0, label)?;
        let formula = Formula::new(format!("SUM({})", range(column)));
        s.write_formula_with_format(row, 1, formula, &f.euro)?;
        s.write_string(row, 2, euro)?;
        s.write_number_with_format(row, 3, value, &f.euro)?;
        row += 1;
    }
    let marks = range(Column::PaybackMark);
    s.write_string(row, 0, x.payback_year)?;
    let formula = format!(
        "IF(COUNT({marks})=0,{},MIN({marks}))",
        literal(x.payback_none)
    );
    s.write_formula_with_format(row, 1, Formula::new(formula), &f.whole)?;
    match e.payback {
        Payback::Year(t) => s.write_number_with_format(row, 3, f64::from(t), &f.whole)?,
        Payback::NotWithinHorizon => s.write_string(row, 3, x.payback_none)?,
    };
    row += 1;
    s.write_string(row, 0, x.fte_final)?;
    let fte = format!("{years}!${}${}", letters_of(Column::Fte), last + 1);
    s.write_formula_with_format(row, 1, Formula::new(fte), &f.number)?;
    s.write_string(row, 2, "VZÄ")?;
    s.write_number_with_format(row, 3, e.fte_freed_final_year, &f.number)?;
    for (c, width) in [48.0, 18.0, 10.0, 24.0].into_iter().enumerate() {
        s.set_column_width(c as u16, width)?;
    }
    Ok(s)
}

/// The row of the KW in an Ergebnis sheet.
const KW_ROW: u32 = layout::RESULT_HEADER + 1;

fn comparison_sheet(
    f: &Formats,
    alternatives: &[(String, String)],
) -> Result<Worksheet, XlsxError> {
    let x = xt();
    let mut s = new_sheet(x.comparison_sheet)?;
    s.write_string_with_format(0, 0, x.comparison, &f.title)?;
    let header = [x.alternative, x.kw_total, x.kw_h, x.kw_nh, x.payback_year];
    for (c, h) in header.iter().enumerate() {
        s.write_string_with_format(1, c as u16, *h, &f.header)?;
    }
    for (k, (name, sheet)) in alternatives.iter().enumerate() {
        let row = 2 + k as u32;
        s.write_string(row, 0, name)?;
        // KW, KW h, KW nh, then (past the external benefit) the payback.
        for (c, offset) in [0u32, 1, 2, 4].into_iter().enumerate() {
            let formula = Formula::new(format!("{}!$B${}", quoted(sheet), KW_ROW + offset + 1));
            let format = if offset == 4 { &f.whole } else { &f.euro };
            s.write_formula_with_format(row, 1 + c as u16, formula, format)?;
        }
    }
    for (c, width) in [36.0, 18.0, 18.0, 18.0, 16.0].into_iter().enumerate() {
        s.set_column_width(c as u16, width)?;
    }
    Ok(s)
}

/// The Kostenteilung as values: each participant's fraction, its shares
/// in euros (exact to the cent, `model::sharing`) and its own KW. Not
/// formulas: the split by largest remainders is the model's, in cents.
fn sharing_sheet(
    f: &Formats,
    a: &Assessment,
    sharing: &crate::model::sharing::Sharing,
) -> Result<Worksheet, XlsxError> {
    let x = xt();
    let mut s = new_sheet(x.sharing)?;
    s.write_string_with_format(0, 0, x.sharing, &f.title)?;
    let Ok(bodies) = crate::model::sharing::evaluate_bodies(a, sharing) else {
        s.write_string(1, 0, x.sharing_invalid)?;
        return Ok(s);
    };
    let header = [
        x.col_body,
        x.col_fraction,
        x.col_one_time_share,
        x.col_yearly_share,
        x.col_body_kw,
    ];
    for (c, h) in header.iter().enumerate() {
        s.write_string_with_format(1, c as u16, *h, &f.header)?;
    }
    for (k, body) in bodies.iter().enumerate() {
        let row = 2 + k as u32;
        let name = crate::text::sharing::participant_name(a, sharing, k);
        s.write_string(row, 0, name)?;
        s.write_number_with_format(row, 1, body.share.fraction, &f.percent)?;
        s.write_number_with_format(row, 2, body.share.one_time.euros(), &f.euro)?;
        s.write_number_with_format(row, 3, body.share.yearly.euros(), &f.euro)?;
        let kw = body.evaluation.kapitalwert.total;
        s.write_number_with_format(row, 4, kw, &f.euro)?;
    }
    for (c, width) in [36.0, 18.0, 18.0, 18.0, 20.0].into_iter().enumerate() {
        s.set_column_width(c as u16, width)?;
    }
    Ok(s)
}
