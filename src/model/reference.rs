//! Referenzwerte: every default the app offers, with its source (Quelle)
//! and date (Stand), as listed in the product brief.
//!
//! A default is never a bare literal in UI code: the form reads these
//! constants and shows `source` and `stand` beside the field. Source
//! citations are bibliographic data (proper names of publications), so they
//! live here and not in the translatable UI text.

use super::fields::Field;

/// One documented reference value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reference {
    /// Stable identifier, used by the staff-rate picker.
    pub id: &'static str,
    /// Short label, e.g. "E9b" or "gehobener Dienst".
    pub label: &'static str,
    pub value: f64,
    /// Quelle.
    pub source: &'static str,
    /// Stand.
    pub stand: &'static str,
}

const DESTATIS_LOHN: &str =
    "Destatis, Lohnkostentabelle Verwaltung (Leitfaden Erfüllungsaufwand), Kommunen";
const KGST: &str = "KGSt-Bericht 8/2025 „Kosten eines Arbeitsplatzes 2025/26“, Vollkosten je Stunde inkl. Sachkosten 9.700 € und 20 % Gemeinkosten";

/// Lohnkosten Kommunen in Euro je Stunde, by Laufbahngruppe (Destatis 2025).
pub const DESTATIS_WAGE_RATES: [Reference; 4] = [
    Reference {
        id: "destatis-einfach-mittel",
        label: "einfacher und mittlerer Dienst",
        value: 25.50,
        source: DESTATIS_LOHN,
        stand: "2025",
    },
    Reference {
        id: "destatis-gehoben",
        label: "gehobener Dienst",
        value: 42.20,
        source: DESTATIS_LOHN,
        stand: "2025",
    },
    Reference {
        id: "destatis-hoeher",
        label: "höherer Dienst",
        value: 70.40,
        source: DESTATIS_LOHN,
        stand: "2025",
    },
    Reference {
        id: "destatis-durchschnitt",
        label: "Durchschnitt",
        value: 40.70,
        source: DESTATIS_LOHN,
        stand: "2025",
    },
];

/// KGSt-Vollkostensätze in Euro je Stunde, by Entgelt- bzw. Besoldungsgruppe.
pub const KGST_FULL_COST: [Reference; 10] = [
    kgst("kgst-e6", "E6", 54.18),
    kgst("kgst-e8", "E8", 57.26),
    kgst("kgst-e9a", "E9a", 63.02),
    kgst("kgst-e9b", "E9b", 67.79),
    kgst("kgst-e9c", "E9c", 68.33),
    kgst("kgst-e11", "E11", 78.55),
    kgst("kgst-e12", "E12", 85.16),
    kgst("kgst-a9", "A9", 73.32),
    kgst("kgst-a11", "A11", 83.96),
    kgst("kgst-a13", "A13", 106.05),
];

const fn kgst(id: &'static str, label: &'static str, value: f64) -> Reference {
    Reference {
        id,
        label,
        value,
        source: KGST,
        stand: "2025/26",
    }
}

/// The staff rate a new assessment starts with: KGSt E9b, the group of
/// typical Sachbearbeitung in a Bürgerbüro.
pub const DEFAULT_STAFF_RATE: &Reference = &KGST_FULL_COST[3];

/// All staff hourly rates the picker offers, Destatis first.
pub fn staff_rates() -> impl Iterator<Item = &'static Reference> {
    DESTATIS_WAGE_RATES.iter().chain(KGST_FULL_COST.iter())
}

/// The reference a field's value comes from: the staff rate of that
/// value, or the field's default while it holds exactly that value;
/// `None` for the user's own value (or a field without a reference).
pub fn source_of(field: Field, value: f64) -> Option<&'static Reference> {
    match field {
        Field::StaffRate | Field::ProjectRate | Field::SecondLevelRate => {
            staff_rates().find(|r| r.value == value)
        }
        _ => for_field(field).filter(|r| r.value == value),
    }
}

/// Looks a staff rate up by its identifier.
pub fn staff_rate(id: &str) -> Option<&'static Reference> {
    staff_rates().find(|r| r.id == id)
}

/// Jahresarbeitsstunden Tarifbeschäftigte.
pub const ANNUAL_HOURS_TARIF: Reference = Reference {
    id: "hours-tarif",
    label: "Tarifbeschäftigte",
    value: 1561.0,
    source: "KGSt-Bericht 8/2025",
    stand: "2025/26",
};

/// Jahresarbeitsstunden Beamtinnen und Beamte.
pub const ANNUAL_HOURS_BEAMTE: Reference = Reference {
    id: "hours-beamte",
    label: "Beamtinnen und Beamte",
    value: 1602.0,
    source: "KGSt-Bericht 8/2025",
    stand: "2025/26",
};

/// Kalkulationszinssatz für Wirtschaftlichkeitsuntersuchungen (nominal).
/// Editable; users should check for a newer BMF circular.
pub const DISCOUNT_RATE_BMF: Reference = Reference {
    id: "bmf-zins",
    label: "WU-Kalkulationszinssatz",
    value: 0.009,
    source: "BMF-Rundschreiben vom 07.07.2023, Kalkulationszinssätze für Wirtschaftlichkeitsuntersuchungen",
    stand: "07.07.2023",
};

/// Porto Standardbrief.
pub const POSTAGE_STANDARD_LETTER: Reference = Reference {
    id: "porto-standardbrief",
    label: "Standardbrief",
    value: 0.95,
    source: "Deutsche Post, Porto Standardbrief",
    stand: "01.01.2025",
};

/// Weg zum Rathaus (Gemeinde), Minuten.
pub const CITIZEN_TRIP_GEMEINDE_MINUTES: Reference = Reference {
    id: "weg-gemeinde-min",
    label: "Weg zur Gemeindeverwaltung",
    value: 15.0,
    source: "Destatis, Leitfaden Erfüllungsaufwand",
    stand: "2025",
};

/// Weg zur Kreisverwaltung, Minuten.
pub const CITIZEN_TRIP_KREIS_MINUTES: Reference = Reference {
    id: "weg-kreis-min",
    label: "Weg zur Kreisverwaltung",
    value: 22.0,
    source: "Destatis, Leitfaden Erfüllungsaufwand",
    stand: "2025",
};

/// Default Betrachtungszeitraum in years (BRIEF: T defaults to 5). A
/// convention of the app, not a published figure, so it has no
/// [`Reference`].
pub const DEFAULT_HORIZON_YEARS: u32 = 5;

/// The reference value an input's default comes from, or that the form
/// offers to adopt for it ("Referenzwert übernehmen"), if there is one.
/// Every staff rate offers the same default; the picker offers the rest.
pub fn for_field(field: Field) -> Option<&'static Reference> {
    match field {
        Field::StaffRate | Field::ProjectRate | Field::SecondLevelRate => Some(DEFAULT_STAFF_RATE),
        Field::DiscountRate => Some(&DISCOUNT_RATE_BMF),
        Field::PostageSaved => Some(&POSTAGE_STANDARD_LETTER),
        Field::CitizenMinutesSaved => Some(&CITIZEN_TRIP_GEMEINDE_MINUTES),
        _ => None,
    }
}
