//! Consistency checks run by `try_state` (try-runtime) and after every unit test, including the
//! cross-pallet one: the IPs farms mark as reserved are exactly those live node contracts list
//! (read through [`tfchain_support::Tfgrid::farms_public_ips`]).

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::*,
	alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet},
	frame_support::ensure,
	sp_runtime::{traits::Zero, Saturating, TryRuntimeError},
	tfchain_support::traits::Tfgrid,
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks the indexes against the contracts, the billing schedule, and the held funds.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_contracts()?;
		Self::check_schedule()?;
		Self::check_holds()?;
		Self::check_farm_ips()?;
		Self::check_node_records()?;
		Self::check_free_calls()?;
		Ok(())
	}

	/// Every free report recorded is of a registered node, and not ahead of the current block.
	fn check_free_calls() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		for (node_id, _, block) in LastFreeCall::<T>::iter() {
			ensure!(T::Tfgrid::node_info(node_id).is_some(), "LastFreeCall of an unknown node");
			ensure!(block <= now, "LastFreeCall ahead of the current block");
		}
		Ok(())
	}

	/// Every registered node has a billing record that agrees with the registry, the rent
	/// index and the extra fee; every other record is a deleted node's whose contracts have
	/// not ended yet.
	fn check_node_records() -> Result<(), TryRuntimeError> {
		let registered: BTreeSet<u32> = T::Tfgrid::node_ids().into_iter().collect();
		for node_id in registered.iter() {
			let record = NodeBillingRecords::<T>::get(node_id)
				.ok_or("registered node without billing record")?;
			// (None: the registry lost the node's farm, which no call does.)
			if let Some(info) = T::Tfgrid::node_billing_info(*node_id) {
				ensure!(info == record.node, "node billing record differs from the registry");
			}
			ensure!(record.deleted_at.is_none(), "registered node marked deleted");
		}
		let now = Pallet::<T>::now_secs();
		for (node_id, record) in NodeBillingRecords::<T>::iter() {
			// A bill skips the downtime snapshot when the node came up before the contract's
			// last bill: that time must not lie ahead.
			ensure!(record.downtime.last_up <= now, "node came up in the future");
			ensure!(
				record.rent_contract == ActiveRentContractForNode::<T>::get(node_id),
				"node billing record's rent contract differs from the rent index"
			);
			ensure!(
				record.extra_fee == DedicatedNodesExtraFee::<T>::get(node_id),
				"node billing record's extra fee differs"
			);
			if !registered.contains(&node_id) {
				ensure!(
					record.deleted_at.is_some() && DeletedNodes::<T>::contains_key(node_id),
					"billing record of an unknown node"
				);
			}
		}
		Ok(())
	}

	/// Every IP a farm marks as reserved belongs to a live node contract on a node of that farm
	/// that lists it, and every IP a node contract lists is reserved for it in its farm.
	fn check_farm_ips() -> Result<(), TryRuntimeError> {
		let mut reserved = BTreeSet::new();
		for (farm_id, ips) in T::Tfgrid::farms_public_ips() {
			for ip in ips.iter().filter(|ip| ip.contract_id != 0) {
				let contract =
					Contracts::<T>::get(ip.contract_id).ok_or("IP held by a missing contract")?;
				let ContractData::NodeContract(c) = contract.contract_type else {
					return Err("IP held by a contract that is not a node contract".into());
				};
				ensure!(c.public_ips_list.contains(ip), "contract does not list its IP");
				let node_farm =
					Self::node_billing_record(c.node_id).map(|record| record.node.farm_id);
				ensure!(node_farm == Some(farm_id), "IP reserved in another farm than the node's");
				reserved.insert((ip.contract_id, ip.ip.clone()));
			}
		}
		for (id, contract) in Contracts::<T>::iter() {
			if let ContractData::NodeContract(c) = contract.contract_type {
				for ip in c.public_ips_list.iter() {
					ensure!(
						reserved.contains(&(id, ip.ip.clone())),
						"listed IP not reserved in the farm"
					);
				}
			}
		}
		Ok(())
	}

	fn check_contracts() -> Result<(), TryRuntimeError> {
		let max_id = ContractID::<T>::get();
		for (id, contract) in Contracts::<T>::iter() {
			ensure!(contract.contract_id == id, "contract stored under another id");
			ensure!(id > 0 && id <= max_id, "contract id out of range");
			ensure!(
				!matches!(contract.state, ContractState::Deleted(_)),
				"deleted contract still stored"
			);
			ensure!(ContractPaymentState::<T>::contains_key(id), "contract without payment state");
			if let ContractState::GracePeriod(start) = contract.state {
				ensure!(start <= Pallet::<T>::block_number(), "grace period starts in the future");
			}
			match &contract.contract_type {
				ContractData::NodeContract(c) => {
					ensure!(
						ContractIDByNodeIDAndHash::<T>::get(c.node_id, c.deployment_hash) == id,
						"ContractIDByNodeIDAndHash does not point at the contract"
					);
					ensure!(
						ActiveNodeContracts::<T>::get(c.node_id).contains(&id),
						"ActiveNodeContracts misses the contract"
					);
					ensure!(
						c.public_ips_list.len() as u32 == c.public_ips,
						"public_ips does not match the list"
					);
					ensure!(
						c.public_ips_list.iter().all(|ip| ip.contract_id == id),
						"a listed IP is not marked with the contract"
					);
				},
				ContractData::NameContract(c) => ensure!(
					ContractIDByNameRegistration::<T>::get(&c.name) == id,
					"ContractIDByNameRegistration does not point at the contract"
				),
				ContractData::RentContract(c) => ensure!(
					ActiveRentContractForNode::<T>::get(c.node_id) == Some(id),
					"ActiveRentContractForNode does not point at the contract"
				),
			}
		}
		for (node_id, _, id) in ContractIDByNodeIDAndHash::<T>::iter() {
			let contract = Contracts::<T>::get(id).ok_or("hash index points at no contract")?;
			ensure!(contract.node_id() == Some(node_id), "hash index on the wrong node");
		}
		for (node_id, ids) in ActiveNodeContracts::<T>::iter() {
			ensure!(!ids.is_empty(), "empty ActiveNodeContracts entry kept");
			let unique: BTreeSet<u64> = ids.iter().copied().collect();
			ensure!(unique.len() == ids.len(), "ActiveNodeContracts holds an id twice");
			for id in ids.iter() {
				let contract = Contracts::<T>::get(id).ok_or("node list points at no contract")?;
				ensure!(
					matches!(&contract.contract_type, ContractData::NodeContract(c) if c.node_id == node_id),
					"node list holds another node's contract"
				);
			}
		}
		for (_, id) in ContractIDByNameRegistration::<T>::iter() {
			let contract = Contracts::<T>::get(id).ok_or("name index points at no contract")?;
			ensure!(
				matches!(contract.contract_type, ContractData::NameContract(_)),
				"name index points at another type"
			);
		}
		for (node_id, id) in ActiveRentContractForNode::<T>::iter() {
			let contract = Contracts::<T>::get(id).ok_or("rent index points at no contract")?;
			ensure!(
				matches!(contract.contract_type, ContractData::RentContract(c) if c.node_id == node_id),
				"rent index points at another contract"
			);
		}
		for id in ContractPaymentState::<T>::iter_keys() {
			ensure!(Contracts::<T>::contains_key(id), "payment state of a missing contract");
		}
		for id in NodeContractResources::<T>::iter_keys() {
			ensure!(Contracts::<T>::contains_key(id), "resources of a missing contract");
		}
		for id in ContractBillingInformationByID::<T>::iter_keys() {
			ensure!(Contracts::<T>::contains_key(id), "billing info of a missing contract");
		}
		for id in ContractDowntimeSnapshot::<T>::iter_keys() {
			ensure!(Contracts::<T>::contains_key(id), "downtime snapshot of a missing contract");
		}
		Ok(())
	}

	fn check_schedule() -> Result<(), TryRuntimeError> {
		let frequency = BillingFrequency::<T>::get();
		let mut seen = BTreeSet::new();
		for (bucket, ids) in ContractsToBillAt::<T>::iter() {
			ensure!(bucket < frequency, "bucket beyond the billing frequency");
			for id in ids.iter().filter(|id| **id != 0) {
				ensure!(seen.insert(*id), "contract scheduled twice");
				ensure!(Contracts::<T>::contains_key(id), "schedule holds a missing contract");
				ensure!(
					ContractBillingBucket::<T>::get(id) == Some(bucket),
					"contract in another bucket than recorded"
				);
			}
		}
		for id in Contracts::<T>::iter_keys() {
			ensure!(seen.contains(&id), "live contract not scheduled");
		}
		ensure!(
			ContractBillingBucket::<T>::iter_keys().count() == seen.len(),
			"bucket record of an unscheduled contract"
		);
		Ok(())
	}

	fn check_holds() -> Result<(), TryRuntimeError> {
		let mut reserved: BTreeMap<u32, BalanceOf<T>> = BTreeMap::new();
		for (id, contract) in Contracts::<T>::iter() {
			let state = ContractPaymentState::<T>::get(id).unwrap_or_default();
			let entry = reserved.entry(contract.twin_id).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(state.reserve());
		}
		for (twin_id, total) in reserved {
			let held = T::Tfgrid::twin_account(twin_id)
				.map(|who| Self::held_for_billing(&who))
				.unwrap_or_else(Zero::zero);
			ensure!(held == total, "held funds differ from the contracts' reserves");
		}
		Ok(())
	}
}
