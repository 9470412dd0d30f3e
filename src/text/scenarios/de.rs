//! The scenarios' words in German.

use super::Texts;
use crate::model::scenarios::Scenario;

pub const DE: Texts = Texts {
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

pub fn scenario_name(which: Scenario) -> &'static str {
    match which {
        Scenario::Pessimistic => "Pessimistisch",
        Scenario::Realistic => "Realistisch",
        Scenario::Optimistic => "Optimistisch",
    }
}
