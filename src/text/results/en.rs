//! The results' words in English.

use super::{cases_threshold, cost_per_case_value, largest_category, share_threshold, Explanation};
use crate::format::{euro, euro_cents, euro_signed, grouped, percent};
use crate::model::reference;
use crate::model::{BreakEven, Evaluation, Kapitalwert, Missing, Payback, Verdict};

/// "1 year", "5 years".
fn years_text(n: u32) -> String {
    if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    }
}

/// A shown count with its noun, singular for exactly "1": "1 case",
/// "7,514 cases".
fn counted(number: String, one: &str, many: &str) -> String {
    let noun = if number == "1" { one } else { many };
    format!("{number} {noun}")
}

pub fn payback_short(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => "immediately (year 0)".to_string(),
        Payback::Year(t) => format!("in year {t}"),
        Payback::NotWithinHorizon => format!("not within {}", years_text(horizon)),
    }
}

pub fn verdict_sentence(verdict: Verdict, kw: f64, payback: Payback, horizon: u32) -> String {
    let head = match verdict {
        Verdict::Wirtschaftlich => "Economically viable",
        Verdict::NichtWirtschaftlich => "Not economically viable",
        Verdict::Unvollstaendig => return "No result yet: details are missing.".to_string(),
    };
    let tail = match payback {
        Payback::Year(0) => "pays for itself immediately".to_string(),
        Payback::Year(t) => format!("pays for itself in year {t}"),
        Payback::NotWithinHorizon => format!("no payback within {}", years_text(horizon)),
    };
    format!(
        "{head}: Kapitalwert (net present value) {}, {tail}",
        euro_signed(kw)
    )
}

pub fn verdict_text(e: &Evaluation) -> String {
    if e.verdict == Verdict::Unvollstaendig {
        return format!("No result yet: {}.", missing_clause(&e.missing));
    }
    let horizon = e.years.last().map_or(0, |r| r.t);
    format!(
        "{}. {}",
        verdict_sentence(e.verdict, e.kapitalwert.total, e.payback, horizon),
        kw_parts_sentence(&e.kapitalwert, e.fte_freed_final_year)
    )
}

pub fn kw_parts_sentence(kw: &Kapitalwert, fte: f64) -> String {
    let h = format!(
        "haushaltswirksam (budget-effective) {}",
        euro_signed(kw.haushaltswirksam)
    );
    let nh = format!(
        "nicht haushaltswirksam (not budget-effective) {} (working time freed in the last \
         year: {}, full-time equivalents)",
        euro_signed(kw.nicht_haushaltswirksam),
        fte_value(fte)
    );
    if kw.citizens != 0.0 {
        format!(
            "Of this, {h}, {nh} and external benefit (citizens' time) {}.",
            euro_signed(kw.citizens)
        )
    } else {
        format!("Of this, {h} and {nh}.")
    }
}

/// An input a verdict needs, with its article: the name, and whether it
/// is plural ("the costs").
fn missing_name(m: Missing) -> (&'static str, bool) {
    match m {
        Missing::Cases => ("the number of cases per year", false),
        Missing::OnlineShare => ("the online share", false),
        Missing::Costs => ("the costs", true),
    }
}

/// The missing inputs as a clause in lower case, to follow a colon: "the
/// costs are missing".
fn missing_clause(missing: &[Missing]) -> String {
    let names: Vec<(&str, bool)> = missing.iter().map(|&m| missing_name(m)).collect();
    match names.as_slice() {
        [] => String::new(),
        [(one, false)] => format!("{one} is missing"),
        [(one, true)] => format!("{one} are missing"),
        [init @ .., (last, _)] => {
            let init: Vec<&str> = init.iter().map(|(name, _)| *name).collect();
            format!("{} and {last} are missing", init.join(", "))
        }
    }
}

/// The text with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn missing_list(missing: &[Missing]) -> String {
    capitalised(&missing_clause(missing))
}

pub fn missing_reason(m: Missing) -> String {
    let what = match m {
        Missing::Cases => {
            "enter how many cases arise in the first year of operation, online and on paper."
        }
        Missing::OnlineShare => "enter the share of cases that will be submitted online.",
        Missing::Costs => {
            "enter at least one cost item, such as the connection fee or the usage fee."
        }
    };
    format!("{}: {what}", missing_list(&[m]))
}

pub fn chart_caption(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => "Reuse pays for itself immediately: the cumulative present value \
            is not negative even in the base year."
            .to_string(),
        Payback::Year(t) => format!(
            "Reuse pays for itself in year {t}: there the cumulative present value reaches \
             break-even."
        ),
        Payback::NotWithinHorizon => format!(
            "Reuse does not pay for itself within {}: the cumulative present value stays \
             below break-even.",
            years_text(horizon)
        ),
    }
}

pub fn chart_payback_marker(year: u32) -> String {
    if year == 0 {
        "Immediate payback".to_string()
    } else {
        format!("Payback in year {year}")
    }
}

pub fn chart_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Cumulative present value per year".to_string()
    } else {
        format!("Cumulative present value per year: {service}")
    }
}

pub fn break_even_cases_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => counted(cases_threshold(x), "case", "cases"),
        BreakEven::AlwaysPositive => "reached with any number of cases".to_string(),
        BreakEven::Never => "not reached with any number of cases".to_string(),
    }
}

pub fn break_even_cases_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "With {} or more in the first year (same online share and same trend in cases), \
             the Kapitalwert is positive.",
            counted(cases_threshold(x), "case", "cases")
        ),
        BreakEven::AlwaysPositive => "The Kapitalwert is not negative even without a single \
            case, for example because funding or licences no longer needed cover the costs."
            .to_string(),
        BreakEven::Never => "No number of cases makes reuse economically viable: an online \
            case costs more than it saves."
            .to_string(),
    }
}

pub fn break_even_share_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => share_threshold(x),
        BreakEven::AlwaysPositive => "reached at any online share".to_string(),
        BreakEven::Never => "not reached even at 100%".to_string(),
    }
}

pub fn break_even_share_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "With a target online share of {} or more (same starting share and same ramp-up \
             period), the Kapitalwert is positive.",
            share_threshold(x)
        ),
        BreakEven::AlwaysPositive => {
            "The Kapitalwert is not negative at any target online share.".to_string()
        }
        BreakEven::Never => {
            "Even if all cases came online, the Kapitalwert would remain negative.".to_string()
        }
    }
}

pub fn fte_value(fte: f64) -> String {
    format!("{} VZÄ", grouped(fte, 2))
}

pub fn hours_value(hours: f64) -> String {
    counted(grouped(hours, 0), "hour", "hours")
}

pub fn thousand_tick(number: &str) -> String {
    match number.strip_prefix('-') {
        Some(abs) => format!("-€{abs}k"),
        None => format!("€{number}k"),
    }
}

fn year_list(values: &[(u32, f64)]) -> String {
    values
        .iter()
        .map(|(t, v)| format!("year {t}: {}", euro(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn explain_kw(rate: f64, horizon: u32, discounted: &[(u32, f64)], kw: f64) -> Explanation {
    Explanation {
        formula: "KW = Σ (benefits − costs) ÷ (1 + i)^t over all years t = 0 to T. \
                  KW > 0 means economically viable (the decision rule of the WiBe, the \
                  federal method for economic appraisals)."
            .to_string(),
        inputs: vec![
            format!(
                "Discount rate i = {}, appraisal period T = {}.",
                percent(rate, 2),
                years_text(horizon)
            ),
            format!("Present values: {}.", year_list(discounted)),
            format!("Sum of the present values: KW = {}.", euro_signed(kw)),
        ],
    }
}

pub fn explain_kw_h(kw_h: f64) -> Explanation {
    Explanation {
        formula: "KW haushaltswirksam = Σ (benefits_h − costs_h) ÷ (1 + i)^t. Costs_h: \
                  external services for integration, operations, first contact (115, service \
                  centre), less funding. Benefits_h: material costs saved (postage, printing, \
                  scanning) and licences no longer needed – money that the budget actually \
                  saves or spends."
            .to_string(),
        inputs: vec![format!("Result: {}.", euro_signed(kw_h))],
    }
}

pub fn explain_kw_nh(kw_nh: f64, minutes: f64, staff_rate: f64) -> Explanation {
    Explanation {
        formula: "KW nicht haushaltswirksam = Σ (benefits_nh − costs_nh) ÷ (1 + i)^t. \
                  Benefits_nh = online cases × minutes saved ÷ 60 × hourly rate: working time \
                  freed, not money saved. Costs_nh: own project staff and follow-up questions \
                  in the Fachbereich (the department in charge)."
            .to_string(),
        inputs: vec![
            format!(
                "Minutes saved per online case: {}; hourly rate: {} (in the first year, then \
                 rising with prices).",
                grouped(minutes, 1),
                euro_cents(staff_rate)
            ),
            format!("Result: {}.", euro_signed(kw_nh)),
        ],
    }
}

pub fn explain_kw_citizens(value: f64, minutes: f64, hour_value: f64) -> Explanation {
    Explanation {
        formula: "External benefit = Σ online cases × minutes ÷ 60 × value of a citizen's \
                  hour ÷ (1 + i)^t. It counts towards the Kapitalwert only if you have \
                  selected this."
            .to_string(),
        inputs: vec![
            format!(
                "Minutes per online case: {}; value of a citizen's hour: {}.",
                grouped(minutes, 1),
                euro_cents(hour_value)
            ),
            format!("Result: {}.", euro_signed(value)),
        ],
    }
}

pub fn explain_payback(cumulative: &[(u32, f64)], payback: Payback, horizon: u32) -> Explanation {
    Explanation {
        formula: format!(
            "Payback is the first year t ≥ 0 in which the cumulative present value reaches at \
             least {}. Year 0 means immediately: the funding already covers the one-time costs.",
            euro(0.0)
        ),
        inputs: vec![
            format!("Cumulative present value: {}.", year_list(cumulative)),
            format!("Result: {}.", payback_short(payback, horizon)),
        ],
    }
}

pub fn explain_break_even_cases(b: BreakEven, net_per_case: f64) -> Explanation {
    Explanation {
        formula: "The Kapitalwert depends linearly on the number of cases: KW = fixed part + \
                  cases × present value per case. The minimum number of cases (break-even) \
                  solves KW = 0 exactly; online share, ramp-up and trend in cases stay as \
                  entered."
            .to_string(),
        inputs: vec![
            format!(
                "Net per online case in the first year (benefits minus costs per case): {}.",
                euro_cents(net_per_case)
            ),
            break_even_cases_sentence(b),
        ],
    }
}

pub fn explain_break_even_share(b: BreakEven, start_share: f64, ramp: u32) -> Explanation {
    Explanation {
        formula: "The Kapitalwert depends linearly on the target online share. The minimum \
                  share (break-even) solves KW = 0 exactly; a result above 100% counts as not \
                  reachable."
            .to_string(),
        inputs: vec![
            format!(
                "Online share in the first year: {}; years until the target share: {ramp}.",
                percent(start_share, 1)
            ),
            break_even_share_sentence(b),
        ],
    }
}

pub fn explain_cost_per_case(cost: Option<f64>, total_cost: f64, online: f64) -> Explanation {
    Explanation {
        formula: "Cost per online case = all costs over the appraisal period (nominal, after \
                  deducting funding) ÷ all online cases."
            .to_string(),
        inputs: vec![format!(
            "{} ÷ {} = {}.",
            euro(total_cost),
            counted(grouped(online, 0), "online case", "online cases"),
            cost_per_case_value(cost)
        )],
    }
}

pub fn explain_fte(hours: f64, annual_hours: f64, fte: f64, year: u32) -> Explanation {
    Explanation {
        formula: format!(
            "VZÄ (full-time equivalents) = working hours saved in the year ÷ annual working \
             hours of one full-time employee ({} for employees, {} for civil servants; {}).",
            hours_value(reference::ANNUAL_HOURS_TARIF.value),
            hours_value(reference::ANNUAL_HOURS_BEAMTE.value),
            reference::ANNUAL_HOURS_TARIF.source
        ),
        inputs: vec![format!(
            "Year {year}: {} ÷ {} = {}.",
            hours_value(hours),
            hours_value(annual_hours),
            fte_value(fte)
        )],
    }
}

pub fn explain_citizen_hours(online: f64, minutes: f64, hours: f64) -> Explanation {
    Explanation {
        formula: "Hours saved = online cases over the appraisal period × minutes per case ÷ 60."
            .to_string(),
        inputs: vec![format!(
            "{} × {} minutes ÷ 60 = {}.",
            counted(grouped(online, 0), "online case", "online cases"),
            grouped(minutes, 1),
            hours_value(hours)
        )],
    }
}

pub fn alternative_name(index: usize, stored: &str) -> String {
    let stored = stored.trim();
    if !stored.is_empty() {
        stored.to_string()
    } else if index == 0 {
        "EfA reuse".to_string()
    } else {
        format!("Alternative {}", index + 1)
    }
}

pub fn categories_message(totals: [f64; 4], years: u32) -> String {
    let names = crate::text::t().categories_names;
    let Some((k, largest)) = largest_category(&totals) else {
        return "No costs have been entered yet.".to_string();
    };
    let mut text = format!(
        "Largest cost category over {}: {} at {}",
        years_text(years),
        names[k],
        euro(largest)
    );
    if totals[3] < 0.0 {
        text.push_str(&format!("; funding covers {}", euro(-totals[3])));
    }
    text.push('.');
    text
}
