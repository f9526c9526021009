//! Reports of nodes: network usage (billed as NU) and the resources a contract uses (billed as
//! CU/SU). Only the node a contract runs on may report for it. Reports for contracts that no
//! longer exist are skipped (the node may not know yet that a contract ended). Every report is
//! checked before anything is stored: one bad report refuses the whole call, as on TFChain.

use crate::{contracts::LOG_TARGET, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use tfchain_support::{traits::Tfgrid, types::PricingPolicy};

impl<T: Config> Pallet<T> {
	/// The farm of the node of a live node contract reported on by the caller's twin, `None`
	/// when the contract does not exist; an error when it is not a node contract
	/// (`InvalidContractType`) or the caller is not its node.
	fn reported_node(twin_id: u32, contract_id: u64) -> Result<Option<u32>, Error<T>> {
		let Some(contract) = Contracts::<T>::get(contract_id) else { return Ok(None) };
		let ContractData::NodeContract(node_contract) = &contract.contract_type else {
			return Err(Error::<T>::InvalidContractType);
		};
		let node = T::Tfgrid::node_info(node_contract.node_id).ok_or_else(|| {
			log::debug!(
				target: LOG_TARGET,
				"NodeNotAuthorizedToComputeReport: contract {contract_id}'s node {} is deleted",
				node_contract.node_id
			);
			Error::<T>::NodeNotAuthorizedToComputeReport
		})?;
		ensure!(node.twin_id == twin_id, Error::<T>::NodeNotAuthorizedToComputeReport);
		Ok(Some(node.farm_id))
	}

	/// The pricing policy of a farm (`FarmNotExists`, `PricingPolicyNotExists`).
	fn farm_policy(farm_id: u32) -> Result<PricingPolicy<T::AccountId>, Error<T>> {
		let farm = T::Tfgrid::farm_info(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		T::Tfgrid::pricing_policy(farm.pricing_policy_id).ok_or(Error::<T>::PricingPolicyNotExists)
	}

	/// Adds network usage to the contracts' unbilled amounts and emits
	/// `NruConsumptionReportReceived` for every report of a live node contract of the caller's
	/// node. A report not newer than the contract's last counted report, or older than its last
	/// bill, is received but not counted.
	pub fn do_add_nru_reports(who: &T::AccountId, reports: Vec<NruConsumption>) -> DispatchResult {
		let twin_id = Self::twin_of(who)?;
		ensure!(reports.len() <= T::MaxNruReports::get() as usize, Error::<T>::TooManyReports);
		// Check every report before changing anything. The caller is one node: one farm, one
		// pricing policy.
		let mut accepted = Vec::with_capacity(reports.len());
		let mut policy = None;
		for report in reports {
			if let Some(farm_id) = Self::reported_node(twin_id, report.contract_id)? {
				if policy.is_none() {
					policy = Some(Self::farm_policy(farm_id)?);
				}
				accepted.push(report);
			}
		}
		let Some(policy) = policy else { return Ok(()) };
		for report in accepted {
			let id = report.contract_id;
			let mut info = ContractBillingInformationByID::<T>::get(id);
			let last_bill =
				ContractPaymentState::<T>::get(id).map(|s| s.last_updated_seconds).unwrap_or(0);
			if report.timestamp > info.last_updated && report.timestamp >= last_bill {
				let cost = cost::nu_cost(&policy, report.nru, report.window);
				info.amount_unbilled = info.amount_unbilled.saturating_add(cost);
				info.previous_nu_reported = report.nru;
				info.last_updated = report.timestamp;
				ContractBillingInformationByID::<T>::insert(id, info);
			}
			Self::deposit_event(Event::NruConsumptionReportReceived(report));
		}
		Ok(())
	}

	/// Records the resources the caller's node reports for its contracts.
	pub fn do_report_contract_resources(
		who: &T::AccountId,
		contract_resources: Vec<ContractResources>,
	) -> DispatchResult {
		let twin_id = Self::twin_of(who)?;
		ensure!(
			contract_resources.len() <= T::MaxResourceReports::get() as usize,
			Error::<T>::TooManyReports
		);
		let mut accepted = Vec::with_capacity(contract_resources.len());
		for report in contract_resources {
			if Self::reported_node(twin_id, report.contract_id)?.is_some() {
				accepted.push(report);
			}
		}
		for report in accepted {
			NodeContractResources::<T>::insert(report.contract_id, report);
			Self::deposit_event(Event::UpdatedUsedResources(report));
		}
		Ok(())
	}
}
