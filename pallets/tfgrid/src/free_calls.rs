//! Free calls of nodes, one per kind and window.
//!
//! `update_node`, `report_uptime` / `report_uptime_v2` and `change_power_state` are routine
//! work of the node software (ZOS), so a successful one pays no fee. Free has a rate: a node's
//! call is free only when its previous free call of the same kind is at least the kind's window
//! old ([`LastFreeCall`] keeps the block); a successful call inside the window pays the normal
//! fee of its declared weight. A failing call pays in any case.
//!
//! Each window sits below the interval at which ZOS really makes the call, so its normal rhythm
//! stays free while a burst pays (docs/decisions.md, "Free node calls have a rate"):
//!
//! - uptime: ZOS reports every 40 minutes (`reportUptimeEvery = 40 * time.Minute`,
//!   `pkg/power/uptime.go` in threefoldtech/zos); [`Config::FreeUptimeWindow`] is 20 minutes
//!   in the runtime. `report_uptime` and `report_uptime_v2` are one kind.
//! - `update_node`: once per boot when the node's data differs from the chain's, and again
//!   when the node's ZOS address changes (`registerNode` in `pkg/registrar/register.go`,
//!   `register` in `pkg/registrar/registrar.go`); [`Config::FreeUpdateNodeWindow`] is 10
//!   minutes.
//! - `change_power_state`: `Down` when the farmer's target goes down, `Up` after the node
//!   woke up and booted (`event` and `syncSelf` in `pkg/power/power.go`). The farmerbot
//!   decides every 5 minutes and does not power a node off within 30 minutes of its last change
//!   (`timeoutUpdate`, `periodicWakeUpDuration` in `farmerbot/internal/constants.go` of
//!   threefoldtech/tfgrid-sdk-go); [`Config::FreePowerStateWindow`] is 3 minutes.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{dispatch::Pays, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// The kinds of free node calls, each with its own window.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum FreeCallKind {
	/// `update_node`.
	UpdateNode,
	/// `report_uptime` and `report_uptime_v2`.
	Uptime,
	/// `change_power_state`.
	PowerState,
}

impl FreeCallKind {
	/// Every kind (what a deleted node leaves in [`LastFreeCall`]).
	pub const ALL: [FreeCallKind; 3] =
		[FreeCallKind::UpdateNode, FreeCallKind::Uptime, FreeCallKind::PowerState];

	/// The kind's window, in blocks.
	pub fn window<T: Config>(self) -> BlockNumberFor<T> {
		match self {
			FreeCallKind::UpdateNode => T::FreeUpdateNodeWindow::get(),
			FreeCallKind::Uptime => T::FreeUptimeWindow::get(),
			FreeCallKind::PowerState => T::FreePowerStateWindow::get(),
		}
	}
}

pub use tfchain_support::free_calls::is_free;

impl<T: Config> Pallet<T> {
	/// The fee of a node's successful call of `kind` in this block: `Pays::No`, recorded in
	/// [`LastFreeCall`], when the node's previous free call of that kind is at least the window
	/// old (or there was none); `Pays::Yes` otherwise. One read, and one write when free.
	pub fn free_call_fee(node_id: u32, kind: FreeCallKind) -> Pays {
		let now = frame_system::Pallet::<T>::block_number();
		if is_free(LastFreeCall::<T>::get(node_id, kind), now, kind.window::<T>()) {
			LastFreeCall::<T>::insert(node_id, kind, now);
			Pays::No
		} else {
			Pays::Yes
		}
	}

	/// Forgets a deleted node's free calls (one write per kind).
	pub(crate) fn forget_free_calls(node_id: u32) {
		for kind in FreeCallKind::ALL {
			LastFreeCall::<T>::remove(node_id, kind);
		}
	}

	/// Weight of [`Self::forget_free_calls`].
	pub fn forget_free_calls_weight() -> Weight {
		T::DbWeight::get().writes(FreeCallKind::ALL.len() as u64)
	}
}
