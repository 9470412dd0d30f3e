//! Leptos components.
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"EfA-Check"</h1></main> }
}
