//! Empfehlung: economic and technical results combined into
//! "Nachnutzung empfohlen" / "prüfen" / "nicht empfohlen", with reasons.
//!
//! The rule (docs/method.md, and in the app):
//!
//! 1. **nicht empfohlen** if a must-have prerequisite is "nicht erfüllt", or
//!    if the adoption is neither wirtschaftlich (KW > 0) nor justified by
//!    its Nutzwert (> 50 of 100 points, WiBe 5.0).
//! 2. otherwise **prüfen** if anything is still open: a cost marked
//!    "unbekannt", a must-have that is "offen" or "unbekannt", or weights
//!    that do not sum to 100 (so the Nutzwert is not yet known while it is
//!    needed).
//! 3. otherwise **empfohlen**: KW > 0, or KW ≤ 0 with a Nutzwert above 50.
//!
//! Before any of it: without case numbers, online share or costs there is
//! no recommendation (**Unvollständig**), only what is missing.
//!
//! Two reasons inform without deciding: when KW > 0 but KW
//! haushaltswirksam < 0 (the budget pays, the gain is freed staff time),
//! and the pre-filled values still unconfirmed that change the result.
//!
//! Reasons name the field, item or criterion they come from, so the app
//! can link to it.
//!
//! For display, [`grouped_reasons`] sorts the reasons into sections in
//! the order a Kämmerer defends them — economic, then the budget, then
//! the must-have prerequisites, then other open items — and joins
//! must-haves of the same status into one line. That is presentation
//! only: which reasons exist, and the decision, are [`recommend`]'s
//! alone.

use serde::{Deserialize, Serialize};

use super::completeness::Missing;
use super::fields::Field;
use super::inputs::Assessment;
use super::technical::{nutzwert, NutzwertError, Status, NUTZWERT_THRESHOLD};
use super::Evaluation;

/// The overall recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recommendation {
    Empfohlen,
    Pruefen,
    NichtEmpfohlen,
    /// No recommendation yet: inputs a verdict needs are missing (the
    /// reasons say which).
    Unvollstaendig,
}

/// One reason, with what it refers to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// Must-have item (index into the checklist) is "nicht erfüllt".
    MustHaveNotMet(usize),
    /// Must-have item is "offen" or "unbekannt".
    MustHaveOpen(usize, Status),
    /// A cost input is marked "unbekannt / noch nicht angefragt".
    UnknownCost(Field),
    /// KW > 0: wirtschaftlich.
    KwPositive(f64),
    /// KW ≤ 0, but the Nutzwert (points) is above the threshold.
    JustifiedByNutzwert { kw: f64, nutzwert: f64 },
    /// KW ≤ 0 and the Nutzwert (points) is not above the threshold.
    NotJustified { kw: f64, nutzwert: f64 },
    /// KW ≤ 0 and no Nutzwert, because the weights sum to this, not 100.
    WeightsNot100 { kw: f64, sum: f64 },
    /// KW ≤ 0 and no Nutzwert, because this many weighted criteria are
    /// not scored yet.
    NutzwertNotScored { kw: f64, unscored: usize },
    /// KW > 0 but KW haushaltswirksam < 0: the budget pays `-kw_h`, and
    /// the gain is freed staff time (`kw_nh`, `fte` VZÄ in the last year)
    /// and, if monetised, citizens' time. Informs; decides nothing.
    BudgetPays {
        kw_h: f64,
        kw_nh: f64,
        citizens: f64,
        fte: f64,
    },
    /// Every must-have prerequisite is "erfüllt".
    AllMustHavesMet,
    /// A verdict needs this input (the decision is `Unvollstaendig`).
    Missing(Missing),
    /// Pre-filled values not yet confirmed that change the result, in
    /// form order. Informs; decides nothing.
    Unconfirmed(Vec<Field>),
}

/// The recommendation with its reasons, most severe first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub recommendation: Recommendation,
    pub reasons: Vec<Reason>,
    /// Nutzwert in points, when the weights sum to 100.
    pub nutzwert: Option<f64>,
}

/// Applies the rule in the module documentation.
pub fn recommend(a: &Assessment, e: &Evaluation) -> Decision {
    if !e.missing.is_empty() {
        return Decision {
            recommendation: Recommendation::Unvollstaendig,
            reasons: e.missing.iter().map(|&m| Reason::Missing(m)).collect(),
            nutzwert: None,
        };
    }
    let kw = e.kapitalwert.total;
    let nw = nutzwert(&a.technical.criteria);
    let mut hard = Vec::new();
    let mut open = Vec::new();
    // Each must-have with the status it counts with (`Technical::status`).
    let t = &a.technical;
    let must_haves: Vec<(usize, Status)> = (0..t.prerequisites.len())
        .filter(|&i| t.prerequisites[i].must_have)
        .filter_map(|i| Some((i, t.status(i)?)))
        .collect();
    for &(i, status) in &must_haves {
        match status {
            Status::NichtErfuellt => hard.push(Reason::MustHaveNotMet(i)),
            Status::Offen | Status::Unbekannt => open.push(Reason::MustHaveOpen(i, status)),
            Status::Erfuellt => {}
        }
    }
    open.extend(a.unknown_costs.iter().map(|&f| Reason::UnknownCost(f)));
    let economic = if kw > 0.0 {
        Reason::KwPositive(kw)
    } else {
        match nw {
            Ok(points) if points > NUTZWERT_THRESHOLD => Reason::JustifiedByNutzwert {
                kw,
                nutzwert: points,
            },
            Ok(points) => {
                hard.push(Reason::NotJustified {
                    kw,
                    nutzwert: points,
                });
                Reason::NotJustified {
                    kw,
                    nutzwert: points,
                }
            }
            Err(NutzwertError::WeightsNot100(sum)) => {
                open.push(Reason::WeightsNot100 { kw, sum });
                Reason::WeightsNot100 { kw, sum }
            }
            Err(NutzwertError::NotScored(unscored)) => {
                open.push(Reason::NutzwertNotScored { kw, unscored });
                Reason::NutzwertNotScored { kw, unscored }
            }
        }
    };
    let recommendation = if !hard.is_empty() {
        Recommendation::NichtEmpfohlen
    } else if !open.is_empty() {
        Recommendation::Pruefen
    } else {
        Recommendation::Empfohlen
    };
    let mut reasons = hard;
    reasons.extend(open);
    if !reasons.contains(&economic) {
        reasons.push(economic);
    }
    let kw_h = e.kapitalwert.haushaltswirksam;
    if kw > 0.0 && kw_h < 0.0 {
        reasons.push(Reason::BudgetPays {
            kw_h,
            kw_nh: e.kapitalwert.nicht_haushaltswirksam,
            citizens: e.kapitalwert.citizens,
            fte: e.fte_freed_final_year,
        });
    }
    if !must_haves.is_empty() && must_haves.iter().all(|&(_, s)| s == Status::Erfuellt) {
        reasons.push(Reason::AllMustHavesMet);
    }
    let unconfirmed: Vec<Field> = a.open_assumptions().iter().map(|x| x.field).collect();
    if !unconfirmed.is_empty() {
        reasons.push(Reason::Unconfirmed(unconfirmed));
    }
    // Economic reasons first when they decide, else in severity order.
    Decision {
        recommendation,
        reasons: super::sorted_by_key(reasons, |r| f64::from(severity(r))),
        nutzwert: nw.ok(),
    }
}

fn severity(r: &Reason) -> u8 {
    match r {
        Reason::MustHaveNotMet(_) | Reason::NotJustified { .. } | Reason::Missing(_) => 0,
        Reason::MustHaveOpen(..)
        | Reason::UnknownCost(_)
        | Reason::WeightsNot100 { .. }
        | Reason::NutzwertNotScored { .. } => 1,
        Reason::KwPositive(_) | Reason::JustifiedByNutzwert { .. } | Reason::BudgetPays { .. } => 2,
        Reason::AllMustHavesMet | Reason::Unconfirmed(_) => 3,
    }
}

/// The part of the list of reasons a reason is shown in, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReasonSection {
    /// Kapitalwert, Nutzwert and weights: whether the adoption pays off
    /// (or, without a verdict, what it still needs).
    Economic,
    /// What the budget pays while the gain is freed staff time.
    Budget,
    /// The must-have prerequisites of the checklist.
    MustHaves,
    /// Anything else still open: costs marked "unbekannt", unconfirmed
    /// pre-filled values.
    Open,
}

impl Reason {
    /// The section this reason is shown in.
    pub fn section(&self) -> ReasonSection {
        match self {
            Reason::KwPositive(_)
            | Reason::JustifiedByNutzwert { .. }
            | Reason::NotJustified { .. }
            | Reason::WeightsNot100 { .. }
            | Reason::NutzwertNotScored { .. }
            | Reason::Missing(_) => ReasonSection::Economic,
            Reason::BudgetPays { .. } => ReasonSection::Budget,
            Reason::MustHaveNotMet(_) | Reason::MustHaveOpen(..) | Reason::AllMustHavesMet => {
                ReasonSection::MustHaves
            }
            Reason::UnknownCost(_) | Reason::Unconfirmed(_) => ReasonSection::Open,
        }
    }

    /// The checklist item and its status, for a must-have that is not
    /// "erfüllt".
    fn must_have(&self) -> Option<(usize, Status)> {
        match *self {
            Reason::MustHaveNotMet(i) => Some((i, Status::NichtErfuellt)),
            Reason::MustHaveOpen(i, status) => Some((i, status)),
            _ => None,
        }
    }
}

/// One line of the list of reasons as shown.
#[derive(Clone, Debug, PartialEq)]
pub enum ReasonGroup {
    /// A reason on its own line.
    Single(Reason),
    /// Two or more must-haves with the same status (nicht erfüllt, offen
    /// or unbekannt): their checklist indices, in checklist order.
    MustHaves { status: Status, items: Vec<usize> },
}

impl ReasonGroup {
    /// The section this line is shown in.
    pub fn section(&self) -> ReasonSection {
        match self {
            ReasonGroup::Single(reason) => reason.section(),
            ReasonGroup::MustHaves { .. } => ReasonSection::MustHaves,
        }
    }
}

/// The decision's reasons as the app lists them: by section (economic,
/// budget, must-haves, open items); inside the must-haves "nicht erfüllt" before
/// "offen" before "unbekannt", each in checklist order; and every run of
/// two or more must-haves with the same status joined into one
/// [`ReasonGroup::MustHaves`]. A single must-have of its status stays a
/// [`ReasonGroup::Single`], worded as before. Every reason of the decision
/// appears exactly once.
pub fn grouped_reasons(d: &Decision) -> Vec<ReasonGroup> {
    let rank = |r: &Reason| {
        let status = r.must_have().map_or(0, |(_, status)| match status {
            Status::NichtErfuellt => 0,
            Status::Offen => 1,
            Status::Unbekannt | Status::Erfuellt => 2,
        });
        (r.section(), status)
    };
    let mut reasons: Vec<&Reason> = d.reasons.iter().collect();
    // Stable: reasons of equal rank keep the decision's (checklist) order.
    reasons.sort_by_key(|r| rank(r));
    let status = |r: &&Reason| r.must_have().map(|(_, status)| status);
    reasons
        .chunk_by(|a, b| status(a).is_some() && status(a) == status(b))
        .flat_map(|run| match (status(&run[0]), run.len()) {
            (Some(status), 2..) => vec![ReasonGroup::MustHaves {
                status,
                items: run
                    .iter()
                    .filter_map(|r| r.must_have())
                    .map(|(i, _)| i)
                    .collect(),
            }],
            _ => run
                .iter()
                .map(|&r| ReasonGroup::Single(r.clone()))
                .collect(),
        })
        .collect()
}
