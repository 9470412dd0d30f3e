//! Kostenteilung: several Körperschaften (a Landkreis and its Gemeinden,
//! a Zweckverband, neighbouring Kommunen) adopt one EfA service together
//! and split the joint costs by a cost key (Kostenschlüssel).
//!
//! The keys are those the IT-Planungsrat allows for EfA services
//! (Beschluss 2021/23): Einwohner, tatsächliche Nutzungen,
//! Zielgruppengröße, or a combination. The angepasste Königsteiner
//! Schlüssel it also names divides between Länder and is not offered
//! between Kommunen; "je Körperschaft gleich" is the flat part of a
//! combination (the use-independent half of a 50/50 split). Without an
//! agreement, actual use applies (Beschluss 2021/24), so
//! [`Key::default`] is [`Key::Use`].
//!
//! Money here, unlike in the rest of the model, is exact: a share is an
//! amount someone invoices. Each pool (one-time, yearly) is split in
//! integer cents by the largest-remainder method, so the shares add up to
//! the pool to the cent. Read it beside docs/method.md, "Kostenteilung".

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::fields::{Domain, Field, Part, Unit};
use super::inputs::{Assessment, Range, Unknown};
use super::limits::MAX_BODIES;
use super::{evaluate, largest_remainder, Evaluation};

/// A participating body (Körperschaft), with the figures a key divides by.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Body {
    /// Name, e.g. "Gemeinde Musterdorf"; never interpreted.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Einwohnerzahl.
    pub inhabitants: f64,
    /// Fallzahl pro Jahr (tatsächliche Nutzung), all channels, in the
    /// first operation year: the body's `cases_per_year`.
    pub cases_per_year: f64,
    /// Zielgruppengröße: the people the service is for (dog owners for
    /// the Hundesteuer, businesses for a trade licence). Only a key that
    /// weights it needs it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_group: Option<f64>,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Body {
    pub fn new(name: impl Into<String>, inhabitants: f64, cases_per_year: f64) -> Self {
        Self {
            name: name.into(),
            inhabitants,
            cases_per_year,
            target_group: None,
            unknown: Unknown::new(),
        }
    }

    /// The same body with its Zielgruppengröße.
    pub fn with_target_group(mut self, size: f64) -> Self {
        self.target_group = Some(size);
        self
    }

    /// The user's own Kommune as the assessment describes it: name,
    /// Einwohner and Fallzahl from the document.
    pub fn own(a: &Assessment) -> Self {
        Self::new(
            a.master.kommune.clone(),
            a.master.inhabitants,
            a.benefits.cases_per_year,
        )
    }
}

/// Schlüsselgröße: what one part of a key divides by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Einwohner.
    Inhabitants,
    /// Tatsächliche Nutzung: the cases per year.
    Use,
    /// Zielgruppengröße.
    TargetGroup,
    /// Je Körperschaft gleich.
    Flat,
}

impl Basis {
    pub const ALL: [Basis; 4] = [
        Basis::Inhabitants,
        Basis::Use,
        Basis::TargetGroup,
        Basis::Flat,
    ];
}

/// The weights of a combined key ([`Key::Mix`]), one per [`Basis`]: any
/// numbers from 0 to [`MAX_WEIGHT`]. They count relative to their sum,
/// so 50/50 and 0,5/0,5 are the same key. A document keeps them while
/// another key is chosen, so switching back finds them again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Gewicht nach Einwohnern.
    #[serde(skip_serializing_if = "is_zero")]
    pub inhabitants: f64,
    /// Gewicht nach tatsächlicher Nutzung (Fallzahl).
    #[serde(skip_serializing_if = "is_zero")]
    pub cases: f64,
    /// Gewicht nach Zielgruppengröße.
    #[serde(skip_serializing_if = "is_zero")]
    pub target_group: f64,
    /// Gewicht je Körperschaft gleich.
    #[serde(skip_serializing_if = "is_zero")]
    pub flat: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Largest weight of a combined key: percentage points, so a mix reads
/// "50 % pauschal, 50 % nach Nutzung" (weights still count relative to
/// their sum).
pub const MAX_WEIGHT: f64 = 100.0;

/// What the form accepts as a weight of the mix: 0 to [`MAX_WEIGHT`]
/// percentage points, empty meaning 0.
pub const WEIGHT_DOMAIN: Domain = Domain {
    min: 0.0,
    max: MAX_WEIGHT,
    whole: false,
    optional: true,
};

/// What the form accepts as the Land's share ([`LandContribution::share`]):
/// a fraction from 0 to 1, empty meaning none.
pub const LAND_SHARE_DOMAIN: Domain = Domain {
    min: 0.0,
    max: 1.0,
    whole: false,
    optional: true,
};

/// What the form accepts as a Land amount: any euro amount of the
/// document, empty meaning none.
pub const LAND_AMOUNT_DOMAIN: Domain = super::fields::MONEY;

fn is_zero(value: &f64) -> bool {
    *value == 0.0
}

impl Weights {
    /// The weight of one basis.
    pub fn of(&self, basis: Basis) -> f64 {
        match basis {
            Basis::Inhabitants => self.inhabitants,
            Basis::Use => self.cases,
            Basis::TargetGroup => self.target_group,
            Basis::Flat => self.flat,
        }
    }
}

/// Kostenschlüssel (IT-Planungsrat Beschluss 2021/23). Written in a
/// document as `"inhabitants"`, `"use"`, `"target-group"`, `"flat"` or
/// `"mix"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Key {
    /// Nach Einwohnern.
    Inhabitants,
    /// Nach tatsächlicher Nutzung (Fallzahl). The key that applies
    /// without an agreement (Beschluss 2021/24), hence the default.
    #[default]
    Use,
    /// Nach Zielgruppengröße.
    TargetGroup,
    /// Je Körperschaft gleich.
    Flat,
    /// A weighted combination ([`Sharing::weights`]), e.g. 50 % flat +
    /// 50 % by use.
    Mix,
}

impl Key {
    /// The single basis of a key, `None` for the mix.
    pub fn basis(self) -> Option<Basis> {
        match self {
            Key::Inhabitants => Some(Basis::Inhabitants),
            Key::Use => Some(Basis::Use),
            Key::TargetGroup => Some(Basis::TargetGroup),
            Key::Flat => Some(Basis::Flat),
            Key::Mix => None,
        }
    }
}

/// What the Land pays towards the joint costs. It comes off each pool
/// before the split, so every body's share is of what remains: the share
/// of the pool plus the amount, together at most the pool (the Land pays
/// at most all of it, nobody receives money). Usually one of the two is
/// given; the default is nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LandContribution {
    /// Anteil der gemeinsamen Kosten, fraction 0..=1, of the one-time and
    /// of the yearly pool alike.
    #[serde(skip_serializing_if = "is_zero")]
    pub share: f64,
    /// Festbetrag in Euro, one-time.
    #[serde(skip_serializing_if = "is_zero")]
    pub one_time: f64,
    /// Festbetrag in Euro per year (base-year prices, escalated like the
    /// costs it pays for).
    #[serde(skip_serializing_if = "is_zero")]
    pub yearly: f64,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl LandContribution {
    /// The Land pays this fraction of both pools.
    pub fn share(share: f64) -> Self {
        Self {
            share,
            ..Self::default()
        }
    }

    /// The Land pays these amounts, once and per year.
    pub fn amount(one_time: f64, yearly: f64) -> Self {
        Self {
            one_time,
            yearly,
            ..Self::default()
        }
    }
}

/// The joint cost items when the user picks none: the EfA fees
/// (Anschlussgebühr, Nutzungsentgelt, Anteil an der Weiterentwicklung,
/// chargeable under Beschluss 2021/23) and the shared integration (one
/// Fachverfahren interface for all bodies, for instance at their common
/// IT-Dienstleister, and its upkeep).
pub const DEFAULT_JOINT: [Field; 5] = [
    Field::ConnectionFee,
    Field::FachverfahrenInterface,
    Field::UsageFee,
    Field::InterfaceMaintenance,
    Field::FurtherDevelopment,
];

/// Whether a cost input can be a joint cost item: an amount in euros,
/// one-time (Integration) or per year (Betrieb). Per-case costs
/// (ePayBL, support) follow each body's own cases anyway, and own staff
/// hours are no amount to invoice.
pub fn can_be_joint(field: Field) -> bool {
    field.is_cost() && field.unit() == Unit::Euro
}

/// Whether a joint item falls in the one-time pool (else the yearly one).
fn is_one_time(field: Field) -> bool {
    field.part() == Part::Integration
}

/// A cost sharing (Kostenteilung): who takes part, by which key, and
/// what is joint. It is the `sharing` section of the document.
///
/// The user's own Kommune is not stored as a body: it is derived from the
/// assessment (`Body::own`: the Kommune's name, its Einwohner and its
/// Fallzahl), with [`Sharing::own_target_group`] as its Zielgruppe, and is
/// always the first participant. So the split cannot disagree with the
/// form, and a link carries those figures once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sharing {
    /// The other bodies, after the own Kommune in the order the shares are
    /// listed and remainders broken (with it, at most [`MAX_BODIES`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Body>,
    /// Zielgruppengröße of the own Kommune (only a key that weights it
    /// needs it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own_target_group: Option<f64>,
    #[serde(skip_serializing_if = "is_default")]
    pub key: Key,
    /// The weights of [`Key::Mix`]; kept, and not used, under the other
    /// keys.
    #[serde(skip_serializing_if = "is_default")]
    pub weights: Weights,
    #[serde(skip_serializing_if = "is_default")]
    pub land: LandContribution,
    /// The joint cost items ([`can_be_joint`]). Their amounts in the
    /// assessment are the whole joint costs, what all bodies together
    /// pay; every other amount is the own Kommune's. Missing in a
    /// document: [`DEFAULT_JOINT`].
    #[serde(skip_serializing_if = "is_default_joint")]
    pub joint: BTreeSet<Field>,
    /// Keys this build does not know (kept, never read).
    #[serde(flatten)]
    pub unknown: Unknown,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn is_default_joint(joint: &BTreeSet<Field>) -> bool {
    joint.len() == DEFAULT_JOINT.len() && DEFAULT_JOINT.iter().all(|f| joint.contains(f))
}

impl Default for Sharing {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl Sharing {
    /// A sharing with these other bodies, by actual use (Beschluss
    /// 2021/24), without a Land contribution, of the [`DEFAULT_JOINT`]
    /// items.
    pub fn new(bodies: Vec<Body>) -> Self {
        Self {
            bodies,
            own_target_group: None,
            key: Key::default(),
            weights: Weights::default(),
            land: LandContribution::default(),
            joint: DEFAULT_JOINT.into_iter().collect(),
            unknown: Unknown::new(),
        }
    }

    /// How many bodies take part: the own Kommune and the others.
    pub fn participant_count(&self) -> usize {
        1 + self.bodies.len()
    }

    /// Participant `i` (0 = the own Kommune, from `a`; `i` ≥ 1 =
    /// `bodies[i − 1]`), `None` past the end.
    pub fn participant(&self, a: &Assessment, i: usize) -> Option<Body> {
        if i == 0 {
            let mut own = Body::own(a);
            own.target_group = self.own_target_group;
            Some(own)
        } else {
            self.bodies.get(i - 1).cloned()
        }
    }

    /// Every participant, the own Kommune first.
    pub fn participants(&self, a: &Assessment) -> Vec<Body> {
        (0..self.participant_count())
            .filter_map(|i| self.participant(a, i))
            .collect()
    }

    /// The weights the key divides by, in [`Basis::ALL`] order: the
    /// mix's, or 1 for its one basis alone.
    pub fn weights_in_use(&self) -> [f64; 4] {
        match self.key.basis() {
            Some(only) => Basis::ALL.map(|b| if b == only { 1.0 } else { 0.0 }),
            None => Basis::ALL.map(|b| self.weights.of(b)),
        }
    }

    /// Every stored figure outside its domain, in document order (what
    /// `share::decode_assessment` refuses): the own Zielgruppe and each
    /// other body's figures (by participant position), the weights (each
    /// 0 to [`MAX_WEIGHT`]), the Land's part (share 0–100 %, amounts
    /// ≥ 0) and joint items that cannot be joint. An incomplete sharing
    /// is not invalid: a key weighting the Zielgruppe while a body has
    /// none, or a mix whose weights are all 0, is what the form holds
    /// until the user has typed everything; [`share_costs`] says so.
    pub fn invalid(&self) -> Vec<SharingError> {
        let mut found = Vec::new();
        let people = Field::Inhabitants.domain();
        if self.own_target_group.is_some_and(|v| !within(people, v)) {
            found.push(SharingError::BodyValue {
                body: 0,
                basis: Basis::TargetGroup,
            });
        }
        for (k, b) in self.bodies.iter().enumerate() {
            if let Err(e) = check_body(k + 1, b) {
                found.push(e);
            }
        }
        let weight = |v: f64| v.is_finite() && (0.0..=MAX_WEIGHT).contains(&v);
        if !Basis::ALL.iter().all(|&b| weight(self.weights.of(b))) {
            found.push(SharingError::Weights);
        }
        if check_land(&self.land).is_err() {
            found.push(SharingError::Land);
        }
        found.extend(
            self.joint
                .iter()
                .filter(|&&f| !can_be_joint(f))
                .map(|&f| SharingError::NotJoint(f)),
        );
        found
    }
}

/// Why a sharing cannot be computed. Values are named by position and
/// field, never by text from the document. A body's position counts the
/// participants: 0 is the own Kommune, 1 the first of `Sharing::bodies`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SharingError {
    /// More participants than [`MAX_BODIES`].
    TooManyBodies(usize),
    /// A body's figure is negative, not a number, beyond its domain or
    /// not whole where it must be (Einwohner and Zielgruppe as
    /// `Field::Inhabitants`, cases as `Field::CasesPerYear`).
    BodyValue { body: usize, basis: Basis },
    /// The key weights the Zielgruppengröße, and this body has none.
    MissingTargetGroup { body: usize },
    /// A weight of the mix is negative, not a number or above
    /// [`MAX_WEIGHT`].
    Weights,
    /// The key is the mix and all its weights are 0.
    NoWeight,
    /// The Land's share lies outside 0..=1, or an amount is negative or
    /// not a number.
    Land,
    /// This field cannot be a joint cost item ([`can_be_joint`]).
    NotJoint(Field),
    /// The assessment's amount of this joint item lies outside its domain.
    JointCost(Field),
}

/// An exact amount in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub i64);

impl Cents {
    /// The amount in euros (for display and for the Kapitalwert).
    pub fn euros(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Euros to the nearest cent (half away from zero).
    fn of_euros(euros: f64) -> Self {
        // Callers pass checked amounts; `as` saturates in any case.
        Cents((euros * 100.0).round() as i64)
    }
}

/// One pool of joint costs: the one-time or the yearly one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pool {
    /// Σ of the joint items in the pool.
    pub joint: Cents,
    /// What the Land pays of it.
    pub land: Cents,
    /// What the bodies split: `joint − land`.
    pub split: Cents,
}

/// One body's share of the joint costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BodyShare {
    /// The body's fraction under the key, before rounding to cents; the
    /// fractions of all bodies sum to 1.
    pub fraction: f64,
    /// Share of the one-time pool.
    pub one_time: Cents,
    /// Share of the yearly pool (base-year prices).
    pub yearly: Cents,
}

/// The split of both pools, one share per participant (the own Kommune
/// first, then `Sharing::bodies` in order).
#[derive(Clone, Debug, PartialEq)]
pub struct CostShares {
    pub one_time: Pool,
    pub yearly: Pool,
    pub bodies: Vec<BodyShare>,
}

/// A body's figure under one basis (1 for flat).
fn key_value(body: &Body, basis: Basis) -> Option<f64> {
    match basis {
        Basis::Inhabitants => Some(body.inhabitants),
        Basis::Use => Some(body.cases_per_year),
        Basis::TargetGroup => body.target_group,
        Basis::Flat => Some(1.0),
    }
}

/// Whether `v` is a value of `domain` (finite, within its ends, whole
/// where it must be).
fn within(domain: Domain, v: f64) -> bool {
    domain.check(Some(v)).is_ok()
}

/// Checks every figure of the body at participant position `i` against
/// its domain.
fn check_body(i: usize, b: &Body) -> Result<(), SharingError> {
    let people = Field::Inhabitants.domain();
    let bad = |basis| Err(SharingError::BodyValue { body: i, basis });
    if !within(people, b.inhabitants) {
        return bad(Basis::Inhabitants);
    }
    if !within(Field::CasesPerYear.domain(), b.cases_per_year) {
        return bad(Basis::Use);
    }
    if b.target_group.is_some_and(|v| !within(people, v)) {
        return bad(Basis::TargetGroup);
    }
    Ok(())
}

/// Each body's fraction under the key: f_b = Σ_k w_k/W × v_{k,b}/V_k
/// over the bases k with weight w_k > 0 (W = Σ w_k, V_k = Σ_b v_{k,b}).
/// A basis whose values are all 0 divides flat (1/n each), so a body
/// with value 0 gets 0 of that part unless every body has 0.
fn fractions(bodies: &[Body], weights: [f64; 4]) -> Result<Vec<f64>, SharingError> {
    let valid = weights.iter().all(|w| w.is_finite() && *w >= 0.0);
    let total_weight: f64 = weights.iter().sum();
    if !valid || !total_weight.is_finite() {
        return Err(SharingError::Weights);
    }
    if total_weight <= 0.0 {
        return Err(SharingError::NoWeight);
    }
    let n = bodies.len();
    let mut fractions = vec![0.0; n];
    for (basis, w) in Basis::ALL.into_iter().zip(weights) {
        let weight = w / total_weight;
        if weight == 0.0 {
            continue;
        }
        let values = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| key_value(b, basis).ok_or(SharingError::MissingTargetGroup { body: i }))
            .collect::<Result<Vec<f64>, _>>()?;
        let sum: f64 = values.iter().sum();
        for (f, v) in fractions.iter_mut().zip(values) {
            *f += weight * if sum > 0.0 { v / sum } else { 1.0 / n as f64 };
        }
    }
    Ok(fractions)
}

/// Σ of the joint items of one pool, each checked against its domain.
fn joint_total(
    a: &Assessment,
    joint: &BTreeSet<Field>,
    one_time: bool,
) -> Result<f64, SharingError> {
    let mut sum = 0.0;
    for &field in joint.iter().filter(|&&f| is_one_time(f) == one_time) {
        let amount = field.get(a);
        if field.domain().check(Some(amount)).is_err() {
            return Err(SharingError::JointCost(field));
        }
        sum += amount;
    }
    Ok(sum)
}

/// One pool: the joint cents, the Land's part (its share of the pool plus
/// its amount, capped at the pool), and what remains to split.
fn pool(joint: f64, land: &LandContribution, one_time: bool) -> Pool {
    let joint = Cents::of_euros(joint);
    let share = (joint.0 as f64 * land.share).round() as i64;
    let amount = Cents::of_euros(if one_time { land.one_time } else { land.yearly }).0;
    let land = share.saturating_add(amount).clamp(0, joint.0);
    Pool {
        joint,
        land: Cents(land),
        split: Cents(joint.0 - land),
    }
}

fn check_land(land: &LandContribution) -> Result<(), SharingError> {
    let amount = |v: f64| v.is_finite() && v >= 0.0;
    let valid = land.share.is_finite()
        && (0.0..=1.0).contains(&land.share)
        && amount(land.one_time)
        && amount(land.yearly);
    valid.then_some(()).ok_or(SharingError::Land)
}

/// Splits the joint costs of `a` among the participants of `sharing`
/// (the own Kommune first).
///
/// Each pool (one-time, yearly) is Σ of its joint items in cents, less
/// the Land's contribution; it is split by the key's fractions, each
/// quota rounded down to a cent and the missing cents given one each to
/// the largest remainders, equal remainders in body order. The shares
/// therefore sum to the pool exactly.
pub fn share_costs(a: &Assessment, sharing: &Sharing) -> Result<CostShares, SharingError> {
    let n = sharing.participant_count();
    if n > MAX_BODIES {
        return Err(SharingError::TooManyBodies(n));
    }
    if let Some(&error) = sharing.invalid().first() {
        return Err(error);
    }
    let bodies = sharing.participants(a);
    // The own Kommune's figures come from the assessment.
    check_body(0, &bodies[0])?;
    let one_time = pool(joint_total(a, &sharing.joint, true)?, &sharing.land, true);
    let yearly = pool(joint_total(a, &sharing.joint, false)?, &sharing.land, false);
    let fractions = fractions(&bodies, sharing.weights_in_use())?;
    let split = |pool: Pool| {
        let quotas: Vec<f64> = fractions.iter().map(|f| f * pool.split.0 as f64).collect();
        largest_remainder(pool.split.0, &quotas)
    };
    let (once, every_year) = (split(one_time), split(yearly));
    let bodies = fractions
        .iter()
        .zip(once.into_iter().zip(every_year))
        .map(|(&fraction, (o, y))| BodyShare {
            fraction,
            one_time: Cents(o),
            yearly: Cents(y),
        })
        .collect();
    Ok(CostShares {
        one_time,
        yearly,
        bodies,
    })
}

/// Sets `field` to `value` and moves its range, if it has one, by
/// `factor`, kept around the new value; both inside the domain (a share
/// rounded up by half a cent must not lift an amount at the domain's
/// maximum past it).
fn rescale(doc: &mut Assessment, field: Field, value: f64, factor: f64) {
    let d = field.domain();
    field.set(doc, value.min(d.max).max(d.min));
    let likely = field.get(doc);
    if let Some(r) = doc.uncertainty.ranges.get_mut(&field) {
        // `min`/`max` rather than `clamp`, which panics on crossed bounds.
        *r = Range {
            min: (r.min * factor).min(likely).max(d.min),
            max: (r.max * factor).max(likely).min(d.max),
            unknown: std::mem::take(&mut r.unknown),
        };
    }
}

/// The assessment as it would read for one participant (docs/method.md,
/// "Kostenteilung"): the body's name, Einwohner and cases per year; each
/// joint item scaled so that the items of a pool sum to the body's share
/// of it (in proportion to the joint amounts); ranges of those inputs
/// moved by the same factor. Everything else — non-joint costs, savings
/// per case, online shares, funding, parameters — is the own Kommune's,
/// taken as the same for every body. The body's document has no
/// alternatives and no sharing of its own. `None` if `body` is not a
/// participant's position (0 = the own Kommune).
pub fn body_assessment(
    a: &Assessment,
    sharing: &Sharing,
    shares: &CostShares,
    body: usize,
) -> Option<Assessment> {
    let b = sharing.participant(a, body)?;
    let share = shares.bodies.get(body)?;
    let mut doc = a.clone();
    doc.alternatives.clear();
    doc.sharing = None;
    doc.master.kommune = b.name;
    doc.master.inhabitants = b.inhabitants;
    let cases = a.benefits.cases_per_year;
    if cases > 0.0 {
        rescale(
            &mut doc,
            Field::CasesPerYear,
            b.cases_per_year,
            b.cases_per_year / cases,
        );
    } else {
        // No own volume to scale the range from.
        doc.uncertainty.ranges.remove(&Field::CasesPerYear);
        Field::CasesPerYear.set(&mut doc, b.cases_per_year);
    }
    for one_time in [true, false] {
        let items: Vec<Field> = sharing
            .joint
            .iter()
            .copied()
            .filter(|&f| is_one_time(f) == one_time)
            .collect();
        let total: f64 = items.iter().map(|f| f.get(a)).sum();
        let part = if one_time {
            share.one_time
        } else {
            share.yearly
        };
        let factor = if total > 0.0 {
            part.euros() / total
        } else {
            0.0
        };
        for field in items {
            rescale(&mut doc, field, field.get(a) * factor, factor);
        }
    }
    Some(doc)
}

/// One body's share and its own Kapitalwert.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyResult {
    pub share: BodyShare,
    /// The body's assessment ([`body_assessment`]).
    pub assessment: Assessment,
    pub evaluation: Evaluation,
}

/// The shares and every participant's own evaluation, the own Kommune
/// first.
pub fn evaluate_bodies(a: &Assessment, sharing: &Sharing) -> Result<Vec<BodyResult>, SharingError> {
    let shares = share_costs(a, sharing)?;
    Ok((0..shares.bodies.len())
        .filter_map(|i| {
            let assessment = body_assessment(a, sharing, &shares, i)?;
            Some(BodyResult {
                share: shares.bodies[i],
                evaluation: evaluate(&assessment),
                assessment,
            })
        })
        .collect())
}
