use drill_core::prefs::{TextSize, Theme};
use leptos::prelude::*;

use crate::state::prefs::DisplayPrefs;

/// 外观: theme and text size.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let prefs = expect_context::<DisplayPrefs>();
    view! {
        <h2>"外观"</h2>
        <div class="composer">
            <fieldset>
                <legend>"主题"</legend>
                {Theme::ALL.map(|theme| view! {
                    <label class="pill">
                        <input type="radio" name="theme" checked=move || prefs.0.with(|p| p.theme == theme)
                            on:change=move |_| prefs.change(|p| p.theme = theme)/>
                        <span>{theme.label()}</span>
                    </label>
                })}
            </fieldset>
            <fieldset>
                <legend>"字号"</legend>
                {TextSize::ALL.map(|size| view! {
                    <label class="pill">
                        <input type="radio" name="text-size" checked=move || prefs.0.with(|p| p.text == size)
                            on:change=move |_| prefs.change(|p| p.text = size)/>
                        <span>{size.label()}</span>
                    </label>
                })}
            </fieldset>
        </div>
    }
}
