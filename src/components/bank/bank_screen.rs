use std::sync::LazyLock;

use drill_core::bank::QuestionType;
use drill_core::round::RoundConfig;
use drill_core::search::{Filter, Query, SearchIndex, Subset};
use leptos::prelude::*;

use super::question_list::QuestionList;
use super::topic_chips::TopicChips;
use crate::bank_data::BANK;
use crate::components::common::backup_reminder::BackupReminder;
use crate::components::round::session_start::start_and_show;
use crate::i18n::strings;
use crate::platform::{perf, timeout_slices};
use crate::state::browse::BrowseFilter;
use crate::state::marks::UserMarks;
use crate::state::progress::Progress;
use crate::state::rounds::Rounds;

/// Its text is prepared in slices after start-up, ready for the first search.
static INDEX: LazyLock<SearchIndex> = LazyLock::new(SearchIndex::new);

/// Questions whose text one slice prepares: a few milliseconds of work.
const PREPARED_PER_SLICE: usize = 25;

/// The most questions 练这些 puts in one round: about an interview's
/// length. A longer list gives its first ones, as the list orders them.
const PRACTISE_AT_MOST: usize = 20;

/// 题库: every question, searchable and filtered by topic, type and difficulty.
#[component]
pub fn BankScreen() -> impl IntoView {
    let BrowseFilter(filter) = expect_context::<BrowseFilter>();
    timeout_slices::until_done(|| {
        let ready = INDEX.prepare(BANK.questions, PREPARED_PER_SLICE);
        if ready {
            perf::mark("drill:search-ready");
        }
        ready
    });
    let progress = expect_context::<Progress>();
    let marks = expect_context::<UserMarks>();
    let mistakes = progress.mistakes();
    let matching = Memo::new(move |_| {
        let found = filter.with(|f| INDEX.matching(BANK.questions, f));
        match filter.with(|f| f.subset) {
            None => found,
            Some(subset) => progress.log().with(|log| {
                marks.current().with(|m| {
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
    let query = Memo::new(move |_| filter.with(|f| Query::parse(&f.query)));
    let is_filtered = move || filter.with(|f| *f != Filter::default());
    let s = strings();
    let rounds = expect_context::<Rounds>();
    // A mock round of the listed questions, in list order; an unfinished
    // round is asked about first, as from any other start.
    let practise_these = move |_| {
        let ids: Vec<String> = matching.with_untracked(|m| {
            m.iter()
                .take(PRACTISE_AT_MOST)
                .map(|&i| BANK.questions[i].id.to_string())
                .collect()
        });
        if !ids.is_empty() {
            start_and_show(rounds, RoundConfig::default().retry(ids), false);
        }
    };
    let listed = move || matching.with(Vec::len);

    view! {
        <section class="bank">
            <h1>{s.bank_title} " " <small>{(s.bank_total)(BANK.questions.len())}</small></h1>
            <BackupReminder/>
            <input
                class="search"
                type="search"
                aria-label=s.search_label
                placeholder=s.search_placeholder
                prop:value=move || filter.with(|f| f.query.clone())
                on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
            />
            <TopicChips filter=filter/>
            <div class="selects">
                <select aria-label=s.kind_label on:change=move |ev| {
                    let kind = QuestionType::from_key(&event_target_value(&ev));
                    filter.update(|f| f.kind = kind);
                }>
                    <option value="" selected=move || filter.with(|f| f.kind.is_none())>{s.all_kinds}</option>
                    {QuestionType::ALL.map(|kind| view! {
                        <option value=kind.key() selected=move || filter.with(|f| f.kind == Some(kind))>
                            {s.kind(kind)}
                        </option>
                    })}
                </select>
                <select aria-label=s.difficulty_label on:change=move |ev| {
                    let difficulty = event_target_value(&ev).parse::<u8>().ok();
                    filter.update(|f| f.difficulty = difficulty);
                }>
                    <option value="" selected=move || filter.with(|f| f.difficulty.is_none())>{s.all_difficulties}</option>
                    {[1u8, 2, 3].map(|d| view! {
                        <option value=d.to_string() selected=move || filter.with(|f| f.difficulty == Some(d))>
                            {s.difficulty(d)}
                        </option>
                    })}
                </select>
                <select aria-label=s.subset_label on:change=move |ev| {
                    let subset = Subset::from_key(&event_target_value(&ev));
                    filter.update(|f| f.subset = subset);
                }>
                    <option value="" selected=move || filter.with(|f| f.subset.is_none())>{s.all_questions}</option>
                    {Subset::ALL.map(|subset| view! {
                        <option value=subset.key() selected=move || filter.with(|f| f.subset == Some(subset))>
                            {s.subset(subset)}
                        </option>
                    })}
                </select>
            </div>
            <div class="result-bar">
                <p class="result-count" role="status">
                    {move || if is_filtered() {
                        (s.found_count)(matching.with(Vec::len))
                    } else {
                        (s.all_count)(BANK.questions.len())
                    }}
                </p>
                <Show when=move || { is_filtered() && listed() > 0 }>
                    <button class="button small practise-these" on:click=practise_these>
                        {move || (s.practise_these)(listed().min(PRACTISE_AT_MOST))}
                    </button>
                </Show>
            </div>
            // The list is where 真题 first shows, on rows that are links: the
            // meaning is a tap away here.
            <details class="real-legend">
                <summary>{s.what_is_real}</summary>
                <p>{s.real_question_note}</p>
            </details>
            <Show when=move || { is_filtered() && listed() > PRACTISE_AT_MOST }>
                <p class="hint practise-cap">{move || (s.practise_these_cap)(PRACTISE_AT_MOST, listed())}</p>
            </Show>
            <Show
                when=move || matching.with(|m| !m.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>{s.nothing_found}</p>
                        <button class="button" on:click=move |_| filter.set(Filter::default())>{s.clear_filters}</button>
                    </div>
                }
            >
                <QuestionList matching=matching query=query/>
            </Show>
        </section>
    }
}
