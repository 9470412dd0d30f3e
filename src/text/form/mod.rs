//! The words of the form: each field's label, hint and example, its
//! error messages, the reference-value lines beside it, and the headers
//! of the collapsible sections with their totals.

mod de;
mod en;

use super::{pick, t};
use crate::model::reference::{self, Reference};
use crate::model::technical::NutzwertError;
use crate::model::totals::SectionTotals;
use crate::model::{Assessment, Assumption, Field, Parameters, StaffGroup, Unit};
use crate::parse::FieldError;

/// The static strings of the compact form: section titles, and the words
/// of each row's "more" disclosure (range, note, unknown mark).
pub struct FormTexts {
    pub section_technical: &'static str,
    pub section_simulation: &'static str,
    /// Between a section's title and its total, for screen readers (the
    /// total stands apart visually).
    pub total_separator: &'static str,
    /// What a row's disclosure offers, each shown while not yet set.
    pub more_range: &'static str,
    pub more_note: &'static str,
    pub more_unknown: &'static str,
    pub more_picker: &'static str,
    /// The badges of what is set.
    pub badge_range_invalid: &'static str,
    pub badge_note: &'static str,
    pub badge_unknown: &'static str,
    /// Pinning the field to the presentation's drawer (issue 12).
    pub pin_label: &'static str,
    pub pin_hint: &'static str,
    pub pin_full: &'static str,
    pub badge_pinned: &'static str,
}

/// The form's static strings in the current language.
pub fn words() -> &'static FormTexts {
    pick(&de::DE, &en::EN)
}

/// Label, hint and error wording of one numeric field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// Names the unit, GOV.UK style: "Anschlussgebühr, in Euro". The unit
    /// follows ", in " where there is one ([`field_name`] cuts it off).
    pub label: &'static str,
    /// Says what to enter.
    pub hint: &'static str,
    /// An example value in the language's notation, used in error
    /// messages; it must itself be valid input.
    pub example: &'static str,
    /// The field as the object of a sentence, with article:
    /// "die Fallzahl pro Jahr", "the number of cases per year".
    pub subject: &'static str,
}

/// A [`FieldText`] in one line, for the languages' tables.
const fn ft(
    label: &'static str,
    hint: &'static str,
    example: &'static str,
    subject: &'static str,
) -> FieldText {
    FieldText {
        label,
        hint,
        example,
        subject,
    }
}

/// The sections whose header carries a total from
/// [`SectionTotals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionTotal {
    Integration,
    Operations,
    Support,
    Funding,
    Benefits,
    Checklist,
}

per_language! {
    /// The words for one field.
    pub fn field_text(field: Field) -> FieldText;

    /// A section's total, as its header shows it beside the title; empty
    /// for a section without one: "8.600 € zzgl. 2.711 € eigenes Personal".
    pub fn section_total(section: SectionTotal, totals: &SectionTotals) -> String;

    /// The Parameter header: "5 Jahre, Zinssatz 0,9 %, Preissteigerung 2 %".
    pub fn parameters_total(p: &Parameters) -> String;

    /// The Simulation header: "10.000 Stichproben, 2 Spannen".
    pub fn simulation_total(samples: u32, ranges: usize) -> String;

    /// The Nutzwert header: "62 von 100 Punkten", or why there is none yet
    /// ("Gewichte ergeben nicht 100", "7 Kriterien noch nicht bewertet").
    pub fn nutzwert_total(nutzwert: Result<f64, NutzwertError>) -> String;

    /// A reference value's short label as the interface shows it: the
    /// model's label ("gehobener Dienst", "E9b") in German; in English
    /// translated, career-group names kept with a gloss.
    pub fn reference_label(reference: &Reference) -> &'static str;

    /// An option of the staff-group select, with its annual hours from the
    /// reference values: "Tarifbeschäftigte (1.561 Stunden)".
    pub fn staff_group_option(group: StaffGroup) -> String;

    /// The note beside the citizens' minutes: the value the source gives
    /// for a trip to the Kreis administration.
    pub fn citizen_trip_kreis_note() -> String;

    /// "Quelle: …, Stand …" for a reference value.
    pub fn source_line(reference: &Reference) -> String;

    /// The head of [`assumptions_line`]: "1 Annahme ungeprüft", "3
    /// Annahmen ungeprüft".
    pub fn assumptions_head(count: usize) -> String;

    /// The yearly online shares under the ramp inputs, so "Jahre bis zum
    /// Ziel-Anteil" cannot be read two ways: "Jahr 1: 40 % · Jahr 2: 70 % ·
    /// ab Jahr 3: 100 %". The values are the yearly table's
    /// (`model::cashflow::ramp`). A target beyond the horizon is said so.
    pub fn ramp_preview(a: &Assessment) -> String;

    /// One option of the staff-rate picker: "E9b: 67,79 € je Stunde".
    pub fn rate_option(reference: &Reference) -> String;

    /// A value in a field's unit, for limits in messages: "20 %", "1.000 €".
    pub fn value_in_unit(unit: Unit, value: f64) -> String;

    /// The message for an invalid typed value of `unit`, named by `subject`
    /// ("die Fallzahl pro Jahr") with an `example` in the language's
    /// notation: the words of [`field_error`] for inputs that are not a
    /// [`Field`]. Each says what to do, GOV.UK style.
    pub fn value_error(subject: &str, example: &str, unit: Unit, error: &FieldError) -> String;
}

/// The label as shown, with "– optional" for fields that may stay empty.
pub fn field_label(field: Field) -> String {
    let text = field_text(field);
    if field.domain().optional {
        format!("{}{}", text.label, t().optional_suffix)
    } else {
        text.label.to_string()
    }
}

/// A field's label without its unit, to name it inside a sentence or
/// another label: "PVOG, DVDV und Zertifikate, in Euro" becomes "PVOG,
/// DVDV und Zertifikate".
pub fn field_name(field: Field) -> &'static str {
    let label = field_text(field).label;
    label.split(", in ").next().unwrap_or(label)
}

/// Label of the note (Anmerkung) belonging to a cost line.
pub fn note_label(field: Field) -> String {
    format!(
        "{}{}{}",
        t().note_label_suffix,
        field_name(field),
        t().optional_suffix
    )
}

/// What a row's disclosure offers that is not set yet, in words:
/// "Spanne, Anmerkung, unbekannt". Empty when everything is set.
pub fn more_offer(picker: bool, range: bool, note: bool, unknown: bool) -> String {
    let w = words();
    [
        (picker, w.more_picker),
        (range, w.more_range),
        (note, w.more_note),
        (unknown, w.more_unknown),
    ]
    .into_iter()
    .filter_map(|(offered, word)| offered.then_some(word))
    .collect::<Vec<_>>()
    .join(", ")
}

/// The badge of a range that is set: "Spanne 2–30".
pub fn range_badge(min: &str, max: &str) -> String {
    format!("{} {min}–{max}", words().more_range)
}

/// The reference value behind a staff group's annual hours.
pub fn annual_hours_reference(group: StaffGroup) -> &'static Reference {
    match group {
        StaffGroup::Tarif => &reference::ANNUAL_HOURS_TARIF,
        StaffGroup::Beamte => &reference::ANNUAL_HOURS_BEAMTE,
    }
}

/// The mark beside a pre-filled value not yet confirmed, with its value
/// and where it comes from: "Referenzwert – bitte prüfen: 67,79 € je
/// Stunde (Quelle: KGSt-Bericht 8/2025 …, Stand 2025/26)", or for the
/// app's own convention "Voreinstellung – bitte prüfen: 5 Jahre".
pub fn assumption_mark(assumption: &Assumption) -> String {
    let value = value_in_unit(assumption.field.unit(), assumption.value);
    match assumption.reference {
        Some(r) => format!("{}: {value} ({})", t().assumption_reference, source_line(r)),
        None => format!("{}: {value}", t().assumption_convention),
    }
}

/// The list of unconfirmed values that count, for the summary and the
/// result: "3 Annahmen ungeprüft: Stundensatz Sachbearbeitung,
/// Betrachtungszeitraum, Kalkulationszinssatz". `None` when there are
/// none.
pub fn assumptions_line(fields: &[Field]) -> Option<String> {
    let names: Vec<&str> = fields.iter().map(|&f| field_name(f)).collect();
    (!names.is_empty()).then(|| format!("{}: {}", assumptions_head(names.len()), names.join(", ")))
}

/// The offer beside an input whose reference value it does not hold:
/// "Referenzwert übernehmen: 0,95 € (Quelle: Deutsche Post, Porto
/// Standardbrief, Stand 01.01.2025)".
pub fn adopt_reference_offer(field: Field, reference: &Reference) -> String {
    format!(
        "{}: {} ({})",
        t().adopt_reference,
        value_in_unit(field.unit(), reference.value),
        source_line(reference)
    )
}

/// The inline (and error-summary) message for an invalid field. Each says
/// what to do, GOV.UK style.
pub fn field_error(field: Field, error: &FieldError) -> String {
    let text = field_text(field);
    value_error(text.subject, text.example, field.unit(), error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::reference::{
        DEFAULT_STAFF_RATE, DESTATIS_WAGE_RATES, DISCOUNT_RATE_BMF, POSTAGE_STANDARD_LETTER,
    };
    use crate::model::technical::Status;
    use crate::model::DomainError;
    use crate::parse::ParseError;
    use crate::text::results::hours_value;
    use crate::text::technical::status_name;
    use crate::text::{set_lang, Lang};

    fn totals() -> SectionTotals {
        SectionTotals {
            integration_cash: 8_600.0,
            integration_staff: 2_711.0,
            operations_per_year: 900.0,
            operations_per_online_case: 0.35,
            support_per_online_case: 0.5,
            funding_one_time: 3_000.0,
            funding_per_year: 500.0,
            benefit_per_online_case: 3.2,
            benefit_per_year: 1_000.0,
            checklist: [2, 0, 0, 9],
        }
    }

    fn ramping(start: f64, target: f64, years: u32) -> Assessment {
        let mut a = Assessment::default();
        a.benefits.online_share_start = start;
        a.benefits.online_share_target = target;
        a.benefits.ramp_years = years;
        a
    }

    #[test]
    fn german_totals_and_options() {
        assert_eq!(
            section_total(SectionTotal::Integration, &totals()),
            "8.600\u{a0}€ zzgl. 2.711\u{a0}€ eigenes Personal"
        );
        assert_eq!(simulation_total(10_000, 2), "10.000 Stichproben, 2 Spannen");
        assert_eq!(
            rate_option(DEFAULT_STAFF_RATE),
            "E9b: 67,79\u{a0}€ je Stunde"
        );
        assert_eq!(reference_label(&DESTATIS_WAGE_RATES[1]), "gehobener Dienst");
        assert_eq!(
            source_line(&POSTAGE_STANDARD_LETTER),
            "Quelle: Deutsche Post, Porto Standardbrief, Stand 01.01.2025"
        );
    }

    #[test]
    fn english_values_in_units() {
        set_lang(Lang::En);
        assert_eq!(value_in_unit(Unit::Years, 1.0), "1 year");
        assert_eq!(value_in_unit(Unit::Years, 2.0), "2 years");
        assert_eq!(value_in_unit(Unit::Minutes, 1.0), "1 minute");
        assert_eq!(value_in_unit(Unit::Hours, 1.5), "1.5 hours");
        assert_eq!(value_in_unit(Unit::Euro, 1_000.0), "€1,000");
        assert_eq!(value_in_unit(Unit::Euro, -5.0), "-€5");
        assert_eq!(value_in_unit(Unit::Percent, 0.2), "20%");
        assert_eq!(value_in_unit(Unit::Percent, -0.05), "-5%");
        assert_eq!(value_in_unit(Unit::EuroPerHour, 67.79), "€67.79 per hour");
        assert_eq!(value_in_unit(Unit::Count, 1_234.0), "1,234");
    }

    #[test]
    fn english_error_messages_say_what_to_do() {
        set_lang(Lang::En);
        let error = |field, e| field_error(field, &e);
        assert_eq!(
            error(
                Field::CasesPerYear,
                FieldError::Parse(ParseError::NotANumber)
            ),
            "Enter the number of cases per year as a number, for example 1,200"
        );
        assert_eq!(
            error(
                Field::StaffRate,
                FieldError::Parse(ParseError::WrongDecimalMark)
            ),
            "Use a point as the decimal mark, for example 1.5"
        );
        assert_eq!(
            error(Field::CasesPerYear, FieldError::Parse(ParseError::Grouping)),
            "Enter the number of cases per year with at most one decimal point and commas only \
             between groups of three digits, for example 1,200"
        );
        assert_eq!(
            error(
                Field::FirstLevelContacts,
                FieldError::Parse(ParseError::WrongUnit)
            ),
            "Enter the number of enquiries without a unit, for example 3"
        );
        assert_eq!(
            error(
                Field::DiscountRate,
                FieldError::Parse(ParseError::WrongUnit)
            ),
            "Enter the discount rate in percent, for example 0.9"
        );
        assert_eq!(
            error(
                Field::ConnectionFee,
                FieldError::Domain(DomainError::Missing)
            ),
            "Enter the connection fee, for example 1,500"
        );
        assert_eq!(
            error(
                Field::HorizonYears,
                FieldError::Domain(DomainError::NotWhole)
            ),
            "Enter the appraisal period as a whole number, for example 5"
        );
        assert_eq!(
            error(
                Field::DiscountRate,
                FieldError::Domain(DomainError::OutOfRange {
                    min: -0.05,
                    max: 0.2
                })
            ),
            "Enter the discount rate as a value between -5% and 20%"
        );
    }

    #[test]
    fn english_labels_names_and_offers() {
        set_lang(Lang::En);
        assert_eq!(
            field_label(Field::ConnectionFee),
            "Connection fee, in euros – optional"
        );
        assert_eq!(field_label(Field::CasesPerYear), "Cases per year");
        assert_eq!(
            field_name(Field::PvogDvdvCertificates),
            "PVOG, DVDV and certificates"
        );
        assert_eq!(note_label(Field::Training), "Note on: Training – optional");
        assert_eq!(
            more_offer(true, true, true, true),
            "Reference value, Range, Note, unknown"
        );
        assert_eq!(more_offer(false, true, false, true), "Range, unknown");
        assert_eq!(range_badge("2", "30"), "Range 2–30");
    }

    #[test]
    fn english_section_totals() {
        set_lang(Lang::En);
        let mut t = totals();
        let total = |s, t: &SectionTotals| section_total(s, t);
        assert_eq!(
            total(SectionTotal::Integration, &t),
            "€8,600 plus €2,711 for own staff"
        );
        assert_eq!(
            total(SectionTotal::Operations, &t),
            "€900 per year plus €0.35 per online case"
        );
        assert_eq!(total(SectionTotal::Support, &t), "€0.50 per online case");
        assert_eq!(
            total(SectionTotal::Funding, &t),
            "€3,000 one-time, €500 per year"
        );
        assert_eq!(
            total(SectionTotal::Benefits, &t),
            "€3.20 per online case plus €1,000 per year"
        );
        // The checklist's statuses are the checklist's own words.
        assert_eq!(
            total(SectionTotal::Checklist, &t),
            format!(
                "11 items: 2 {}, 9 {}",
                status_name(Status::Erfuellt),
                status_name(Status::Unbekannt)
            )
        );
        t.integration_staff = 0.0;
        t.operations_per_online_case = 0.0;
        t.benefit_per_year = 0.0;
        t.checklist = [0, 1, 0, 0];
        assert_eq!(total(SectionTotal::Integration, &t), "€8,600");
        assert_eq!(total(SectionTotal::Operations, &t), "€900 per year");
        assert_eq!(total(SectionTotal::Benefits, &t), "€3.20 per online case");
        assert_eq!(
            total(SectionTotal::Checklist, &t),
            format!("1 item: 1 {}", status_name(Status::Offen))
        );
        t.checklist = [0; 4];
        assert_eq!(total(SectionTotal::Checklist, &t), "0 items");
    }

    #[test]
    fn english_headers() {
        set_lang(Lang::En);
        let p = Parameters {
            escalation: 0.02,
            ..Parameters::default()
        };
        assert_eq!(
            parameters_total(&p),
            "5 years, discount rate 0.9%, price increase 2%"
        );
        let p = Parameters {
            horizon_years: 1,
            ..Parameters::default()
        };
        assert_eq!(
            parameters_total(&p),
            "1 year, discount rate 0.9%, price increase 0%"
        );
        assert_eq!(simulation_total(10_000, 0), "10,000 samples, no ranges");
        assert_eq!(simulation_total(500, 1), "500 samples, 1 range");
        assert_eq!(simulation_total(10_000, 2), "10,000 samples, 2 ranges");
        assert_eq!(nutzwert_total(Ok(62.4)), "62 of 100 points");
        assert_eq!(
            nutzwert_total(Err(NutzwertError::WeightsNot100(90.0))),
            "Weights do not add up to 100"
        );
        assert_eq!(
            nutzwert_total(Err(NutzwertError::NotScored(1))),
            "1 criterion not yet scored"
        );
        assert_eq!(
            nutzwert_total(Err(NutzwertError::NotScored(7))),
            "7 criteria not yet scored"
        );
    }

    #[test]
    fn english_assumptions() {
        set_lang(Lang::En);
        assert_eq!(assumptions_head(1), "1 unchecked assumption");
        assert_eq!(assumptions_head(3), "3 unchecked assumptions");
        assert_eq!(
            assumptions_line(&[Field::StaffRate, Field::HorizonYears, Field::DiscountRate])
                .unwrap(),
            "3 unchecked assumptions: Hourly rate of caseworkers, Appraisal period, Discount rate"
        );
        assert_eq!(assumptions_line(&[]), None);
        let staff = Assumption {
            field: Field::StaffRate,
            value: 67.79,
            reference: Some(DEFAULT_STAFF_RATE),
        };
        assert_eq!(
            assumption_mark(&staff),
            "Reference value – please check: €67.79 per hour (Source: KGSt-Bericht 8/2025 \
             “Kosten eines Arbeitsplatzes 2025/26”, full costs per hour including €9,700 material \
             costs and 20% overheads, as of 2025/26)"
        );
        let horizon = Assumption {
            field: Field::HorizonYears,
            value: 5.0,
            reference: None,
        };
        assert_eq!(assumption_mark(&horizon), "Default – please check: 5 years");
        assert_eq!(
            adopt_reference_offer(Field::PostageSaved, &POSTAGE_STANDARD_LETTER),
            "Use reference value: €0.95 (Source: Deutsche Post, postage for a standard letter, \
             as of 1 January 2025)"
        );
        assert_eq!(
            source_line(&DISCOUNT_RATE_BMF),
            "Source: BMF (Federal Ministry of Finance) circular of 7 July 2023, \
             “Kalkulationszinssätze für Wirtschaftlichkeitsuntersuchungen”, as of 7 July 2023"
        );
        assert_eq!(
            source_line(&DESTATIS_WAGE_RATES[0]),
            "Source: Destatis, Lohnkostentabelle Verwaltung (Leitfaden Erfüllungsaufwand), \
             municipalities, as of 2025"
        );
        assert_eq!(
            source_line(&reference::CITIZEN_TRIP_KREIS_MINUTES),
            "Source: Destatis, Leitfaden Erfüllungsaufwand, as of 2025"
        );
    }

    #[test]
    fn english_sources_translate_the_current_german_ones() {
        // The English citations are written out by the reference's id; a
        // changed German source must change its English one as well.
        for r in reference::staff_rates() {
            let german = if r.id.starts_with("destatis-") {
                "Destatis, Lohnkostentabelle Verwaltung (Leitfaden Erfüllungsaufwand), Kommunen"
            } else {
                "KGSt-Bericht 8/2025 „Kosten eines Arbeitsplatzes 2025/26“, Vollkosten je Stunde \
                 inkl. Sachkosten 9.700 € und 20 % Gemeinkosten"
            };
            assert_eq!(r.source, german, "{}", r.id);
        }
        assert_eq!(
            DISCOUNT_RATE_BMF.source,
            "BMF-Rundschreiben vom 07.07.2023, Kalkulationszinssätze für \
             Wirtschaftlichkeitsuntersuchungen"
        );
        assert_eq!(
            POSTAGE_STANDARD_LETTER.source,
            "Deutsche Post, Porto Standardbrief"
        );
        for r in [
            &reference::ANNUAL_HOURS_TARIF,
            &reference::ANNUAL_HOURS_BEAMTE,
        ] {
            assert_eq!(r.source, "KGSt-Bericht 8/2025");
        }
        for r in [
            &reference::CITIZEN_TRIP_GEMEINDE_MINUTES,
            &reference::CITIZEN_TRIP_KREIS_MINUTES,
        ] {
            assert_eq!(r.source, "Destatis, Leitfaden Erfüllungsaufwand");
        }
    }

    #[test]
    fn english_reference_labels_and_options() {
        set_lang(Lang::En);
        assert_eq!(rate_option(DEFAULT_STAFF_RATE), "E9b: €67.79 per hour");
        assert_eq!(
            rate_option(&DESTATIS_WAGE_RATES[1]),
            "gehobener Dienst (higher intermediate service): €42.20 per hour"
        );
        assert_eq!(
            rate_option(&DESTATIS_WAGE_RATES[3]),
            "Average: €40.70 per hour"
        );
        // Every staff rate has an English label: a pay grade as it is, a
        // Laufbahngruppe with its gloss.
        for r in reference::staff_rates() {
            let label = reference_label(r);
            let pay_grade = r.label.len() <= 3 && r.label.starts_with(['E', 'A']);
            assert!(
                pay_grade || label.ends_with(')') || label == "Average",
                "{}",
                r.id
            );
        }
        assert_eq!(
            staff_group_option(StaffGroup::Beamte),
            format!("Civil servants ({})", hours_value(1_602.0))
        );
        assert_eq!(
            staff_group_option(StaffGroup::Tarif),
            format!(
                "Employees under collective agreement ({})",
                hours_value(1_561.0)
            )
        );
        assert_eq!(
            citizen_trip_kreis_note(),
            "For a trip to the Kreis administration the source gives 22 minutes."
        );
    }

    #[test]
    fn english_ramp_preview() {
        set_lang(Lang::En);
        let mut a = ramping(0.4, 1.0, 2);
        assert_eq!(
            ramp_preview(&a),
            "Year 1: 40% · Year 2: 70% · From year 3: 100%"
        );
        a.benefits.ramp_years = 0;
        assert_eq!(ramp_preview(&a), "From year 1: 100%");
        let a = ramping(0.2, 0.5, 6);
        assert_eq!(
            ramp_preview(&a),
            "Year 1: 20% · Year 2: 25% · Year 3: 30% · Year 4: 35% · Year 5: 40% · \
             Target share 50% not reached until year 7, after the appraisal period"
        );
    }

    #[test]
    fn english_texts_are_static_and_complete() {
        set_lang(Lang::En);
        assert_eq!(words().section_technical, "Technical prerequisites");
        for &field in Field::ALL {
            let text = field_text(field);
            // The unit follows ", in ", so field_name cuts it off.
            assert!(!field_name(field).contains(", in "), "{field:?}");
            assert!(text.subject.starts_with("the "), "{field:?}");
            assert!(text.hint.ends_with('.'), "{field:?}");
        }
    }
}
