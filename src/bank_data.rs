//! The question bank, compiled from questions/*.md by build.rs.

use drill_core::bank::Bank;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/bank.rs"));
}

pub const BANK: Bank = Bank {
    topics: generated::TOPICS,
    questions: generated::QUESTIONS,
    tips: generated::TIPS,
};
