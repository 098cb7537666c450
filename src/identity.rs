//! Who is reviewing: recorded with every verdict.

use std::process::Command;

/// The reviewer's name: `--reviewer`, else `FACTDESK_REVIEWER`, else git's
/// `user.name`, else `$USER`, else "anonymous". Blank values are skipped.
pub fn reviewer(flag: Option<&str>) -> String {
    let from_env = |name: &str| std::env::var(name).ok();
    [
        flag.map(str::to_string),
        from_env("FACTDESK_REVIEWER"),
        git_user_name(),
        from_env("USER"),
        from_env("USERNAME"),
    ]
    .into_iter()
    .flatten()
    .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
    .find(|name| !name.is_empty())
    .unwrap_or_else(|| "anonymous".to_string())
}

fn git_user_name() -> Option<String> {
    let output = Command::new("git")
        .args(["config", "--get", "user.name"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_and_is_tidied() {
        assert_eq!(reviewer(Some("  Ana \n Putri ")), "Ana Putri");
    }

    #[test]
    fn blank_flag_falls_through_to_something() {
        assert!(!reviewer(Some("   ")).is_empty());
    }
}
