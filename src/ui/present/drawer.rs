//! The drawer of pinned inputs: a few fields the moderator changes live in
//! front of the room. Each is the form's own field state (the same text,
//! parsing, validation and messages), so nothing typed here or there is
//! lost, and a change updates the current view at once, with what it
//! changed ("Kapitalwert vorher …, jetzt …").
//!
//! The list of pinned inputs is the one thing the presentation stores
//! (`localStorage`, key [`PINNED_KEY`]); it is not part of the document.

use leptos::prelude::*;

use crate::format::euro_signed;
use crate::model::Field;
use crate::text::form::{field_error, field_label};
use crate::text::present::{kw_change, t};
use crate::ui::form::state::Form;
use crate::ui::saved::storage;
use crate::ui::view::DocView;
use crate::ui::widgets::{aria_flag, dom_id, focus_element};

/// Where the pinned inputs are remembered, as field keys joined by commas.
pub const PINNED_KEY: &str = "efa-check.present.pinned";

/// Pinned until the moderator chooses others.
pub const DEFAULT_PINNED: [Field; 4] = [
    Field::CasesPerYear,
    Field::MinutesSaved,
    Field::UsageFee,
    Field::OnlineShareTarget,
];

pub use crate::ui::form::state::MAX_PINNED;

/// The stored list, or the defaults; unknown keys are skipped.
pub fn read_pinned() -> Vec<Field> {
    let stored = storage::read(PINNED_KEY).ok().flatten();
    match stored {
        Some(text) => parse_pinned(&text),
        None => DEFAULT_PINNED.to_vec(),
    }
}

fn parse_pinned(text: &str) -> Vec<Field> {
    let mut fields: Vec<Field> = Vec::new();
    for field in text.split(',').filter_map(|k| Field::from_key(k.trim())) {
        if !fields.contains(&field) && fields.len() < MAX_PINNED {
            fields.push(field);
        }
    }
    fields
}

/// Loads the pinned inputs into the form (where each row can pin its
/// field too) and stores every later change. Called once by the app.
pub fn remember_pinned(form: Form) {
    form.pinned.set(read_pinned());
    Effect::new(move |first: Option<()>| {
        form.pinned.with(|p| {
            // The first run only reads what was just loaded.
            if first.is_some() {
                write_pinned(p);
            }
        });
    });
}

fn write_pinned(fields: &[Field]) {
    let text: Vec<&str> = fields.iter().map(|f| f.key()).collect();
    // A refused write (private mode, full storage) only loses the choice
    // for the next visit.
    let _ = storage::write(PINNED_KEY, &text.join(","));
}

/// One pinned input, bound to the form's state of `field`.
#[component]
fn PinnedInput(form: Form, field: Field) -> impl IntoView {
    let id = format!("present-pin-{}", dom_id(field));
    let error_id = format!("{id}-error");
    let state = form.field(field);
    let invalid = move || state.error.with(Option::is_some);
    let described_by = {
        let error_id = error_id.clone();
        move || {
            if invalid() {
                format!("present-drawer-hint {error_id}")
            } else {
                "present-drawer-hint".to_string()
            }
        }
    };
    // The button goes with its input: focus moves to the list of inputs
    // to pin, so it stays in the presentation (and Esc still leaves it).
    let unpin = move |_| {
        form.pin(field, false);
        focus_element("present-pin-add");
    };
    view! {
        <li class="present-pin" class:present-pin--error=invalid>
            <label class="present-pin__label" for=id.clone()>
                {field_label(field)}
            </label>
            <div class="present-pin__row">
                <input
                    class="present-pin__input"
                    type="text"
                    inputmode="decimal"
                    maxlength=crate::model::limits::MAX_NUMBER_CHARS
                    autocomplete="off"
                    spellcheck="false"
                    id=id.clone()
                    aria-describedby=described_by
                    aria-invalid=move || aria_flag(invalid())
                    prop:value=move || state.raw.get()
                    on:input=move |ev| form.input(field, event_target_value(&ev))
                />
                <button
                    type="button"
                    class="button button--secondary present-pin__remove"
                    aria-label=format!("{} {}", t().unpin, field_label(field))
                    on:click=unpin
                >
                    "×"
                </button>
            </div>
            <p class="present-pin__error" id=error_id role="alert">
                {move || state.error.get().map(|e| field_error(field, &e))}
            </p>
        </li>
    }
}

/// The drawer beside the current view.
#[component]
pub fn Drawer(form: Form, view: DocView) -> impl IntoView {
    let pinned = form.pinned;
    // The Kapitalwert before the moderator's change: taken when the change
    // starts (an input of the drawer gets focus), shown beside the value
    // after it.
    let kw = Memo::new(move |_| view.analysis.evaluation.with(|e| e.kapitalwert.total));
    let before = RwSignal::new(None::<f64>);
    let change = move || {
        before.get().and_then(|b| {
            let now = kw.get();
            (euro_signed(b) != euro_signed(now))
                .then(|| kw_change(&euro_signed(b), &euro_signed(now)))
        })
    };
    let add = move |ev: leptos::ev::Event| {
        let key = event_target_value(&ev);
        if let Some(field) = Field::from_key(&key) {
            form.pin(field, true);
        }
    };
    let choices = move || {
        let taken = pinned.get();
        Field::ALL
            .iter()
            .filter(|f| !taken.contains(f))
            .map(|&f| view! { <option value=f.key()>{field_label(f)}</option> })
            .collect_view()
    };
    view! {
        <aside
            class="present-drawer"
            id="present-drawer"
            aria-labelledby="present-drawer-title"
            on:focusin=move |_| {
                if before.get_untracked().is_none() {
                    before.set(Some(kw.get_untracked()));
                }
            }
        >
            <h2 class="present-drawer__title" id="present-drawer-title">{t().drawer_title}</h2>
            <p class="present-drawer__hint" id="present-drawer-hint">{t().drawer_hint}</p>
            <p class="present-drawer__change" id="present-change" aria-live="polite">{change}</p>
            <ul class="present-drawer__list">
                <For each=move || pinned.get() key=|f| *f let:field>
                    <PinnedInput form field />
                </For>
            </ul>
            <label class="present-pin__label" for="present-pin-add">{t().pin_label}</label>
            <select class="present-pin__select" id="present-pin-add" on:change=add prop:value="">
                <option value="">{t().pin_choose}</option>
                {choices}
            </select>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_pins_are_read_without_repeats_or_unknown_keys() {
        assert_eq!(
            parse_pinned("cases-per-year, nonsense,cases-per-year,usage-fee"),
            vec![Field::CasesPerYear, Field::UsageFee]
        );
    }
}
