//! The shape of a language table, and the words for the core's enums.

use drill_core::backup::{ImportError, ImportPreview};
use drill_core::bank::QuestionType;
use drill_core::calendar::civil::Span;
use drill_core::grade::{Outcome, SelfGrade};
use drill_core::prefs::{TextSize, Theme};
use drill_core::round::RoundSummary;
use drill_core::search::Subset;

use crate::platform::storage::StorageProblem;

pub struct Strings {
    // The shell.
    pub brand: &'static str,
    pub document_title: &'static str,
    pub nav_label: &'static str,
    pub tab_bank: &'static str,
    pub tab_round: &'static str,
    pub tab_review: &'static str,
    pub tab_stats: &'static str,
    pub tab_settings: &'static str,
    pub dismiss: &'static str,
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub update_after_round: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_to_bank: &'static str,
    pub storage_blocked_notice: &'static str,
    pub storage_full_notice: &'static str,
    pub storage_unreadable_notice: fn(kept_as: &str) -> String,
    pub storage_newer_notice: fn(kept_as: &str) -> String,

    // Words for the core's enums.
    pub kind_open: &'static str,
    pub kind_single: &'static str,
    pub kind_multiple: &'static str,
    pub kind_true_false: &'static str,
    pub kind_fill_in: &'static str,
    pub kind_ordering: &'static str,
    pub difficulty_basic: &'static str,
    pub difficulty_common: &'static str,
    pub difficulty_advanced: &'static str,
    pub subset_mistakes: &'static str,
    pub subset_bookmarked: &'static str,
    pub subset_noted: &'static str,
    pub subset_unseen: &'static str,
    pub outcome_correct: &'static str,
    pub outcome_partial: &'static str,
    pub outcome_wrong: &'static str,
    pub outcome_timed_out: &'static str,
    pub outcome_not_reached: &'static str,
    /// A graded question answered right or wrong: the app's verdict, not
    /// the user's 会 / 不会.
    pub outcome_right: &'static str,
    pub outcome_graded_wrong: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub text_small: &'static str,
    pub text_normal: &'static str,
    pub text_large: &'static str,
    pub true_word: &'static str,
    pub false_word: &'static str,

    // Dates and durations.
    /// Month, day, hours and minutes in the browser's time zone.
    pub date_time: fn(month: u32, day: u32, hours: u32, minutes: u32) -> String,
    /// A month (1 to 12) over the practice calendar.
    pub month: fn(month: u32) -> String,
    /// Monday, Wednesday and Friday beside the practice calendar's rows.
    pub calendar_weekdays: [&'static str; 3],
    pub seconds: fn(secs: u16) -> String,

    // 题库.
    pub bank_title: &'static str,
    pub bank_total: fn(count: usize) -> String,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub topics_label: &'static str,
    pub all_topics: &'static str,
    pub kind_label: &'static str,
    pub all_kinds: &'static str,
    pub difficulty_label: &'static str,
    pub all_difficulties: &'static str,
    pub subset_label: &'static str,
    pub all_questions: &'static str,
    pub found_count: fn(count: usize) -> String,
    pub all_count: fn(count: usize) -> String,
    pub show_all: fn(count: usize) -> String,
    pub show_more: fn(next: usize, left: usize) -> String,
    pub practise_these: fn(count: usize) -> String,
    pub practise_these_cap: fn(at_most: usize, listed: usize) -> String,
    pub status_bookmarked: &'static str,
    pub status_noted: &'static str,
    pub status_missed: &'static str,
    pub status_done: &'static str,
    pub correct_choices: &'static str,
    pub nothing_found: &'static str,
    pub clear_filters: &'static str,
    pub real_question_badge: &'static str,
    pub real_question_note: &'static str,
    pub what_is_real: &'static str,
    pub backup_reminder: &'static str,
    pub backup_reminder_link: &'static str,

    // One question.
    pub question_missing_title: &'static str,
    pub question_missing_body: fn(id: &str) -> String,
    pub back_link: &'static str,
    pub key_points: &'static str,
    pub short_answer: &'static str,
    pub full_answer: &'static str,
    pub show_full_answer: &'static str,
    pub show_answer: &'static str,
    pub answer: &'static str,
    pub explanation: &'static str,
    pub follow_ups: &'static str,
    pub references: &'static str,
    pub tip_prefix: &'static str,
    pub order_hint: &'static str,
    pub true_false_hint: &'static str,
    pub fill_in_hint: &'static str,
    pub bookmarked: &'static str,
    pub bookmark: &'static str,
    pub my_note: &'static str,

    // 模拟面试: starting a round.
    pub round_title: &'static str,
    pub round_lead: &'static str,
    pub quick_start: fn(open: u16, graded: u16) -> String,
    pub compose: &'static str,
    pub count_legend: &'static str,
    pub count_all: &'static str,
    pub topics_legend: &'static str,
    pub difficulty_legend: &'static str,
    pub types_legend: &'static str,
    pub types_mixed: &'static str,
    pub types_open_only: &'static str,
    pub types_graded_only: &'static str,
    pub pick_legend: &'static str,
    pub pick_unseen_first: &'static str,
    pub pick_weakest_first: &'static str,
    pub pick_random: &'static str,
    pub time_legend: &'static str,
    pub time_suggested: &'static str,
    pub time_fixed: &'static str,
    pub time_fixed_label: &'static str,
    pub time_fixed_unit: &'static str,
    pub budget_legend: &'static str,
    pub budget_label: &'static str,
    pub budget_unit: &'static str,
    pub timeout_legend: &'static str,
    pub timeout_reveal: &'static str,
    pub timeout_overrun: &'static str,
    pub read_aloud_legend: &'static str,
    pub read_aloud: &'static str,
    pub interview_legend: &'static str,
    pub interview_mode: &'static str,
    pub interview_silence_label: &'static str,
    pub interview_silence_unit: &'static str,
    pub interview_asking: &'static str,
    pub interview_listening: fn(secs: u8) -> String,
    pub interview_following_up: &'static str,
    pub interview_grading: &'static str,
    pub nothing_fits: &'static str,
    pub start_round: &'static str,
    pub history_title: &'static str,
    pub history_line: fn(questions: usize, reason: &str) -> String,
    pub history_budget: &'static str,
    pub history_ended: &'static str,
    pub history_superseded: &'static str,
    pub score_points: fn(score: u8) -> String,

    // 模拟面试: the round in progress.
    pub runner_label: &'static str,
    pub progress_label: &'static str,
    pub timer_label: &'static str,
    pub time_used: fn(duration: &str) -> String,
    pub seconds_left: fn(secs: u8) -> String,
    pub budget_left: fn(duration: &str) -> String,
    pub pause: &'static str,
    pub resume: &'static str,
    pub elsewhere_title: &'static str,
    pub elsewhere_body: &'static str,
    pub take_over: &'static str,
    pub elsewhere_review_title: &'static str,
    pub elsewhere_continues: fn(kind: &str, at: usize, total: usize) -> String,
    pub elsewhere_gone: &'static str,
    pub moved_on_ended: &'static str,
    pub moved_on_dropped: &'static str,
    pub see_its_results: &'static str,
    pub got_it: &'static str,
    pub conflict_round_title: &'static str,
    pub conflict_review_title: &'static str,
    pub conflict_where: fn(kind: &str, at: usize, total: usize, answered: usize) -> String,
    pub conflict_here: &'static str,
    pub conflict_other_tab: &'static str,
    pub conflict_continue: &'static str,
    pub conflict_end_and_save: &'static str,
    pub conflict_end_and_save_note: &'static str,
    pub conflict_discard: &'static str,
    pub conflict_discard_note: fn(answered: usize) -> String,
    pub session_running_badge: &'static str,
    pub session_bar_title: &'static str,
    pub session_bar_place: fn(at: usize, of: usize) -> String,
    pub session_bar_left: fn(left: &str) -> String,
    pub session_bar_paused: &'static str,
    /// Under the runner: the clock does not stop when the user leaves.
    pub clock_runs_away: &'static str,
    /// Results: what the user wrote during the round, beside the reference.
    pub your_words: &'static str,
    pub reference_answer: &'static str,
    pub paused_title: &'static str,
    pub paused_body: &'static str,
    pub resume_answering: &'static str,
    pub end_and_see_results: &'static str,
    pub question_gone: &'static str,
    pub end_round: &'static str,
    pub current_question: &'static str,
    pub submit: &'static str,
    /// The scoring rule in one line, next to the grade buttons.
    pub points_said: fn(said: usize, total: usize, score: u8) -> String,
    pub grade_know: &'static str,
    pub grade_fuzzy: &'static str,
    pub grade_dont_know: &'static str,
    pub see_results: &'static str,
    pub next_question: &'static str,
    pub multiple_hint: &'static str,
    pub choices_label: &'static str,
    pub true_false_label: &'static str,
    pub true_false_tap: &'static str,
    pub fill_in_label: &'static str,
    pub fill_in_placeholder: &'static str,
    pub order_input_hint: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub verdict_correct: &'static str,
    pub verdict_timed_out: &'static str,
    pub verdict_wrong: fn(score: u8) -> String,
    pub right_answer: &'static str,
    pub right_order: &'static str,
    pub timed_out_revealed: &'static str,
    pub your_recording: &'static str,
    pub your_notes: &'static str,
    pub tick_points: &'static str,
    pub show_short_and_full: &'static str,
    pub open_verdict: fn(outcome: &str, score: u8) -> String,
    pub notes_prompt: &'static str,
    pub answer_placeholder: &'static str,
    pub speak_answer: &'static str,
    pub practise_this: &'static str,
    pub note_saved: &'static str,
    pub stop_listening: &'static str,
    pub listening: &'static str,
    pub listening_on_device: &'static str,
    pub heard_label: &'static str,
    pub heard_note: &'static str,
    pub voice_title: &'static str,
    pub voice_service_consent: &'static str,
    pub use_voice: &'static str,
    pub type_instead: &'static str,
    pub voice_missing: &'static str,
    pub voice_refused: &'static str,
    pub voice_no_microphone: &'static str,
    pub voice_no_speech: &'static str,
    pub voice_network: &'static str,
    pub voice_language: &'static str,
    pub voice_service_refused: &'static str,
    pub voice_interrupted: &'static str,
    pub voice_other: &'static str,
    pub voice_enable: &'static str,
    pub voice_on_device: &'static str,
    pub voice_installable: &'static str,
    pub voice_install: &'static str,
    pub voice_service: &'static str,
    pub voice_checking: &'static str,
    pub voice_keep_answers: &'static str,
    pub kept_answers_title: &'static str,
    pub interviewer_may_ask: &'static str,
    pub follow_up_added: &'static str,
    pub follow_up_offer: &'static str,
    pub follow_up_missed: &'static str,
    pub follow_up_strong: &'static str,
    pub follow_up_ask_aloud: &'static str,
    /// What the interviewer says: why, then the follow-up's question.
    pub follow_up_spoken_missed: fn(point: &str, prompt: &str) -> String,
    pub follow_up_spoken_strong: fn(prompt: &str) -> String,
    pub recording: &'static str,
    pub stop_recording: &'static str,
    pub asking_microphone: &'static str,
    pub record_again: &'static str,
    pub record_answer: &'static str,
    pub recorder_no_microphone: &'static str,
    pub recorder_refused: &'static str,
    pub recorder_busy: &'static str,
    pub recorder_unsupported: &'static str,
    pub recorder_failed: &'static str,

    // 模拟面试: results.
    pub round_missing_title: &'static str,
    pub round_missing_body: &'static str,
    pub back_to_round: &'static str,
    pub finished_by_budget: &'static str,
    pub finished_early: &'static str,
    pub finished_superseded: &'static str,
    pub finished: &'static str,
    pub results_title: &'static str,
    pub score_unit: &'static str,
    pub answering_time: fn(duration: &str) -> String,
    pub pauses: fn(count: u32, duration: &str) -> String,
    pub retry_wrong: fn(count: usize) -> String,
    pub same_again: &'static str,
    pub by_topic: &'static str,
    pub topic_score: fn(score: u8, questions: usize) -> String,
    pub by_question: &'static str,
    pub item_outcome: fn(outcome: &str, score: u8) -> String,
    pub item_time: fn(duration: &str) -> String,
    pub item_overrun: fn(duration: &str) -> String,
    pub item_follow_up: &'static str,
    pub item_follow_up_of: fn(title: &str) -> String,
    pub missed_points: &'static str,

    // 复习.
    pub review_title: &'static str,
    pub review_lead: &'static str,
    pub due_now: &'static str,
    pub start_review: &'static str,
    pub new_per_day: &'static str,
    pub interview_date: &'static str,
    pub interview_mode_note: &'static str,
    pub next_two_weeks: &'static str,
    pub forecast_label: &'static str,
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub days_later: fn(days: usize) -> String,
    pub mistake_book: &'static str,
    pub question_count: fn(count: usize) -> String,
    pub mistake_book_note: &'static str,
    pub mistake_book_empty: &'static str,
    pub practise_mistakes: &'static str,
    pub span_words: fn(span: Span) -> String,
    pub comes_back_in: fn(span: &str) -> String,
    pub due_split: fn(due: usize, new: usize) -> String,
    pub today_done: &'static str,
    pub tomorrow_count: fn(count: usize) -> String,
    pub later_today: fn(count: usize, minutes: i64) -> String,
    pub last_session_results: &'static str,
    pub review_countdown: &'static str,
    pub plan_title: &'static str,
    pub days_left: fn(days: i64) -> String,
    pub seen_of_bank: fn(seen: usize, total: usize) -> String,
    pub plan_new_per_day: fn(count: usize) -> String,
    pub plan_all_seen: &'static str,
    pub plan_no_days: &'static str,
    pub follow_plan: fn(count: usize) -> String,
    pub ration_from_plan: &'static str,
    pub topics_seen_label: &'static str,
    pub interview_day: &'static str,
    pub forecast_due: &'static str,
    pub forecast_new: &'static str,

    // 统计.
    pub stats_title: &'static str,
    pub no_stats: &'static str,
    pub go_to_round: &'static str,
    pub go_to_review: &'static str,
    pub days: fn(days: u32) -> String,
    pub current_streak: &'static str,
    pub best_streak: &'static str,
    pub total_answers: &'static str,
    pub answers_total: fn(count: usize) -> String,
    pub calendar_title: &'static str,
    pub calendar_label: fn(weeks: usize, days: usize, total: u32, today: u32) -> String,
    pub calendar_less: &'static str,
    pub calendar_more: &'static str,
    pub mastery_title: &'static str,
    pub mastery_note: &'static str,
    pub mastery_label: fn(topics: &[String]) -> String,
    pub accuracy_title: &'static str,
    pub weekly_note: fn(weeks: usize) -> String,
    pub time_title: &'static str,
    pub time_note: &'static str,
    pub weeks_ago: fn(weeks: usize) -> String,
    pub last_seven_days: &'static str,
    pub no_answers_in_weeks: fn(weeks: usize) -> String,
    pub accuracy_label: fn(weeks: usize, latest: f64) -> String,
    pub time_label: fn(weeks: usize, latest: f64) -> String,
    pub scores_title: &'static str,
    pub no_rounds: &'static str,
    pub scores_label: fn(rounds: usize, latest: u8, ended_early: usize) -> String,
    /// Under a trend that has rounds ended early: how to read it.
    pub scores_note: &'static str,
    /// A round ended early: how much of it the score covers.
    pub scored_on: fn(reached: usize, questions: usize) -> String,
    pub reached_short: fn(reached: usize, questions: usize) -> String,
    pub no_score: &'static str,
    pub due_title: &'static str,
    pub today_and_overdue: &'static str,
    pub due_label: fn(total: usize, today: usize) -> String,

    // 设置.
    pub settings_title: &'static str,
    pub appearance: &'static str,
    pub theme_legend: &'static str,
    pub text_size_legend: &'static str,
    pub language_legend: &'static str,
    pub data_and_storage: &'static str,
    pub stored_here_only: &'static str,
    pub storage_usage: fn(kilobytes: f64, percent: f64) -> String,
    pub storage_blocked: &'static str,
    pub storage_usage_label: &'static str,
    pub persistence_granted: &'static str,
    pub persistence_denied: &'static str,
    pub persistence_unsupported: &'static str,
    pub persistence_asking: &'static str,
    pub eviction_warning: &'static str,
    pub about: &'static str,
    pub version: &'static str,
    pub bank_fact_name: &'static str,
    pub bank_facts: fn(topics: usize, questions: usize) -> String,
    pub offline: &'static str,
    pub offline_fact: &'static str,

    // Backups.
    pub backup_title: &'static str,
    pub export_backup: &'static str,
    pub import_backup: &'static str,
    pub pick_backup_file: &'static str,
    pub backup_file_name: fn(date: &str) -> String,
    pub exported: fn(answers: usize, rounds: usize) -> String,
    pub export_failed: fn(why: &str) -> String,
    pub read_failed: fn(why: &str) -> String,
    pub import_not_saved: fn(why: &str) -> String,
    pub nothing_new: &'static str,
    pub imported: fn(adds: &ImportPreview) -> String,
    pub import_preview_label: &'static str,
    pub import_preview: fn(adds: &ImportPreview) -> String,
    pub confirm_import: &'static str,
    pub cancel: &'static str,
    pub reset_label: &'static str,
    pub reset_warning: &'static str,
    pub confirm_reset: &'static str,
    pub reset_all: &'static str,
    pub backup_too_large: fn(kilobytes: usize) -> String,
    pub backup_not_json: &'static str,
    pub backup_foreign: &'static str,
    pub backup_newer: fn(schema: u32) -> String,
    pub backup_damaged: fn(why: &str) -> String,
    pub backup_inconsistent: &'static str,
}

impl Strings {
    pub fn kind(&self, kind: QuestionType) -> &'static str {
        match kind {
            QuestionType::Open => self.kind_open,
            QuestionType::SingleChoice => self.kind_single,
            QuestionType::MultipleChoice => self.kind_multiple,
            QuestionType::TrueFalse => self.kind_true_false,
            QuestionType::FillIn => self.kind_fill_in,
            QuestionType::Ordering => self.kind_ordering,
        }
    }

    /// Difficulty 1 to 3.
    pub fn difficulty(&self, difficulty: u8) -> &'static str {
        match difficulty {
            1 => self.difficulty_basic,
            2 => self.difficulty_common,
            _ => self.difficulty_advanced,
        }
    }

    pub fn subset(&self, subset: Subset) -> &'static str {
        match subset {
            Subset::Mistakes => self.subset_mistakes,
            Subset::Bookmarked => self.subset_bookmarked,
            Subset::Noted => self.subset_noted,
            Subset::Unseen => self.subset_unseen,
        }
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Correct => self.outcome_correct,
            Outcome::Partial => self.outcome_partial,
            Outcome::Wrong => self.outcome_wrong,
            Outcome::TimedOut => self.outcome_timed_out,
            Outcome::NotReached => self.outcome_not_reached,
        }
    }

    /// A round's counts by outcome, only those that happened (a round of
    /// open questions has no 对 / 错). No-break spaces keep each label with
    /// its number when the line wraps.
    pub fn tally(&self, s: &RoundSummary) -> String {
        [
            (self.outcome_right, s.graded_right),
            (self.outcome_graded_wrong, s.graded_wrong),
            (self.outcome_correct, s.correct - s.graded_right),
            (self.outcome_partial, s.partial),
            (self.outcome_wrong, s.wrong - s.graded_wrong),
            (self.outcome_timed_out, s.timed_out),
            (self.outcome_not_reached, s.not_reached),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(label, n)| format!("{}\u{a0}{n}", label.replace(' ', "\u{a0}")))
        .collect::<Vec<_>>()
        .join(" · ")
    }

    /// The outcome as the results say it: 对 / 错 for a question the app
    /// graded, the user's own 会 / 模糊 / 不会 for an open one.
    pub fn outcome_of(&self, auto_graded: bool, outcome: Outcome) -> &'static str {
        match (auto_graded, outcome) {
            (true, Outcome::Correct) => self.outcome_right,
            (true, Outcome::Wrong | Outcome::Partial) => self.outcome_graded_wrong,
            _ => self.outcome(outcome),
        }
    }

    /// A length of time, as a grade button shows when its question comes back.
    pub fn span(&self, span: Span) -> String {
        (self.span_words)(span)
    }

    pub fn self_grade(&self, grade: SelfGrade) -> &'static str {
        match grade {
            SelfGrade::Know => self.grade_know,
            SelfGrade::Fuzzy => self.grade_fuzzy,
            SelfGrade::DontKnow => self.grade_dont_know,
        }
    }

    pub fn theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::System => self.theme_system,
            Theme::Light => self.theme_light,
            Theme::Dark => self.theme_dark,
        }
    }

    pub fn text_size(&self, size: TextSize) -> &'static str {
        match size {
            TextSize::Small => self.text_small,
            TextSize::Normal => self.text_normal,
            TextSize::Large => self.text_large,
        }
    }

    pub fn truth(&self, value: bool) -> &'static str {
        if value {
            self.true_word
        } else {
            self.false_word
        }
    }

    pub fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::TooLarge(bytes) => (self.backup_too_large)(bytes / 1024),
            ImportError::NotJson => self.backup_not_json.into(),
            ImportError::Foreign => self.backup_foreign.into(),
            ImportError::Newer(schema) => (self.backup_newer)(*schema),
            ImportError::Damaged(why) => (self.backup_damaged)(why),
            ImportError::InconsistentLog => self.backup_inconsistent.into(),
        }
    }

    pub fn storage_problem(&self, problem: &StorageProblem) -> String {
        match problem {
            StorageProblem::Unavailable => self.storage_blocked_notice.into(),
            StorageProblem::WriteFailed(_) => self.storage_full_notice.into(),
            StorageProblem::Unreadable { kept_as, .. } => (self.storage_unreadable_notice)(kept_as),
            StorageProblem::Newer { kept_as, .. } => (self.storage_newer_notice)(kept_as),
        }
    }
}

/// Tenths as a decimal, without a trailing `.0`: "1.5", "2".
pub(super) fn tenths(t: u32) -> String {
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}
