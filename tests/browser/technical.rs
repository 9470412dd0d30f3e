//! In-browser component tests for the technical part of the UI.
