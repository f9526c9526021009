//! Free reports of nodes, one per kind and window.
//!
//! `add_nru_reports` and `report_contract_resources` are routine work of the node software
//! (ZOS), so a successful one pays no fee. Free has a rate: a node's report is free only when
//! its previous free report of the same kind is at least the kind's window old
//! ([`LastFreeCall`] keeps the block); a successful report inside the window pays the normal
//! fee of its declared weight. A report that is about no live contract of the caller's node
//! pays too (there is no node to count it against), and a failing call pays in any case.
//!
//! Each window sits below the rate at which ZOS really reports, so its normal rhythm stays free
//! while a burst pays (docs/decisions.md, "Free node calls have a rate"):
//!
//! - network usage: ZOS reports once an hour (`every = 60 * 60` in
//!   `cmds/modules/provisiond/reporter.go` of threefoldtech/zos);
//!   [`Config::FreeNruReportWindow`] is 30 minutes in the runtime. Reports queued while the
//!   chain was unreachable are sent back to back: the first is free, the others pay.
//! - used resources: ZOS reports all its deployments in one call at boot, then one call per
//!   deployment created or updated (`CapacitySetter` in `cmds/modules/provisiond/cap.go`);
//!   [`Config::FreeResourceReportWindow`] is 1 minute, so a node pays only for a second
//!   deployment change within the same minute.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{dispatch::Pays, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// The kinds of free node reports, each with its own window.
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
	/// `add_nru_reports`.
	NruReports,
	/// `report_contract_resources`.
	ResourceReports,
}

impl FreeCallKind {
	/// Every kind (what a deleted node leaves in [`LastFreeCall`]).
	pub const ALL: [FreeCallKind; 2] = [FreeCallKind::NruReports, FreeCallKind::ResourceReports];

	/// The kind's window, in blocks.
	pub fn window<T: Config>(self) -> BlockNumberFor<T> {
		match self {
			FreeCallKind::NruReports => T::FreeNruReportWindow::get(),
			FreeCallKind::ResourceReports => T::FreeResourceReportWindow::get(),
		}
	}
}

pub use tfchain_support::free_calls::is_free;

impl<T: Config> Pallet<T> {
	/// The fee of a successful report of `kind` whose reporting node is `node` (`None`: it was
	/// about no live contract of the caller's node, and pays). `Pays::No`, recorded in
	/// [`LastFreeCall`], when the node's previous free report of that kind is at least the
	/// window old (or there was none); `Pays::Yes` otherwise. One read, and one write when free.
	pub fn free_report_fee(node: Option<u32>, kind: FreeCallKind) -> Pays {
		let Some(node_id) = node else { return Pays::Yes };
		let now = frame_system::Pallet::<T>::block_number();
		if is_free(LastFreeCall::<T>::get(node_id, kind), now, kind.window::<T>()) {
			LastFreeCall::<T>::insert(node_id, kind, now);
			Pays::No
		} else {
			Pays::Yes
		}
	}

	/// Forgets a deleted node's free reports (one write per kind).
	pub(crate) fn forget_free_reports(node_id: u32) {
		for kind in FreeCallKind::ALL {
			LastFreeCall::<T>::remove(node_id, kind);
		}
	}

	/// Weight of [`Self::forget_free_reports`].
	pub(crate) fn forget_free_reports_weight() -> Weight {
		T::DbWeight::get().writes(FreeCallKind::ALL.len() as u64)
	}
}
