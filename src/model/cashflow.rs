//! Yearly cash flows (Zahlungsströme) for t = 0..T, following BRIEF.md
//! "The model":
//!
//! - escalation factor  e_t = (1+g)^(t−1) for t ≥ 1; one-time amounts never escalate;
//! - cases              cases_t = cases·(1+growth)^(t−1);
//! - online share       share_t rises linearly from the start value in year 1
//!   to the target in year 1+N and stays there (N = 0: target from year 1);
//! - online cases       online_t = cases_t × share_t;
//! - discount factor    d_t = 1/(1+i)^t.
//!
//! Conventions this module adds (documented in the app's method notes):
//!
//! - **haushaltswirksam vs. nicht haushaltswirksam on the cost side.** Money
//!   paid out (fees, vendors, the service centre for 1st-level support) is
//!   haushaltswirksam. Time of the Kommune's own staff (project hours,
//!   2nd-level support) is nicht haushaltswirksam, mirroring the benefit
//!   side where freed staff time is nicht haushaltswirksam.
//! - **Funding** is a negative haushaltswirksam cost. The recurring
//!   contribution escalates like every recurring amount.
//! - **Citizens' time** is always reported in hours. Only when the user
//!   switches monetisation on does it enter the Kapitalwert, as a third
//!   component (externer Nutzen) beside KW_h and KW_nh.
//! - **Spreading one-time costs** over n years puts 1/n of them in each of
//!   t = 0..n−1 (capped at the horizon), still without escalation.

use serde::{Deserialize, Serialize};

use super::inputs::{Assessment, Support};

/// One row of the yearly table. All money in euros, nominal unless named
/// `discounted`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct YearRow {
    /// Jahr t (0 = Basisjahr).
    pub t: u32,
    /// Fallzahl gesamt (0 in t = 0).
    pub cases: f64,
    /// Online-Anteil, fraction.
    pub online_share: f64,
    /// Online-Fälle.
    pub online_cases: f64,
    /// Integration paid to third parties (haushaltswirksam).
    pub integration_cash: f64,
    /// Integration: own project staff (nicht haushaltswirksam).
    pub integration_staff: f64,
    /// Betrieb: fixed annual fees plus per-case payment fees.
    pub operations: f64,
    /// Support 1st level (haushaltswirksam).
    pub support_first_level: f64,
    /// Support 2nd level, own staff (nicht haushaltswirksam).
    pub support_second_level: f64,
    /// Förderung, as a negative cost (≤ 0).
    pub funding: f64,
    /// Kosten haushaltswirksam (incl. funding).
    pub cost_h: f64,
    /// Kosten nicht haushaltswirksam.
    pub cost_nh: f64,
    /// Nutzen haushaltswirksam: material savings and avoided licences.
    pub benefit_h: f64,
    /// Nutzen nicht haushaltswirksam: freed staff time, valued at the rate.
    pub benefit_nh: f64,
    /// Monetised citizens' time (0 unless switched on).
    pub benefit_citizens: f64,
    /// Netto = Nutzen − Kosten (all components).
    pub net: f64,
    /// Abzinsungsfaktor d_t = 1/(1+i)^t.
    pub discount_factor: f64,
    /// Barwert des Nettos.
    pub discounted_net: f64,
    /// Kumulierter Barwert bis einschließlich t.
    pub cumulative_discounted_net: f64,
    /// Eingesparte Arbeitsstunden der Sachbearbeitung.
    pub staff_hours_saved: f64,
    /// Freigesetzte Kapazität in VZÄ.
    pub fte_freed: f64,
    /// Eingesparte Stunden der Bürgerinnen und Bürger.
    pub citizen_hours_saved: f64,
}

impl YearRow {
    /// Kosten gesamt (haushaltswirksam + nicht haushaltswirksam, incl. funding).
    pub fn cost_total(&self) -> f64 {
        self.cost_h + self.cost_nh
    }

    /// Nutzen gesamt.
    pub fn benefit_total(&self) -> f64 {
        self.benefit_h + self.benefit_nh + self.benefit_citizens
    }
}

/// Base-year amounts per online case (before escalation), split by the
/// side of the ledger they fall on. Shared by the yearly table and the
/// exact break-even solution, so both use one definition.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PerCase {
    /// Porto + Druck/Scan saved.
    pub benefit_h: f64,
    /// Minutes saved × staff rate.
    pub benefit_nh: f64,
    /// Citizen minutes × hour value, if monetised.
    pub benefit_citizens: f64,
    /// ePayBL fee + 1st-level contacts × cost.
    pub cost_h: f64,
    /// 2nd-level minutes × rate.
    pub cost_nh: f64,
}

impl PerCase {
    pub fn of(a: &Assessment) -> Self {
        let b = &a.benefits;
        let s = &a.support;
        let citizens = if b.monetise_citizen_time {
            b.citizen_minutes_saved_per_case / 60.0 * b.citizen_hour_value
        } else {
            0.0
        };
        Self {
            benefit_h: b.postage_saved_per_case + b.print_scan_saved_per_case,
            benefit_nh: b.minutes_saved_per_case / 60.0 * b.staff_rate,
            benefit_citizens: citizens,
            cost_h: a.operations.payment_fee_per_case.amount + first_level_per_case(s),
            cost_nh: second_level_per_case(s),
        }
    }

    /// Net value of one online case in the base year.
    pub fn net(&self) -> f64 {
        self.benefit_h + self.benefit_nh + self.benefit_citizens - self.cost_h - self.cost_nh
    }
}

/// 1st-level support per online case in the base year (haushaltswirksam):
/// contacts per 100 online cases / 100 × cost per contact.
pub fn first_level_per_case(s: &Support) -> f64 {
    s.first_level_contacts_per_100 / 100.0 * s.first_level_cost_per_contact
}

/// 2nd-level support per online case in the base year, own staff (nicht
/// haushaltswirksam): minutes / 60 × hourly rate.
pub fn second_level_per_case(s: &Support) -> f64 {
    s.second_level_minutes_per_case / 60.0 * s.second_level_rate
}

/// Escalation factor e_t = (1+g)^(t−1) for an operation year t ≥ 1.
pub fn escalation_factor(g: f64, t: u32) -> f64 {
    (1.0 + g).powi(t as i32 - 1)
}

/// Abzinsungsfaktor d_t = 1/(1+i)^t.
pub fn discount_factor(i: f64, t: u32) -> f64 {
    (1.0 + i).powi(-(t as i32))
}

/// Ramp weight w_t of the target share in year t ≥ 1:
/// share_t = start·(1 − w_t) + target·w_t, with w_t = min(t−1, N)/N, and
/// w_t = 1 when N = 0.
pub fn ramp_weight(ramp_years: u32, t: u32) -> f64 {
    if ramp_years == 0 {
        1.0
    } else {
        f64::from((t - 1).min(ramp_years)) / f64::from(ramp_years)
    }
}

/// Online-Anteil in year t ≥ 1.
pub fn online_share(a: &Assessment, t: u32) -> f64 {
    let b = &a.benefits;
    let w = ramp_weight(b.ramp_years, t);
    b.online_share_start * (1.0 - w) + b.online_share_target * w
}

/// The online share of each year from year 1 until the target is reached
/// (year 1 + N), or until the horizon ends if that comes first: what the
/// form previews under the ramp inputs. The same [`online_share`] as the
/// yearly table, so the two cannot disagree.
pub fn ramp(a: &Assessment) -> Vec<f64> {
    let last = a
        .benefits
        .ramp_years
        .saturating_add(1)
        .min(a.parameters.horizon());
    (1..=last).map(|t| online_share(a, t)).collect()
}

/// Fallzahl in year t ≥ 1: cases·(1+growth)^(t−1).
pub fn cases_in_year(a: &Assessment, t: u32) -> f64 {
    a.benefits.cases_per_year * (1.0 + a.benefits.case_growth).powi(t as i32 - 1)
}

/// Sum of one-time integration costs: (cash to third parties, own staff).
pub fn one_time_totals(a: &Assessment) -> (f64, f64) {
    let i = &a.integration;
    let cash = i.cash_lines().iter().map(|l| l.amount).sum();
    (cash, i.project_hours * i.project_rate)
}

/// Share of the one-time costs that falls in year t (equal parts over the
/// first n years, n = spread years capped to T+1).
pub fn one_time_fraction(a: &Assessment, t: u32) -> f64 {
    let n = a
        .parameters
        .one_time_spread_years
        .clamp(1, a.parameters.horizon() + 1);
    if t < n {
        1.0 / f64::from(n)
    } else {
        0.0
    }
}

/// Whether the recurring funding contribution runs in operation year t.
fn contribution_runs(a: &Assessment, t: u32) -> bool {
    let years = a.funding.recurring_years;
    t >= 1 && (years == 0 || t <= years)
}

/// Annual amounts that do not depend on the case number, in the base year:
/// (costs haushaltswirksam, benefits haushaltswirksam). Funding is not
/// included; see `yearly_rows`.
pub fn fixed_annual(a: &Assessment) -> (f64, f64) {
    let cost = a.operations.annual_lines().iter().map(|l| l.amount).sum();
    (cost, a.benefits.avoided_licence.amount)
}

/// The yearly table t = 0..T (Zahlungsstromtabelle).
pub fn yearly_rows(a: &Assessment) -> Vec<YearRow> {
    rows(a).collect()
}

/// The rows of the yearly table one by one, for the analyses that only
/// fold over them (Monte Carlo) and need not keep the table.
pub fn rows(a: &Assessment) -> impl Iterator<Item = YearRow> + '_ {
    let p = &a.parameters;
    let per_case = PerCase::of(a);
    let (one_time_cash, one_time_staff) = one_time_totals(a);
    let (fixed_cost, fixed_benefit) = fixed_annual(a);
    let annual_hours = p.staff_group.annual_hours();
    let mut cumulative = 0.0;
    (0..=p.horizon()).map(move |t| {
        let fraction = one_time_fraction(a, t);
        let (cases, share, esc) = if t == 0 {
            (0.0, 0.0, 0.0)
        } else {
            (
                cases_in_year(a, t),
                online_share(a, t),
                escalation_factor(p.escalation, t),
            )
        };
        let online = cases * share;
        let grant = if t == 0 {
            a.funding.one_time_grant.amount
        } else {
            0.0
        };
        let contribution = if contribution_runs(a, t) {
            a.funding.recurring_contribution.amount * esc
        } else {
            0.0
        };
        let payment_fees = online * a.operations.payment_fee_per_case.amount * esc;
        let first_level = first_level_per_case(&a.support);
        let mut row = YearRow {
            t,
            cases,
            online_share: share,
            online_cases: online,
            integration_cash: one_time_cash * fraction,
            integration_staff: one_time_staff * fraction,
            operations: fixed_cost * esc + payment_fees,
            support_first_level: online * first_level * esc,
            support_second_level: online * per_case.cost_nh * esc,
            funding: -(grant + contribution),
            benefit_h: online * per_case.benefit_h * esc + fixed_benefit * esc,
            benefit_nh: online * per_case.benefit_nh * esc,
            benefit_citizens: online * per_case.benefit_citizens * esc,
            discount_factor: discount_factor(p.discount_rate, t),
            staff_hours_saved: online * a.benefits.minutes_saved_per_case / 60.0,
            citizen_hours_saved: online * a.benefits.citizen_minutes_saved_per_case / 60.0,
            ..YearRow::default()
        };
        row.cost_h = row.integration_cash + row.operations + row.support_first_level + row.funding;
        row.cost_nh = row.integration_staff + row.support_second_level;
        row.net = row.benefit_total() - row.cost_total();
        row.discounted_net = row.net * row.discount_factor;
        cumulative += row.discounted_net;
        row.cumulative_discounted_net = cumulative;
        row.fte_freed = row.staff_hours_saved / annual_hours;
        row
    })
}
