//! `tfchain`: the tfgrid-chain node binary.

// The node returns polkadot-sdk's own error types (`sc_cli::Error`, `sc_service::Error`), which
// are large; they travel once, at startup or exit, so boxing them would buy nothing.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod price_feed;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
