//! The Kostenteilung in the form (docs/method.md, "Kostenteilung"): whether
//! the Kommune adopts together with other Körperschaften, who they are, the
//! key, the Land's part and which cost items are joint. It writes the
//! document's `sharing`; the split itself is the model's
//! (`model::sharing::share_costs`), shown here as the own share or as the
//! reason it cannot be computed yet.
//!
//! The own Kommune is the first participant and is not entered again: its
//! name, Einwohner and Fallzahl are the form's (Stammdaten, Nutzen), shown
//! read-only with links to them; only its Zielgruppe is typed here.
//!
//! Typed figures follow the form's rule: only valid values reach the
//! document, the text is kept, and errors go beside the input and into the
//! error summary (as `form.other_errors`, keyed by [`InputId::Sharing`]).
//!
//! Unticking the checkbox takes `sharing` out of the document, and keeps
//! it while the page is open: ticking again brings the bodies back (in
//! whichever assessment is open then), a reload does not.
//!
//! DOM contract: the section is `#section-sharing`, the checkbox
//! `#share-on`; body p (1 = the first other body) is `#body-<p>` with
//! `#body-<p>-name`, `-inhabitants`, `-cases`, `-target-group`, the own
//! Kommune `#body-0` with `#body-0-target-group`; `#share-add` adds a body,
//! `#share-key-<use|inhabitants|target-group|flat|mix>` are the keys, the
//! weights `#share-weight-<inhabitants|cases|target-group|flat>` in
//! `#share-weights`, the Land `#share-land-<share|one-time|yearly>`, the
//! joint items `#share-joint-<field key>`, and `#share-status` the own share
//! or the reason there is none.

use std::time::Duration;

use leptos::prelude::*;

use super::input_id::InputId;
use super::section::Section;
use super::state::Form;
use super::technical::{remove_button, rows};
use crate::format::input_value;
use crate::model::limits::{self, MAX_BODIES};
use crate::model::sharing::{
    can_be_joint, share_costs, Basis, Body, Key, Sharing, LAND_AMOUNT_DOMAIN, LAND_SHARE_DOMAIN,
    WEIGHT_DOMAIN,
};
use crate::model::{Assessment, Field, Part, Unit};
use crate::parse::{parse_number, parse_value, FieldError};
use crate::text::form::field_name;
use crate::text::sharing::{self as ts, t, BodyInput, LandInput, SharingInput};
use crate::ui::widgets::{focus_element, Checkbox, Entry, FieldBlock, Input, Look};

/// Reads a typed figure in stored units: `None` for an empty Zielgruppe
/// (none given).
fn read(input: SharingInput, text: &str) -> Result<Option<f64>, FieldError> {
    let people = Field::Inhabitants.domain();
    match input {
        SharingInput::Body(_, BodyInput::TargetGroup) if text.trim().is_empty() => Ok(None),
        SharingInput::Body(_, BodyInput::Cases) => {
            parse_value(Unit::Count, Field::CasesPerYear.domain(), text).map(Some)
        }
        SharingInput::Body(..) => parse_value(Unit::Count, people, text).map(Some),
        // Percentage points as typed, "50" or "50 %".
        SharingInput::Weight(_) => parse_number(text, Unit::Percent)
            .map_err(FieldError::Parse)
            .and_then(|v| WEIGHT_DOMAIN.check(v).map_err(FieldError::Domain))
            .map(Some),
        SharingInput::Land(LandInput::Share) => {
            parse_value(Unit::Percent, LAND_SHARE_DOMAIN, text).map(Some)
        }
        SharingInput::Land(_) => parse_value(Unit::Euro, LAND_AMOUNT_DOMAIN, text).map(Some),
    }
}

/// Whether `s` has the input (a body at its position; the own Kommune only
/// its Zielgruppe).
fn exists(s: &Sharing, input: SharingInput) -> bool {
    match input {
        SharingInput::Body(0, i) => i == BodyInput::TargetGroup,
        SharingInput::Body(p, _) => p <= s.bodies.len(),
        _ => true,
    }
}

/// The stored value of an input.
fn get(s: &Sharing, input: SharingInput) -> Option<f64> {
    match input {
        SharingInput::Body(0, _) => s.own_target_group,
        SharingInput::Body(p, i) => s.bodies.get(p - 1).and_then(|b| match i {
            BodyInput::Inhabitants => Some(b.inhabitants),
            BodyInput::Cases => Some(b.cases_per_year),
            BodyInput::TargetGroup => b.target_group,
        }),
        SharingInput::Weight(b) => Some(s.weights.of(b)),
        SharingInput::Land(LandInput::Share) => Some(s.land.share),
        SharingInput::Land(LandInput::OneTime) => Some(s.land.one_time),
        SharingInput::Land(LandInput::Yearly) => Some(s.land.yearly),
    }
}

/// Stores a value [`read`] accepted.
fn set(s: &mut Sharing, input: SharingInput, value: Option<f64>) {
    let v = value.unwrap_or(0.0);
    let slot = match input {
        SharingInput::Body(0, _) => {
            s.own_target_group = value;
            return;
        }
        SharingInput::Body(p, i) => {
            let Some(b) = s.bodies.get_mut(p - 1) else {
                return;
            };
            match i {
                BodyInput::Inhabitants => &mut b.inhabitants,
                BodyInput::Cases => &mut b.cases_per_year,
                BodyInput::TargetGroup => {
                    b.target_group = value;
                    return;
                }
            }
        }
        SharingInput::Weight(Basis::Inhabitants) => &mut s.weights.inhabitants,
        SharingInput::Weight(Basis::Use) => &mut s.weights.cases,
        SharingInput::Weight(Basis::TargetGroup) => &mut s.weights.target_group,
        SharingInput::Weight(Basis::Flat) => &mut s.weights.flat,
        SharingInput::Land(LandInput::Share) => &mut s.land.share,
        SharingInput::Land(LandInput::OneTime) => &mut s.land.one_time,
        SharingInput::Land(LandInput::Yearly) => &mut s.land.yearly,
    };
    *slot = v;
}

/// Changes the document's sharing, if it has one.
fn update(form: Form, f: impl FnOnce(&mut Sharing)) {
    form.doc.update(|d| {
        if let Some(s) = d.sharing.as_mut() {
            f(s);
        }
    });
}

/// Who a body's message names.
fn who(d: &Assessment, input: SharingInput) -> String {
    match (input, &d.sharing) {
        (SharingInput::Body(p, _), Some(s)) => ts::participant_name(d, s, p),
        _ => String::new(),
    }
}

/// Handles typed text: a valid value goes into the document, an invalid
/// one into the form's errors, with its text.
fn enter(form: Form, input: SharingInput, text: &str) {
    let id = InputId::Sharing(input);
    match read(input, text) {
        Ok(value) => {
            form.clear_other_error(id);
            update(form, |s| set(s, input, value));
        }
        Err(e) => {
            let who = form.doc.with_untracked(|d| who(d, input));
            form.set_other_error(id, ts::input_error(input, &who, &e), text);
        }
    }
}

/// Puts a draft back, as if typed. `false` if the document has no such
/// input (no sharing, or fewer bodies).
pub(super) fn restore_draft(form: Form, input: SharingInput, text: &str) -> bool {
    let found = form
        .doc
        .with_untracked(|d| d.sharing.as_ref().is_some_and(|s| exists(s, input)));
    if found {
        enter(form, input, text);
    }
    found
}

/// A typed figure. It shows what the user typed while that is invalid or
/// means the stored value, and the stored value otherwise (after another
/// document was opened).
fn number(form: Form, input: SharingInput, label: &'static str, hint: &'static str) -> AnyView {
    let id = InputId::Sharing(input);
    let stored = form.read(move |d| d.sharing.as_ref().and_then(|s| get(s, input)));
    let percent = input == SharingInput::Land(LandInput::Share);
    let raw = RwSignal::new(
        stored
            .get_untracked()
            .map(|v| input_value(v, percent))
            .unwrap_or_default(),
    );
    let error = Signal::derive(move || form.other_error(id));
    let shown = Signal::derive(move || {
        // A restored draft shows as it was typed.
        if let Some(draft) = form.other_text(id) {
            return draft;
        }
        let text = raw.get();
        match stored.get() {
            s if read(input, &text) == Ok(s) => text,
            Some(s) => input_value(s, percent),
            None => String::new(),
        }
    });
    let whole = matches!(
        input,
        SharingInput::Body(_, BodyInput::Inhabitants | BodyInput::TargetGroup)
    );
    let entry = if whole { Entry::Whole } else { Entry::Decimal };
    let input = Input::number(id.dom_id(), entry, shown, move |text| {
        enter(form, input, &text);
        raw.set(text);
    });
    view! { <FieldBlock input label hint=hint.into_any() error look=Look::Compact /> }.into_any()
}

/// The bodies' errors go when one is removed: the positions move.
fn clear_body_errors(form: Form) {
    form.clear_other_errors(
        &|id| matches!(id, InputId::Sharing(SharingInput::Body(p, _)) if p > 0),
    );
}

/// One other body (at `index` of `sharing.bodies`, participant `index + 1`)
/// as a card: name, Einwohner, cases, Zielgruppe, and its remove button.
fn body_card(form: Form, index: usize) -> AnyView {
    let p = index + 1;
    let name = form.read(move |d| {
        d.sharing
            .as_ref()
            .and_then(|s| s.bodies.get(index))
            .map(|b| b.name.clone())
            .unwrap_or_default()
    });
    let title = Signal::derive(move || ts::body_name(p, &name.get()));
    let name_input = Input::text(
        format!("body-{p}-name"),
        limits::Text::BodyName(p).max_chars(),
        name,
        move |text| {
            update(form, |s| {
                if let Some(b) = s.bodies.get_mut(index) {
                    b.name = text;
                }
            })
        },
    );
    let figure = |i, label| number(form, SharingInput::Body(p, i), label, "");
    view! {
        <fieldset class="body-card" id=format!("body-{p}")>
            <legend class="body-card__title">{title}</legend>
            <FieldBlock input=name_input label=t().name_label look=Look::Compact />
            <div class="body-card__numbers">
                {figure(BodyInput::Inhabitants, t().inhabitants_label)}
                {figure(BodyInput::Cases, t().cases_label)}
                {figure(BodyInput::TargetGroup, t().target_label)}
            </div>
            {remove_button(t().remove, "share-bodies-heading", Box::new(move || {
                clear_body_errors(form);
                update(form, |s| {
                    if index < s.bodies.len() {
                        s.bodies.remove(index);
                    }
                });
            }))}
        </fieldset>
    }
    .into_any()
}

/// The own Kommune: its figures from the form, read-only, and its
/// Zielgruppe.
fn own_card(form: Form) -> AnyView {
    let title = form.read(|d| ts::participant_label(0, &d.master.kommune));
    let facts = form.read(|d| {
        ts::own_facts(
            &input_value(d.master.inhabitants, false),
            &input_value(d.benefits.cases_per_year, false),
        )
    });
    view! {
        <fieldset class="body-card body-card--own" id="body-0">
            <legend class="body-card__title">{title}</legend>
            <p id="body-0-facts">{facts}</p>
            <p class="field__hint">{t().own_hint}</p>
            {number(
                form,
                SharingInput::Body(0, BodyInput::TargetGroup),
                t().target_label,
                t().target_hint,
            )}
        </fieldset>
    }
    .into_any()
}

/// The kebab-case name of a key in ids.
fn key_id(key: Key) -> &'static str {
    match key {
        Key::Use => "use",
        Key::Inhabitants => "inhabitants",
        Key::TargetGroup => "target-group",
        Key::Flat => "flat",
        Key::Mix => "mix",
    }
}

/// The key as radio buttons, each with one sentence, under the source.
fn key_choice(form: Form, key: Signal<Key>) -> AnyView {
    let radios = ts::KEYS
        .into_iter()
        .map(|k| {
            let id = format!("share-key-{}", key_id(k));
            let hint_id = format!("{id}-hint");
            view! {
                <div class="radio">
                    <input
                        class="radio__input"
                        type="radio"
                        name="share-key"
                        id=id.clone()
                        aria-describedby=hint_id.clone()
                        prop:checked=move || key.get() == k
                        on:change=move |_| update(form, |s| s.key = k)
                    />
                    <label class="radio__label" for=id>
                        {ts::key_name(k)}
                    </label>
                    <p class="field__hint radio__hint" id=hint_id>
                        {ts::key_hint(k)}
                    </p>
                </div>
            }
        })
        .collect_view();
    fieldset(
        "share-key",
        t().key_legend,
        t().source,
        radios.into_any(),
        None,
    )
}

/// A group of the section: a fieldset with its legend, a hint and `body`;
/// `hidden` while the signal says so. One shape for every group keeps the
/// view code small.
fn fieldset(
    id: &'static str,
    legend: &'static str,
    hint: &'static str,
    body: AnyView,
    hidden: Option<Signal<bool>>,
) -> AnyView {
    let hidden = hidden.unwrap_or_default();
    view! {
        <fieldset class="sharing__group" id=id prop:hidden=hidden>
            <legend class="sharing__legend">{legend}</legend>
            <p class="field__hint">{hint}</p>
            {body}
        </fieldset>
    }
    .into_any()
}

/// Typed figures side by side.
fn numbers(form: Form, inputs: &[(SharingInput, &'static str)]) -> AnyView {
    let inputs: Vec<AnyView> = inputs
        .iter()
        .map(|&(input, label)| number(form, input, label, ""))
        .collect();
    view! { <div class="sharing__numbers">{inputs}</div> }.into_any()
}

/// The joint cost items as checkboxes, one-time and yearly.
fn joint_items(form: Form) -> AnyView {
    let part = |part: Part, id: &'static str, legend: &'static str| {
        let boxes = Field::ALL
            .iter()
            .copied()
            .filter(|&f| can_be_joint(f) && f.part() == part)
            .map(|f| {
                let checked =
                    form.read(move |d| d.sharing.as_ref().is_some_and(|s| s.joint.contains(&f)));
                let on_change = Callback::new(move |on: bool| {
                    update(form, |s| {
                        if on {
                            s.joint.insert(f);
                        } else {
                            s.joint.remove(&f);
                        }
                    })
                });
                view! {
                    <Checkbox
                        id=format!("share-joint-{}", f.key())
                        label=field_name(f)
                        checked
                        on_change
                        small=true
                    />
                }
            })
            .collect_view();
        fieldset(id, legend, "", boxes.into_any(), None)
    };
    let groups = vec![
        part(
            Part::Integration,
            "share-joint-one-time",
            t().joint_one_time,
        ),
        part(Part::Operations, "share-joint-yearly", t().joint_yearly),
    ];
    fieldset(
        "share-joint",
        t().joint_legend,
        t().joint_hint,
        groups.into_any(),
        None,
    )
}

/// Everything below the checkbox, while the document has a sharing.
fn details(form: Form) -> AnyView {
    let doc = form.doc;
    let count = Memo::new(move |_| doc.with(|d| d.sharing.as_ref().map_or(0, |s| s.bodies.len())));
    let shape = Memo::new(move |_| vec![0; count.get()]);
    let full = Signal::derive(move || count.get() + 1 >= MAX_BODIES);
    let key = form.read(|d| d.sharing.as_ref().map(|s| s.key).unwrap_or_default());
    // The weights show for the mix, and while one of them is invalid (so
    // its text and message stay in view).
    let weights_hidden = Signal::derive(move || {
        key.get() != Key::Mix
            && !form.other_errors.with(|e| {
                e.iter()
                    .any(|(id, _)| matches!(id, InputId::Sharing(SharingInput::Weight(_))))
            })
    });
    let status = form.read(|d| {
        d.sharing.as_ref().map(|s| match share_costs(d, s) {
            Ok(c) => {
                let own = c.bodies.first().copied();
                let (o, y) = own.map_or((0.0, 0.0), |b| (b.one_time.euros(), b.yearly.euros()));
                (false, ts::own_share_line(o, y))
            }
            Err(e) => (true, ts::problem(e, |p| ts::participant_name(d, s, p))),
        })
    });
    let status_class = Signal::derive(move || {
        if status.with(|s| s.as_ref().is_some_and(|s| s.0)) {
            "sharing__status notice notice--warning"
        } else {
            "sharing__status"
        }
    });
    let status_text = Signal::derive(move || {
        status.with(|s| s.as_ref().map(|s| s.1.clone()).unwrap_or_default())
    });
    let not_full = Signal::derive(move || !full.get());
    let add = move |_| {
        update(form, |s| {
            if s.participant_count() < MAX_BODIES {
                s.bodies.push(Body::default());
            }
        });
        // The new body's name, once its card is drawn.
        let id = format!("body-{}-name", count.get_untracked());
        set_timeout(move || focus_element(&id), Duration::ZERO);
    };
    let weights = Basis::ALL.map(|b| (SharingInput::Weight(b), ts::weight_label(b)));
    let land = [
        (SharingInput::Land(LandInput::Share), t().land_share_label),
        (
            SharingInput::Land(LandInput::OneTime),
            t().land_one_time_label,
        ),
        (SharingInput::Land(LandInput::Yearly), t().land_yearly_label),
    ];
    // A list of erased views rather than one tuple of ten children: the
    // tuple's render code would be instantiated for this view alone.
    vec![
        view! {
            <h3 class="sharing__heading" id="share-bodies-heading" tabindex="-1">
                {t().bodies_heading}
            </h3>
        }
        .into_any(),
        view! { <div class="sharing__bodies">{own_card(form)} {rows(form, shape, body_card)}</div> }
            .into_any(),
        view! {
            <p class="field__hint" id="share-full" prop:hidden=not_full>
                {ts::list_full()}
            </p>
        }
        .into_any(),
        view! {
            <button type="button" class="button button--secondary" id="share-add" prop:hidden=full on:click=add>
                {t().add}
            </button>
        }
        .into_any(),
        key_choice(form, key),
        fieldset(
            "share-weights",
            t().weights_legend,
            t().weights_hint,
            numbers(form, &weights),
            Some(weights_hidden),
        ),
        view! {
            <p id="share-status" class=status_class aria-live="polite">
                {status_text}
            </p>
        }
        .into_any(),
        fieldset("share-land", t().land_legend, t().land_hint, numbers(form, &land), None),
        joint_items(form),
    ]
    .into_any()
}

/// The Kostenteilung section.
#[component]
pub fn SharingSection(form: Form) -> impl IntoView {
    let doc = form.doc;
    let on = Memo::new(move |_| doc.with(|d| d.sharing.is_some()));
    // What unticking took out, until ticking brings it back.
    let stash = StoredValue::new(None::<Sharing>);
    let on_change = Callback::new(move |tick: bool| {
        if tick {
            let mut kept = None;
            stash.update_value(|s| kept = s.take());
            doc.update(|d| d.sharing = Some(kept.unwrap_or_default()));
        } else {
            form.clear_other_errors(&|id| matches!(id, InputId::Sharing(_)));
            if let Some(taken) = doc.try_update(|d| d.sharing.take()).flatten() {
                stash.set_value(Some(taken));
            }
        }
    });
    let total = form.read(|d| ts::section_total(d.sharing.as_ref()));
    view! {
        <Section id="section-sharing" title=t().section total>
            <Checkbox
                id="share-on"
                label=t().toggle_label
                hint=t().toggle_hint
                checked=on
                on_change
            />
            {move || on.get().then(|| details(form))}
        </Section>
    }
}
