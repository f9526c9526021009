//! The seam to the grid registry: farm owners and node capacity, and the voting weight of a
//! node.

use tfchain_support::types::Resources;

/// Read access to the grid registry for voting. Implemented by the runtime with the grid
/// registry (TfgridModule).
pub trait FarmVoting<AccountId> {
	/// The account that owns the farm (the account of the farm's twin), `None` when the farm
	/// (or its twin) does not exist.
	fn farm_owner(farm_id: u32) -> Option<AccountId>;

	/// Calls `visit` with the registered resources of each node of the farm, and returns how
	/// many nodes it visited (0 for a farm without nodes or an unknown farm).
	fn for_each_node_resources(farm_id: u32, visit: &mut dyn FnMut(&Resources)) -> u32;
}

/// No farms at all.
impl<AccountId> FarmVoting<AccountId> for () {
	fn farm_owner(_farm_id: u32) -> Option<AccountId> {
		None
	}

	fn for_each_node_resources(_farm_id: u32, _visit: &mut dyn FnMut(&Resources)) -> u32 {
		0
	}
}

/// The voting weight of one node: `2·CU + SU` in whole units (each rounded up, as the grid
/// counts units against limits), saturating.
pub fn node_weight(resources: &Resources) -> u64 {
	resources.cu().saturating_mul(2).saturating_add(resources.su())
}

/// What a runtime provides so the benchmarks can vote.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers a farm owned by `owner` with `nodes` nodes, each with some capacity (so the farm
	/// can vote), and returns the farm's id. [`FarmVoting`] must then report `owner` as the
	/// farm's owner and visit `nodes` nodes.
	fn farm_with_nodes(owner: &AccountId, nodes: u32) -> u32;
}
