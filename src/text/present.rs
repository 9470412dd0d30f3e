//! The words of the presentation mode (ui/present/): the button, the
//! names of the views, the counter and what is announced on each step.

/// The static strings of the presentation.
pub struct Texts {
    pub open_button: &'static str,
    /// The shortcut as shown on the button; `open_shortcut_aria` is the
    /// same in the notation of `aria-keyshortcuts`.
    pub open_shortcut: &'static str,
    pub open_shortcut_aria: &'static str,
    pub dialog_label: &'static str,
    pub close_button: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub keys_hint: &'static str,
    pub recommendation: &'static str,
    pub key_figures: &'static str,
    pub cashflow: &'static str,
    pub uncertainty: &'static str,
    pub tornado: &'static str,
    pub share: &'static str,
    pub reasons: &'static str,
    pub probability: &'static str,
    pub range_p10_p90: &'static str,
    pub switching: &'static str,
    pub no_switching: &'static str,
    pub share_caption: &'static str,
    pub share_link_label: &'static str,
    pub share_unavailable: &'static str,
    pub share_pending: &'static str,
    pub share_load_failed: &'static str,
    pub drawer_button: &'static str,
    pub drawer_title: &'static str,
    pub drawer_hint: &'static str,
    pub unpin: &'static str,
    pub pin_label: &'static str,
    pub pin_choose: &'static str,
}

const DE: Texts = Texts {
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

/// The presentation text in the current language.
pub fn t() -> &'static Texts {
    &DE
}

/// The counter: "3 / 6".
pub fn counter(position: usize, count: usize) -> String {
    format!("{position} / {count}")
}

/// What a screen reader hears on each step: "Ansicht 3 von 6: Kennzahlen".
pub fn announcement(position: usize, count: usize, title: &str) -> String {
    format!("Ansicht {position} von {count}: {title}")
}

/// What a live change did: "Kapitalwert vorher +11.405 €, jetzt +14.020 €".
pub fn kw_change(before: &str, now: &str) -> String {
    format!("Kapitalwert vorher {before}, jetzt {now}")
}

/// "zwischen −2.000 € und +18.000 €" after `range_p10_p90`.
pub fn between(low: &str, high: &str) -> String {
    format!("{low} und {high}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_and_announcement() {
        assert_eq!(counter(3, 6), "3 / 6");
        assert_eq!(
            announcement(1, 5, "Empfehlung"),
            "Ansicht 1 von 5: Empfehlung"
        );
    }
}
