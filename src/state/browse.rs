//! Where the user is in 题库: what they typed and picked, how much of the
//! list is drawn and how far it was scrolled, kept while they open a
//! question and come back; and each question's last answer, for the marks
//! on its row.

use drill_core::progress::Replay;
use drill_core::search::{Filter, LastAnswers};
use leptos::prelude::*;

use super::progress::Progress;

/// What the user typed and picked in 题库.
#[derive(Clone, Copy)]
pub struct BrowseFilter(pub RwSignal<Filter>);

/// How much of 题库's list is open, and for which filter: another filter
/// starts at one page, and coming back from a question keeps what was open.
#[derive(Clone, Copy)]
pub struct ShownPages(pub RwSignal<ListPlace>);

#[derive(Debug, Clone, PartialEq)]
pub struct ListPlace {
    pub filter: Filter,
    pub pages: usize,
    /// How far the page was scrolled when a question was opened from the
    /// list; taken when the list is drawn again.
    pub scroll_y: Option<f64>,
}

impl ListPlace {
    /// Pages open for `filter`: those last opened, if it is the same one.
    pub fn pages_for(&self, filter: &Filter) -> usize {
        if *filter == self.filter {
            self.pages
        } else {
            1
        }
    }
}

/// Each question's last answer, folded from the review log once per change
/// and only when a list first shows it; new answers fold in on their own.
#[derive(Clone, Copy)]
pub struct LastAnswered(pub Memo<LastAnswers>);

/// Provides the three to the app.
pub fn provide(progress: Progress) {
    provide_context(BrowseFilter(RwSignal::new(Filter::default())));
    provide_context(ShownPages(RwSignal::new(ListPlace {
        filter: Filter::default(),
        pages: 1,
        scroll_y: None,
    })));
    let replay = StoredValue::new(Replay::<LastAnswers>::default());
    provide_context(LastAnswered(Memo::new(move |_| {
        progress
            .log()
            .with(|log| replay.update_value(|replay| replay.catch_up(log)));
        replay.with_value(|replay| replay.folded().clone())
    })));
}
