//! The scenarios' words in English.

use super::Texts;
use crate::model::scenarios::Scenario;

pub const EN: Texts = Texts {
    heading: "Scenarios",
    rule: "How the scenarios are built: each input goes to the end of its range that lowers \
        the Kapitalwert (pessimistic) or raises it (optimistic); the range is the one entered, \
        otherwise ±20% as in the tornado chart. Which end is decided for each input on its own, \
        with the others at their most likely value. Realistic is the assessment as entered. \
        Unlike the simulation, all unfavourable (favourable) values occur here at once: this is \
        the worst (best) case, not a likely one.",
    caption: "Key figures of the three scenarios",
    figure: "Key figure",
    inputs_summary: "Which values the scenarios take",
    inputs_caption: "Values of the inputs per scenario",
    input: "Input",
    source: "Range",
    from_range: "entered",
    from_swing: "±20%",
    no_inputs: "No input changes the Kapitalwert: all three scenarios are the same.",
    kw: "Kapitalwert",
    kw_h: "of which haushaltswirksam",
    kw_nh: "of which nicht haushaltswirksam",
    payback: "Payback",
    cost_per_case: "Cost per online case",
};

pub fn scenario_name(which: Scenario) -> &'static str {
    match which {
        Scenario::Pessimistic => "Pessimistic",
        Scenario::Realistic => "Realistic",
        Scenario::Optimistic => "Optimistic",
    }
}
