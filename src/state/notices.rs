use leptos::prelude::*;

use crate::platform::storage::StorageProblem;

/// Messages the user must see: storage trouble above all. Kept as problems,
/// not text, so they read in whatever language is chosen later.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<StorageProblem>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    /// The problems shown, oldest first.
    pub fn list(&self) -> ReadSignal<Vec<StorageProblem>> {
        self.0.read_only()
    }

    pub fn report(&self, problem: &StorageProblem) {
        // The same problem reported twice (say, two failed writes) shows once.
        self.0.update(|list| {
            if !list.iter().any(|p| p.same_as(problem)) {
                list.push(problem.clone());
            }
        });
    }

    /// What a storage read found, its problem (if any) reported: the one
    /// way every state module loads its record.
    pub fn reported<T>(&self, (value, problem): (T, Option<StorageProblem>)) -> T {
        if let Some(problem) = problem {
            self.report(&problem);
        }
        value
    }

    pub fn dismiss(&self, index: usize) {
        self.0.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }
}
