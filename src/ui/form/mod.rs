//! The input form: the error summary, then one `<fieldset>` per part of
//! the EfA cost structure.
//!
//! - `state`: the editing [`state::Form`]: the document, drafts, errors;
//! - `input_id`: [`input_id::InputId`], which input a draft or an error
//!   belongs to, and its DOM id;
//! - `fields`: one numeric or text field, cost lines, the staff rate;
//! - `ranges`: min / max per field and the simulation settings;
//! - `technical`: the checklist of prerequisites and the Nutzwert.

pub mod fields;
pub mod input_id;
pub mod ranges;
pub mod state;
pub mod technical;

use leptos::prelude::*;

use self::fields::{
    has_note, CostLineField, MonetiseCheckbox, NumberField, RateField, StaffGroupSelect, TextField,
    TextKind,
};
use self::input_id::InputId;
use self::ranges::SimulationSettings;
use self::state::Form;
use self::technical::{with_unknown_mark, Nutzwert, Prerequisites};
use crate::model::reference;
use crate::model::Field;
use crate::text::{
    form::{citizen_trip_kreis_note, field_error},
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

/// A numeric field in its usual form: cost lines get their note, staff
/// rates their picker, defaults their source.
fn field_view(form: Form, field: Field) -> AnyView {
    match field {
        Field::ProjectRate | Field::SecondLevelRate | Field::StaffRate => {
            view! { <RateField form field /> }.into_any()
        }
        Field::DiscountRate => {
            view! { <NumberField form field source=reference::DISCOUNT_RATE_BMF /> }.into_any()
        }
        Field::PostageSaved => {
            view! { <NumberField form field source=reference::POSTAGE_STANDARD_LETTER /> }
                .into_any()
        }
        Field::CitizenMinutesSaved => view! {
            <NumberField
                form
                field
                source=reference::CITIZEN_TRIP_GEMEINDE_MINUTES
                extra_note=citizen_trip_kreis_note()
            />
        }
        .into_any(),
        f if has_note(f) => view! { <CostLineField form field=f /> }.into_any(),
        f => view! { <NumberField form field=f /> }.into_any(),
    }
}

fn fields(form: Form, list: &[Field]) -> impl IntoView {
    list.iter()
        .map(|&field| with_unknown_mark(form, field, field_view(form, field)))
        .collect_view()
}

/// One group of the form.
#[component]
fn Section(legend: &'static str, children: Children) -> impl IntoView {
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">{legend}</legend>
            {children()}
        </fieldset>
    }
}

/// The whole input form.
#[component]
pub fn AssessmentForm(form: Form) -> impl IntoView {
    use Field::*;
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
            <Section legend=t().section_master>
                <TextField form kind=TextKind::Service />
                <TextField form kind=TextKind::Kommune />
                {fields(form, &[Inhabitants])}
            </Section>
            <Section legend=t().section_integration>
                {fields(
                    form,
                    &[
                        ConnectionFee,
                        FachverfahrenInterface,
                        Parametrisation,
                        Transport,
                        PvogDvdvCertificates,
                        DataProtection,
                        Training,
                        ProcessRedesign,
                        ProjectHours,
                        ProjectRate,
                    ],
                )}
            </Section>
            <Section legend=t().section_operations>
                {fields(
                    form,
                    &[
                        UsageFee,
                        InterfaceMaintenance,
                        TransportFees,
                        FurtherDevelopment,
                        PaymentFeePerCase,
                    ],
                )}
            </Section>
            <Section legend=t().section_support>
                {fields(
                    form,
                    &[FirstLevelContacts, FirstLevelCost, SecondLevelMinutes, SecondLevelRate],
                )}
            </Section>
            <Section legend=t().section_funding>
                {fields(form, &[OneTimeGrant, RecurringContribution, RecurringYears])}
            </Section>
            <Section legend=t().section_benefits>
                {fields(
                    form,
                    &[
                        CasesPerYear,
                        CaseGrowth,
                        OnlineShareStart,
                        OnlineShareTarget,
                        RampYears,
                        MinutesSaved,
                        StaffRate,
                        PostageSaved,
                        PrintScanSaved,
                        AvoidedLicence,
                        CitizenMinutesSaved,
                    ],
                )}
                <MonetiseCheckbox form />
                {fields(form, &[CitizenHourValue])}
            </Section>
            <Prerequisites form />
            <Nutzwert form />
            <Section legend=t().section_parameters>
                {fields(form, &[HorizonYears, DiscountRate, Escalation, OneTimeSpreadYears])}
                <StaffGroupSelect form />
                <SimulationSettings form />
            </Section>
        </form>
    }
}
