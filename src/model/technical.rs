//! Technische Bewertung: the prerequisites checklist (EfA-Mindestanforderungen
//! für Nachnutzende NL1–NL5 and further items) and the qualitative benefit
//! (Nutzwert) after WiBe 5.0.
//!
//! Item and criterion titles of the default catalogue live in `crate::text`,
//! keyed by their kind; only custom items carry their own title.

use serde::{Deserialize, Serialize};

use super::fields::Domain;
use super::inputs::Unknown;

/// Status of a prerequisite.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// erfüllt
    Erfuellt,
    /// offen (in Arbeit)
    Offen,
    /// nicht erfüllt
    NichtErfuellt,
    /// unbekannt (noch nicht geprüft)
    #[default]
    Unbekannt,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Erfuellt,
        Status::Offen,
        Status::NichtErfuellt,
        Status::Unbekannt,
    ];
}

/// Which prerequisite an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrerequisiteKind {
    /// NL1: Leistungs- und Zuständigkeitsdaten im PVOG gepflegt.
    Nl1Pvog,
    /// NL2: OSCI-Empfänger (Intermediär/Postfach) eingerichtet.
    Nl2Osci,
    /// NL3: DVDV-Eintrag vorhanden.
    Nl3Dvdv,
    /// NL4: Rechtssichere Zustellung von Bescheiden.
    Nl4Delivery,
    /// NL5: Bezahlkomponente (ePayBL o. ä.) angebunden.
    Nl5Payment,
    /// Schnittstelle zum Fachverfahren verfügbar.
    FachverfahrenInterface,
    /// Transportweg festgelegt (FIT-Connect / OSCI-XTA / anderer).
    TransportRoute,
    /// AVV abgeschlossen, DSFA erstellt oder nicht erforderlich.
    AvvDsfa,
    /// 1st- und 2nd-Level-Support organisiert.
    Support,
    /// IT-Sicherheit geprüft.
    ItSecurity,
    /// Barrierefreiheit des Dienstes geprüft.
    Accessibility,
    /// Eigener Punkt der Kommune.
    Custom,
}

/// Transportweg for the `TransportRoute` item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransportRoute {
    FitConnect,
    OsciXta,
    Other,
}

/// One item of the prerequisites checklist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prerequisite {
    pub kind: PrerequisiteKind,
    /// Title of a custom item; empty for catalogue items.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub status: Status,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Verantwortlich.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    /// Fällig bis, as the user writes it (e.g. "31.03.2027").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Muss-Kriterium: an unmet must-have blocks a recommendation.
    pub must_have: bool,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Default for Prerequisite {
    fn default() -> Self {
        Self::catalogue(PrerequisiteKind::Custom, false)
    }
}

impl Prerequisite {
    fn catalogue(kind: PrerequisiteKind, must_have: bool) -> Self {
        Self {
            kind,
            title: String::new(),
            status: Status::Unbekannt,
            note: String::new(),
            responsible: String::new(),
            due: String::new(),
            must_have,
            unknown: Unknown::new(),
        }
    }

    /// A new custom item.
    pub fn custom(title: &str) -> Self {
        Self {
            title: title.to_string(),
            ..Self::catalogue(PrerequisiteKind::Custom, false)
        }
    }
}

/// Which qualitative criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CriterionKind {
    /// Medienbruchfreiheit.
    MediaContinuity,
    /// Entlastung knapper Fachkräfte.
    StaffRelief,
    /// Nutzen für Bürgerinnen, Bürger und Unternehmen.
    CitizenBenefit,
    /// Abhängigkeit und Lock-in-Risiko (10 = geringes Risiko).
    LockInRisk,
    /// Datenschutz und Informationssicherheit.
    DataProtection,
    /// Barrierefreiheit.
    Accessibility,
    /// Strategische Passung (Digitalstrategie, OZG).
    StrategicFit,
    /// Eigenes Kriterium.
    Custom,
}

/// One criterion of the Nutzwertanalyse.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criterion {
    pub kind: CriterionKind,
    /// Title of a custom criterion; empty for catalogue criteria.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Gewicht in Prozentpunkten; all weights sum to 100.
    pub weight: f64,
    /// Punkte 0–10.
    pub score: f64,
    /// Not scored by the user yet: `score` does not count, and there is no
    /// Nutzwert while a criterion with weight is unscored. Missing in
    /// older documents, whose scores all count.
    #[serde(skip_serializing_if = "is_false")]
    pub unscored: bool,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Default for Criterion {
    fn default() -> Self {
        Self {
            kind: CriterionKind::Custom,
            title: String::new(),
            weight: 0.0,
            score: 0.0,
            unscored: false,
            unknown: Unknown::new(),
        }
    }
}

impl Criterion {
    /// A new custom criterion: no weight yet (the user distributes the
    /// 100 points) and not scored, so nothing counts that the user did
    /// not enter.
    pub fn custom(title: String) -> Self {
        Self {
            kind: CriterionKind::Custom,
            title,
            weight: 0.0,
            score: 0.0,
            unscored: true,
            unknown: Unknown::new(),
        }
    }

    /// The user scores the criterion: the score counts from now on.
    /// `score` must lie in 0–10.
    pub fn set_score(&mut self, score: f64) {
        self.score = score;
        self.unscored = false;
    }
}

/// Highest weight of one criterion, in Prozentpunkten.
pub const MAX_WEIGHT: f64 = 100.0;
/// Highest score of a criterion.
pub const MAX_SCORE: f64 = 10.0;
/// The weights a criterion takes: 0 to [`MAX_WEIGHT`].
pub const WEIGHT_DOMAIN: Domain = Domain {
    min: 0.0,
    max: MAX_WEIGHT,
    whole: false,
    optional: false,
};
/// The scores a criterion takes: 0 to [`MAX_SCORE`].
pub const SCORE_DOMAIN: Domain = Domain {
    min: 0.0,
    max: MAX_SCORE,
    whole: false,
    optional: false,
};
/// Nutzwert threshold (WiBe 5.0): above 50 of 100 points the qualitative
/// benefit can justify an adoption with a negative KW.
pub const NUTZWERT_THRESHOLD: f64 = 50.0;

/// The technical half of an assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Technical {
    pub prerequisites: Vec<Prerequisite>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transport_route: Option<TransportRoute>,
    pub criteria: Vec<Criterion>,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Default for Technical {
    /// The default catalogue: NL1–NL5 and the further items (all must-haves
    /// except accessibility review), and seven criteria weighted to 100 with
    /// neutral scores of 5. It is what a document without `technical`
    /// reads as, so older documents keep their Nutzwert of 50; a new
    /// assessment starts from [`Technical::unscored_catalogue`].
    fn default() -> Self {
        use PrerequisiteKind as P;
        let must = [
            P::Nl1Pvog,
            P::Nl2Osci,
            P::Nl3Dvdv,
            P::Nl4Delivery,
            P::Nl5Payment,
            P::FachverfahrenInterface,
            P::TransportRoute,
            P::AvvDsfa,
            P::Support,
            P::ItSecurity,
        ];
        let mut prerequisites: Vec<Prerequisite> = must
            .iter()
            .map(|&k| Prerequisite::catalogue(k, true))
            .collect();
        prerequisites.push(Prerequisite::catalogue(P::Accessibility, false));
        use CriterionKind as C;
        let criteria = [
            (C::MediaContinuity, 20.0),
            (C::StaffRelief, 20.0),
            (C::CitizenBenefit, 20.0),
            (C::LockInRisk, 10.0),
            (C::DataProtection, 10.0),
            (C::Accessibility, 10.0),
            (C::StrategicFit, 10.0),
        ]
        .into_iter()
        .map(|(kind, weight)| Criterion {
            kind,
            title: String::new(),
            weight,
            score: 5.0,
            unscored: false,
            unknown: Unknown::new(),
        })
        .collect();
        Self {
            prerequisites,
            transport_route: None,
            criteria,
            unknown: Unknown::new(),
        }
    }
}

/// How many checklist items have each status, in the order of
/// [`Status::ALL`]: erfüllt, offen, nicht erfüllt, unbekannt.
pub type StatusCounts = [usize; 4];

/// Counts the checklist items by status.
pub fn status_counts(items: &[Prerequisite]) -> StatusCounts {
    let mut counts = [0; 4];
    for item in items {
        if let Some(i) = Status::ALL.iter().position(|&s| s == item.status) {
            counts[i] += 1;
        }
    }
    counts
}

impl Technical {
    /// The default catalogue with every criterion unscored: what a new
    /// assessment starts with, so no Nutzwert is given (or cited) until
    /// the user has scored the criteria.
    pub fn unscored_catalogue() -> Self {
        let mut t = Self::default();
        for c in &mut t.criteria {
            c.score = 0.0;
            c.unscored = true;
        }
        t
    }

    /// Whether item `i` may be "erfüllt": the transport-route item only
    /// once a route is chosen. Every other item always.
    pub fn can_be_met(&self, i: usize) -> bool {
        self.prerequisites.get(i).is_some_and(|p| {
            p.kind != PrerequisiteKind::TransportRoute || self.transport_route.is_some()
        })
    }

    /// The status of item `i` as it counts: its own, except that an item
    /// that cannot be met ([`Technical::can_be_met`]) is "offen" rather
    /// than "erfüllt". `None` for no such item.
    pub fn status(&self, i: usize) -> Option<Status> {
        let p = self.prerequisites.get(i)?;
        Some(if p.status == Status::Erfuellt && !self.can_be_met(i) {
            Status::Offen
        } else {
            p.status
        })
    }

    /// Sets the status of item `i`. "erfüllt" for an item that cannot be
    /// met yet ([`Technical::can_be_met`]) is stored as "offen".
    pub fn set_status(&mut self, i: usize, status: Status) {
        if let Some(p) = self.prerequisites.get_mut(i) {
            p.status = status;
        }
        self.normalise();
    }

    /// Chooses the transport route. Without one, a transport-route item
    /// marked "erfüllt" goes back to "offen".
    pub fn set_transport_route(&mut self, route: Option<TransportRoute>) {
        self.transport_route = route;
        self.normalise();
    }

    /// Puts every item that is "erfüllt" but cannot be met
    /// ([`Technical::can_be_met`]) back to "offen". Every reader of a
    /// document runs it, and so does every setter here.
    pub fn normalise(&mut self) {
        for i in 0..self.prerequisites.len() {
            if let Some(status) = self.status(i) {
                self.prerequisites[i].status = status;
            }
        }
    }
}

/// Why no Nutzwert can be given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NutzwertError {
    /// The weights do not sum to 100 (the sum is given).
    WeightsNot100(f64),
    /// This many criteria with a weight are not scored yet.
    NotScored(usize),
}

/// How far the weight sum may be from 100 (rounding of typed decimals).
const WEIGHT_TOLERANCE: f64 = 1e-6;

/// Positions of criteria whose weight lies outside [`WEIGHT_DOMAIN`] or
/// whose score lies outside [`SCORE_DOMAIN`].
pub fn invalid_criteria(criteria: &[Criterion]) -> Vec<usize> {
    let within = |v: f64, domain: Domain| domain.check(Some(v)).is_ok();
    criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| !within(c.weight, WEIGHT_DOMAIN) || !within(c.score, SCORE_DOMAIN))
        .map(|(i, _)| i)
        .collect()
}

/// Sum of the weights.
pub fn weight_sum(criteria: &[Criterion]) -> f64 {
    criteria.iter().map(|c| c.weight).sum()
}

/// Nutzwert = Σ Gewicht × Punkte / 10, 0–100 points when the weights sum
/// to 100 and every criterion with a weight is scored (a criterion of
/// weight 0 needs no score).
pub fn nutzwert(criteria: &[Criterion]) -> Result<f64, NutzwertError> {
    let sum = weight_sum(criteria);
    if (sum - 100.0).abs() > WEIGHT_TOLERANCE {
        return Err(NutzwertError::WeightsNot100(sum));
    }
    let unscored = criteria
        .iter()
        .filter(|c| c.unscored && c.weight != 0.0)
        .count();
    if unscored > 0 {
        return Err(NutzwertError::NotScored(unscored));
    }
    Ok(criteria
        .iter()
        .map(|c| c.weight * c.score.clamp(0.0, MAX_SCORE) / MAX_SCORE)
        .sum())
}

/// Scales the weights to whole numbers that sum to exactly 100, keeping
/// their proportions as far as whole numbers allow (largest remainder).
/// With all weights 0 (or none valid), every criterion gets an equal share.
pub fn normalise_weights(criteria: &mut [Criterion]) {
    if criteria.is_empty() {
        return;
    }
    let valid = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    let sum: f64 = criteria.iter().map(|c| valid(c.weight)).sum();
    let n = criteria.len() as f64;
    let exact: Vec<f64> = criteria
        .iter()
        .map(|c| {
            if sum > 0.0 {
                valid(c.weight) / sum * 100.0
            } else {
                100.0 / n
            }
        })
        .collect();
    // Largest remainder first; equal remainders in list order.
    let whole = super::largest_remainder(100, &exact);
    for (c, w) in criteria.iter_mut().zip(whole) {
        c.weight = w as f64;
    }
}
