//! English. Tab labels stay short: five of them share a 390 px phone.

use drill_core::calendar::civil::Span;

use super::strings::{Strings, tenths};

pub static EN: Strings = Strings {
    brand: "Interview Drill",
    document_title: "Interview Drill · Python backend interview practice",
    nav_label: "Main",
    tab_bank: "Questions",
    tab_round: "Interview",
    tab_review: "Review",
    tab_stats: "Stats",
    tab_settings: "Settings",
    dismiss: "OK",
    update_ready: "A new version of Interview Drill is ready.",
    update_now: "Update",
    update_after_round: "A new version is downloaded; you can update after this round.",
    not_found_title: "Page not found",
    not_found_body: "The link may be mistyped, or from an older version of the app.",
    back_to_bank: "Back to questions",
    storage_blocked_notice: "The browser blocks local storage (private mode or a setting): practice from this visit stays on this page only and is lost when you close it.",
    storage_full_notice: "Could not save: the browser's local storage may be full. Progress is kept on this page for now; clear some site data and try again.",
    storage_unreadable_notice: |kept_as| {
        format!(
            "Some saved data could not be read. It was kept unchanged as “{kept_as}” and nothing overwrote it."
        )
    },
    storage_newer_notice: |kept_as| {
        format!(
            "Some saved data comes from a newer version of Interview Drill. It was kept unchanged as “{kept_as}”; reload the page to get the new version."
        )
    },

    kind_open: "Open",
    kind_single: "Single choice",
    kind_multiple: "Multiple choice",
    kind_true_false: "True/false",
    kind_fill_in: "Fill in",
    kind_ordering: "Ordering",
    difficulty_basic: "Basic",
    difficulty_common: "Common",
    difficulty_advanced: "Advanced",
    subset_mistakes: "Mistakes",
    subset_bookmarked: "Bookmarked",
    subset_noted: "With notes",
    subset_unseen: "Untried",
    outcome_correct: "Knew it",
    outcome_partial: "Partly",
    outcome_wrong: "Missed",
    outcome_timed_out: "Timed out",
    outcome_not_reached: "Not reached",
    outcome_right: "Right",
    outcome_graded_wrong: "Wrong",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    text_small: "Small",
    text_normal: "Normal",
    text_large: "Large",
    true_word: "True",
    false_word: "False",

    date_time: |month, day, hours, minutes| {
        format!("{} {day}, {hours:02}:{minutes:02}", month_name(month))
    },
    month: |month| month_name(month).to_string(),
    calendar_weekdays: ["M", "W", "F"],
    seconds: |secs| format!("{secs}s"),

    bank_title: "Questions",
    bank_total: |n| questions(n),
    search_label: "Search questions and answers",
    search_placeholder: "Search, e.g. GIL or 排行榜",
    topics_label: "Topics",
    all_topics: "All",
    kind_label: "Type",
    all_kinds: "All types",
    difficulty_label: "Difficulty",
    all_difficulties: "All levels",
    subset_label: "Show",
    all_questions: "Show all",
    found_count: |n| format!("{} found", questions(n)),
    all_count: |n| format!("All {}", questions(n)),
    show_all: |n| format!("Show all {n}"),
    show_more: |next, left| format!("Show {next} more ({left} left)"),
    practise_these: |n| format!("Practise these ({})", questions(n)),
    practise_these_cap: |most, n| {
        format!("{n} listed; a round takes at most {most}: the first {most} in list order.")
    },
    status_bookmarked: "Bookmarked",
    status_noted: "Has a note",
    status_missed: "Missed last time",
    status_done: "Done",
    correct_choices: "Correct choices",
    nothing_found: "No questions match.",
    clear_filters: "Clear search and filters",
    real_question_badge: "Real",
    what_is_real: "What does Real mean?",
    real_question_note: "Real: asked in a real interview, taken from candidates' real interview reports.",
    backup_reminder: "Your practice is stored only in this browser, and it has been over a week without a backup.",
    backup_reminder_link: "Export a backup",

    question_missing_title: "Question not found",
    question_missing_body: |id| {
        format!("“{id}” is not in the question bank; it may have been renamed or removed.")
    },
    back_link: "‹ Questions",
    key_points: "Key points",
    short_answer: "Short answer",
    full_answer: "In depth",
    show_full_answer: "Show the full answer",
    show_answer: "Show answer",
    answer: "Answer",
    explanation: "Why",
    follow_ups: "Follow-ups",
    references: "References",
    tip_prefix: "How to answer: ",
    order_hint: "Put these in the right order:",
    true_false_hint: "Is this statement true?",
    fill_in_hint: "Decide what goes in the blank, then check.",
    bookmarked: "★ Bookmarked",
    bookmark: "☆ Bookmark",
    my_note: "My notes (kept only in this browser)",

    round_title: "Mock interview",
    round_lead: "Timed answers, like the real thing: say your answer first, then score it against the key points.",
    quick_start: |open, graded| format!("Quick start: {open} open + {graded} graded questions"),
    compose: "Custom round…",
    count_legend: "Questions",
    count_all: "All",
    topics_legend: "Topics (none = all)",
    difficulty_legend: "Difficulty (none = all)",
    types_legend: "Types",
    types_mixed: "Mixed (half graded)",
    types_open_only: "Open only",
    types_graded_only: "Auto-graded only",
    pick_legend: "Pick",
    pick_unseen_first: "New first",
    pick_weakest_first: "Mistakes and due first",
    pick_random: "Random",
    time_legend: "Time per question",
    time_suggested: "As suggested",
    time_fixed: "Fixed",
    time_fixed_label: "Seconds per question",
    time_fixed_unit: " s",
    budget_legend: "Round time limit (optional)",
    budget_label: "Minutes for the round",
    budget_unit: " min (empty: no limit)",
    timeout_legend: "When time runs out",
    timeout_reveal: "Show the answer, mark as timed out",
    timeout_overrun: "Keep answering (overtime is marked)",
    read_aloud_legend: "Read aloud",
    read_aloud: "Read questions aloud",
    interview_legend: "Interview mode",
    interview_mode: "Hands-free: each question read aloud, your answer heard and checked after a pause, at most one follow-up; no taps",
    interview_silence_label: "Seconds of silence that end an answer",
    interview_silence_unit: "s of silence end an answer",
    interview_asking: "The interviewer is asking…",
    interview_listening: |secs| format!("Listening; {secs} s of silence end your answer"),
    interview_following_up: "The interviewer follows up…",
    interview_grading: "Checking the key points…",
    nothing_fits: "No questions match these settings. Try more topics, levels or types.",
    start_round: "Start round",
    history_title: "History",
    history_line: |n, reason| format!("{}{reason}", questions(n)),
    history_budget: " · time limit",
    history_ended: " · ended early",
    history_superseded: " · ended for a new round",
    score_points: |score| format!("{score} pts"),

    runner_label: "Mock interview in progress",
    progress_label: "Progress",
    timer_label: "Time for this question",
    time_used: |duration| format!("Took {duration}"),
    seconds_left: |secs| format!("{secs} seconds left"),
    budget_left: |duration| format!("Round {duration}"),
    pause: "Pause",
    resume: "Resume",
    elsewhere_title: "This round is running in another tab",
    elsewhere_body: "You can answer in one tab at a time, so the two tabs cannot overwrite each other's answers.",
    take_over: "Continue here",
    elsewhere_review_title: "This review is running in another tab",
    elsewhere_continues: |kind, at, total| {
        format!("You will continue: {kind}, question {at} of {total}")
    },
    elsewhere_gone: "The round in the other tab has ended; there is nothing to continue.",
    moved_on_ended: "The round you were doing in this tab was ended in another tab; its results and answers are in the history.",
    moved_on_dropped: "The round you were doing in this tab was given up in another tab; the questions answered stay in your review log.",
    see_its_results: "See that round's results",
    got_it: "OK",
    conflict_round_title: "Your current round is not finished",
    conflict_review_title: "Your current review is not finished",
    conflict_where: |kind, at, total, answered| {
        format!("{kind}: question {at} of {total}, {answered} answered")
    },
    conflict_here: "Before starting a new one, decide what happens to it:",
    conflict_other_tab: "It is running in another tab.",
    conflict_continue: "Continue it",
    conflict_end_and_save: "End it and save the results",
    conflict_end_and_save_note: "Questions not answered count as not reached; the round and its score go to the history, then the new one starts.",
    conflict_discard: "Give it up",
    conflict_discard_note: |answered| {
        format!(
            "Not kept in the history; the {answered} questions answered stay in your review log."
        )
    },
    session_running_badge: "running",
    session_bar_title: "Mock interview running",
    session_bar_place: |at, of| format!("question {at} of {of}"),
    session_bar_left: |left| format!(" · {left} left"),
    session_bar_paused: " · paused",
    your_words: "What you wrote",
    reference_answer: "Reference answer",
    clock_runs_away: "The clock keeps running when you leave this screen, as in a real interview; tap Pause to stop it.",
    paused_title: "Paused",
    paused_body: "The clock is stopped and the question hidden. Pauses are noted in the round's results.",
    resume_answering: "Resume",
    end_and_see_results: "End round and see results",
    question_gone: "This question is no longer in this version of the bank.",
    end_round: "End round",
    current_question: "Current question",
    submit: "Submit",
    points_said: |said, total, score| {
        format!(
            "You ticked {said} of {total} key points: {score} pts. Your choice below does not change the score; it decides when the question comes back."
        )
    },
    grade_know: "Knew it",
    grade_fuzzy: "Partly",
    grade_dont_know: "Missed",
    see_results: "See results",
    next_question: "Next question",
    multiple_hint: "Multiple choice: pick every correct option",
    choices_label: "Options",
    true_false_label: "True or false",
    true_false_tap: "Tap True or False to answer.",
    fill_in_label: "Your answer",
    fill_in_placeholder: "Type the answer, Enter to submit",
    order_input_hint: "Use ↑ ↓ to put the items in order",
    move_up: "Move up",
    move_down: "Move down",
    verdict_correct: "Correct",
    verdict_timed_out: "Time's up: marked as timed out",
    verdict_wrong: |score| format!("Not quite ({score} pts)"),
    right_answer: "Answer: ",
    right_order: "Right order",
    timed_out_revealed: "Time's up: the answer is shown and the question is marked as timed out.",
    your_recording: "Your recording",
    your_notes: "Your answer",
    tick_points: "Key points: tick the ones you said",
    show_short_and_full: "Show the short and full answers",
    open_verdict: |outcome, score| format!("This question: {outcome} ({score} pts)"),
    notes_prompt: "Your answer: say it or type it (optional)",
    answer_placeholder: "What you say is written here as text, or type. Once the answer shows, the key points you covered are marked.",
    speak_answer: "Say your answer",
    practise_this: "Practise this one",
    note_saved: "Saved",
    stop_listening: "Done",
    listening: "Listening…",
    listening_on_device: "Listening (on this device)…",
    heard_label: "Heard: ",
    heard_note: "The key points heard in your answer are ticked, with the words marked; change any tick, your ticks decide the score.",
    voice_title: "Answering out loud",
    voice_service_consent: "This browser's speech recognition sends the audio to its vendor's speech service (Google or Apple, for example) to turn it into text. Interview Drill itself neither keeps nor uploads audio, and the text stays on this device. Use voice?",
    use_voice: "Use voice",
    type_instead: "I'll type",
    voice_missing: "This browser has no speech recognition (Firefox, for one): type your answer above.",
    voice_refused: "No microphone permission: allow it in the browser's site settings, or type your answer.",
    voice_no_microphone: "No microphone found: type your answer.",
    voice_no_speech: "Nothing was heard. Tap \"Say your answer\" again, or type.",
    voice_network: "The speech service cannot be reached (offline?): type your answer.",
    voice_language: "This browser cannot recognise Chinese: type your answer.",
    voice_service_refused: "The browser or system does not allow its speech service (dictation switched off, for one): turn it on in the settings and try again, or type your answer.",
    voice_interrupted: "Speech recognition was interrupted: tap \"Say your answer\" again, or type.",
    voice_other: "Speech recognition did not work: tap \"Say your answer\" again, or type your answer.",
    voice_enable: "Offer \"Say your answer\" in mock interviews and review",
    voice_on_device: "This browser recognises Chinese on the device: audio does not leave it.",
    voice_installable: "This browser can download an on-device model for Chinese; once downloaded, audio does not leave the device. Until then audio goes to the browser vendor's speech service.",
    voice_install: "Download the on-device model",
    voice_service: "This browser sends the audio to its vendor's speech service (Google or Apple, for example) to turn it into text; you are asked before the first use. Interview Drill keeps no audio.",
    voice_checking: "Checking this browser's speech recognition…",
    voice_keep_answers: "Keep each open answer's text with the review log on this device (off by default: it stays only in its round)",
    kept_answers_title: "Your kept answers",
    interviewer_may_ask: "The interviewer might follow up with",
    follow_up_added: "Added: ",
    follow_up_offer: "Follow-up: ",
    follow_up_missed: "You did not mention: ",
    follow_up_strong: "Well answered. A harder follow-up:",
    follow_up_ask_aloud: "Ask it aloud",
    follow_up_spoken_missed: |point, prompt| {
        format!("You did not mention {point}. Follow-up: {prompt}")
    },
    follow_up_spoken_strong: |prompt| format!("Well answered. A harder follow-up: {prompt}"),
    recording: "● Recording",
    stop_recording: "Stop",
    asking_microphone: "Please allow the microphone…",
    record_again: "Record again",
    record_answer: "Record answer",
    recorder_no_microphone: "No microphone found: connect or switch on a microphone, then tap \"Record answer\" again, or just answer out loud without recording.",
    recorder_refused: "Microphone permission was refused: allow this site to use the microphone in the browser's site settings, then tap \"Record answer\" again, or just answer out loud without recording.",
    recorder_busy: "The microphone is in use by another app: close that app, then tap \"Record answer\" again, or just answer out loud without recording.",
    recorder_unsupported: "This browser cannot record here: open the app in Chrome, Edge or Safari, or just answer out loud without recording.",
    recorder_failed: "Recording did not work: tap \"Record answer\" again, or just answer out loud without recording.",

    round_missing_title: "Round not found",
    round_missing_body: "This round is not stored in this browser.",
    back_to_round: "Back to mock interview",
    finished_by_budget: "The round's time ran out; unanswered questions count as not reached.",
    finished_early: "Ended early.",
    finished_superseded: "Ended when a new round started; unanswered questions count as not reached.",
    finished: "Round complete.",
    results_title: "Results",
    score_unit: "pts",
    answering_time: |duration| format!("Answering time {duration}"),
    pauses: |count, duration| match count {
        1 => format!(", 1 pause of {duration}"),
        n => format!(", {n} pauses totalling {duration}"),
    },
    retry_wrong: |n| format!("Retry the {} you missed", questions(n)),
    same_again: "Another round, same settings",
    by_topic: "By topic",
    topic_score: |score, n| format!("{score} pts · {n} Q"),
    by_question: "Question by question",
    item_outcome: |outcome, score| format!("{outcome} ({score} pts)"),
    item_time: |duration| format!(" · took {duration}"),
    item_overrun: |duration| format!(" · over by {duration}"),
    item_follow_up: " · follow-up",
    item_follow_up_of: |title| format!(" · follow-up to “{title}”"),
    missed_points: "Missed:",

    review_title: "Review",
    review_lead: "Spaced by how you forget: questions you missed, were unsure of or answered slowly come back sooner.",
    due_now: "questions due now, including today's new ones",
    start_review: "Start review",
    new_per_day: "New per day",
    interview_date: "Interview date",
    interview_mode_note: "Sorted for your interview date: what you are most likely to have forgotten by then comes first, and a question whose next review falls after the interview, and which would be shaky by then, comes back the day before.",
    next_two_weeks: "Next two weeks",
    forecast_label: "Questions due each day for the next 14 days",
    today: "Today",
    tomorrow: "Tomorrow",
    days_later: |d| format!("In {d} days"),
    mistake_book: "Mistakes",
    question_count: questions,
    mistake_book_note: "Questions you missed, were unsure of or ran out of time on stay here until you get them right twice in a row.",
    mistake_book_empty: "No mistakes to practise.",
    practise_mistakes: "Practise mistakes",
    span_words: |span| match span {
        Span::Minutes(n) => format!("{n} min"),
        Span::Hours(n) => format!("{n} h"),
        Span::Days(n) => plural(n as usize, "day", "days"),
        Span::MonthTenths(t) => format!("{} mo", tenths(t)),
        Span::YearTenths(t) => format!("{} y", tenths(t)),
    },
    comes_back_in: |span| format!("Back for review in {span}"),
    due_split: |due, new| format!("{due} to review · {new} new"),
    today_done: "Done for today",
    tomorrow_count: |n| {
        if n == 0 {
            "Nothing due tomorrow".into()
        } else {
            format!("Tomorrow: {}", questions(n))
        }
    },
    later_today: |n, minutes| format!("{} more later: a missed one comes back in {minutes} min", n),
    last_session_results: "This session's results",
    review_countdown: "Count down in review",
    plan_title: "Interview plan",
    days_left: |d| match d {
        0 => "The interview is today".into(),
        d if d < 0 => format!(
            "The interview was {} ago",
            plural(-d as usize, "day", "days")
        ),
        d => format!("{} to the interview", plural(d as usize, "day", "days")),
    },
    seen_of_bank: |seen, total| format!("Seen {seen} of {total} questions"),
    plan_new_per_day: |n| format!("{} new a day sees the whole bank by the day before", n),
    plan_all_seen: "You have seen the whole bank; only reviews are left",
    plan_no_days: "No days are left to spread new questions over",
    follow_plan: |n| format!("Follow the plan: {n} a day"),
    ration_from_plan: "New per day follows the interview plan",
    topics_seen_label: "Questions seen per topic",
    interview_day: "Interview",
    forecast_due: "Due",
    forecast_new: "New",

    stats_title: "Stats",
    no_stats: "No practice yet. Do a mock interview or review a few questions, and this page will chart your practice calendar, streaks, mastery by topic and scores.",
    go_to_round: "Mock interview",
    go_to_review: "Review",
    days: |n| match n {
        1 => "1 day".to_string(),
        n => format!("{n} days"),
    },
    current_streak: "Streak",
    best_streak: "Best streak",
    total_answers: "Answered",
    answers_total: |n| n.to_string(),
    calendar_title: "Practice calendar",
    calendar_label: |weeks, days, total, today| {
        format!(
            "Practice calendar: {days} of the last {weeks} weeks' days had practice, {total} answers in all; {today} today"
        )
    },
    calendar_less: "Less",
    calendar_more: "More",
    mastery_title: "Mastery by topic",
    mastery_note: "The share of a topic's questions whose latest answer was right.",
    mastery_label: |topics| format!("Questions mastered per topic: {}", topics.join(", ")),
    accuracy_title: "Accuracy",
    weekly_note: |weeks| format!("weekly, last {weeks} weeks"),
    time_title: "Time per question",
    time_note: "median, seconds",
    weeks_ago: |n| format!("{n} wk ago"),
    last_seven_days: "Last 7 days",
    no_answers_in_weeks: |weeks| format!("No answers in the last {weeks} weeks."),
    accuracy_label: |weeks, latest| {
        format!("Line chart of weekly accuracy over the last {weeks} weeks; latest {latest:.0}%")
    },
    time_label: |weeks, latest| {
        format!(
            "Line chart of the median time per question over the last {weeks} weeks; latest {latest:.0} seconds"
        )
    },
    scores_title: "Mock interview scores",
    no_rounds: "No finished mock interviews yet.",
    scores_label: |n, latest, early| match early {
        0 => format!("Line chart of the last {n} mock interview scores; latest {latest} points"),
        e => format!(
            "Line chart of the last {n} mock interview scores, {e} of them ended early and scored on the questions answered; latest {latest} points"
        ),
    },
    scores_note: "Each round is scored on the questions answered; hollow dots are rounds ended early.",
    scored_on: |reached, n| match reached {
        0 => "No question was answered: this round has no score and stays out of the score trend."
            .to_string(),
        r => format!(
            "Ended early: scored on the {r} of {n} questions answered; the rest do not count as 0."
        ),
    },
    reached_short: |reached, n| format!("{reached} of {n} answered"),
    no_score: "—",
    due_title: "Due in the next two weeks",
    today_and_overdue: "Today (+ overdue)",
    due_label: |total, today| {
        format!("Questions due each day for the next 14 days: {total} in all, {today} today")
    },

    settings_title: "Settings",
    appearance: "Appearance",
    theme_legend: "Theme",
    text_size_legend: "Text size",
    language_legend: "Language · 语言",
    data_and_storage: "Data and storage",
    stored_here_only: "All your practice is stored only in this browser and is never uploaded anywhere.",
    storage_usage: |kb, percent| {
        format!("{kb:.1} KB used, about {percent:.1}% of the browser's quota (about 5 MB)")
    },
    storage_blocked: "The browser blocks local storage; practice is kept on this page only.",
    storage_usage_label: "Local storage used",
    persistence_granted: "The browser agreed to keep this site's data, even when space runs low.",
    persistence_denied: "The browser did not agree to keep this site's data: it may clear it when space runs low.",
    persistence_unsupported: "This browser cannot be asked to keep this site's data.",
    persistence_asking: "Asking the browser to keep this site's data…",
    eviction_warning: "Note: Safari clears a site's data after 7 days without a visit, unless the app is added to the home screen. Clearing browser data also deletes your practice. An exported backup is the safest copy.",
    about: "About",
    version: "Version",
    bank_fact_name: "Bank",
    bank_facts: |topics, n| format!("{topics} topics, {}", questions(n)),
    offline: "Offline",
    offline_fact: "After the first visit it works without a connection; you can add it to your home screen.",

    backup_title: "Backup",
    export_backup: "Export backup",
    import_backup: "Import backup",
    pick_backup_file: "Choose a backup file",
    backup_file_name: |date| format!("interview-drill-backup-{date}.json"),
    exported: |answers, rounds| {
        format!(
            "Exported {} and {}. Keep the file somewhere safe.",
            plural(answers, "answer", "answers"),
            plural(rounds, "mock interview", "mock interviews")
        )
    },
    export_failed: |why| format!("Export failed: {why}"),
    read_failed: |why| format!("Could not read the file: {why}"),
    import_not_saved: |why| format!("The import did not finish; your data is unchanged: {why}"),
    nothing_new: "Everything in this backup is already here; nothing to import.",
    imported: |adds| format!("Imported {}.", describe(adds)),
    import_preview_label: "Import preview",
    import_preview: |adds| {
        format!(
            "This adds {}. Nothing already here is changed or doubled.",
            describe(adds)
        )
    },
    confirm_import: "Import",
    cancel: "Cancel",
    reset_label: "Confirm reset",
    reset_warning: "This deletes every answer, mock interview, bookmark and note in this browser, for good. Export a backup first.",
    confirm_reset: "Delete everything",
    reset_all: "Delete all data…",
    backup_too_large: |kb| {
        format!("This file is too large ({kb} KB) to be an Interview Drill backup.")
    },
    backup_not_json: "This is not a JSON file: perhaps the wrong file, or an incomplete one.",
    backup_foreign: "This file is not a backup exported by Interview Drill.",
    backup_newer: |v| {
        format!(
            "This backup comes from a newer version of Interview Drill (data format {v}). Reload the page to update the app first."
        )
    },
    backup_damaged: |why| format!("The backup file is damaged and cannot be imported: {why}"),
    backup_inconsistent: "The backup file is damaged and cannot be imported: its answer log does not add up.",
};

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn questions(n: usize) -> String {
    plural(n, "question", "questions")
}

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES[(month.clamp(1, 12) - 1) as usize]
}

fn describe(adds: &drill_core::backup::ImportPreview) -> String {
    format!(
        "{}, {}, {} and {}",
        plural(adds.answers, "answer", "answers"),
        plural(adds.rounds, "mock interview", "mock interviews"),
        plural(adds.bookmarks, "bookmark change", "bookmark changes"),
        plural(adds.notes, "note", "notes")
    )
}
