//! The export's words in English. The files' numbers keep their format
//! (the CSV is written for German Excel, with a decimal comma), so no unit
//! here shows a number in one notation or the other.

use super::ExportTexts;
use crate::export::Column;
use crate::model::Unit;

pub const EN: ExportTexts = ExportTexts {
    title: "EfA-Check – Economic viability assessment",
    service: "EfA online service",
    kommune: "Kommune (municipality)",
    provider: "Template from",
    provider_date: "Template as of",
    alternative: "Alternative",
    inputs: "Inputs",
    years: "Cash flows",
    results: "Result",
    comparison: "Alternatives compared",
    comparison_sheet: "Comparison",
    sharing: "Kostenteilung (cost sharing)",
    checklist: "Prerequisites",

    col_part: "Section",
    col_input: "Input",
    col_value: "Value",
    col_unit: "Unit",
    col_source: "Source / as of",
    col_note: "Note",
    unknown_mark: "unknown, not yet requested",
    unconfirmed_mark: "Reference value – please check",
    monetise: "Value citizens' time in money",
    annual_hours: "Annual working hours of a full-time employee",
    yes: "yes",
    no: "no",

    col_figure: "Key figure",
    kw_total: "Kapitalwert (KW, net present value)",
    kw_h: "KW haushaltswirksam (budget-effective)",
    kw_nh: "KW nicht haushaltswirksam (not budget-effective)",
    kw_citizens: "External benefit (citizens' time)",
    payback_year: "Payback in year",
    payback_none: "not within the appraisal period",
    break_even_cases: "Minimum cases per year",
    break_even_share: "Minimum online share",
    break_even_always: "economically viable at any number of cases",
    break_even_share_always: "economically viable at any online share",
    break_even_never: "not achievable",
    cost_per_case: "Cost per online case",
    no_online_cases: "no online cases",
    fte_final: "Capacity freed in the last year",
    staff_hours: "Working hours saved over the period",
    citizen_hours: "Citizens' hours saved over the period",
    online_cases: "Online cases over the period",
    verdict: "Result",
    recommendation: "Recommendation",

    col_body: "Body",
    col_fraction: "Share by key",
    col_one_time_share: "One-time share, in euros",
    col_yearly_share: "Yearly share, in euros",
    col_body_kw: "Own Kapitalwert, in euros",
    sharing_invalid: "The Kostenteilung is not yet complete.",

    col_item: "Prerequisite",
    col_status: "Status",
    col_must: "Must-have criterion",
    col_responsible: "Responsible",
    col_due: "Due by",

    col_app_value: "Value in EfA-Check at export",
    workbook_hint: "Blue values are inputs: change one and the cash flows and the result are \
        recalculated. The appraisal period sets the number of rows; for a different period, \
        export the file again from EfA-Check.",
    percent_in_workbook: "per cent",
};

pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Euro => "euros",
        Unit::EuroPerHour => "euros per hour",
        Unit::EuroPerCase => "euros per case",
        Unit::Count => "number",
        Unit::Percent => "fraction (1 = 100%)",
        Unit::Minutes => "minutes",
        Unit::Hours => "hours",
        Unit::Years => "years",
    }
}

pub fn column_header(column: Column) -> &'static str {
    use Column::*;
    match column {
        Year => "Year",
        Cases => "Cases",
        OnlineShare => "Online share",
        OnlineCases => "Online cases",
        Escalation => "Price factor",
        OneTimeFraction => "Share of one-time costs",
        IntegrationCash => "Integration, third parties, in euros",
        IntegrationStaff => "Integration, own staff, in euros",
        Operations => "Operations, in euros",
        FirstLevel => "First contact (115, service centre), in euros",
        SecondLevel => "Follow-up questions in the Fachbereich (department in charge), in euros",
        Funding => "Funding, in euros",
        CostH => "Costs haushaltswirksam (budget-effective), in euros",
        CostNh => "Costs nicht haushaltswirksam (not budget-effective), in euros",
        BenefitH => "Benefits haushaltswirksam, in euros",
        BenefitNh => "Benefits nicht haushaltswirksam, in euros",
        BenefitCitizens => "External benefit, in euros",
        Net => "Net, in euros",
        DiscountFactor => "Discount factor",
        Discounted => "Present value, in euros",
        Cumulative => "Cumulative present value, in euros",
        DiscountedH => "Present value haushaltswirksam, in euros",
        DiscountedNh => "Present value nicht haushaltswirksam, in euros",
        DiscountedCitizens => "Present value of the external benefit, in euros",
        StaffHours => "Working hours saved",
        Fte => "VZÄ (full-time equivalents)",
        CitizenHours => "Citizens' hours saved",
        PaybackMark => "Paid back (year)",
    }
}
