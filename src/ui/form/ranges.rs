//! Ranges (Spannen) in the form, and the settings of the Monte Carlo
//! simulation (seed and sample count).
//!
//! Any numeric field can be switched from a point value to a range: the
//! field's own value stays the most likely value, and a minimum and a
//! maximum appear below it. Like the fields, the range keeps what the user
//! typed (`RangeState`), and only a valid range reaches the document, so
//! the document keeps holding valid values only (share links, autosave and
//! the decoder rely on that). An invalid range is shown beside the field
//! and in the error summary, and marks the results as outdated.
//!
//! Each field also shows its switching value (Umschlagpunkt) from the one
//! analysis memo, which `App` provides as context.

use leptos::prelude::*;

use super::input_id::InputId;
use super::state::Form;
use crate::format;
use crate::model::inputs::Range;
use crate::model::sensitivity::default_range;
use crate::model::uncertainty::{check_range, RangeError, SAMPLES_DOMAIN, SEED_DOMAIN};
use crate::model::{Assessment, Domain, Field, Unit};
use crate::parse::{parse_field, parse_number, FieldError};
use crate::text::t;
use crate::text::uncertainty::{self as tu, End};
use crate::ui::widgets::{dom_id, Checkbox, Entry, FieldBlock, Input, Look, Shared};

/// What the user typed into a field's range.
#[derive(Clone, Copy)]
pub struct RangeState {
    /// "Als Spanne angeben" is ticked.
    pub on: RwSignal<bool>,
    pub min: RwSignal<String>,
    pub max: RwSignal<String>,
}

/// Why a typed range is not usable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeProblem {
    /// One end is not a valid value of the field.
    End(End, FieldError),
    MinAboveMax,
    /// The range does not contain the most likely value (or leaves the
    /// domain).
    Range {
        likely: f64,
        error: RangeError,
    },
}

impl RangeProblem {
    /// The message beside the field and in the error summary.
    pub fn message(&self, field: Field) -> String {
        match self {
            RangeProblem::End(end, e) => tu::range_end_error(field, *end, e),
            RangeProblem::MinAboveMax => tu::range_min_above_max(field),
            RangeProblem::Range { likely, error } => tu::range_error(field, *likely, error),
        }
    }

    /// Whether the problem lies in this end (both ends for a swapped or
    /// out-of-domain range).
    fn concerns(&self, end: End) -> bool {
        match self {
            RangeProblem::End(e, _) => *e == end,
            RangeProblem::Range {
                error: RangeError::MinAboveLikely,
                ..
            } => end == End::Min,
            RangeProblem::Range {
                error: RangeError::MaxBelowLikely,
                ..
            } => end == End::Max,
            _ => true,
        }
    }

    /// The input the error summary links to.
    fn end(&self) -> End {
        if self.concerns(End::Min) {
            End::Min
        } else {
            End::Max
        }
    }
}

/// The ranges of every field plus seed and sample count. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Ranges {
    states: StoredValue<Vec<RangeState>>,
    /// The typed seed and sample count; their errors live in
    /// `Form::other_errors`.
    pub seed: RwSignal<String>,
    pub samples: RwSignal<String>,
    /// Every invalid range, in form order.
    pub problems: Memo<Vec<(Field, RangeProblem)>>,
}

fn text_of(field: Field, value: f64) -> String {
    format::input_value(value, field.unit() == Unit::Percent)
}

fn seed_text(doc: &Assessment) -> String {
    doc.uncertainty.seed.to_string()
}

fn samples_text(doc: &Assessment) -> String {
    format::input_value(f64::from(doc.uncertainty.samples), false)
}

/// The problem of one typed range, if any, against the likely value in
/// `doc`.
fn problem(field: Field, state: RangeState, doc: &Assessment) -> Option<RangeProblem> {
    if !state.on.get() {
        return None;
    }
    let min = state.min.with(|text| parse_field(field, text));
    let max = state.max.with(|text| parse_field(field, text));
    let (min, max) = match (min, max) {
        (Err(e), _) => return Some(RangeProblem::End(End::Min, e)),
        (_, Err(e)) => return Some(RangeProblem::End(End::Max, e)),
        (Ok(min), Ok(max)) => (min, max),
    };
    if min > max {
        return Some(RangeProblem::MinAboveMax);
    }
    let likely = field.get(doc);
    check_range(field, likely, &Range::new(min, max))
        .err()
        .map(|error| RangeProblem::Range { likely, error })
}

impl Ranges {
    /// The ranges of `doc`, every one valid.
    pub fn new(doc: RwSignal<Assessment>) -> Self {
        let (states, seed, samples) = doc.with_untracked(|d| {
            let states: Vec<RangeState> = Field::ALL
                .iter()
                .map(|&field| {
                    let range = d.uncertainty.ranges.get(&field);
                    RangeState {
                        on: RwSignal::new(range.is_some()),
                        min: RwSignal::new(
                            range.map_or_else(String::new, |r| text_of(field, r.min)),
                        ),
                        max: RwSignal::new(
                            range.map_or_else(String::new, |r| text_of(field, r.max)),
                        ),
                    }
                })
                .collect();
            (states, seed_text(d), samples_text(d))
        });
        let list = states.clone();
        let problems = Memo::new(move |_| {
            doc.with(|d| {
                Field::ALL
                    .iter()
                    .zip(&list)
                    .filter_map(|(&field, &state)| problem(field, state, d).map(|p| (field, p)))
                    .collect()
            })
        });
        Self {
            states: StoredValue::new(states),
            seed: RwSignal::new(seed),
            samples: RwSignal::new(samples),
            problems,
        }
    }

    /// The range state of one field.
    pub fn state(&self, field: Field) -> RangeState {
        let index = Field::ALL.iter().position(|&f| f == field).unwrap_or(0);
        self.states.with_value(|states| states[index])
    }

    /// Brings the document's range of `field` in line with what is typed:
    /// a valid typed range is stored; otherwise a stored range that no
    /// longer fits the (possibly just changed) likely value is removed, so
    /// the document never holds an invalid range. Call it inside the
    /// document update that changed the field.
    pub fn apply(&self, field: Field, doc: &mut Assessment) {
        let state = self.state(field);
        let typed = state.on.get_untracked().then(|| {
            let min = state.min.with_untracked(|t| parse_field(field, t));
            let max = state.max.with_untracked(|t| parse_field(field, t));
            (min, max)
        });
        let likely = field.get(doc);
        match typed {
            Some((Ok(min), Ok(max)))
                if min <= max && check_range(field, likely, &Range::new(min, max)).is_ok() =>
            {
                doc.uncertainty.ranges.insert(field, Range::new(min, max));
            }
            Some(_) => {
                let stale = doc
                    .uncertainty
                    .ranges
                    .get(&field)
                    .is_some_and(|r| check_range(field, likely, r).is_err());
                if stale {
                    doc.uncertainty.ranges.remove(&field);
                }
            }
            None => {
                doc.uncertainty.ranges.remove(&field);
            }
        }
    }

    /// Ticks or unticks "Als Spanne angeben". Ticking fills minimum and
    /// maximum with 20 % below and above the likely value (the same ends
    /// the tornado uses for point values), which the user then adjusts.
    pub fn toggle(&self, doc: RwSignal<Assessment>, field: Field, on: bool) {
        let state = self.state(field);
        state.on.set(on);
        if on {
            let likely = doc.with_untracked(|d| field.get(d));
            let range = default_range(field, likely);
            state.min.set(text_of(field, range.min));
            state.max.set(text_of(field, range.max));
        }
        doc.update(|d| self.apply(field, d));
    }

    /// Handles typed text in one end.
    pub fn input(&self, doc: RwSignal<Assessment>, field: Field, end: End, text: String) {
        let state = self.state(field);
        match end {
            End::Min => state.min.set(text),
            End::Max => state.max.set(text),
        }
        // Only a change that stores a different range touches the document
        // (and so the analysis).
        let mut next = doc.get_untracked();
        self.apply(field, &mut next);
        if next.uncertainty.ranges != doc.with_untracked(|d| d.uncertainty.ranges.clone()) {
            doc.update(|d| d.uncertainty.ranges = next.uncertainty.ranges);
        }
    }

    fn setting(&self, setting: Setting) -> RwSignal<String> {
        match setting {
            Setting::Seed => self.seed,
            Setting::Samples => self.samples,
        }
    }

    /// Resets every range text to a newly loaded document.
    pub fn load(&self, doc: &Assessment) {
        self.states.with_value(|states| {
            for (&field, state) in Field::ALL.iter().zip(states) {
                let range = doc.uncertainty.ranges.get(&field);
                state.on.set(range.is_some());
                state
                    .min
                    .set(range.map_or_else(String::new, |r| text_of(field, r.min)));
                state
                    .max
                    .set(range.map_or_else(String::new, |r| text_of(field, r.max)));
            }
        });
        self.seed.set(seed_text(doc));
        self.samples.set(samples_text(doc));
    }

    /// Every range problem as (the input to focus, message), in form
    /// order, for the error summary.
    pub fn summary(&self) -> Vec<(InputId, String)> {
        self.problems.with(|problems| {
            problems
                .iter()
                .map(|(field, p)| (InputId::Range(*field, p.end()), p.message(*field)))
                .collect()
        })
    }

    /// Whether any range is invalid.
    pub fn has_errors(&self) -> bool {
        self.problems.with(|p| !p.is_empty())
    }

    /// Both ends of every invalid range, by input (drafts; tracked).
    pub fn drafts(&self) -> Vec<(InputId, String)> {
        let invalid: Vec<Field> = self
            .problems
            .with(|ps| ps.iter().map(|(f, _)| *f).collect());
        invalid
            .into_iter()
            .flat_map(|field| {
                let state = self.state(field);
                [
                    (InputId::Range(field, End::Min), state.min.get()),
                    (InputId::Range(field, End::Max), state.max.get()),
                ]
            })
            .collect()
    }
}

/// Puts a draft of a range end back into its input, as if typed; the
/// range is ticked on.
pub(super) fn restore_end(form: Form, field: Field, end: End, text: String) {
    form.ranges.state(field).on.set(true);
    form.ranges.input(form.doc, field, end, text);
}

/// The two settings of the simulation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Seed,
    Samples,
}

impl Setting {
    fn domain(self) -> Domain {
        match self {
            Setting::Seed => SEED_DOMAIN,
            Setting::Samples => SAMPLES_DOMAIN,
        }
    }

    fn error(self) -> String {
        match self {
            Setting::Seed => tu::seed_error(),
            Setting::Samples => tu::samples_error(),
        }
    }
}

/// "Als Spanne angeben" for a field, and when ticked, the minimum and
/// maximum inputs with their shared hint and error.
#[component]
pub fn RangeInputs(form: Form, field: Field) -> impl IntoView {
    let ranges = form.ranges;
    let state = ranges.state(field);
    let on = move || state.on.get();
    let on_change = Callback::new(move |on: bool| ranges.toggle(form.doc, field, on));
    view! {
        <div class="range">
            <Checkbox
                id=format!("{}-range", dom_id(field))
                label=tu::t().range_toggle
                label_context=tu::for_field(field)
                checked=Signal::derive(on)
                on_change
                small=true
            />
            {move || on().then(|| view! { <RangeEnds form field /> })}
        </div>
    }
}

#[component]
fn RangeEnds(form: Form, field: Field) -> impl IntoView {
    let ranges = form.ranges;
    let id = dom_id(field);
    let hint_id = format!("{id}-range-hint");
    let error_id = format!("{id}-range-error");
    let problem = Memo::new(move |_| {
        ranges
            .problems
            .with(|ps| ps.iter().find(|(f, _)| *f == field).map(|(_, p)| *p))
    });
    let min = end_view(form, field, End::Min, problem, &hint_id, &error_id);
    let max = end_view(form, field, End::Max, problem, &hint_id, &error_id);
    view! {
        <div class="range__ends" class:field--error=move || problem.with(Option::is_some)>
            <p class="field__hint" id=hint_id.clone()>
                {tu::t().range_hint}
            </p>
            <div class="range__pair">{min} {max}</div>
            <p
                class="field__error"
                class:field__error--active=move || problem.with(Option::is_some)
                id=error_id.clone()
                role="alert"
            >
                {move || {
                    problem
                        .get()
                        .map(|p| {
                            view! {
                                <span class="visually-hidden">{t().error_prefix}</span>
                                {p.message(field)}
                            }
                        })
                }}
            </p>
        </div>
    }
}

/// One end (Minimum or Maximum) of a range: label and input, described by
/// the range's hint and, while this end is wrong, its message.
fn end_view(
    form: Form,
    field: Field,
    end: End,
    problem: Memo<Option<RangeProblem>>,
    hint_id: &str,
    error_id: &str,
) -> impl IntoView {
    let ranges = form.ranges;
    let state = ranges.state(field);
    let input_id = InputId::Range(field, end).dom_id();
    let raw = match end {
        End::Min => state.min,
        End::Max => state.max,
    };
    let invalid = Signal::derive(move || problem.with(|p| p.is_some_and(|p| p.concerns(end))));
    let described_by = {
        let (hint_id, error_id) = (hint_id.to_string(), error_id.to_string());
        Signal::derive(move || {
            if invalid.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        })
    };
    let label = match end {
        End::Min => tu::t().range_min,
        End::Max => tu::t().range_max,
    };
    let input = Input::number(input_id, Entry::Decimal, raw.into(), move |text| {
        ranges.input(form.doc, field, end, text)
    })
    .short(true);
    view! {
        <FieldBlock
            input
            label
            label_context=tu::for_field(field)
            shared=Shared { described_by, invalid }
            look=Look::Compact
        />
    }
}

/// The field's kritischer Wert as a hint line, only where it matters
/// (`Analysis::critical`): "Kritischer Wert: wirtschaftlich ab 14.200
/// Fällen pro Jahr". Empty elsewhere, and where no analysis is provided.
#[component]
pub fn SwitchingHint(field: Field) -> impl IntoView {
    let analysis = use_context::<crate::ui::view::FullAnalysis>().map(|c| c.0);
    let text = Signal::derive(move || {
        analysis
            .and_then(|a| a.with(|a| tu::critical_hint(field, a)))
            .unwrap_or_default()
    });
    let id = format!("{}-switching", dom_id(field));
    view! {
        <span class="field__switching" id=id>
            {text}
        </span>
    }
}

/// Handles typed text in the seed or sample-count field: a valid whole
/// number goes into the document, an invalid one into the form's errors.
pub(super) fn input_setting(form: Form, setting: Setting, text: String) {
    let value = parse_number(&text, Unit::Count)
        .ok()
        .and_then(|v| setting.domain().check(v).ok());
    let id = InputId::Setting(setting);
    match value {
        Some(_) => form.clear_other_error(id),
        None => form.set_other_error(id, setting.error(), &text),
    }
    form.ranges.setting(setting).set(text);
    if let Some(v) = value {
        form.doc.update(|d| match setting {
            // Both domains are whole numbers well inside u64 and u32.
            Setting::Seed => d.uncertainty.seed = v as u64,
            Setting::Samples => d.uncertainty.samples = v as u32,
        });
    }
}

/// Seed and sample count, in the Simulation section.
#[component]
pub fn SimulationSettings(form: Form) -> impl IntoView {
    let setting = move |setting: Setting| {
        let id = InputId::Setting(setting).dom_id();
        let (label, hint) = match setting {
            Setting::Seed => (tu::t().seed_label, tu::t().seed_hint),
            Setting::Samples => (tu::t().samples_label, tu::t().samples_hint),
        };
        let error = Signal::derive(move || {
            form.other_error(InputId::Setting(setting))
                .is_some()
                .then(|| setting.error())
        });
        let input = Input::number(
            id,
            Entry::Whole,
            form.ranges.setting(setting).into(),
            move |text| input_setting(form, setting, text),
        )
        .short(true);
        view! { <FieldBlock input label hint=hint.into_any() error /> }
    };
    view! { {setting(Setting::Seed)} {setting(Setting::Samples)} }
}
