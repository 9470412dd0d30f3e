//! Downloads made in the page: a Blob behind an object URL, clicked as a
//! link with `download` (nothing is sent anywhere), and the two download
//! buttons of every chart (SVG as drawn, PNG at twice its size for
//! slides, rendered in a canvas).

use std::time::Duration;

use gloo_events::EventListener;
use gloo_file::{Blob, ObjectUrl};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::text::report as words;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const SVG_MIME: &str = "image/svg+xml";

/// Offers `blob` as a file download.
pub fn offer(file_name: &str, blob: Blob) -> Result<(), JsValue> {
    let url = ObjectUrl::from(blob);
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The download has started once `click` returns in Chromium, but not
    // in every browser; the URL is released (when `url` is dropped) a
    // little later.
    set_timeout(move || drop(url), Duration::from_secs(10));
    Ok(())
}

/// The chart of figure `figure_id` as a standalone SVG file: the drawn
/// SVG with its `<title>`, a `<desc>` holding the figure's caption (the
/// chart's message), and the SVG namespace. Built on a copy through the
/// DOM, so the caption is set as text and serialised escaped (as XML).
fn chart_svg(figure_id: &str) -> Option<(String, f64, f64)> {
    let figure = document().get_element_by_id(figure_id)?;
    let svg = figure.query_selector(".chart__svg svg").ok()??;
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
    copy.set_attribute("xmlns", SVG_NS).ok()?;
    if copy.query_selector("desc").ok()?.is_none() {
        let caption = figure
            .query_selector("figcaption")
            .ok()?
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        let desc = document().create_element_ns(Some(SVG_NS), "desc").ok()?;
        desc.set_text_content(Some(caption.trim()));
        let after_title = copy
            .query_selector("title")
            .ok()?
            .and_then(|t| t.next_sibling());
        copy.insert_before(&desc, after_title.as_ref()).ok()?;
    }
    let (width, height) = view_box(&copy)?;
    // As XML: the HTML serialisation (`outerHTML`) writes a no-break
    // space as `&nbsp;`, which no XML parser (nor an `<img>`) accepts.
    let xml = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    Some((xml, width, height))
}

/// Width and height of an SVG's `viewBox` (or of its size attributes).
fn view_box(svg: &web_sys::Element) -> Option<(f64, f64)> {
    let numbers = |s: String| -> Vec<f64> {
        s.split([' ', ','])
            .filter_map(|n| n.trim().parse().ok())
            .collect()
    };
    if let Some(vb) = svg.get_attribute("viewBox").map(numbers) {
        if let [_, _, w, h] = vb[..] {
            return Some((w, h));
        }
    }
    let size = |name| svg.get_attribute(name).and_then(|v| v.parse().ok());
    Some((size("width")?, size("height")?))
}

/// Draws `svg` into a canvas at twice its size on white and offers the
/// result as a PNG file.
fn offer_png(file_name: String, svg: String, width: f64, height: f64) -> Result<(), JsValue> {
    let url = ObjectUrl::from(Blob::new_with_options(svg.as_str(), Some(SVG_MIME)));
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let loaded = image.clone();
    // The object URL lives until the image has loaded.
    EventListener::once(&image, "load", move |_| {
        let _ = draw_png(&file_name, &loaded, width, height);
        drop(url);
    })
    .forget();
    Ok(())
}

fn draw_png(
    file_name: &str,
    image: &web_sys::HtmlImageElement,
    width: f64,
    height: f64,
) -> Result<(), JsValue> {
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    let (w, h) = ((width * 2.0).round(), (height * 2.0).round());
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or(JsValue::NULL)?
        .unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, w, h);
    context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, w, h)?;
    let name = file_name.to_string();
    let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            let _ = offer(&name, Blob::from(blob));
        }
    });
    canvas.to_blob(done.unchecked_ref())
}

/// The two files a chart can be downloaded as.
#[derive(Clone, Copy)]
enum Format {
    Svg,
    /// Twice the SVG's size, for slides.
    Png,
}

/// Downloads the chart of figure `figure_id`, named after it.
fn download_chart(figure_id: &str, format: Format) {
    let Some((svg, width, height)) = chart_svg(figure_id) else {
        return;
    };
    let _ = match format {
        Format::Svg => offer(
            &format!("{figure_id}.svg"),
            Blob::new_with_options(svg.as_str(), Some(SVG_MIME)),
        ),
        Format::Png => offer_png(format!("{figure_id}.png"), svg, width, height),
    };
}

/// One download button, `#{figure_id}-svg` or `-png`, whose accessible
/// name names the chart.
fn download_button(figure_id: &'static str, name: &'static str, format: Format) -> impl IntoView {
    let (suffix, label, accessible) = match format {
        Format::Svg => ("svg", words::DOWNLOAD_SVG, words::download_svg(name)),
        Format::Png => ("png", words::DOWNLOAD_PNG, words::download_png(name)),
    };
    view! {
        <button
            type="button"
            class="button button--secondary button--small"
            id=format!("{figure_id}-{suffix}")
            aria-label=accessible
            on:click=move |_| download_chart(figure_id, format)
        >
            {label}
        </button>
    }
}

/// The two download buttons of a chart: SVG and PNG. `name` names the
/// chart for screen readers; hidden in print.
#[component]
pub fn ChartDownloads(figure_id: &'static str, name: &'static str) -> impl IntoView {
    view! {
        <p class="chart__downloads">
            {download_button(figure_id, name, Format::Svg)}
            {download_button(figure_id, name, Format::Png)}
        </p>
    }
}
