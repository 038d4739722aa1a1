//! What a dataset may weigh. Larger files are refused before parsing, with a message
//! that says so, because the browser tab would stall on them and nothing on screen
//! should be lost to an oversized import.

use crate::core::problem::Problem;

/// The largest file accepted, in bytes.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// The most events a dataset may hold.
pub const MAX_EVENTS: usize = 100_000;

/// The most parents above any entity. Real groups are a few levels deep (Amazon Bedrock,
/// AWS, Amazon); the limit exists because every entity's family lists everything below
/// it, so one chain of thousands of entities would cost memory in the square of its
/// length, enough to stall or crash the tab.
pub const MAX_PARENT_DEPTH: usize = 32;

/// Refuses a file over `MAX_BYTES`.
pub fn check_size(bytes: usize) -> Result<(), Problem> {
    if bytes > MAX_BYTES {
        Err(Problem::new(
            "the file",
            format!(
                "{:.1} MB is over the limit of {} MB",
                bytes as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_up_to_the_limit_pass_and_larger_ones_are_refused() {
        assert!(check_size(0).is_ok());
        assert!(check_size(MAX_BYTES).is_ok());
        let problem = check_size(MAX_BYTES + 1).unwrap_err();
        assert!(
            problem.reason.contains("over the limit of 20 MB"),
            "{problem}"
        );
    }
}
