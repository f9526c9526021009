//! What the pallet needs from the rest of the runtime: the council's membership and the
//! consensus validator set. The runtime implements both (with `pallet-membership`'s council
//! instance and `pallet-validator-set`'s plain functions); the tests use simple lists.

use frame_support::dispatch::DispatchResult;

/// The council's members, as this pallet reads and changes them.
pub trait CouncilMembership<AccountId> {
	/// Whether `who` is a council member.
	fn is_member(who: &AccountId) -> bool;
	/// Adds `who` to the council; fails (changing nothing) if it is a member already or the
	/// council is full.
	fn add_member(who: &AccountId) -> DispatchResult;
	/// Removes `who` from the council; fails (changing nothing) if it is not a member.
	fn remove_member(who: &AccountId) -> DispatchResult;
	/// Benchmarks only: fills the council to one below its maximum (the worst case of a later
	/// addition or removal).
	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {}
}

/// The consensus validator set, as this pallet reads and changes it.
pub trait ValidatorSetChanges<AccountId> {
	/// Whether `who` is in the set.
	fn is_validator(who: &AccountId) -> bool;
	/// Adds `who` to the set; fails (changing nothing) if it is in it or the set is full.
	fn add_validator(who: &AccountId) -> DispatchResult;
	/// Removes `who` from the set; fails (changing nothing) if it is not in it or the set is at
	/// its minimum.
	fn remove_validator(who: &AccountId) -> DispatchResult;
	/// Replaces `old` by `new` in place (the set keeps its size); fails (changing nothing) if
	/// `old` is not in the set or `new` is.
	fn replace_validator(old: &AccountId, new: &AccountId) -> DispatchResult;
	/// Benchmarks only: fills the set to one below its maximum (the worst case of a later
	/// addition, removal or replacement).
	#[cfg(feature = "runtime-benchmarks")]
	fn fill_for_benchmark() {}
}
