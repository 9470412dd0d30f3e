//! The page frame's static strings in German.

use super::Texts;

/// German interface text.
pub const DE: Texts = Texts {
    app_title: "EfA-Check",
    app_lead: "Lohnt sich die Nachnutzung dieses EfA-Onlinedienstes für unsere Kommune? \
        Tragen Sie Kosten und Nutzen ein; das Ergebnis rechnet sofort mit. \
        Alle Daten bleiben in Ihrem Browser.",
    skip_to_results: "Zum Ergebnis springen",
    example_heading: "Beispielwerte",
    example_body: "Das Formular ist mit illustrativen Beispielwerten einer kleinen Gemeinde \
        gefüllt; auch die Spannen (Minimum bis Maximum) einiger Eingaben sind nur Beispiele. \
        Beides ist keine Empfehlung. Ersetzen Sie die Werte durch die Zahlen Ihrer Kommune.",
    start_blank: "Mit Referenzwerten neu beginnen",
    form_heading: "Eingaben",
    optional_suffix: " – optional",
    note_label_suffix: "Anmerkung zu: ",
    note_hint: "Zum Beispiel Herkunft des Betrags oder Angebotsnummer.",
    source_prefix: "Quelle: ",
    stand_prefix: ", Stand ",
    own_value: "Eigener Wert",
    assumption_reference: "Referenzwert – bitte prüfen",
    assumption_convention: "Voreinstellung – bitte prüfen",
    assumption_confirm: "Wert bestätigen",
    adopt_reference: "Referenzwert übernehmen",

    section_master: "Stammdaten",
    section_integration: "Integration (einmalig)",
    section_operations: "Betrieb (jährlich)",
    section_support: "Support",
    section_funding: "Förderung",
    section_benefits: "Nutzen",
    section_parameters: "Parameter",

    service_label: "EfA-Onlinedienst",
    service_hint: "Name des Onlinedienstes, zum Beispiel Hundesteuer An- und Abmeldung.",
    kommune_label: "Kommune",
    kommune_hint: "Name Ihrer Gemeinde, Stadt oder Ihres Kreises.",
    monetise_label: "Zeit der Bürgerinnen und Bürger in Geld bewerten",
    monetise_hint: "Wenn ausgewählt, geht die eingesparte Zeit als externer Nutzen in den \
        Kapitalwert ein. Sonst wird sie nur in Stunden ausgewiesen.",
    staff_group_label: "Beschäftigtengruppe für VZÄ",
    staff_group_hint: "Bestimmt die Jahresarbeitsstunden, mit denen eingesparte Stunden in \
        Vollzeitäquivalente umgerechnet werden.",
    rate_picker_label: "Referenzwert übernehmen",
    rate_picker_hint: "Füllt das Feld mit dem Stundensatz. Sie können den Wert danach ändern.",
    rate_picker_destatis: "Destatis 2025, Lohnkosten Kommunen",
    rate_picker_kgst: "KGSt 2025/26, Vollkosten je Stunde",

    error_summary_heading: "Es gibt ein Problem",
    error_prefix: "Fehler: ",

    results_heading: "Ergebnis",
    summary_heading: "Auf einen Blick",
    summary_verdict: "Wirtschaftlichkeit",
    summary_positive: "wirtschaftlich",
    summary_negative: "nicht wirtschaftlich",
    summary_incomplete: "noch offen – Angaben fehlen",
    not_yet: "noch offen",
    summary_kw: "Kapitalwert",
    summary_payback: "Amortisation",
    summary_chance: "Wahrscheinlichkeit wirtschaftlich",
    summary_outdated: "veraltet – eine Eingabe ist ungültig",
    summary_link: "Zum Ergebnis",
    outdated_notice: "Veraltet: Mindestens eine Eingabe ist ungültig. Angezeigt wird das \
        Ergebnis der letzten gültigen Eingaben. Korrigieren Sie die markierten Felder.",
    key_figures_heading: "Kennzahlen",
    how_computed: "So wird gerechnet",
    kw_total: "Kapitalwert (KW)",
    kw_h: "KW haushaltswirksam",
    kw_nh: "KW nicht haushaltswirksam",
    kw_citizens: "Externer Nutzen (Zeit der Bürgerinnen und Bürger)",
    payback: "Amortisation",
    break_even_cases: "Mindest-Fallzahl pro Jahr",
    break_even_share: "Mindest-Ziel-Online-Anteil",
    cost_per_online_case: "Kosten je Online-Fall",
    fte_freed: "Freigesetzte Kapazität im letzten Jahr",
    citizen_hours: "Eingesparte Zeit der Bürgerinnen und Bürger",
    no_online_cases: "keine Online-Fälle",

    chart_heading: "Kumulierter Barwert",
    chart_x_axis: "Jahr",
    chart_zero_line: "Gewinnschwelle",
    chart_table_caption: "Barwert und kumulierter Barwert je Jahr, in Euro",
    categories_heading: "Kosten nach Kategorie je Jahr",
    categories_names: ["Integration", "Betrieb", "Support", "Förderung"],
    categories_table_caption:
        "Kosten nach Kategorie je Jahr, in Euro (Förderung mindert die Kosten)",

    table_heading: "Zahlungsströme je Jahr",
    table_caption: "Zahlungsströme je Jahr (Jahr 0 = Basisjahr)",
    table_region_label: "Tabelle der Zahlungsströme, horizontal verschiebbar",
    table_sum: "Summe",
    table_rounding_note: "Summen können wegen Rundung von der Summe der angezeigten Werte \
        abweichen. Kosten sind positiv, Förderung mindert die Kosten und steht mit Minuszeichen.",
    table_integration_note: "Integration enthält Fremdleistungen und eigenes Projektpersonal; \
        Rückfragen im Fachbereich sind Zeit eigener Beschäftigter.",
    col_year: "Jahr",
    col_cases: "Fälle",
    col_online_share: "Online-Anteil",
    col_online_cases: "Online-Fälle",
    col_integration: "Integration",
    col_operations: "Betrieb",
    col_support_first: "Erstkontakt (115, Servicecenter)",
    col_support_second: "Rückfragen Fachbereich",
    col_funding: "Förderung",
    col_cost_total: "Kosten gesamt",
    col_benefit_h: "Nutzen haushalts\u{ad}wirksam",
    col_benefit_nh: "Nutzen nicht haushalts\u{ad}wirksam",
    col_benefit_citizens: "Externer Nutzen",
    col_net: "Netto",
    col_discounted: "Barwert",
    col_cumulative: "Kumulierter Barwert",
    col_fte: "Kapazität",
    unit_euro: "in €",
    unit_thousand_euro: "in Tsd. €",
    unit_percent: "in %",
    unit_fte: "in VZÄ",

    footer: "EfA-Check rechnet vollständig in Ihrem Browser. Es werden keine Daten übertragen.",
    page_title: super::PAGE_TITLE,
    for_field: " für ",
    language_label: "Sprache",
    language_unavailable: "Die Sprache lässt sich gerade nicht wechseln: Der Browser speichert \
        nichts (privates Fenster oder Speicher voll), und beim Wechsel ginge Ihre Arbeit verloren.",
};
