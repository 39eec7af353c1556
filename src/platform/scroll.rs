//! The page's scroll position, and bringing part of a screen into view.

/// How far the page is scrolled down, in CSS pixels.
pub fn y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// Scrolls the page to `y` CSS pixels from its top, at once.
pub fn to_y(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

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
