//! CPU time of the calling thread, beside criterion's wall-clock figures.
//!
//! The benchmark machine is shared: under load a single-threaded run waits
//! for a core and its wall time grows with the load average. The thread's
//! CPU time does not, so the benches print it too (median of a few runs).
#![allow(dead_code)]

use std::time::Duration;

/// CPU time this thread has used so far.
pub fn thread_cpu() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec we own; the clock id is a
    // constant every Linux kernel supports.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(
        u64::try_from(now.tv_sec).unwrap_or(0),
        u32::try_from(now.tv_nsec).unwrap_or(0),
    )
}

/// Median CPU time of `runs` calls of `f`.
pub fn median_cpu<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = thread_cpu();
            std::hint::black_box(f());
            thread_cpu().saturating_sub(start)
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}
