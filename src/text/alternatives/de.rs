//! The alternatives' words in German.

use super::Texts;
use crate::format::euro_signed;
use crate::model::sensitivity::SwitchingValue;
use crate::model::Field;
use crate::text::uncertainty::threshold_value;

pub const DE: Texts = Texts {
    heading: "Alternativen",
    hint: "Vergleichen Sie bis zu vier Wege, z. B. EfA-Nachnutzung, Eigenentwicklung und \
        Marktlösung. Jede Alternative wird gegen den heutigen Ablauf gerechnet (Status quo, \
        Kapitalwert 0). Eine neue Alternative beginnt als Kopie der ersten und weicht nur dort \
        ab, wo Sie eine Zahl ändern; Texte, Notizen, Checkliste und Nutzwert gelten für alle.",
    choice_legend: "Im Formular bearbeitet wird",
    name_label: "Name dieser Alternative",
    name_hint: "Erscheint im Vergleich.",
    add: "Alternative hinzufügen",
    remove: "Diese Alternative entfernen",
    limit: "Es sind bereits vier Alternativen angelegt, mehr fasst eine Bewertung nicht.",
    blocked: "Bitte zuerst die markierten Eingaben korrigieren: Beim Wechsel ginge sonst \
        verloren, was dort getippt ist.",
    reset: "Wert der ersten übernehmen",
    compare_heading: "Alternativen im Vergleich",
    compare_lead: "Jede Alternative gegen den Status quo (Kapitalwert 0) gerechnet.",
    compare_caption: "Kennzahlen je Alternative",
    figure: "Kennzahl",
    kw: "Kapitalwert",
    kw_h: "davon haushaltswirksam",
    kw_nh: "davon nicht haushaltswirksam",
    payback: "Amortisation",
    cost_per_case: "Kosten je Online-Fall",
    break_even_cases: "Mindest-Fallzahl pro Jahr",
    probability: "Wahrscheinlichkeit Kapitalwert > 0",
    alternative: "Alternative",
    p10: "Kapitalwert P10",
    p90: "Kapitalwert P90",
    nutzwert: "Nutzwert",
    recommendation: "Empfehlung",
    no_range: "– (keine Spanne)",
    no_nutzwert: "– (Gewichte ergeben nicht 100)",
    none_decided: "Noch keine Alternative ist vollständig genug für ein Urteil.",
    switches_heading: "Was die Reihenfolge umkehrt",
    switches_caption: "Kritische Werte für die Reihenfolge der beiden besten Alternativen",
    switches_input: "Eingabe",
    switches_value: "Reihenfolge kehrt sich um bei",
    switches_now: "Heute",
    switches_none: "Keine Eingabe kehrt die Reihenfolge im zulässigen Bereich um.",
    chart_heading: "Kapitalwert je Alternative",
    chart_x_axis: "Kapitalwert in €",
    chart_table_caption: "Zahlen des Diagramms",
    zero_line: "Status quo: KW = 0",
};

pub fn differs_mark(first_name: &str, first_value: &str) -> String {
    format!("Anders als in „{first_name}“ (dort: {first_value})")
}

pub fn best_sentence(best: &str, kw: f64, runner_up: Option<(&str, f64)>) -> String {
    match runner_up {
        Some((other, margin)) if margin > 0.0 => format!(
            "Am besten schneidet „{best}“ ab: Kapitalwert {}, {} mehr als „{other}“.",
            euro_signed(kw),
            crate::format::euro(margin)
        ),
        Some((other, _)) => format!(
            "„{best}“ und „{other}“ liegen gleichauf: Kapitalwert je {}.",
            euro_signed(kw)
        ),
        None => format!(
            "Nur „{best}“ ist vollständig genug für ein Urteil: Kapitalwert {}.",
            euro_signed(kw)
        ),
    }
}

pub fn switches_lead(best: &str, runner_up: &str) -> String {
    format!(
        "„{best}“ liegt vor „{runner_up}“, solange keine Eingabe den genannten Wert erreicht. \
         Bei Eingaben, in denen sich beide unterscheiden, gilt der Wert für „{best}“; sonst für \
         beide."
    )
}

pub fn switch_text(
    field: Field,
    value: SwitchingValue,
    best: &str,
    runner_up: &str,
) -> Option<String> {
    match value {
        SwitchingValue::At {
            value,
            wirtschaftlich_above,
        } => {
            let side = if wirtschaftlich_above { "ab" } else { "bis" };
            let number = threshold_value(field, value, wirtschaftlich_above);
            Some(format!("„{best}“ vorn {side} {number}"))
        }
        SwitchingValue::Whole {
            value,
            wirtschaftlich,
        } => {
            let ahead = if wirtschaftlich { best } else { runner_up };
            Some(format!(
                "bei {} „{ahead}“ vorn",
                threshold_value(field, value, true)
            ))
        }
        SwitchingValue::NotInDomain | SwitchingValue::NoEffect => None,
    }
}

pub fn results_for(name: &str) -> String {
    format!("Die Ergebnisse unten gelten für „{name}“, die im Formular bearbeitete Alternative.")
}

pub fn chart_message(best: &str, kw: f64) -> String {
    format!(
        "Den höchsten Kapitalwert hat „{best}“ mit {}.",
        euro_signed(kw)
    )
}
