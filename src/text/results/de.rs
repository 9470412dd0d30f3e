//! The results' words in German.

use super::{cases_threshold, cost_per_case_value, largest_category, share_threshold, Explanation};
use crate::format::{self, euro, euro_cents, euro_signed, grouped, percent};
use crate::model::reference;
use crate::model::{BreakEven, Evaluation, Kapitalwert, Missing, Payback, Verdict};

pub fn payback_short(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => "sofort (Jahr 0)".to_string(),
        Payback::Year(t) => format!("im {t}. Jahr"),
        Payback::NotWithinHorizon => format!("nicht innerhalb von {horizon} Jahren"),
    }
}

pub fn verdict_sentence(verdict: Verdict, kw: f64, payback: Payback, horizon: u32) -> String {
    let head = match verdict {
        Verdict::Wirtschaftlich => "Wirtschaftlich",
        Verdict::NichtWirtschaftlich => "Nicht wirtschaftlich",
        Verdict::Unvollstaendig => return "Noch kein Ergebnis: Es fehlen Angaben.".to_string(),
    };
    let tail = match payback {
        Payback::Year(0) => "amortisiert sich sofort".to_string(),
        Payback::Year(t) => format!("amortisiert im {t}. Jahr"),
        Payback::NotWithinHorizon => {
            format!("keine Amortisation innerhalb von {horizon} Jahren")
        }
    };
    format!("{head}: Kapitalwert {}, {tail}", euro_signed(kw))
}

pub fn verdict_text(e: &Evaluation) -> String {
    if e.verdict == Verdict::Unvollstaendig {
        return format!("Noch kein Ergebnis: {}.", missing_list(&e.missing));
    }
    let horizon = e.years.last().map_or(0, |r| r.t);
    format!(
        "{}. {}",
        verdict_sentence(e.verdict, e.kapitalwert.total, e.payback, horizon),
        kw_parts_sentence(&e.kapitalwert, e.fte_freed_final_year)
    )
}

pub fn kw_parts_sentence(kw: &Kapitalwert, fte: f64) -> String {
    let citizens = if kw.citizens != 0.0 {
        format!(
            ", externer Nutzen (Zeit der Bürgerinnen und Bürger) {}",
            euro_signed(kw.citizens)
        )
    } else {
        String::new()
    };
    format!(
        "Davon haushaltswirksam {}, nicht haushaltswirksam {} (frei werdende Arbeitszeit, {} im \
         letzten Jahr){citizens}.",
        euro_signed(kw.haushaltswirksam),
        euro_signed(kw.nicht_haushaltswirksam),
        fte_value(fte)
    )
}

/// An input a verdict needs, with its article, as the subject of "Es
/// fehlt": the name, and whether it is plural ("die Kosten").
fn missing_name(m: Missing) -> (&'static str, bool) {
    match m {
        Missing::Cases => ("die Fallzahl pro Jahr", false),
        Missing::OnlineShare => ("der Online-Anteil", false),
        Missing::Costs => ("die Kosten", true),
    }
}

pub fn missing_list(missing: &[Missing]) -> String {
    let names: Vec<(&str, bool)> = missing.iter().map(|&m| missing_name(m)).collect();
    match names.as_slice() {
        [] => String::new(),
        [(one, false)] => format!("Es fehlt {one}"),
        [(one, true)] => format!("Es fehlen {one}"),
        [init @ .., (last, _)] => {
            let init: Vec<&str> = init.iter().map(|(name, _)| *name).collect();
            format!("Es fehlen {} und {last}", init.join(", "))
        }
    }
}

pub fn missing_reason(m: Missing) -> String {
    let what = match m {
        Missing::Cases => {
            "Tragen Sie ein, wie viele Fälle im ersten Betriebsjahr anfallen, online und auf \
             Papier."
        }
        Missing::OnlineShare => "Tragen Sie ein, welcher Anteil der Fälle online gestellt wird.",
        Missing::Costs => {
            "Tragen Sie mindestens eine Kostenposition ein, etwa die Anschlussgebühr oder das \
             Nutzungsentgelt."
        }
    };
    format!("{}: {what}", missing_list(&[m]))
}

pub fn chart_caption(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => {
            "Die Nachnutzung amortisiert sich sofort: Der kumulierte Barwert ist schon im \
             Basisjahr nicht negativ."
                .to_string()
        }
        Payback::Year(t) => format!(
            "Die Nachnutzung amortisiert sich im {t}. Jahr: Dort erreicht der kumulierte \
             Barwert die Gewinnschwelle."
        ),
        Payback::NotWithinHorizon => format!(
            "Die Nachnutzung amortisiert sich nicht innerhalb von {horizon} Jahren: Der \
             kumulierte Barwert bleibt unter der Gewinnschwelle."
        ),
    }
}

pub fn chart_payback_marker(year: u32) -> String {
    if year == 0 {
        "Amortisation sofort".to_string()
    } else {
        format!("Amortisation im {year}. Jahr")
    }
}

pub fn chart_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Kumulierter Barwert je Jahr".to_string()
    } else {
        format!("Kumulierter Barwert je Jahr: {service}")
    }
}

pub fn break_even_cases_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!("{} Fälle", cases_threshold(x)),
        BreakEven::AlwaysPositive => "bei jeder Fallzahl erreicht".to_string(),
        BreakEven::Never => "bei keiner Fallzahl".to_string(),
    }
}

pub fn break_even_cases_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "Ab {} Fällen im ersten Jahr (bei gleichem Online-Anteil und gleicher \
             Entwicklung) ist der Kapitalwert positiv.",
            cases_threshold(x)
        ),
        BreakEven::AlwaysPositive => "Der Kapitalwert ist schon ohne einen einzigen Fall \
            nicht negativ, etwa weil Förderung oder wegfallende Lizenzen die Kosten decken."
            .to_string(),
        BreakEven::Never => "Keine Fallzahl macht die Nachnutzung wirtschaftlich: Ein \
            Online-Fall kostet mehr, als er einspart."
            .to_string(),
    }
}

pub fn break_even_share_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => share_threshold(x),
        BreakEven::AlwaysPositive => "bei jedem Online-Anteil erreicht".to_string(),
        BreakEven::Never => "auch mit 100 % nicht erreicht".to_string(),
    }
}

pub fn break_even_share_sentence(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!(
            "Ab einem Ziel-Online-Anteil von {} (bei gleichem Startwert und gleicher \
             Anlaufzeit) ist der Kapitalwert positiv.",
            share_threshold(x)
        ),
        BreakEven::AlwaysPositive => {
            "Der Kapitalwert ist bei jedem Ziel-Online-Anteil nicht negativ.".to_string()
        }
        BreakEven::Never => "Selbst wenn alle Fälle online kämen, bliebe der Kapitalwert \
            negativ."
            .to_string(),
    }
}

pub fn fte_value(fte: f64) -> String {
    format!("{} VZÄ", grouped(fte, 2))
}

pub fn hours_value(hours: f64) -> String {
    format!("{} Stunden", grouped(hours, 0))
}

pub fn thousand_tick(number: &str) -> String {
    format!("{number}{nbsp}Tsd.{nbsp}€", nbsp = format::NBSP)
}

fn year_list(values: &[(u32, f64)]) -> String {
    values
        .iter()
        .map(|(t, v)| format!("Jahr {t}: {}", euro(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn explain_kw(rate: f64, horizon: u32, discounted: &[(u32, f64)], kw: f64) -> Explanation {
    Explanation {
        formula: "KW = Σ (Nutzen − Kosten) ÷ (1 + i)^t über alle Jahre t = 0 bis T. \
                  KW > 0 bedeutet wirtschaftlich (WiBe-Entscheidungsregel)."
            .to_string(),
        inputs: vec![
            format!(
                "Kalkulationszinssatz i = {}, Betrachtungszeitraum T = {horizon} Jahre.",
                percent(rate, 2)
            ),
            format!("Barwerte: {}.", year_list(discounted)),
            format!("Summe der Barwerte: KW = {}.", euro_signed(kw)),
        ],
    }
}

pub fn explain_kw_h(kw_h: f64) -> Explanation {
    Explanation {
        formula: "KW haushaltswirksam = Σ (Nutzen_h − Kosten_h) ÷ (1 + i)^t. Kosten_h: \
                  Fremdleistungen der Integration, Betrieb, Erstkontakt (115, Servicecenter), abzüglich \
                  Förderung. Nutzen_h: eingesparte Sachkosten (Porto, Druck, Scan) und \
                  wegfallende Lizenzen – Geld, das der Haushalt tatsächlich spart oder ausgibt."
            .to_string(),
        inputs: vec![format!("Ergebnis: {}.", euro_signed(kw_h))],
    }
}

pub fn explain_kw_nh(kw_nh: f64, minutes: f64, staff_rate: f64) -> Explanation {
    Explanation {
        formula: "KW nicht haushaltswirksam = Σ (Nutzen_nh − Kosten_nh) ÷ (1 + i)^t. \
                  Nutzen_nh = Online-Fälle × eingesparte Minuten ÷ 60 × Stundensatz: frei \
                  werdende Arbeitszeit, kein eingespartes Geld. Kosten_nh: eigenes \
                  Projektpersonal und Rückfragen im Fachbereich."
            .to_string(),
        inputs: vec![
            format!(
                "Eingesparte Minuten je Online-Fall: {}; Stundensatz: {} (im 1. Jahr, danach mit Preissteigerung).",
                grouped(minutes, 1),
                euro_cents(staff_rate)
            ),
            format!("Ergebnis: {}.", euro_signed(kw_nh)),
        ],
    }
}

pub fn explain_kw_citizens(value: f64, minutes: f64, hour_value: f64) -> Explanation {
    Explanation {
        formula: "Externer Nutzen = Σ Online-Fälle × Minuten ÷ 60 × Wert einer Bürgerstunde \
                  ÷ (1 + i)^t. Er geht nur in den Kapitalwert ein, wenn Sie das ausgewählt haben."
            .to_string(),
        inputs: vec![
            format!(
                "Minuten je Online-Fall: {}; Wert einer Bürgerstunde: {}.",
                grouped(minutes, 1),
                euro_cents(hour_value)
            ),
            format!("Ergebnis: {}.", euro_signed(value)),
        ],
    }
}

pub fn explain_payback(cumulative: &[(u32, f64)], payback: Payback, horizon: u32) -> Explanation {
    Explanation {
        formula: "Amortisation ist das erste Jahr t ≥ 0, in dem der kumulierte Barwert \
                  mindestens 0 € erreicht. Jahr 0 heißt sofort: Die Förderung deckt die \
                  Einmalkosten bereits."
            .to_string(),
        inputs: vec![
            format!("Kumulierter Barwert: {}.", year_list(cumulative)),
            format!("Ergebnis: {}.", payback_short(payback, horizon)),
        ],
    }
}

pub fn explain_break_even_cases(b: BreakEven, net_per_case: f64) -> Explanation {
    Explanation {
        formula: "Der Kapitalwert hängt linear von der Fallzahl ab: KW = fester Teil + \
                  Fallzahl × Barwert je Fall. Die Mindest-Fallzahl (Gewinnschwelle) löst KW = 0 exakt; \
                  Online-Anteil, Anlauf und Fallzahlentwicklung bleiben wie eingegeben."
            .to_string(),
        inputs: vec![
            format!(
                "Netto je Online-Fall im 1. Jahr (Nutzen minus Kosten je Fall): {}.",
                euro_cents(net_per_case)
            ),
            break_even_cases_sentence(b),
        ],
    }
}

pub fn explain_break_even_share(b: BreakEven, start_share: f64, ramp: u32) -> Explanation {
    Explanation {
        formula: "Der Kapitalwert hängt linear vom Ziel-Online-Anteil ab. Der Mindest-Anteil \
                  (Gewinnschwelle) löst KW = 0 exakt; ein Ergebnis über 100 % zählt als nicht \
                  erreichbar."
            .to_string(),
        inputs: vec![
            format!(
                "Online-Anteil im 1. Jahr: {}; Jahre bis zum Ziel-Anteil: {ramp}.",
                percent(start_share, 1)
            ),
            break_even_share_sentence(b),
        ],
    }
}

pub fn explain_cost_per_case(cost: Option<f64>, total_cost: f64, online: f64) -> Explanation {
    Explanation {
        formula: "Kosten je Online-Fall = alle Kosten im Betrachtungszeitraum (nominal, nach \
                  Abzug der Förderung) ÷ alle Online-Fälle."
            .to_string(),
        inputs: vec![format!(
            "{} ÷ {} Online-Fälle = {}.",
            euro(total_cost),
            grouped(online, 0),
            cost_per_case_value(cost)
        )],
    }
}

pub fn explain_fte(hours: f64, annual_hours: f64, fte: f64, year: u32) -> Explanation {
    Explanation {
        formula: format!(
            "VZÄ = eingesparte Arbeitsstunden im Jahr ÷ Jahresarbeitsstunden einer \
             Vollzeitkraft ({} Tarif, {} Beamte; {}).",
            hours_value(reference::ANNUAL_HOURS_TARIF.value),
            hours_value(reference::ANNUAL_HOURS_BEAMTE.value),
            reference::ANNUAL_HOURS_TARIF.source
        ),
        inputs: vec![format!(
            "Jahr {year}: {} ÷ {} = {}.",
            hours_value(hours),
            hours_value(annual_hours),
            fte_value(fte)
        )],
    }
}

pub fn explain_citizen_hours(online: f64, minutes: f64, hours: f64) -> Explanation {
    Explanation {
        formula: "Eingesparte Stunden = Online-Fälle im Betrachtungszeitraum × Minuten je \
                  Fall ÷ 60."
            .to_string(),
        inputs: vec![format!(
            "{} Online-Fälle × {} Minuten ÷ 60 = {}.",
            grouped(online, 0),
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
        "EfA-Nachnutzung".to_string()
    } else {
        format!("Alternative {}", index + 1)
    }
}

pub fn categories_message(totals: [f64; 4], years: u32) -> String {
    let names = crate::text::t().categories_names;
    let Some((k, largest)) = largest_category(&totals) else {
        return "Es sind noch keine Kosten eingetragen.".to_string();
    };
    let span = if years == 1 {
        "1 Jahr".to_string()
    } else {
        format!("{years} Jahre")
    };
    let mut text = format!(
        "Größter Kostenblock über {span}: {} mit {}",
        names[k],
        crate::format::euro(largest)
    );
    if totals[3] < 0.0 {
        text.push_str(&format!(
            "; die Förderung deckt {}",
            crate::format::euro(-totals[3])
        ));
    }
    text.push('.');
    text
}
