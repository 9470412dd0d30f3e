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
//!   technical checklist, and the share link with its QR code;
//! - `build`: the few DOM calls these print-only parts are made of.
//!
//! The print-only parts are written once per print, when the page is
//! prepared for it ([`PrintPart`]), not on each keystroke; and with plain
//! DOM calls rather than Leptos views, which cost the first load several
//! times as much code for parts no screen shows (docs/performance.md).
//! User text is set as text (`textContent`), never as markup.

pub mod appendix;
mod build;
pub mod head;
pub mod panel;

use gloo_events::EventListener;
use leptos::html::Section;
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

/// A print-only part of the report: an empty section on screen, filled
/// by `content` while the page is printed (and again if what it reads
/// changes meanwhile).
#[component]
pub fn PrintPart(
    id: &'static str,
    #[prop(optional)] class: &'static str,
    content: impl Fn() -> Vec<web_sys::Element> + 'static,
) -> impl IntoView {
    let node = NodeRef::<Section>::new();
    let printing = printing();
    Effect::new(move |_| {
        if !printing.get() {
            return;
        }
        let parts = content();
        if let Some(section) = node.get() {
            section.set_text_content(None);
            for part in parts {
                let _ = section.append_child(&part);
            }
        }
    });
    view! { <section id=id class=format!("report-part report-only {class}") node_ref=node></section> }
}
