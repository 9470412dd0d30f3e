//! The section totals in the form's headers (`model::totals`) against sums
//! worked out by hand, the working in the comments.
#![cfg(not(target_arch = "wasm32"))]

use efa_check::model::technical::Status;
use efa_check::model::totals::SectionTotals;
use efa_check::model::Assessment;
use efa_check::share::examples;

mod common;
use common::close;

#[test]
fn the_starting_example_adds_up_as_worked_out_by_hand() {
    // Guards against a section header that shows another figure than the
    // inputs below it add up to (the example is the first screen).
    let t = SectionTotals::of(&examples::starting());
    // Integration, paid out: 1.500 + 4.000 + 800 + 500 + 300 + 600 + 400
    // + 500 = 8.600 €.
    close(t.integration_cash, 8_600.0);
    // Own project staff: 40 h × 67,79 €/h = 2.711,60 €.
    close(t.integration_staff, 2_711.6);
    // Betrieb per year: 900 + 600 + 120 + 250 = 1.870 €; ePayBL 0,35 € per
    // online case.
    close(t.operations_per_year, 1_870.0);
    close(t.operations_per_online_case, 0.35);
    // Support per online case: 3 / 100 × 4,50 = 0,135 € (1st level) plus
    // 2 min / 60 × 67,79 €/h = 2,259666… € (2nd level) = 2,394666… €.
    close(t.support_per_online_case, 0.135 + 2.0 * 67.79 / 60.0);
    close(t.support_per_online_case, 2.394_666_666_666_667);
    // Förderung: 3.000 € once, nothing per year.
    close(t.funding_one_time, 3_000.0);
    close(t.funding_per_year, 0.0);
    // Nutzen per online case: 0,95 + 0,60 = 1,55 € (Porto, Druck/Scan)
    // plus 18 min / 60 × 63,02 €/h = 18,906 € = 20,456 €; citizens' time
    // is not monetised; no licence falls away.
    close(t.benefit_per_online_case, 20.456);
    close(t.benefit_per_year, 0.0);
    // The default checklist: ten must-haves and one further item, none
    // checked yet.
    assert_eq!(t.checklist, [0, 0, 0, 11]);
}

#[test]
fn monetised_citizen_time_counts_per_online_case_and_statuses_are_counted() {
    // Guards against the Nutzen header leaving out the citizens' time the
    // user chose to count, and against statuses counted in the wrong slot.
    let mut a = Assessment::default();
    a.benefits.minutes_saved_per_case = 6.0;
    a.benefits.staff_rate = 60.0;
    a.benefits.citizen_minutes_saved_per_case = 30.0;
    a.benefits.citizen_hour_value = 20.0;
    a.benefits.monetise_citizen_time = true;
    a.benefits.avoided_licence.amount = 1_000.0;
    a.funding.recurring_contribution.amount = 500.0;
    // 6 / 60 × 60 = 6 € staff time, 30 / 60 × 20 = 10 € citizens' time:
    // 16 € per online case; 1.000 € of licences per year.
    let t = SectionTotals::of(&a);
    close(t.benefit_per_online_case, 16.0);
    close(t.benefit_per_year, 1_000.0);
    close(t.funding_per_year, 500.0);

    a.technical.prerequisites[0].status = Status::Erfuellt;
    a.technical.prerequisites[1].status = Status::Erfuellt;
    a.technical.prerequisites[2].status = Status::Offen;
    a.technical.prerequisites[3].status = Status::NichtErfuellt;
    // 2 erfüllt, 1 offen, 1 nicht erfüllt, 11 − 4 = 7 unbekannt.
    assert_eq!(SectionTotals::of(&a).checklist, [2, 1, 1, 7]);
}
