//! Reading articles (every bad input gets a one-line error with its exit
//! code), hashing them, and checking a review's offsets against one.

mod store_fixtures;

use std::fs;
use std::path::{Path, PathBuf};

use factdesk_review::store::{self, ArticleError, ProblemKind, exit};
use factdesk_review::{ClaimStatus, Verdict};
use store_fixtures::{ARTICLE, JAKARTA, KERRY, QUOTE, claim, file_with, marked, rich_review};

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, content).expect("write fixture");
    path
}

fn read_err(path: &Path) -> ArticleError {
    let err = store::read_article(path).expect_err("should be refused");
    let message = err.to_string();
    assert!(!message.contains('\n'), "not one line: {message}");
    assert!(
        message.contains(&path.display().to_string()),
        "does not name the file: {message}"
    );
    err
}

#[test]
fn missing_directory_and_empty_articles_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = read_err(&dir.path().join("missing.txt"));
    assert!(matches!(err, ArticleError::NotFound { .. }), "{err:?}");
    assert_eq!(err.exit_code(), exit::INPUT_UNREADABLE);

    let err = read_err(dir.path());
    assert!(matches!(err, ArticleError::IsDirectory { .. }), "{err:?}");
    assert_eq!(err.exit_code(), exit::INPUT_UNREADABLE);

    let err = read_err(&write(dir.path(), "empty.txt", b""));
    assert!(matches!(err, ArticleError::Empty { .. }), "{err:?}");
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);
    assert!(err.to_string().contains("0 bytes"));
}

#[cfg(unix)]
#[test]
fn an_unreadable_article_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "secret.txt", b"Teks.");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        return; // Root reads anything: nothing to test.
    }
    let err = read_err(&path);
    assert!(
        matches!(err, ArticleError::PermissionDenied { .. }),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), exit::INPUT_UNREADABLE);
}

#[test]
fn invalid_utf8_names_the_byte_offset_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin1.txt",
        b"Baris satu.\nHarga caf\xe9 naik.\n",
    );
    let err = read_err(&path);
    match err {
        ArticleError::InvalidUtf8 { offset, line, .. } => assert_eq!((offset, line), (21, 2)),
        ref other => panic!("expected InvalidUtf8, got {other:?}"),
    }
    assert!(err.to_string().contains("byte offset 21"), "{err}");
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);
}

#[test]
fn binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let png = write(dir.path(), "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let err = read_err(&png);
    assert!(matches!(err, ArticleError::Binary { .. }), "{err:?}");
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);

    let controls: Vec<u8> = (0..200u8).map(|i| 1 + i % 8).collect();
    let err = read_err(&write(dir.path(), "controls.bin", &controls));
    assert!(
        matches!(&err, ArticleError::Binary { reason, .. } if reason.contains("control")),
        "{err:?}"
    );

    let utf16 = write(dir.path(), "utf16.txt", b"\xFF\xFEH\0i\0");
    let err = read_err(&utf16);
    assert!(matches!(err, ArticleError::Utf16 { .. }), "{err:?}");
}

#[test]
fn a_few_control_characters_do_not_make_a_file_binary() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Judul\n\nIsi berita \u{1b}[31m dengan escape dan\ttab.\u{c}\n";
    let path = write(dir.path(), "escape.txt", text.as_bytes());
    assert_eq!(store::read_article(&path).unwrap(), text);
}

#[test]
fn bom_and_crlf_are_kept_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let content = "\u{feff}Judul\r\n\r\nKalimat pertama.\r\n";
    let path = write(dir.path(), "windows.txt", content.as_bytes());
    let text = store::read_article(&path).unwrap();
    assert_eq!(text.as_bytes(), content.as_bytes());
}

#[test]
fn a_one_megabyte_line_and_a_fifty_megabyte_article_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Harga naik 12 persen. ".repeat(48_000); // about 1 MB, no newline
    let path = write(dir.path(), "long-line.txt", line.as_bytes());
    assert_eq!(store::read_article(&path).unwrap().len(), line.len());

    let paragraph = "Menurut BPS, sekitar 2,5 juta orang terdampak — “kami bekerja,” katanya.\n";
    let big = paragraph.repeat(50 * 1024 * 1024 / paragraph.len() + 1);
    let path = write(dir.path(), "big.txt", big.as_bytes());
    let text = store::read_article(&path).unwrap();
    assert!(text.len() >= 50 * 1024 * 1024);
    assert_eq!(
        store::sha256_hex(text.as_bytes()),
        store::sha256_hex(big.as_bytes())
    );
}

#[test]
fn sha256_matches_known_vectors() {
    assert_eq!(
        store::sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        store::sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn a_matching_review_has_no_problems() {
    let file = rich_review();
    assert_eq!(store::validate_against_article(&file, ARTICLE), vec![]);
}

#[test]
fn offsets_outside_the_article_or_inside_a_character_are_reported() {
    let mut file = file_with(
        ARTICLE,
        vec![
            claim(ARTICLE, "c-kerry", KERRY),
            claim(ARTICLE, "c-quote", QUOTE),
            claim(ARTICLE, "c-jakarta", JAKARTA),
        ],
    );
    // Past the end.
    file.claims[0].end = ARTICLE.len() + 10;
    // Inside the three-byte opening quote mark.
    file.claims[1].start += 1;
    let problems = store::validate_against_article(&file, ARTICLE);
    let kinds: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.claim_id.as_str(), &p.kind))
        .collect();
    assert!(
        matches!(
            kinds.as_slice(),
            [
                ("c-kerry", ProblemKind::OutOfBounds { .. }),
                ("c-quote", ProblemKind::NotCharBoundary { .. })
            ]
        ),
        "{problems:?}"
    );
    assert!(problems[0].to_string().contains("outside the article"));
}

#[test]
fn text_that_differs_from_the_article_is_reported() {
    let mut file = file_with(ARTICLE, vec![claim(ARTICLE, "c-jakarta", JAKARTA)]);
    file.claims[0].text = "Jakarta dihuni sekitar 11 juta orang.".to_string();
    let problems = store::validate_against_article(&file, ARTICLE);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::TextMismatch);
    assert_eq!(problems[0].index, 0);

    // The same file against an edited article: the span now holds other text.
    let file = file_with(ARTICLE, vec![claim(ARTICLE, "c-jakarta", JAKARTA)]);
    let edited = ARTICLE.replacen("LONDON:", "LONDON, Inggris:", 1);
    let problems = store::validate_against_article(&file, &edited);
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn bad_quantity_spans_are_reported_and_orphans_skipped() {
    let mut kerry = claim(ARTICLE, "c-kerry", KERRY);
    kerry.quantities[0].start += 1;
    let mut orphan = marked(claim(ARTICLE, "c-jakarta", JAKARTA), Verdict::Verified);
    orphan.status = ClaimStatus::Orphaned;
    orphan.start = 9_999_999;
    orphan.end = 10_000_000;
    let file = file_with(ARTICLE, vec![kerry, orphan]);
    let problems = store::validate_against_article(&file, ARTICLE);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(matches!(
        problems[0].kind,
        ProblemKind::BadInnerSpan {
            what: "quantity",
            ..
        }
    ));
}
