//! # Validator: onboarding of council validators
//!
//! An outside party becomes a ThreeFold validator in two roles at once: a **council member**
//! (the account that signs the request, which then votes on council motions) and a **consensus
//! validator** (its *node account*, which authors blocks with Aura and votes on finality with
//! GRANDPA). Names of calls, arguments, storage items, types, events and errors follow TFChain's
//! `pallet-validator` (grid API spec, section "Validator (index 50)"), and so do the error and
//! event order.
//!
//! ## Flow
//!
//! 1. **Bond (optional, any time).** A stash account calls [`Pallet::bond`]`(validator)` to show
//!    it is under the validator's control ([`Bonded`]: stash → validator account). A stash bonds
//!    once (`AlreadyBonded`) and not to itself (`CannotBondWithSameAccount`); it may undo the
//!    bond with [`Pallet::unbond`] (`StashNotBonded` if there is none).
//! 2. **Request.** Any account calls [`Pallet::create_validator_request`]`(validator_node_account,
//!    stash_account, description, tf_connect_id, info)`: one request per account
//!    (`DuplicateValidator`), kept in [`Validator`] in state `Created`. The byte fields are bounded
//!    ([`types::MAX_DESCRIPTION_LENGTH`], [`types::MAX_TF_CONNECT_ID_LENGTH`],
//!    [`types::MAX_INFO_LENGTH`]; `DescriptionTooLong`, `TfConnectIdTooLong`, `InfoTooLong`).
//! 3. **Approve.** [`Config::CouncilOrigin`] (Root or a 3/5 council motion in the runtime) calls
//!    [`Pallet::approve_validator`]`(validator_account)`: the account joins the council
//!    ([`Config::CouncilMembership`]) and the request becomes `Approved`. Only a `Created` request
//!    is approved (`ValidatorApprovedAlready`, `ValidatorValidatingAlready`).
//! 4. **Activate.** The requesting account calls [`Pallet::activate_validator_node`] once its node
//!    is synced and its session keys are set: the node account joins the validator set
//!    ([`Config::ValidatorSet`]) and the request becomes `Validating` (`ValidatorNotApproved`
//!    before approval, `ValidatorValidatingAlready` after activation). As for any validator, the
//!    node authors from the session after next.
//! 5. **Change the node account.** [`Pallet::change_validator_node_account`] records a new node
//!    account; while validating, the new account takes the old one's place in the set, in place,
//!    so neither the set's minimum nor its maximum gets in the way (`NodeValidatorRemoved`,
//!    `NodeValidatorChanged`).
//! 6. **Remove.** [`Config::CouncilOrigin`], or the validator account itself, calls
//!    [`Pallet::remove_validator`]`(validator_account)`: the node account leaves the set (if the
//!    request is validating), the account leaves the council (if it was approved) and the
//!    request is deleted (`ValidatorRemoved`). Any other signer gets `BadOrigin`.
//!
//! ## Better than TFChain
//!
//! Approval takes the council's origin, not any single council member's signature; a removal
//! also takes the node account out of the validator set and emits `ValidatorRemoved` (TFChain
//! left the node validating and emitted nothing); the byte fields are bounded with named
//! errors; approving twice or approving a validating request is refused instead of demoting it;
//! changing the node account of a validating request is one in-place replacement, checked before
//! anything is written; a stash can undo a bond.
//!
//! ## Invariants
//!
//! Checked by `try_state` (and after every unit test): every `Validating` request's node
//! account is in the validator set and no two of them share a node account; no stash is bonded
//! to itself. The first holds as long as the set's validators that were onboarded here leave it
//! through [`Pallet::remove_validator`] (a direct `ValidatorSet.remove_validator` by governance
//! bypasses this pallet).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod traits;
pub mod types;
pub mod weights;
pub use traits::{CouncilMembership, ValidatorSetChanges};
pub use weights::WeightInfo;

mod bonding;
mod invariants;
mod onboarding;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// An account as a call argument: whatever the runtime's `Lookup` takes (an address).
pub type AccountIdLookupOf<T> =
	<<T as frame_system::Config>::Lookup as sp_runtime::traits::StaticLookup>::Source;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::StaticLookup;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who approves requests and removes validators (Root or a 3/5 council motion in the
		/// runtime).
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The council's membership, which approved validators join.
		type CouncilMembership: CouncilMembership<Self::AccountId>;
		/// The consensus validator set, which activated node accounts join.
		type ValidatorSet: ValidatorSetChanges<Self::AccountId>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Validator requests, by requesting (council) account.
	#[pallet::storage]
	pub type Validator<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, types::Validator<T::AccountId>, OptionQuery>;

	/// Bonds: stash account → the validator account it is bonded to.
	#[pallet::storage]
	pub type Bonded<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId, OptionQuery>;

	/// Events: TFChain's seven first, in TFChain's order, then ours.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A stash bonded itself to a validator account: `(stash)`.
		Bonded(T::AccountId),
		/// A request was created: `(requesting account, request)`.
		ValidatorRequestCreated(T::AccountId, types::Validator<T::AccountId>),
		/// A request was approved; its account joined the council.
		ValidatorRequestApproved(types::Validator<T::AccountId>),
		/// A request's node account joined the validator set.
		ValidatorActivated(types::Validator<T::AccountId>),
		/// A request was removed (with its node account and council seat).
		ValidatorRemoved(types::Validator<T::AccountId>),
		/// A validating request's new node account joined the validator set.
		NodeValidatorChanged(T::AccountId),
		/// A validating request's node account left the validator set.
		NodeValidatorRemoved(T::AccountId),
		/// A stash undid its bond: `(stash)`.
		Unbonded(T::AccountId),
	}

	/// Errors: TFChain's twelve first, in TFChain's order, then ours.
	#[pallet::error]
	pub enum Error<T> {
		/// `remove_validator` signed by an account other than the validator.
		BadOrigin,
		/// Not raised: TFChain's approval by a single council member (here approval takes the
		/// council's origin).
		NotCouncilMember,
		/// The stash is bonded already.
		AlreadyBonded,
		/// The stash is not bonded (`unbond`).
		StashNotBonded,
		/// Not raised: kept for TFChain's error order.
		StashBondedWithWrongValidator,
		/// A stash cannot bond to itself.
		CannotBondWithSameAccount,
		/// The account has a request already.
		DuplicateValidator,
		/// The account has no request.
		ValidatorNotFound,
		/// The request is not approved yet.
		ValidatorNotApproved,
		/// Not raised: kept for TFChain's error order (only the requesting account can activate,
		/// any other has no request: `ValidatorNotFound`).
		UnauthorizedToActivateValidator,
		/// The request's node account is validating already.
		ValidatorValidatingAlready,
		/// Not raised: kept for TFChain's error order.
		ValidatorNotValidating,
		/// `description` is longer than `MAX_DESCRIPTION_LENGTH` bytes.
		DescriptionTooLong,
		/// `tf_connect_id` is longer than `MAX_TF_CONNECT_ID_LENGTH` bytes.
		TfConnectIdTooLong,
		/// `info` is longer than `MAX_INFO_LENGTH` bytes.
		InfoTooLong,
		/// The request is approved already.
		ValidatorApprovedAlready,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Ask to become a validator. The signer is the validator account (it joins the council
		/// on approval); `validator_node_account` is the account that will author blocks,
		/// `stash_account` the validator's bank account; `description` says why, `tf_connect_id`
		/// who, `info` where to learn more. One request per account.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_validator_request())]
		pub fn create_validator_request(
			origin: OriginFor<T>,
			validator_node_account: T::AccountId,
			stash_account: T::AccountId,
			description: Vec<u8>,
			tf_connect_id: Vec<u8>,
			info: Vec<u8>,
		) -> DispatchResult {
			let address = ensure_signed(origin)?;
			Self::do_create_validator_request(
				address,
				validator_node_account,
				stash_account,
				description,
				tf_connect_id,
				info,
			)
		}

		/// Put the approved request's node account into the validator set. Signed by the
		/// requesting account once its node is synced and its session keys are set.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::activate_validator_node())]
		pub fn activate_validator_node(origin: OriginFor<T>) -> DispatchResult {
			let address = ensure_signed(origin)?;
			Self::do_activate_validator_node(address)
		}

		/// Record a new node account for the signer's request; while validating, the new account
		/// replaces the old one in the validator set.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::change_validator_node_account())]
		pub fn change_validator_node_account(
			origin: OriginFor<T>,
			new_node_validator_account: T::AccountId,
		) -> DispatchResult {
			let address = ensure_signed(origin)?;
			Self::do_change_validator_node_account(address, new_node_validator_account)
		}

		/// Bond the signing stash account to `validator`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, validator: AccountIdLookupOf<T>) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			let validator = T::Lookup::lookup(validator)?;
			Self::do_bond(stash, validator)
		}

		/// Approve `validator_account`'s request: the account joins the council and may activate
		/// its node. Council origin.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::approve_validator())]
		pub fn approve_validator(
			origin: OriginFor<T>,
			validator_account: AccountIdLookupOf<T>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			let validator_account = T::Lookup::lookup(validator_account)?;
			Self::do_approve_validator(validator_account)
		}

		/// Remove `validator_account`'s request, its node account from the validator set and the
		/// account from the council. Council origin, or signed by the validator account itself.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(
			origin: OriginFor<T>,
			validator_account: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let validator_account = T::Lookup::lookup(validator_account)?;
			if let Err(origin) = T::CouncilOrigin::try_origin(origin) {
				let who = ensure_signed(origin)?;
				ensure!(who == validator_account, Error::<T>::BadOrigin);
			}
			Self::do_remove_validator(validator_account)
		}

		/// Undo the signing stash account's bond.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>) -> DispatchResult {
			let stash = ensure_signed(origin)?;
			Self::do_unbond(stash)
		}
	}
}
