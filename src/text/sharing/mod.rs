//! The words of the Kostenteilung (ui/form/sharing.rs, ui/results/sharing.rs):
//! the bodies, the keys with their source (IT-Planungsrat, Beschlüsse
//! 2021/23 and 2021/24), the Land's part, the joint items, the messages of
//! typed figures and of a split that cannot be computed yet.

mod de;
mod en;

use super::pick;
use crate::model::sharing::{Basis, Key, Pool, Sharing, SharingError};
use crate::model::Assessment;
use crate::parse::FieldError;

/// Which typed figure of a Kostenteilung an error or a draft belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharingInput {
    /// A figure of the body at this participant position (0 = the own
    /// Kommune, which has only its Zielgruppe here).
    Body(usize, BodyInput),
    /// A weight of the mix.
    Weight(Basis),
    Land(LandInput),
}

/// A body's typed figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyInput {
    Inhabitants,
    Cases,
    TargetGroup,
}

/// The Land's typed figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LandInput {
    Share,
    OneTime,
    Yearly,
}

/// The static strings of the Kostenteilung.
pub struct Texts {
    pub section: &'static str,
    pub toggle_label: &'static str,
    pub toggle_hint: &'static str,
    /// The keys' source, as the issue asks it to be cited.
    pub source: &'static str,
    pub bodies_heading: &'static str,
    pub own_marker: &'static str,
    pub own_hint: &'static str,
    pub name_label: &'static str,
    pub inhabitants_label: &'static str,
    pub cases_label: &'static str,
    pub target_label: &'static str,
    pub target_hint: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub key_legend: &'static str,
    pub weights_legend: &'static str,
    pub weights_hint: &'static str,
    pub land_legend: &'static str,
    pub land_hint: &'static str,
    pub land_share_label: &'static str,
    pub land_one_time_label: &'static str,
    pub land_yearly_label: &'static str,
    pub joint_legend: &'static str,
    pub joint_hint: &'static str,
    pub joint_one_time: &'static str,
    pub joint_yearly: &'static str,
    pub chart_title: &'static str,
    pub x_axis: &'static str,
    pub col_body: &'static str,
    pub col_share: &'static str,
    pub col_one_time: &'static str,
    pub col_yearly: &'static str,
    pub col_kw: &'static str,
    pub unit_percent: &'static str,
    pub unit_euro: &'static str,
    pub unit_euro_year: &'static str,
    pub sum: &'static str,
    pub note: &'static str,
}

/// The Kostenteilung's text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

/// The keys in the order the form offers them, the default first.
pub const KEYS: [Key; 5] = [
    Key::Use,
    Key::Inhabitants,
    Key::TargetGroup,
    Key::Flat,
    Key::Mix,
];

per_language! {
    /// A key's name, as its radio button shows it.
    pub fn key_name(key: Key) -> &'static str;

    /// One sentence on what a key does.
    pub fn key_hint(key: Key) -> &'static str;

    /// The label of a weight input: "Pauschal je Körperschaft". (Written
    /// out: capitalising the phrase at run time would bring Unicode's case
    /// tables into the bundle.)
    pub fn weight_label(basis: Basis) -> &'static str;

    /// How a body is named: its name, or "Körperschaft 3" (counting the own
    /// Kommune as 1) while it has none; the own Kommune "Ihre Kommune".
    pub fn body_name(position: usize, name: &str) -> String;

    /// The inline and summary message of an invalid typed figure; a body's
    /// is prefixed by its name (`who`), a weight's by its basis.
    pub fn input_error(input: SharingInput, who: &str, error: &FieldError) -> String;

    /// "Es können höchstens 50 Körperschaften die Kosten teilen, Ihre Kommune
    /// eingerechnet."
    pub fn list_full() -> String;

    /// Why the split cannot be computed, saying what to do; `name` names the
    /// participant at a position.
    pub fn problem(error: SharingError, name: impl Fn(usize) -> String) -> String;

    /// The form section's header: "allein" or "3 Körperschaften, nach
    /// Einwohnern".
    pub fn section_total(sharing: Option<&Sharing>) -> String;

    /// The key of the results in a sentence, with its source.
    pub fn key_sentence(s: &Sharing) -> String;

    /// What is joint, what the Land pays of it and what the bodies split:
    /// "Gemeinsame Kosten: 50.000,00 € einmalig und 5.000,00 € pro Jahr.
    /// Davon trägt das Land 12.500,00 € einmalig und 1.250,00 € pro Jahr;
    /// die Körperschaften teilen 37.500,00 € einmalig und 3.750,00 € pro
    /// Jahr."
    pub fn pools_line(one_time: Pool, yearly: Pool) -> String;

    /// The own Kommune's share in the form, under the bodies.
    pub fn own_share_line(one_time: f64, yearly: f64) -> String;

    /// The Kapitalwert with and without the sharing, below the key figures'
    /// own: the figures above count all joint costs as the Kommune's.
    pub fn own_line(name: &str, shared: &str, alone: &str) -> String;

    /// The chart's message: who bears the largest share, and the own
    /// Kommune's if that is another.
    pub fn chart_caption(own: &str, own_share: &str, top: Option<(String, String)>) -> String;
}

/// A participant as the table and the chart name it: the own Kommune
/// with "(Ihre Kommune)".
pub fn participant_label(position: usize, name: &str) -> String {
    if position == 0 && !name.trim().is_empty() {
        format!("{} ({})", name.trim(), t().own_marker)
    } else {
        body_name(position, name)
    }
}

/// The own Kommune's figures from the form: "Einwohnerzahl: 8.500 ·
/// Fälle pro Jahr: 600".
pub fn own_facts(inhabitants: &str, cases: &str) -> String {
    format!(
        "{}: {inhabitants} · {}: {cases}",
        t().inhabitants_label,
        t().cases_label
    )
}

/// A bar's label in the chart: "Gemeinde Ahornfeld: 25,0 %".
pub fn bar_label(name: &str, share: &str) -> String {
    format!("{name}: {share}")
}

/// The name of the participant at `position` of `s` in `a`, as
/// [`body_name`] gives it.
pub fn participant_name(a: &Assessment, s: &Sharing, position: usize) -> String {
    let name = s
        .participant(a, position)
        .map(|b| b.name)
        .unwrap_or_default();
    body_name(position, &name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sharing::{Body, Cents};
    use crate::model::{DomainError, Field};
    use crate::parse::ParseError;
    use crate::text::{set_lang, Lang};

    fn pool(joint: i64, land: i64) -> Pool {
        Pool {
            joint: Cents(joint),
            land: Cents(land),
            split: Cents(joint - land),
        }
    }

    fn three_bodies() -> Sharing {
        Sharing::new(vec![
            Body::new("Gemeinde Ahornfeld", 4200.0, 310.0),
            Body::new("", 1800.0, 90.0),
        ])
    }

    fn mix(flat: f64, cases: f64, inhabitants: f64) -> Sharing {
        let mut s = three_bodies();
        s.key = Key::Mix;
        s.weights.flat = flat;
        s.weights.cases = cases;
        s.weights.inhabitants = inhabitants;
        s
    }

    #[test]
    fn german_names_and_sentences() {
        assert_eq!(body_name(0, " "), "Ihre Kommune");
        assert_eq!(body_name(2, ""), "Körperschaft 3");
        assert_eq!(participant_label(0, "Lindenau"), "Lindenau (Ihre Kommune)");
        assert_eq!(section_total(None), "allein");
        assert_eq!(
            section_total(Some(&mix(50.0, 50.0, 0.0))),
            "3 Körperschaften, 50\u{a0}% nach Nutzung und 50\u{a0}% pauschal je Körperschaft"
        );
        assert_eq!(
            pools_line(pool(5_000_000, 1_250_000), pool(500_000, 0)),
            "Gemeinsame Kosten: 50.000,00\u{a0}€ einmalig und 5.000,00\u{a0}€ pro Jahr. \
             Davon trägt das Land 12.500,00\u{a0}€ einmalig und 0,00\u{a0}€ pro Jahr; die \
             Körperschaften teilen 37.500,00\u{a0}€ einmalig und 5.000,00\u{a0}€ pro Jahr."
        );
    }

    #[test]
    fn english_names_of_bodies_and_keys() {
        set_lang(Lang::En);
        assert_eq!(body_name(0, ""), "Your Kommune");
        assert_eq!(body_name(2, " "), "Body 3");
        assert_eq!(body_name(2, "Ahornfeld"), "Ahornfeld");
        assert_eq!(participant_label(0, "Lindenau"), "Lindenau (Your Kommune)");
        assert_eq!(participant_label(1, ""), "Body 2");
        assert_eq!(
            own_facts("8,500", "600"),
            "Inhabitants: 8,500 · Cases per year: 600"
        );
        assert_eq!(key_name(Key::Use), "By actual use (cases per year)");
        assert_eq!(weight_label(Basis::Flat), "Flat per body");
        assert_eq!(
            list_full(),
            "At most 50 bodies can share the costs, your Kommune included."
        );
    }

    #[test]
    fn english_section_total_and_key_sentence() {
        set_lang(Lang::En);
        assert_eq!(section_total(None), "alone");
        assert_eq!(
            section_total(Some(&Sharing::new(Vec::new()))),
            "1 body, by use"
        );
        let mut s = three_bodies();
        s.key = Key::Inhabitants;
        assert_eq!(section_total(Some(&s)), "3 bodies, by inhabitants");
        assert_eq!(
            key_sentence(&s),
            "Split by inhabitants (key as set out by the IT-Planungsrat, decision 2021/23)."
        );
        assert_eq!(
            section_total(Some(&mix(50.0, 50.0, 0.0))),
            "3 bodies, 50% by use and 50% flat per body"
        );
        assert_eq!(
            key_sentence(&mix(50.0, 25.0, 25.0)),
            "Split 25% by inhabitants, 25% by use and 50% flat per body \
             (key as set out by the IT-Planungsrat, decision 2021/23)."
        );
        assert_eq!(
            section_total(Some(&mix(0.0, 0.0, 0.0))),
            "3 bodies, by a weighted mix"
        );
    }

    #[test]
    fn english_pools_and_own_lines() {
        set_lang(Lang::En);
        assert_eq!(
            pools_line(pool(5_000_000, 0), pool(500_000, 0)),
            "Joint costs: €50,000.00 one-time and €5,000.00 per year."
        );
        assert_eq!(
            pools_line(pool(5_000_000, 1_250_000), pool(500_000, 125_000)),
            "Joint costs: €50,000.00 one-time and €5,000.00 per year. \
             Of this, the Land bears €12,500.00 one-time and €1,250.00 per year; \
             the bodies share €37,500.00 one-time and €3,750.00 per year."
        );
        assert_eq!(
            own_share_line(12_345.5, 1_000.0),
            "Your Kommune's share: €12,345.50 one-time and €1,000.00 per year; \
             all shares are shown in the results."
        );
        assert_eq!(
            own_line("Lindenau", "+€4,200", "-€1,300"),
            "The key figures above count the entire joint costs. With the Kostenteilung, \
             the Kapitalwert for Lindenau is +€4,200 (alone: -€1,300)."
        );
    }

    #[test]
    fn english_chart_caption() {
        set_lang(Lang::En);
        assert_eq!(
            chart_caption(
                "Lindenau",
                "20.0%",
                Some(("Ahornfeld".to_string(), "55.0%".to_string()))
            ),
            "Ahornfeld bears the largest share of the joint costs at 55.0%; \
             Lindenau bears 20.0%."
        );
        assert_eq!(
            chart_caption("Lindenau", "60.0%", None),
            "Lindenau bears the largest share of the joint costs at 60.0%."
        );
        assert_eq!(bar_label("Ahornfeld", "25.0%"), "Ahornfeld: 25.0%");
    }

    #[test]
    fn english_problems_say_what_to_do() {
        set_lang(Lang::En);
        let name = |p: usize| body_name(p, "");
        assert_eq!(
            problem(SharingError::MissingTargetGroup { body: 2 }, name),
            "The key by target group size needs the target group of every body: \
             enter it for Body 3."
        );
        assert_eq!(
            problem(SharingError::NoWeight, name),
            "The mix has no weight yet: enter at least one weight above 0."
        );
        assert_eq!(
            problem(SharingError::TooManyBodies(51), name),
            "At most 50 bodies can share the costs, your Kommune included."
        );
        assert_eq!(
            problem(
                SharingError::BodyValue {
                    body: 1,
                    basis: Basis::Inhabitants
                },
                name
            ),
            "A figure for Body 2 is outside the valid range; please correct it."
        );
        assert_eq!(
            problem(SharingError::Weights, name),
            "Enter each weight of the mix as a value between 0 and 100."
        );
        assert_eq!(
            problem(SharingError::Land, name),
            "Enter the Land's share as a value between 0 and 100% and its fixed amounts \
             as €0 or more."
        );
        let field = crate::text::form::field_name(Field::CasesPerYear);
        assert_eq!(
            problem(SharingError::NotJoint(Field::CasesPerYear), name),
            format!("‘{field}’ cannot be a joint cost item.")
        );
        assert_eq!(
            problem(SharingError::JointCost(Field::CasesPerYear), name),
            format!("The amount for ‘{field}’ is outside the valid range; please correct it.")
        );
    }

    #[test]
    fn english_input_errors_name_the_body_or_weight() {
        set_lang(Lang::En);
        let missing = FieldError::Domain(DomainError::Missing);
        let message = crate::text::form::value_error(
            "the number of inhabitants",
            "4,200",
            crate::model::Unit::Count,
            &missing,
        );
        assert_eq!(
            input_error(
                SharingInput::Body(1, BodyInput::Inhabitants),
                "Ahornfeld",
                &missing
            ),
            format!("Ahornfeld: {message}")
        );
        let message = crate::text::form::value_error(
            "the weight",
            "50",
            crate::model::Unit::Count,
            &FieldError::Parse(ParseError::NotANumber),
        );
        assert_eq!(
            input_error(
                SharingInput::Weight(Basis::Use),
                "",
                &FieldError::Parse(ParseError::NotANumber)
            ),
            format!("By use: {message}")
        );
    }

    #[test]
    fn english_examples_parse_in_english() {
        set_lang(Lang::En);
        let inputs = [
            SharingInput::Body(1, BodyInput::Inhabitants),
            SharingInput::Body(1, BodyInput::Cases),
            SharingInput::Body(1, BodyInput::TargetGroup),
            SharingInput::Weight(Basis::Flat),
            SharingInput::Land(LandInput::Share),
            SharingInput::Land(LandInput::OneTime),
        ];
        for input in inputs {
            let (_, example, unit) = en::subject(input);
            assert!(
                matches!(crate::parse::parse_number(example, unit), Ok(Some(_))),
                "{example} must be valid English input"
            );
        }
    }
}
