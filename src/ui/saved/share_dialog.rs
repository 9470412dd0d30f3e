//! Share links in the browser: the "Teilen" dialog (link, copy button, QR
//! code) and opening a link found in the address.
//!
//! The link is the app's address with the document in the fragment
//! (`crate::share::link`), which browsers never send to a server. Opening
//! a link makes a new library entry (a copy) the first time, and reopens
//! that copy every time after; a link that cannot be read leaves
//! everything as it was and says why.

use leptos::prelude::*;

use wasm_bindgen::{JsCast, JsValue};

use super::library::{Message, Workspace};
use crate::share::link;
use crate::text::saved::{self as words, t};
use crate::ui::form::state::Form;
use crate::ui::widgets::extras::{self, Loaded};

/// Whether a fragment is meant as a share link. The app's own in-page
/// anchors (`#results`, `#f-cases-per-year`) are lower-case words with
/// dashes; a link starts with its version tag `v<N>` and has a payload of
/// mixed case. Anything that is not such an anchor is treated as a link,
/// so a garbled one gets a message instead of being ignored.
fn looks_like_link(fragment: &str) -> bool {
    let version_tag = fragment
        .strip_prefix('v')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let anchor = fragment
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    !fragment.is_empty() && (version_tag || !anchor)
}

/// Opens the share link in the address bar, if there is one, then removes
/// it from the address so a reload does not open it a second time.
pub fn open_address_link(ws: Workspace) {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    let fragment = hash.trim_start_matches('#');
    if !looks_like_link(fragment) {
        return;
    }
    match link::decode(fragment) {
        Ok(assessment) => ws.open_link(assessment),
        Err(error) => ws.fail(Message {
            id: "link-error",
            error: true,
            title: t().link_failed_title,
            body: words::link_error(&error),
        }),
    }
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// Copies text to the clipboard; `false` where the browser does not allow
/// it (no `navigator.clipboard` outside secure contexts, or refused).
async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The "Teilen" button and its dialog.
#[component]
pub fn ShareDialog(form: Form) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let link_input = NodeRef::<leptos::html::Input>::new();
    let url = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<bool>);
    let qr = Memo::new(move |_| {
        if url.with(String::is_empty) {
            return None;
        }
        match extras::get() {
            Loaded::Ready(x) => url.with(|u| x.qr_svg(u)),
            _ => None,
        }
    });
    let unavailable = RwSignal::new(false);
    // While the on-demand module loads (the first time only), the dialog
    // is open and says so; if it cannot be loaded, it says that instead.
    let pending = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let open = move |_| {
        url.set(String::new());
        unavailable.set(false);
        failed.set(false);
        pending.set(true);
        copied.set(None);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
        leptos::task::spawn_local(async move {
            let link = extras::ready()
                .await
                .map(|x| form.document.with_untracked(|doc| x.share_url(doc)));
            pending.set(false);
            match link {
                None => failed.set(true),
                Some(link) => {
                    unavailable.set(link.is_none());
                    url.set(link.unwrap_or_default());
                }
            }
        });
    };
    let no_link = move || unavailable.get() || failed.get() || pending.get();
    let copy = move |_| {
        let text = url.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&text).await;
            if !ok {
                // Fallback: the link is selected, ready for Ctrl+C.
                if let Some(input) = link_input.get_untracked() {
                    input.select();
                }
            }
            copied.set(Some(ok));
        });
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        crate::ui::widgets::focus_element("share-open");
    };
    let copy_status = move || {
        copied.get().map(|ok| {
            if ok {
                t().share_copied
            } else {
                t().share_copy_failed
            }
        })
    };
    // Safe use of `inner_html`: the SVG is built by `share::qr::svg` from the QR
    // module matrix only (numbers into a fixed path template). The link
    // text itself, which carries user text, is encoded into modules and
    // never appears in the markup.
    let qr_view = move || {
        qr.get().map(|svg| {
            view! {
                <figure class="share-qr" id="share-qr">
                    <div class="share-qr__image" role="img" aria-label=t().share_qr_label inner_html=svg></div>
                    <figcaption class="share-qr__caption">{t().share_qr_caption}</figcaption>
                </figure>
            }
        })
    };
    view! {
        <button type="button" id="share-open" class="button" on:click=open>
            {t().share_button}
        </button>
        <dialog
            id="share-dialog"
            class="dialog"
            aria-labelledby="share-title"
            node_ref=dialog
            on:close=move |_| {
                url.set(String::new());
                crate::ui::widgets::focus_element("share-open");
            }
        >
            <h2 id="share-title" class="dialog__title">
                {t().share_title}
            </h2>
            <p id="share-hint" class="dialog__hint">
                {t().share_hint}
            </p>
            <p id="share-pending" class="dialog__status" role="status">
                {move || pending.get().then_some(t().share_pending)}
            </p>
            {move || {
                let (id, title, body) = if unavailable.get() {
                    ("share-unavailable", t().share_unavailable_title, t().share_unavailable_body)
                } else if failed.get() {
                    ("share-failed", t().share_load_failed_title, t().share_load_failed_body)
                } else {
                    return None;
                };
                Some(view! {
                    <div id=id class="notice notice--warning" role="status">
                        <h3 class="notice__title">{title}</h3>
                        <p>{body}</p>
                        <super::files::JsonSave form id="share-json-save" />
                    </div>
                })
            }}
            <div class="field" prop:hidden=no_link>
                <label class="field__label" for="share-link">
                    {t().share_link_label}
                </label>
                <input
                    class="field__input share-link"
                    type="text"
                    id="share-link"
                    readonly
                    aria-describedby="share-hint share-length"
                    node_ref=link_input
                    prop:value=move || url.get()
                />
                <p class="field__hint" id="share-length">
                    {move || words::link_length(url.with(|u| u.chars().count()))}
                </p>
            </div>
            <p class="dialog__actions" prop:hidden=no_link>
                <button type="button" id="share-copy" class="button" on:click=copy>
                    {t().share_copy}
                </button>
            </p>
            <p id="share-copy-status" class="dialog__status" role="status">
                {copy_status}
            </p>
            {qr_view}
            <p class="dialog__actions">
                <button
                    type="button"
                    id="share-close"
                    class="button button--secondary"
                    on:click=close
                >
                    {t().share_close}
                </button>
            </p>
        </dialog>
    }
}
