use drill_core::search::Query;
use leptos::html::Button;
use leptos::prelude::*;

use super::question_list_item::QuestionListItem;
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::near_viewport::NearViewport;
use crate::platform::scroll;
use crate::state::browse::{BrowseFilter, ShownPages};

/// Rows drawn at a time: more than a phone's screen holds below the
/// search box and filters. Each keystroke replaces these rows, so every
/// row more is paid for on every keystroke: 20 rows took about half as
/// long again as 10.
const PAGE: usize = 10;

/// How far below the screen the next page starts drawing, in CSS pixels:
/// a fling's worth, yet short of the end of the first page on a phone, so
/// that start-up and keystrokes draw one page only.
const DRAW_AHEAD_PX: u32 = 400;

/// 题库's matching questions, a page at a time. More are drawn as the end
/// of the list scrolls near, or with the button at its end. Coming back
/// from a question opened here finds the list as it was left: as many
/// pages drawn, scrolled as far.
#[component]
pub fn QuestionList(matching: Memo<Vec<usize>>, query: Memo<Query>) -> impl IntoView {
    let BrowseFilter(filter) = expect_context::<BrowseFilter>();
    let ShownPages(place) = expect_context::<ShownPages>();
    let s = strings();
    let shown_pages = move || place.with(|p| filter.with(|f| p.pages_for(f)));
    let shown = move || shown_pages() * PAGE;
    let left = move || matching.with(Vec::len).saturating_sub(shown());
    let rows = move || matching.with(|m| m[..m.len().min(shown())].to_vec());
    let show_more = move || {
        if left() > 0 {
            let (filter, pages) = (filter.get_untracked(), shown_pages() + 1);
            place.update(|p| {
                p.filter = filter;
                p.pages = pages;
            });
        }
    };
    // Opening a question remembers how far down the list it was; nothing
    // redraws, the page is about to change anyway.
    let remember_place = move |_| {
        let (filter, pages) = (filter.get_untracked(), shown_pages());
        place.update_untracked(|p| {
            p.filter = filter;
            p.pages = pages;
            p.scroll_y = Some(scroll::y());
        });
    };
    let back_to = place
        .try_update_untracked(|p| {
            let y = p.scroll_y.take();
            filter
                .with_untracked(|f| *f == p.filter)
                .then_some(y)
                .flatten()
        })
        .flatten();
    if let Some(y) = back_to {
        // After the rows are laid out, and after the new screen's own
        // scroll to the top.
        request_animation_frame(move || scroll::to_y(y));
    }

    let button = NodeRef::<Button>::new();
    let watcher = StoredValue::new_local(None::<NearViewport>);
    Effect::new(move |_| {
        let watching = button
            .get()
            .and_then(|el| NearViewport::watch(&el, DRAW_AHEAD_PX, show_more));
        watcher.set_value(watching);
    });
    on_cleanup(move || watcher.set_value(None));

    view! {
        <ul class="question-list" on:click=remember_place>
            <For
                each=rows
                key=|index| *index
                children=move |index| view! { <QuestionListItem question=&BANK.questions[index] query=query/> }
            />
        </ul>
        <Show when=move || { left() > 0 }>
            <button class="button wide show-more" node_ref=button on:click=move |_| show_more()>
                {move || (s.show_more)(left().min(PAGE), left())}
            </button>
        </Show>
    }
}
