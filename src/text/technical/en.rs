//! The technical part's words in English: checklist, Nutzwert,
//! recommendation and its reasons.

use crate::format::{euro, euro_signed};
use crate::model::recommendation::{Reason, Recommendation};
use crate::model::technical::{
    CriterionKind, NutzwertError, PrerequisiteKind, Status, TransportRoute, NUTZWERT_THRESHOLD,
    SCORE_DOMAIN, WEIGHT_DOMAIN,
};
use crate::model::Assessment;
use crate::parse::ParseError;

use super::super::form::{assumptions_line, field_name};
use super::super::results::{fte_value, missing_reason};
use super::{points, prerequisite_title, tt, CriterionError, CriterionInput, TechnicalTexts};

pub const EN: TechnicalTexts = TechnicalTexts {
    prereq_legend: "Technical prerequisites",
    prereq_intro: "The EfA minimum requirements for reusing bodies (NL1 to NL5) and further \
        prerequisites. A must-have criterion that is not met rules out a recommendation.",
    status_label: "Status",
    must_label: "Must-have criterion",
    details_summary: "Note, responsible, due by",
    note_label: "Note – optional",
    responsible_label: "Responsible – optional",
    due_label: "Due by – optional",
    custom_title_label: "Title",
    custom_untitled: "Own item without a title",
    transport_label: "Chosen transport route",
    transport_unset: "not decided yet",
    transport_needed: "The status ‘met’ is possible only once a transport route is chosen. \
        Choose FIT-Connect, OSCI-XTA or another route below.",
    prereq_new_label: "Own item",
    prereq_add: "Add item",
    prereq_remove: "Remove item",
    title_missing: "Enter a title, for example ‘Interface to the document management system’",

    nutzwert_legend: "Nutzwert (utility score, qualitative, per WiBe 5.0)",
    nutzwert_intro: "The Nutzwert follows WiBe 5.0, the federal method for economic \
        appraisals. Weight each criterion in percentage points, 100 in total, and award 0 to 10 \
        points. The Nutzwert ranges from 0 to 100 points; above 50 points it can justify reuse \
        with a negative Kapitalwert (net present value).",
    weight_label: "Weight, in percentage points",
    score_label: "Points, 0 to 10",
    lock_in_hint: "10 = low risk",
    score_missing: "not scored yet",
    normalise: "Scale weights to 100",
    criterion_new_label: "Own criterion",
    criterion_add: "Add criterion",
    criterion_remove: "Remove criterion",
    criterion_untitled: "Own criterion without a title",

    unknown_cost_label: "unknown / not requested yet",
    unknown_cost_note: "Amount unknown: the value entered counts provisionally, and the \
        recommendation stays at ‘check further’ until the amount is known.",

    reasons_heading: "Reasons",
    rule_summary: "How the recommendation is made",
    rule: [
        "Not recommended if a must-have criterion is not met, or if reuse is neither \
         economically viable (Kapitalwert above 0) nor justified by its Nutzwert (above 50 of \
         100 points, WiBe 5.0).",
        "Otherwise check further if anything is still open: costs marked as unknown, a \
         must-have criterion with the status open or unknown, or a Nutzwert that is still \
         missing (criteria not scored, or weights that do not add up to 100) while it is \
         needed.",
        "Otherwise recommended: the Kapitalwert is positive, or it is not positive but the \
         Nutzwert is above 50 points.",
        "As long as cases, online share or costs are missing, there is no recommendation, only \
         a note of what is missing. The reasons come in this order: first the economic result, \
         then what the budget bears if the gain is only freed staff time, then the must-have \
         criteria, then other open items such as unchecked assumptions. Several must-have \
         criteria with the same status share one line that leads to the checklist; every \
         other reason links to the field or item it comes from.",
    ],
    unconfirmed_advice: ". Check the values or enter your own",
};

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "met",
        Status::Offen => "open",
        Status::NichtErfuellt => "not met",
        Status::Unbekannt => "unknown",
    }
}

pub fn transport_name(route: TransportRoute) -> &'static str {
    match route {
        TransportRoute::FitConnect => "FIT-Connect",
        TransportRoute::OsciXta => "OSCI-XTA",
        TransportRoute::Other => "other",
    }
}

pub fn prerequisite_catalogue_title(kind: PrerequisiteKind) -> &'static str {
    use PrerequisiteKind::*;
    match kind {
        Nl1Pvog => "NL1: Service and responsibility data maintained in the PVOG",
        Nl2Osci => "NL2: OSCI recipient (intermediary, mailbox) set up",
        Nl3Dvdv => "NL3: Entry in the DVDV in place",
        Nl4Delivery => "NL4: Legally secure delivery of administrative decisions possible",
        Nl5Payment => "NL5: Payment component (ePayBL or similar) connected",
        FachverfahrenInterface => {
            "Interface to the Fachverfahren (specialist back-office software) available"
        }
        TransportRoute => "Transport route decided (FIT-Connect, OSCI-XTA or other)",
        AvvDsfa => {
            "Data processing agreement signed; data protection impact assessment (DPIA) done \
            or not required"
        }
        Support => {
            "Support organised: first contact (115, service centre) and follow-up questions in \
            the Fachbereich (department in charge)"
        }
        ItSecurity => "IT security reviewed",
        Accessibility => "Accessibility of the service reviewed",
        Custom => "",
    }
}

pub fn prerequisite_catalogue_short_title(kind: PrerequisiteKind) -> Option<&'static str> {
    use PrerequisiteKind::*;
    match kind {
        FachverfahrenInterface => Some("Fachverfahren interface"),
        TransportRoute => Some("transport route"),
        AvvDsfa => Some("data processing agreement and DPIA"),
        Support => Some("support"),
        ItSecurity => Some("IT security"),
        Accessibility => Some("accessibility"),
        Nl1Pvog | Nl2Osci | Nl3Dvdv | Nl4Delivery | Nl5Payment | Custom => None,
    }
}

pub fn criterion_catalogue_title(kind: CriterionKind) -> &'static str {
    use CriterionKind::*;
    match kind {
        MediaContinuity => "End-to-end digital process (no media breaks)",
        StaffRelief => "Relief for scarce skilled staff",
        CitizenBenefit => "Benefit for citizens and businesses",
        LockInRisk => "Dependence on the supplier (lock-in to supplier and system)",
        DataProtection => "Data protection and information security",
        Accessibility => "Accessibility",
        StrategicFit => "Strategic fit (digital strategy, OZG, the Online Access Act)",
        Custom => "",
    }
}

/// "1 point", "62.5 points".
fn points_noun(value: f64) -> String {
    match points(value).as_str() {
        "1" => "1 point".to_string(),
        p => format!("{p} points"),
    }
}

pub fn weight_sum_line(sum: f64) -> String {
    format!("Sum of the weights: {} of 100", points(sum))
}

pub fn weights_not_100(sum: f64) -> String {
    format!(
        "The weights add up to {} instead of 100. Adjust the weights or scale them to 100; \
         their proportions are kept.",
        points(sum)
    )
}

pub fn nutzwert_line(nutzwert: Option<f64>) -> String {
    match nutzwert {
        Some(p) => format!(
            "Nutzwert: {} of 100 points (threshold {})",
            points(p),
            points(NUTZWERT_THRESHOLD)
        ),
        None => "Nutzwert: can be computed only once all weighted criteria are scored and the \
            weights add up to 100"
            .to_string(),
    }
}

pub fn nutzwert_missing_line(error: NutzwertError) -> String {
    match error {
        NutzwertError::WeightsNot100(sum) => format!(
            "Nutzwert: can be computed only once the weights add up to 100 (now {})",
            points(sum)
        ),
        NutzwertError::NotScored(n) => {
            format!("Nutzwert: can be computed only once all criteria are scored ({n} still open)")
        }
    }
}

pub fn criterion_error(title: &str, input: CriterionInput, error: CriterionError) -> String {
    let (what, domain, example) = match input {
        CriterionInput::Weight => ("the weight", WEIGHT_DOMAIN, "20"),
        CriterionInput::Score => ("the points", SCORE_DOMAIN, "7"),
    };
    match error {
        CriterionError::Parse(ParseError::WrongDecimalMark) => {
            format!("{title}: Use a point as the decimal mark, for example 2.5")
        }
        CriterionError::Parse(_) => {
            format!("{title}: Enter {what} as a number, for example {example}")
        }
        CriterionError::Missing => {
            format!("{title}: Enter {what}, for example {example}")
        }
        CriterionError::OutOfRange => {
            format!(
                "{title}: Enter {what} as a value between {} and {}",
                points(domain.min),
                points(domain.max)
            )
        }
    }
}

pub fn recommendation_heading(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Empfohlen => "Reuse recommended",
        Recommendation::Pruefen => "Check reuse further",
        Recommendation::NichtEmpfohlen => "Reuse not recommended",
        Recommendation::Unvollstaendig => "No recommendation yet",
    }
}

pub fn reason_text(reason: &Reason, a: &Assessment) -> String {
    let item = |i: usize| {
        a.technical
            .prerequisites
            .get(i)
            .map_or_else(String::new, prerequisite_title)
    };
    let threshold = points(NUTZWERT_THRESHOLD);
    match reason {
        Reason::MustHaveNotMet(i) => format!("Must-have criterion not met: {}", item(*i)),
        Reason::MustHaveOpen(i, Status::Unbekannt) => {
            format!(
                "Must-have criterion not checked yet (unknown): {}",
                item(*i)
            )
        }
        Reason::MustHaveOpen(i, _) => format!("Must-have criterion still open: {}", item(*i)),
        Reason::UnknownCost(field) => {
            format!("Cost unknown or not requested yet: {}", field_name(*field))
        }
        Reason::KwPositive(kw) => {
            format!(
                "Economically viable: the Kapitalwert (net present value) is {}",
                euro_signed(*kw)
            )
        }
        Reason::JustifiedByNutzwert { kw, nutzwert } => format!(
            "The Kapitalwert (net present value) is {}, but the Nutzwert (utility score) of {} \
             is above the threshold of {threshold} and justifies reuse (WiBe 5.0, the federal \
             method for economic appraisals)",
            euro_signed(*kw),
            points_noun(*nutzwert)
        ),
        Reason::NotJustified { kw, nutzwert } => format!(
            "Not economically viable: the Kapitalwert (net present value) is {}, and the \
             Nutzwert (utility score) of {} is not above the threshold of {threshold}",
            euro_signed(*kw),
            points_noun(*nutzwert)
        ),
        Reason::WeightsNot100 { kw, sum } => format!(
            "The Kapitalwert (net present value) is {}; whether the Nutzwert (utility score) \
             justifies this shows only once the weights add up to 100 (now {})",
            euro_signed(*kw),
            points(*sum)
        ),
        Reason::NutzwertNotScored { kw, unscored } => format!(
            "The Kapitalwert (net present value) is {}; whether the Nutzwert (utility score) \
             justifies this shows only once all criteria are scored ({unscored} still open)",
            euro_signed(*kw)
        ),
        Reason::BudgetPays {
            kw_h,
            kw_nh,
            citizens,
            fte,
        } => budget_pays(*kw_h, *kw_nh, *citizens, *fte),
        Reason::AllMustHavesMet => "All must-have criteria are met".to_string(),
        Reason::Missing(m) => missing_reason(*m),
        Reason::Unconfirmed(fields) => format!(
            "{}{}",
            assumptions_line(fields).unwrap_or_default(),
            tt().unconfirmed_advice
        ),
    }
}

/// The budget reason: what the budget pays, and that the gain is freed
/// staff time (and, if monetised, citizens' time) which only counts when
/// that time is put to other work.
fn budget_pays(kw_h: f64, kw_nh: f64, citizens: f64, fte: f64) -> String {
    let head = format!(
        "The budget pays {} more than it saves: the Kapitalwert haushaltswirksam \
         (budget-effective) is {}",
        euro(-kw_h),
        euro_signed(kw_h)
    );
    let staff = format!(
        "freed staff time of {} in the last year ({})",
        fte_value(fte),
        euro_signed(kw_nh)
    );
    let citizens_time = format!(
        "citizens' time ({}), which the budget does not save",
        euro_signed(citizens)
    );
    let redeploy = "This gain counts only if the time is actually used for other tasks";
    match (kw_nh > 0.0, citizens > 0.0) {
        (true, true) => format!(
            "{head}. The gain is {staff} and {citizens_time}. The staff time counts only if it \
             is actually used for other tasks"
        ),
        (false, true) => format!("{head}. The gain is {citizens_time}"),
        _ => format!("{head}. The gain is {staff}. {redeploy}"),
    }
}

pub fn must_haves_line(count: usize, status: Status, names: &str) -> String {
    let state = match status {
        Status::Unbekannt => "not checked yet",
        Status::Offen => "still open",
        Status::NichtErfuellt => "not met",
        Status::Erfuellt => "met",
    };
    format!("{count} must-have criteria {state}: {names}")
}

pub fn list_full_prerequisites(max: usize) -> String {
    format!(
        "The checklist already has {max} items; an assessment holds no more. Remove an item \
         or merge items."
    )
}

pub fn list_full_criteria(max: usize) -> String {
    format!(
        "The Nutzwertanalyse (utility analysis) already has {max} criteria; an assessment \
         holds no more. Remove a criterion or merge criteria."
    )
}
