//! All interface state, owned in one place.
//!
//! [`crate::update::update`] changes it, [`crate::draw::draw`] reads it, and
//! the runtime only refreshes [`State::now`], feeds actions and hands the
//! saves the state asks for ([`State::dirty`], [`State::changed`],
//! [`State::save_as_request`]) to the writer thread.

use std::ops::Range;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use factdesk_review::cache::Changes;
use factdesk_review::{Claim, ClaimKind, ClaimStatus, ReviewFile, Verdict};

use crate::config::{Config, SortOrder};
use crate::editor::TextField;
use crate::keymap::{Context, Keymap};
use crate::text::{ArticleText, ClaimView};
use crate::theme::{ColorMode, GlyphSet, Theme};

/// The smallest terminal the interface draws in.
pub const MIN_SIZE: (u16, u16) = (40, 12);
/// Below this width the list and the detail share the screen one at a time.
pub const TWO_PANE_MIN_WIDTH: u16 = 100;
/// Rows taken by the header.
pub const HEADER_ROWS: u16 = 2;
/// Rows taken by the footer.
pub const FOOTER_ROWS: u16 = 1;

/// A note being typed when the session ended, kept to offer it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftText {
    /// The claim the note belongs to.
    pub claim_id: String,
    /// The text typed so far.
    pub text: String,
}

/// What the interface is doing; decides which keys apply.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// Browsing the list and detail.
    Normal,
    /// Writing the note of a claim.
    Note {
        /// The claim.
        claim_id: String,
        /// The text being edited.
        field: TextField,
    },
    /// Listing the sources of a claim.
    Sources {
        /// The claim.
        claim_id: String,
        /// The selected source.
        cursor: usize,
    },
    /// Filling in a new source.
    SourceForm {
        /// The claim.
        claim_id: String,
        /// Reference, archived copy, description.
        fields: [TextField; 3],
        /// The field being typed in.
        focus: usize,
    },
    /// Editing the short summary.
    Summary {
        /// The claim.
        claim_id: String,
        /// The text.
        field: TextField,
    },
    /// Rewording the claim.
    Reword {
        /// The claim.
        claim_id: String,
        /// The text.
        field: TextField,
    },
    /// Typing a search.
    Search,
    /// The filter menu.
    Filter,
    /// The key help overlay.
    Help {
        /// First line shown.
        scroll: usize,
    },
    /// The whole article.
    Article,
    /// The reviewers' verdicts side by side.
    Conflict {
        /// The claim.
        claim_id: String,
        /// The reviewer picked.
        pick: usize,
    },
    /// Asking for a path to save to.
    SaveAs {
        /// The path typed.
        field: TextField,
    },
    /// Asking for the day the article was published.
    PublicationDay {
        /// The day typed, YYYY-MM-DD (empty: the article's own).
        field: TextField,
    },
    /// Asking whether to quit although the last save failed.
    ConfirmQuit,
}

impl Mode {
    /// The keymap context of this mode.
    pub fn context(&self) -> Context {
        match self {
            Mode::Normal => Context::Normal,
            Mode::Note { .. } => Context::Note,
            Mode::Sources { .. } => Context::Sources,
            Mode::SourceForm { .. }
            | Mode::Summary { .. }
            | Mode::Reword { .. }
            | Mode::SaveAs { .. }
            | Mode::PublicationDay { .. } => Context::Input,
            Mode::Search => Context::Search,
            Mode::Filter => Context::Filter,
            Mode::Help { .. } => Context::Help,
            Mode::Article => Context::Article,
            Mode::Conflict { .. } => Context::Conflict,
            Mode::ConfirmQuit => Context::Confirm,
        }
    }

    /// True when typed characters go into a text field.
    pub fn takes_text(&self) -> bool {
        matches!(
            self.context(),
            Context::Note | Context::Input | Context::Search
        )
    }
}

/// Which pane a one-pane layout shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// The claims list.
    #[default]
    List,
    /// The detail of the selected claim.
    Detail,
}

/// Which claims the list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Show pending claims.
    pub pending: bool,
    /// Show verified claims.
    pub verified: bool,
    /// Show disputed claims.
    pub disputed: bool,
    /// Show unverified claims.
    pub unverified: bool,
    /// Only claims of this kind.
    pub kind: Option<ClaimKind>,
    /// Only claims scoring at least this.
    pub min_score: f64,
    /// Show dismissed claims too.
    pub show_dismissed: bool,
    /// Only claims whose reviewers disagree.
    pub conflicts_only: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            pending: true,
            verified: true,
            disputed: true,
            unverified: true,
            kind: None,
            min_score: 0.0,
            show_dismissed: false,
            conflicts_only: false,
        }
    }
}

impl Filter {
    /// Whether `claim` passes.
    pub fn accepts(&self, claim: &Claim) -> bool {
        let verdict_ok = match claim.verdict_value() {
            None => self.pending,
            Some(Verdict::Verified) => self.verified,
            Some(Verdict::Disputed) => self.disputed,
            Some(Verdict::Unverified) => self.unverified,
        };
        verdict_ok
            && (self.show_dismissed || claim.status != ClaimStatus::Dismissed)
            && self.kind.is_none_or(|k| claim.kinds.contains(&k))
            && claim.score >= self.min_score
            && (!self.conflicts_only || claim.conflict)
    }

    /// True when nothing is filtered out except dismissed claims.
    pub fn is_default(&self) -> bool {
        let plain = Filter {
            show_dismissed: self.show_dismissed,
            ..Filter::default()
        };
        *self == plain
    }
}

/// One undoable change.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A claim changed from `before` to `after`.
    Edit {
        /// The claim as it was.
        before: Box<Claim>,
        /// The claim as it became.
        after: Box<Claim>,
    },
    /// A claim was added by hand.
    Added {
        /// The claim as added.
        claim: Box<Claim>,
    },
}

/// Whether what is on screen is on disk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Everything is on disk.
    #[default]
    Saved,
    /// A change waits to be saved.
    Unsaved,
    /// The last save failed; everything is still in memory.
    Failed(String),
}

/// A line in the footer, cleared on the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The text.
    pub text: String,
    /// Shown as an error.
    pub error: bool,
}

/// The incremental search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchState {
    /// The query as typed.
    pub query: String,
    /// The query lowercased.
    pub lower: String,
    /// Positions in [`State::visible`] that match.
    pub hits: Vec<usize>,
    /// The selection when the search started (Esc returns to it).
    pub origin: usize,
}

/// The article view's cursor and selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleCursor {
    /// The sentence under the cursor.
    pub sentence: usize,
    /// The selected span (display offsets); starts as the whole sentence.
    pub selection: Range<usize>,
    /// First paragraph shown.
    pub top: usize,
    /// First wrapped line of that paragraph shown.
    pub top_line: usize,
}

/// Claim counts for the header, kept current after every change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Claims not dismissed.
    pub total: usize,
    /// Of those, with a verdict.
    pub reviewed: usize,
    /// Verified.
    pub verified: usize,
    /// Disputed.
    pub disputed: usize,
    /// Unverified.
    pub unverified: usize,
    /// Dismissed.
    pub dismissed: usize,
    /// With conflicting reviewers.
    pub conflicts: usize,
}

impl Counts {
    /// Counts a file's claims.
    pub fn of(file: &ReviewFile) -> Counts {
        let mut c = Counts::default();
        for claim in &file.claims {
            c.add(claim);
        }
        c
    }

    /// Counts one more claim.
    pub fn add(&mut self, claim: &Claim) {
        self.step(claim, |n| *n += 1);
    }

    /// Stops counting a claim (as it was when counted), so a change costs
    /// one claim, not the whole file.
    pub fn remove(&mut self, claim: &Claim) {
        self.step(claim, |n| *n = n.saturating_sub(1));
    }

    fn step(&mut self, claim: &Claim, f: impl Fn(&mut usize)) {
        if claim.status == ClaimStatus::Dismissed {
            f(&mut self.dismissed);
            return;
        }
        f(&mut self.total);
        if claim.conflict {
            f(&mut self.conflicts);
        }
        match claim.verdict_value() {
            Some(Verdict::Verified) => f(&mut self.verified),
            Some(Verdict::Disputed) => f(&mut self.disputed),
            Some(Verdict::Unverified) => f(&mut self.unverified),
            None => return,
        }
        f(&mut self.reviewed);
    }
}

/// What the root passes in besides the file: how the session starts.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// A note draft left by a dropped session, offered back in the editor.
    pub draft: Option<DraftText>,
    /// Shown as a banner (e.g. "the article changed since extraction:
    /// claims were re-anchored").
    pub banner: Option<String>,
    /// Another process holds the file: nothing can be changed.
    pub read_only: bool,
    /// How to name the review file in the header (its path).
    pub label: String,
    /// The clock at start.
    pub now: Option<DateTime<FixedOffset>>,
}

/// The whole interface state.
#[derive(Debug, Clone)]
pub struct State {
    /// The review being edited.
    pub file: ReviewFile,
    /// The article, sanitized and split.
    pub article: ArticleText,
    /// Per-claim caches, parallel to `file.claims`.
    pub views: Vec<ClaimView>,
    /// Claim indices sorted by article display position (for highlights).
    pub by_position: Vec<usize>,
    /// The reviewer whose changes these are.
    pub reviewer: String,
    /// The current time, refreshed by the runtime before each update.
    pub now: DateTime<FixedOffset>,
    /// Key bindings.
    pub keymap: Keymap,
    /// Styles and glyphs.
    pub theme: Theme,
    /// Jump to the next pending claim after a verdict.
    pub auto_advance: bool,
    /// List order.
    pub sort: SortOrder,
    /// Which claims are listed.
    pub filter: Filter,
    /// Claim indices listed, in list order.
    pub visible: Vec<usize>,
    /// Selected position in `visible`.
    pub selected: usize,
    /// First position of `visible` drawn.
    pub offset: usize,
    /// Lines the detail pane is scrolled by.
    pub detail_scroll: u16,
    /// Which pane a one-pane layout shows.
    pub pane: Pane,
    /// The current mode.
    pub mode: Mode,
    /// Changes that can be undone, oldest first.
    pub undo: Vec<Change>,
    /// Undone changes that can be redone.
    pub redo: Vec<Change>,
    /// The search.
    pub search: SearchState,
    /// The article view's cursor.
    pub article_cursor: ArticleCursor,
    /// The footer message.
    pub message: Option<Message>,
    /// Saved, unsaved or failed.
    pub save: SaveState,
    /// A change waits to be handed to the writer thread: the runtime hands
    /// it over before the next key.
    pub dirty: bool,
    /// Which parts of `file` changed since the runtime last handed changes
    /// to the writer thread: claim indices changed in place, or a structural
    /// change (claims added or removed, the file replaced). Recorded by
    /// [`State::claim_changed`] and [`State::structure_changed`], the only
    /// places that set [`State::dirty`], so the writer is sent exactly the
    /// claims that changed instead of a copy of the whole file per key.
    pub changed: Changes,
    /// A path the reviewer asked to save to.
    pub save_as_request: Option<PathBuf>,
    /// Header counts.
    pub counts: Counts,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Banner text (article changed, read-only …).
    pub banner: Option<String>,
    /// Nothing may be changed.
    pub read_only: bool,
    /// The review file's name for the header.
    pub label: String,
    /// The article's title (or path), sanitized for the header.
    pub title: String,
    /// The reviewer asked to quit.
    pub quit: bool,
    /// The reviewer asked to suspend.
    pub suspend: bool,
    /// The screen must be cleared and repainted.
    pub repaint: bool,
    /// Set while this state is a preview (the head of a review still
    /// loading): what the header says in place of the counts, which are
    /// not known yet.
    pub loading: Option<String>,
}

impl State {
    /// True when this state lists first exactly the claims `head` lists,
    /// equal and in the same order: then keys that moved and acted on
    /// `head` (a preview of this review's first claims) do the same here.
    pub fn begins_with(&self, head: &State) -> bool {
        self.visible.len() >= head.visible.len()
            && head.visible.iter().zip(&self.visible).all(|(&a, &b)| {
                let shown = head.file.claims.get(a);
                shown.is_some() && shown == self.file.claims.get(b)
            })
    }

    /// The claim selected in the list, if any.
    pub fn selected_index(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    /// The selected claim, if any.
    pub fn selected_claim(&self) -> Option<&Claim> {
        self.selected_index().and_then(|i| self.file.claims.get(i))
    }

    /// Index of the claim with `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.file.claims.iter().position(|c| c.id == id)
    }

    /// Whether two panes fit side by side.
    pub fn two_panes(&self) -> bool {
        self.size.0 >= TWO_PANE_MIN_WIDTH
    }

    /// Whether the terminal is too small to draw in.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// Rows available to the body (between header, banner and footer).
    pub fn body_rows(&self) -> u16 {
        let banner = u16::from(self.banner.is_some());
        self.size
            .1
            .saturating_sub(HEADER_ROWS + FOOTER_ROWS + banner)
    }

    /// Rows of claims the list shows (inside its border).
    pub fn list_rows(&self) -> usize {
        usize::from(self.body_rows().saturating_sub(2)).max(1)
    }

    /// Columns and rows of text inside the article view's border.
    pub fn article_area(&self) -> (usize, usize) {
        (
            usize::from(self.size.0.saturating_sub(2)).max(1),
            usize::from(self.body_rows().saturating_sub(2)).max(1),
        )
    }

    /// Rebuilds the theme (and the sanitized caches when the glyph set
    /// changes, since placeholders differ).
    pub fn set_display(&mut self, color: ColorMode, glyphs: GlyphSet) {
        let old = self.theme.glyphs;
        self.theme = Theme::new(color, glyphs);
        if old != glyphs {
            let raw = std::mem::take(&mut self.article.raw);
            self.article = ArticleText::new(raw, glyphs);
            self.views = ClaimView::all(&self.file, &self.article, glyphs);
            self.rebuild_positions();
        }
    }

    /// Re-sorts the position index after claims were added or removed.
    pub fn rebuild_positions(&mut self) {
        let mut order: Vec<usize> = (0..self.views.len()).collect();
        order.sort_by_key(|&i| self.views.get(i).map_or(0, |v| v.span.start));
        self.by_position = order;
    }

    /// Recomputes the listed claims, keeping `keep` (a claim index)
    /// selected when it is still listed, else the same position.
    pub fn refresh_visible(&mut self, keep: Option<usize>) {
        let filter = &self.filter;
        let mut visible: Vec<usize> = self
            .file
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| filter.accepts(c))
            .map(|(i, _)| i)
            .collect();
        if self.sort == SortOrder::Score {
            let claims = &self.file.claims;
            visible.sort_by(|&a, &b| {
                let (sa, sb) = (claims[a].score, claims[b].score);
                sb.total_cmp(&sa).then(a.cmp(&b))
            });
        }
        self.visible = visible;
        match keep.and_then(|k| self.visible.iter().position(|&i| i == k)) {
            Some(pos) => self.selected = pos,
            None => self.selected = self.selected.min(self.visible.len().saturating_sub(1)),
        }
        if !self.search.lower.is_empty() {
            self.search.hits = self.search_hits(&self.search.lower);
        }
        self.scroll_to_selection();
    }

    /// Positions in `visible` whose claim matches a lowercase query.
    pub fn search_hits(&self, lower: &str) -> Vec<usize> {
        self.visible
            .iter()
            .enumerate()
            .filter(|&(_, &i)| {
                self.views
                    .get(i)
                    .is_some_and(|v| v.haystack.contains(lower))
            })
            .map(|(pos, _)| pos)
            .collect()
    }

    /// Moves the list window so the selection is inside it.
    pub fn scroll_to_selection(&mut self) {
        let rows = self.list_rows();
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        let max_offset = self.visible.len().saturating_sub(rows);
        self.offset = self.offset.min(max_offset);
    }

    /// Refreshes the caches of one claim after it changed.
    pub fn refresh_claim(&mut self, index: usize) {
        if let (Some(claim), Some(view)) = (self.file.claims.get(index), self.views.get_mut(index))
        {
            *view = ClaimView::new(claim, &self.article, self.theme.glyphs);
        }
    }

    /// Records that claim `index` of `file` changed in place: it must be
    /// saved.
    pub fn claim_changed(&mut self, index: usize) {
        self.changed.claim(index);
        self.dirty = true;
        self.save = SaveState::Unsaved;
    }

    /// Records that claims were added or removed (or the file replaced):
    /// the whole file must be saved.
    pub fn structure_changed(&mut self) {
        self.changed.set_everything();
        self.dirty = true;
        self.save = SaveState::Unsaved;
    }

    /// Replaces the whole file (a merge with changes another process saved),
    /// keeping the selection on the same claim. Records a structural change.
    pub fn adopt_file(&mut self, file: ReviewFile) {
        let keep_id = self.selected_claim().map(|c| c.id.clone());
        self.file = file;
        self.structure_changed();
        self.views = ClaimView::all(&self.file, &self.article, self.theme.glyphs);
        self.rebuild_positions();
        self.counts = Counts::of(&self.file);
        let keep = keep_id.and_then(|id| self.index_of(&id));
        self.refresh_visible(keep);
        // Undo snapshots may no longer match what is on disk.
        self.undo.clear();
        self.redo.clear();
    }

    /// Sets an informational footer message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    /// Sets an error footer message.
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }

    /// The note draft to keep if the session ends now.
    pub fn draft(&self) -> Option<DraftText> {
        match &self.mode {
            Mode::Note { claim_id, field } => Some(DraftText {
                claim_id: claim_id.clone(),
                text: field.text.clone(),
            }),
            _ => None,
        }
    }
}

/// Builds the starting state: every earlier verdict shown, the cursor on
/// the first pending claim, a pending draft offered back in the note editor.
pub fn initial_state(
    file: ReviewFile,
    article: String,
    reviewer: String,
    config: &Config,
    options: StartOptions,
) -> State {
    let glyphs = GlyphSet::Unicode;
    let article = ArticleText::new(article, glyphs);
    let views = ClaimView::all(&file, &article, glyphs);
    let counts = Counts::of(&file);
    let filter = Filter {
        show_dismissed: config.show_dismissed,
        ..Filter::default()
    };
    let label = if options.label.is_empty() {
        file.article.path.clone()
    } else {
        options.label.clone()
    };
    let file_ref_title = file.article.title.clone().unwrap_or_default();
    let file_ref_path = file.article.path.clone();
    let reviewer = factdesk_text::sanitize_line(&reviewer, glyphs.text_glyphs());
    let mut state = State {
        file,
        article,
        views,
        by_position: Vec::new(),
        reviewer,
        now: options
            .now
            .unwrap_or_else(|| chrono::Local::now().fixed_offset()),
        keymap: config.keymap.clone(),
        theme: Theme::new(ColorMode::Color, glyphs),
        auto_advance: config.auto_advance,
        sort: config.sort,
        filter,
        visible: Vec::new(),
        selected: 0,
        offset: 0,
        detail_scroll: 0,
        pane: Pane::List,
        mode: Mode::Normal,
        undo: Vec::new(),
        redo: Vec::new(),
        search: SearchState::default(),
        article_cursor: ArticleCursor::default(),
        message: None,
        save: SaveState::Saved,
        dirty: false,
        changed: Changes::new(),
        save_as_request: None,
        counts,
        size: (80, 24),
        banner: options.banner.clone(),
        read_only: options.read_only,
        title: factdesk_text::sanitize_line(
            file_title(&file_ref_title, &file_ref_path),
            glyphs.text_glyphs(),
        ),
        label: factdesk_text::sanitize_line(&label, glyphs.text_glyphs()),
        quit: false,
        suspend: false,
        repaint: false,
        loading: None,
    };
    if state.read_only && state.banner.is_none() {
        state.banner = Some("Read-only: another session holds this review file".to_string());
    }
    state.rebuild_positions();
    state.refresh_visible(None);
    if let Some(pos) = state
        .visible
        .iter()
        .position(|&i| state.file.claims.get(i).is_some_and(Claim::is_pending))
    {
        state.selected = pos;
        state.scroll_to_selection();
    }
    if let Some(draft) = options.draft
        && let Some(index) = state.index_of(&draft.claim_id)
    {
        if let Some(pos) = state.visible.iter().position(|&i| i == index) {
            state.selected = pos;
            state.scroll_to_selection();
        }
        let text = factdesk_text::sanitize_input(&draft.text, glyphs.text_glyphs());
        state.mode = Mode::Note {
            claim_id: draft.claim_id,
            field: TextField::new(&text, false),
        };
        let save = state
            .keymap
            .keys_for(Context::Note, &crate::action::Action::Confirm);
        let cancel = state
            .keymap
            .keys_for(Context::Note, &crate::action::Action::Cancel);
        state.info(format!(
            "Restored the note you were typing when the last session ended: {save} saves it, {cancel} drops it"
        ));
    }
    state
}

fn file_title<'a>(title: &'a str, path: &'a str) -> &'a str {
    if title.trim().is_empty() { path } else { title }
}
