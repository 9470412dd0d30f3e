//! The input form: the error summary, then one collapsible section per
//! part of the EfA cost structure, each showing its total.
//!
//! - `state`: the editing [`state::Form`]: the document, drafts, errors;
//! - `input_id`: [`input_id::InputId`], which input a draft or an error
//!   belongs to, and its DOM id;
//! - `section`: one collapsible section with its total;
//! - `fields`: one numeric field as a compact row (range, note and
//!   unknown mark open from it), the names, the staff rate;
//! - `ranges`: min / max per field and the simulation settings;
//! - `technical`: the checklist of prerequisites and the Nutzwert;
//! - `sharing`: the Kostenteilung with other Körperschaften.
//!
//! On start two sections are open, so that a new user sees how data is
//! entered: Stammdaten and Nutzen (the case numbers and savings that
//! decide most). The others show their totals and open with one click.

pub mod alternatives;
pub mod fields;
pub mod input_id;
pub mod ranges;
pub mod section;
pub mod sharing;
pub mod state;
pub mod technical;

use leptos::prelude::*;

use self::fields::{
    MonetiseCheckbox, NumberField, RateField, StaffGroupSelect, TextField, TextKind,
};
use self::input_id::InputId;
use self::ranges::SimulationSettings;
use self::section::Section;
use self::sharing::SharingSection;
use self::state::Form;
use self::technical::{Nutzwert, Prerequisites};
use crate::model::reference::{self, Reference};
use crate::model::totals::SectionTotals;
use crate::model::{Field, Part};
use crate::text::{
    form::{
        citizen_trip_kreis_note, field_error, parameters_total, section_total, simulation_total,
        source_line, words, SectionTotal,
    },
    t,
};
use crate::ui::widgets::focus_element;

/// GOV.UK error summary: a heading and a link to each invalid field, in
/// the same words as the inline message. Only present while there are
/// errors.
#[component]
pub fn ErrorSummary(form: Form) -> impl IntoView {
    move || {
        let mut errors: Vec<(InputId, String)> = form.errors.with(|e| {
            e.iter()
                .map(|(field, error)| (InputId::Field(*field), field_error(*field, error)))
                .collect()
        });
        errors.extend(form.ranges.summary());
        errors.extend(form.other_errors.get());
        (!errors.is_empty()).then(|| {
            let items = errors
                .into_iter()
                .map(|(id, message)| {
                    let id = id.dom_id();
                    let href = format!("#{id}");
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_element(&id);
                                }
                            >
                                {message}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div
                    id="error-summary"
                    class="error-summary"
                    role="alert"
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                >
                    <h2 class="error-summary__title" id="error-summary-title">
                        {t().error_summary_heading}
                    </h2>
                    <ul class="error-summary__list">{items}</ul>
                </div>
            }
        })
    }
}

/// The source line of a fixed reference value.
fn source(reference: &Reference) -> Signal<String> {
    Signal::stored(source_line(reference))
}

/// A numeric field in its usual form: staff rates get their picker,
/// defaults their source.
fn field_view(form: Form, field: Field) -> AnyView {
    match field {
        Field::ProjectRate | Field::SecondLevelRate | Field::StaffRate => {
            view! { <RateField form field /> }.into_any()
        }
        Field::DiscountRate => {
            view! { <NumberField form field source=source(&reference::DISCOUNT_RATE_BMF) /> }
                .into_any()
        }
        Field::PostageSaved => view! {
            <NumberField form field source=source(&reference::POSTAGE_STANDARD_LETTER) />
        }
        .into_any(),
        Field::CitizenMinutesSaved => view! {
            <NumberField
                form
                field
                source=source(&reference::CITIZEN_TRIP_GEMEINDE_MINUTES)
                extra_note=citizen_trip_kreis_note()
            />
        }
        .into_any(),
        // Whether citizens' time counts comes right before what an hour of
        // it is worth.
        Field::CitizenHourValue => view! {
            <MonetiseCheckbox form />
            <NumberField form field />
        }
        .into_any(),
        f => view! { <NumberField form field=f /> }.into_any(),
    }
}

/// The fields of one part of the document, in form order.
fn fields(form: Form, part: Part) -> impl IntoView {
    Field::ALL
        .iter()
        .filter(|f| f.part() == part)
        .map(|&field| field_view(form, field))
        .collect_view()
}

/// A collapsed section of numeric fields only, with its total.
fn field_section(
    form: Form,
    part: Part,
    id: &'static str,
    title: &'static str,
    total: Signal<String>,
) -> impl IntoView {
    view! { <Section id title total>{fields(form, part)}</Section> }
}

/// The whole input form.
#[component]
pub fn AssessmentForm(form: Form) -> impl IntoView {
    let doc = form.doc;
    let totals = Memo::new(move |_| doc.with(SectionTotals::of));
    let total = move |section: SectionTotal| {
        Signal::derive(move || totals.with(|t| section_total(section, t)))
    };
    let parameters = form.read(|d| parameters_total(&d.parameters));
    let simulation =
        form.read(|d| simulation_total(d.uncertainty.samples, d.uncertainty.ranges.len()));
    view! {
        <form
            class="form"
            novalidate
            aria-labelledby="form-heading"
            on:submit=|ev| ev.prevent_default()
        >
            <h2 class="form__heading" id="form-heading">
                {t().form_heading}
            </h2>
            <ErrorSummary form />
            <alternatives::Alternatives form />
            <Section id="section-master" title=t().section_master total=String::new() open=true>
                <TextField form kind=TextKind::Service />
                <TextField form kind=TextKind::Kommune />
                {fields(form, Part::Master)}
            </Section>
            {field_section(form, Part::Integration, "section-integration", t().section_integration, total(SectionTotal::Integration))}
            {field_section(form, Part::Operations, "section-operations", t().section_operations, total(SectionTotal::Operations))}
            {field_section(form, Part::Support, "section-support", t().section_support, total(SectionTotal::Support))}
            {field_section(form, Part::Funding, "section-funding", t().section_funding, total(SectionTotal::Funding))}
            <SharingSection form />
            <Section
                id="section-benefits"
                title=t().section_benefits
                total=total(SectionTotal::Benefits)
                open=true
            >
                {fields(form, Part::Benefits)}
            </Section>
            <Prerequisites form total=total(SectionTotal::Checklist) />
            <Nutzwert form />
            <Section id="section-parameters" title=t().section_parameters total=parameters>
                {fields(form, Part::Parameters)}
                <StaffGroupSelect form />
            </Section>
            <Section id="section-simulation" title=words().section_simulation total=simulation>
                <SimulationSettings form />
            </Section>
        </form>
    }
}
