//! The technical part's words in German: checklist, Nutzwert,
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

pub const DE: TechnicalTexts = TechnicalTexts {
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
    criterion_untitled: "Eigenes Kriterium ohne Bezeichnung",

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
    unconfirmed_advice: ". Prüfen Sie die Werte oder tragen Sie eigene ein",
};

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "erfüllt",
        Status::Offen => "offen",
        Status::NichtErfuellt => "nicht erfüllt",
        Status::Unbekannt => "unbekannt",
    }
}

pub fn transport_name(route: TransportRoute) -> &'static str {
    match route {
        TransportRoute::FitConnect => "FIT-Connect",
        TransportRoute::OsciXta => "OSCI-XTA",
        TransportRoute::Other => "anderer",
    }
}

pub fn prerequisite_catalogue_title(kind: PrerequisiteKind) -> &'static str {
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

pub fn prerequisite_catalogue_short_title(kind: PrerequisiteKind) -> Option<&'static str> {
    use PrerequisiteKind::*;
    match kind {
        FachverfahrenInterface => Some("Schnittstelle Fachverfahren"),
        TransportRoute => Some("Transportweg"),
        AvvDsfa => Some("AVV und DSFA"),
        Support => Some("Support"),
        ItSecurity => Some("IT-Sicherheit"),
        Accessibility => Some("Barrierefreiheit"),
        Nl1Pvog | Nl2Osci | Nl3Dvdv | Nl4Delivery | Nl5Payment | Custom => None,
    }
}

pub fn criterion_catalogue_title(kind: CriterionKind) -> &'static str {
    use CriterionKind::*;
    match kind {
        MediaContinuity => "Medienbruchfreiheit",
        StaffRelief => "Entlastung knapper Fachkräfte",
        CitizenBenefit => "Nutzen für Bürgerinnen, Bürger und Unternehmen",
        LockInRisk => "Abhängigkeit vom Anbieter (Bindung an Anbieter und Verfahren)",
        DataProtection => "Datenschutz und Informationssicherheit",
        Accessibility => "Barrierefreiheit",
        StrategicFit => "Strategische Passung (Digitalstrategie, OZG)",
        Custom => "",
    }
}

pub fn weight_sum_line(sum: f64) -> String {
    format!("Summe der Gewichte: {} von 100", points(sum))
}

pub fn weights_not_100(sum: f64) -> String {
    format!(
        "Die Gewichte ergeben {} statt 100. Passen Sie die Gewichte an oder normieren Sie \
         sie auf 100; die Verhältnisse bleiben dabei erhalten.",
        points(sum)
    )
}

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

pub fn recommendation_heading(r: Recommendation) -> &'static str {
    match r {
        Recommendation::Empfohlen => "Nachnutzung empfohlen",
        Recommendation::Pruefen => "Nachnutzung prüfen",
        Recommendation::NichtEmpfohlen => "Nachnutzung nicht empfohlen",
        Recommendation::Unvollstaendig => "Noch keine Empfehlung",
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
            tt().unconfirmed_advice
        ),
    }
}

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

pub fn must_haves_line(count: usize, status: Status, names: &str) -> String {
    let state = match status {
        Status::Unbekannt => "noch ungeprüft",
        Status::Offen => "noch offen",
        Status::NichtErfuellt => "nicht erfüllt",
        Status::Erfuellt => "erfüllt",
    };
    format!("{count} Muss-Kriterien {state}: {names}")
}

pub fn list_full_prerequisites(max: usize) -> String {
    format!(
        "Die Checkliste hat bereits {max} Punkte, mehr nimmt eine Bewertung nicht auf. \
         Entfernen Sie einen Punkt oder fassen Sie Punkte zusammen."
    )
}

pub fn list_full_criteria(max: usize) -> String {
    format!(
        "Die Nutzwertanalyse hat bereits {max} Kriterien, mehr nimmt eine Bewertung nicht auf. \
         Entfernen Sie ein Kriterium oder fassen Sie Kriterien zusammen."
    )
}
