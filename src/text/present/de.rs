//! The presentation's words in German.

use super::Texts;

pub const DE: Texts = Texts {
    open_button: "Präsentieren",
    open_shortcut: "Alt+Umschalt+P",
    open_shortcut_aria: "Alt+Shift+P",
    dialog_label: "Präsentation",
    close_button: "Beenden (Esc)",
    previous: "Zurück",
    next: "Weiter",
    keys_hint: "Pfeiltasten, Bild auf/ab oder Leertaste blättern; Pos1/Ende, Ziffern 1–9 springen.",
    recommendation: "Empfehlung",
    key_figures: "Kennzahlen",
    cashflow: "Kumulierter Barwert",
    uncertainty: "Unsicherheit",
    tornado: "Was das Ergebnis bewegt",
    share: "Diese Bewertung öffnen",
    reasons: "Begründung",
    probability: "Wahrscheinlichkeit, dass der Kapitalwert positiv ist",
    range_p10_p90: "80 % der Simulationen liegen zwischen",
    switching: "Kritische Werte (ab hier wird der Kapitalwert negativ bzw. positiv)",
    no_switching: "Keine der gezeigten Eingaben dreht das Ergebnis im zulässigen Bereich.",
    share_caption: "Mit der Kamera scannen: Die Bewertung öffnet sich auf dem eigenen Gerät, \
        alle Daten stecken im Link.",
    share_link_label: "Link zu dieser Bewertung",
    share_unavailable: "Diese Bewertung ist für einen Link zu groß; bitte als Datei weitergeben.",
    share_pending: "Der Link wird erstellt …",
    share_load_failed: "Der Link konnte nicht erstellt werden: Ein Teil der App ließ sich \
        nicht laden. Bitte die Verbindung prüfen und diese Ansicht erneut öffnen.",
    drawer_button: "Eingaben",
    drawer_title: "Eingaben live ändern",
    drawer_hint: "Jede Änderung gilt sofort, auch im Formular.",
    unpin: "Lösen:",
    pin_label: "Weitere Eingabe anheften",
    pin_choose: "Eingabe wählen …",
};

pub fn announcement(position: usize, count: usize, title: &str) -> String {
    format!("Ansicht {position} von {count}: {title}")
}

pub fn kw_change(before: &str, now: &str) -> String {
    format!("Kapitalwert vorher {before}, jetzt {now}")
}

pub fn between(low: &str, high: &str) -> String {
    format!("{low} und {high}")
}
