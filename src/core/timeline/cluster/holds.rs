//! Which marks a glyph stands for: its own, a badge's members, and the marks of the
//! stacks folded under them. Selection and hover use this to light the glyph that holds
//! a mark, wherever the clustering put it at the current zoom.

use std::ops::Range;

use super::{Glyph, top_among};
use crate::core::timeline::TimelineData;

impl TimelineData {
    /// The top mark of `mark`'s stack (itself when it is in row 0), as a position in
    /// `marks`; `None` for a position that is not a mark.
    pub fn stack_top(&self, mark: usize) -> Option<usize> {
        let m = self.marks.get(mark)?;
        if m.stack == 0 {
            return Some(mark);
        }
        let track = self
            .tracks
            .iter()
            .find(|t| t.lane == m.lane && t.row == 0)?;
        let tops = self.marks.get(track.marks.clone())?;
        top_among(tops, m).map(|at| track.marks.start + at)
    }
}

impl TimelineData {
    /// True when a badge whose members are `members` counts `mark`: a member, or a mark
    /// of a stack under one, which folds into the badge.
    pub fn badge_holds(&self, members: Range<usize>, mark: usize) -> bool {
        members.contains(&mark) || self.stack_top(mark).is_some_and(|t| members.contains(&t))
    }
}

impl Glyph {
    /// True when the glyph draws `mark` or counts it: the mark itself, a member of a
    /// badge, or a mark of a stack folded into one.
    pub fn holds(&self, data: &TimelineData, mark: usize) -> bool {
        match self {
            Glyph::Mark { mark: m, .. } => *m == mark,
            Glyph::Cluster { marks, .. } => data.badge_holds(marks.clone(), mark),
        }
    }
}
