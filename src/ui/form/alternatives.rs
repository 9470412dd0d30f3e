//! Which alternative the form edits (`model::alternatives`): a choice of
//! up to four, the edited one's name, adding a copy of the first and
//! removing one. Switching is refused while an input is invalid, so that
//! nothing typed is lost; the form then says why.

use leptos::prelude::*;

use super::state::Form;
use crate::model::limits::{MAX_ALTERNATIVES, MAX_NAME_CHARS};
use crate::model::Assessment;
use crate::text::alternatives::t;
use crate::text::results::alternative_name;
use crate::ui::widgets::{focus_element, FieldBlock, Input};

/// The names of every alternative of the whole document, as shown.
fn names(d: &Assessment) -> Vec<String> {
    (0..d.variant_count())
        .map(|i| alternative_name(i, d.variant_name(i).unwrap_or_default()))
        .collect()
}

#[component]
pub fn Alternatives(form: Form) -> impl IntoView {
    let names = Memo::new(move |_| form.document.with(names));
    let count = move || names.with(Vec::len);
    let blocked = RwSignal::new(false);
    let select = move |i: usize| {
        let ok = form.select(i);
        blocked.set(!ok && form.selected.get_untracked() != i);
        ok
    };
    let choice = move || {
        names
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let id = format!("alt-{i}");
                view! {
                    <div class="alternatives__option">
                        <input
                            type="radio"
                            class="alternatives__radio"
                            name="alternative"
                            id=id.clone()
                            prop:checked=move || form.selected.get() == i
                            on:change=move |_| {
                                if !select(i) {
                                    // Refused: the radio shows the edited one again.
                                    form.selected.notify();
                                }
                            }
                        />
                        <label class="alternatives__label" for=id>
                            {name}
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    // The edited alternative's name: typed into the edited copy, which
    // writes it back (`Assessment::absorb_variant`).
    let name = Input::text(
        "alt-name".to_string(),
        MAX_NAME_CHARS,
        form.read(|d| d.first_name.clone()),
        move |text| form.doc.update(|d| d.first_name = text),
    );
    let add = move |_: web_sys::MouseEvent| {
        if form.add_alternative("") {
            blocked.set(false);
            // After the name's block is shown (it is hidden with one).
            request_animation_frame(|| focus_element("alt-name"));
        } else {
            blocked.set(form.has_errors());
        }
    };
    let remove = move |_: web_sys::MouseEvent| {
        if form.remove_alternative(form.selected.get_untracked()) {
            blocked.set(false);
            request_animation_frame(|| focus_element("alt-0"));
        } else {
            blocked.set(true);
        }
    };
    view! {
        <section class="alternatives" id="alternatives" aria-labelledby="alternatives-heading">
            <h3 class="alternatives__heading" id="alternatives-heading">
                {t().heading}
            </h3>
            <p class="alternatives__hint">{t().hint}</p>
            <fieldset class="alternatives__choice" prop:hidden=move || { count() < 2 }>
                <legend class="alternatives__legend">{t().choice_legend}</legend>
                {choice}
            </fieldset>
            <p class="notice notice--warning" id="alt-blocked" role="alert" prop:hidden=move || !blocked.get()>
                {t().blocked}
            </p>
            <div prop:hidden=move || { count() < 2 }>
                <FieldBlock input=name label=t().name_label hint=view! { {t().name_hint} }.into_any() />
            </div>
            <p class="alternatives__actions">
                <button
                    type="button"
                    class="button button--secondary"
                    id="alt-add"
                    prop:disabled=move || { count() >= MAX_ALTERNATIVES }
                    aria-describedby="alt-limit"
                    on:click=add
                >
                    {t().add}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    id="alt-remove"
                    prop:hidden=move || form.selected.get() == 0
                    on:click=remove
                >
                    {t().remove}
                </button>
            </p>
            <p class="alternatives__limit" id="alt-limit" prop:hidden=move || { count() < MAX_ALTERNATIVES }>
                {t().limit}
            </p>
        </section>
    }
}
