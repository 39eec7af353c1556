//! One question's page: its answer, key points, links, marks and notes.

pub mod answer_reveal;
pub mod graded_answer;
pub mod question_links;
pub mod question_marks;
pub mod question_page;
