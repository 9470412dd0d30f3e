//! The presentation mode: one document's results on a projector, one
//! message per view, stepped through like a slide deck.
//!
//! - this file: the "Präsentieren" button, its shortcut, and the deck
//!   (fullscreen where the browser allows it, else the whole window; keys;
//!   counter; announcements; Esc leaves);
//! - `slides`: [`slides::SLIDES`], the one list of views. A later feature
//!   (alternatives, cost sharing) adds a view by adding an entry there.
//!
//! Like every result view it reads a [`DocView`], never the editing form,
//! and it adds nothing to links or storage.

pub mod drawer;
pub mod slides;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::text::present::{announcement, counter, t};
use crate::ui::form::state::Form;
use crate::ui::view::DocView;
use crate::ui::widgets::{aria_flag, focus_element};
use slides::{Slide, SLIDES};

/// The id of the button that opens the presentation; focus returns to it.
const OPEN_ID: &str = "present-open";

/// Whether the shortcut (Alt+Shift+P, by key position so that every
/// keyboard layout has it) was pressed.
fn is_shortcut(e: &web_sys::KeyboardEvent) -> bool {
    e.alt_key() && e.shift_key() && !e.ctrl_key() && !e.meta_key() && e.code() == "KeyP"
}

/// The "Präsentieren" button, with its shortcut on it. The shortcut works
/// anywhere on the page.
#[component]
pub fn PresentButton(open: RwSignal<bool>) -> impl IntoView {
    let handle = window_event_listener(ev::keydown, move |e| {
        if is_shortcut(&e) && !open.get_untracked() {
            e.prevent_default();
            open.set(true);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <button
            type="button"
            class="button button--secondary present-open"
            id=OPEN_ID
            aria-keyshortcuts=t().open_shortcut_aria
            on:click=move |_| open.set(true)
        >
            {t().open_button}
            " "
            <kbd class="present-open__key">{t().open_shortcut}</kbd>
        </button>
    }
}

/// Asks for fullscreen; a refusal (no user gesture, a policy, an old
/// browser) is fine: the deck fills the window anyway.
fn request_fullscreen(el: &web_sys::HtmlElement) {
    let Ok(f) = js_sys::Reflect::get(el, &"requestFullscreen".into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = f.call0(el) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first
/// to the last: focus never leaves the deck (the page behind is inert,
/// but Tab would still reach the browser's own controls).
fn keep_focus_inside(deck: &web_sys::HtmlElement, e: &web_sys::KeyboardEvent) {
    let Ok(list) = deck.query_selector_all("button, input, [tabindex=\"0\"]") else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = document().active_element();
    let at = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>())
    };
    let outside_controls = !controls.iter().any(at);
    if e.shift_key() && (at(first) || outside_controls) {
        e.prevent_default();
        let _ = last.focus();
    } else if !e.shift_key() && (at(last) || outside_controls) {
        e.prevent_default();
        let _ = first.focus();
    }
}

fn in_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

/// The deck, while `open`; the rest of the page is `inert` meanwhile (see
/// `ui::App`), so focus stays inside.
#[component]
pub fn Presentation(form: Form, view: DocView, open: RwSignal<bool>) -> impl IntoView {
    move || open.get().then(|| view! { <Deck form view open /> })
}

#[component]
fn Deck(form: Form, view: DocView, open: RwSignal<bool>) -> impl IntoView {
    let drawer = RwSignal::new(false);
    let full = view.analysis.full;
    // The views that have something to show, as indices into SLIDES.
    let shown = Memo::new(move |_| {
        full.with(|a| {
            SLIDES
                .iter()
                .enumerate()
                .filter(|(_, s)| (s.shown)(a))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    // The current view by its place in SLIDES, so that it stays put when
    // a change makes a view appear or disappear.
    let current = RwSignal::new(0usize);
    let position = Memo::new(move |_| {
        let c = current.get();
        shown.with(|s| s.iter().position(|&i| i == c).unwrap_or(0))
    });
    let count = Memo::new(move |_| shown.with(Vec::len));
    let go = move |to: usize| {
        shown.with_untracked(|s| {
            if let Some(&i) = s.get(to.min(s.len().saturating_sub(1))) {
                current.set(i);
            }
        });
    };
    let step = move |forward: bool| {
        let p = position.get_untracked();
        if forward {
            go(p + 1);
        } else {
            go(p.saturating_sub(1));
        }
    };
    let was_fullscreen = StoredValue::new(false);
    let leave = move || {
        if in_fullscreen() {
            document().exit_fullscreen();
        }
        open.set(false);
        request_animation_frame(|| focus_element(OPEN_ID));
    };
    let deck = NodeRef::<Div>::new();
    deck.on_load(move |el| {
        let el: &web_sys::HtmlElement = &el;
        let _ = el.focus();
        request_fullscreen(el);
    });
    // Esc in fullscreen is the browser's: it leaves fullscreen without a
    // keydown reaching the page. Leaving fullscreen leaves the deck too.
    let handle = window_event_listener_untyped("fullscreenchange", move |_| {
        if in_fullscreen() {
            was_fullscreen.set_value(true);
        } else if was_fullscreen.get_value() {
            was_fullscreen.set_value(false);
            if open.get_untracked() {
                open.set(false);
                request_animation_frame(|| focus_element(OPEN_ID));
            }
        }
    });
    on_cleanup(move || handle.remove());
    let on_key = move |e: web_sys::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        if e.key() == "Tab" {
            if let Some(el) = deck.get_untracked() {
                keep_focus_inside(&el, &e);
            }
            return;
        }
        // In a pinned input, keys type; only Esc leaves.
        let typing = e.target().is_some_and(|t| {
            t.dyn_ref::<web_sys::HtmlInputElement>().is_some()
                || t.dyn_ref::<web_sys::HtmlSelectElement>().is_some()
        });
        if typing && e.key() != "Escape" {
            return;
        }
        // Space on a button presses it; elsewhere it steps on.
        let on_button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .is_some();
        let key = e.key();
        let handled = match key.as_str() {
            "ArrowRight" | "PageDown" => {
                step(true);
                true
            }
            " " if !on_button => {
                step(true);
                true
            }
            "ArrowLeft" | "PageUp" => {
                step(false);
                true
            }
            "Home" => {
                go(0);
                true
            }
            "End" => {
                go(usize::MAX);
                true
            }
            "Escape" => {
                leave();
                true
            }
            digit => match digit.parse::<usize>() {
                Ok(n @ 1..=9) => {
                    go(n - 1);
                    true
                }
                _ => false,
            },
        };
        if handled {
            e.prevent_default();
        }
    };
    let slide = move || SLIDES[current.get().min(SLIDES.len() - 1)];
    let title = move || (slide().title)();
    let view_of = move || {
        let s: Slide = slide();
        (s.render)(view)
    };
    let service = move || view.doc.with(|d| d.master.service.clone());
    view! {
        <div
            class="present"
            id="presentation"
            role="dialog"
            aria-modal="true"
            aria-label=t().dialog_label
            tabindex="-1"
            node_ref=deck
            on:keydown=on_key
        >
            <header class="present__bar">
                <p class="present__service">{service}</p>
                <div class="present__spacer"></div>
                <p class="present__counter" id="present-counter">
                    {move || counter(position.get() + 1, count.get())}
                </p>
                <button
                    type="button"
                    class="button button--secondary"
                    id="present-drawer-toggle"
                    aria-expanded=move || aria_flag(drawer.get())
                    aria-controls="present-drawer"
                    on:click=move |_| drawer.update(|d| *d = !*d)
                >
                    {t().drawer_button}
                </button>
                <button type="button" class="button button--secondary" id="present-close" on:click=move |_| leave()>
                    {t().close_button}
                </button>
            </header>
            <p class="visually-hidden" aria-live="polite" id="present-announce">
                {move || announcement(position.get() + 1, count.get(), title())}
            </p>
            <div class="present__body" class:present__body--drawer=move || drawer.get()>
                <section class="present__slide" aria-labelledby="present-title" data-slide=move || slide().id>
                    <h2 class="present__title" id="present-title">{title}</h2>
                    {view_of}
                </section>
                {move || drawer.get().then(|| view! { <drawer::Drawer form view /> })}
            </div>
            <nav class="present__nav" aria-label=t().dialog_label>
                <button
                    type="button"
                    class="button button--secondary"
                    id="present-previous"
                    aria-disabled=move || aria_flag(position.get() == 0)
                    on:click=move |_| step(false)
                >
                    {t().previous}
                </button>
                <p class="present__keys">{t().keys_hint}</p>
                <button
                    type="button"
                    class="button"
                    id="present-next"
                    aria-disabled=move || aria_flag(position.get() + 1 >= count.get())
                    on:click=move |_| step(true)
                >
                    {t().next}
                </button>
            </nav>
        </div>
    }
}
