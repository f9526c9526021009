//! Reports of nodes: network usage (billed as NU) and the resources a contract uses (billed as
//! CU/SU). Only the node a contract runs on may report for it. Reports for contracts that no
//! longer exist are skipped (the node may not know yet that a contract ended).

use crate::*;
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure};
use tfchain_support::traits::Tfgrid;

impl<T: Config> Pallet<T> {
	/// The node id of a live node contract reported on by the caller's twin, `None` when the
	/// contract does not exist; an error when the caller is not that contract's node.
	fn reported_node(twin_id: u32, contract_id: u64) -> Result<Option<u32>, Error<T>> {
		let Some(contract) = Contracts::<T>::get(contract_id) else { return Ok(None) };
		let ContractData::NodeContract(node_contract) = &contract.contract_type else {
			return Err(Error::<T>::NodeNotAuthorizedToComputeReport);
		};
		let node = T::Tfgrid::node_info(node_contract.node_id)
			.ok_or(Error::<T>::NodeNotAuthorizedToComputeReport)?;
		ensure!(node.twin_id == twin_id, Error::<T>::NodeNotAuthorizedToComputeReport);
		Ok(Some(node.farm_id))
	}

	/// Adds network usage to the contracts' unbilled amounts. A report not newer than the
	/// contract's last accepted report, or older than its last bill, is ignored.
	pub fn do_add_nru_reports(who: &T::AccountId, reports: Vec<NruConsumption>) -> DispatchResult {
		let twin_id = Self::twin_of(who)?;
		// Check every report before changing anything.
		let mut accepted = Vec::with_capacity(reports.len());
		for report in reports {
			if let Some(farm_id) = Self::reported_node(twin_id, report.contract_id)? {
				accepted.push((report, farm_id));
			}
		}
		let mut policy = None;
		for (report, farm_id) in accepted {
			if policy.is_none() {
				policy = T::Tfgrid::farm_info(farm_id)
					.and_then(|farm| T::Tfgrid::pricing_policy(farm.pricing_policy_id));
			}
			let Some(policy) = policy.as_ref() else { continue };
			let id = report.contract_id;
			let mut info = ContractBillingInformationByID::<T>::get(id);
			let last_bill = ContractPaymentState::<T>::get(id).last_updated_seconds;
			if report.timestamp <= info.last_updated || report.timestamp < last_bill {
				continue;
			}
			let cost = cost::nu_cost(policy, report.nru, report.window);
			info.amount_unbilled = info.amount_unbilled.saturating_add(cost);
			info.previous_nu_reported = report.nru;
			info.last_updated = report.timestamp;
			ContractBillingInformationByID::<T>::insert(id, info);
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
