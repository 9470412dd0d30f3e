//! The words of the scenarios (ui/results/scenarios.rs): pessimistic,
//! realistic and optimistic side by side, and the rule that builds them.

mod de;
mod en;

use super::pick;
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

/// The scenario text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

per_language! {
    /// A scenario's name as a column heading: "Pessimistisch".
    pub fn scenario_name(which: Scenario) -> &'static str;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{set_lang, Lang};

    #[test]
    fn scenario_names_in_both_languages() {
        assert_eq!(scenario_name(Scenario::Pessimistic), "Pessimistisch");
        assert_eq!(t().heading, "Szenarien");
        set_lang(Lang::En);
        assert_eq!(scenario_name(Scenario::Pessimistic), "Pessimistic");
        assert_eq!(scenario_name(Scenario::Realistic), "Realistic");
        assert_eq!(scenario_name(Scenario::Optimistic), "Optimistic");
        assert_eq!(t().heading, "Scenarios");
        assert_eq!(t().from_swing, "±20%");
    }
}
