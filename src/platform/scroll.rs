//! Bringing part of a screen into view.

/// Scrolls `el` to the top of the view (below the sticky bars, which its
/// CSS `scroll-margin-top` leaves room for) when it starts in the lower half
/// of the screen or below it; a part already well in view stays put.
pub fn bring_up_if_low(el: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if el.get_bounding_client_rect().top() > height * 0.5 {
        el.scroll_into_view_with_bool(true);
    }
}
