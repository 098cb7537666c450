//! Text fields: the multi-line note editor and one-line inputs.
//!
//! The text is kept as a `String` with a byte cursor always on a char
//! boundary; vertical moves keep the display column (unicode-width).

use unicode_width::UnicodeWidthStr;

/// An editable text with a cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    /// The text.
    pub text: String,
    /// Byte offset of the cursor, on a char boundary.
    pub cursor: usize,
    /// One line only: line breaks become spaces.
    pub single_line: bool,
}

impl TextField {
    /// A field holding `text` with the cursor at its end.
    pub fn new(text: &str, single_line: bool) -> TextField {
        let text = if single_line {
            text.replace(['\n', '\r'], " ")
        } else {
            text.to_string()
        };
        TextField {
            cursor: text.len(),
            text,
            single_line,
        }
    }

    /// Inserts already-sanitized text at the cursor.
    pub fn insert(&mut self, text: &str) {
        let text = if self.single_line {
            text.replace(['\n', '\r'], " ")
        } else {
            text.to_string()
        };
        self.text.insert_str(self.cursor, &text);
        self.cursor += text.len();
    }

    /// Inserts one character (control characters are refused).
    pub fn insert_char(&mut self, c: char) {
        if !c.is_control() || (c == '\n' && !self.single_line) {
            let mut buf = [0; 4];
            self.insert(c.encode_utf8(&mut buf));
        }
    }

    /// Moves one character left.
    pub fn left(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    /// Moves one character right.
    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        let before = self.cursor;
        self.left();
        self.text.replace_range(self.cursor..before, "");
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.text
                .replace_range(self.cursor..self.cursor + c.len_utf8(), "");
        }
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Moves to the start of the line.
    pub fn home(&mut self) {
        self.cursor = self.line_start();
    }

    /// Moves to the end of the line.
    pub fn end(&mut self) {
        self.cursor = self.line_end();
    }

    /// The cursor's display column within its line.
    pub fn column(&self) -> usize {
        self.text[self.line_start()..self.cursor].width()
    }

    /// The cursor's line number (0-based).
    pub fn row(&self) -> usize {
        self.text[..self.cursor].matches('\n').count()
    }

    /// Moves one line up, keeping the column where the line allows.
    pub fn up(&mut self) {
        let start = self.line_start();
        if start == 0 {
            return;
        }
        let column = self.column();
        let prev_start = self.text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        self.cursor = offset_at_column(&self.text, prev_start, start - 1, column);
    }

    /// Moves one line down, keeping the column where the line allows.
    pub fn down(&mut self) {
        let end = self.line_end();
        if end == self.text.len() {
            return;
        }
        let column = self.column();
        let next_start = end + 1;
        let next_end = self.text[next_start..]
            .find('\n')
            .map_or(self.text.len(), |i| next_start + i);
        self.cursor = offset_at_column(&self.text, next_start, next_end, column);
    }
}

fn offset_at_column(text: &str, start: usize, end: usize, column: usize) -> usize {
    let mut col = 0;
    for (at, c) in text[start..end].char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if col + w > column {
            return start + at;
        }
        col += w;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_moves_by_characters_and_lines() {
        let mut f = TextField::new("", false);
        for c in "héllo".chars() {
            f.insert_char(c);
        }
        f.insert_char('\n');
        f.insert("dunia");
        assert_eq!(f.text, "héllo\ndunia");
        f.up();
        assert_eq!(f.column(), 5);
        f.left();
        f.backspace();
        assert_eq!(f.text, "hélo\ndunia");
        f.home();
        f.right();
        f.delete();
        assert_eq!(f.text, "hlo\ndunia");
        f.down();
        assert_eq!((f.row(), f.column()), (1, 1));
        f.end();
        assert_eq!(f.cursor, f.text.len());
    }

    #[test]
    fn single_line_fields_refuse_line_breaks() {
        let mut f = TextField::new("a\nb", true);
        f.insert_char('\n');
        f.insert("c\nd");
        assert_eq!(f.text, "a bc d");
    }
}
