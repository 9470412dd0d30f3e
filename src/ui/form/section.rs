//! One collapsible section of the form: a `<details>` whose summary names
//! the section and shows its total ("Integration (einmalig): 8.600 €"),
//! holding the section's `<fieldset>`.
//!
//! A collapsed section keeps its fields in the DOM: nothing typed is lost
//! (drafts live in `Form` anyway), the browser's find-in-page opens it,
//! and `widgets::focus_element` opens it before it focuses a field inside
//! (error summary, reason links).
//!
//! DOM contract: the section is `#<id>`, its summary `#<id>-heading`, the
//! title `#<id>-title` (which names the fieldset) and the total
//! `#<id>-total`.

use leptos::prelude::*;

use crate::text::form::words;

/// A section of the form; `open` on start.
#[component]
pub fn Section(
    id: &'static str,
    title: &'static str,
    /// The section's total in words; empty for none.
    #[prop(into)]
    total: Signal<String>,
    #[prop(optional)] open: bool,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    view! {
        <details class="section" id=id open=open>
            <summary class="section__summary" id=format!("{id}-heading")>
                <span class="section__title" id=title_id.clone()>
                    {title}
                </span>
                <span class="visually-hidden">{words().total_separator}</span>
                <span class="section__total" id=format!("{id}-total")>
                    {total}
                </span>
            </summary>
            <fieldset class="fieldset" aria-labelledby=title_id>
                {children()}
            </fieldset>
        </details>
    }
}
