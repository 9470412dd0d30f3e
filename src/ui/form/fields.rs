//! Form controls following the KERN / GOV.UK field pattern: label naming
//! the unit, hint, a 48 px text input (`inputmode="decimal"`, never
//! `type=number`), then the error with `role="alert"`; `aria-describedby`
//! links hint and error.

use leptos::prelude::*;

use super::ranges::{RangeInputs, SwitchingHint};
use super::state::Form;
use crate::model::reference::{self, Reference};
use crate::model::{limits, Assessment, Field, StaffGroup};
use crate::text::{
    form::{
        annual_hours_reference, field_error, field_label, field_text, note_label, rate_option,
        source_line, staff_group_option,
    },
    t,
};
use crate::ui::widgets::{aria_flag, described_by, dom_id};

/// A numeric input bound to one [`Field`]. `source` names the reference
/// value the default comes from ("Quelle: …, Stand …").
#[component]
pub fn NumberField(
    form: Form,
    field: Field,
    #[prop(optional)] source: Option<Reference>,
    #[prop(optional)] extra_note: Option<String>,
) -> impl IntoView {
    let id = dom_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let state = form.field(field);
    let invalid = move || state.error.with(Option::is_some);
    let described_by = described_by(&hint_id, &error_id, invalid);
    view! {
        <div class="field" class:field--error=invalid>
            <label class="field__label" for=id.clone()>
                {field_label(field)}
            </label>
            <p class="field__hint" id=hint_id>
                {field_text(field).hint}
                {extra_note.map(|note| view! { " " {note} })}
                {source.map(|r| view! { <span class="field__source">{source_line(&r)}</span> })}
                <SwitchingHint field />
                {template_marker(form, field)}
            </p>
            <input
                class="field__input"
                class:field__input--short=field_is_short(field)
                type="text"
                inputmode="decimal"
                maxlength=crate::model::limits::MAX_NUMBER_CHARS
                autocomplete="off"
                spellcheck="false"
                id=id.clone()
                name=id
                aria-describedby=described_by
                aria-invalid=move || aria_flag(invalid())
                prop:value=move || state.raw.get()
                on:input=move |ev| form.input(field, event_target_value(&ev))
            />
            <p class="field__error" class:field__error--active=invalid id=error_id role="alert">
                {move || {
                    state
                        .error
                        .get()
                        .map(|e| {
                            view! {
                                <span class="visually-hidden">{t().error_prefix}</span>
                                {field_error(field, &e)}
                            }
                        })
                }}
            </p>
            // Every input can be a range, the horizon too: the Monte Carlo
            // counts payback years up to the longest sampled horizon.
            <RangeInputs form field />
        </div>
    }
}

/// Fields whose values are short (percentages, years, minutes) get a
/// narrower input, which hints at the expected length.
fn field_is_short(field: Field) -> bool {
    use crate::model::Unit;
    matches!(
        field.unit(),
        Unit::Percent | Unit::Years | Unit::Minutes | Unit::EuroPerCase | Unit::EuroPerHour
    )
}

/// Whether a field is the amount of a cost line (and so has a note).
pub fn has_note(field: Field) -> bool {
    field.is_cost_line()
}

fn note_of(doc: &Assessment, field: Field) -> String {
    field
        .cost_line(doc)
        .map(|line| line.note.clone())
        .unwrap_or_default()
}

/// A cost line: its amount and its note (Anmerkung).
#[component]
pub fn CostLineField(form: Form, field: Field) -> impl IntoView {
    let id = format!("{}-note", dom_id(field));
    let doc = form.doc;
    view! {
        <div class="cost-line">
            <NumberField form field />
            <div class="field field--note">
                <label class="field__label field__label--note" for=id.clone()>
                    {note_label(field)}
                </label>
                <input
                    class="field__input field__input--note"
                    type="text"
                    id=id.clone()
                    name=id
                    autocomplete="off"
                    maxlength=limits::Text::Note(field).max_chars()
                    prop:value=move || doc.with(|d| note_of(d, field))
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        doc.update(|d| {
                            if let Some(line) = field.cost_line_mut(d) {
                                line.note = text;
                            }
                        });
                    }
                />
            </div>
        </div>
    }
}

/// Which free-text field of the master data a [`TextField`] edits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Service,
    Kommune,
}

impl TextKind {
    fn id(self) -> &'static str {
        match self {
            TextKind::Service => "f-service",
            TextKind::Kommune => "f-kommune",
        }
    }

    fn get(self, doc: &Assessment) -> String {
        match self {
            TextKind::Service => doc.master.service.clone(),
            TextKind::Kommune => doc.master.kommune.clone(),
        }
    }

    fn set(self, doc: &mut Assessment, text: String) {
        match self {
            TextKind::Service => doc.master.service = text,
            TextKind::Kommune => doc.master.kommune = text,
        }
    }
}

/// A text field for a name (service, Kommune).
#[component]
pub fn TextField(form: Form, kind: TextKind) -> impl IntoView {
    let (label, hint) = match kind {
        TextKind::Service => (t().service_label, t().service_hint),
        TextKind::Kommune => (t().kommune_label, t().kommune_hint),
    };
    let id = kind.id();
    let hint_id = format!("{id}-hint");
    let doc = form.doc;
    view! {
        <div class="field">
            <label class="field__label" for=id>
                {label}
            </label>
            <p class="field__hint" id=hint_id.clone()>
                {hint}
            </p>
            <input
                class="field__input"
                type="text"
                id=id
                name=id
                autocomplete="off"
                maxlength=limits::MAX_NAME_CHARS
                aria-describedby=hint_id
                prop:value=move || doc.with(|d| kind.get(d))
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    doc.update(|d| kind.set(d, text));
                }
            />
        </div>
    }
}

/// The reference rate whose value equals `value`, if any.
fn matching_rate(value: f64) -> Option<&'static Reference> {
    reference::staff_rates().find(|r| r.value == value)
}

/// An hourly-rate field with a picker of the Destatis and KGSt reference
/// rates above it. Choosing one fills the field; the user can always type
/// their own rate, and the source shown follows the value.
#[component]
pub fn RateField(form: Form, field: Field) -> impl IntoView {
    let picker_id = format!("{}-picker", dom_id(field));
    let picker_hint_id = format!("{picker_id}-hint");
    let doc = form.doc;
    let current = Memo::new(move |_| doc.with(|d| matching_rate(field.get(d)).map(|r| r.id)));
    let option = move |r: &'static Reference| {
        let id = r.id;
        view! {
            <option value=id prop:selected=move || current.get() == Some(id)>
                {rate_option(r)}
            </option>
        }
    };
    let source = move || {
        current
            .get()
            .and_then(reference::staff_rate)
            .map_or_else(|| t().own_value.to_string(), source_line)
    };
    view! {
        <div class="rate-field">
            <div class="field field--picker">
                <label class="field__label" for=picker_id.clone()>
                    {t().rate_picker_label}
                    {t().optional_suffix}
                </label>
                <p class="field__hint" id=picker_hint_id.clone()>
                    {t().rate_picker_hint}
                </p>
                <select
                    class="field__select"
                    id=picker_id
                    aria-describedby=picker_hint_id
                    on:change=move |ev| {
                        if let Some(r) = reference::staff_rate(&event_target_value(&ev)) {
                            form.choose(field, r.value);
                        }
                    }
                >
                    <option value="" prop:selected=move || current.get().is_none()>
                        {t().own_value}
                    </option>
                    <optgroup label=t().rate_picker_destatis>
                        {reference::DESTATIS_WAGE_RATES.iter().map(option).collect_view()}
                    </optgroup>
                    <optgroup label=t().rate_picker_kgst>
                        {reference::KGST_FULL_COST.iter().map(option).collect_view()}
                    </optgroup>
                </select>
            </div>
            <NumberField form field />
            <p class="field__source field__source--rate" aria-live="polite">
                {source}
            </p>
        </div>
    }
}

/// The checkbox that switches monetised citizens' time on.
#[component]
pub fn MonetiseCheckbox(form: Form) -> impl IntoView {
    let doc = form.doc;
    view! {
        <div class="checkbox">
            <input
                class="checkbox__input"
                type="checkbox"
                id="f-monetise-citizen-time"
                aria-describedby="f-monetise-citizen-time-hint"
                prop:checked=move || doc.with(|d| d.benefits.monetise_citizen_time)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    doc.update(|d| d.benefits.monetise_citizen_time = on);
                }
            />
            <label class="checkbox__label" for="f-monetise-citizen-time">
                {t().monetise_label}
            </label>
            <p class="field__hint checkbox__hint" id="f-monetise-citizen-time-hint">
                {t().monetise_hint}
            </p>
        </div>
    }
}

/// The select for the staff group that converts hours into VZÄ.
#[component]
pub fn StaffGroupSelect(form: Form) -> impl IntoView {
    let doc = form.doc;
    let group = move || doc.with(|d| d.parameters.staff_group);
    let source = move || source_line(annual_hours_reference(group()));
    view! {
        <div class="field">
            <label class="field__label" for="f-staff-group">
                {t().staff_group_label}
            </label>
            <p class="field__hint" id="f-staff-group-hint">
                {t().staff_group_hint}
                " "
                <span class="field__source">{source}</span>
            </p>
            <select
                class="field__select"
                id="f-staff-group"
                aria-describedby="f-staff-group-hint"
                on:change=move |ev| {
                    let group = if event_target_value(&ev) == "beamte" {
                        StaffGroup::Beamte
                    } else {
                        StaffGroup::Tarif
                    };
                    doc.update(|d| d.parameters.staff_group = group);
                }
            >
                <option value="tarif" prop:selected=move || group() == StaffGroup::Tarif>
                    {staff_group_option(StaffGroup::Tarif)}
                </option>
                <option value="beamte" prop:selected=move || group() == StaffGroup::Beamte>
                    {staff_group_option(StaffGroup::Beamte)}
                </option>
            </select>
        </div>
    }
}
/// The marker on a Kommune-specific field of a template that is still 0:
/// a visible text (not colour alone), part of the field's hint and so of
/// its `aria-describedby`.
pub fn template_marker(form: Form, field: Field) -> Option<AnyView> {
    if !Field::KOMMUNE_SPECIFIC.contains(&field) {
        return None;
    }
    let doc = form.doc;
    let todo = move || doc.with(|d| d.template.is_some() && field.get(d) == 0.0);
    Some(
        (move || {
            todo().then(|| {
                view! {
                    <span class="template-marker" id=format!("{}-todo", dom_id(field))>
                        {crate::text::saved::t().template_marker}
                    </span>
                }
            })
        })
        .into_any(),
    )
}
