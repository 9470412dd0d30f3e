//! The print report: what "Bericht drucken" (and Ctrl+P) puts on A4 as an
//! annex to a Beschlussvorlage (docs/report.md). The report *is* the
//! results page printed: `style/print.css` hides the form and every
//! control, and the result components (views of a
//! [`DocView`](crate::ui::view::DocView)) print as they are. This folder
//! holds only what the screen does not show, and the button:
//!
//! - `panel`: the "Bericht drucken" button, which loads the on-demand
//!   module, prepares every chart and then prints, and the author line;
//! - `head`: the title block (service, Kommune, date, versions, author);
//! - `appendix`: every input with unit, range and Quelle / Stand, the
//!   technical checklist, and the share link with its QR code.
//!
//! The print-only parts are drawn only while the page is printed (or
//! prepared for it, [`printing`]), so they cost nothing on each
//! keystroke. User text is set as text, never as markup.

pub mod appendix;
pub mod head;
pub mod panel;

use gloo_events::EventListener;
use leptos::prelude::*;

/// Whether the page is being printed (or prepared for it): set by
/// `beforeprint` and the button's preparation, cleared by `afterprint`.
fn printing() -> ReadSignal<bool> {
    let (on, set) = signal(false);
    crate::ui::widgets::dom::when_printing(set);
    EventListener::new(&window(), "afterprint", move |_| {
        let _ = set.try_set(false);
    })
    .forget();
    on
}
