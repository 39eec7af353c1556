use leptos::html::Button;
use leptos::prelude::*;

use super::question_list_item::QuestionListItem;
use crate::app::{BrowseFilter, ShownPages};
use crate::bank_data::BANK;
use crate::i18n::strings;
use crate::platform::near_viewport::NearViewport;

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
/// of the list scrolls near, or with the button at its end.
#[component]
pub fn QuestionList(matching: Memo<Vec<usize>>) -> impl IntoView {
    let BrowseFilter(filter) = expect_context::<BrowseFilter>();
    let ShownPages(pages) = expect_context::<ShownPages>();
    let s = strings();
    // Pages opened for another filter do not carry over to this one.
    let shown_pages = move || {
        pages.with(|(shown_for, n)| {
            if filter.with(|f| f == shown_for) {
                *n
            } else {
                1
            }
        })
    };
    let shown = move || shown_pages() * PAGE;
    let left = move || matching.with(Vec::len).saturating_sub(shown());
    let rows = move || matching.with(|m| m[..m.len().min(shown())].to_vec());
    let show_more = move || {
        if left() > 0 {
            pages.set((filter.get_untracked(), shown_pages() + 1));
        }
    };

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
        <ul class="question-list">
            <For
                each=rows
                key=|index| *index
                children=|index| view! { <QuestionListItem question=&BANK.questions[index]/> }
            />
        </ul>
        <Show when=move || { left() > 0 }>
            <button class="button wide show-more" node_ref=button on:click=move |_| show_more()>
                {move || (s.show_more)(left().min(PAGE), left())}
            </button>
        </Show>
    }
}
