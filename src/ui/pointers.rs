//! The pointers held down on a chart, shared by the timeline and the network: one pointer
//! pans or drags, two pinch.
//!
//! Pointer events arrive one pointer at a time, so a pinch is read from the moving
//! pointer's previous and current positions against the other pointer's last one.

use leptos::ev::PointerEvent;
use leptos::prelude::*;

/// A pointer down on the chart, in client coordinates.
#[derive(Clone, Copy, Debug)]
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
}

impl Pointer {
    fn of(event: &PointerEvent) -> Self {
        Self {
            id: event.pointer_id(),
            x: f64::from(event.client_x()),
            y: f64::from(event.client_y()),
        }
    }

    fn distance(self, other: Self) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// One pointer's move, with the other pointer held down, if any.
#[derive(Clone, Copy, Debug)]
pub struct PointerMove {
    pub previous: Pointer,
    pub current: Pointer,
    pub other: Option<Pointer>,
}

impl PointerMove {
    /// How far the pointer has moved since `start`, for telling a click from a drag.
    pub fn travelled_from(&self, start: (f64, f64)) -> f64 {
        (self.current.x - start.0).hypot(self.current.y - start.1)
    }

    /// For a two-pointer move: the zoom factor (the change in the pointers' distance)
    /// and the client point between them. `None` for one pointer, or when the pointers
    /// are so close that the ratio would be noise.
    pub fn pinch(&self) -> Option<(f64, (f64, f64))> {
        let other = self.other?;
        let before = self.previous.distance(other);
        let after = self.current.distance(other);
        (before > 1.0 && after > 1.0).then(|| {
            let middle = (
                (self.current.x + other.x) / 2.0,
                (self.current.y + other.y) / 2.0,
            );
            (after / before, middle)
        })
    }
}

/// The pointers currently down on one chart.
#[derive(Clone, Copy)]
pub struct Pointers(StoredValue<Vec<Pointer>>);

impl Default for Pointers {
    fn default() -> Self {
        Self(StoredValue::new(Vec::new()))
    }
}

impl Pointers {
    /// Records a press and returns its pointer when it is the only one down, which
    /// starts a new gesture.
    pub fn press(&self, event: &PointerEvent) -> Option<Pointer> {
        let pointer = Pointer::of(event);
        self.0.update_value(|p| {
            p.retain(|q| q.id != pointer.id);
            p.push(pointer);
        });
        (self.0.with_value(Vec::len) == 1).then_some(pointer)
    }

    /// Records a move of a pointer that is down; `None` for a pointer that is not (a
    /// hover, or a press that began outside the chart).
    pub fn moved(&self, event: &PointerEvent) -> Option<PointerMove> {
        let current = Pointer::of(event);
        self.0.try_update_value(|p| {
            let slot = p.iter().position(|q| q.id == current.id)?;
            let previous = std::mem::replace(&mut p[slot], current);
            let other = p.iter().find(|q| q.id != current.id).copied();
            Some(PointerMove {
                previous,
                current,
                other,
            })
        })?
    }

    /// Records a release and tells whether no pointer is left down, which ends the
    /// gesture.
    pub fn release(&self, event: &PointerEvent) -> bool {
        let id = event.pointer_id();
        self.0.update_value(|p| p.retain(|q| q.id != id));
        self.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.0.with_value(Vec::is_empty)
    }

    /// False once the chart that owned these pointers has been closed.
    pub fn is_disposed(&self) -> bool {
        self.0.is_disposed()
    }
}
