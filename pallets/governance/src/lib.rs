//! # Governance: council motions that act as Root
//!
//! The chain has no sudo key. A few calls only Root may make: `System.set_code` (runtime
//! upgrades), `System.set_storage`, `System.kill_storage` and other system parameters.
//! [`Pallet::dispatch_as_root`] lets the chain's governance origin (in the runtime: Root or a
//! council motion approved by at least 3/5 of the members, `EnsureRootOrCouncilApproval`) make
//! such a call: the council proposes `Governance.dispatch_as_root(call)` as a motion, and when
//! the motion passes, `call` runs with the Root origin.
//!
//! The outer call succeeds whenever the origin is approved; whether the inner call succeeded is
//! reported in [`Event::DispatchedAsRoot`] (as pallet-collective reports `Executed`), so a
//! failed inner call is visible on chain. The weight charged is this pallet's measured overhead
//! plus the inner call's declared weight.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod weights;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::WeightInfo;
	use alloc::boxed::Box;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::UnfilteredDispatchable,
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The runtime's call type: what a motion may dispatch as Root.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo;
		/// Who may dispatch as Root (in the runtime: Root or a 3/5 council motion).
		type ApproveOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An approved call was dispatched with the Root origin; `result` is its outcome.
		DispatchedAsRoot { result: DispatchResult },
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispatches `call` with the Root origin. Origin: [`Config::ApproveOrigin`].
		#[pallet::call_index(0)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::ApproveOrigin::ensure_origin(origin)?;
			let outcome = Self::do_dispatch_as_root(*call);
			let actual =
				outcome.actual_weight.map(|w| w.saturating_add(T::WeightInfo::dispatch_as_root()));
			Ok(PostDispatchInfo { actual_weight: actual, pays_fee: Pays::Yes })
		}
	}

	impl<T: Config> Pallet<T> {
		/// Runs `call` as Root, records its outcome in an event and returns its post-dispatch
		/// information (the weight it really used).
		pub fn do_dispatch_as_root(call: <T as Config>::RuntimeCall) -> PostDispatchInfo {
			let outcome = call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into());
			let info = match outcome {
				Ok(info) => info,
				Err(error) => error.post_info,
			};
			Self::deposit_event(Event::DispatchedAsRoot {
				result: outcome.map(|_| ()).map_err(|e| e.error),
			});
			info
		}
	}
}
