//! Consistency checks between the records and their indexes, run by `try_state` (try-runtime)
//! and after every unit test.

#[cfg(any(feature = "try-runtime", test))]
use {
	crate::*, alloc::collections::btree_set::BTreeSet, frame_support::ensure,
	sp_runtime::TryRuntimeError,
};

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Checks that every index agrees with the records it indexes and that the id counters are
	/// at least the largest id in use.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_twins()?;
		Self::check_entities()?;
		Self::check_farms()?;
		Self::check_nodes()?;
		Self::check_policies()?;
		Self::check_transfers()?;
		Ok(())
	}

	fn check_twins() -> Result<(), TryRuntimeError> {
		let max_id = TwinID::<T>::get();
		for (id, twin) in Twins::<T>::iter() {
			ensure!(twin.id == id, "twin stored under another id");
			ensure!(id <= max_id, "twin id above TwinID");
			ensure!(
				TwinIdByAccountID::<T>::get(&twin.account_id) == Some(id),
				"TwinIdByAccountID does not point at the twin"
			);
			let mut linked = BTreeSet::new();
			for proof in twin.entities.iter() {
				ensure!(linked.insert(proof.entity_id), "twin links an entity twice");
			}
		}
		for (account, id) in TwinIdByAccountID::<T>::iter() {
			let twin = Twins::<T>::get(id).ok_or("TwinIdByAccountID points at no twin")?;
			ensure!(twin.account_id == account, "TwinIdByAccountID points at another's twin");
		}
		for (_, history) in UsersTermsAndConditions::<T>::iter() {
			ensure!(!history.is_empty(), "empty terms-and-conditions history stored");
		}
		for (twin_id, account) in TwinBoundedAccountID::<T>::iter() {
			let twin = Twins::<T>::get(twin_id).ok_or("bond to a missing twin")?;
			ensure!(twin.account_id != account, "twin bonded to its own account");
		}
		Ok(())
	}

	fn check_entities() -> Result<(), TryRuntimeError> {
		let max_id = EntityID::<T>::get();
		for (id, entity) in Entities::<T>::iter() {
			ensure!(entity.id == id, "entity stored under another id");
			ensure!(id <= max_id, "entity id above EntityID");
			ensure!(
				EntityIdByName::<T>::try_get(&entity.name).ok() == Some(id),
				"EntityIdByName mismatch"
			);
			ensure!(
				EntityIdByAccountID::<T>::get(&entity.account_id) == Some(id),
				"EntityIdByAccountID mismatch"
			);
		}
		for (name, id) in EntityIdByName::<T>::iter() {
			let entity = Entities::<T>::get(id).ok_or("EntityIdByName points at no entity")?;
			ensure!(entity.name == name, "EntityIdByName points at another name");
		}
		for (account, id) in EntityIdByAccountID::<T>::iter() {
			let entity = Entities::<T>::get(id).ok_or("EntityIdByAccountID points at no entity")?;
			ensure!(entity.account_id == account, "EntityIdByAccountID points at another account");
		}
		Ok(())
	}

	fn check_farms() -> Result<(), TryRuntimeError> {
		let max_id = FarmID::<T>::get();
		for (id, farm) in Farms::<T>::iter() {
			ensure!(farm.id == id, "farm stored under another id");
			ensure!(id <= max_id, "farm id above FarmID");
			ensure!(
				FarmIdByName::<T>::try_get(&farm.name).ok() == Some(id),
				"FarmIdByName mismatch"
			);
			ensure!(Twins::<T>::contains_key(farm.twin_id), "farm owned by a missing twin");
			let mut addresses = BTreeSet::new();
			for ip in farm.public_ips.iter() {
				let (addr, _) =
					validation::parse_ip4_cidr(&ip.ip).ok_or("farm IP does not parse")?;
				ensure!(addresses.insert(addr), "farm holds an IP twice");
			}
		}
		for (name, id) in FarmIdByName::<T>::iter() {
			let farm = Farms::<T>::get(id).ok_or("FarmIdByName points at no farm")?;
			ensure!(farm.name == name, "FarmIdByName points at another name");
		}
		for (farm_id, _) in FarmPayoutV2AddressByFarmID::<T>::iter() {
			ensure!(Farms::<T>::contains_key(farm_id), "payout address of a missing farm");
		}
		Ok(())
	}

	fn check_nodes() -> Result<(), TryRuntimeError> {
		let max_id = NodeID::<T>::get();
		let mut listed = BTreeSet::new();
		for (farm_id, ids) in NodesByFarmID::<T>::iter() {
			ensure!(Farms::<T>::contains_key(farm_id), "NodesByFarmID of a missing farm");
			for id in ids.iter() {
				ensure!(listed.insert(*id), "node listed twice in NodesByFarmID");
				let node = Nodes::<T>::get(id).ok_or("NodesByFarmID lists a missing node")?;
				ensure!(node.farm_id == farm_id, "NodesByFarmID lists a node of another farm");
			}
		}
		let mut count = 0usize;
		for (id, node) in Nodes::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(node.id == id, "node stored under another id");
			ensure!(id <= max_id, "node id above NodeID");
			ensure!(listed.contains(&id), "node missing from NodesByFarmID");
			ensure!(
				NodeIdByTwinID::<T>::try_get(node.twin_id).ok() == Some(id),
				"NodeIdByTwinID mismatch"
			);
			ensure!(Farms::<T>::contains_key(node.farm_id), "node in a missing farm");
			ensure!(Twins::<T>::contains_key(node.twin_id), "node of a missing twin");
			ensure!(NodePower::<T>::contains_key(id), "node without NodePower");
			ensure!(
				FarmingPoliciesMap::<T>::contains_key(node.farming_policy_id),
				"node on a missing farming policy"
			);
		}
		ensure!(count == listed.len(), "NodesByFarmID and Nodes differ in size");
		for (twin_id, id) in NodeIdByTwinID::<T>::iter() {
			let node = Nodes::<T>::get(id).ok_or("NodeIdByTwinID points at no node")?;
			ensure!(node.twin_id == twin_id, "NodeIdByTwinID points at another twin's node");
		}
		let now = frame_system::Pallet::<T>::block_number();
		for (id, _, block) in LastFreeCall::<T>::iter() {
			ensure!(Nodes::<T>::contains_key(id), "LastFreeCall of a missing node");
			ensure!(block <= now, "LastFreeCall ahead of the current block");
		}
		for (id, _) in NodePower::<T>::iter() {
			ensure!(Nodes::<T>::contains_key(id), "NodePower of a missing node");
		}
		for (id, held) in LimitsHeldByNode::<T>::iter() {
			let node = Nodes::<T>::get(id).ok_or("LimitsHeldByNode of a missing node")?;
			let limits = Farms::<T>::get(node.farm_id)
				.and_then(|farm| farm.farming_policy_limits)
				.ok_or("a node holds limits of a farm without limits")?;
			ensure!(
				node.farming_policy_id == limits.farming_policy_id,
				"a node holds limits but is not on their policy"
			);
			ensure!(!held.is_empty(), "an empty LimitsHeldByNode record");
			ensure!(
				(held.cu == 0 || limits.cu.is_some())
					&& (held.su == 0 || limits.su.is_some())
					&& held.node_count == u32::from(limits.node_count.is_some()),
				"a node holds more than its farm's limits can have given"
			);
		}
		Ok(())
	}

	fn check_policies() -> Result<(), TryRuntimeError> {
		let max_pricing = PricingPolicyID::<T>::get();
		for (id, policy) in PricingPolicies::<T>::iter() {
			ensure!(policy.id == id, "pricing policy stored under another id");
			ensure!(id <= max_pricing, "pricing policy id above PricingPolicyID");
			ensure!(
				PricingPolicyIdByName::<T>::try_get(&policy.name).ok() == Some(id),
				"PricingPolicyIdByName mismatch"
			);
		}
		for (name, id) in PricingPolicyIdByName::<T>::iter() {
			let policy = PricingPolicies::<T>::get(id).ok_or("name of a missing pricing policy")?;
			ensure!(policy.name == name, "PricingPolicyIdByName points at another name");
		}
		let max_farming = FarmingPolicyID::<T>::get();
		let defaults = DefaultFarmingPolicies::<T>::get();
		let mut listed = BTreeSet::new();
		for id in defaults.iter() {
			ensure!(listed.insert(*id), "default farming policy listed twice");
		}
		for (id, policy) in FarmingPoliciesMap::<T>::iter() {
			ensure!(policy.id == id, "farming policy stored under another id");
			ensure!(id <= max_farming, "farming policy id above FarmingPolicyID");
			ensure!(
				policy.default == listed.contains(&id),
				"DefaultFarmingPolicies disagrees with the default flag"
			);
		}
		for id in listed.iter() {
			ensure!(FarmingPoliciesMap::<T>::contains_key(id), "default policy missing");
		}
		let certifiers = AllowedNodeCertifiers::<T>::get().unwrap_or_default();
		for (i, certifier) in certifiers.iter().enumerate() {
			ensure!(
				!certifiers.iter().skip(i.saturating_add(1)).any(|c| c == certifier),
				"certifier listed twice"
			);
		}
		Ok(())
	}

	fn check_transfers() -> Result<(), TryRuntimeError> {
		let max_id = TwinTransferRequestID::<T>::get();
		for (id, request) in TwinTransferRequests::<T>::iter() {
			ensure!(request.id == id, "transfer request stored under another id");
			ensure!(id <= max_id, "transfer request id above TwinTransferRequestID");
			ensure!(
				PendingTwinTransfer::<T>::get(request.twin_id) == Some(id),
				"PendingTwinTransfer mismatch"
			);
			let twin = Twins::<T>::get(request.twin_id).ok_or("transfer of a missing twin")?;
			ensure!(twin.account_id == request.from, "transfer requested by a non-owner");
		}
		for (twin_id, id) in PendingTwinTransfer::<T>::iter() {
			let request = TwinTransferRequests::<T>::get(id).ok_or("pending id of no request")?;
			ensure!(request.twin_id == twin_id, "pending request of another twin");
		}
		Ok(())
	}
}
