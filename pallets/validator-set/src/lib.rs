//! # ValidatorSet
//!
//! The set of accounts that author blocks (Aura) and vote on finality (GRANDPA), managed by
//! governance at runtime.
//!
//! - [`Pallet::add_validator`] / [`Pallet::remove_validator`] take the runtime's restricted origin
//!   (Root or a 3/5 council motion) and change the *wanted* set at once.
//! - The pallet is pallet-session's `SessionManager`: at each session rotation it hands the wanted
//!   set to pallet-session, which queues it; the change is live one session later (pallet-session
//!   always plans one session ahead). A validator only authors once it has set its session keys
//!   with `Session.set_keys`.
//! - The set never drops below [`Config::MinAuthorities`] and never exceeds
//!   [`Config::MaxValidators`] (the storage bound).
//!
//! Storage: [`Validators`] (bounded by `MaxValidators`) and [`SetChanged`] (one flag).

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

use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::Weight,
	traits::{EstimateNextSessionRotation, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Convert, One, Saturating, Zero},
	Permill,
};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may add or remove validators (the runtime's governance origin).
		type AddRemoveOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The set never shrinks below this many validators.
		#[pallet::constant]
		type MinAuthorities: Get<u32>;
		/// The set never grows above this many validators (the storage bound).
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The wanted validator set, handed to pallet-session at the next rotation.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Blocks per session (set at genesis: an hour on production-like chains, a few blocks on
	/// dev and local chains). Read by [`PeriodicSessions`].
	#[pallet::storage]
	pub type SessionPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Whether [`Validators`] changed since the last session rotation.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it is active from the session after next.
		ValidatorAdditionInitiated(T::AccountId),
		/// A validator was removed; it stops from the session after next.
		ValidatorRemovalInitiated(T::AccountId),
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		Duplicate,
		/// The account is not a validator.
		NotAValidator,
		/// Removing it would leave fewer than `MinAuthorities` validators.
		TooLowValidatorCount,
		/// The set already holds `MaxValidators` validators.
		TooManyValidators,
	}

	/// Session length used when a genesis config does not give one: an hour of 6 s blocks.
	pub const DEFAULT_SESSION_PERIOD: u32 = 600;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The validators at genesis (their session keys go in pallet-session's genesis).
		pub initial_validators: Vec<T::AccountId>,
		/// Blocks per session; must be at least 1.
		pub session_period: BlockNumberFor<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			Self { initial_validators: Vec::new(), session_period: DEFAULT_SESSION_PERIOD.into() }
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// An empty list is allowed (a default config); a real one must meet the minimum.
			assert!(
				self.initial_validators.is_empty()
					|| self.initial_validators.len() as u32 >= T::MinAuthorities::get(),
				"genesis has fewer validators than MinAuthorities"
			);
			assert!(
				self.initial_validators.len() as u32 <= T::MaxValidators::get(),
				"genesis has more validators than MaxValidators"
			);
			let set = BoundedVec::<T::AccountId, T::MaxValidators>::truncate_from(
				self.initial_validators.clone(),
			);
			Validators::<T>::put(set);
			assert!(!self.session_period.is_zero(), "session_period must be at least 1");
			SessionPeriod::<T>::put(self.session_period);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::check_invariants()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add `validator_id` to the set; it starts authoring once the change is enacted by
		/// pallet-session (the session after next) and it has set its session keys.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator_id: T::AccountId) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			Self::do_add_validator(validator_id)
		}

		/// Remove `validator_id` from the set, refusing to go below `MinAuthorities`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(
			origin: OriginFor<T>,
			validator_id: T::AccountId,
		) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			Self::do_remove_validator(validator_id)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Adds a validator to the wanted set.
		pub fn do_add_validator(who: T::AccountId) -> DispatchResult {
			Validators::<T>::try_mutate(|set| -> DispatchResult {
				ensure!(!set.contains(&who), Error::<T>::Duplicate);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdditionInitiated(who));
			Ok(())
		}

		/// Removes a validator from the wanted set.
		pub fn do_remove_validator(who: T::AccountId) -> DispatchResult {
			Validators::<T>::try_mutate(|set| -> DispatchResult {
				let position =
					set.iter().position(|v| v == &who).ok_or(Error::<T>::NotAValidator)?;
				ensure!(
					set.len() as u32 > T::MinAuthorities::get(),
					Error::<T>::TooLowValidatorCount
				);
				set.remove(position);
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemovalInitiated(who));
			Ok(())
		}

		/// Invariants: the set holds no duplicates and at least `MinAuthorities` members.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check_invariants() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Validators::<T>::get();
			ensure!(
				set.len() as u32 >= T::MinAuthorities::get(),
				"validator set below MinAuthorities"
			);
			for (i, v) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i + 1).any(|w| w == v), "duplicate validator");
			}
			Ok(())
		}
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(_new_index: sp_staking::SessionIndex) -> Option<Vec<T::AccountId>> {
		if SetChanged::<T>::take() {
			Some(Validators::<T>::get().into_inner())
		} else {
			None
		}
	}

	fn end_session(_end_index: sp_staking::SessionIndex) {}

	fn start_session(_start_index: sp_staking::SessionIndex) {}
}

/// Maps an account to its validator id: they are the same account here.
pub struct ValidatorOf<T>(core::marker::PhantomData<T>);

impl<T: Config> Convert<T::AccountId, Option<T::AccountId>> for ValidatorOf<T> {
	fn convert(account: T::AccountId) -> Option<T::AccountId> {
		Some(account)
	}
}

/// Session rotation every [`SessionPeriod`] blocks (a storage value, so each chain spec can pick
/// its own session length). Sessions end on multiples of the period.
pub struct PeriodicSessions<T>(core::marker::PhantomData<T>);

impl<T: Config> PeriodicSessions<T> {
	fn period() -> BlockNumberFor<T> {
		// A zero period (never set) behaves as one block, never as a division by zero.
		SessionPeriod::<T>::get().max(One::one())
	}
}

impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for PeriodicSessions<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		(now % Self::period()).is_zero()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for PeriodicSessions<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		Self::period()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let period = Self::period();
		let into_session = (now % period).saturating_add(One::one());
		let progress = Permill::from_rational(into_session, period);
		(Some(progress), T::DbWeight::get().reads(1))
	}

	fn estimate_next_session_rotation(
		now: BlockNumberFor<T>,
	) -> (Option<BlockNumberFor<T>>, Weight) {
		let period = Self::period();
		let next = now.saturating_sub(now % period).saturating_add(period);
		(Some(next), T::DbWeight::get().reads(1))
	}
}
