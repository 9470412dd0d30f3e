//! The yearly table (Zahlungsströme je Jahr), t = 0..T, straight from the
//! model's `YearRow`s. One money format for the whole table, units in the
//! column headers, and a note that sums may differ by rounding.

use leptos::prelude::*;

use crate::format::{grouped, percent};
use crate::model::{Evaluation, YearRow};
use crate::text::{results::MoneyScale, t};

/// How a column's numbers are shown, and whether they add up over years.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Count,
    Share,
    Money,
    /// Money that must not be summed (a running total).
    Running,
    Fte,
}

struct Column {
    label: &'static str,
    kind: Kind,
    value: fn(&YearRow) -> f64,
}

const fn col(label: &'static str, kind: Kind, value: fn(&YearRow) -> f64) -> Column {
    Column { label, kind, value }
}

fn columns(with_citizens: bool) -> Vec<Column> {
    let x = t();
    let mut cols = vec![
        col(x.col_cases, Kind::Count, |r| r.cases),
        col(x.col_online_share, Kind::Share, |r| r.online_share),
        col(x.col_online_cases, Kind::Count, |r| r.online_cases),
        col(x.col_integration, Kind::Money, |r| {
            r.integration_cash + r.integration_staff
        }),
        col(x.col_operations, Kind::Money, |r| r.operations),
        col(x.col_support_first, Kind::Money, |r| r.support_first_level),
        col(x.col_support_second, Kind::Money, |r| {
            r.support_second_level
        }),
        col(x.col_funding, Kind::Money, |r| r.funding),
        col(x.col_cost_total, Kind::Money, YearRow::cost_total),
        col(x.col_benefit_h, Kind::Money, |r| r.benefit_h),
        col(x.col_benefit_nh, Kind::Money, |r| r.benefit_nh),
    ];
    if with_citizens {
        cols.push(col(x.col_benefit_citizens, Kind::Money, |r| {
            r.benefit_citizens
        }));
    }
    cols.extend([
        col(x.col_net, Kind::Money, |r| r.net),
        col(x.col_discounted, Kind::Money, |r| r.discounted_net),
        col(x.col_cumulative, Kind::Running, |r| {
            r.cumulative_discounted_net
        }),
        col(x.col_fte, Kind::Fte, |r| r.fte_freed),
    ]);
    cols
}

fn unit(kind: Kind, scale: MoneyScale) -> &'static str {
    match kind {
        Kind::Count => "",
        Kind::Share => t().unit_percent,
        Kind::Money | Kind::Running => scale.unit(),
        Kind::Fte => t().unit_fte,
    }
}

fn cell(kind: Kind, scale: MoneyScale, value: f64) -> String {
    match kind {
        Kind::Count => grouped(value, 0),
        // The unit is in the header, so only the number: "30,0".
        Kind::Share => percent(value, 1)
            .trim_end_matches('%')
            .trim_end_matches(crate::format::NBSP)
            .to_string(),
        Kind::Money | Kind::Running => scale.number(value),
        Kind::Fte => grouped(value, 2),
    }
}

#[component]
pub fn YearlyTable(evaluation: Memo<Evaluation>) -> impl IntoView {
    let table = move || {
        evaluation.with(|e| {
            let with_citizens = e.years.iter().any(|r| r.benefit_citizens != 0.0);
            let cols = columns(with_citizens);
            let scale = MoneyScale::for_table(
                e.years
                    .iter()
                    .flat_map(|r| cols.iter().filter(|c| c.kind == Kind::Money).map(|c| (c.value)(r))),
            );
            let head = cols
                .iter()
                .map(|c| {
                    let unit = unit(c.kind, scale);
                    view! {
                        <th scope="col" class="num">
                            {c.label}
                            {(!unit.is_empty()).then(|| view! { <span class="table__unit">{unit}</span> })}
                        </th>
                    }
                })
                .collect_view();
            let body = e
                .years
                .iter()
                .map(|r| {
                    let cells = cols
                        .iter()
                        .map(|c| view! { <td>{cell(c.kind, scale, (c.value)(r))}</td> })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{r.t}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            // Sums of the shown flows; the Barwert sum is the Kapitalwert.
            let sums = cols
                .iter()
                .map(|c| {
                    let text = match c.kind {
                        Kind::Count | Kind::Money => {
                            cell(c.kind, scale, e.years.iter().map(c.value).sum())
                        }
                        Kind::Share | Kind::Running | Kind::Fte => String::new(),
                    };
                    view! { <td>{text}</td> }
                })
                .collect_view();
            view! {
                <table class="table table--yearly" id="yearly-table">
                    <caption class="table__caption">{t().table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t().col_year}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{t().table_sum}</th>
                            {sums}
                        </tr>
                    </tfoot>
                </table>
            }
        })
    };
    view! {
        <h3 class="results__subheading">{t().table_heading}</h3>
        <div class="table-scroll contained" tabindex="0" role="region" aria-label=t().table_region_label>
            {table}
        </div>
        <p class="table__note">{t().table_rounding_note} " " {t().table_integration_note}</p>
    }
}
