//! EfA-Check: Wirtschaftlichkeits- und Machbarkeitsprüfung für die
//! Nachnutzung eines EfA-Onlinedienstes, entirely in the browser.
//!
//! The crate splits into a pure core, which builds and is tested on every
//! target, and the browser UI, which only builds for wasm32. See
//! ARCHITECTURE.md for the codemap and its invariants.

pub mod charts;
pub mod export;
pub mod format;
pub mod model;
pub mod parse;
pub mod share;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
