//! The words of the results: the verdict, key figures and how each was
//! computed, the chart's caption and labels.

use super::t;
use crate::format::{self, euro, euro_cents, euro_signed, grouped, percent};
use crate::model::reference;
use crate::model::{BreakEven, Evaluation, Kapitalwert, Missing, Payback, Verdict};

/// Payback in words, as a key figure: "im 3. Jahr", "sofort".
pub fn payback_short(payback: Payback, horizon: u32) -> String {
    match payback {
        Payback::Year(0) => "sofort (Jahr 0)".to_string(),
        Payback::Year(t) => format!("im {t}. Jahr"),
        Payback::NotWithinHorizon => format!("nicht innerhalb von {horizon} Jahren"),
    }
}

/// The verdict in one or two words, for the summary bar.
pub fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Wirtschaftlich => t().summary_positive,
        Verdict::NichtWirtschaftlich => t().summary_negative,
        Verdict::Unvollstaendig => t().summary_incomplete,
    }
}

/// The verdict sentence, e.g. "Wirtschaftlich: Kapitalwert +123.456 €,
/// amortisiert im 3. Jahr". Without a verdict it only says that inputs
/// are missing; [`verdict_text`] names them.
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

/// The whole plain-language verdict: the verdict sentence, then both
/// parts of the Kapitalwert, so a positive result that the budget pays
/// for cannot read as money saved: "Wirtschaftlich: Kapitalwert
/// +123.456 €, amortisiert im 3. Jahr. Davon haushaltswirksam
/// -246.135 €, nicht haushaltswirksam +369.591 € (frei werdende
/// Arbeitszeit, 2,04 VZÄ im letzten Jahr)." Without a verdict: "Noch kein
/// Ergebnis: Es fehlen die Fallzahl pro Jahr und die Kosten."
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

/// The two parts of the Kapitalwert in words (and the external benefit
/// when citizens' time is monetised): "Davon haushaltswirksam -246.135 €,
/// nicht haushaltswirksam +369.591 € (frei werdende Arbeitszeit, 2,04 VZÄ
/// im letzten Jahr)."
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

/// "Es fehlt die Fallzahl pro Jahr", "Es fehlen die Kosten", "Es fehlen
/// die Fallzahl pro Jahr, der Online-Anteil und die Kosten".
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

/// One missing input as a reason, saying what to do.
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

/// The chart's message for its caption.
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

/// Label of the payback marker inside the chart.
pub fn chart_payback_marker(year: u32) -> String {
    if year == 0 {
        "Amortisation sofort".to_string()
    } else {
        format!("Amortisation im {year}. Jahr")
    }
}

/// Title of the chart (the SVG's `<title>`), naming the service.
pub fn chart_title(service: &str) -> String {
    if service.trim().is_empty() {
        "Kumulierter Barwert je Jahr".to_string()
    } else {
        format!("Kumulierter Barwert je Jahr: {service}")
    }
}

/// A break-even case number, rounded by the threshold rule
/// (`format::threshold`): up, as more cases help. The kritischer Wert of
/// the case number reads the same.
fn cases_threshold(x: f64) -> String {
    format::threshold(x, 0, true)
}

/// A break-even case volume as a key figure.
pub fn break_even_cases_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => format!("{} Fälle", cases_threshold(x)),
        BreakEven::AlwaysPositive => "bei jeder Fallzahl erreicht".to_string(),
        BreakEven::Never => "bei keiner Fallzahl".to_string(),
    }
}

/// The sentence that explains a break-even case volume.
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

/// A break-even target share, rounded by the threshold rule: up.
fn share_threshold(x: f64) -> String {
    format::threshold_percent(x, 1, true)
}

/// A break-even online share as a key figure.
pub fn break_even_share_value(b: BreakEven) -> String {
    match b {
        BreakEven::At(x) => share_threshold(x),
        BreakEven::AlwaysPositive => "bei jedem Online-Anteil erreicht".to_string(),
        BreakEven::Never => "auch mit 100 % nicht erreicht".to_string(),
    }
}

/// The sentence that explains a break-even online share.
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

/// VZÄ as a key figure: "0,18 VZÄ".
pub fn fte_value(fte: f64) -> String {
    format!("{} VZÄ", grouped(fte, 2))
}

/// Hours as a key figure: "1.234 Stunden".
pub fn hours_value(hours: f64) -> String {
    format!("{} Stunden", grouped(hours, 0))
}

/// A cost per online case, or the words for "none".
pub fn cost_per_case_value(cost: Option<f64>) -> String {
    cost.map_or_else(|| t().no_online_cases.to_string(), euro_cents)
}

/// One money format for a whole table or axis: whole euros, or thousands
/// of euros once amounts get wide (STYLE: "one format per table").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyScale {
    Euro,
    Thousand,
}

impl MoneyScale {
    fn largest(values: impl IntoIterator<Item = f64>) -> f64 {
        values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, |m, v| m.max(v.abs()))
    }

    /// For a table: Tsd. € once any amount reaches 100.000 €.
    pub fn for_table(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 100_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// For a chart axis: Tsd. € once any amount reaches 10.000 €.
    pub fn for_axis(values: impl IntoIterator<Item = f64>) -> Self {
        if Self::largest(values) >= 10_000.0 {
            MoneyScale::Thousand
        } else {
            MoneyScale::Euro
        }
    }

    /// The number without unit, for a table cell: "1.234" or "1,2".
    pub fn number(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => grouped(value, 0),
            MoneyScale::Thousand => grouped(value / 1000.0, 1),
        }
    }

    /// The unit for a column header: "in €" or "in Tsd. €".
    pub fn unit(self) -> &'static str {
        match self {
            MoneyScale::Euro => t().unit_euro,
            MoneyScale::Thousand => t().unit_thousand_euro,
        }
    }

    /// A tick label with unit: "-5.000 €", "2,5 Tsd. €", "10 Tsd. €".
    pub fn tick(self, value: f64) -> String {
        match self {
            MoneyScale::Euro => euro(value),
            MoneyScale::Thousand if value == 0.0 => euro(0.0),
            MoneyScale::Thousand => {
                let number = format::input_value(value / 1000.0, false);
                format!("{number}{nbsp}Tsd.{nbsp}€", nbsp = format::NBSP)
            }
        }
    }
}

/// How a key figure was computed: the formula, then the inputs used.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub formula: String,
    pub inputs: Vec<String>,
}

fn year_list(values: &[(u32, f64)]) -> String {
    values
        .iter()
        .map(|(t, v)| format!("Jahr {t}: {}", euro(*v)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// KW = Σ (N_t − K_t)/(1+i)^t, with the yearly discounted nets.
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

/// KW haushaltswirksam.
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

/// KW nicht haushaltswirksam.
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

/// Externer Nutzen from monetised citizens' time.
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

/// Dynamische Amortisation.
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

/// Mindest-Fallzahl (Break-even).
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

/// Mindest-Ziel-Online-Anteil (Break-even).
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

/// Kosten je Online-Fall.
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

/// VZÄ freigesetzt.
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

/// Bürgerstunden.
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

/// The name shown for alternative `index` (0 = the first): the stored
/// name, or while it is empty "EfA-Nachnutzung" for the first (the
/// assessment is about adopting an EfA service) and "Alternative 2", …
/// for the others.
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

/// The message of "Kosten nach Kategorie je Jahr": the largest category
/// over the horizon, "Größter Kostenblock über 5 Jahre: Betrieb mit
/// 9.350 €; die Förderung deckt 3.000 €."
pub fn categories_message(totals: [f64; 4], years: u32) -> String {
    let names = crate::text::t().categories_names;
    let (k, largest) =
        totals[..3]
            .iter()
            .copied()
            .enumerate()
            .fold(
                (0, f64::MIN),
                |best, (k, v)| if v > best.1 { (k, v) } else { best },
            );
    if largest <= 0.0 {
        return "Es sind noch keine Kosten eingetragen.".to_string();
    }
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
