//! # ValidatorSet
//!
//! The set of accounts that author blocks (Aura) and vote on finality (GRANDPA), managed by
//! governance at runtime.
//!
//! - [`Pallet::add_validator`] / [`Pallet::remove_validator`] take the runtime's restricted origin
//!   (Root or a 3/5 council motion) and change the *wanted* set at once. Adding a validator also
//!   *approves* it ([`ApprovedValidators`]); removing it by governance withdraws the approval
//!   (TFChain meant to, but never wrote the shortened list back).
//! - [`Pallet::add_validator_again`] lets an approved validator that is no longer in the set (for
//!   example one carried over from TFChain's state after an offline removal) put itself back,
//!   signed by its own account, without a council motion.
//! - Other pallets (validator onboarding) change the set through the plain functions
//!   [`Pallet::do_add_validator`], [`Pallet::do_remove_validator`] and
//!   [`Pallet::do_replace_validator`], with the same rules and events as the calls.
//! - The pallet is pallet-session's `SessionManager`: at each session rotation it hands the wanted
//!   set to pallet-session, which queues it; the change is live one session later (pallet-session
//!   always plans one session ahead). A validator only authors once it has set its session keys
//!   with `Session.set_keys`.
//! - The set never drops below [`Config::MinAuthorities`] and never exceeds
//!   [`Config::MaxValidators`] (the storage bound).
//!
//! Storage: [`Validators`] and [`ApprovedValidators`] (both bounded by `MaxValidators`, shown in
//! the metadata as TFChain's `Vec<AccountId>`), [`SessionPeriod`] and [`SetChanged`] (one flag).
//! Every validator in the set is approved.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub mod migrations;
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
use tfchain_support::BoundedList;

/// The validator accounts as stored: at most `MaxValidators`, `Vec<AccountId>` in the metadata.
pub type ValidatorList<T> =
	BoundedList<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	/// The in-code storage version (2: [`ApprovedValidators`] holds every validator of the set).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

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
	pub type Validators<T: Config> = StorageValue<_, ValidatorList<T>, ValueQuery>;

	/// The approved validators: every validator added by governance (or at genesis) until
	/// governance removes it. An approved validator outside the set may add itself back with
	/// [`Pallet::add_validator_again`].
	#[pallet::storage]
	pub type ApprovedValidators<T: Config> = StorageValue<_, ValidatorList<T>, ValueQuery>;

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

	/// Errors: TFChain's four first, in TFChain's order, then ours.
	#[pallet::error]
	pub enum Error<T> {
		/// Removing it would leave fewer than `MinAuthorities` validators.
		TooLowValidatorCount,
		/// The account is already a validator.
		Duplicate,
		/// The account is not an approved validator (`add_validator_again`).
		ValidatorNotApproved,
		/// `add_validator_again` was not signed by the validator itself.
		BadOrigin,
		/// The account is not a validator.
		NotAValidator,
		/// The set (or the approved list) already holds `MaxValidators` validators.
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
			for (i, v) in self.initial_validators.iter().enumerate() {
				assert!(
					!self.initial_validators.iter().skip(i + 1).any(|w| w == v),
					"genesis lists a validator twice"
				);
			}
			let set = ValidatorList::<T>::truncate_from(self.initial_validators.clone());
			Validators::<T>::put(&set);
			ApprovedValidators::<T>::put(set);
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
		/// Add `validator_id` to the set and approve it; it starts authoring once the change is
		/// enacted by pallet-session (the session after next) and it has set its session keys.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator_id: T::AccountId) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			Self::do_add_validator(validator_id)
		}

		/// Remove `validator_id` from the set and withdraw its approval, refusing to go below
		/// `MinAuthorities`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(
			origin: OriginFor<T>,
			validator_id: T::AccountId,
		) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			Self::do_remove_validator(validator_id)
		}

		/// Put an approved validator back into the set (for example after it was taken out while
		/// offline). Signed by the validator itself: any other signer gets `BadOrigin`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_validator_again())]
		pub fn add_validator_again(
			origin: OriginFor<T>,
			validator_id: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_validator_again(who, validator_id)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Adds a validator to the wanted set and approves it (if it is not approved already).
		/// Fails with `Duplicate` if it is in the set, `TooManyValidators` if the set or the
		/// approved list is full; a failure changes nothing.
		pub fn do_add_validator(who: T::AccountId) -> DispatchResult {
			let mut set = Validators::<T>::get();
			let mut approved = ApprovedValidators::<T>::get();
			ensure!(!set.contains(&who), Error::<T>::Duplicate);
			set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
			if !approved.contains(&who) {
				approved.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
			}
			Validators::<T>::put(set);
			ApprovedValidators::<T>::put(approved);
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdditionInitiated(who));
			Ok(())
		}

		/// Removes a validator from the wanted set and withdraws its approval. Fails with
		/// `NotAValidator` if it is not in the set, `TooLowValidatorCount` if the set would
		/// drop below `MinAuthorities`; a failure changes nothing.
		pub fn do_remove_validator(who: T::AccountId) -> DispatchResult {
			let mut set = Validators::<T>::get();
			let position = set.iter().position(|v| v == &who).ok_or(Error::<T>::NotAValidator)?;
			ensure!(set.len() as u32 > T::MinAuthorities::get(), Error::<T>::TooLowValidatorCount);
			set.remove(position);
			Validators::<T>::put(set);
			ApprovedValidators::<T>::mutate(|approved| approved.retain(|v| v != &who));
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemovalInitiated(who));
			Ok(())
		}

		/// Replaces validator `old` by `new` in place (the set keeps its size, so neither
		/// `MinAuthorities` nor `MaxValidators` can get in the way): `old` loses its approval,
		/// `new` is approved. Fails with `NotAValidator` if `old` is not in the set, `Duplicate`
		/// if `new` is; a failure changes nothing. Emits the removal, then the addition.
		pub fn do_replace_validator(old: T::AccountId, new: T::AccountId) -> DispatchResult {
			let mut set = Validators::<T>::get();
			ensure!(!set.contains(&new), Error::<T>::Duplicate);
			let slot = set.iter_mut().find(|v| **v == old).ok_or(Error::<T>::NotAValidator)?;
			*slot = new.clone();
			let mut approved = ApprovedValidators::<T>::get();
			approved.retain(|v| v != &old);
			if !approved.contains(&new) {
				// `old` was approved (every validator in the set is), so there is room: the
				// error only guards a corrupted list.
				approved.try_push(new.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
			}
			Validators::<T>::put(set);
			ApprovedValidators::<T>::put(approved);
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemovalInitiated(old));
			Self::deposit_event(Event::ValidatorAdditionInitiated(new));
			Ok(())
		}

		/// `add_validator_again` signed by `who`: `validator_id` must be `who` (`BadOrigin`) and
		/// approved (`ValidatorNotApproved`); then as [`Self::do_add_validator`].
		pub fn do_add_validator_again(
			who: T::AccountId,
			validator_id: T::AccountId,
		) -> DispatchResult {
			ensure!(who == validator_id, Error::<T>::BadOrigin);
			ensure!(
				ApprovedValidators::<T>::get().contains(&validator_id),
				Error::<T>::ValidatorNotApproved
			);
			Self::do_add_validator(validator_id)
		}

		/// Whether `who` is in the wanted set.
		pub fn is_validator(who: &T::AccountId) -> bool {
			Validators::<T>::get().contains(who)
		}

		/// Invariants: the set and the approved list hold no duplicates, the set at least
		/// `MinAuthorities` members, and every validator in the set is approved.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check_invariants() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Validators::<T>::get();
			let approved = ApprovedValidators::<T>::get();
			ensure!(
				set.len() as u32 >= T::MinAuthorities::get(),
				"validator set below MinAuthorities"
			);
			for (i, v) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i + 1).any(|w| w == v), "duplicate validator");
				ensure!(approved.contains(v), "validator in the set but not approved");
			}
			for (i, v) in approved.iter().enumerate() {
				ensure!(!approved.iter().skip(i + 1).any(|w| w == v), "duplicate approval");
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
