//! The `factdesk` binary: parses arguments and hands them to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = factdesk::cli::Cli::parse();
    match factdesk::run(cli) {
        Ok(code) => code.into(),
        Err(error) => {
            let code = factdesk::exit::code_for(&error);
            eprintln!("factdesk: {}", factdesk::exit::describe(&error));
            code.into()
        }
    }
}
