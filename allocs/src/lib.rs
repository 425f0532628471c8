//! A counting global allocator, kept out of the library so that `participatiewet` itself can
//! forbid `unsafe` code.
//!
//! A test binary installs [`Counting`] as its `#[global_allocator]` and measures a closure with
//! [`count`]: the number of allocations and bytes made on the current thread while it ran.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting allocations per thread.
pub struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are
// thread-local `Cell`s with constant initialisers, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        BYTES.with(|c| c.set(c.get() + layout.size()));
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        BYTES.with(|c| c.set(c.get() + new_size));
        // SAFETY: forwarded with the caller's pointer, layout and size.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// What a closure allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allocations {
    /// The number of allocations (a reallocation counts as one).
    pub count: usize,
    /// The bytes requested.
    pub bytes: usize,
}

/// Runs `f` and returns its value with the allocations it made on this thread (valid only in
/// a binary whose global allocator is [`Counting`]).
pub fn count<T>(f: impl FnOnce() -> T) -> (T, Allocations) {
    let (c0, b0) = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    let value = f();
    let (c1, b1) = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    (
        value,
        Allocations {
            count: c1 - c0,
            bytes: b1 - b0,
        },
    )
}
