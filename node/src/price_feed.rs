//! The node's side of TFT price feeding. The feeding itself is the runtime's offchain worker
//! (`pallet_tft_price::offchain`); the node hands it the operator's `--tft-price-source` URLs
//! through the offchain database and shows what it fed as a Prometheus gauge.

use codec::{Decode, Encode};
use futures::StreamExt;
use pallet_tft_price::offchain::{LastSubmission, LAST_SUBMITTED_KEY, SOURCES_KEY};
use sc_client_api::{Backend, BlockchainEvents};
use sp_core::offchain::{OffchainStorage, STORAGE_PREFIX};
use std::sync::Arc;
use substrate_prometheus_endpoint::{register, Gauge, PrometheusError, Registry, U64};

/// Writes the price sources where the offchain worker reads them. Always written, also when
/// empty, so that a source dropped from the command line is not used after a restart (empty
/// means the worker's default, Horizon's public endpoint).
pub fn store_sources<B: Backend<tfchain_runtime::opaque::Block>>(backend: &B, sources: &[String]) {
	let Some(mut storage) = backend.offchain_storage() else {
		log::warn!(target: "tft-price", "No offchain database: the price sources are not stored");
		return;
	};
	let encoded: Vec<Vec<u8>> = sources.iter().map(|url| url.as_bytes().to_vec()).collect();
	storage.set(STORAGE_PREFIX, SOURCES_KEY, &encoded.encode());
	if sources.is_empty() {
		log::info!(target: "tft-price", "TFT price source: Horizon's public endpoint (default)");
	} else {
		for url in sources {
			log::info!(target: "tft-price", "TFT price source: {url}");
		}
	}
}

/// Registers the gauge `tft_price_last_submitted_musd` and keeps it at the last price this
/// node's offchain worker submitted, checked after every imported block.
pub fn spawn_last_price_gauge<B, C>(
	spawner: &sc_service::SpawnTaskHandle,
	client: Arc<C>,
	backend: &B,
	registry: &Registry,
) -> Result<(), PrometheusError>
where
	B: Backend<tfchain_runtime::opaque::Block>,
	B::OffchainStorage: 'static,
	C: BlockchainEvents<tfchain_runtime::opaque::Block> + Send + Sync + 'static,
{
	let Some(storage) = backend.offchain_storage() else { return Ok(()) };
	let gauge = register(
		Gauge::<U64>::new(
			"tft_price_last_submitted_musd",
			"The last TFT price (mUSD per TFT) this node's offchain worker submitted",
		)?,
		registry,
	)?;
	let mut imported = client.import_notification_stream();
	spawner.spawn("tft-price-gauge", Some("offchain-worker"), async move {
		while imported.next().await.is_some() {
			let last = storage
				.get(STORAGE_PREFIX, LAST_SUBMITTED_KEY)
				.and_then(|bytes| LastSubmission::decode(&mut &bytes[..]).ok());
			if let Some(last) = last {
				gauge.set(u64::from(last.price));
			}
		}
	});
	Ok(())
}
