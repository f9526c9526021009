//! Solution providers: accounts that take a share of the foundation's part of the payouts of
//! the contracts created through their solution, once governance approved them.

use crate::*;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// Registers a solution provider (not approved yet). The takes may add up to 50 %.
	pub fn do_create_solution_provider(
		description: Description,
		link: Link,
		providers: Providers<T::AccountId>,
	) -> DispatchResult {
		let total: u32 = providers.iter().map(|p| u32::from(p.take)).sum();
		ensure!(
			!providers.is_empty() && total <= MAX_TOTAL_TAKE,
			Error::<T>::InvalidProviderConfiguration
		);
		let id = SolutionProviderID::<T>::get().checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let provider = SolutionProviderOf::<T> {
			solution_provider_id: id,
			providers,
			description,
			link,
			approved: false,
		};
		SolutionProviderID::<T>::put(id);
		SolutionProviders::<T>::insert(id, &provider);
		Self::deposit_event(Event::SolutionProviderCreated(provider));
		Ok(())
	}

	/// Approves or unapproves a solution provider.
	pub fn do_approve_solution_provider(
		solution_provider_id: u64,
		approve: bool,
	) -> DispatchResult {
		SolutionProviders::<T>::try_mutate(solution_provider_id, |maybe| {
			let provider = maybe.as_mut().ok_or(Error::<T>::NoSuchSolutionProvider)?;
			provider.approved = approve;
			Ok::<(), Error<T>>(())
		})?;
		Self::deposit_event(Event::SolutionProviderApproved(solution_provider_id, approve));
		Ok(())
	}
}
