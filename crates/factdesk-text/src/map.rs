//! Sanitized text and the map between its offsets and the original's.
//!
//! Outside replaced characters the sanitized text is a byte-for-byte copy of
//! the original, shifted by however much the replacements before it grew or
//! shrank. So the map only records the replacements, run-length encoded:
//! clean text has an empty map, and a long stretch of identical controls
//! (a file of NULs, a line of tabs) costs one entry.

use std::ops::Range;

/// `count` adjacent replacements that each take `orig_len` original bytes
/// and `disp_len` display bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    orig_start: usize,
    disp_start: usize,
    count: u32,
    orig_len: u8,
    disp_len: u8,
}

impl Run {
    fn orig_end(&self) -> usize {
        self.orig_start + self.count as usize * usize::from(self.orig_len)
    }

    fn disp_end(&self) -> usize {
        self.disp_start + self.count as usize * usize::from(self.disp_len)
    }
}

/// Receives each replacement the sanitizer makes; lets the single-line and
/// paste paths skip building a map they would throw away.
pub(crate) trait Recorder {
    /// `orig_len` original bytes at `orig_start` became `disp_len` display
    /// bytes at `disp_start`. Both are small (one character or CRLF on one
    /// side, one placeholder or ASCII spelling on the other); `orig_len` is
    /// never zero, `disp_len` is zero for a zero-width character dropped in
    /// ASCII mode (a combining accent), which then has no display text of
    /// its own: offsets inside it map to where it would have been.
    fn replaced(&mut self, orig_start: usize, orig_len: usize, disp_start: usize, disp_len: usize);
}

/// A [`Recorder`] that keeps nothing.
pub(crate) struct NoMap;

impl Recorder for NoMap {
    #[inline]
    fn replaced(&mut self, _: usize, _: usize, _: usize, _: usize) {}
}

/// The replacements of one sanitized text, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    runs: Vec<Run>,
}

impl Recorder for OffsetMap {
    fn replaced(&mut self, orig_start: usize, orig_len: usize, disp_start: usize, disp_len: usize) {
        // Lengths are at most 4 (a UTF-8 char) and 13 (the longest
        // placeholder); saturate rather than trust that blindly.
        let orig_len = u8::try_from(orig_len).unwrap_or(u8::MAX);
        let disp_len = u8::try_from(disp_len).unwrap_or(u8::MAX);
        if let Some(last) = self.runs.last_mut()
            && last.orig_end() == orig_start
            && last.disp_end() == disp_start
            && last.orig_len == orig_len
            && last.disp_len == disp_len
            && last.count < u32::MAX
        {
            last.count += 1;
            return;
        }
        self.runs.push(Run {
            orig_start,
            disp_start,
            count: 1,
            orig_len,
            disp_len,
        });
    }
}

/// Sanitized text plus a map back to the original bytes.
///
/// Built by [`crate::sanitize`]. Claim spans are stored as byte offsets into
/// the original article; the map turns them into offsets into
/// [`SafeText::as_str`] so highlights land on the same visible characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafeText {
    text: String,
    original_len: usize,
    map: OffsetMap,
}

impl SafeText {
    pub(crate) fn new(text: String, original_len: usize, map: OffsetMap) -> Self {
        Self {
            text,
            original_len,
            map,
        }
    }

    /// The sanitized text: safe to send to a terminal as it is.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in bytes of the original text this was made from, the upper
    /// bound offsets are clamped to.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Display byte offset for an original byte offset.
    ///
    /// Offsets inside a replaced sequence map to the start of its
    /// placeholder; offsets off a char boundary are floored to it, offsets
    /// past the end are clamped to the end. Never panics.
    pub fn to_display(&self, original: usize) -> usize {
        self.to_display_rounding(original, false)
    }

    /// Original byte offset for a display byte offset.
    ///
    /// Offsets inside a placeholder map to the start of the characters it
    /// replaced; offsets off a char boundary are floored, offsets past the
    /// end clamped. Never panics.
    pub fn to_original(&self, display: usize) -> usize {
        let display = display.min(self.text.len());
        let runs = &self.map.runs;
        let after = runs.partition_point(|run| run.disp_start <= display);
        let Some(run) = after.checked_sub(1).and_then(|at| runs.get(at)) else {
            // Before any replacement both texts are identical.
            return self.text.floor_char_boundary(display);
        };
        if display < run.disp_end() {
            let index = (display - run.disp_start) / usize::from(run.disp_len);
            return run.orig_start + index * usize::from(run.orig_len);
        }
        // A copied stretch: its char boundaries are the original's, and the
        // run's end is one of them, so flooring never falls back into it.
        let kept = self.text.floor_char_boundary(display);
        run.orig_end() + (kept - run.disp_end())
    }

    /// Display range for an original byte range (for highlighting claims).
    ///
    /// The start rounds down and the end rounds up, so a range that starts
    /// or ends inside a replaced sequence includes its whole placeholder;
    /// an end before the start gives an empty range at the start.
    pub fn display_range(&self, original: Range<usize>) -> Range<usize> {
        let start = self.to_display_rounding(original.start, false);
        let end = self.to_display_rounding(original.end, true).max(start);
        start..end
    }

    /// [`Self::to_display`], rounding offsets inside a replaced sequence or
    /// a character up to its end when `round_up` is set.
    fn to_display_rounding(&self, original: usize, round_up: bool) -> usize {
        let original = original.min(self.original_len);
        let runs = &self.map.runs;
        let after = runs.partition_point(|run| run.orig_start <= original);
        let Some(run) = after.checked_sub(1).and_then(|at| runs.get(at)) else {
            return self.round_to_boundary(original, round_up);
        };
        if original < run.orig_end() {
            let into = original - run.orig_start;
            let orig_len = usize::from(run.orig_len);
            let mut index = into / orig_len;
            if round_up && !into.is_multiple_of(orig_len) {
                index += 1;
            }
            return run.disp_start + index * usize::from(run.disp_len);
        }
        self.round_to_boundary(run.disp_end() + (original - run.orig_end()), round_up)
    }

    fn round_to_boundary(&self, display: usize, round_up: bool) -> usize {
        if round_up {
            self.text.ceil_char_boundary(display)
        } else {
            self.text.floor_char_boundary(display)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_equal_replacements_share_one_run() {
        let mut map = OffsetMap::default();
        map.replaced(0, 1, 0, 3);
        map.replaced(1, 1, 3, 3);
        map.replaced(2, 1, 6, 3);
        // Different display length: a new run.
        map.replaced(3, 1, 9, 2);
        // Not adjacent: a new run.
        map.replaced(10, 1, 17, 2);
        assert_eq!(map.runs.len(), 3);
        assert_eq!(map.runs[0].count, 3);
        assert_eq!(map.runs[0].orig_end(), 3);
        assert_eq!(map.runs[0].disp_end(), 9);
    }

    #[test]
    fn offsets_inside_a_run_map_to_their_own_placeholder() {
        // "\0\0\0x" -> "␀␀␀x" (each ␀ is 3 bytes).
        let mut map = OffsetMap::default();
        for i in 0..3 {
            map.replaced(i, 1, i * 3, 3);
        }
        let text = SafeText::new("␀␀␀x".to_owned(), 4, map);
        assert_eq!(text.to_display(0), 0);
        assert_eq!(text.to_display(2), 6);
        assert_eq!(text.to_display(3), 9);
        assert_eq!(text.to_display(4), 10);
        assert_eq!(text.to_display(99), 10);
        assert_eq!(text.to_original(4), 1);
        assert_eq!(text.to_original(6), 2);
        assert_eq!(text.to_original(9), 3);
        assert_eq!(text.display_range(1..2), 3..6);
    }
}
