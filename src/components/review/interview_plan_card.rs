use drill_core::progress::InterviewPlan;
use leptos::prelude::*;

use crate::bank_data::BANK;
use crate::i18n::strings;

/// The interview date as a plan: days left, the bank seen so far (in all
/// and per topic), and the new questions a day that see the rest in time.
#[component]
pub fn InterviewPlanCard(plan: Memo<Option<InterviewPlan>>) -> impl IntoView {
    let s = strings();
    move || {
        plan.get().map(|plan| {
            let advice = match plan.new_per_day {
                _ if plan.seen == plan.total => s.plan_all_seen.to_string(),
                Some(n) => (s.plan_new_per_day)(n),
                None => s.plan_no_days.to_string(),
            };
            let share = format!("{}%", plan.seen * 100 / plan.total.max(1));
            view! {
                <div class="plan-card">
                    <h2>{s.plan_title}</h2>
                    <p class="days-left">{(s.days_left)(plan.days_left)}</p>
                    <p class="plan-seen">{(s.seen_of_bank)(plan.seen, plan.total)}</p>
                    <span class="bar"><span class="fill" style:width=share></span></span>
                    <p class="plan-advice">{advice}</p>
                    <details>
                        <summary>{s.topics_seen_label}</summary>
                        <ul class="topic-bars" aria-label=s.topics_seen_label>
                            {plan.topics.into_iter().map(|t| {
                                let width = format!("{}%", t.seen * 100 / t.total.max(1));
                                view! {
                                    <li>
                                        <span>{BANK.topic_name(&t.topic)}</span>
                                        <span class="bar"><span class="fill" style:width=width></span></span>
                                        <span class="topic-score">{format!("{}/{}", t.seen, t.total)}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </details>
                </div>
            }
        })
    }
}
