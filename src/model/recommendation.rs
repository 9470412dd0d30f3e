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
