//! The words of ranges, Monte Carlo, tornado and critical values in English.

use super::{probability, Texts};
use crate::format::{euro, euro_signed, grouped, threshold, threshold_percent, NBSP};
use crate::model::sensitivity::{SwitchingValue, TornadoBar};
use crate::model::uncertainty::{MonteCarlo, RangeError, SAMPLES_DOMAIN, SEED_DOMAIN};
use crate::model::{Field, Unit};
use crate::text::form::{field_name, field_text, value_in_unit};

/// English text.
pub const EN: Texts = Texts {
    range_toggle: "Enter as a range",
    range_hint: "The value in the field above is the most likely value. The range is prefilled \
        with 20% below and above it; enter your own minimum and maximum.",
    range_min: "Minimum",
    range_max: "Maximum",
    seed_label: "Seed of the random number generator",
    seed_hint: "A whole number. The same seed gives the same results of the uncertainty \
        analysis on every computer; a different one shows how much they depend on chance.",
    samples_label: "Number of samples",
    samples_hint: "Default 10,000, at most 100,000. More samples are more precise but slower.",

    uncertainty_heading: "Uncertainty",
    pending_note: "calculating…",
    no_ranges_hint: "No input has been entered as a range yet. For an uncertain value, choose \
        “Enter as a range” and enter a minimum and maximum. EfA-Check then shows here how \
        likely the reuse is to pay off.",
    probability_label: "Probability that the Kapitalwert is positive",
    p10_label: "Kapitalwert P10 (unfavourable)",
    p50_label: "Kapitalwert P50 (median)",
    p90_label: "Kapitalwert P90 (favourable)",
    histogram_heading: "Distribution of the Kapitalwert",
    histogram_x_axis: "Kapitalwert",
    zero_line: "KW = 0",
    histogram_table_summary: "Table of the chart",
    histogram_table_caption: "Share of the samples in each Kapitalwert band",
    col_from: "Kapitalwert from",
    col_to: "to",
    col_share: "Share of the samples",
    payback_heading: "Payback year in the samples",
    col_payback: "Payback",
    payback_never: "not within the appraisal period",
    method_summary: "How it is calculated",
    share_over: "over ",
    share_under: "under ",

    sensitivity_heading: "Sensitivity",
    sensitivity_intro: "Which assumption decides the result? Each input is set on its own to \
        the low and the high end of its range, or 20% below and above its value if it has no \
        range. All other inputs stay at their most likely value.",
    tornado_heading: "How the inputs affect the Kapitalwert",
    tornado_low_end: "low input value",
    tornado_high_end: "high input value",
    tornado_table_caption: "Kapitalwert at the low and the high value of the ten most \
        influential inputs",
    col_input: "Input",
    col_low_value: "Low value",
    col_kw_low: "KW at low value",
    col_high_value: "High value",
    col_kw_high: "KW at high value",
    col_basis: "Basis",
    basis_range: "Range",
    basis_point: "±20%",
    switching_heading: "Critical values",
    switching_summary: "Critical values of all inputs as a table",
    switching_caption: "At which value does the result change? Each input changed on its own, \
        all others at their most likely value",
    col_current: "Current value",
    col_switching: "Critical value",
    switching_prefix: "Critical value: ",
    switching_not_in_domain: "none – the result stays the same at every allowed value",
    switching_no_effect: "no effect on the Kapitalwert",
};

/// "1 year", "5 years": the noun after a whole count.
fn count_of(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", grouped(f64::from(n), 0))
    }
}

pub fn for_field(field: Field) -> String {
    format!(" for {}", field_name(field))
}

pub fn range_min_above_max(field: Field) -> String {
    format!(
        "The minimum for {} is greater than the maximum. Swap the two values",
        field_text(field).subject
    )
}

pub fn range_error(field: Field, likely: f64, error: &RangeError) -> String {
    let subject = field_text(field).subject;
    let value = |v: f64| value_in_unit(field.unit(), v);
    match error {
        RangeError::MinAboveLikely => format!(
            "The minimum for {subject} is above the most likely value, {}. Enter a minimum \
             of at most {}",
            value(likely),
            value(likely)
        ),
        RangeError::MaxBelowLikely => format!(
            "The maximum for {subject} is below the most likely value, {}. Enter a maximum \
             of at least {}",
            value(likely),
            value(likely)
        ),
        RangeError::OutsideDomain { min, max } => format!(
            "Enter the minimum and maximum for {subject} as values between {} and {}",
            value(*min),
            value(*max)
        ),
    }
}

pub fn seed_error() -> String {
    format!(
        "Enter the seed as a whole number from {} to {}, for example 2026",
        grouped(SEED_DOMAIN.min, 0),
        grouped(SEED_DOMAIN.max, 0)
    )
}

pub fn samples_error() -> String {
    format!(
        "Enter the number of samples as a whole number from {} to {}, for example 10,000",
        grouped(SAMPLES_DOMAIN.min, 0),
        grouped(SAMPLES_DOMAIN.max, 0)
    )
}

pub fn samples_note(samples: u32) -> String {
    format!("based on {}", count_of(samples, "sample", "samples"))
}

pub fn summary_sentence(mc: &MonteCarlo, horizon: u32) -> String {
    let payback = match mc.payback_median {
        Some(0) => "the median payback is immediate".to_string(),
        Some(year) => format!("the median payback is in year {year}"),
        None => format!(
            "in at least half of the samples there is no payback within {}",
            count_of(horizon, "year", "years")
        ),
    };
    format!(
        "Economically viable with a probability of {}; with 80% probability the Kapitalwert \
         lies between {} and {}; {payback}.",
        probability(mc.probability_positive, mc.samples),
        euro(mc.p10),
        euro(mc.p90)
    )
}

pub fn histogram_title(service: &str, samples: u32) -> String {
    let head = format!(
        "Distribution of the Kapitalwert across {}",
        count_of(samples, "sample", "samples")
    );
    if service.trim().is_empty() {
        head
    } else {
        format!("{head}: {service}")
    }
}

pub fn histogram_caption(mc: &MonteCarlo) -> String {
    let n = grouped(f64::from(mc.samples), 0);
    let positive = mc.probability_positive >= 1.0;
    if mc.samples <= 1 && (positive || mc.probability_positive <= 0.0) {
        let verdict = if positive { "positive" } else { "not positive" };
        format!("In the only sample the Kapitalwert is {verdict}.")
    } else if positive {
        format!("In all {n} samples the Kapitalwert is positive.")
    } else if mc.probability_positive <= 0.0 {
        format!("In none of the {n} samples is the Kapitalwert positive.")
    } else {
        format!(
            "In {} of the {n} samples the Kapitalwert is positive: filled bars to the right \
             of the line KW = 0, outlined bars to the left of it.",
            probability(mc.probability_positive, mc.samples)
        )
    }
}

pub fn payback_year_row(year: usize) -> String {
    if year == 0 {
        "immediately (year 0)".to_string()
    } else {
        format!("in year {year}")
    }
}

pub fn method_note(samples: u32, seed: u64) -> [String; 4] {
    [
        "Each input entered as a range is drawn from a triangular distribution: minimum, most \
         likely value (the value in the field) and maximum. The inputs are drawn independently \
         of one another; all other inputs stay at the value entered."
            .to_string(),
        format!(
            "For each of the {} samples EfA-Check calculates the Kapitalwert and the payback \
             year. The random number generator (PCG-64) starts from the seed {seed}: the same \
             inputs give the same numbers on every computer and in every browser.",
            grouped(f64::from(samples), 0)
        ),
        "Percentiles by the nearest-rank method: P10 is the ⌈0.1 · n⌉-th smallest Kapitalwert \
         of the n samples, P50 and P90 likewise. 80% of the samples lie between P10 and P90."
            .to_string(),
        format!(
            "A probability estimated from samples is never certain to be 100% or 0%. If all \
             samples agree, it reads “{}” or “{}” ({}): this is as fine as that many samples \
             can tell apart (1 divided by their number, rounded up to a tenth of a percent, \
             at least 0.1%).",
            probability(1.0, samples),
            probability(0.0, samples),
            samples_note(samples),
        ),
    ]
}

pub fn tornado_title(service: &str) -> String {
    if service.trim().is_empty() {
        "How the inputs affect the Kapitalwert".to_string()
    } else {
        format!("How the inputs affect the Kapitalwert: {service}")
    }
}

pub fn tornado_base_line(kw: f64) -> String {
    format!("Base {}", euro_signed(kw))
}

pub fn tornado_caption(bars: &[TornadoBar]) -> String {
    let Some(top) = bars.first() else {
        return "No input changes the Kapitalwert.".to_string();
    };
    let (lo, hi) = (top.kw_low.min(top.kw_high), top.kw_low.max(top.kw_high));
    let flipping = bars
        .iter()
        .filter(|b| b.kw_low.min(b.kw_high) <= 0.0 && b.kw_low.max(b.kw_high) > 0.0)
        .count();
    let head = format!(
        "{} has the strongest effect: the Kapitalwert then lies between {} and {}.",
        field_name(top.field),
        euro(lo),
        euro(hi)
    );
    match flipping {
        0 => format!("{head} None of the inputs shown reverses the result on its own."),
        1 => format!("{head} One of the inputs shown can reverse the result on its own."),
        k => format!("{head} {k} of the inputs shown can reverse the result on their own."),
    }
}

pub fn threshold_value(field: Field, value: f64, up: bool) -> String {
    let number = |decimals| threshold(value, decimals, up);
    // Singular only for exactly one ("1 year", but "1.5 minutes").
    let counted = |decimals, space: &str, one: &str, many: &str| {
        let n = number(decimals);
        let noun = if n == "1" { one } else { many };
        format!("{n}{space}{noun}")
    };
    let money = |decimals, per: &str| {
        let n = number(decimals);
        match n.strip_prefix('-') {
            Some(abs) => format!("-€{abs}{per}"),
            None => format!("€{n}{per}"),
        }
    };
    let nbsp = NBSP.to_string();
    match field {
        Field::CasesPerYear => counted(0, " ", "case per year", "cases per year"),
        Field::FirstLevelContacts => counted(
            1,
            " ",
            "request per 100 online cases",
            "requests per 100 online cases",
        ),
        Field::Inhabitants => counted(0, " ", "inhabitant", "inhabitants"),
        _ => match field.unit() {
            Unit::Euro => money(0, ""),
            Unit::EuroPerHour => money(2, " per hour"),
            Unit::EuroPerCase => money(2, " per case"),
            Unit::Count => number(0),
            Unit::Hours => counted(0, &nbsp, "hour", "hours"),
            Unit::Percent => threshold_percent(value, 1, up),
            Unit::Minutes => counted(1, &nbsp, "minute", "minutes"),
            Unit::Years => counted(0, " ", "year", "years"),
        },
    }
}

pub fn switching_text(field: Field, value: SwitchingValue) -> String {
    match value {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        } => {
            let side = if wirtschaftlich_above {
                "from"
            } else {
                "up to"
            };
            let number = threshold_value(field, value, wirtschaftlich_above);
            format!("economically viable {side} {number}")
        }
        SwitchingValue::Whole {
            value,
            wirtschaftlich,
        } => {
            let verdict = if wirtschaftlich {
                "economically viable"
            } else {
                "not economically viable"
            };
            // Whole values need no rounding; `up` is irrelevant.
            format!("{verdict} at {}", threshold_value(field, value, true))
        }
        SwitchingValue::NotInDomain => EN.switching_not_in_domain.to_string(),
        SwitchingValue::NoEffect => EN.switching_no_effect.to_string(),
    }
}
