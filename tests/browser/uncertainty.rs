//! In-browser component tests for the uncertainty part of the UI.
