//! `TfgridApi`: the registry's read API for tools.
//!
//! Call it with `state_call("TfgridApi_<method>", SCALE(arguments))`; the answer is the SCALE
//! encoding of the return type. Each method is one or two storage reads.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_tfgrid::types::{Farm, Node};

sp_api::decl_runtime_apis! {
	/// Registry look-ups by the keys tools hold: an account, a farm name, a farm, a twin.
	pub trait TfgridApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The twin id of an account, if it has a twin.
		fn twin_id_by_account(account: AccountId) -> Option<u32>;
		/// The farm with this name.
		fn farm_by_name(name: Vec<u8>) -> Option<Farm>;
		/// The node ids of a farm (empty for an unknown farm).
		fn nodes_of_farm(farm_id: u32) -> Vec<u32>;
		/// The node registered by a twin.
		fn node_by_twin_id(twin_id: u32) -> Option<Node>;
	}
}
