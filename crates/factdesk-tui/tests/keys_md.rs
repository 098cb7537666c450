//! KEYS.md must list every binding of the keymap table, exactly as the
//! program has them, and its config example must load.
//! `FACTDESK_UPDATE_KEYS=1 cargo test -p factdesk-tui --test keys_md`
//! rewrites the table from the code.

use factdesk_tui::Config;
use factdesk_tui::keymap::{DEFAULT_BINDINGS, Keymap, markdown_table};

const START: &str = "<!-- keys:start (generated from keymap.rs by tests/keys_md.rs) -->\n";
const END: &str = "<!-- keys:end -->";

fn keys_md_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("KEYS.md")
}

#[test]
fn keys_md_lists_every_action_of_the_keymap_table() {
    let path = keys_md_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let table = markdown_table(&Keymap::default());
    let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
        panic!("KEYS.md lacks the generated-table markers");
    };
    let current = &text[start + START.len()..end];
    if current != table && std::env::var_os("FACTDESK_UPDATE_KEYS").is_some() {
        let updated = format!("{}{START}{table}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        current, table,
        "KEYS.md is out of date: run with FACTDESK_UPDATE_KEYS=1"
    );
    for binding in DEFAULT_BINDINGS {
        let name = binding.action.name().unwrap();
        assert!(
            current.contains(&format!("`{name}`")),
            "{name} missing from KEYS.md"
        );
    }
}

#[test]
fn keys_md_config_example_loads() {
    let text = std::fs::read_to_string(keys_md_path()).unwrap();
    let start = text.find("```toml\n").expect("a toml example") + "```toml\n".len();
    let end = start + text[start..].find("```").unwrap();
    let config = Config::parse(&text[start..end], std::path::Path::new("KEYS.md")).unwrap();
    assert!(!config.auto_advance);
}
