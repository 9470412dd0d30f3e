//! UI text for the prerequisites checklist, the Nutzwert and the
//! recommendation.
//!
//! Catalogue titles are keyed by their kind (`PrerequisiteKind`,
//! `CriterionKind`); custom items carry their own title. Sentences with
//! numbers are functions taking the model's values.

use crate::format::{euro, euro_signed, grouped};
use crate::model::recommendation::{Reason, ReasonGroup, Recommendation};
use crate::model::technical::{
    Criterion, CriterionKind, NutzwertError, Prerequisite, PrerequisiteKind, Status,
    TransportRoute, NUTZWERT_THRESHOLD, SCORE_DOMAIN, WEIGHT_DOMAIN,
};
use crate::model::Assessment;
use crate::parse::ParseError;

use super::form::{assumptions_line, field_name};
use super::results::{fte_value, missing_reason};

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

    pub unknown_cost_label: &'static str,
    pub unknown_cost_note: &'static str,

    pub reasons_heading: &'static str,
    pub rule_summary: &'static str,
    pub rule: [&'static str; 4],
}

static DE: TechnicalTexts = TechnicalTexts {
    prereq_legend: "Technische Voraussetzungen",
    prereq_intro: "Die EfA-Mindestanforderungen für Nachnutzende (NL1 bis NL5) und weitere \
        Voraussetzungen. Ein Muss-Kriterium, das nicht erfüllt ist, verhindert eine Empfehlung.",
    status_label: "Status",
    must_label: "Muss-Kriterium",
    details_summary: "Anmerkung, Verantwortlich, Fällig bis",
    note_label: "Anmerkung – optional",
    responsible_label: "Verantwortlich – optional",
    due_label: "Fällig bis – optional",
    custom_title_label: "Bezeichnung",
    custom_untitled: "Eigener Punkt ohne Bezeichnung",
    transport_label: "Gewählter Transportweg",
    transport_unset: "noch nicht festgelegt",
    transport_needed: "„erfüllt“ ist erst möglich, wenn ein Transportweg gewählt ist. Wählen Sie \
        unten FIT-Connect, OSCI-XTA oder einen anderen Weg.",
    prereq_new_label: "Eigener Punkt",
    prereq_add: "Punkt hinzufügen",
    prereq_remove: "Punkt entfernen",
    title_missing: "Geben Sie eine Bezeichnung ein, zum Beispiel „Schnittstelle zum DMS“",

    nutzwert_legend: "Nutzwert (qualitativ, nach WiBe 5.0)",
    nutzwert_intro: "Gewichten Sie jedes Kriterium in Prozentpunkten, zusammen 100, und \
        vergeben Sie 0 bis 10 Punkte. Der Nutzwert reicht von 0 bis 100 Punkten; über 50 Punkten \
        kann er eine Nachnutzung mit negativem Kapitalwert rechtfertigen.",
    weight_label: "Gewicht, in Prozentpunkten",
    score_label: "Punkte, 0 bis 10",
    lock_in_hint: "10 = geringes Risiko",
    score_missing: "noch nicht bewertet",
    normalise: "Gewichte auf 100 normieren",
    criterion_new_label: "Eigenes Kriterium",
    criterion_add: "Kriterium hinzufügen",
    criterion_remove: "Kriterium entfernen",

    unknown_cost_label: "unbekannt / noch nicht angefragt",
    unknown_cost_note: "Betrag unbekannt: Der eingetragene Wert zählt vorläufig, die Empfehlung \
        lautet „prüfen“, bis er bekannt ist.",

    reasons_heading: "Gründe",
    rule_summary: "So entsteht die Empfehlung",
    rule: [
        "Nicht empfohlen, wenn ein Muss-Kriterium nicht erfüllt ist oder wenn die Nachnutzung \
         weder wirtschaftlich ist (Kapitalwert über 0) noch durch ihren Nutzwert gerechtfertigt \
         (über 50 von 100 Punkten, WiBe 5.0).",
        "Sonst prüfen, wenn noch etwas offen ist: Kosten, die als unbekannt markiert sind, \
         ein Muss-Kriterium mit Status offen oder unbekannt, oder ein Nutzwert, der noch fehlt \
         (Kriterien nicht bewertet oder Gewichte, die nicht 100 ergeben), solange er gebraucht \
         wird.",
        "Sonst empfohlen: Der Kapitalwert ist positiv, oder er ist nicht positiv, aber der \
         Nutzwert liegt über 50 Punkten.",
        "Solange Fallzahl, Online-Anteil oder Kosten fehlen, gibt es keine Empfehlung, nur den \
         Hinweis, was fehlt. Die Gründe stehen in dieser Reihenfolge: zuerst das wirtschaftliche \
         Ergebnis, dann was der Haushalt trägt, wenn der Gewinn nur frei werdende Arbeitszeit \
         ist, dann die Muss-Kriterien, dann weitere offene Punkte wie ungeprüfte Annahmen. \
         Mehrere Muss-Kriterien mit demselben Status stehen in einer Zeile, die zur Checkliste \
         führt; jeder andere Grund verweist auf das Feld oder den Punkt, aus dem er stammt.",
    ],
};

/// The German texts.
pub fn tt() -> &'static TechnicalTexts {
    &DE
}

/// A status as the select and the reasons name it.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "erfüllt",
        Status::Offen => "offen",
        Status::NichtErfuellt => "nicht erfüllt",
        Status::Unbekannt => "unbekannt",
    }
}

/// An option of the transport-route select.
pub fn transport_name(route: TransportRoute) -> &'static str {
    match route {
        TransportRoute::FitConnect => "FIT-Connect",
        TransportRoute::OsciXta => "OSCI-XTA",
        TransportRoute::Other => "anderer",
    }
}

/// Title of a catalogue item.
fn prerequisite_catalogue_title(kind: PrerequisiteKind) -> &'static str {
    use PrerequisiteKind::*;
    match kind {
        Nl1Pvog => "NL1: Leistungs- und Zuständigkeitsdaten im PVOG gepflegt",
        Nl2Osci => "NL2: OSCI-Empfänger (Intermediär, Postfach) eingerichtet",
        Nl3Dvdv => "NL3: Eintrag im DVDV vorhanden",
        Nl4Delivery => "NL4: Rechtssichere Zustellung von Bescheiden möglich",
        Nl5Payment => "NL5: Bezahlkomponente (ePayBL o. ä.) angebunden",
        FachverfahrenInterface => "Schnittstelle zum Fachverfahren verfügbar",
        TransportRoute => "Transportweg festgelegt (FIT-Connect, OSCI-XTA oder anderer)",
        AvvDsfa => "AVV abgeschlossen, DSFA erstellt oder nicht erforderlich",
        Support => {
            "Support organisiert: Erstkontakt (115, Servicecenter) und Rückfragen im \
            Fachbereich"
        }
        ItSecurity => "IT-Sicherheit geprüft",
        Accessibility => "Barrierefreiheit des Dienstes geprüft",
        Custom => "",
    }
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
    use PrerequisiteKind::*;
    if let Some(n) = nl_number(p.kind) {
        return format!("NL{n}");
    }
    let short = match p.kind {
        FachverfahrenInterface => "Schnittstelle Fachverfahren",
        TransportRoute => "Transportweg",
        AvvDsfa => "AVV und DSFA",
        Support => "Support",
        ItSecurity => "IT-Sicherheit",
        Accessibility => "Barrierefreiheit",
        _ => return prerequisite_title(p),
    };
    short.to_string()
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
    use CriterionKind::*;
    let title = match c.kind {
        MediaContinuity => "Medienbruchfreiheit",
        StaffRelief => "Entlastung knapper Fachkräfte",
        CitizenBenefit => "Nutzen für Bürgerinnen, Bürger und Unternehmen",
        LockInRisk => "Abhängigkeit vom Anbieter (Bindung an Anbieter und Verfahren)",
        DataProtection => "Datenschutz und Informationssicherheit",
        Accessibility => "Barrierefreiheit",
        StrategicFit => "Strategische Passung (Digitalstrategie, OZG)",
        Custom if c.title.trim().is_empty() => "Eigenes Kriterium ohne Bezeichnung",
        Custom => return c.title.clone(),
    };
    title.to_string()
}

/// Points with at most one decimal: "62", "62,5".
pub fn points(value: f64) -> String {
    let text = grouped(value, 1);
    text.strip_suffix(",0").map_or(text.clone(), str::to_string)
}

/// "Summe der Gewichte: 100 von 100".
pub fn weight_sum_line(sum: f64) -> String {
    format!("Summe der Gewichte: {} von 100", points(sum))
}

/// The message while the weights do not sum to 100.
pub fn weights_not_100(sum: f64) -> String {
    format!(
        "Die Gewichte ergeben {} statt 100. Passen Sie die Gewichte an oder normieren Sie \
         sie auf 100; die Verhältnisse bleiben dabei erhalten.",
        points(sum)
    )
}

/// "Nutzwert: 62 von 100 Punkten (Schwelle 50)", or why there is none.
pub fn nutzwert_line(nutzwert: Option<f64>) -> String {
    match nutzwert {
        Some(p) => format!(
            "Nutzwert: {} von 100 Punkten (Schwelle {})",
            points(p),
            points(NUTZWERT_THRESHOLD)
        ),
        None => "Nutzwert: erst berechenbar, wenn alle gewichteten Kriterien bewertet sind \
            und die Gewichte 100 ergeben"
            .to_string(),
    }
}

/// Why there is no Nutzwert yet, for the line under the criteria:
/// "Nutzwert: erst berechenbar, wenn alle Kriterien bewertet sind (noch
/// 7 offen)".
pub fn nutzwert_missing_line(error: NutzwertError) -> String {
    match error {
        NutzwertError::WeightsNot100(sum) => format!(
            "Nutzwert: erst berechenbar, wenn die Gewichte 100 ergeben (jetzt {})",
            points(sum)
        ),
        NutzwertError::NotScored(n) => format!(
            "Nutzwert: erst berechenbar, wenn alle Kriterien bewertet sind (noch {n} offen)"
        ),
    }
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

/// The inline and summary message for an invalid weight or score, naming
/// the criterion and saying what to do.
pub fn criterion_error(title: &str, input: CriterionInput, error: CriterionError) -> String {
    let (what, domain, example) = match input {
        CriterionInput::Weight => ("das Gewicht", WEIGHT_DOMAIN, "20"),
        CriterionInput::Score => ("die Punkte", SCORE_DOMAIN, "7"),
    };
    match error {
        CriterionError::Parse(ParseError::WrongDecimalMark) => {
            format!("{title}: Verwenden Sie ein Komma als Dezimaltrennzeichen, zum Beispiel 2,5")
        }
        CriterionError::Parse(_) => {
            format!("{title}: Geben Sie {what} als Zahl ein, zum Beispiel {example}")
        }
        CriterionError::Missing => {
            format!("{title}: Geben Sie {what} ein, zum Beispiel {example}")
        }
        CriterionError::OutOfRange => {
            format!(
                "{title}: Geben Sie {what} als Wert zwischen {} und {} ein",
                points(domain.min),
                points(domain.max)
            )
        }
    }
}

/// The recommendation as a heading.
pub fn recommendation_heading(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Empfohlen => "Nachnutzung empfohlen",
        Recommendation::Pruefen => "Nachnutzung prüfen",
        Recommendation::NichtEmpfohlen => "Nachnutzung nicht empfohlen",
        Recommendation::Unvollstaendig => "Noch keine Empfehlung",
    }
}

/// One reason in plain German.
pub fn reason_text(reason: &Reason, a: &Assessment) -> String {
    let item = |i: usize| {
        a.technical
            .prerequisites
            .get(i)
            .map_or_else(String::new, prerequisite_title)
    };
    let threshold = points(NUTZWERT_THRESHOLD);
    match reason {
        Reason::MustHaveNotMet(i) => format!("Muss-Kriterium nicht erfüllt: {}", item(*i)),
        Reason::MustHaveOpen(i, Status::Unbekannt) => {
            format!(
                "Muss-Kriterium noch nicht geprüft (unbekannt): {}",
                item(*i)
            )
        }
        Reason::MustHaveOpen(i, _) => format!("Muss-Kriterium noch offen: {}", item(*i)),
        Reason::UnknownCost(field) => {
            format!(
                "Kosten unbekannt oder noch nicht angefragt: {}",
                field_name(*field)
            )
        }
        Reason::KwPositive(kw) => {
            format!(
                "Wirtschaftlich: Der Kapitalwert beträgt {}",
                euro_signed(*kw)
            )
        }
        Reason::JustifiedByNutzwert { kw, nutzwert } => format!(
            "Der Kapitalwert beträgt {}, doch der Nutzwert von {} Punkten liegt über der \
             Schwelle von {threshold} und rechtfertigt die Nachnutzung (WiBe 5.0)",
            euro_signed(*kw),
            points(*nutzwert)
        ),
        Reason::NotJustified { kw, nutzwert } => format!(
            "Nicht wirtschaftlich: Der Kapitalwert beträgt {}, und der Nutzwert von {} Punkten \
             liegt nicht über der Schwelle von {threshold}",
            euro_signed(*kw),
            points(*nutzwert)
        ),
        Reason::WeightsNot100 { kw, sum } => format!(
            "Der Kapitalwert beträgt {}; ob der Nutzwert das rechtfertigt, zeigt sich erst, \
             wenn die Gewichte 100 ergeben (jetzt {})",
            euro_signed(*kw),
            points(*sum)
        ),
        Reason::NutzwertNotScored { kw, unscored } => format!(
            "Der Kapitalwert beträgt {}; ob der Nutzwert das rechtfertigt, zeigt sich erst, \
             wenn alle Kriterien bewertet sind (noch {unscored} offen)",
            euro_signed(*kw)
        ),
        Reason::BudgetPays {
            kw_h,
            kw_nh,
            citizens,
            fte,
        } => budget_pays(*kw_h, *kw_nh, *citizens, *fte),
        Reason::AllMustHavesMet => "Alle Muss-Kriterien sind erfüllt".to_string(),
        Reason::Missing(m) => missing_reason(*m),
        Reason::Unconfirmed(fields) => format!(
            "{}{}",
            assumptions_line(fields).unwrap_or_default(),
            UNCONFIRMED_ADVICE
        ),
    }
}

/// What follows the list of unconfirmed values in the reasons.
pub const UNCONFIRMED_ADVICE: &str = ". Prüfen Sie die Werte oder tragen Sie eigene ein";

/// The budget reason: what the budget pays, and that the gain is freed
/// staff time (and, if monetised, citizens' time) which only counts when
/// that time is put to other work.
fn budget_pays(kw_h: f64, kw_nh: f64, citizens: f64, fte: f64) -> String {
    let head = format!(
        "Der Haushalt zahlt {} mehr, als er spart (Kapitalwert haushaltswirksam {})",
        euro(-kw_h),
        euro_signed(kw_h)
    );
    let staff = format!(
        "frei werdende Arbeitszeit von {} im letzten Jahr ({})",
        fte_value(fte),
        euro_signed(kw_nh)
    );
    let citizens_time = format!(
        "Zeit der Bürgerinnen und Bürger ({}), die der Haushalt nicht spart",
        euro_signed(citizens)
    );
    let redeploy = "Dieser Gewinn zählt nur, wenn die Zeit tatsächlich für andere Aufgaben \
        eingesetzt wird";
    match (kw_nh > 0.0, citizens > 0.0) {
        (true, true) => format!(
            "{head}. Der Gewinn ist {staff} und {citizens_time}. Die Arbeitszeit zählt nur, \
             wenn sie tatsächlich für andere Aufgaben eingesetzt wird"
        ),
        (false, true) => format!("{head}. Der Gewinn ist {citizens_time}"),
        _ => format!("{head}. Der Gewinn ist {staff}. {redeploy}"),
    }
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
    let state = match status {
        Status::Unbekannt => "noch ungeprüft",
        Status::Offen => "noch offen",
        Status::NichtErfuellt => "nicht erfüllt",
        Status::Erfuellt => "erfüllt",
    };
    format!(
        "{} Muss-Kriterien {state}: {}",
        indices.len(),
        prerequisite_list(&items)
    )
}

/// The checklist is full.
pub fn list_full_prerequisites(max: usize) -> String {
    format!(
        "Die Checkliste hat bereits {max} Punkte, mehr nimmt eine Bewertung nicht auf. \
         Entfernen Sie einen Punkt oder fassen Sie Punkte zusammen."
    )
}

/// The Nutzwertanalyse is full.
pub fn list_full_criteria(max: usize) -> String {
    format!(
        "Die Nutzwertanalyse hat bereits {max} Kriterien, mehr nimmt eine Bewertung nicht auf. \
         Entfernen Sie ein Kriterium oder fassen Sie Kriterien zusammen."
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

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
}
