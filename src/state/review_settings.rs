//! 复习's settings: the daily ration of new questions, the interview date
//! and whether review sessions count down. Read when 复习 opens, so an
//! import or another tab's change shows there; saved on every change, and
//! a save that fails is reported like any other storage trouble.

use drill_core::calendar::civil::CivilDate;
use drill_core::persist::REVIEW_SETTINGS_KEY;
use drill_core::progress::ReviewSettings;
use leptos::prelude::*;

use super::notices::Notices;
use crate::platform::clock::{local_date, local_noon_ms, now_ms};
use crate::platform::storage;

/// The most new questions a day the ration takes: more than a day can hold.
pub const MAX_NEW_PER_DAY: u16 = 500;

#[derive(Clone, Copy)]
pub struct ReviewPrefs {
    settings: RwSignal<ReviewSettings>,
    notices: Notices,
}

impl ReviewPrefs {
    pub fn load(notices: Notices) -> Self {
        let stored = notices.reported(storage::load::<ReviewSettings>(
            REVIEW_SETTINGS_KEY,
            now_ms(),
        ));
        ReviewPrefs {
            settings: RwSignal::new(stored.unwrap_or_default()),
            notices,
        }
    }

    pub fn settings(&self) -> ReadSignal<ReviewSettings> {
        self.settings.read_only()
    }

    /// The interview date, on the user's calendar.
    pub fn interview_date(&self) -> Signal<Option<CivilDate>> {
        let settings = self.settings;
        Signal::derive(move || settings.with(|s| s.interview_ms.map(local_date)))
    }

    /// The user's own ration: from now on it holds rather than the plan's.
    pub fn set_new_per_day(&self, n: u16) {
        self.change(|s| {
            s.new_per_day = n.min(MAX_NEW_PER_DAY);
            s.ration_follows_plan = false;
        });
    }

    /// Lets the ration follow the interview plan again.
    pub fn follow_plan(&self) {
        self.change(|s| s.ration_follows_plan = true);
    }

    /// Sets or clears the interview date. A new date makes the ration
    /// follow the plan for it; the user can still set their own after.
    pub fn set_interview_date(&self, date: Option<CivilDate>) {
        self.change(|s| {
            let before = s.interview_ms;
            s.interview_ms = date.map(local_noon_ms);
            if s.interview_ms.is_some() && s.interview_ms != before {
                s.ration_follows_plan = true;
            }
        });
    }

    pub fn set_countdown(&self, on: bool) {
        self.change(|s| s.countdown = on);
    }

    fn change(&self, edit: impl FnOnce(&mut ReviewSettings)) {
        self.settings.update(edit);
        let saved = self
            .settings
            .with_untracked(|s| storage::save(REVIEW_SETTINGS_KEY, s));
        // The setting still applies for this visit.
        if let Err(problem) = saved {
            self.notices.report(&problem);
        }
    }
}
