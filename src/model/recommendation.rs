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
//! Reasons name the field, item or criterion they come from, so the app
//! can link to it.
//!
//! For display, [`grouped_reasons`] sorts the reasons into sections —
//! economic first, then the must-have prerequisites, then other open
//! items — and joins must-haves of the same status into one line. That is
//! presentation only: which reasons exist, and the decision, are
//! [`recommend`]'s alone.

use serde::{Deserialize, Serialize};

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
    /// Every must-have prerequisite is "erfüllt".
    AllMustHavesMet,
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
    let kw = e.kapitalwert.total;
    let nw = nutzwert(&a.technical.criteria);
    let mut hard = Vec::new();
    let mut open = Vec::new();
    for (i, p) in a.technical.prerequisites.iter().enumerate() {
        if !p.must_have {
            continue;
        }
        match p.status {
            Status::NichtErfuellt => hard.push(Reason::MustHaveNotMet(i)),
            Status::Offen | Status::Unbekannt => open.push(Reason::MustHaveOpen(i, p.status)),
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
    let any_must = a.technical.prerequisites.iter().any(|p| p.must_have);
    if any_must
        && a.technical
            .prerequisites
            .iter()
            .all(|p| !p.must_have || p.status == Status::Erfuellt)
    {
        reasons.push(Reason::AllMustHavesMet);
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
        Reason::MustHaveNotMet(_) | Reason::NotJustified { .. } => 0,
        Reason::MustHaveOpen(..) | Reason::UnknownCost(_) | Reason::WeightsNot100 { .. } => 1,
        Reason::KwPositive(_) | Reason::JustifiedByNutzwert { .. } => 2,
        Reason::AllMustHavesMet => 3,
    }
}

/// The part of the list of reasons a reason is shown in, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReasonSection {
    /// Kapitalwert, Nutzwert and weights: whether the adoption pays off.
    Economic,
    /// The must-have prerequisites of the checklist.
    MustHaves,
    /// Anything else still open: costs marked "unbekannt".
    Open,
}

impl Reason {
    /// The section this reason is shown in.
    pub fn section(&self) -> ReasonSection {
        match self {
            Reason::KwPositive(_)
            | Reason::JustifiedByNutzwert { .. }
            | Reason::NotJustified { .. }
            | Reason::WeightsNot100 { .. } => ReasonSection::Economic,
            Reason::MustHaveNotMet(_) | Reason::MustHaveOpen(..) | Reason::AllMustHavesMet => {
                ReasonSection::MustHaves
            }
            Reason::UnknownCost(_) => ReasonSection::Open,
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
/// must-haves, open items); inside the must-haves "nicht erfüllt" before
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
