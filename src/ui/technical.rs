//! The technical half of the form: the prerequisites checklist, the
//! Nutzwert (WiBe 5.0) criteria, and the "unbekannt" mark beside each cost
//! input.
//!
//! Everything writes the document (`form.doc`); the recommendation is
//! computed by the model from it. Typed weights and scores follow the
//! same rule as numeric fields: only valid values reach the document, the
//! typed text is kept, and errors go to the error summary (as
//! `form.other_errors`, keyed by the input's DOM id).
//!
//! DOM contract: the checklist is `#prereqs`, item i is `#prereq-<i>` with
//! its status select `#prereq-<i>-status`; the Nutzwert section is
//! `#nutzwert`, criterion i `#crit-<i>` with `#crit-<i>-weight` and
//! `#crit-<i>-score`, the weight sum `#nutzwert-sum`, the result
//! `#nutzwert-result`; a cost field's unknown mark is `#<field id>-unknown`.

use leptos::prelude::*;

use super::dom_id;
use super::state::Form;
use crate::format::input_value;
use crate::model::technical::{
    normalise_weights, nutzwert, weight_sum, Criterion, CriterionKind, Prerequisite,
    PrerequisiteKind, Status, TransportRoute, MAX_SCORE,
};
use crate::model::{Field, Unit};
use crate::parse::parse_number;
use crate::text::technical::{
    criterion_error, criterion_title, nutzwert_line, prerequisite_title, status_name,
    transport_name, tt, weight_sum_line, weights_not_100, CriterionError, CriterionInput,
};

/// The cost inputs that can be marked "unbekannt / noch nicht angefragt":
/// every amount, effort or rate the Kommune has to ask a provider, vendor
/// or service centre for. Its own hourly rates (reference values) are left
/// out.
const UNKNOWABLE_COSTS: &[Field] = &[
    Field::ConnectionFee,
    Field::FachverfahrenInterface,
    Field::Parametrisation,
    Field::Transport,
    Field::PvogDvdvCertificates,
    Field::DataProtection,
    Field::Training,
    Field::ProcessRedesign,
    Field::ProjectHours,
    Field::UsageFee,
    Field::InterfaceMaintenance,
    Field::TransportFees,
    Field::FurtherDevelopment,
    Field::PaymentFeePerCase,
    Field::FirstLevelContacts,
    Field::FirstLevelCost,
    Field::SecondLevelMinutes,
];

/// A cost field together with its "unbekannt" checkbox; other fields are
/// returned unchanged. While marked, the group is framed and says what the
/// mark means.
pub fn with_unknown_mark(form: Form, field: Field, input: AnyView) -> AnyView {
    if !UNKNOWABLE_COSTS.contains(&field) {
        return input;
    }
    let doc = form.doc;
    let id = format!("{}-unknown", dom_id(field));
    let marked = move || doc.with(|d| d.unknown_costs.contains(&field));
    view! {
        <div class="unknown-cost" class:unknown-cost--marked=marked>
            {input}
            <div class="checkbox checkbox--small">
                <input
                    class="checkbox__input"
                    type="checkbox"
                    id=id.clone()
                    prop:checked=marked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        doc.update(|d| {
                            if on {
                                d.unknown_costs.insert(field);
                            } else {
                                d.unknown_costs.remove(&field);
                            }
                        });
                    }
                />
                <label class="checkbox__label" for=id>
                    {tt().unknown_cost_label}
                </label>
            </div>
            {move || {
                marked()
                    .then(|| view! { <p class="unknown-cost__note">{tt().unknown_cost_note}</p> })
            }}
        </div>
    }
    .into_any()
}

/// The status icon: a distinct shape per status, so that status is never
/// told by colour alone (the text is beside it).
pub fn status_icon(status: Status) -> impl IntoView {
    let path = match status {
        Status::Erfuellt => "M4 10.5l4 4 8-9",
        Status::NichtErfuellt => "M5 5l10 10M15 5L5 15",
        Status::Offen => "M10 5v5.5l3.5 2.5",
        Status::Unbekannt => "M7 7.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v.8M10 15.5v.5",
    };
    view! {
        <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "prereq prereq--met",
        Status::NichtErfuellt => "prereq prereq--not-met",
        Status::Offen => "prereq prereq--open",
        Status::Unbekannt => "prereq prereq--unknown",
    }
}

/// A text input bound to one string of a checklist item.
fn item_text(
    form: Form,
    index: usize,
    id: String,
    label: &'static str,
    get: fn(&Prerequisite) -> &String,
    set: fn(&mut Prerequisite) -> &mut String,
) -> impl IntoView {
    let doc = form.doc;
    view! {
        <div class="field field--compact">
            <label class="field__label" for=id.clone()>
                {label}
            </label>
            <input
                class="field__input"
                type="text"
                id=id
                autocomplete="off"
                prop:value=move || {
                    doc.with(|d| d.technical.prerequisites.get(index).map(|p| get(p).clone()))
                }
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    doc.update(|d| {
                        if let Some(p) = d.technical.prerequisites.get_mut(index) {
                            *set(p) = text;
                        }
                    });
                }
            />
        </div>
    }
}

/// One checklist item: title with status icon, status, must-have flag,
/// and (folded) note, responsible person and due date.
#[component]
fn PrerequisiteItem(form: Form, index: usize) -> impl IntoView {
    let doc = form.doc;
    let item = move || doc.with(|d| d.technical.prerequisites.get(index).cloned());
    let status = Memo::new(move |_| item().map_or(Status::Unbekannt, |p| p.status));
    // A memo, so that the parts that depend on the kind (the custom title
    // input) are not rebuilt, and lose focus, on every keystroke.
    let kind = Memo::new(move |_| item().map_or(PrerequisiteKind::Custom, |p| p.kind));
    let base = format!("prereq-{index}");
    let status_id = format!("{base}-status");
    let must_id = format!("{base}-must");
    let update = move |f: &dyn Fn(&mut Prerequisite)| {
        doc.update(|d| {
            if let Some(p) = d.technical.prerequisites.get_mut(index) {
                f(p);
            }
        })
    };
    let has_details = doc.with_untracked(|d| {
        d.technical
            .prerequisites
            .get(index)
            .is_some_and(|p| !(p.note.is_empty() && p.responsible.is_empty() && p.due.is_empty()))
    });
    view! {
        <fieldset class=move || status_class(status.get()) id=base.clone() tabindex="-1">
            <legend class="prereq__title">
                {move || status_icon(status.get())}
                <span>{move || item().map(|p| prerequisite_title(&p))}</span>
            </legend>
            {move || {
                (kind.get() == PrerequisiteKind::Custom)
                    .then(|| {
                        item_text(
                            form,
                            index,
                            format!("prereq-{index}-title"),
                            tt().custom_title_label,
                            |p| &p.title,
                            |p| &mut p.title,
                        )
                    })
            }}
            <div class="prereq__row">
                <div class="field field--compact">
                    <label class="field__label" for=status_id.clone()>
                        {tt().status_label}
                    </label>
                    <select
                        class="field__select"
                        id=status_id
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev).parse::<usize>().ok();
                            if let Some(&s) = chosen.and_then(|i| Status::ALL.get(i)) {
                                update(&|p| p.status = s);
                            }
                        }
                    >
                        {Status::ALL
                            .iter()
                            .enumerate()
                            .map(|(i, &s)| {
                                view! {
                                    <option value=i.to_string() prop:selected=move || status.get() == s>
                                        {status_name(s)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="checkbox checkbox--small">
                    <input
                        class="checkbox__input"
                        type="checkbox"
                        id=must_id.clone()
                        prop:checked=move || item().is_some_and(|p| p.must_have)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            update(&|p| p.must_have = on);
                        }
                    />
                    <label class="checkbox__label" for=must_id>
                        {tt().must_label}
                    </label>
                </div>
            </div>
            {move || (kind.get() == PrerequisiteKind::TransportRoute).then(|| view! { <TransportSelect form /> })}
            <details class="details" open=has_details>
                <summary class="details__summary">{tt().details_summary}</summary>
                <div class="details__body prereq__details">
                    {item_text(form, index, format!("{base}-note"), tt().note_label, |p| &p.note, |p| &mut p.note)}
                    {item_text(
                        form,
                        index,
                        format!("{base}-responsible"),
                        tt().responsible_label,
                        |p| &p.responsible,
                        |p| &mut p.responsible,
                    )}
                    {item_text(form, index, format!("{base}-due"), tt().due_label, |p| &p.due, |p| &mut p.due)}
                </div>
            </details>
            {move || {
                (kind.get() == PrerequisiteKind::Custom)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button--secondary button--small"
                                on:click=move |_| {
                                    doc.update(|d| {
                                        if index < d.technical.prerequisites.len() {
                                            d.technical.prerequisites.remove(index);
                                        }
                                    });
                                    focus_heading("prereqs-heading");
                                }
                            >
                                {tt().prereq_remove}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// The Transportweg select inside the transport-route item.
#[component]
fn TransportSelect(form: Form) -> impl IntoView {
    let doc = form.doc;
    let route = move || doc.with(|d| d.technical.transport_route);
    const ROUTES: [TransportRoute; 3] = [
        TransportRoute::FitConnect,
        TransportRoute::OsciXta,
        TransportRoute::Other,
    ];
    view! {
        <div class="field field--compact">
            <label class="field__label" for="prereq-transport-route">
                {tt().transport_label}
            </label>
            <select
                class="field__select"
                id="prereq-transport-route"
                on:change=move |ev| {
                    let chosen = event_target_value(&ev).parse::<usize>().ok();
                    let r = chosen.and_then(|i| ROUTES.get(i).copied());
                    doc.update(|d| d.technical.transport_route = r);
                }
            >
                <option value="" prop:selected=move || route().is_none()>
                    {tt().transport_unset}
                </option>
                {ROUTES
                    .iter()
                    .enumerate()
                    .map(|(i, &r)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || route() == Some(r)>
                                {transport_name(r)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Focuses a section heading after the item the user was on went away.
fn focus_heading(id: &str) {
    super::form::focus_element(id);
}

/// "Add your own" row: a title input and a button. An empty title is
/// refused with a message that says what to do.
#[component]
fn AddItem(
    id: &'static str,
    label: &'static str,
    button: &'static str,
    button_id: &'static str,
    add: Callback<String>,
) -> impl IntoView {
    let title = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let error_id = format!("{id}-error");
    view! {
        <div class="add-item field" class:field--error=missing>
            <label class="field__label" for=id>
                {label}
            </label>
            <div class="add-item__row">
                <input
                    class="field__input"
                    type="text"
                    id=id
                    autocomplete="off"
                    aria-describedby=error_id.clone()
                    aria-invalid=move || if missing.get() { "true" } else { "false" }
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
                <button
                    type="button"
                    class="button button--secondary"
                    id=button_id
                    on:click=move |_| {
                        let text = title.get_untracked().trim().to_string();
                        missing.set(text.is_empty());
                        if !text.is_empty() {
                            add.run(text);
                            title.set(String::new());
                        }
                    }
                >
                    {button}
                </button>
            </div>
            <p class="field__error" class:field__error--active=missing id=error_id role="alert">
                {move || missing.get().then_some(tt().title_missing)}
            </p>
        </div>
    }
}

/// The prerequisites checklist.
#[component]
pub fn Prerequisites(form: Form) -> impl IntoView {
    let doc = form.doc;
    let count = Memo::new(move |_| doc.with(|d| d.technical.prerequisites.len()));
    let add = Callback::new(move |title: String| {
        doc.update(|d| d.technical.prerequisites.push(Prerequisite::custom(&title)));
    });
    view! {
        <fieldset class="fieldset" id="prereqs">
            <legend class="fieldset__legend" id="prereqs-heading" tabindex="-1">
                {tt().prereq_legend}
            </legend>
            <p class="field__hint">{tt().prereq_intro}</p>
            <For each=move || 0..count.get() key=|i| *i children=move |index| view! { <PrerequisiteItem form index /> } />
            <AddItem id="prereq-new-title" label=tt().prereq_new_label button=tt().prereq_add button_id="prereq-add" add />
        </fieldset>
    }
}

/// Reads a weight (0–100) or a score (0–10) as typed.
fn check(text: &str, input: CriterionInput) -> Result<f64, CriterionError> {
    let max = match input {
        CriterionInput::Weight => 100.0,
        CriterionInput::Score => MAX_SCORE,
    };
    match parse_number(text, Unit::Count) {
        Err(e) => Err(CriterionError::Parse(e)),
        Ok(None) => Err(CriterionError::Missing),
        Ok(Some(v)) if !(0.0..=max).contains(&v) => Err(CriterionError::OutOfRange),
        Ok(Some(v)) => Ok(v),
    }
}

fn value_of(c: &Criterion, input: CriterionInput) -> f64 {
    match input {
        CriterionInput::Weight => c.weight,
        CriterionInput::Score => c.score,
    }
}

/// A weight or score input. It shows what the user typed while that is
/// invalid or means the stored value, and the stored value otherwise (after
/// normalising, or when another document was opened).
#[component]
fn CriterionNumber(form: Form, index: usize, input: CriterionInput) -> impl IntoView {
    let doc = form.doc;
    let (suffix, label) = match input {
        CriterionInput::Weight => ("weight", tt().weight_label),
        CriterionInput::Score => ("score", tt().score_label),
    };
    let id = format!("crit-{index}-{suffix}");
    let error_id = format!("{id}-error");
    let stored = move || doc.with(|d| d.technical.criteria.get(index).map(|c| value_of(c, input)));
    let raw = RwSignal::new(
        doc.with_untracked(|d| {
            d.technical
                .criteria
                .get(index)
                .map(|c| input_value(value_of(c, input), false))
        })
        .unwrap_or_default(),
    );
    let error = {
        let id = id.clone();
        Memo::new(move |_| {
            form.other_errors
                .with(|e| e.iter().find(|(k, _)| *k == id).map(|(_, m)| m.clone()))
        })
    };
    let shown = move || {
        let text = raw.get();
        match (check(&text, input), stored()) {
            (Ok(v), Some(s)) if v != s && error.with(Option::is_none) => input_value(s, false),
            (Err(_), Some(s)) if error.with(Option::is_none) => input_value(s, false),
            _ => text,
        }
    };
    let on_input = {
        let id = id.clone();
        move |ev| {
            let text = event_target_value(&ev);
            let title = doc.with_untracked(|d| {
                d.technical
                    .criteria
                    .get(index)
                    .map(criterion_title)
                    .unwrap_or_default()
            });
            match check(&text, input) {
                Ok(v) => {
                    form.set_other_error(&id, None);
                    doc.update(|d| {
                        if let Some(c) = d.technical.criteria.get_mut(index) {
                            match input {
                                CriterionInput::Weight => c.weight = v,
                                CriterionInput::Score => c.score = v,
                            }
                        }
                    });
                }
                Err(e) => form.set_other_error(&id, Some(criterion_error(&title, input, e))),
            }
            raw.set(text);
        }
    };
    let invalid = move || error.with(Option::is_some);
    view! {
        <div class="field field--compact" class:field--error=invalid>
            <label class="field__label" for=id.clone()>
                {label}
            </label>
            <input
                class="field__input field__input--short"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                id=id
                aria-describedby=error_id.clone()
                aria-invalid=move || if invalid() { "true" } else { "false" }
                prop:value=shown
                on:input=on_input
            />
            <p class="field__error" class:field__error--active=invalid id=error_id role="alert">
                {move || error.get()}
            </p>
        </div>
    }
}

/// One Nutzwert criterion: title (editable for own criteria), weight and
/// score.
#[component]
fn CriterionItem(form: Form, index: usize) -> impl IntoView {
    let doc = form.doc;
    let criterion = move || doc.with(|d| d.technical.criteria.get(index).cloned());
    let kind = Memo::new(move |_| criterion().map_or(CriterionKind::Custom, |c| c.kind));
    let title_id = format!("crit-{index}-title");
    view! {
        <fieldset class="criterion" id=format!("crit-{index}")>
            <legend class="criterion__title">{move || criterion().map(|c| criterion_title(&c))}</legend>
            {move || (kind.get() == CriterionKind::LockInRisk).then(|| view! { <p class="field__hint">{tt().lock_in_hint}</p> })}
            {move || {
                let title_id = title_id.clone();
                (kind.get() == CriterionKind::Custom)
                    .then(move || {
                        view! {
                            <div class="field field--compact">
                                <label class="field__label" for=title_id.clone()>
                                    {tt().custom_title_label}
                                </label>
                                <input
                                    class="field__input"
                                    type="text"
                                    id=title_id
                                    autocomplete="off"
                                    prop:value=move || criterion().map(|c| c.title)
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        doc.update(|d| {
                                            if let Some(c) = d.technical.criteria.get_mut(index) {
                                                c.title = text;
                                            }
                                        });
                                    }
                                />
                            </div>
                        }
                    })
            }}
            <div class="criterion__numbers">
                <CriterionNumber form index input=CriterionInput::Weight />
                <CriterionNumber form index input=CriterionInput::Score />
            </div>
            {move || {
                (kind.get() == CriterionKind::Custom)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button button--secondary button--small"
                                on:click=move |_| {
                                    clear_criterion_errors(form);
                                    doc.update(|d| {
                                        if index < d.technical.criteria.len() {
                                            d.technical.criteria.remove(index);
                                        }
                                    });
                                    focus_heading("nutzwert-heading");
                                }
                            >
                                {tt().criterion_remove}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// Drops the errors of every criterion input (their positions change, or
/// their values are replaced).
fn clear_criterion_errors(form: Form) {
    form.other_errors.maybe_update(|e| {
        let before = e.len();
        e.retain(|(id, _)| !id.starts_with("crit-"));
        e.len() != before
    });
}

/// The Nutzwert section: criteria, weight sum, normalising, result.
#[component]
pub fn Nutzwert(form: Form) -> impl IntoView {
    let doc = form.doc;
    let count = Memo::new(move |_| doc.with(|d| d.technical.criteria.len()));
    let sum = Memo::new(move |_| doc.with(|d| weight_sum(&d.technical.criteria)));
    let result = Memo::new(move |_| doc.with(|d| nutzwert(&d.technical.criteria).ok()));
    let add = Callback::new(move |title: String| {
        doc.update(|d| {
            d.technical.criteria.push(Criterion {
                kind: CriterionKind::Custom,
                title,
                weight: 0.0,
                score: MAX_SCORE / 2.0,
            })
        });
    });
    let normalise = move |_| {
        clear_criterion_errors(form);
        doc.update(|d| normalise_weights(&mut d.technical.criteria));
    };
    view! {
        <fieldset class="fieldset" id="nutzwert">
            <legend class="fieldset__legend" id="nutzwert-heading" tabindex="-1">
                {tt().nutzwert_legend}
            </legend>
            <p class="field__hint">{tt().nutzwert_intro}</p>
            <For each=move || 0..count.get() key=|i| *i children=move |index| view! { <CriterionItem form index /> } />
            <div class="nutzwert__summary" aria-live="polite">
                <p id="nutzwert-sum">{move || weight_sum_line(sum.get())}</p>
                {move || {
                    result
                        .get()
                        .is_none()
                        .then(|| {
                            view! {
                                <div class="notice notice--warning" id="nutzwert-weights">
                                    <p>{weights_not_100(sum.get())}</p>
                                    <button
                                        type="button"
                                        class="button"
                                        id="nutzwert-normalise"
                                        on:click=normalise
                                    >
                                        {tt().normalise}
                                    </button>
                                </div>
                            }
                        })
                }}
                <p class="nutzwert__result" id="nutzwert-result">
                    {move || nutzwert_line(result.get())}
                </p>
            </div>
            <AddItem id="crit-new-title" label=tt().criterion_new_label button=tt().criterion_add button_id="crit-add" add />
        </fieldset>
    }
}
