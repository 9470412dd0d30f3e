//! The Excel workbook (placeholder while the CSV lands).
