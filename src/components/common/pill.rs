use leptos::prelude::*;

/// One option drawn as a pill: a radio button of the group `radio_group`,
/// or a checkbox when it is `None`. The composer and the display settings
/// both draw their choices with it.
pub fn pill(
    radio_group: Option<&'static str>,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    pick: impl Fn() + 'static,
    label: &'static str,
    lang: Option<&'static str>,
) -> impl IntoView {
    let kind = if radio_group.is_some() {
        "radio"
    } else {
        "checkbox"
    };
    view! {
        <label class="pill">
            <input type=kind name=radio_group checked=checked on:change=move |_| pick()/>
            <span lang=lang>{label}</span>
        </label>
    }
}
