//! The `factdesk` binary: parses arguments and hands them to the library.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = factdesk::cli::Cli::parse();
    match factdesk::run(cli) {
        Ok(code) => code.into(),
        Err(error) => {
            let code = factdesk::exit::code_for(&error);
            // stderr may be a terminal that is already gone: a failed write
            // must not turn a clean exit code into a panic.
            let _ = writeln!(
                std::io::stderr(),
                "factdesk: {}",
                factdesk::exit::describe(&error)
            );
            code.into()
        }
    }
}
