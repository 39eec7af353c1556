use drill_core::round::SessionKind;
use leptos::prelude::*;

use super::round_home::RoundHome;
use super::session_screen::SessionScreen;

/// 模拟面试: the round in progress, or where to start one.
#[component]
pub fn RoundScreen() -> impl IntoView {
    view! { <SessionScreen kind=SessionKind::Round idle=|| view! { <RoundHome/> }/> }
}
