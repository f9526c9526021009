//! Consistency checks run by `try_state` (try-runtime) and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::{types::ValidatorRequestState, *},
	alloc::vec::Vec,
	frame_support::ensure,
	sp_runtime::TryRuntimeError,
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks that every `Validating` request's node account is in the validator set (as far as
	/// [`Config::ValidatorSet`] tells) and that no two of them share a node account, and that no
	/// stash is bonded to itself.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut nodes: Vec<T::AccountId> = Vec::new();
		for (_, request) in Validator::<T>::iter() {
			if request.state != ValidatorRequestState::Validating {
				continue;
			}
			let node = request.validator_node_account;
			ensure!(
				T::ValidatorSet::is_validator(&node),
				"a validating request's node account is not in the validator set"
			);
			ensure!(!nodes.contains(&node), "two validating requests share a node account");
			nodes.push(node);
		}
		for (stash, validator) in Bonded::<T>::iter() {
			ensure!(stash != validator, "a stash is bonded to itself");
		}
		Ok(())
	}
}
