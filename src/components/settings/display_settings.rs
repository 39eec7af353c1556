use drill_core::prefs::{Lang, TextSize, Theme};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::common::pill::pill;
use crate::i18n::{native_name, strings};
use crate::state::prefs::DisplayPrefs;

/// 外观: theme, text size and language.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let prefs = expect_context::<DisplayPrefs>();
    let s = strings();
    view! {
        <h2>{s.appearance}</h2>
        <div class="composer">
            <fieldset>
                <legend>{s.theme_legend}</legend>
                {Theme::ALL.map(|theme| pill(
                    Some("theme"),
                    move || prefs.current().with(|p| p.theme == theme),
                    move || prefs.change(|p| p.theme = theme),
                    s.theme(theme),
                    None,
                ))}
            </fieldset>
            <fieldset>
                <legend>{s.text_size_legend}</legend>
                {TextSize::ALL.map(|size| pill(
                    Some("text-size"),
                    move || prefs.current().with(|p| p.text == size),
                    move || prefs.change(|p| p.text = size),
                    s.text_size(size),
                    None,
                ))}
            </fieldset>
            <fieldset>
                <legend>{s.language_legend}</legend>
                {Lang::ALL.map(|lang| pill(
                    Some("lang"),
                    move || prefs.current().with(|p| p.lang == lang),
                    move || {
                        prefs.change(|p| p.lang = lang);
                        refocus_language_switch();
                    },
                    native_name(lang),
                    // Each name in its own language, for screen readers too.
                    Some(lang.attribute()),
                ))}
            </fieldset>
        </div>
    }
}

/// The whole screen is rebuilt in the new language, taking the focus with
/// it; a keyboard user gets it back on the switch they just used.
fn refocus_language_switch() {
    request_animation_frame(|| {
        let checked = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("input[name=lang]:checked").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = checked {
            let _ = input.focus();
        }
    });
}
