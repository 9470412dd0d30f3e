//! The presentation's words in English.

use super::Texts;

pub const EN: Texts = Texts {
    open_button: "Present",
    open_shortcut: "Alt+Shift+P",
    open_shortcut_aria: "Alt+Shift+P",
    dialog_label: "Presentation",
    close_button: "End (Esc)",
    previous: "Back",
    next: "Next",
    keys_hint: "Arrow keys, Page up/down or Space to move; Home/End and digits 1–9 to jump.",
    recommendation: "Recommendation",
    key_figures: "Key figures",
    cashflow: "Cumulative present value",
    uncertainty: "Uncertainty",
    tornado: "What moves the result",
    share: "Open this assessment",
    reasons: "Reasons",
    probability: "Probability that the Kapitalwert is positive",
    range_p10_p90: "80% of the simulations lie between",
    switching: "Critical values (from here the Kapitalwert turns negative or positive)",
    no_switching: "None of the inputs shown turns the result within the allowed range.",
    share_caption: "Scan with the camera: the assessment opens on your own device; \
        all data is in the link.",
    share_link_label: "Link to this assessment",
    share_unavailable: "This assessment is too large for a link; please pass it on as a file.",
    share_pending: "Creating the link …",
    share_load_failed: "The link could not be created: a part of the app failed to load. \
        Please check the connection and open this view again.",
    drawer_button: "Inputs",
    drawer_title: "Change inputs live",
    drawer_hint: "Every change applies at once, in the form too.",
    unpin: "Unpin:",
    pin_label: "Pin another input",
    pin_choose: "Choose input …",
};

pub fn announcement(position: usize, count: usize, title: &str) -> String {
    format!("View {position} of {count}: {title}")
}

pub fn kw_change(before: &str, now: &str) -> String {
    format!("Kapitalwert before {before}, now {now}")
}

pub fn between(low: &str, high: &str) -> String {
    format!("{low} and {high}")
}
