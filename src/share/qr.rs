//! The QR code of a share link, as SVG. Built into the on-demand module
//! (`src/extras.rs`), not into the first load: only the share dialog and
//! the presentation's last view draw it.

/// The QR code of `text` as an SVG document, black on white with the
/// quiet zone, one unit per module (CSS scales it). Error correction L
/// keeps the modules as large as possible for a given size, which matters
/// more on a projector than damage tolerance. `None` if the text is too
/// long for any QR code.
///
/// The markup holds only the module matrix (numbers in a fixed path
/// template): the text itself never appears in it, so it may be set as
/// `inner_html`.
pub fn svg(text: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
    let image = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    // The XML declaration is not needed (nor meaningful) inside HTML.
    let start = image.find("<svg")?;
    Some(image[start..].to_string())
}
