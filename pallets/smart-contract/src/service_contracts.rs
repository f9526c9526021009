//! Service contracts (billing spec §7): `Created → AgreementReady` (metadata set and base fee
//! not 0) `→ ApprovedByBoth`, then billed by the service, paid directly by the consumer.

use crate::{contracts::LOG_TARGET, *};
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::Mutate, tokens::Preservation},
};
use sp_runtime::SaturatedConversion;
use tfchain_support::traits::{Tfgrid, TftPriceForBilling};

/// Longest window one service bill covers (seconds).
pub const MAX_SERVICE_BILL_WINDOW: u64 = 3600;

impl<T: Config> Pallet<T> {
	/// The caller's twin and a service contract (TFChain's order: twin, then contract).
	fn twin_and_service_contract(
		who: &T::AccountId,
		id: u64,
	) -> Result<(u32, ServiceContract), Error<T>> {
		let twin_id = Self::twin_of(who)?;
		let contract =
			ServiceContracts::<T>::get(id).ok_or(Error::<T>::ServiceContractNotExists)?;
		Ok((twin_id, contract))
	}

	/// Whether `twin_id` is a party of `contract`.
	fn is_party(twin_id: u32, contract: &ServiceContract) -> bool {
		twin_id == contract.service_twin_id || twin_id == contract.consumer_twin_id
	}

	/// A service contract and the caller's twin, which must be one of its parties.
	fn service_contract_of_party(
		who: &T::AccountId,
		id: u64,
	) -> Result<(ServiceContract, u32), Error<T>> {
		let (twin_id, contract) = Self::twin_and_service_contract(who, id)?;
		ensure!(Self::is_party(twin_id, &contract), Error::<T>::TwinNotAuthorized);
		Ok((contract, twin_id))
	}

	/// After a change of terms: approvals reset, state from metadata and base fee.
	fn reset_agreement(contract: &mut ServiceContract) {
		contract.accepted_by_service = false;
		contract.accepted_by_consumer = false;
		contract.state = if !contract.metadata.is_empty() && contract.base_fee != 0 {
			ServiceContractState::AgreementReady
		} else {
			ServiceContractState::Created
		};
	}

	/// Creates a service contract; the caller is the service or the consumer.
	pub fn do_service_contract_create(
		who: &T::AccountId,
		service_account: &T::AccountId,
		consumer_account: &T::AccountId,
	) -> DispatchResult {
		// TFChain's order of checks: the three twins, the caller a party, two parties.
		let caller_twin_id = Self::twin_of(who)?;
		let service_twin_id = Self::twin_of(service_account)?;
		let consumer_twin_id = Self::twin_of(consumer_account)?;
		if caller_twin_id != service_twin_id && caller_twin_id != consumer_twin_id {
			log::debug!(
				target: LOG_TARGET,
				"TwinNotAuthorized: twin {caller_twin_id} creates a service contract between \
				 twins {service_twin_id} and {consumer_twin_id} without being one of them"
			);
			return Err(Error::<T>::TwinNotAuthorized.into());
		}
		ensure!(service_twin_id != consumer_twin_id, Error::<T>::ServiceContractCreationNotAllowed);
		let id = ServiceContractID::<T>::get().checked_add(1).ok_or(Error::<T>::NumOverflow)?;
		let contract = ServiceContract {
			service_contract_id: id,
			service_twin_id,
			consumer_twin_id,
			base_fee: 0,
			variable_fee: 0,
			metadata: Default::default(),
			accepted_by_service: false,
			accepted_by_consumer: false,
			last_bill: 0,
			state: ServiceContractState::Created,
		};
		ServiceContractID::<T>::put(id);
		ServiceContracts::<T>::insert(id, &contract);
		Self::deposit_event(Event::ServiceContractCreated(contract));
		Ok(())
	}

	/// A party sets the metadata (before both approved).
	pub fn do_service_contract_set_metadata(
		who: &T::AccountId,
		id: u64,
		metadata: impl Into<Vec<u8>>,
	) -> DispatchResult {
		let (mut contract, _) = Self::service_contract_of_party(who, id)?;
		ensure!(
			contract.state != ServiceContractState::ApprovedByBoth,
			Error::<T>::ServiceContractModificationNotAllowed
		);
		contract.metadata = ServiceMetadata::try_from(metadata.into())
			.map_err(|_| Error::<T>::ServiceContractMetadataTooLong)?;
		Self::reset_agreement(&mut contract);
		ServiceContracts::<T>::insert(id, &contract);
		Self::deposit_event(Event::ServiceContractMetadataSet(contract));
		Ok(())
	}

	/// The service sets the fees (before both approved).
	pub fn do_service_contract_set_fees(
		who: &T::AccountId,
		id: u64,
		base_fee: u64,
		variable_fee: u64,
	) -> DispatchResult {
		let (mut contract, twin_id) = Self::service_contract_of_party(who, id)?;
		ensure!(twin_id == contract.service_twin_id, Error::<T>::TwinNotAuthorized);
		ensure!(
			contract.state != ServiceContractState::ApprovedByBoth,
			Error::<T>::ServiceContractModificationNotAllowed
		);
		contract.base_fee = base_fee;
		contract.variable_fee = variable_fee;
		Self::reset_agreement(&mut contract);
		ServiceContracts::<T>::insert(id, &contract);
		Self::deposit_event(Event::ServiceContractFeesSet(contract));
		Ok(())
	}

	/// A party approves an agreement-ready contract; with both approvals billing starts now.
	pub fn do_service_contract_approve(who: &T::AccountId, id: u64) -> DispatchResult {
		// TFChain's order of checks: twin, contract, state, party.
		let (twin_id, mut contract) = Self::twin_and_service_contract(who, id)?;
		ensure!(
			contract.state == ServiceContractState::AgreementReady,
			Error::<T>::ServiceContractApprovalNotAllowed
		);
		ensure!(Self::is_party(twin_id, &contract), Error::<T>::TwinNotAuthorized);
		if twin_id == contract.service_twin_id {
			contract.accepted_by_service = true;
		}
		if twin_id == contract.consumer_twin_id {
			contract.accepted_by_consumer = true;
		}
		if contract.accepted_by_service && contract.accepted_by_consumer {
			contract.state = ServiceContractState::ApprovedByBoth;
			contract.last_bill = Self::now_secs();
		}
		ServiceContracts::<T>::insert(id, &contract);
		Self::deposit_event(Event::ServiceContractApproved(contract));
		Ok(())
	}

	/// A party rejects a contract not approved by both yet: it is removed.
	pub fn do_service_contract_reject(who: &T::AccountId, id: u64) -> DispatchResult {
		// TFChain's order of checks: contract, state, twin, party.
		let contract =
			ServiceContracts::<T>::get(id).ok_or(Error::<T>::ServiceContractNotExists)?;
		ensure!(
			contract.state != ServiceContractState::ApprovedByBoth,
			Error::<T>::ServiceContractRejectionNotAllowed
		);
		let twin_id = Self::twin_of(who)?;
		ensure!(Self::is_party(twin_id, &contract), Error::<T>::TwinNotAuthorized);
		Self::remove_service_contract(id, Cause::CanceledByUser);
		Ok(())
	}

	/// A party cancels a contract.
	pub fn do_service_contract_cancel(who: &T::AccountId, id: u64) -> DispatchResult {
		Self::service_contract_of_party(who, id)?;
		Self::remove_service_contract(id, Cause::CanceledByUser);
		Ok(())
	}

	fn remove_service_contract(id: u64, cause: Cause) {
		ServiceContracts::<T>::remove(id);
		Self::deposit_event(Event::ServiceContractCanceled { service_contract_id: id, cause });
	}

	/// The service bills the time since the last bill (at most an hour) plus a variable amount
	/// (at most the variable fee for that window). A consumer who cannot pay loses the contract
	/// (`OutOfFunds`); that cancellation stands (the call succeeds).
	pub fn do_service_contract_bill(
		who: &T::AccountId,
		id: u64,
		variable_amount: u64,
		metadata: impl Into<Vec<u8>>,
	) -> DispatchResult {
		let (mut contract, twin_id) = Self::service_contract_of_party(who, id)?;
		ensure!(twin_id == contract.service_twin_id, Error::<T>::TwinNotAuthorized);
		ensure!(
			contract.state == ServiceContractState::ApprovedByBoth,
			Error::<T>::ServiceContractBillingNotApprovedByBoth
		);
		let now = Self::now_secs();
		let window = now.saturating_sub(contract.last_bill).min(MAX_SERVICE_BILL_WINDOW);
		let allowed = u128::from(window).saturating_mul(u128::from(contract.variable_fee)) / 3600;
		ensure!(
			u128::from(variable_amount) <= allowed,
			Error::<T>::ServiceContractBillingVariableAmountTooHigh
		);
		let metadata = BillMetadata::try_from(metadata.into())
			.map_err(|_| Error::<T>::ServiceContractBillMetadataTooLong)?;
		let consumer =
			T::Tfgrid::twin_account(contract.consumer_twin_id).ok_or(Error::<T>::TwinNotExists)?;
		let service =
			T::Tfgrid::twin_account(contract.service_twin_id).ok_or(Error::<T>::TwinNotExists)?;
		let price = T::TftPrice::billing_price_musd();
		let amount: BalanceOf<T> =
			cost::service_bill_tft(contract.base_fee, variable_amount, window, price)
				.saturated_into();
		if T::Currency::transfer(&consumer, &service, amount, Preservation::Preserve).is_err() {
			Self::remove_service_contract(id, Cause::OutOfFunds);
			return Ok(());
		}
		contract.last_bill = now;
		ServiceContracts::<T>::insert(id, &contract);
		let bill = ServiceContractBill { variable_amount, window, metadata };
		Self::deposit_event(Event::ServiceContractBilled {
			service_contract: contract,
			bill,
			amount,
		});
		Ok(())
	}
}
