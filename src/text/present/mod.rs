//! The words of the presentation mode (ui/present/): the button, the
//! names of the views, the counter and what is announced on each step.

mod de;
mod en;

use super::pick;

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

/// The presentation text in the current language.
pub fn t() -> &'static Texts {
    pick(&de::DE, &en::EN)
}

/// The counter: "3 / 6", the same in every language.
pub fn counter(position: usize, count: usize) -> String {
    format!("{position} / {count}")
}

per_language! {
    /// What a screen reader hears on each step: "Ansicht 3 von 6: Kennzahlen".
    pub fn announcement(position: usize, count: usize, title: &str) -> String;
    /// What a live change did: "Kapitalwert vorher +11.405 €, jetzt +14.020 €".
    pub fn kw_change(before: &str, now: &str) -> String;
    /// "zwischen −2.000 € und +18.000 €" after `range_p10_p90`.
    pub fn between(low: &str, high: &str) -> String;
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
