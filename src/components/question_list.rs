use leptos::prelude::*;

use super::question_list_item::QuestionListItem;
use crate::app::{BrowseFilter, ShownPages};
use crate::bank_data::BANK;
use crate::i18n::strings;

/// Rows drawn at a time. Drawing every match would make start-up and each
/// keystroke pay for rows far below the screen, which a large bank feels.
const PAGE: usize = 50;

/// 题库's matching questions, a page at a time, with a button for more.
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
    let show_more = move |_| pages.set((filter.get_untracked(), shown_pages() + 1));
    view! {
        <ul class="question-list">
            <For
                each=rows
                key=|index| *index
                children=|index| view! { <QuestionListItem question=&BANK.questions[index]/> }
            />
        </ul>
        <Show when=move || { left() > 0 }>
            <button class="button wide show-more" on:click=show_more>
                {move || (s.show_more)(left().min(PAGE), left())}
            </button>
        </Show>
    }
}
