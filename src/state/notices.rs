use leptos::prelude::*;

use crate::i18n;
use crate::platform::storage::StorageProblem;

/// Messages the user must see: storage trouble above all. Kept as problems,
/// not text, so they read in whatever language is chosen later.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<StorageProblem>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    pub fn report(&self, problem: &StorageProblem) {
        // Two problems that read the same (say, two failed writes) show once.
        let words = i18n::table(Default::default());
        let message = words.storage_problem(problem);
        self.0.update(|list| {
            if !list.iter().any(|p| words.storage_problem(p) == message) {
                list.push(problem.clone());
            }
        });
    }

    pub fn dismiss(&self, index: usize) {
        self.0.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }
}
