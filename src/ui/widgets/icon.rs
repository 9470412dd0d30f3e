//! Small SVG icons, drawn in the current text colour.

use leptos::prelude::*;

use crate::model::technical::Status;

/// The SVG path of a status icon: a distinct shape per status, so that
/// status is never told by colour alone (the text is beside it).
pub fn status_path(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "M4 10.5l4 4 8-9",
        Status::NichtErfuellt => "M5 5l10 10M15 5L5 15",
        Status::Offen => "M2 10a8 8 0 1 0 16 0a8 8 0 1 0-16 0M10 5.5v4.5l3 2",
        Status::Unbekannt => "M7 7.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v.8M10 15.5v.5",
    }
}

/// An icon whose shape follows a signal.
pub fn icon(path: Signal<&'static str>) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}
