use leptos::prelude::*;

use crate::platform::storage::StorageProblem;

/// Messages the user must see: storage trouble above all.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<String>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }

    pub fn report(&self, problem: &StorageProblem) {
        let message = problem.message();
        self.0.update(|list| {
            if !list.contains(&message) {
                list.push(message);
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
