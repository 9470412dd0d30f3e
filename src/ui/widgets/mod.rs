//! Widgets and DOM helpers that every feature uses: the KERN field
//! block, checkboxes, icons, ids and focus, downloads made in the page
//! (and each chart's SVG and PNG buttons). Nothing here knows about a
//! particular part of the form or the results.

pub mod dom;
pub mod download;
pub mod extras;
pub mod field;
pub mod icon;

pub use dom::{aria_flag, busy, dom_id, focus_element, on_screen, opened};
pub use download::ChartDownloads;
pub use field::{Checkbox, Entry, FieldBlock, Input, Look, SelectBlock, Shared};
pub use icon::{icon, status_path};
