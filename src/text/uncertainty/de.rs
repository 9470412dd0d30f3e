//! The words of ranges, Monte Carlo, tornado and kritische Werte in German.

use super::{probability, Texts};
use crate::format::{euro, euro_signed, grouped, threshold, threshold_percent, NBSP};
use crate::model::sensitivity::{SwitchingValue, TornadoBar};
use crate::model::uncertainty::{MonteCarlo, RangeError, SAMPLES_DOMAIN, SEED_DOMAIN};
use crate::model::{Field, Unit};
use crate::text::form::{field_name, field_text, value_in_unit};

/// German text.
pub const DE: Texts = Texts {
    range_toggle: "Als Spanne angeben",
    range_hint: "Der Wert im Feld oben ist der wahrscheinlichste Wert. Vorbelegt mit 20 % \
        darunter und darüber; tragen Sie Ihr Minimum und Maximum ein.",
    range_min: "Minimum",
    range_max: "Maximum",
    seed_label: "Startwert des Zufallsgenerators",
    seed_hint: "Ganze Zahl. Derselbe Startwert ergibt auf jedem Rechner dieselben Ergebnisse \
        der Unsicherheitsanalyse; ein anderer zeigt, wie stark sie vom Zufall abhängen.",
    samples_label: "Anzahl Stichproben",
    samples_hint: "Standard 10.000, höchstens 100.000. Mehr Stichproben rechnen genauer, aber \
        langsamer.",

    uncertainty_heading: "Unsicherheit",
    pending_note: "wird berechnet…",
    no_ranges_hint: "Noch ist keine Eingabe als Spanne angegeben. Wählen Sie bei einem \
        unsicheren Wert „Als Spanne angeben“ und tragen Sie Minimum und Maximum ein. Dann \
        zeigt EfA-Check hier, wie wahrscheinlich sich die Nachnutzung lohnt.",
    probability_label: "Wahrscheinlichkeit, dass KW > 0",
    p10_label: "Kapitalwert P10 (ungünstig)",
    p50_label: "Kapitalwert P50 (Median)",
    p90_label: "Kapitalwert P90 (günstig)",
    histogram_heading: "Verteilung des Kapitalwerts",
    histogram_x_axis: "Kapitalwert",
    zero_line: "KW = 0",
    histogram_table_summary: "Tabelle zum Diagramm",
    histogram_table_caption: "Anteil der Stichproben je Kapitalwert-Klasse",
    col_from: "Kapitalwert von",
    col_to: "bis",
    col_share: "Anteil der Stichproben",
    payback_heading: "Amortisationsjahr in den Stichproben",
    col_payback: "Amortisation",
    payback_never: "nicht im Betrachtungszeitraum",
    method_summary: "So wird gerechnet",
    share_over: "über ",
    share_under: "unter ",

    sensitivity_heading: "Sensitivität",
    sensitivity_intro: "Welche Annahme entscheidet das Ergebnis? Jede Eingabe wird einzeln an \
        das untere und das obere Ende ihrer Spanne gesetzt, ohne Spanne 20 % darunter und \
        darüber. Alle anderen Eingaben bleiben beim wahrscheinlichsten Wert.",
    tornado_heading: "Einfluss der Eingaben auf den Kapitalwert",
    tornado_low_end: "niedriger Eingabewert",
    tornado_high_end: "hoher Eingabewert",
    tornado_table_caption: "Kapitalwert bei niedrigem und hohem Wert der zehn einflussreichsten \
        Eingaben",
    col_input: "Eingabe",
    col_low_value: "Niedriger Wert",
    col_kw_low: "KW bei niedrigem Wert",
    col_high_value: "Hoher Wert",
    col_kw_high: "KW bei hohem Wert",
    col_basis: "Grundlage",
    basis_range: "Spanne",
    basis_point: "±20 %",
    switching_heading: "Kritische Werte",
    switching_summary: "Kritische Werte aller Eingaben als Tabelle",
    switching_caption: "Ab welchem Wert ändert sich das Ergebnis? Jede Eingabe allein verändert, \
        alle anderen beim wahrscheinlichsten Wert",
    col_current: "Aktueller Wert",
    col_switching: "Kritischer Wert",
    switching_prefix: "Kritischer Wert: ",
    switching_not_in_domain: "keiner – das Ergebnis bleibt bei jedem zulässigen Wert gleich",
    switching_no_effect: "kein Einfluss auf den Kapitalwert",
};

pub fn for_field(field: Field) -> String {
    format!(" für {}", field_name(field))
}

pub fn range_min_above_max(field: Field) -> String {
    format!(
        "Das Minimum für {} ist größer als das Maximum. Tauschen Sie die beiden Werte",
        field_text(field).subject
    )
}

pub fn range_error(field: Field, likely: f64, error: &RangeError) -> String {
    let subject = field_text(field).subject;
    let value = |v: f64| value_in_unit(field.unit(), v);
    match error {
        RangeError::MinAboveLikely => format!(
            "Das Minimum für {subject} liegt über dem wahrscheinlichsten Wert {}. Geben Sie \
             ein Minimum von höchstens {} ein",
            value(likely),
            value(likely)
        ),
        RangeError::MaxBelowLikely => format!(
            "Das Maximum für {subject} liegt unter dem wahrscheinlichsten Wert {}. Geben Sie \
             ein Maximum von mindestens {} ein",
            value(likely),
            value(likely)
        ),
        RangeError::OutsideDomain { min, max } => format!(
            "Geben Sie Minimum und Maximum für {subject} als Werte zwischen {} und {} ein",
            value(*min),
            value(*max)
        ),
    }
}

pub fn seed_error() -> String {
    format!(
        "Geben Sie den Startwert als ganze Zahl von {} bis {} ein, zum Beispiel 2026",
        grouped(SEED_DOMAIN.min, 0),
        grouped(SEED_DOMAIN.max, 0)
    )
}

pub fn samples_error() -> String {
    format!(
        "Geben Sie die Anzahl Stichproben als ganze Zahl von {} bis {} ein, zum Beispiel 10.000",
        grouped(SAMPLES_DOMAIN.min, 0),
        grouped(SAMPLES_DOMAIN.max, 0)
    )
}

pub fn samples_note(samples: u32) -> String {
    match samples {
        1 => "aus 1 Stichprobe".to_string(),
        n => format!("aus {} Stichproben", grouped(f64::from(n), 0)),
    }
}

pub fn summary_sentence(mc: &MonteCarlo, horizon: u32) -> String {
    let payback = match mc.payback_median {
        Some(0) => "amortisiert sich im Median sofort".to_string(),
        Some(year) => format!("amortisiert sich im Median im {year}. Jahr"),
        None => format!(
            "in mindestens der Hälfte der Stichproben keine Amortisation innerhalb von \
             {horizon} Jahren"
        ),
    };
    format!(
        "Mit {} Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit 80{NBSP}% \
         Wahrscheinlichkeit zwischen {} und {}; {payback}.",
        probability(mc.probability_positive, mc.samples),
        euro(mc.p10),
        euro(mc.p90)
    )
}

pub fn histogram_title(service: &str, samples: u32) -> String {
    let head = format!(
        "Verteilung des Kapitalwerts über {} Stichproben",
        grouped(f64::from(samples), 0)
    );
    if service.trim().is_empty() {
        head
    } else {
        format!("{head}: {service}")
    }
}

pub fn histogram_caption(mc: &MonteCarlo) -> String {
    let n = grouped(f64::from(mc.samples), 0);
    if mc.probability_positive >= 1.0 {
        format!("In allen {n} Stichproben ist der Kapitalwert positiv.")
    } else if mc.probability_positive <= 0.0 {
        format!("In keiner der {n} Stichproben ist der Kapitalwert positiv.")
    } else {
        format!(
            "In {} der {n} Stichproben ist der Kapitalwert positiv: gefüllte Balken rechts \
             der Linie KW = 0, umrandete links davon.",
            probability(mc.probability_positive, mc.samples)
        )
    }
}

pub fn payback_year_row(year: usize) -> String {
    if year == 0 {
        "sofort (Jahr 0)".to_string()
    } else {
        format!("im {year}. Jahr")
    }
}

pub fn method_note(samples: u32, seed: u64) -> [String; 4] {
    [
        "Jede als Spanne angegebene Eingabe wird aus einer Dreiecksverteilung gezogen: \
         Minimum, wahrscheinlichster Wert (der Wert im Feld) und Maximum. Die Eingaben werden \
         unabhängig voneinander gezogen; alle übrigen bleiben beim eingegebenen Wert."
            .to_string(),
        format!(
            "Für jede der {} Stichproben berechnet EfA-Check Kapitalwert und Amortisationsjahr. \
             Der Zufallsgenerator (PCG-64) beginnt mit dem Startwert {seed}: Dieselben \
             Eingaben ergeben auf jedem Rechner und in jedem Browser dieselben Zahlen.",
            grouped(f64::from(samples), 0)
        ),
        "Perzentile nach dem Nearest-Rank-Verfahren: P10 ist der ⌈0,1 · n⌉-kleinste \
         Kapitalwert der n Stichproben, P50 und P90 entsprechend. Zwischen P10 und P90 liegen \
         80 % der Stichproben."
            .to_string(),
        format!(
            "Eine Wahrscheinlichkeit aus Stichproben ist nie sicher 100 % oder 0 %. Stimmen \
             alle Stichproben überein, steht dort „{}“ oder „{}“ ({}): So fein unterscheiden \
             so viele Stichproben (1 geteilt durch ihre Anzahl, aufgerundet auf ein \
             Zehntelprozent, mindestens 0,1 %).",
            probability(1.0, samples),
            probability(0.0, samples),
            samples_note(samples),
        ),
    ]
}

pub fn tornado_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Einfluss der Eingaben auf den Kapitalwert".to_string()
    } else {
        format!("Einfluss der Eingaben auf den Kapitalwert: {service}")
    }
}

pub fn tornado_base_line(kw: f64) -> String {
    format!("Basis {}", euro_signed(kw))
}

pub fn tornado_caption(bars: &[TornadoBar]) -> String {
    let Some(top) = bars.first() else {
        return "Keine Eingabe verändert den Kapitalwert.".to_string();
    };
    let (lo, hi) = (top.kw_low.min(top.kw_high), top.kw_low.max(top.kw_high));
    let flipping = bars
        .iter()
        .filter(|b| b.kw_low.min(b.kw_high) <= 0.0 && b.kw_low.max(b.kw_high) > 0.0)
        .count();
    let head = format!(
        "Am stärksten wirkt {}: Der Kapitalwert liegt dann zwischen {} und {}.",
        field_name(top.field),
        euro(lo),
        euro(hi)
    );
    match flipping {
        0 => format!("{head} Keine der gezeigten Eingaben kehrt allein das Ergebnis um."),
        1 => format!("{head} Eine der gezeigten Eingaben kann allein das Ergebnis umkehren."),
        k => format!("{head} {k} der gezeigten Eingaben können allein das Ergebnis umkehren."),
    }
}

pub fn threshold_value(field: Field, value: f64, up: bool) -> String {
    let number = |decimals| threshold(value, decimals, up);
    let with = |decimals, unit: &str| format!("{}{NBSP}{unit}", number(decimals));
    match field {
        Field::CasesPerYear => format!("{} Fällen pro Jahr", number(0)),
        Field::FirstLevelContacts => format!("{} Anfragen je 100 Online-Fälle", number(1)),
        Field::Inhabitants => format!("{} Einwohnern", number(0)),
        _ => match field.unit() {
            Unit::Euro => with(0, "€"),
            Unit::EuroPerHour => with(2, "€ je Stunde"),
            Unit::EuroPerCase => with(2, "€ je Fall"),
            Unit::Count => number(0),
            Unit::Hours => with(0, "Stunden"),
            Unit::Percent => threshold_percent(value, 1, up),
            Unit::Minutes => with(1, "Minuten"),
            Unit::Years => format!("{} Jahren", number(0)),
        },
    }
}

pub fn switching_text(field: Field, value: SwitchingValue) -> String {
    match value {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        } => {
            let side = if wirtschaftlich_above { "ab" } else { "bis" };
            let number = threshold_value(field, value, wirtschaftlich_above);
            format!("wirtschaftlich {side} {number}")
        }
        SwitchingValue::Whole {
            value,
            wirtschaftlich,
        } => {
            let verdict = if wirtschaftlich {
                "wirtschaftlich"
            } else {
                "nicht wirtschaftlich"
            };
            // Whole values need no rounding; `up` is irrelevant.
            format!("bei {} {verdict}", threshold_value(field, value, true))
        }
        SwitchingValue::NotInDomain => DE.switching_not_in_domain.to_string(),
        SwitchingValue::NoEffect => DE.switching_no_effect.to_string(),
    }
}
