//! UI text.
