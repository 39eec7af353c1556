use std::sync::LazyLock;

use drill_core::bank::{QuestionType, difficulty_label};
use drill_core::progress::mistake_book;
use drill_core::search::{Filter, SearchIndex, Subset};
use leptos::prelude::*;

use super::backup_reminder::BackupReminder;
use super::question_list_item::QuestionListItem;
use super::topic_chips::TopicChips;
use crate::app::BrowseFilter;
use crate::bank_data::BANK;
use crate::state::marks::UserMarks;
use crate::state::progress::Progress;

/// Built on the first search, not at start-up.
static INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::new(BANK.questions));

/// 题库: every question, searchable and filtered by topic, type and difficulty.
#[component]
pub fn BankScreen() -> impl IntoView {
    let BrowseFilter(filter) = expect_context::<BrowseFilter>();
    let progress = expect_context::<Progress>();
    let marks = expect_context::<UserMarks>();
    let mistakes = Memo::new(move |_| progress.log.with(|log| mistake_book(log)));
    let matching = Memo::new(move |_| {
        let found = filter.with(|f| INDEX.matching(BANK.questions, f));
        match filter.with(|f| f.subset) {
            None => found,
            Some(subset) => progress.log.with(|log| {
                marks.marks.with(|m| {
                    mistakes.with(|mistakes| {
                        found
                            .into_iter()
                            .filter(|&i| subset.contains(&BANK.questions[i].id, log, m, mistakes))
                            .collect()
                    })
                })
            }),
        }
    });
    let is_filtered = move || filter.with(|f| *f != Filter::default());

    view! {
        <section class="bank">
            <h1>"题库" <small>{format!("共 {} 题", BANK.questions.len())}</small></h1>
            <BackupReminder/>
            <input
                class="search"
                type="search"
                aria-label="搜索题目和答案"
                placeholder="搜索题目和答案，如 GIL、排行榜"
                prop:value=move || filter.with(|f| f.query.clone())
                on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
            />
            <TopicChips filter=filter/>
            <div class="selects">
                <select aria-label="题型" on:change=move |ev| {
                    let kind = QuestionType::from_key(&event_target_value(&ev));
                    filter.update(|f| f.kind = kind);
                }>
                    <option value="" selected=move || filter.with(|f| f.kind.is_none())>"全部题型"</option>
                    {QuestionType::ALL.map(|kind| view! {
                        <option value=kind.key() selected=move || filter.with(|f| f.kind == Some(kind))>
                            {kind.label()}
                        </option>
                    })}
                </select>
                <select aria-label="难度" on:change=move |ev| {
                    let difficulty = event_target_value(&ev).parse::<u8>().ok();
                    filter.update(|f| f.difficulty = difficulty);
                }>
                    <option value="" selected=move || filter.with(|f| f.difficulty.is_none())>"全部难度"</option>
                    {[1u8, 2, 3].map(|d| view! {
                        <option value=d.to_string() selected=move || filter.with(|f| f.difficulty == Some(d))>
                            {difficulty_label(d)}
                        </option>
                    })}
                </select>
                <select aria-label="只看" on:change=move |ev| {
                    let subset = Subset::from_key(&event_target_value(&ev));
                    filter.update(|f| f.subset = subset);
                }>
                    <option value="" selected=move || filter.with(|f| f.subset.is_none())>"全部题目"</option>
                    {Subset::ALL.map(|subset| view! {
                        <option value=subset.key() selected=move || filter.with(|f| f.subset == Some(subset))>
                            {subset.label()}
                        </option>
                    })}
                </select>
            </div>
            <p class="result-count" role="status">
                {move || if is_filtered() {
                    format!("找到 {} 题", matching.with(Vec::len))
                } else {
                    format!("全部 {} 题", BANK.questions.len())
                }}
            </p>
            <Show
                when=move || matching.with(|m| !m.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>"没有找到匹配的题目。"</p>
                        <button class="button" on:click=move |_| filter.set(Filter::default())>"清除搜索和筛选"</button>
                    </div>
                }
            >
                <ul class="question-list">
                    <For
                        each=move || matching.get()
                        key=|index| *index
                        children=|index| view! { <QuestionListItem question=&BANK.questions[index]/> }
                    />
                </ul>
            </Show>
        </section>
    }
}
