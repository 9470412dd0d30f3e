//! "Mit Referenzwerten neu beginnen": the button, and the question it asks
//! first when the form holds the user's work. Starting afresh and its undo
//! are [`Workspace::start_fresh`] and the notice of `library`.

use leptos::prelude::*;

use super::library::Workspace;
use crate::text::saved::t as words;
use crate::text::t;
use crate::ui::widgets::focus_element;

/// The button; with work in the form it opens a small dialog ("Ja, neu
/// beginnen" / "Abbrechen") instead of replacing it at once. Escape or
/// "Abbrechen" closes the dialog and focus returns to the button.
#[component]
pub fn StartAfresh(workspace: Workspace) -> impl IntoView {
    let ws = workspace;
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // Set while confirming, so that closing the dialog then does not move
    // focus back to the button (it moves to the first field instead).
    let confirmed = StoredValue::new(false);
    let ask = move |_| {
        if !ws.holds_work() {
            ws.start_fresh();
            return;
        }
        if let Some(d) = dialog.get_untracked() {
            if d.show_modal().is_ok() {
                // The safe choice has focus: Enter alone replaces nothing.
                focus_element("start-confirm-no");
                return;
            }
        }
        // No modal dialog possible: the undo still guards the work.
        ws.start_fresh();
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let confirm = move |_| {
        confirmed.set_value(true);
        close();
        ws.start_fresh();
    };
    view! {
        <button type="button" id="start-blank" class="button button--secondary" on:click=ask>
            {t().start_blank}
        </button>
        <dialog
            id="start-confirm"
            class="dialog dialog--confirm"
            aria-labelledby="start-confirm-title"
            aria-describedby="start-confirm-body"
            node_ref=dialog
            on:close=move |_| {
                if !confirmed.get_value() {
                    focus_element("start-blank");
                }
            }
        >
            <h2 id="start-confirm-title" class="dialog__title">
                {words().fresh_confirm_title}
            </h2>
            <p id="start-confirm-body">{words().fresh_confirm_body}</p>
            <p class="dialog__actions">
                <button type="button" id="start-confirm-yes" class="button" on:click=confirm>
                    {words().fresh_confirm_yes}
                </button>
                <button
                    type="button"
                    id="start-confirm-no"
                    class="button button--secondary"
                    on:click=move |_| close()
                >
                    {words().fresh_confirm_no}
                </button>
            </p>
        </dialog>
    }
}
