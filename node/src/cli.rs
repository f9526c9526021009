//! Command-line interface: the standard Substrate node flags plus the subcommands operators use.

/// `tfchain [SUBCOMMAND] [FLAGS]`.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// An optional subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The node's flags (`--dev`, `--chain`, `--validator`, `--base-path`, ports, …).
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// A market the validator's offchain worker reads the TFT price from (repeatable): a URL
	/// that answers as Stellar Horizon's `GET /paths/strict-receive` does. Without it the
	/// worker asks Horizon's public endpoint for TFT/USDC (README, "Price sources").
	#[arg(long = "tft-price-source", value_name = "URL", value_parser = parse_price_source)]
	pub tft_price_sources: Vec<String>,
}

/// Accepts an `http://` or `https://` URL of at most 2,048 bytes.
fn parse_price_source(url: &str) -> Result<String, String> {
	const MAX_URL_LEN: usize = 2048;
	if !(url.starts_with("http://") || url.starts_with("https://")) {
		return Err(format!("{url}: a price source must be an http:// or https:// URL"));
	}
	if url.len() > MAX_URL_LEN {
		return Err(format!("a price source URL must not exceed {MAX_URL_LEN} bytes"));
	}
	Ok(url.to_owned())
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management (generate, inspect, insert, generate-node-key, …).
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (deprecated upstream in favour of export-chain-spec).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of `--chain` as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks to a file.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks from a file, executing each one.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata: best, finalized and genesis blocks.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Runtime and node benchmarks (built with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
