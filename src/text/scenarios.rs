//! The words of the scenarios (ui/results/scenarios.rs): pessimistic,
//! realistic and optimistic side by side, and the rule that builds them.

use crate::model::scenarios::Scenario;

/// The static strings of the scenarios.
pub struct Texts {
    pub heading: &'static str,
    /// The rule in words (docs/method.md, "Szenarien").
    pub rule: &'static str,
    pub caption: &'static str,
    pub figure: &'static str,
    pub inputs_summary: &'static str,
    pub inputs_caption: &'static str,
    pub input: &'static str,
    pub source: &'static str,
    pub from_range: &'static str,
    pub from_swing: &'static str,
    pub no_inputs: &'static str,
    pub kw: &'static str,
    pub kw_h: &'static str,
    pub kw_nh: &'static str,
    pub payback: &'static str,
    pub cost_per_case: &'static str,
}

const DE: Texts = Texts {
    heading: "Szenarien",
    rule: "So entstehen die Szenarien: Jede Eingabe geht an das Ende ihrer Spanne, das den \
        Kapitalwert senkt (pessimistisch) oder hebt (optimistisch); die Spanne ist die \
        eingegebene, sonst ±20 % wie im Tornado-Diagramm. Welches Ende, wird für jede Eingabe \
        einzeln bestimmt, die übrigen auf ihrem wahrscheinlichsten Wert. Realistisch ist die \
        Bewertung, wie sie eingegeben ist. Anders als die Simulation treffen hier alle \
        ungünstigen (günstigen) Werte zugleich ein: Das ist der schlechteste (beste) Fall, \
        nicht ein wahrscheinlicher.",
    caption: "Kennzahlen der drei Szenarien",
    figure: "Kennzahl",
    inputs_summary: "Welche Werte die Szenarien annehmen",
    inputs_caption: "Werte der Eingaben je Szenario",
    input: "Eingabe",
    source: "Spanne",
    from_range: "eingegeben",
    from_swing: "±20 %",
    no_inputs: "Keine Eingabe verändert den Kapitalwert: Alle drei Szenarien sind gleich.",
    kw: "Kapitalwert",
    kw_h: "davon haushaltswirksam",
    kw_nh: "davon nicht haushaltswirksam",
    payback: "Amortisation",
    cost_per_case: "Kosten je Online-Fall",
};

/// The scenario text in the current language.
pub fn t() -> &'static Texts {
    &DE
}

/// A scenario's name as a column heading.
pub fn scenario_name(which: Scenario) -> &'static str {
    match which {
        Scenario::Pessimistic => "Pessimistisch",
        Scenario::Realistic => "Realistisch",
        Scenario::Optimistic => "Optimistisch",
    }
}
