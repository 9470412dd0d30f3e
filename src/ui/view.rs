//! What every view of a document gets: the document, its analyses and
//! whether they lag behind what was typed ([`DocView`]). The result
//! components take nothing else, so they render any assessment.

use leptos::prelude::*;

use std::time::Duration;

use crate::model::recommendation::{recommend, Decision};
use crate::model::{analyse, evaluate, Analysis, Assessment, Evaluation};

/// The analysis of the document, in two steps so that a keystroke never
/// waits for the Monte Carlo: the input's own task evaluates the document
/// deterministically and decides (`evaluation`, `decision`: a few
/// microseconds), and the
/// results that depend on it are drawn before the browser paints. The full
/// `model::analyse` (Monte Carlo, tornado, switching values) runs in a
/// task of its own right after (`full`), over the document as it is then;
/// several changes in a row coalesce into one run. Until it has run,
/// `pending` is true and the uncertainty and sensitivity parts say so
/// (`aria-busy`). Both memos are computed from the same document by the
/// same model, so what they show is exactly what one `analyse` gives.
#[derive(Clone, Copy)]
pub struct Analyses {
    /// Deterministic evaluation of the current document.
    pub evaluation: Memo<Evaluation>,
    /// The decision on it.
    pub decision: Memo<Decision>,
    /// Everything, for the document as of the last follow-up task.
    pub full: Memo<Analysis>,
    /// Whether `full` is behind the document.
    pub pending: Memo<bool>,
}

/// The document as of the last follow-up task, and whether that lags
/// behind `doc`: what the slow analyses (Monte Carlo, switching values)
/// are computed from, so a burst of changes runs them once, after the
/// input's own task has drawn the rest.
pub fn settled(doc: Signal<Assessment>) -> (ReadSignal<Assessment>, Memo<bool>) {
    let settled = RwSignal::new(doc.get_untracked());
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        doc.track();
        if !scheduled.get_value() {
            scheduled.set_value(true);
            set_timeout(
                move || {
                    scheduled.set_value(false);
                    doc.with_untracked(|d| {
                        if settled.with_untracked(|s| s != d) {
                            settled.set(d.clone());
                        }
                    });
                },
                Duration::ZERO,
            );
        }
    });
    let pending = Memo::new(move |_| doc.with(|d| settled.with(|s| s != d)));
    (settled.read_only(), pending)
}

impl Analyses {
    /// The analyses of `doc`, whichever document that is: the one being
    /// edited, or any other (an alternative, a saved entry, a report).
    pub fn new(doc: Signal<Assessment>) -> Self {
        let evaluation = Memo::new(move |_| doc.with(evaluate));
        let decision = Memo::new(move |_| doc.with(|d| evaluation.with(|e| recommend(d, e))));
        let (settled, pending) = settled(doc);
        Self {
            evaluation,
            decision,
            full: Memo::new(move |_| settled.with(analyse)),
            pending,
        }
    }
}

/// The whole document (every alternative), as saved and shared, for the
/// views that need more than the alternative shown (the presentation's
/// link). Provided by the app.
#[derive(Clone, Copy)]
pub struct WholeDocument(pub Signal<Assessment>);

/// The context through which each field's switching-value hint reads the
/// full analysis: a newtype, so that no other `Memo<Analysis>` provided
/// later (an alternative's, a presentation's) can shadow it.
#[derive(Clone, Copy)]
pub struct FullAnalysis(pub Memo<Analysis>);

/// A read-only view of one assessment, which is all a result component
/// gets: the document, its analyses, and whether they lag behind what the
/// user typed ("veraltet"). Never the editing form, so the same components
/// can show the assessment being edited, a saved one, an alternative, a
/// presentation or a printed report.
#[derive(Clone, Copy)]
pub struct DocView {
    pub doc: Signal<Assessment>,
    pub analysis: Analyses,
    pub outdated: Signal<bool>,
}

impl DocView {
    /// The view of any other document, with analyses of its own.
    pub fn of(doc: Signal<Assessment>) -> Self {
        Self {
            doc,
            analysis: Analyses::new(doc),
            outdated: Signal::stored(false),
        }
    }
}
