//! The KERN form controls every part of the form is built from: the field
//! block (label naming the unit, hint, input, error with `role="alert"`),
//! the select block and the checkbox.
//!
//! Ids derive from the control's own: its hint is `{id}-hint`, its error
//! `{id}-error`. `aria-describedby` names the hint and, only while the
//! input is invalid, the error. Numbers are typed into `type="text"` with
//! `inputmode="decimal"` (GOV.UK: never `type=number`).

use leptos::prelude::*;

use super::dom::aria_flag;
use crate::model::limits::MAX_NUMBER_CHARS;
use crate::text::t;

/// What an input takes, which decides its keyboard and spell checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A number that may have decimals (`inputmode="decimal"`).
    Decimal,
    /// A whole number (`inputmode="numeric"`).
    Whole,
    /// Free text (names, notes).
    Text,
}

/// One text input: its id, what it takes, what it shows and whom it tells
/// what was typed.
pub struct Input {
    pub id: String,
    pub entry: Entry,
    pub max_chars: usize,
    /// A narrower box for short values (percentages, years, minutes).
    pub short: bool,
    pub value: Signal<String>,
    pub on_text: Box<dyn Fn(String)>,
}

impl Input {
    /// A number input (up to [`MAX_NUMBER_CHARS`] characters).
    pub fn number(
        id: String,
        entry: Entry,
        value: Signal<String>,
        on_text: impl Fn(String) + 'static,
    ) -> Self {
        Self {
            id,
            entry,
            max_chars: MAX_NUMBER_CHARS,
            short: false,
            value,
            on_text: Box::new(on_text),
        }
    }

    /// A free-text input of at most `max_chars` characters.
    pub fn text(
        id: String,
        max_chars: usize,
        value: Signal<String>,
        on_text: impl Fn(String) + 'static,
    ) -> Self {
        Self {
            id,
            entry: Entry::Text,
            max_chars,
            short: false,
            value,
            on_text: Box::new(on_text),
        }
    }

    /// The same input in a narrower box.
    pub fn short(self, short: bool) -> Self {
        Self { short, ..self }
    }
}

/// The hint and error an input shares with others of its group (the
/// minimum and maximum of a range share one hint and one message): whom
/// `aria-describedby` names, and whether this input is the invalid one.
pub struct Shared {
    pub described_by: Signal<String>,
    pub invalid: Signal<bool>,
}

/// How a field block is laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    /// Label, hint, input and error stacked (KERN).
    #[default]
    Stacked,
    /// One row: label and hint beside the input; what follows the error
    /// (the row's disclosure) runs below both (`style/form.css`).
    Row,
    /// Stacked with less space below, for the checklist and criteria.
    Compact,
}

impl Look {
    fn class(self) -> &'static str {
        match self {
            Look::Stacked => "field",
            Look::Row => "field field--row",
            Look::Compact => "field field--compact",
        }
    }
}

/// The error line below a control: empty (and not shown) while valid,
/// otherwise "Fehler: " for screen readers and the message.
fn error_line(id: String, error: Signal<Option<String>>) -> impl IntoView {
    let invalid = move || error.with(Option::is_some);
    view! {
        <p class="field__error" class:field__error--active=invalid id=id role="alert">
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <span class="visually-hidden">{t().error_prefix}</span>
                            {message}
                        }
                    })
            }}
        </p>
    }
}

/// The label of a control, with words only a screen reader needs to tell
/// it from its neighbours ("Minimum" + " für Fallzahl pro Jahr"; empty
/// for most).
fn label_for(id: String, text: String, context: String) -> impl IntoView {
    view! {
        <label class="field__label" for=id>
            {text}
            <span class="visually-hidden">{context}</span>
        </label>
    }
}

/// The KERN field block: label, hint, input, error, in that order, and
/// whatever follows (`after`). `beside` sits next to the input (a button).
/// A block without `hint` keeps an empty hint (hidden by the style); one
/// without `error` cannot be invalid, unless it is one of a group
/// (`shared`) whose hint and error stand outside the block. `class` adds
/// a class to the block.
#[component]
pub fn FieldBlock(
    input: Input,
    #[prop(into)] label: String,
    #[prop(optional, into)] label_context: String,
    #[prop(optional)] hint: Option<AnyView>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional)] shared: Option<Shared>,
    #[prop(optional)] look: Look,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] beside: Option<AnyView>,
    #[prop(optional)] after: Option<AnyView>,
) -> impl IntoView {
    let Input {
        id,
        entry,
        max_chars,
        short,
        value,
        on_text,
    } = input;
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let (shared_ids, shared_invalid) = match shared {
        Some(Shared {
            described_by,
            invalid,
        }) => (Some(described_by), invalid),
        None => (None, Signal::stored(false)),
    };
    let own_error = move || error.with(Option::is_some);
    let invalid = move || own_error() || shared_invalid.get();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match shared_ids {
            Some(ids) => ids.get(),
            None if own_error() => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let inputmode = match entry {
        Entry::Decimal => Some("decimal"),
        Entry::Whole => Some("numeric"),
        Entry::Text => None,
    };
    let spellcheck = (entry != Entry::Text).then_some("false");
    let control = view! {
        <input
            class="field__input"
            class:field__input--short=short
            class:field__input--error=invalid
            type="text"
            inputmode=inputmode
            spellcheck=spellcheck
            maxlength=max_chars
            autocomplete="off"
            id=id.clone()
            aria-describedby=described_by
            aria-invalid=move || aria_flag(invalid())
            prop:value=move || value.get()
            on:input=move |ev| on_text(event_target_value(&ev))
        />
    };
    let control = match beside {
        Some(beside) => {
            view! { <div class="field__with-button">{control} {beside}</div> }.into_any()
        }
        None => control.into_any(),
    };
    view! {
        <div class=format!("{} {class}", look.class()) class:field--error=own_error>
            {label_for(id.clone(), label, label_context)}
            <p class="field__hint" id=hint_id>
                {hint}
            </p>
            {control}
            {error_line(error_id, error)}
            {after}
        </div>
    }
}

/// A labelled select with an optional hint; `children` are its options.
#[component]
pub fn SelectBlock(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<AnyView>,
    #[prop(optional)] look: Look,
    on_choice: Callback<String>,
    children: Children,
) -> impl IntoView {
    let hint_id = hint.is_some().then(|| format!("{id}-hint"));
    view! {
        <div class=look.class()>
            {label_for(id.clone(), label, String::new())}
            {hint
                .zip(hint_id.clone())
                .map(|(hint, hint_id)| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            <select
                class="field__select"
                id=id
                aria-describedby=hint_id
                on:change=move |ev| on_choice.run(event_target_value(&ev))
            >
                {children()}
            </select>
        </div>
    }
}

/// A checkbox with its label to the right (KERN) and an optional hint
/// below, which `aria-describedby` names (`{id}-hint`). `small` for one
/// among several controls of an item.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] label_context: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(optional)] small: bool,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    view! {
        <div class="checkbox" class:checkbox--small=small>
            <input
                class="checkbox__input"
                type="checkbox"
                id=id.clone()
                aria-describedby=hint_id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class="checkbox__label" for=id>
                {label}
                <span class="visually-hidden">{label_context}</span>
            </label>
            {hint
                .zip(hint_id)
                .map(|(hint, id)| {
                    view! {
                        <p class="field__hint checkbox__hint" id=id>
                            {hint}
                        </p>
                    }
                })}
        </div>
    }
}
