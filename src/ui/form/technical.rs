//! The technical half of the form: the prerequisites checklist and the
//! Nutzwert (WiBe 5.0) criteria. (The "unbekannt" mark of a cost opens
//! from its row, in `fields`.)
//!
//! Everything writes the document (`form.doc`); the recommendation is
//! computed by the model from it. Typed weights and scores follow the
//! same rule as numeric fields: only valid values reach the document, the
//! typed text is kept, and errors go to the error summary (as
//! `form.other_errors`, keyed by [`InputId::Criterion`]).
//!
//! Size: every reactive value here is a `Signal` (one boxed closure) and
//! parts that come and go are `hidden` rather than rebuilt, so that the
//! view code is instantiated for few types. A list is rebuilt only when its
//! structure (the kinds of its items) changes.
//!
//! DOM contract: the checklist is `#prereqs`, item i is `#prereq-<i>` with
//! its status select `#prereq-<i>-status` and must-have checkbox
//! `#prereq-<i>-must`; the Nutzwert section is `#nutzwert`, criterion i
//! `#crit-<i>` with `#crit-<i>-weight` and `#crit-<i>-score`, the weight
//! sum `#nutzwert-sum`, the message and button `#nutzwert-weights` and
//! `#nutzwert-normalise` (hidden while the sum is 100), the result
//! `#nutzwert-result`.

use leptos::prelude::*;

use super::input_id::InputId;
use super::section::Section;
use super::state::Form;
use crate::format::input_value;
use crate::model::technical::{
    normalise_weights, nutzwert, weight_sum, Criterion, CriterionKind, NutzwertError, Prerequisite,
    PrerequisiteKind, Status, TransportRoute, SCORE_DOMAIN, WEIGHT_DOMAIN,
};
use crate::model::{limits, DomainError, Unit};
use crate::parse::parse_number;
use crate::text::form::nutzwert_total;
use crate::text::technical as ttx;
use crate::text::technical::{
    criterion_error, criterion_title, nutzwert_line, nutzwert_missing_line, prerequisite_title,
    status_name, transport_name, tt, weight_sum_line, weights_not_100, CriterionError,
    CriterionInput,
};
use crate::ui::widgets::{
    focus_element, icon, status_path, Checkbox, Entry, FieldBlock, Input, Look, SelectBlock,
};

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Erfuellt => "prereq prereq--met",
        Status::NichtErfuellt => "prereq prereq--not-met",
        Status::Offen => "prereq prereq--open",
        Status::Unbekannt => "prereq prereq--unknown",
    }
}

/// A labelled text input showing `value` and reporting each input.
fn text_input(
    id: String,
    label: &'static str,
    value: Signal<String>,
    max_chars: usize,
    on_text: impl Fn(String) + Send + Sync + 'static,
) -> AnyView {
    let input = Input::text(id, max_chars, value, on_text);
    view! { <FieldBlock input label look=Look::Compact /> }.into_any()
}

/// A text input bound to one string of checklist item `index`.
fn item_text(
    form: Form,
    index: usize,
    id: String,
    label: &'static str,
    slot: fn(usize) -> limits::Text,
    get: fn(&Prerequisite) -> &String,
    set: fn(&mut Prerequisite) -> &mut String,
) -> AnyView {
    let doc = form.doc;
    let value = form.read(move |d| {
        d.technical
            .prerequisites
            .get(index)
            .map(|p| get(p).clone())
            .unwrap_or_default()
    });
    text_input(id, label, value, slot(index).max_chars(), move |text| {
        doc.update(|d| {
            if let Some(p) = d.technical.prerequisites.get_mut(index) {
                *set(p) = text;
            }
        })
    })
}

/// A select of `options` (by position), each with whether it is chosen.
fn select(
    id: String,
    label: &'static str,
    options: Vec<(&'static str, Signal<bool>)>,
    on_choice: impl Fn(Option<usize>) + Send + Sync + 'static,
) -> AnyView {
    let on_choice = Callback::new(move |value: String| on_choice(value.parse().ok()));
    view! {
        <SelectBlock id label look=Look::Compact on_choice>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (name, selected))| {
                    view! {
                        <option value=i.to_string() prop:selected=selected>
                            {name}
                        </option>
                    }
                })
                .collect_view()}
        </SelectBlock>
    }
    .into_any()
}

/// A secondary button that removes an item and then moves focus to the
/// section heading (the item the user was on is gone).
pub(super) fn remove_button(
    label: &'static str,
    heading: &'static str,
    remove: Box<dyn Fn()>,
) -> AnyView {
    view! {
        <button
            type="button"
            class="button button--secondary button--small"
            on:click=move |_| {
                remove();
                focus_element(heading);
            }
        >
            {label}
        </button>
    }
    .into_any()
}

/// One checklist item: title with status icon, status, must-have flag,
/// (folded) note, responsible person and due date; for the transport-route
/// item the route, for own items their title and a remove button.
fn prerequisite_item(form: Form, index: usize) -> AnyView {
    let doc = form.doc;
    let (kind, has_details) = doc.with_untracked(|d| {
        d.technical
            .prerequisites
            .get(index)
            .map_or((PrerequisiteKind::Custom, false), |p| {
                (
                    p.kind,
                    !(p.note.is_empty() && p.responsible.is_empty() && p.due.is_empty()),
                )
            })
    });
    let custom = kind == PrerequisiteKind::Custom;
    // The status as it counts: the transport-route item is not
    // "erfüllt" while no route is chosen.
    let status = form.read(move |d| d.technical.status(index).unwrap_or(Status::Unbekannt));
    let no_route = form.read(|d| d.technical.transport_route.is_none());
    let base = format!("prereq-{index}");
    let update = move |f: &dyn Fn(&mut Prerequisite)| {
        doc.update(|d| {
            if let Some(p) = d.technical.prerequisites.get_mut(index) {
                f(p);
            }
        })
    };
    let statuses = Status::ALL
        .iter()
        .map(|&s| (status_name(s), Signal::derive(move || status.get() == s)))
        .collect();
    let routes = [
        TransportRoute::FitConnect,
        TransportRoute::OsciXta,
        TransportRoute::Other,
    ];
    let route_options = std::iter::once(None)
        .chain(routes.iter().copied().map(Some))
        .map(|r| {
            let name = r.map_or(tt().transport_unset, transport_name);
            (name, form.read(move |d| d.technical.transport_route == r))
        })
        .collect();
    let title = form.read(move |d| {
        d.technical
            .prerequisites
            .get(index)
            .map(prerequisite_title)
            .unwrap_or_default()
    });
    let must = form.read(move |d| {
        d.technical
            .prerequisites
            .get(index)
            .is_some_and(|p| p.must_have)
    });
    view! {
        <fieldset class=Signal::derive(move || status_class(status.get())) id=base.clone() tabindex="-1">
            <legend class="prereq__title">
                {icon(Signal::derive(move || status_path(status.get())))}
                <span>{title}</span>
            </legend>
            {custom.then(|| item_text(form, index, format!("{base}-title"), tt().custom_title_label, limits::Text::PrerequisiteTitle, |p| &p.title, |p| &mut p.title))}
            <div class="prereq__row">
                {select(format!("{base}-status"), tt().status_label, statuses, move |i| {
                    if let Some(&s) = i.and_then(|i| Status::ALL.get(i)) {
                        doc.update(|d| d.technical.set_status(index, s));
                    }
                })}
                <Checkbox
                    id=format!("{base}-must")
                    label=tt().must_label
                    checked=must
                    on_change=Callback::new(move |on| update(&|p| p.must_have = on))
                    small=true
                />
            </div>
            {(kind == PrerequisiteKind::TransportRoute).then(|| {
                view! {
                    <p class="field__hint prereq__needed" id="prereq-transport-needed" prop:hidden=move || !no_route.get()>
                        {tt().transport_needed}
                    </p>
                    {select("prereq-transport-route".into(), tt().transport_label, route_options, move |i| {
                        let route = i.and_then(|i| i.checked_sub(1)).and_then(|i| routes.get(i).copied());
                        doc.update(|d| d.technical.set_transport_route(route));
                    })}
                }
            })}
            <details class="details" open=has_details>
                <summary class="details__summary">{tt().details_summary}</summary>
                <div class="details__body prereq__details">
                    {item_text(form, index, format!("{base}-note"), tt().note_label, limits::Text::PrerequisiteNote, |p| &p.note, |p| &mut p.note)}
                    {item_text(form, index, format!("{base}-responsible"), tt().responsible_label, limits::Text::PrerequisiteResponsible, |p| &p.responsible, |p| &mut p.responsible)}
                    {item_text(form, index, format!("{base}-due"), tt().due_label, limits::Text::PrerequisiteDue, |p| &p.due, |p| &mut p.due)}
                </div>
            </details>
            {custom.then(|| remove_button(tt().prereq_remove, "prereqs-heading", Box::new(move || {
                doc.update(|d| {
                    if index < d.technical.prerequisites.len() {
                        d.technical.prerequisites.remove(index);
                    }
                })
            })))}
        </fieldset>
    }
    .into_any()
}

/// "Add your own" row: a title input and a button. An empty title is
/// refused with a message that says what to do, and so is a new item when
/// the list is full (`full` says so, in words).
fn add_item(
    id: &'static str,
    label: &'static str,
    button: &'static str,
    button_id: &'static str,
    full: Box<dyn Fn() -> Option<String>>,
    add: Box<dyn Fn(String)>,
) -> AnyView {
    let title = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let button = view! {
        <button
            type="button"
            class="button button--secondary"
            id=button_id
            on:click=move |_| {
                let text = title.get_untracked().trim().to_string();
                if let Some(full) = full() {
                    problem.set(Some(full));
                } else if text.is_empty() {
                    problem.set(Some(tt().title_missing.to_string()));
                } else {
                    problem.set(None);
                    add(text);
                    title.set(String::new());
                }
            }
        >
            {button}
        </button>
    };
    let input = Input::text(
        id.to_string(),
        limits::MAX_NAME_CHARS,
        title.into(),
        move |text| title.set(text),
    );
    view! {
        <FieldBlock
            input
            label
            error=problem
            class="add-item"
            beside=button.into_any()
        />
    }
    .into_any()
}

/// The rows of a list, rebuilt only when `shape` (the kinds of the items)
/// changes: adding, removing, or opening a document with other items.
pub(super) fn rows(
    form: Form,
    shape: Memo<Vec<u8>>,
    row: fn(Form, usize) -> AnyView,
) -> impl IntoView {
    move || {
        (0..shape.with(Vec::len))
            .map(|i| row(form, i))
            .collect_view()
    }
}

/// The prerequisites checklist; `total` counts its items by status.
#[component]
pub fn Prerequisites(form: Form, total: Signal<String>) -> impl IntoView {
    let doc = form.doc;
    let shape = Memo::new(move |_| {
        doc.with(|d| {
            d.technical
                .prerequisites
                .iter()
                .map(|p| p.kind as u8)
                .collect()
        })
    });
    view! {
        <Section id="prereqs" title=tt().prereq_legend total>
            <p class="field__hint">{tt().prereq_intro}</p>
            {rows(form, shape, prerequisite_item)}
            {add_item("prereq-new-title", tt().prereq_new_label, tt().prereq_add, "prereq-add", Box::new(move || {
                (doc.with_untracked(|d| d.technical.prerequisites.len()) >= limits::MAX_PREREQUISITES)
                    .then(|| ttx::list_full_prerequisites(limits::MAX_PREREQUISITES))
            }), Box::new(move |title| {
                doc.update(|d| d.technical.prerequisites.push(Prerequisite::custom(&title)))
            }))}
        </Section>
    }
}

/// Reads a weight or a score as typed, inside the model's domain of it.
fn check(text: &str, input: CriterionInput) -> Result<f64, CriterionError> {
    let domain = match input {
        CriterionInput::Weight => WEIGHT_DOMAIN,
        CriterionInput::Score => SCORE_DOMAIN,
    };
    let value = parse_number(text, Unit::Count).map_err(CriterionError::Parse)?;
    domain.check(value).map_err(|e| match e {
        DomainError::Missing => CriterionError::Missing,
        DomainError::NotWhole | DomainError::OutOfRange { .. } => CriterionError::OutOfRange,
    })
}

/// The stored weight or score; `None` for a score nobody entered yet,
/// whose input then starts empty.
fn value_of(c: &Criterion, input: CriterionInput) -> Option<f64> {
    match input {
        CriterionInput::Weight => Some(c.weight),
        CriterionInput::Score if c.unscored => None,
        CriterionInput::Score => Some(c.score),
    }
}

/// A weight or score input. It shows what the user typed while that is
/// invalid or means the stored value, and the stored value otherwise (after
/// normalising, or when another document was opened).
fn criterion_number(form: Form, index: usize, input: CriterionInput) -> AnyView {
    let label = match input {
        CriterionInput::Weight => tt().weight_label,
        CriterionInput::Score => tt().score_label,
    };
    let input_id = InputId::Criterion(index, input);
    let id = input_id.dom_id();
    let stored = form.read(move |d| {
        d.technical
            .criteria
            .get(index)
            .and_then(|c| value_of(c, input))
    });
    let raw = RwSignal::new(
        stored
            .get_untracked()
            .map(|v| input_value(v, false))
            .unwrap_or_default(),
    );
    let error = Signal::derive(move || form.other_error(input_id));
    let invalid = Signal::derive(move || error.with(Option::is_some));
    let shown = Signal::derive(move || {
        // A restored draft shows as it was typed.
        if let Some(draft) = form.other_text(input_id) {
            return draft;
        }
        let text = raw.get();
        match (check(&text, input), stored.get()) {
            (Ok(v), Some(s)) if v == s => text,
            (_, Some(s)) if !invalid.get() => input_value(s, false),
            _ => text,
        }
    });
    let on_text = move |text: String| {
        criterion_input(form, index, input, &text);
        raw.set(text);
    };
    let input = Input::number(id, Entry::Decimal, shown, on_text).short(true);
    view! { <FieldBlock input label error look=Look::Compact /> }.into_any()
}

/// Handles text typed into a weight or score: a valid value goes into the
/// document, an invalid one into the form's errors (with its text).
fn criterion_input(form: Form, index: usize, input: CriterionInput, text: &str) {
    let doc = form.doc;
    let id = InputId::Criterion(index, input);
    match check(text, input) {
        Ok(v) => {
            form.clear_other_error(id);
            doc.update(|d| {
                if let Some(c) = d.technical.criteria.get_mut(index) {
                    match input {
                        CriterionInput::Weight => c.weight = v,
                        CriterionInput::Score => c.set_score(v),
                    }
                }
            });
        }
        Err(e) => {
            let title = doc.with_untracked(|d| {
                d.technical
                    .criteria
                    .get(index)
                    .map(criterion_title)
                    .unwrap_or_default()
            });
            form.set_other_error(id, criterion_error(&title, input, e), text);
        }
    }
}

/// Puts a draft of a weight or score back, as if typed. `false` if the
/// document has no criterion at `index`.
pub(super) fn restore_criterion_draft(
    form: Form,
    index: usize,
    input: CriterionInput,
    text: &str,
) -> bool {
    let exists = form
        .doc
        .with_untracked(|d| index < d.technical.criteria.len());
    if exists {
        criterion_input(form, index, input, text);
    }
    exists
}

/// One Nutzwert criterion: title (editable for own criteria), weight and
/// score.
fn criterion_item(form: Form, index: usize) -> AnyView {
    let doc = form.doc;
    let kind = doc.with_untracked(|d| {
        d.technical
            .criteria
            .get(index)
            .map_or(CriterionKind::Custom, |c| c.kind)
    });
    let custom = kind == CriterionKind::Custom;
    let title = form.read(move |d| {
        d.technical
            .criteria
            .get(index)
            .map(criterion_title)
            .unwrap_or_default()
    });
    let own_title = form.read(move |d| {
        d.technical
            .criteria
            .get(index)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    });
    view! {
        <fieldset class="criterion" id=format!("crit-{index}")>
            <legend class="criterion__title">{title}</legend>
            {(kind == CriterionKind::LockInRisk).then(|| view! { <p class="field__hint">{tt().lock_in_hint}</p> })}
            {custom.then(|| text_input(format!("crit-{index}-title"), tt().custom_title_label, own_title, limits::MAX_NAME_CHARS, Box::new(move |text| {
                doc.update(|d| {
                    if let Some(c) = d.technical.criteria.get_mut(index) {
                        c.title = text;
                    }
                })
            })))}
            <div class="criterion__numbers">
                {criterion_number(form, index, CriterionInput::Weight)}
                {criterion_number(form, index, CriterionInput::Score)}
            </div>
            {custom.then(|| remove_button(tt().criterion_remove, "nutzwert-heading", Box::new(move || {
                clear_criterion_errors(form);
                doc.update(|d| {
                    if index < d.technical.criteria.len() {
                        d.technical.criteria.remove(index);
                    }
                })
            })))}
        </fieldset>
    }
    .into_any()
}

/// Drops the errors of every criterion input (their positions change, or
/// their values are replaced).
fn clear_criterion_errors(form: Form) {
    form.clear_other_errors(&|id| matches!(id, InputId::Criterion(..)));
}

/// The Nutzwert section: criteria, weight sum, normalising, result.
#[component]
pub fn Nutzwert(form: Form) -> impl IntoView {
    let doc = form.doc;
    let shape = Memo::new(move |_| {
        doc.with(|d| d.technical.criteria.iter().map(|c| c.kind as u8).collect())
    });
    let sum = form.read(|d| weight_sum(&d.technical.criteria));
    let result = form.read(|d| nutzwert(&d.technical.criteria));
    // The weights notice (with its normalise button) only while they are
    // what is missing.
    let weights_ok =
        Signal::derive(move || result.with(|r| !matches!(r, Err(NutzwertError::WeightsNot100(_)))));
    view! {
        <Section id="nutzwert" title=tt().nutzwert_legend total=form.read(|d| nutzwert_total(nutzwert(&d.technical.criteria)))>
            <p class="field__hint">{tt().nutzwert_intro}</p>
            {rows(form, shape, criterion_item)}
            <div class="nutzwert__summary" aria-live="polite">
                <p id="nutzwert-sum">{Signal::derive(move || weight_sum_line(sum.get()))}</p>
                <div class="notice notice--warning" id="nutzwert-weights" prop:hidden=weights_ok>
                    <p>{Signal::derive(move || weights_not_100(sum.get()))}</p>
                    <button
                        type="button"
                        class="button"
                        id="nutzwert-normalise"
                        on:click=move |_| {
                            clear_criterion_errors(form);
                            doc.update(|d| normalise_weights(&mut d.technical.criteria));
                        }
                    >
                        {tt().normalise}
                    </button>
                </div>
                <p class="nutzwert__result" id="nutzwert-result">
                    {Signal::derive(move || match result.get() {
                        Ok(points) => nutzwert_line(Some(points)),
                        Err(e) => nutzwert_missing_line(e),
                    })}
                </p>
            </div>
            {add_item("crit-new-title", tt().criterion_new_label, tt().criterion_add, "crit-add", Box::new(move || {
                (doc.with_untracked(|d| d.technical.criteria.len()) >= limits::MAX_CRITERIA)
                    .then(|| ttx::list_full_criteria(limits::MAX_CRITERIA))
            }), Box::new(move |title| {
                doc.update(|d| {
                    d.technical.criteria.push(Criterion::custom(title))
                })
            }))}
        </Section>
    }
}
