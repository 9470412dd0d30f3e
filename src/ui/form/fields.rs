//! The form's fields, each one compact row: label and hint beside the
//! input, and below them a disclosure ("Spanne, Anmerkung, unbekannt")
//! that holds what a field can have besides its value: the staff-rate
//! reference picker, the range, a cost line's note and the "unbekannt"
//! mark. The row's summary names in words what is set ("Spanne 2–30",
//! "Anmerkung: …", "unbekannt"), so nothing hides behind a closed row.
//!
//! DOM contract: the disclosure of a field is `#<field id>-more`, its
//! summary `#<field id>-more-summary`; inside it the range toggle `…-range`, the note `…-note` and the unknown mark
//! `…-unknown` keep their ids (see `ui/mod.rs`).

use leptos::prelude::*;

use super::ranges::{RangeInputs, SwitchingHint};
use super::state::Form;
use crate::model::reference::{self, Reference};
use crate::model::{limits, Assessment, Field, StaffGroup, Unit};
use crate::text::technical::tt;
use crate::text::uncertainty::for_field;
use crate::text::{
    form::{
        adopt_reference_offer, annual_hours_reference, assumption_mark, field_error, field_label,
        field_name, field_text, more_offer, note_label, ramp_preview, range_badge, rate_option,
        source_line, staff_group_option, words,
    },
    t,
};
use crate::ui::widgets::{dom_id, Checkbox, Entry, FieldBlock, Input, Look, SelectBlock};

/// A numeric field as one row. `source` is the line naming where its
/// default comes from ("Quelle: …, Stand …"), `picker` a reference-value
/// select that opens from the row.
#[component]
pub fn NumberField(
    form: Form,
    field: Field,
    #[prop(optional, into)] source: Option<Signal<String>>,
    #[prop(optional)] extra_note: Option<String>,
    #[prop(optional)] picker: Option<AnyView>,
) -> impl IntoView {
    let id = dom_id(field);
    let state = form.field(field);
    let rate = picker.is_some();
    // A cost marked unknown is framed by the style (`:has` its mark
    // ticked); the row's badge says so in words.
    let class = if rate { "rate-field" } else { "" };
    let error = Signal::derive(move || state.error.with(|e| e.map(|e| field_error(field, &e))));
    // The hint and its note as one text; the source line (empty for most
    // fields) is announced when it changes with a chosen rate.
    let words = match extra_note {
        Some(note) => format!("{} {note}", field_text(field).hint),
        None => field_text(field).hint.to_string(),
    };
    let source = source.unwrap_or_default();
    // An unconfirmed value's mark names its source itself; a field that
    // does not hold its reference value offers it instead of naming it.
    let marked = Signal::derive(move || form.assumption(field).is_some());
    let offered =
        Signal::derive(move || !rate && form.doc.with(|d| d.reference_to_adopt(field).is_some()));
    let source = move || {
        if marked.get() || offered.get() {
            String::new()
        } else {
            source.get()
        }
    };
    let hint = view! {
        {words}
        <span class="field__source" aria-live="polite">
            {source}
        </span>
        {assumption_text(form, field)}
        <SwitchingHint field />
        {template_marker(form, field)}
        {(field == Field::RampYears).then(|| ramp_line(form))}
    };
    let after = view! {
        {differs_line(form, field)}
        {assumption_actions(form, field, marked, offered)}
        {more(form, field, picker)}
    };
    let input = Input::number(id, Entry::Decimal, state.raw.into(), move |text| {
        form.input(field, text)
    })
    .short(field_is_short(field));
    view! {
        <FieldBlock
            input
            label=field_label(field)
            hint=hint.into_any()
            error
            look=Look::Row
            class
            after=after.into_any()
        />
    }
}

/// The mark of a pre-filled value not yet confirmed, as part of the
/// field's hint (so a screen reader reads it with the field): "Referenzwert
/// – bitte prüfen: 67,79 € je Stunde (Quelle: …, Stand …)".
fn assumption_text(form: Form, field: Field) -> impl IntoView {
    move || {
        form.assumption(field).map(|a| {
            view! {
                <span class="assumption__mark" id=format!("{}-assumption", dom_id(field))>
                    {assumption_mark(&a)}
                </span>
            }
        })
    }
}

/// Below the input: "Wert bestätigen" while the value is an unconfirmed
/// assumption, or "Referenzwert übernehmen: 0,95 € (Quelle …)" while the
/// field does not hold its reference value. One click (or Enter) each;
/// focus returns to the field, which keeps its value.
fn assumption_actions(
    form: Form,
    field: Field,
    marked: Signal<bool>,
    offered: Signal<bool>,
) -> impl IntoView {
    let id = dom_id(field);
    let back = id.clone();
    let focus_field = move || crate::ui::widgets::focus_element(&back);
    let focus_again = focus_field.clone();
    let offer = move || {
        form.doc
            .with(|d| d.reference_to_adopt(field))
            .map(|r| adopt_reference_offer(field, r))
            .unwrap_or_default()
    };
    view! {
        <div class="assumption" prop:hidden=move || !marked.get() && !offered.get()>
            <button
                type="button"
                class="button button--secondary button--small"
                id=format!("{id}-confirm")
                prop:hidden=move || !marked.get()
                on:click=move |_| {
                    form.confirm(field);
                    focus_field();
                }
            >
                {t().assumption_confirm}
                <span class="visually-hidden">{format!(": {}", field_name(field))}</span>
            </button>
            <button
                type="button"
                class="button button--secondary button--small"
                id=format!("{id}-adopt")
                prop:hidden=move || marked.get() || !offered.get()
                on:click=move |_| {
                    form.adopt_reference(field);
                    focus_again();
                }
            >
                {offer}
                <span class="visually-hidden">{format!("{}{}", crate::text::t().for_field, field_name(field))}</span>
            </button>
        </div>
    }
}

/// While another alternative than the first is edited and this input
/// differs from the first's: "Anders als in „EfA-Nachnutzung“ (dort:
/// 1.234 €)", and a button that takes the first's value again.
fn differs_line(form: Form, field: Field) -> impl IntoView {
    let id = dom_id(field);
    let back = id.clone();
    move || {
        form.first_differs(field).map(|first| {
            let name = form.document.with(|d| {
                crate::text::results::alternative_name(0, d.variant_name(0).unwrap_or_default())
            });
            let text = crate::text::alternatives::differs_mark(
                &name,
                &crate::text::form::value_in_unit(field.unit(), first),
            );
            let back = back.clone();
            view! {
                <div class="differs" id=format!("{id}-differs")>
                    <span class="differs__mark">{text}</span>
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        id=format!("{id}-reset")
                        on:click=move |_| {
                            form.choose(field, first);
                            crate::ui::widgets::focus_element(&back);
                        }
                    >
                        {crate::text::alternatives::t().reset}
                        <span class="visually-hidden">{format!(": {}", field_name(field))}</span>
                    </button>
                </div>
            }
        })
    }
}

/// The yearly online shares under the ramp field (`ramp_preview`).
fn ramp_line(form: Form) -> impl IntoView {
    view! {
        <span class="field__ramp" id=format!("{}-preview", dom_id(Field::RampYears))>
            {move || form.doc.with(ramp_preview)}
        </span>
    }
}

/// Fields whose values are short (percentages, years, minutes) get a
/// narrower input, which hints at the expected length.
fn field_is_short(field: Field) -> bool {
    matches!(
        field.unit(),
        Unit::Percent | Unit::Years | Unit::Minutes | Unit::EuroPerCase | Unit::EuroPerHour
    )
}

/// The disclosure below a field's row: the reference picker (rate fields),
/// the range, the note (cost lines) and the unknown mark (costs to ask
/// for). Its summary shows what is set as badges and offers the rest.
fn more(form: Form, field: Field, picker: Option<AnyView>) -> AnyView {
    let ranges = form.ranges;
    let range = ranges.state(field);
    let has_picker = picker.is_some();
    let has_note = field.is_cost_line();
    let can_be_unknown = field.can_be_unknown();
    let note = form.read(move |d| note_of(d, field));
    let marked = form.read(move |d| d.unknown_costs.contains(&field));
    // One list of (class, words) keeps the summary one view type.
    let summary = move || {
        let mut parts: Vec<(&'static str, String)> = Vec::new();
        let range_on = range.on.get();
        if range_on {
            let invalid = ranges
                .problems
                .with(|ps| ps.iter().any(|(f, _)| *f == field));
            let text = if invalid {
                words().badge_range_invalid.to_string()
            } else {
                range_badge(&range.min.get(), &range.max.get())
            };
            parts.push(("badge", text));
        }
        let note_set = note.with(|n| {
            if !n.is_empty() {
                parts.push(("badge badge--note", format!("{}{n}", words().badge_note)));
            }
            !n.is_empty()
        });
        let marked = marked.get();
        if marked {
            parts.push(("badge badge--unknown", words().badge_unknown.to_string()));
        }
        if form.pinned.with(|p| p.contains(&field)) {
            parts.push(("badge", words().badge_pinned.to_string()));
        }
        let offer = more_offer(
            has_picker,
            !range_on,
            has_note && !note_set,
            can_be_unknown && !marked,
        );
        parts.push(("more__offer", offer));
        parts
            .into_iter()
            // The space keeps the words apart in the summary's name.
            .map(|(class, text)| view! { <span class=class>{text}</span>" " })
            .collect_view()
    };
    let id = dom_id(field);
    view! {
        <details class="more" id=format!("{id}-more")>
            <summary class="more__summary" id=format!("{id}-more-summary")>
                <span class="visually-hidden">{field_name(field)}{words().total_separator}</span>
                {summary}
            </summary>
            <div class="more__body">
                {picker}
                <RangeInputs form field />
                {has_note.then(|| note_input(form, field, note))}
                {can_be_unknown.then(|| unknown_mark(form, field, marked))}
                {pin_mark(form, field)}
            </div>
        </details>
    }
    .into_any()
}

fn note_of(doc: &Assessment, field: Field) -> String {
    field
        .cost_line(doc)
        .map(|line| line.note.clone())
        .unwrap_or_default()
}

/// A cost line's note (Anmerkung).
fn note_input(form: Form, field: Field, note: Signal<String>) -> impl IntoView {
    let doc = form.doc;
    let input = Input::text(
        format!("{}-note", dom_id(field)),
        limits::Text::Note(field).max_chars(),
        note,
        move |text| {
            doc.update(|d| {
                if let Some(line) = field.cost_line_mut(d) {
                    line.note = text;
                }
            })
        },
    );
    view! {
        <FieldBlock
            input
            label=note_label(field)
            hint=t().note_hint.into_any()
            look=Look::Compact
        />
    }
}

/// The "unbekannt / noch nicht angefragt" mark of a cost, and while it is
/// set, what it means.
fn unknown_mark(form: Form, field: Field, marked: Signal<bool>) -> impl IntoView {
    let doc = form.doc;
    let on_change = Callback::new(move |on: bool| {
        doc.update(|d| {
            if on {
                d.unknown_costs.insert(field);
            } else {
                d.unknown_costs.remove(&field);
            }
        })
    });
    view! {
        <Checkbox
            id=format!("{}-unknown", dom_id(field))
            label=tt().unknown_cost_label
            label_context=for_field(field)
            checked=marked
            on_change
            small=true
        />
        <p class="unknown-cost__note" prop:hidden=move || !marked.get()>
            {tt().unknown_cost_note}
        </p>
    }
}

/// "In der Präsentation zeigen": pins the field to the presentation's
/// drawer. While the drawer is full, an unpinned field says so instead.
fn pin_mark(form: Form, field: Field) -> impl IntoView {
    let pinned = Signal::derive(move || form.pinned.with(|p| p.contains(&field)));
    let full = Signal::derive(move || {
        !pinned.get() && form.pinned.with(|p| p.len() >= super::state::MAX_PINNED)
    });
    let on_change = Callback::new(move |on: bool| form.pin(field, on));
    view! {
        <div class="pin-mark" prop:hidden=full>
            <Checkbox
                id=format!("{}-pin", dom_id(field))
                label=words().pin_label
                label_context=for_field(field)
                hint=words().pin_hint
                checked=pinned
                on_change
                small=true
            />
        </div>
        <p class="field__hint pin-mark__full" prop:hidden=move || !full.get()>
            {words().pin_full}
        </p>
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
    let doc = form.doc;
    let input = Input::text(
        kind.id().to_string(),
        limits::MAX_NAME_CHARS,
        form.read(move |d| kind.get(d)),
        move |text| doc.update(|d| kind.set(d, text)),
    );
    view! { <FieldBlock input label hint=hint.into_any() /> }
}

/// The reference rate whose value equals `value`, if any.
fn matching_rate(value: f64) -> Option<&'static Reference> {
    reference::staff_rates().find(|r| r.value == value)
}

/// An hourly-rate field. Its row names the source of the rate shown (or
/// "Eigener Wert"); the picker of the Destatis and KGSt reference rates
/// opens from the row. Choosing one fills the field; the user can always
/// type their own rate.
#[component]
pub fn RateField(form: Form, field: Field) -> impl IntoView {
    let picker_id = format!("{}-picker", dom_id(field));
    let current = Memo::new(move |_| form.doc.with(|d| matching_rate(field.get(d)).map(|r| r.id)));
    let option = move |r: &'static Reference| {
        let id = r.id;
        view! {
            <option value=id prop:selected=move || current.get() == Some(id)>
                {rate_option(r)}
            </option>
        }
    };
    let source = Signal::derive(move || {
        current
            .get()
            .and_then(reference::staff_rate)
            .map_or_else(|| t().own_value.to_string(), source_line)
    });
    let on_choice = Callback::new(move |id: String| {
        if let Some(r) = reference::staff_rate(&id) {
            form.choose(field, r.value);
        }
    });
    let picker = view! {
        <SelectBlock
            id=picker_id
            label=format!("{}{}", t().rate_picker_label, t().optional_suffix)
            hint=t().rate_picker_hint.into_any()
            look=Look::Compact
            on_choice
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
        </SelectBlock>
    };
    view! { <NumberField form field source picker=picker.into_any() /> }
}

/// The checkbox that switches monetised citizens' time on.
#[component]
pub fn MonetiseCheckbox(form: Form) -> impl IntoView {
    let doc = form.doc;
    view! {
        <Checkbox
            id="f-monetise-citizen-time"
            label=t().monetise_label
            hint=t().monetise_hint
            checked=form.read(|d| d.benefits.monetise_citizen_time)
            on_change=Callback::new(move |on| doc.update(|d| d.benefits.monetise_citizen_time = on))
        />
    }
}

/// The select for the staff group that converts hours into VZÄ.
#[component]
pub fn StaffGroupSelect(form: Form) -> impl IntoView {
    let doc = form.doc;
    let group = form.read(|d| d.parameters.staff_group);
    let source = move || source_line(annual_hours_reference(group.get()));
    let hint = view! {
        {t().staff_group_hint}
        " "
        <span class="field__source">{source}</span>
    };
    let on_choice = Callback::new(move |value: String| {
        let group = if value == "beamte" {
            StaffGroup::Beamte
        } else {
            StaffGroup::Tarif
        };
        doc.update(|d| d.parameters.staff_group = group);
    });
    view! {
        <SelectBlock id="f-staff-group" label=t().staff_group_label hint=hint.into_any() on_choice>
            <option value="tarif" prop:selected=move || group.get() == StaffGroup::Tarif>
                {staff_group_option(StaffGroup::Tarif)}
            </option>
            <option value="beamte" prop:selected=move || group.get() == StaffGroup::Beamte>
                {staff_group_option(StaffGroup::Beamte)}
            </option>
        </SelectBlock>
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
