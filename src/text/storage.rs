//! UI text for share links, the QR code, autosave, named assessments,
//! JSON import/export and provider templates.
