//! A new deployment, picked up (docs/offline.md): the service worker
//! (`public/sw.js`) keeps the app working without a network; when the
//! server has a newer build, the browser installs its worker beside the
//! running one, and this notice offers to switch: "Eine neue Version ist
//! verfügbar – neu laden". Reloading loses nothing: autosave has already
//! stored every change (`library`), and a newer build reads what this one
//! stored (docs/format.md, forward compatibility), while this one never
//! rewrites what a newer one stored.
//!
//! The worker is registered only in release builds (`trunk serve` and the
//! component tests run without it), and only after the first result is on
//! screen, so its precaching never competes with the first load. A browser
//! without service workers, or one that refuses them, simply runs without.
//!
//! DOM contract: the notice is `#update-notice`, its button `#update-reload`.

use leptos::prelude::*;

use crate::text::saved::t;

#[cfg(not(debug_assertions))]
mod bridge {
    use wasm_bindgen::prelude::*;

    // `sw.js` beside index.html: its scope is the app's own directory, also
    // under a sub-path. A worker that is already waiting or still
    // installing counts too (a reload of a tab whose update was not taken
    // yet, or found by the reload's own check).
    #[wasm_bindgen(inline_js = r#"
export function watch_updates(on_update) {
  if (!('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register('sw.js').then((reg) => {
    const offer = () => { if (reg.waiting && navigator.serviceWorker.controller) on_update(); };
    const follow = (worker) => {
      if (worker) worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(); });
    };
    offer();
    follow(reg.installing);
    reg.addEventListener('updatefound', () => follow(reg.installing));
    // Asks the server at once, and again from time to time for a tab left
    // open in a meeting room.
    const check = () => reg.update().catch(() => {});
    check();
    setInterval(check, 30 * 60 * 1000);
  }).catch(() => {});
  requestAnimationFrame(() => setTimeout(register, 0));
}
export function apply_update() {
  navigator.serviceWorker.getRegistration().then((reg) => {
    if (!reg || !reg.waiting) { location.reload(); return; }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    reg.waiting.postMessage('efa-check-update');
  }, () => location.reload());
}
"#)]
    extern "C" {
        pub fn watch_updates(on_update: &Closure<dyn FnMut()>);
        pub fn apply_update();
    }
}

/// Registers the service worker and shows the notice once a new version
/// waits.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let available = RwSignal::new(false);
    #[cfg(not(debug_assertions))]
    {
        use wasm_bindgen::prelude::Closure;
        let on_update = Closure::<dyn FnMut()>::new(move || available.set(true));
        bridge::watch_updates(&on_update);
        // Called for as long as the page lives.
        on_update.forget();
    }
    let reload = move |_| {
        #[cfg(not(debug_assertions))]
        bridge::apply_update();
    };
    move || {
        available.get().then(|| {
            view! {
                <div class="notice notice--info" id="update-notice" role="status">
                    <p>
                        {t().update_available}
                        " "
                        <button type="button" class="button button--secondary" id="update-reload" on:click=reload>
                            {t().update_reload}
                        </button>
                    </p>
                    <p>{t().update_hint}</p>
                </div>
            }
        })
    }
}
