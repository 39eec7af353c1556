//! Which follow-up (追问) an interviewer asks after an open answer: the one
//! that probes the first key point the answer missed, or, after a strong
//! answer, the one marked harder. Follow-ups are marked in the bank
//! (`- follow: id (N)` / `id (harder)`, docs/bank-format.md).

use crate::bank::{Probe, Question};
use crate::round::Round;

/// Why a follow-up was chosen, to say so to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The answer missed this key point (0-based); the follow-up probes it.
    Missed(usize),
    /// The answer was strong; the follow-up goes deeper.
    Strong,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen<'q> {
    pub id: &'q str,
    pub why: Why,
}

/// At least 80% of the key points ticked (so every one of 3 or 4, or all
/// but one of 5 or 6).
pub fn is_strong(ticked: &[bool], key_points: usize) -> bool {
    let said = ticked.iter().take(key_points).filter(|t| **t).count();
    key_points > 0 && said * 5 >= key_points * 4
}

/// The follow-up to ask after `question` was answered with these key points
/// `ticked`, leaving out those `asked` already (in the round). A gap comes
/// before a harder question: an interviewer settles what was missed first.
pub fn choose<'q>(
    question: &'q Question,
    ticked: &[bool],
    asked: impl Fn(&str) -> bool,
) -> Option<Chosen<'q>> {
    let marked: Vec<(&'q str, Probe)> = question
        .follow_ups
        .iter()
        .zip(question.follow_probes.iter())
        .map(|(id, probe)| (id.as_ref(), *probe))
        .filter(|(id, _)| !asked(id))
        .collect();
    let points = question.key_points.len();
    let missed = (0..points).filter(|&i| !ticked.get(i).copied().unwrap_or(false));
    for point in missed {
        let probes = |p: &Probe| matches!(p, Probe::KeyPoint(n) if usize::from(*n) == point);
        if let Some((id, _)) = marked.iter().find(|(_, p)| probes(p)) {
            return Some(Chosen {
                id,
                why: Why::Missed(point),
            });
        }
    }
    if !is_strong(ticked, points) {
        return None;
    }
    marked
        .iter()
        .find(|(_, p)| *p == Probe::Harder)
        .map(|(id, _)| Chosen {
            id,
            why: Why::Strong,
        })
}

/// The follow-up to ask after the round's current question (`question`),
/// from its ticks. Questions the round already holds are left out, except
/// the one added right after this question as its follow-up: taking the
/// offer does not change it. Follow-ups for which `skip` holds are not chosen (an interview asks only
/// what can be answered out loud).
pub fn choose_in_round<'q>(
    round: &Round,
    question: &'q Question,
    skip: impl Fn(&str) -> bool,
) -> Option<Chosen<'q>> {
    let item = round.current_item();
    if item.question_id != question.id {
        return None;
    }
    let asked =
        |id: &str| {
            skip(id)
                || round.items.iter().enumerate().any(|(i, it)| {
                    it.question_id == id && !(i == round.current + 1 && it.follow_up)
                })
        };
    choose(question, &item.ticked, asked)
}

#[cfg(test)]
mod tests;
