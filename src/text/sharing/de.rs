//! The Kostenteilung's words in German.

use super::{BodyInput, LandInput, SharingInput, Texts};
use crate::format::{euro_cents, percent};
use crate::model::limits::MAX_BODIES;
use crate::model::sharing::{Basis, Key, Pool, Sharing, SharingError};
use crate::model::Unit;
use crate::parse::FieldError;
use crate::text::form::{field_name, value_error};

pub const DE: Texts = Texts {
    section: "Kostenteilung",
    toggle_label: "Gemeinsam mit anderen Körperschaften nachnutzen (Kostenteilung)",
    toggle_hint: "Mehrere Körperschaften, etwa ein Landkreis und seine Gemeinden, teilen die \
        gemeinsamen Kosten nach einem Schlüssel. Entfernen Sie den Haken, rechnet die Bewertung \
        wieder allein; Ihre Angaben zur Kostenteilung kommen mit dem Haken zurück, solange die \
        Seite geöffnet ist.",
    source: "Schlüssel nach IT-Planungsrat, Beschluss 2021/23; ohne Vereinbarung gilt die \
        tatsächliche Nutzung (Beschluss 2021/24).",
    bodies_heading: "Beteiligte Körperschaften",
    own_marker: "Ihre Kommune",
    own_hint: "Name und Einwohnerzahl ändern Sie unter Stammdaten, die Fallzahl unter Nutzen.",
    name_label: "Name der Körperschaft",
    inhabitants_label: "Einwohnerzahl",
    cases_label: "Fälle pro Jahr",
    target_label: "Zielgruppengröße – optional",
    target_hint: "Für wen der Dienst gedacht ist, etwa Hundehalter oder Betriebe. Nur der \
        Schlüssel nach Zielgruppe braucht sie.",
    add: "Körperschaft hinzufügen",
    remove: "Körperschaft entfernen",
    key_legend: "Kostenschlüssel",
    weights_legend: "Gewichte der Mischung, in Prozent",
    weights_hint: "Die Gewichte zählen im Verhältnis zu ihrer Summe: 50 pauschal und 50 nach \
        Nutzung teilt zur Hälfte gleich und zur Hälfte nach Fallzahl.",
    land_legend: "Beitrag des Landes – optional",
    land_hint: "Er geht vor der Aufteilung ab. Anteil und Beträge addieren sich; zusammen \
        zahlt das Land höchstens die gemeinsamen Kosten.",
    land_share_label: "Anteil des Landes an den gemeinsamen Kosten, in Prozent",
    land_one_time_label: "Festbetrag des Landes, einmalig, in Euro",
    land_yearly_label: "Festbetrag des Landes, in Euro pro Jahr",
    joint_legend: "Gemeinsame Kostenpositionen",
    joint_hint: "Die Beträge dieser Positionen in Integration und Betrieb sind die Kosten aller \
        Körperschaften zusammen; alle übrigen trägt Ihre Kommune allein.",
    joint_one_time: "Einmalig (Integration)",
    joint_yearly: "Jährlich (Betrieb)",
    chart_title: "Kostenanteile je Körperschaft",
    x_axis: "Anteil an den gemeinsamen Kosten",
    col_body: "Körperschaft",
    col_share: "Anteil",
    col_one_time: "Einmalig",
    col_yearly: "Jährlich",
    col_kw: "Eigener Kapitalwert",
    unit_percent: "in %",
    unit_euro: "in €",
    unit_euro_year: "in € pro Jahr",
    sum: "Summe",
    note: "Die Anteile sind auf den Cent genau und ergeben zusammen, was die Körperschaften \
        teilen; die Prozente sind so gerundet, dass sie 100 % ergeben. Der eigene Kapitalwert \
        rechnet mit der Fallzahl und dem Anteil der Körperschaft und sonst mit den Angaben \
        Ihrer Kommune.",
};

/// A key's name, as its radio button shows it.
pub fn key_name(key: Key) -> &'static str {
    match key {
        Key::Use => "Nach tatsächlicher Nutzung (Fälle pro Jahr)",
        Key::Inhabitants => "Nach Einwohnern",
        Key::TargetGroup => "Nach Zielgruppengröße",
        Key::Flat => "Je Körperschaft gleich",
        Key::Mix => "Gewichtete Mischung",
    }
}

/// One sentence on what a key does.
pub fn key_hint(key: Key) -> &'static str {
    match key {
        Key::Use => "Wer mehr Fälle hat, trägt mehr; gilt ohne Vereinbarung.",
        Key::Inhabitants => "Jede Körperschaft trägt nach ihrer Einwohnerzahl.",
        Key::TargetGroup => {
            "Jede Körperschaft trägt nach der Zahl derer, für die der Dienst gedacht ist."
        }
        Key::Flat => "Alle tragen denselben Betrag, unabhängig von ihrer Größe.",
        Key::Mix => "Mehrere Schlüssel mit Gewichten, etwa 50 % pauschal und 50 % nach Nutzung.",
    }
}

/// A basis as part of a mix: the weight's label and the phrase of the
/// results.
fn basis_phrase(basis: Basis) -> &'static str {
    match basis {
        Basis::Inhabitants => "nach Einwohnern",
        Basis::Use => "nach Nutzung",
        Basis::TargetGroup => "nach Zielgruppengröße",
        Basis::Flat => "pauschal je Körperschaft",
    }
}

/// The label of a weight input: "Pauschal je Körperschaft". (Written
/// out: capitalising the phrase at run time would bring Unicode's case
/// tables into the bundle.)
pub fn weight_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Inhabitants => "Nach Einwohnern",
        Basis::Use => "Nach Nutzung",
        Basis::TargetGroup => "Nach Zielgruppengröße",
        Basis::Flat => "Pauschal je Körperschaft",
    }
}

/// How a body is named: its name, or "Körperschaft 3" (counting the own
/// Kommune as 1) while it has none; the own Kommune "Ihre Kommune".
pub fn body_name(position: usize, name: &str) -> String {
    match (position, name.trim()) {
        (0, "") => DE.own_marker.to_string(),
        (p, "") => format!("Körperschaft {}", p + 1),
        (_, name) => name.to_string(),
    }
}

/// What a typed figure is, for its message: subject and example.
fn subject(input: SharingInput) -> (&'static str, &'static str, Unit) {
    match input {
        SharingInput::Body(_, BodyInput::Inhabitants) => {
            ("die Einwohnerzahl", "4.200", Unit::Count)
        }
        SharingInput::Body(_, BodyInput::Cases) => ("die Fälle pro Jahr", "310", Unit::Count),
        SharingInput::Body(_, BodyInput::TargetGroup) => {
            ("die Zielgruppengröße", "180", Unit::Count)
        }
        // Weights are percentage points, checked as plain numbers 0–100.
        SharingInput::Weight(_) => ("das Gewicht", "50", Unit::Count),
        SharingInput::Land(LandInput::Share) => ("den Anteil des Landes", "25", Unit::Percent),
        SharingInput::Land(_) => ("den Festbetrag des Landes", "5.000", Unit::Euro),
    }
}

/// The inline and summary message of an invalid typed figure; a body's
/// is prefixed by its name (`who`), a weight's by its basis.
pub fn input_error(input: SharingInput, who: &str, error: &FieldError) -> String {
    let (subject, example, unit) = subject(input);
    let message = value_error(subject, example, unit, error);
    match input {
        SharingInput::Body(..) => format!("{who}: {message}"),
        SharingInput::Weight(basis) => format!("{}: {message}", weight_label(basis)),
        SharingInput::Land(_) => message,
    }
}

/// "Es können höchstens 50 Körperschaften die Kosten teilen, Ihre Kommune
/// eingerechnet."
pub fn list_full() -> String {
    format!(
        "Es können höchstens {MAX_BODIES} Körperschaften die Kosten teilen, Ihre Kommune \
         eingerechnet."
    )
}

/// Why the split cannot be computed, saying what to do; `name` names the
/// participant at a position.
pub fn problem(error: SharingError, name: impl Fn(usize) -> String) -> String {
    match error {
        SharingError::MissingTargetGroup { body } => format!(
            "Der Schlüssel nach Zielgruppengröße braucht die Zielgruppe jeder Körperschaft: \
             Geben Sie sie für {} ein.",
            name(body)
        ),
        SharingError::NoWeight => {
            "Die Mischung hat noch kein Gewicht: Geben Sie mindestens ein Gewicht über 0 ein."
                .to_string()
        }
        SharingError::TooManyBodies(_) => list_full(),
        SharingError::BodyValue { body, .. } => format!(
            "Eine Angabe von {} liegt außerhalb des gültigen Bereichs.",
            name(body)
        ),
        SharingError::Weights => {
            "Geben Sie jedes Gewicht der Mischung als Wert zwischen 0 und 100 ein.".to_string()
        }
        SharingError::Land => "Geben Sie den Anteil des Landes zwischen 0 und 100 % und seine \
             Festbeträge ab 0 € ein."
            .to_string(),
        SharingError::NotJoint(field) => {
            format!(
                "{} kann keine gemeinsame Kostenposition sein.",
                field_name(field)
            )
        }
        SharingError::JointCost(field) => format!(
            "Der Betrag von {} liegt außerhalb des gültigen Bereichs.",
            field_name(field)
        ),
    }
}

/// The form section's header: "allein" or "3 Körperschaften, nach
/// Einwohnern".
pub fn section_total(sharing: Option<&Sharing>) -> String {
    match sharing {
        None => "allein".to_string(),
        Some(s) => format!(
            "{} Körperschaften, {}",
            s.participant_count(),
            key_phrase(s)
        ),
    }
}

/// The key in a phrase: "nach Einwohnern", "50 % pauschal je Körperschaft
/// und 50 % nach Nutzung".
fn key_phrase(s: &Sharing) -> String {
    if let Some(basis) = s.key.basis() {
        return basis_phrase(basis).to_string();
    }
    let weights = s.weights_in_use();
    let sum: f64 = weights.iter().sum();
    let parts: Vec<String> = Basis::ALL
        .into_iter()
        .zip(weights)
        .filter(|&(_, w)| w > 0.0 && sum > 0.0)
        .map(|(b, w)| format!("{} {}", percent(w / sum, 0), basis_phrase(b)))
        .collect();
    if parts.is_empty() {
        key_name(Key::Mix).to_string()
    } else {
        parts.join(" und ")
    }
}

/// The key of the results in a sentence, with its source.
pub fn key_sentence(s: &Sharing) -> String {
    format!(
        "Aufgeteilt {} (Schlüssel nach IT-Planungsrat, Beschluss 2021/23).",
        key_phrase(s)
    )
}

/// What is joint, what the Land pays of it and what the bodies split:
/// "Gemeinsame Kosten: 50.000,00 € einmalig und 5.000,00 € pro Jahr.
/// Davon trägt das Land 12.500,00 € und 1.250,00 € pro Jahr; die
/// Körperschaften teilen 37.500,00 € und 3.750,00 € pro Jahr."
pub fn pools_line(one_time: Pool, yearly: Pool) -> String {
    let both =
        |a: f64, b: f64| format!("{} einmalig und {} pro Jahr", euro_cents(a), euro_cents(b));
    let joint = format!(
        "Gemeinsame Kosten: {}.",
        both(one_time.joint.euros(), yearly.joint.euros())
    );
    if one_time.land.0 == 0 && yearly.land.0 == 0 {
        return joint;
    }
    format!(
        "{joint} Davon trägt das Land {}; die Körperschaften teilen {}.",
        both(one_time.land.euros(), yearly.land.euros()),
        both(one_time.split.euros(), yearly.split.euros())
    )
}

/// The own Kommune's share in the form, under the bodies.
pub fn own_share_line(one_time: f64, yearly: f64) -> String {
    format!(
        "Anteil Ihrer Kommune: {} einmalig und {} pro Jahr; alle Anteile stehen in den \
         Ergebnissen.",
        euro_cents(one_time),
        euro_cents(yearly)
    )
}

/// The Kapitalwert with and without the sharing, below the key figures'
/// own: the figures above count all joint costs as the Kommune's.
pub fn own_line(name: &str, shared: &str, alone: &str) -> String {
    format!(
        "Die Kennzahlen oben rechnen mit den gesamten gemeinsamen Kosten. Mit der \
         Kostenteilung beträgt der Kapitalwert für {name} {shared} (allein {alone})."
    )
}

/// The chart's message: who bears the largest share, and the own
/// Kommune's if that is another.
pub fn chart_caption(own: &str, own_share: &str, top: Option<(String, String)>) -> String {
    match top {
        Some((name, share)) => format!(
            "{name} trägt mit {share} den größten Anteil der gemeinsamen Kosten, {own} \
             trägt {own_share}."
        ),
        None => format!("{own} trägt mit {own_share} den größten Anteil der gemeinsamen Kosten."),
    }
}
