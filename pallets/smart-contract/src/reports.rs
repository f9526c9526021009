//! Reports of nodes: network usage (billed as NU) and the resources a contract uses (billed as
//! CU/SU). Only the node a contract runs on may report for it. Reports for contracts that no
//! longer exist are skipped (the node may not know yet that a contract ended). Every report is
//! checked before anything is stored: one bad report refuses the whole call, as on TFChain.
//!
//! Both calls return the caller's node when at least one report was about a live contract of
//! it: only then can the call be free (`free_calls`); a call about nothing live pays.
//!
//! The chain cannot check what a node reports (docs/decisions.md, "Nodes report their own
//! usage"). What it bounds, for network usage:
//!
//! - **Time.** A report's `window` counts for at most the time from the contract's previous
//!   counted report (for the first, the contract's creation) to the report's `timestamp`,
//!   itself taken as no later than chain time ([`counted_window`]). A longer window is capped,
//!   not refused, so a node can never bill more seconds of traffic than have passed on chain.
//! - **Order.** A report not newer than the contract's previous counted report is received
//!   but not counted (as on TFChain).
//! - **Age.** A report older than the contract's last bill still counts, in the next bill, if
//!   its `timestamp` is at most one billing period ([`BillingFrequency`] blocks of
//!   [`SECS_PER_BLOCK`]) before chain time; an older one is received but not counted.

use crate::{contracts::LOG_TARGET, *};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchError;
use tfchain_support::{traits::Tfgrid, types::PricingPolicy};

/// Seconds per block (TFChain's and the runtime's 6 s blocks): turns the billing period
/// ([`BillingFrequency`], in blocks) into the seconds a late network-usage report may lag.
pub(crate) const SECS_PER_BLOCK: u64 = 6;

/// The seconds of a network-usage report that count: its `window`, capped at the time from
/// `previous` (the contract's previous counted report, or its creation) to the report's
/// `timestamp`, taken as no later than `now` (chain time). 0 when the report starts no later
/// than `previous`.
pub(crate) fn counted_window(report: &NruConsumption, previous: u64, now: u64) -> u64 {
	report.window.min(report.timestamp.min(now).saturating_sub(previous))
}

impl<T: Config> Pallet<T> {
	/// The node and its farm, `(node id, farm id)`, of a live node contract reported on by the
	/// caller's twin, `None` when the contract does not exist; an error when it is not a node
	/// contract (`InvalidContractType`) or the caller is not its node.
	fn reported_node(twin_id: u32, contract_id: u64) -> Result<Option<(u32, u32)>, Error<T>> {
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
		Ok(Some((node.id, node.farm_id)))
	}

	/// The pricing policy of a farm (`FarmNotExists`, `PricingPolicyNotExists`).
	fn farm_policy(farm_id: u32) -> Result<PricingPolicy<T::AccountId>, Error<T>> {
		let farm = T::Tfgrid::farm_info(farm_id).ok_or(Error::<T>::FarmNotExists)?;
		T::Tfgrid::pricing_policy(farm.pricing_policy_id).ok_or(Error::<T>::PricingPolicyNotExists)
	}

	/// Adds network usage to the contracts' unbilled amounts (the next bill charges them) and
	/// emits `NruConsumptionReportReceived` for every report of a live node contract of the
	/// caller's node. Counted: a report newer than the contract's last counted report, and
	/// either not older than its last bill or (arriving late) at most one billing period before
	/// chain time; its window is capped by [`counted_window`]. Other reports are received but
	/// not counted: one older than the last bill by more than a billing period is dropped.
	/// Returns the caller's node when a report was about a live contract of it.
	pub fn do_add_nru_reports(
		who: &T::AccountId,
		reports: Vec<NruConsumption>,
	) -> Result<Option<u32>, DispatchError> {
		let twin_id = Self::twin_of(who)?;
		ensure!(reports.len() <= T::MaxNruReports::get() as usize, Error::<T>::TooManyReports);
		// Check every report before changing anything. The caller is one node: one farm, one
		// pricing policy.
		let mut accepted = Vec::with_capacity(reports.len());
		let mut reporter = None;
		for report in reports {
			if let Some((node_id, farm_id)) = Self::reported_node(twin_id, report.contract_id)? {
				if reporter.is_none() {
					reporter = Some((node_id, Self::farm_policy(farm_id)?));
				}
				accepted.push(report);
			}
		}
		let Some((node_id, policy)) = reporter else { return Ok(None) };
		let now = Self::now_secs();
		// A report older than its contract's last bill still counts down to this time.
		let late_limit =
			now.saturating_sub(BillingFrequency::<T>::get().saturating_mul(SECS_PER_BLOCK));
		for report in accepted {
			let id = report.contract_id;
			let mut info = ContractBillingInformationByID::<T>::get(id);
			let last_bill =
				ContractPaymentState::<T>::get(id).map(|s| s.last_updated_seconds).unwrap_or(0);
			let recent = report.timestamp >= last_bill || report.timestamp >= late_limit;
			if report.timestamp > info.last_updated && recent {
				// `last_updated` is the previous counted report, or the contract's creation; 0
				// only for a contract created before creation was recorded: from its last bill.
				let previous = if info.last_updated > 0 { info.last_updated } else { last_bill };
				let window = counted_window(&report, previous, now);
				let cost = cost::nu_cost(&policy, report.nru, window);
				info.amount_unbilled = info.amount_unbilled.saturating_add(cost);
				info.previous_nu_reported = report.nru;
				info.last_updated = report.timestamp;
				ContractBillingInformationByID::<T>::insert(id, info);
			}
			Self::deposit_event(Event::NruConsumptionReportReceived(report));
		}
		Ok(Some(node_id))
	}

	/// Records the resources the caller's node reports for its contracts. Returns the caller's
	/// node when a report was about a live contract of it.
	pub fn do_report_contract_resources(
		who: &T::AccountId,
		contract_resources: Vec<ContractResources>,
	) -> Result<Option<u32>, DispatchError> {
		let twin_id = Self::twin_of(who)?;
		ensure!(
			contract_resources.len() <= T::MaxResourceReports::get() as usize,
			Error::<T>::TooManyReports
		);
		let mut accepted = Vec::with_capacity(contract_resources.len());
		let mut reporter = None;
		for report in contract_resources {
			if let Some((node_id, _)) = Self::reported_node(twin_id, report.contract_id)? {
				reporter = Some(node_id);
				accepted.push(report);
			}
		}
		for report in accepted {
			NodeContractResources::<T>::insert(report.contract_id, report);
			Self::deposit_event(Event::UpdatedUsedResources(report));
		}
		Ok(reporter)
	}
}
