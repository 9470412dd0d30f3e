//! The page frame's static strings in English.

use super::Texts;

/// English interface text.
pub const EN: Texts = Texts {
    app_title: "EfA-Check",
    app_lead: "Does reusing this EfA online service pay off for our Kommune (municipality)? \
        Enter costs and benefits; the result updates as you type. \
        All data stays in your browser.",
    skip_to_results: "Skip to the result",
    example_heading: "Example values",
    example_body: "The form is filled with illustrative example values of a small municipality; \
        the ranges (minimum to maximum) of some inputs are examples too. Neither is a \
        recommendation. Replace the values with your Kommune's figures.",
    start_blank: "Start again with reference values",
    form_heading: "Inputs",
    optional_suffix: " – optional",
    note_label_suffix: "Note on: ",
    note_hint: "For example where the amount comes from, or a quotation number.",
    source_prefix: "Source: ",
    stand_prefix: ", as of ",
    own_value: "Own value",
    assumption_reference: "Reference value – please check",
    assumption_convention: "Default – please check",
    assumption_confirm: "Confirm value",
    adopt_reference: "Use reference value",

    section_master: "Basic data",
    section_integration: "Integration (one-time)",
    section_operations: "Operations (yearly)",
    section_support: "Support",
    section_funding: "Funding",
    section_benefits: "Benefits",
    section_parameters: "Parameters",

    service_label: "EfA online service",
    service_hint: "Name of the online service, for example dog tax registration.",
    kommune_label: "Kommune",
    kommune_hint: "Name of your municipality, town or Kreis (district).",
    monetise_label: "Value citizens' time in money",
    monetise_hint: "If selected, the time saved counts as an external benefit in the \
        Kapitalwert. Otherwise it is shown in hours only.",
    staff_group_label: "Staff group for VZÄ",
    staff_group_hint: "Sets the working hours per year with which saved hours are converted \
        into VZÄ (Vollzeitäquivalente, full-time equivalents).",
    rate_picker_label: "Use reference value",
    rate_picker_hint: "Fills the field with the hourly rate. You can change the value afterwards.",
    rate_picker_destatis: "Destatis 2025, labour costs of municipalities",
    rate_picker_kgst: "KGSt 2025/26, full costs per hour",

    error_summary_heading: "There is a problem",
    error_prefix: "Error: ",

    results_heading: "Result",
    summary_heading: "At a glance",
    summary_verdict: "Economic viability",
    summary_positive: "economically viable",
    summary_negative: "not economically viable",
    summary_incomplete: "still open – details missing",
    not_yet: "still open",
    summary_kw: "Kapitalwert",
    summary_payback: "Payback",
    summary_chance: "Probability of viability",
    summary_outdated: "out of date – an input is invalid",
    summary_link: "To the result",
    outdated_notice: "Out of date: at least one input is invalid. Shown is the result of the \
        last valid inputs. Correct the marked fields.",
    key_figures_heading: "Key figures",
    how_computed: "How it is computed",
    kw_total: "Kapitalwert (KW, net present value)",
    kw_h: "KW haushaltswirksam (budget-effective)",
    kw_nh: "KW nicht haushaltswirksam (not budget-effective)",
    kw_citizens: "External benefit (citizens' time)",
    payback: "Payback",
    break_even_cases: "Minimum cases per year",
    break_even_share: "Minimum target online share",
    cost_per_online_case: "Cost per online case",
    fte_freed: "Capacity freed in the last year",
    citizen_hours: "Citizens' time saved",
    no_online_cases: "no online cases",

    chart_heading: "Cumulative present value",
    chart_x_axis: "Year",
    chart_zero_line: "Break-even line",
    chart_table_caption: "Present value and cumulative present value per year, in euros",
    categories_heading: "Costs by category per year",
    categories_names: ["Integration", "Operations", "Support", "Funding"],
    categories_table_caption:
        "Costs by category per year, in euros (funding reduces the costs)",

    table_heading: "Cash flows per year",
    table_caption: "Cash flows per year (year 0 = base year)",
    table_region_label: "Table of cash flows, scrolls horizontally",
    table_sum: "Total",
    table_rounding_note: "Totals may differ from the sum of the values shown because of \
        rounding. Costs are positive; funding reduces the costs and carries a minus sign.",
    table_integration_note: "Integration includes external services and own project staff; \
        follow-up questions in the Fachbereich (department) are own staff's time.",
    col_year: "Year",
    col_cases: "Cases",
    col_online_share: "Online share",
    col_online_cases: "Online cases",
    col_integration: "Integration",
    col_operations: "Operations",
    col_support_first: "First contact (115, service centre)",
    col_support_second: "Follow-up questions, department",
    col_funding: "Funding",
    col_cost_total: "Total costs",
    col_benefit_h: "Benefit budget-\u{ad}effective",
    col_benefit_nh: "Benefit not budget-\u{ad}effective",
    col_benefit_citizens: "External benefit",
    col_net: "Net",
    col_discounted: "Present value",
    col_cumulative: "Cumulative present value",
    col_fte: "Capacity",
    unit_euro: "in €",
    unit_thousand_euro: "in € thousand",
    unit_percent: "in %",
    unit_fte: "in VZÄ",

    footer: "EfA-Check computes entirely in your browser. No data is transmitted.",
    page_title: "EfA-Check – Checking the reuse of EfA online services",
    for_field: " for ",
    language_label: "Language",
    language_unavailable: "The language cannot be switched right now: the browser stores \
        nothing (private window or storage full), and switching would lose your work.",
};
