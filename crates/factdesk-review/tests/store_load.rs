//! Loading review files: every kind of bad input gets its own one-line
//! error naming the file, with the documented exit code, and the file is
//! never touched.

mod store_fixtures;

use std::fs;
use std::path::Path;

use factdesk_review::store::{self, StoreError, exit};
use store_fixtures::{ARTICLE, claim, file_with, rich_review};

fn write(dir: &Path, name: &str, content: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, content).expect("write fixture");
    path
}

fn assert_one_line_naming(err: &StoreError, path: &Path) {
    let message = err.to_string();
    assert!(!message.contains('\n'), "not one line: {message}");
    assert!(
        message.contains(&path.display().to_string()),
        "does not name {}: {message}",
        path.display()
    );
}

#[test]
fn missing_file_is_named_with_exit_code_3() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.json");
    let err = store::load(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert_eq!(err.exit_code(), exit::INPUT_UNREADABLE);
    assert_one_line_naming(&err, &path);
    assert!(err.to_string().contains("does not exist"));
}

#[test]
fn directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = store::load(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::IsDirectory { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 3);
    assert_one_line_naming(&err, dir.path());
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "r.json",
        store::to_json(&rich_review()).as_bytes(),
    );
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading, nothing to test.
        return;
    }
    let err = store::load(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::PermissionDenied { .. }),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), 3);
    assert_one_line_naming(&err, &path);
}

#[test]
fn malformed_json_names_line_and_column_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let content = b"{\n  \"schema_version\": 1,\n  \"article\": {\n    \"path\": \"a.txt\",,\n";
    let path = write(dir.path(), "bad.json", content);
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    let err = store::load(&path).unwrap_err();
    match &err {
        StoreError::Malformed { line, column, .. } => {
            assert_eq!(*line, 4);
            assert_eq!(*column, 21, "the second comma");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);
    assert_one_line_naming(&err, &path);
    assert!(err.to_string().contains("line 4, column 21"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), content);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), before);
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "load created files: {names:?}");
}

#[test]
fn truncated_and_trailing_garbage_are_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let full = store::to_json(&rich_review());
    let cut = write(dir.path(), "cut.json", &full.as_bytes()[..full.len() / 2]);
    assert!(matches!(
        store::load(&cut).unwrap_err(),
        StoreError::Malformed { .. }
    ));
    let trailing = write(dir.path(), "t.json", format!("{full}]").as_bytes());
    let err = store::load(&trailing).unwrap_err();
    assert!(matches!(err, StoreError::Malformed { .. }), "{err:?}");
    let empty = write(dir.path(), "empty.json", b"");
    assert!(matches!(
        store::load(&empty).unwrap_err(),
        StoreError::Malformed { line: 1, .. }
    ));
}

#[test]
fn invalid_utf8_is_malformed_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = store::to_json(&rich_review()).into_bytes();
    let at = content.iter().position(|&b| b == b'K').unwrap();
    content[at] = 0xFF;
    let path = write(dir.path(), "latin.json", &content);
    let err = store::load(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::Malformed { .. }) && err.to_string().contains(&at.to_string()),
        "{err}"
    );
}

#[test]
fn json_that_is_not_a_review_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("array.json", "[1, 2, 3]"),
        (
            "object.json",
            "{\"name\": \"package\", \"version\": \"1.0\"}",
        ),
        ("string.json", "\"hello\""),
    ] {
        let path = write(dir.path(), name, content.as_bytes());
        let err = store::load(&path).unwrap_err();
        assert!(
            matches!(err, StoreError::NotAReviewFile { .. }),
            "{name}: {err:?}"
        );
        assert_eq!(err.exit_code(), exit::INVALID_INPUT);
        assert!(
            err.to_string().contains("not a factdesk review file"),
            "{err}"
        );
        assert_one_line_naming(&err, &path);
    }
}

#[test]
fn a_wrong_field_is_named_by_its_place_in_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut value = serde_json::to_value(rich_review()).unwrap();
    value["claims"][2]["verdict"] =
        serde_json::json!({"value": "maybe", "reviewer": "x", "at": "2024-05-01T10:00:00+07:00"});
    let path = write(dir.path(), "v.json", value.to_string().as_bytes());
    let err = store::load(&path).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, StoreError::NotAReviewFile { .. }), "{err:?}");
    assert!(message.contains("claims[2].verdict.value"), "{message}");
    assert!(message.contains("maybe"), "{message}");

    let mut value = serde_json::to_value(rich_review()).unwrap();
    value["claims"][0].as_object_mut().unwrap().remove("anchor");
    let path = write(dir.path(), "a.json", value.to_string().as_bytes());
    let message = store::load(&path).unwrap_err().to_string();
    assert!(
        message.contains("claims[0]") && message.contains("anchor"),
        "{message}"
    );
}

#[test]
fn unknown_schema_version_is_refused_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let mut value = serde_json::to_value(rich_review()).unwrap();
    value["schema_version"] = serde_json::json!(2);
    let same_shape = write(dir.path(), "v2.json", value.to_string().as_bytes());
    // A future version may also change the shape; the version is still named.
    value["claims"] = serde_json::json!({"by_id": {}});
    let new_shape = write(dir.path(), "v2b.json", value.to_string().as_bytes());
    for path in [same_shape, new_shape] {
        let err = store::load(&path).unwrap_err();
        match &err {
            StoreError::UnsupportedVersion {
                found, supported, ..
            } => {
                assert_eq!(found, "2");
                assert_eq!(*supported, factdesk_review::SCHEMA_VERSION);
            }
            other => panic!("expected UnsupportedVersion, got {other:?}"),
        }
        let message = err.to_string();
        assert!(
            message.contains("schema_version 2") && message.contains("schema_version 1"),
            "{message}"
        );
        assert_eq!(err.exit_code(), exit::INVALID_INPUT);
        assert_one_line_naming(&err, &path);
    }
    let mut value = serde_json::to_value(rich_review()).unwrap();
    value["schema_version"] = serde_json::json!("one");
    let text = write(dir.path(), "vs.json", value.to_string().as_bytes());
    let err = store::load(&text).unwrap_err();
    assert!(
        matches!(&err, StoreError::UnsupportedVersion { found, .. } if found == "\"one\""),
        "{err:?}"
    );
}

#[test]
fn duplicate_ids_are_refused_with_both_positions() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = rich_review();
    file.claims[4].id = file.claims[1].id.clone();
    let path = write(dir.path(), "dup.json", store::to_json(&file).as_bytes());
    let err = store::load(&path).unwrap_err();
    match &err {
        StoreError::DuplicateId {
            id, first, second, ..
        } => {
            assert_eq!(id, "c-quote");
            assert_eq!((*first, *second), (2, 5));
        }
        other => panic!("expected DuplicateId, got {other:?}"),
    }
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);
    assert_one_line_naming(&err, &path);
}

#[test]
fn a_claim_ending_before_it_starts_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = rich_review();
    file.claims[0].start = file.claims[0].end + 1;
    let path = write(dir.path(), "span.json", store::to_json(&file).as_bytes());
    let err = store::load(&path).unwrap_err();
    assert!(
        matches!(&err, StoreError::BadSpan { id, .. } if id == "c-kerry"),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), exit::INVALID_INPUT);
}

#[test]
fn hostile_ids_cannot_inject_terminal_sequences_into_messages() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = file_with(ARTICLE, vec![claim(ARTICLE, "x", store_fixtures::KERRY)]);
    let evil = "\u{1b}]52;c;aGk=\u{7}\n\u{202e}id";
    file.claims[0].id = evil.to_string();
    file.claims.push(file.claims[0].clone());
    let path = write(dir.path(), "evil.json", store::to_json(&file).as_bytes());
    let message = store::load(&path).unwrap_err().to_string();
    assert!(
        !message.contains('\u{1b}') && !message.contains('\u{7}'),
        "{message:?}"
    );
    assert!(
        !message.contains('\n') && !message.contains('\u{202e}'),
        "{message:?}"
    );
    assert!(message.contains("\\u{1b}]52;c;aGk="), "{message:?}");
}

#[test]
fn huge_notes_load() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = rich_review();
    file.claims[0].note = "Catatan panjang — ".repeat(600_000); // about 12 MB
    let path = dir.path().join("huge.json");
    store::save(&path, &file).unwrap();
    assert_eq!(store::load(&path).unwrap(), file);
}

#[test]
fn a_leading_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = b"\xEF\xBB\xBF".to_vec();
    content.extend(store::to_json(&rich_review()).into_bytes());
    let path = write(dir.path(), "bom.json", &content);
    assert_eq!(store::load(&path).unwrap(), rich_review());
}

#[test]
fn parse_reports_the_given_path() {
    let err = store::parse(Path::new("stdin"), b"{").unwrap_err();
    assert!(err.to_string().contains("stdin"), "{err}");
}
