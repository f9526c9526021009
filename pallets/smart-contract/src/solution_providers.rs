//! Solution providers: accounts that take a share of the foundation's part of the payouts of
//! the contracts created through their solution, once governance approved them.

use crate::*;
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};

impl<T: Config> Pallet<T> {
	/// Registers a solution provider (not approved yet): 1–10 providers whose takes add up to
	/// at most [`MAX_TOTAL_TAKE`] (40 %, the foundation's share they are paid from; TFChain
	/// accepted 50 %, more than that share), a description of at most 512 bytes and a link of at most 256.
	pub fn do_create_solution_provider(
		description: impl Into<Vec<u8>>,
		link: impl Into<Vec<u8>>,
		providers: Vec<Provider<T::AccountId>>,
	) -> DispatchResult {
		let total = providers.iter().fold(0u32, |sum, p| sum.saturating_add(p.take.into()));
		ensure!(
			!providers.is_empty() && total <= MAX_TOTAL_TAKE,
			Error::<T>::InvalidProviderConfiguration
		);
		let providers: Providers<T::AccountId> =
			Providers::try_from(providers).map_err(|_| Error::<T>::TooManyProviders)?;
		let description: Description = Description::try_from(description.into())
			.map_err(|_| Error::<T>::SolutionProviderDescriptionTooLong)?;
		let link: Link =
			Link::try_from(link.into()).map_err(|_| Error::<T>::SolutionProviderLinkTooLong)?;
		let id = SolutionProviderID::<T>::get().checked_add(1).ok_or(Error::<T>::NumOverflow)?;
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
