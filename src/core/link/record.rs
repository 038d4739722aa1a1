//! Recording link changes in the browser's history a frame late, with the same Back steps.
//!
//! The page writes its address after the next paint rather than before it: in Chromium
//! each `pushState` takes about 2 ms and makes the browser fetch and decode the favicon
//! again, all on the main thread, and that delayed every redraw after a filter change.
//! Several changes can arrive within one frame (a click that selects and scrolls, a
//! drag's steps), so the waiting write merges them. The rule is that the history ends
//! up exactly as if each change had been written at once: a replacement rewrites the
//! waiting write's address and keeps its mode, and a new history step first makes the
//! waiting write for real, so no Back step is lost. (Back or Forward within that frame
//! drops the waiting write instead, as the history has moved past it: see
//! `ui::history::discard`.)

/// How a link change is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A committed change: Back returns to the state before it.
    Push,
    /// A step of a continuous gesture (zoom, pan, typing): no new Back step.
    Replace,
}

/// One write to the browser's history: an address and how to record it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryWrite {
    pub address: String,
    pub mode: HistoryMode,
}

/// At most one write waiting for the next frame.
#[derive(Debug, Default)]
pub struct PendingWrite(Option<HistoryWrite>);

impl PendingWrite {
    /// Whether a write is waiting (so a flush is already scheduled).
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// Adds `next` to the waiting write. Returns the write that must be made now, before
    /// the waiting one, to keep its Back step: the earlier write when `next` is a push.
    pub fn queue(&mut self, next: HistoryWrite) -> Option<HistoryWrite> {
        match (self.0.take(), next.mode) {
            (None, _) => {
                self.0 = Some(next);
                None
            }
            (Some(earlier), HistoryMode::Replace) => {
                self.0 = Some(HistoryWrite {
                    address: next.address,
                    mode: earlier.mode,
                });
                None
            }
            (Some(earlier), HistoryMode::Push) => {
                self.0 = Some(next);
                Some(earlier)
            }
        }
    }

    /// The waiting write, to make now; nothing waits afterwards.
    pub fn take(&mut self) -> Option<HistoryWrite> {
        self.0.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A browser history: its entries and the current one's index.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct History {
        entries: Vec<String>,
        current: usize,
    }

    impl History {
        fn new() -> Self {
            History {
                entries: vec!["start".into()],
                current: 0,
            }
        }

        fn apply(&mut self, write: &HistoryWrite) {
            match write.mode {
                HistoryMode::Push => {
                    self.entries.truncate(self.current + 1);
                    self.entries.push(write.address.clone());
                    self.current += 1;
                }
                HistoryMode::Replace => self.entries[self.current] = write.address.clone(),
            }
        }
    }

    fn write(address: &str, mode: HistoryMode) -> HistoryWrite {
        HistoryWrite {
            address: address.into(),
            mode,
        }
    }

    /// The history after `writes`, made through a `PendingWrite` flushed at the end.
    fn deferred(writes: &[HistoryWrite]) -> (History, usize) {
        let mut history = History::new();
        let mut pending = PendingWrite::default();
        let mut made = 0;
        for next in writes {
            if let Some(now) = pending.queue(next.clone()) {
                history.apply(&now);
                made += 1;
            }
        }
        if let Some(last) = pending.take() {
            history.apply(&last);
            made += 1;
        }
        assert!(pending.is_empty());
        (history, made)
    }

    #[test]
    fn writes_within_a_frame_are_merged_into_the_fewest_calls() {
        use HistoryMode::{Push, Replace};
        // (writes in one frame, calls to the browser's history)
        let cases: &[(&[(&str, HistoryMode)], usize)] = &[
            (&[], 0),
            (&[("a", Push)], 1),
            (&[("a", Replace)], 1),
            (&[("a", Push), ("b", Replace), ("c", Replace)], 1),
            (&[("a", Replace), ("b", Replace)], 1),
            (&[("a", Replace), ("b", Push)], 2),
            (&[("a", Push), ("b", Push)], 2),
            (
                &[("a", Push), ("b", Replace), ("c", Push), ("d", Replace)],
                2,
            ),
        ];
        for (writes, calls) in cases {
            let writes: Vec<_> = writes.iter().map(|(a, m)| write(a, *m)).collect();
            assert_eq!(deferred(&writes).1, *calls, "{writes:?}");
        }
    }

    #[test]
    fn a_replacement_of_a_waiting_push_pushes_the_latest_address() {
        let mut pending = PendingWrite::default();
        assert!(pending.is_empty());
        assert_eq!(pending.queue(write("view=table", HistoryMode::Push)), None);
        assert_eq!(
            pending.queue(write("view=table&q=ai", HistoryMode::Replace)),
            None
        );
        assert_eq!(
            pending.take(),
            Some(write("view=table&q=ai", HistoryMode::Push))
        );
        assert_eq!(pending.take(), None);
    }

    #[test]
    fn every_sequence_of_writes_leaves_the_history_as_writing_at_once_would() {
        // Every sequence of up to five writes, each a push or a replace, to a new address.
        for length in 0..=5u32 {
            for modes in 0..(1u32 << length) {
                let writes: Vec<_> = (0..length)
                    .map(|i| {
                        let mode = if modes >> i & 1 == 1 {
                            HistoryMode::Push
                        } else {
                            HistoryMode::Replace
                        };
                        write(&format!("step-{i}"), mode)
                    })
                    .collect();
                let mut at_once = History::new();
                writes.iter().for_each(|w| at_once.apply(w));
                assert_eq!(deferred(&writes).0, at_once, "{writes:?}");
            }
        }
    }
}
