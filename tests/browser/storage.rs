//! In-browser component tests for the storage part of the UI.
