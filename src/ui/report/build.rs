//! The DOM calls the print-only parts are made of: an element with a
//! class and text, and a table. Text is always `textContent`.

use leptos::prelude::document;
use web_sys::Element;

/// `<tag class="…">text</tag>`; no class or text when empty.
pub fn el(tag: &str, class: &str, text: &str) -> Element {
    let e = document()
        .create_element(tag)
        .expect("a known tag name is always accepted");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    e
}

/// `parent` with `children` appended.
pub fn with(parent: Element, children: impl IntoIterator<Item = Element>) -> Element {
    for child in children {
        let _ = parent.append_child(&child);
    }
    parent
}

/// One group of rows of a [`table`]: an optional heading row, and rows
/// whose first cell is the row's header.
pub struct Group {
    pub heading: Option<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// A compact table: caption, column heads (`num` marks right-aligned
/// ones), and groups of rows, each group a `<tbody>`.
pub fn table(caption: &str, head: &[(&str, bool)], groups: Vec<Group>) -> Element {
    let class = |num: bool| if num { "num" } else { "" };
    let thead = with(
        el("thead", "", ""),
        [with(
            el("tr", "", ""),
            head.iter().map(|&(h, num)| {
                let th = el("th", class(num), h);
                let _ = th.set_attribute("scope", "col");
                th
            }),
        )],
    );
    let columns = head.len().to_string();
    let bodies = groups.into_iter().map(|g| {
        let heading = g.heading.map(|h| {
            let th = el("th", "", h);
            let _ = th.set_attribute("scope", "colgroup");
            let _ = th.set_attribute("colspan", &columns);
            with(el("tr", "report-table__group", ""), [th])
        });
        let rows = g.rows.into_iter().map(|cells| {
            let tr = el("tr", "", "");
            for (i, cell) in cells.iter().enumerate() {
                let c = if i == 0 {
                    let th = el("th", "", cell);
                    let _ = th.set_attribute("scope", "row");
                    th
                } else {
                    el("td", class(head.get(i).is_some_and(|h| h.1)), cell)
                };
                let _ = tr.append_child(&c);
            }
            tr
        });
        with(el("tbody", "", ""), heading.into_iter().chain(rows))
    });
    with(
        el("table", "table table--compact report-table", ""),
        [el("caption", "table__caption", caption), thead]
            .into_iter()
            .chain(bodies),
    )
}
