//! UI text for the prerequisites checklist, the Nutzwert and the
//! recommendation.
//!
//! Catalogue titles are keyed by their kind (`PrerequisiteKind`,
//! `CriterionKind`); custom items carry their own title. Sentences with
//! numbers are functions taking the model's values.

mod de;
mod en;

use super::pick;
use crate::model::recommendation::{Reason, ReasonGroup, Recommendation};
use crate::model::technical::{
    Criterion, CriterionKind, NutzwertError, Prerequisite, PrerequisiteKind, Status, TransportRoute,
};
use crate::model::Assessment;
use crate::parse::ParseError;

/// The static strings of the technical part.
pub struct TechnicalTexts {
    pub prereq_legend: &'static str,
    pub prereq_intro: &'static str,
    pub status_label: &'static str,
    pub must_label: &'static str,
    pub details_summary: &'static str,
    pub note_label: &'static str,
    pub responsible_label: &'static str,
    pub due_label: &'static str,
    pub custom_title_label: &'static str,
    pub custom_untitled: &'static str,
    pub transport_label: &'static str,
    pub transport_unset: &'static str,
    pub transport_needed: &'static str,
    pub prereq_new_label: &'static str,
    pub prereq_add: &'static str,
    pub prereq_remove: &'static str,
    pub title_missing: &'static str,

    pub nutzwert_legend: &'static str,
    pub nutzwert_intro: &'static str,
    pub weight_label: &'static str,
    pub score_label: &'static str,
    pub lock_in_hint: &'static str,
    pub score_missing: &'static str,
    pub normalise: &'static str,
    pub criterion_new_label: &'static str,
    pub criterion_add: &'static str,
    pub criterion_remove: &'static str,
    /// The title of a custom criterion left without one.
    pub criterion_untitled: &'static str,

    pub unknown_cost_label: &'static str,
    pub unknown_cost_note: &'static str,

    pub reasons_heading: &'static str,
    pub rule_summary: &'static str,
    pub rule: [&'static str; 4],
    /// What follows the list of unconfirmed values in the reasons.
    pub unconfirmed_advice: &'static str,
}

/// The technical texts in the current language.
pub fn tt() -> &'static TechnicalTexts {
    pick(&de::DE, &en::EN)
}

/// The title of a checklist item: the catalogue title, or the user's own.
pub fn prerequisite_title(p: &Prerequisite) -> String {
    match p.kind {
        PrerequisiteKind::Custom if p.title.trim().is_empty() => tt().custom_untitled.to_string(),
        PrerequisiteKind::Custom => p.title.clone(),
        kind => prerequisite_catalogue_title(kind).to_string(),
    }
}

/// The number of an EfA minimum requirement for adopters (NL1–NL5).
fn nl_number(kind: PrerequisiteKind) -> Option<usize> {
    use PrerequisiteKind::*;
    match kind {
        Nl1Pvog => Some(1),
        Nl2Osci => Some(2),
        Nl3Dvdv => Some(3),
        Nl4Delivery => Some(4),
        Nl5Payment => Some(5),
        _ => None,
    }
}

/// The short name of a checklist item, for a list of several: "NL3",
/// "Schnittstelle Fachverfahren", or the user's own title.
pub fn prerequisite_short_title(p: &Prerequisite) -> String {
    if let Some(n) = nl_number(p.kind) {
        return format!("NL{n}");
    }
    match prerequisite_catalogue_short_title(p.kind) {
        Some(short) => short.to_string(),
        None => prerequisite_title(p),
    }
}

/// Checklist items named compactly, in the order given: a run of three
/// or more consecutive minimum requirements as "NL1–NL5", two as "NL1,
/// NL2", every other item by its short title; separated by commas.
pub fn prerequisite_list(items: &[&Prerequisite]) -> String {
    let mut names: Vec<String> = Vec::with_capacity(items.len());
    let mut rest = items;
    while let Some((first, tail)) = rest.split_first() {
        let Some(start) = nl_number(first.kind) else {
            names.push(prerequisite_short_title(first));
            rest = tail;
            continue;
        };
        // How many items from here continue the run start, start + 1, …
        let run = (1..rest.len())
            .take_while(|&k| nl_number(rest[k].kind) == Some(start + k))
            .count()
            + 1;
        if run >= 3 {
            names.push(format!("NL{start}–NL{}", start + run - 1));
        } else {
            names.extend(rest[..run].iter().map(|p| prerequisite_short_title(p)));
        }
        rest = &rest[run..];
    }
    names.join(", ")
}

/// The title of a Nutzwert criterion.
pub fn criterion_title(c: &Criterion) -> String {
    match c.kind {
        CriterionKind::Custom if c.title.trim().is_empty() => tt().criterion_untitled.to_string(),
        CriterionKind::Custom => c.title.clone(),
        kind => criterion_catalogue_title(kind).to_string(),
    }
}

/// Points with at most one decimal: "62", "62,5" (English "62.5").
pub fn points(value: f64) -> String {
    crate::format::one_decimal(value)
}

/// Which input of a criterion a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CriterionInput {
    Weight,
    Score,
}

/// Why a typed weight or score is not accepted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CriterionError {
    Parse(ParseError),
    Missing,
    OutOfRange,
}

/// One line of the list of reasons: a single reason as [`reason_text`]
/// words it, or several must-haves of one status as "10 Muss-Kriterien
/// noch ungeprüft: NL1–NL5, Schnittstelle Fachverfahren, …".
pub fn reason_group_text(group: &ReasonGroup, a: &Assessment) -> String {
    let (status, indices) = match group {
        ReasonGroup::Single(reason) => return reason_text(reason, a),
        ReasonGroup::MustHaves { status, items } => (*status, items),
    };
    let items: Vec<&Prerequisite> = indices
        .iter()
        .filter_map(|&i| a.technical.prerequisites.get(i))
        .collect();
    // One item is worded like a single reason, never "1 Muss-Kriterien".
    if let [_] = indices.as_slice() {
        let reason = match status {
            Status::NichtErfuellt => Reason::MustHaveNotMet(indices[0]),
            _ => Reason::MustHaveOpen(indices[0], status),
        };
        return reason_text(&reason, a);
    }
    must_haves_line(indices.len(), status, &prerequisite_list(&items))
}

per_language! {
    /// A status as the select and the reasons name it: "erfüllt".
    pub fn status_name(status: Status) -> &'static str;
    /// An option of the transport-route select: "FIT-Connect", "anderer".
    pub fn transport_name(route: TransportRoute) -> &'static str;
    /// The title of a catalogue item ("NL3: Eintrag im DVDV vorhanden");
    /// empty for a custom item, which carries its own
    /// ([`prerequisite_title`]).
    pub fn prerequisite_catalogue_title(kind: PrerequisiteKind) -> &'static str;
    /// The short name of a catalogue item other than NL1–NL5, for a list
    /// of several: "Schnittstelle Fachverfahren". `None` for NL1–NL5
    /// (named by number) and custom items (named by their title).
    pub fn prerequisite_catalogue_short_title(kind: PrerequisiteKind) -> Option<&'static str>;
    /// The title of a catalogue criterion ("Barrierefreiheit"); empty for
    /// a custom criterion ([`criterion_title`]).
    pub fn criterion_catalogue_title(kind: CriterionKind) -> &'static str;
    /// "Summe der Gewichte: 100 von 100".
    pub fn weight_sum_line(sum: f64) -> String;
    /// The message while the weights do not sum to 100.
    pub fn weights_not_100(sum: f64) -> String;
    /// "Nutzwert: 62 von 100 Punkten (Schwelle 50)", or why there is none.
    pub fn nutzwert_line(nutzwert: Option<f64>) -> String;
    /// Why there is no Nutzwert yet, for the line under the criteria:
    /// "Nutzwert: erst berechenbar, wenn alle Kriterien bewertet sind (noch
    /// 7 offen)".
    pub fn nutzwert_missing_line(error: NutzwertError) -> String;
    /// The inline and summary message for an invalid weight or score,
    /// naming the criterion and saying what to do.
    pub fn criterion_error(title: &str, input: CriterionInput, error: CriterionError) -> String;
    /// The recommendation as a heading.
    pub fn recommendation_heading(r: Recommendation) -> &'static str;
    /// One reason in plain words.
    pub fn reason_text(reason: &Reason, a: &Assessment) -> String;
    /// Several must-haves of one status on one line: "10 Muss-Kriterien
    /// noch ungeprüft: NL1–NL5, …" (`count` ≥ 2, `names` from
    /// [`prerequisite_list`]).
    pub fn must_haves_line(count: usize, status: Status, names: &str) -> String;
    /// The checklist is full.
    pub fn list_full_prerequisites(max: usize) -> String;
    /// The Nutzwertanalyse is full.
    pub fn list_full_criteria(max: usize) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::recommendation::Reason;
    use crate::model::Field;
    use crate::text::{set_lang, Lang};

    #[test]
    fn reasons_name_the_item_and_the_field_in_german() {
        // Guards against a reason that says "Punkt 3" or a variant name
        // instead of the words the form shows.
        let mut a = Assessment::default();
        a.technical
            .prerequisites
            .push(Prerequisite::custom("DMS-Anbindung"));
        let last = a.technical.prerequisites.len() - 1;
        assert_eq!(
            reason_text(&Reason::MustHaveNotMet(0), &a),
            "Muss-Kriterium nicht erfüllt: NL1: Leistungs- und Zuständigkeitsdaten im PVOG gepflegt"
        );
        assert_eq!(
            reason_text(&Reason::MustHaveOpen(last, Status::Offen), &a),
            "Muss-Kriterium noch offen: DMS-Anbindung"
        );
        assert_eq!(
            reason_text(&Reason::UnknownCost(Field::UsageFee), &a),
            "Kosten unbekannt oder noch nicht angefragt: Nutzungs- oder Betriebsentgelt"
        );
        assert!(reason_text(
            &Reason::NotJustified {
                kw: -1234.0,
                nutzwert: 42.5
            },
            &a
        )
        .contains("-1.234\u{a0}€, und der Nutzwert von 42,5 Punkten"));
    }

    #[test]
    fn nutzwert_and_weight_messages_show_german_numbers() {
        // Guards against "62.0" or a missing threshold in the result line.
        assert_eq!(
            nutzwert_line(Some(62.0)),
            "Nutzwert: 62 von 100 Punkten (Schwelle 50)"
        );
        assert!(weights_not_100(85.0).starts_with("Die Gewichte ergeben 85 statt 100."));
        assert_eq!(weight_sum_line(99.5), "Summe der Gewichte: 99,5 von 100");
    }

    #[test]
    fn must_haves_of_one_status_share_a_line() {
        let a = Assessment::default();
        let group = ReasonGroup::MustHaves {
            status: Status::Unbekannt,
            items: (0..a.technical.prerequisites.len()).collect(),
        };
        assert!(reason_group_text(&group, &a).starts_with(
            "11 Muss-Kriterien noch ungeprüft: NL1–NL5, Schnittstelle Fachverfahren, "
        ));
    }

    #[test]
    fn english_points_and_nutzwert_lines() {
        set_lang(Lang::En);
        assert_eq!(points(62.0), "62");
        assert_eq!(points(62.5), "62.5");
        assert_eq!(points(1234.0), "1,234");
        assert_eq!(
            nutzwert_line(Some(62.0)),
            "Nutzwert: 62 of 100 points (threshold 50)"
        );
        assert_eq!(
            nutzwert_line(None),
            "Nutzwert: can be computed only once all weighted criteria are scored and the \
             weights add up to 100"
        );
        assert_eq!(weight_sum_line(99.5), "Sum of the weights: 99.5 of 100");
        assert_eq!(
            weights_not_100(85.0),
            "The weights add up to 85 instead of 100. Adjust the weights or scale them to \
             100; their proportions are kept."
        );
        assert_eq!(
            nutzwert_missing_line(NutzwertError::WeightsNot100(87.5)),
            "Nutzwert: can be computed only once the weights add up to 100 (now 87.5)"
        );
        assert_eq!(
            nutzwert_missing_line(NutzwertError::NotScored(7)),
            "Nutzwert: can be computed only once all criteria are scored (7 still open)"
        );
    }

    #[test]
    fn english_criterion_errors_say_what_to_do() {
        set_lang(Lang::En);
        assert_eq!(
            criterion_error(
                "Accessibility",
                CriterionInput::Weight,
                CriterionError::Parse(ParseError::WrongDecimalMark)
            ),
            "Accessibility: Use a point as the decimal mark, for example 2.5"
        );
        assert_eq!(
            criterion_error(
                "Accessibility",
                CriterionInput::Score,
                CriterionError::Parse(ParseError::NotANumber)
            ),
            "Accessibility: Enter the points as a number, for example 7"
        );
        assert_eq!(
            criterion_error(
                "Accessibility",
                CriterionInput::Weight,
                CriterionError::Missing
            ),
            "Accessibility: Enter the weight, for example 20"
        );
        assert_eq!(
            criterion_error(
                "Accessibility",
                CriterionInput::Score,
                CriterionError::OutOfRange
            ),
            "Accessibility: Enter the points as a value between 0 and 10"
        );
        assert_eq!(
            criterion_error(
                "Accessibility",
                CriterionInput::Weight,
                CriterionError::OutOfRange
            ),
            "Accessibility: Enter the weight as a value between 0 and 100"
        );
        // The example of a decimal must itself be valid English input.
        let count = crate::model::Unit::Count;
        assert_eq!(crate::parse::parse_number("2.5", count), Ok(Some(2.5)));
        assert_eq!(
            crate::parse::parse_number("2,5", count),
            Err(ParseError::WrongDecimalMark)
        );
    }

    #[test]
    fn english_titles_and_statuses() {
        set_lang(Lang::En);
        let a = Assessment::default();
        let items: Vec<&Prerequisite> = a.technical.prerequisites.iter().collect();
        assert_eq!(
            prerequisite_title(items[0]),
            "NL1: Service and responsibility data maintained in the PVOG"
        );
        assert_eq!(
            prerequisite_list(&items),
            "NL1–NL5, Fachverfahren interface, transport route, data processing agreement and \
             DPIA, support, IT security, accessibility"
        );
        assert_eq!(
            prerequisite_title(&Prerequisite::custom("  ")),
            "Own item without a title"
        );
        assert_eq!(status_name(Status::NichtErfuellt), "not met");
        assert_eq!(transport_name(TransportRoute::Other), "other");
        assert_eq!(
            recommendation_heading(Recommendation::Pruefen),
            "Check reuse further"
        );
        for c in &a.technical.criteria {
            assert!(!criterion_title(c).is_empty());
        }
    }

    #[test]
    fn english_reasons() {
        set_lang(Lang::En);
        let mut a = Assessment::default();
        a.technical
            .prerequisites
            .push(Prerequisite::custom("Document management interface"));
        let last = a.technical.prerequisites.len() - 1;
        assert_eq!(
            reason_text(&Reason::MustHaveNotMet(2), &a),
            "Must-have criterion not met: NL3: Entry in the DVDV in place"
        );
        assert_eq!(
            reason_text(&Reason::MustHaveOpen(last, Status::Offen), &a),
            "Must-have criterion still open: Document management interface"
        );
        assert_eq!(
            reason_text(&Reason::MustHaveOpen(last, Status::Unbekannt), &a),
            "Must-have criterion not checked yet (unknown): Document management interface"
        );
        assert_eq!(
            reason_text(&Reason::KwPositive(11_405.0), &a),
            "Economically viable: the Kapitalwert (net present value) is +€11,405"
        );
        assert_eq!(
            reason_text(
                &Reason::JustifiedByNutzwert {
                    kw: -1234.0,
                    nutzwert: 62.5
                },
                &a
            ),
            "The Kapitalwert (net present value) is -€1,234, but the Nutzwert (utility score) \
             of 62.5 points is above the threshold of 50 and justifies reuse (WiBe 5.0, the \
             federal method for economic appraisals)"
        );
        assert_eq!(
            reason_text(
                &Reason::NotJustified {
                    kw: -1234.0,
                    nutzwert: 1.0
                },
                &a
            ),
            "Not economically viable: the Kapitalwert (net present value) is -€1,234, and the \
             Nutzwert (utility score) of 1 point is not above the threshold of 50"
        );
        assert_eq!(
            reason_text(&Reason::WeightsNot100 { kw: 0.0, sum: 90.0 }, &a),
            "The Kapitalwert (net present value) is €0; whether the Nutzwert (utility score) \
             justifies this shows only once the weights add up to 100 (now 90)"
        );
        assert_eq!(
            reason_text(
                &Reason::NutzwertNotScored {
                    kw: -50.0,
                    unscored: 3
                },
                &a
            ),
            "The Kapitalwert (net present value) is -€50; whether the Nutzwert (utility score) \
             justifies this shows only once all criteria are scored (3 still open)"
        );
        assert_eq!(
            reason_text(&Reason::AllMustHavesMet, &a),
            "All must-have criteria are met"
        );
        let group = ReasonGroup::MustHaves {
            status: Status::Unbekannt,
            items: vec![0, 1, 2, 3, 4, 5, last],
        };
        assert_eq!(
            reason_group_text(&group, &a),
            "7 must-have criteria not checked yet: NL1–NL5, Fachverfahren interface, \
             Document management interface"
        );
        let group = ReasonGroup::MustHaves {
            status: Status::NichtErfuellt,
            items: vec![0, 1],
        };
        assert_eq!(
            reason_group_text(&group, &a),
            "2 must-have criteria not met: NL1, NL2"
        );
        let group = ReasonGroup::MustHaves {
            status: Status::Offen,
            items: vec![last],
        };
        assert_eq!(
            reason_group_text(&group, &a),
            "Must-have criterion still open: Document management interface"
        );
    }

    #[test]
    fn english_budget_reason() {
        set_lang(Lang::En);
        let a = Assessment::default();
        let fte = crate::text::results::fte_value(0.12);
        let staff_only = Reason::BudgetPays {
            kw_h: -13_316.0,
            kw_nh: 24_721.0,
            citizens: 0.0,
            fte: 0.12,
        };
        assert_eq!(
            reason_text(&staff_only, &a),
            format!(
                "The budget pays €13,316 more than it saves: the Kapitalwert haushaltswirksam \
                 (budget-effective) is -€13,316. The gain is freed staff time of {fte} in the \
                 last year (+€24,721). This gain counts only if the time is actually used for \
                 other tasks"
            )
        );
        let both = Reason::BudgetPays {
            kw_h: -13_316.0,
            kw_nh: 24_721.0,
            citizens: 5_000.0,
            fte: 0.12,
        };
        assert_eq!(
            reason_text(&both, &a),
            format!(
                "The budget pays €13,316 more than it saves: the Kapitalwert haushaltswirksam \
                 (budget-effective) is -€13,316. The gain is freed staff time of {fte} in the \
                 last year (+€24,721) and citizens' time (+€5,000), which the budget does not \
                 save. The staff time counts only if it is actually used for other tasks"
            )
        );
        let citizens_only = Reason::BudgetPays {
            kw_h: -13_316.0,
            kw_nh: 0.0,
            citizens: 5_000.0,
            fte: 0.0,
        };
        assert_eq!(
            reason_text(&citizens_only, &a),
            "The budget pays €13,316 more than it saves: the Kapitalwert haushaltswirksam \
             (budget-effective) is -€13,316. The gain is citizens' time (+€5,000), which the \
             budget does not save"
        );
    }

    #[test]
    fn english_lists_full() {
        set_lang(Lang::En);
        assert_eq!(
            list_full_prerequisites(40),
            "The checklist already has 40 items; an assessment holds no more. Remove an item \
             or merge items."
        );
        assert_eq!(
            list_full_criteria(20),
            "The Nutzwertanalyse (utility analysis) already has 20 criteria; an assessment \
             holds no more. Remove a criterion or merge criteria."
        );
        assert_eq!(
            tt().unconfirmed_advice,
            ". Check the values or enter your own"
        );
    }
}
