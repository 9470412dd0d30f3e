//! The language switch, Deutsch / English (docs/language.md).
//!
//! The language is a setting of the page, stored in the browser
//! ([`LANGUAGE_KEY`]) and never in a document. [`start`] sets it before
//! anything renders and puts it on `<html lang>`; the switch stores the new
//! choice and reloads the page, which then renders every view, number and
//! chart in that language from the same saved work. It reloads only when
//! everything is stored (autosave has written the open assessment and its
//! drafts): otherwise it says why it cannot switch, and nothing is lost.
//! The report's author line, which is not stored, goes along in the tab's
//! session storage.
//!
//! DOM contract: the switch is `#language`, its buttons `#language-de`
//! and `#language-en` (`aria-pressed` on the current one), its message
//! `#language-problem`.

use leptos::prelude::*;

use crate::text::{lang, set_lang, t, Lang};
use crate::ui::saved::library::Workspace;
use crate::ui::saved::storage;

/// The key under which the chosen language is stored (`de` or `en`).
pub const LANGUAGE_KEY: &str = "efa-check.language";
/// Where the author line waits in the tab's session storage while the
/// page reloads in the other language.
const AUTHOR_KEY: &str = "efa-check.author";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Sets the stored language (German if none or unreadable), puts it on
/// `<html lang>`, and returns the author line carried over a switch.
pub fn start() -> String {
    let stored = storage::read(LANGUAGE_KEY).ok().flatten();
    set_lang(stored.as_deref().map_or(Lang::De, Lang::from_code));
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang().code());
    }
    let Some(session) = session_storage() else {
        return String::new();
    };
    let author = session
        .get_item(AUTHOR_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let _ = session.remove_item(AUTHOR_KEY);
    author
}

/// Stores `to` and reloads, if everything is stored; else `false`.
fn switch(to: Lang, workspace: Workspace, author: &str) -> bool {
    if !workspace.all_stored() || storage::write(LANGUAGE_KEY, to.code()).is_err() {
        return false;
    }
    if !author.is_empty() {
        if let Some(session) = session_storage() {
            let _ = session.set_item(AUTHOR_KEY, author);
        }
    }
    let _ = window().location().reload();
    true
}

/// Two buttons, each language named in itself. `problem` is set when a
/// switch was refused ([`LanguageProblem`] says why).
#[component]
pub fn LanguageSwitch(
    workspace: Workspace,
    author: RwSignal<String>,
    problem: RwSignal<bool>,
) -> impl IntoView {
    let current = lang();
    let button = move |l: Lang| {
        let pressed = l == current;
        view! {
            <button
                type="button"
                class="language__button"
                id=format!("language-{}", l.code())
                lang=l.code()
                aria-pressed=if pressed { "true" } else { "false" }
                on:click=move |_| {
                    if !pressed {
                        problem.set(!author.with_untracked(|a| switch(l, workspace, a)));
                    }
                }
            >
                {l.name()}
            </button>
        }
    };
    view! {
        <div class="language" id="language" role="group" aria-label=t().language_label>
            {Lang::ALL.map(button)}
        </div>
    }
}

/// Why the language was not switched, while it matters.
#[component]
pub fn LanguageProblem(problem: RwSignal<bool>) -> impl IntoView {
    move || {
        problem.get().then(|| {
            view! {
                <p class="notice notice--warning" id="language-problem" role="alert">
                    {t().language_unavailable}
                </p>
            }
        })
    }
}
