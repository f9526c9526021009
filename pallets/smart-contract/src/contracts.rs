//! Node, name and rent contracts: creation, update, cancellation, migration, and the removal
//! of a contract with all its indexes.

use crate::*;
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::SaturatedConversion;
use tfchain_support::{
	traits::{Tfgrid, TftPriceForBilling},
	types::{FarmInfo, NodeInfo, PricingPolicy, PublicIpError, PublicIpList},
	Resources,
};

/// Log target of the pallet's refusals (the detail behind a TFChain error).
pub(crate) const LOG_TARGET: &str = "runtime::smart-contract";

/// The current version of [`Contract`] records.
pub const CONTRACT_VERSION: u32 = 4;

/// Seconds of cost a twin's usable balance must cover to create a contract
/// ([`Pallet::check_first_hour`]).
pub const FIRST_HOUR_SECS: u64 = 3600;

/// A node, its farm and the farm's pricing policy, as contract creation reads them.
type NodeFarmAndPolicy<T> =
	(NodeInfo<BlockNumberFor<T>>, FarmInfo, PricingPolicy<<T as frame_system::Config>::AccountId>);

impl<T: Config> Pallet<T> {
	/// The twin of an account.
	pub(crate) fn twin_of(who: &T::AccountId) -> Result<u32, Error<T>> {
		T::Tfgrid::twin_of_account(who).ok_or(Error::<T>::TwinNotExists)
	}

	/// The next contract id (not stored yet).
	fn next_contract_id() -> Result<u64, Error<T>> {
		ContractID::<T>::get().checked_add(1).ok_or(Error::<T>::NumOverflow)
	}

	/// Whether `who` owns twin `twin_id` (an account without a twin owns none).
	pub(crate) fn owns_twin(who: &T::AccountId, twin_id: u32) -> bool {
		T::Tfgrid::twin_of_account(who) == Some(twin_id)
	}

	/// A solution provider given to a new contract must exist and be approved.
	pub(crate) fn check_solution_provider(id: Option<u64>) -> Result<(), Error<T>> {
		if let Some(id) = id {
			let provider =
				SolutionProviders::<T>::get(id).ok_or(Error::<T>::NoSuchSolutionProvider)?;
			ensure!(provider.approved, Error::<T>::SolutionProviderNotApproved);
		}
		Ok(())
	}

	/// A live (not deleted) node and its farm, with an existing pricing policy.
	fn node_and_farm(node_id: u32) -> Result<(NodeInfo<BlockNumberFor<T>>, FarmInfo), Error<T>> {
		Self::node_farm_and_policy(node_id).map(|(node, farm, _)| (node, farm))
	}

	/// A live (not deleted) node, its farm and the farm's pricing policy.
	fn node_farm_and_policy(node_id: u32) -> Result<NodeFarmAndPolicy<T>, Error<T>> {
		let node = T::Tfgrid::node_info(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let farm = T::Tfgrid::farm_info(node.farm_id).ok_or(Error::<T>::FarmNotExists)?;
		let policy = T::Tfgrid::pricing_policy(farm.pricing_policy_id)
			.ok_or(Error::<T>::PricingPolicyNotExists)?;
		Ok((node, farm, policy))
	}

	/// TFT units of a contract's first hour, from its cost numerator over
	/// [`FIRST_HOUR_SECS`] (see [`cost`]), at the current billing price and without runway
	/// discount.
	///
	/// Without discount is what the first bill charges a twin this check concerns: a twin
	/// whose usable balance is below one hour's cost has far less than the 1.5 months of
	/// runway the lowest discount needs (billing spec §2).
	pub fn first_hour_tft(cost_numerator: u128) -> u128 {
		cost::to_tft(cost_numerator, T::TftPrice::billing_price_musd(), 100)
	}

	/// Refuses a new contract whose twin's usable balance (what billing can put on hold,
	/// keeping the account alive) is below `first_hour` TFT units, the contract's first hour.
	///
	/// This is a check at creation, not a deposit: nothing is held. It keeps a twin without
	/// funds from taking nodes, public IPs or names it cannot pay for (griefing); from then on
	/// billing, overdraft and the grace period handle a twin that runs out of funds.
	pub fn check_first_hour(who: &T::AccountId, first_hour: u128) -> Result<(), Error<T>> {
		let usable: u128 = Self::usable_balance(who).saturated_into();
		ensure!(usable >= first_hour, Error::<T>::NotEnoughBalanceForFirstHour);
		Ok(())
	}

	/// The first hour (TFT units) of a new node contract with `public_ips` IPs on `node`: its
	/// IPs (its resources are unknown until the node reports them, and a node contract on a
	/// node the twin rents pays no CU/SU).
	pub fn node_contract_first_hour(
		policy: &PricingPolicy<T::AccountId>,
		node: &NodeInfo<BlockNumberFor<T>>,
		public_ips: u32,
	) -> u128 {
		let num = cost::node_contract_cost(
			policy,
			&Resources::default(),
			public_ips,
			node.certification,
			true,
			FIRST_HOUR_SECS,
		);
		Self::first_hour_tft(num)
	}

	/// The first hour (TFT units) of renting `node`: the rent share of its full resources
	/// (`discount_for_dedication_nodes`, ×1.25 if certified) plus its extra fee, as billed.
	pub fn rent_contract_first_hour(
		policy: &PricingPolicy<T::AccountId>,
		node: &NodeInfo<BlockNumberFor<T>>,
	) -> u128 {
		let rent =
			cost::rent_contract_cost(policy, &node.resources, node.certification, FIRST_HOUR_SECS);
		let extra =
			cost::extra_fee_cost(DedicatedNodesExtraFee::<T>::get(node.id), FIRST_HOUR_SECS);
		Self::first_hour_tft(rent).saturating_add(Self::first_hour_tft(extra))
	}

	/// The first hour (TFT units) of a name contract: the unique-name price.
	pub fn name_contract_first_hour(policy: &PricingPolicy<T::AccountId>) -> u128 {
		Self::first_hour_tft(cost::name_contract_cost(policy, FIRST_HOUR_SECS))
	}

	/// Whether `twin_id` may deploy on a node: up, and either rented by the twin or (when not
	/// rented) not dedicated (a dedicated farm, or an extra fee set on the node). Every refusal
	/// is TFChain's `NodeNotAvailableToDeploy`; the log says which.
	fn check_can_deploy(
		twin_id: u32,
		node: &NodeInfo<BlockNumberFor<T>>,
		farm: &FarmInfo,
	) -> Result<(), Error<T>> {
		let refuse = |why: &str| {
			log::debug!(
				target: LOG_TARGET,
				"NodeNotAvailableToDeploy: twin {twin_id} on node {}: {why}",
				node.id
			);
			Error::<T>::NodeNotAvailableToDeploy
		};
		if node.power.state.is_down() {
			return Err(refuse("the node is down (standby)"));
		}
		match ActiveRentContractForNode::<T>::get(node.id).and_then(Contracts::<T>::get) {
			Some(rent) if rent.twin_id != twin_id => {
				return Err(refuse("the node is rented by another twin"))
			},
			Some(_) => {},
			None if farm.dedicated_farm => {
				return Err(refuse("the node is on a dedicated farm and not rented by the twin"))
			},
			None if DedicatedNodesExtraFee::<T>::get(node.id) > 0 => {
				return Err(refuse("the node has an extra fee (dedicated) and is not rented"))
			},
			None => {},
		}
		Ok(())
	}

	/// The error of reserving `count` IPs of `farm` when the farm says too few are free: asks
	/// the registry, which changes nothing when it refuses.
	fn public_ips_error(farm: &FarmInfo, count: u32) -> Error<T> {
		match T::Tfgrid::reserve_public_ips(farm.id, 0, count) {
			Err(e) => Self::map_ip_error(e),
			// The registry's count disagrees with the farm's IPs (no call does that): refuse
			// anyway; the failing call's writes are reverted.
			Ok(_) => Error::<T>::FarmHasNotEnoughPublicIPsFree,
		}
	}

	/// The pallet's error for a registry IP error.
	fn map_ip_error(error: PublicIpError) -> Error<T> {
		match error {
			PublicIpError::FarmNotExists => Error::<T>::FarmNotExists,
			PublicIpError::NotEnoughPublicIps => Error::<T>::FarmHasNotEnoughPublicIPs,
			PublicIpError::NotEnoughFreePublicIps => Error::<T>::FarmHasNotEnoughPublicIPsFree,
		}
	}

	/// Stores a new contract with its payment state and schedule entry.
	fn insert_contract(contract: Contract, bucket: u64) -> DispatchResult {
		let id = contract.contract_id;
		let now = Self::now_secs();
		Self::schedule(id, bucket)?;
		ContractID::<T>::put(id);
		ContractPaymentState::<T>::insert(
			id,
			ContractPaymentStateOf::<T> { last_updated_seconds: now, ..Default::default() },
		);
		if let Some(node_id) = contract.node_id() {
			let counter = Self::node_downtime_at(node_id, now);
			if counter > 0 {
				ContractDowntimeSnapshot::<T>::insert(id, counter);
			}
		}
		Contracts::<T>::insert(id, &contract);
		Self::deposit_event(Event::ContractCreated(contract));
		Ok(())
	}

	/// Creates a node contract (rules in the crate docs).
	pub fn do_create_node_contract(
		who: &T::AccountId,
		node_id: u32,
		deployment_hash: DeploymentHash,
		deployment_data: DeploymentData,
		public_ips: u32,
		solution_provider_id: Option<u64>,
	) -> DispatchResult {
		// TFChain's order of checks: twin, node, farm, availability, uniqueness, IPs, solution
		// provider; then ours.
		let twin_id = Self::twin_of(who)?;
		let (node, farm, policy) = Self::node_farm_and_policy(node_id)?;
		Self::check_can_deploy(twin_id, &node, &farm)?;
		ensure!(
			ContractIDByNodeIDAndHash::<T>::get(node_id, deployment_hash) == 0,
			Error::<T>::ContractIsNotUnique
		);
		if public_ips > farm.free_public_ips {
			return Err(Self::public_ips_error(&farm, public_ips).into());
		}
		Self::check_solution_provider(solution_provider_id)?;
		Self::check_first_hour(who, Self::node_contract_first_hour(&policy, &node, public_ips))?;
		let mut active = ActiveNodeContracts::<T>::get(node_id);
		let id = Self::next_contract_id()?;
		active.try_push(id).map_err(|_| Error::<T>::NodeHasTooManyContracts)?;
		let bucket = Self::find_bucket(twin_id, id)?;
		// The last fallible step (it writes the farm only when it succeeds).
		let public_ips_list =
			T::Tfgrid::reserve_public_ips(farm.id, id, public_ips).map_err(Self::map_ip_error)?;

		let contract = Contract {
			version: CONTRACT_VERSION,
			state: ContractState::Created,
			contract_id: id,
			twin_id,
			contract_type: ContractData::NodeContract(NodeContract {
				node_id,
				deployment_hash,
				deployment_data,
				public_ips,
				public_ips_list: public_ips_list.clone(),
			}),
			solution_provider_id,
		};
		ContractIDByNodeIDAndHash::<T>::insert(node_id, deployment_hash, id);
		ActiveNodeContracts::<T>::insert(node_id, active);
		// As on TFChain: network usage is counted from the contract's creation
		// (`reports::counted_window`).
		ContractBillingInformationByID::<T>::insert(
			id,
			ContractBillingInformation { last_updated: Self::now_secs(), ..Default::default() },
		);
		Self::insert_contract(contract, bucket)?;
		if !public_ips_list.is_empty() {
			Self::deposit_event(Event::IPsReserved {
				contract_id: id,
				public_ips: public_ips_list,
			});
		}
		Ok(())
	}

	/// The owner changes a node contract's deployment (not while in grace).
	pub fn do_update_node_contract(
		who: &T::AccountId,
		contract_id: u64,
		deployment_hash: DeploymentHash,
		deployment_data: DeploymentData,
	) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotExists)?;
		ensure!(
			Self::owns_twin(who, contract.twin_id),
			Error::<T>::TwinNotAuthorizedToUpdateContract
		);
		ensure!(!contract.in_grace(), Error::<T>::CannotUpdateContractInGraceState);
		let ContractData::NodeContract(ref mut node_contract) = contract.contract_type else {
			return Err(Error::<T>::InvalidContractType.into());
		};
		let node_id = node_contract.node_id;
		let old_hash = node_contract.deployment_hash;
		if old_hash != deployment_hash {
			ensure!(
				ContractIDByNodeIDAndHash::<T>::get(node_id, deployment_hash) == 0,
				Error::<T>::ContractIsNotUnique
			);
			ContractIDByNodeIDAndHash::<T>::remove(node_id, old_hash);
			ContractIDByNodeIDAndHash::<T>::insert(node_id, deployment_hash, contract_id);
		}
		node_contract.deployment_hash = deployment_hash;
		node_contract.deployment_data = deployment_data;
		Contracts::<T>::insert(contract_id, &contract);
		Self::deposit_event(Event::ContractUpdated(contract));
		Ok(())
	}

	/// Refuses to end a rent contract while node contracts live on its node.
	fn check_can_end(contract: &Contract) -> Result<(), Error<T>> {
		if let ContractData::RentContract(rent) = &contract.contract_type {
			ensure!(
				ActiveNodeContracts::<T>::get(rent.node_id).is_empty(),
				Error::<T>::NodeHasActiveContracts
			);
		}
		Ok(())
	}

	/// The owner cancels a contract.
	pub fn do_cancel_contract(who: &T::AccountId, contract_id: u64) -> DispatchResult {
		let contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotExists)?;
		ensure!(
			Self::owns_twin(who, contract.twin_id),
			Error::<T>::TwinNotAuthorizedToCancelContract
		);
		Self::check_can_end(&contract)?;
		Self::terminate(contract, Cause::CanceledByUser);
		Ok(())
	}

	/// Governance cancels a contract.
	pub fn do_cancel_contract_collective(contract_id: u64) -> DispatchResult {
		let contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotExists)?;
		Self::check_can_end(&contract)?;
		Self::terminate(contract, Cause::CanceledByCollective);
		Ok(())
	}

	/// Checks a name: 3–64 bytes of `[a-z0-9_-]`.
	pub fn check_name(name: &[u8]) -> Result<(), Error<T>> {
		ensure!(name.len() >= MIN_NAME_LENGTH as usize, Error::<T>::NameContractNameTooShort);
		ensure!(name.len() <= MAX_NAME_LENGTH as usize, Error::<T>::NameContractNameTooLong);
		ensure!(
			name.iter()
				.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_' || *c == b'-'),
			Error::<T>::NameNotValid
		);
		Ok(())
	}

	/// A checked name contract name.
	pub fn make_name(name: Vec<u8>) -> Result<ContractName, Error<T>> {
		Self::check_name(&name)?;
		let bounded =
			BoundedVec::try_from(name).map_err(|_| Error::<T>::NameContractNameTooLong)?;
		Ok(NameContractName(bounded))
	}

	/// Registers a unique name (priced by pricing policy 1).
	pub fn do_create_name_contract(who: &T::AccountId, name: impl Into<Vec<u8>>) -> DispatchResult {
		let twin_id = Self::twin_of(who)?;
		let name = Self::make_name(name.into())?;
		ensure!(ContractIDByNameRegistration::<T>::get(&name) == 0, Error::<T>::NameExists);
		let policy = T::Tfgrid::pricing_policy(billing::NAME_CONTRACT_PRICING_POLICY)
			.ok_or(Error::<T>::PricingPolicyNotExists)?;
		Self::check_first_hour(who, Self::name_contract_first_hour(&policy))?;
		let id = Self::next_contract_id()?;
		let bucket = Self::find_bucket(twin_id, id)?;
		ContractIDByNameRegistration::<T>::insert(&name, id);
		let contract = Contract {
			version: CONTRACT_VERSION,
			state: ContractState::Created,
			contract_id: id,
			twin_id,
			contract_type: ContractData::NameContract(NameContract { name }),
			solution_provider_id: None,
		};
		Self::insert_contract(contract, bucket)
	}

	/// Rents a whole node (one rent per node; only while it has no node contracts; allowed on
	/// standby nodes).
	pub fn do_create_rent_contract(
		who: &T::AccountId,
		node_id: u32,
		solution_provider_id: Option<u64>,
	) -> DispatchResult {
		// TFChain's order of checks: rented, node, farm, node contracts, twin, solution provider.
		ensure!(
			!ActiveRentContractForNode::<T>::contains_key(node_id),
			Error::<T>::NodeHasRentContract
		);
		let (node, _, policy) = Self::node_farm_and_policy(node_id)?;
		if !ActiveNodeContracts::<T>::get(node_id).is_empty() {
			log::debug!(
				target: LOG_TARGET,
				"NodeNotAvailableToDeploy: node {node_id} has node contracts: cannot be rented"
			);
			return Err(Error::<T>::NodeNotAvailableToDeploy.into());
		}
		let twin_id = Self::twin_of(who)?;
		Self::check_solution_provider(solution_provider_id)?;
		Self::check_first_hour(who, Self::rent_contract_first_hour(&policy, &node))?;
		let id = Self::next_contract_id()?;
		let bucket = Self::find_bucket(twin_id, id)?;
		ActiveRentContractForNode::<T>::insert(node_id, id);
		Self::update_node_billing(node_id, |record| record.rent_contract = Some(id));
		let contract = Contract {
			version: CONTRACT_VERSION,
			state: ContractState::Created,
			contract_id: id,
			twin_id,
			contract_type: ContractData::RentContract(RentContract { node_id }),
			solution_provider_id,
		};
		Self::insert_contract(contract, bucket)
	}

	/// Changes a node's billing record (put together from the registry if it has none; nothing
	/// if the node is unknown to both).
	pub(crate) fn update_node_billing(node_id: u32, change: impl FnOnce(&mut NodeBilling)) {
		if let Some(mut record) = Self::node_billing_record(node_id) {
			change(&mut record);
			NodeBillingRecords::<T>::insert(node_id, record);
		}
	}

	/// The owner attaches a solution provider to a contract that has none.
	pub fn do_attach_solution_provider_id(
		who: &T::AccountId,
		contract_id: u64,
		solution_provider_id: u64,
	) -> DispatchResult {
		// TFChain's order of checks: provider, contract, twin, owner.
		Self::check_solution_provider(Some(solution_provider_id))?;
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotExists)?;
		let twin_id = Self::twin_of(who)?;
		ensure!(
			contract.twin_id == twin_id && contract.solution_provider_id.is_none(),
			Error::<T>::UnauthorizedToChangeSolutionProviderId
		);
		contract.solution_provider_id = Some(solution_provider_id);
		Contracts::<T>::insert(contract_id, &contract);
		Self::deposit_event(Event::ContractUpdated(contract));
		Ok(())
	}

	/// The farmer sets a node's extra fee; the node must have no contracts.
	pub fn do_set_dedicated_node_extra_fee(
		who: &T::AccountId,
		node_id: u32,
		extra_fee: u64,
	) -> DispatchResult {
		let twin_id = Self::twin_of(who)?;
		let node = T::Tfgrid::node_info(node_id).ok_or(Error::<T>::NodeNotExists)?;
		let farm = T::Tfgrid::farm_info(node.farm_id).ok_or(Error::<T>::FarmNotExists)?;
		ensure!(farm.twin_id == twin_id, Error::<T>::UnauthorizedToSetExtraFee);
		ensure!(
			ActiveNodeContracts::<T>::get(node_id).is_empty()
				&& !ActiveRentContractForNode::<T>::contains_key(node_id),
			Error::<T>::NodeHasActiveContracts
		);
		if extra_fee == 0 {
			DedicatedNodesExtraFee::<T>::remove(node_id);
		} else {
			DedicatedNodesExtraFee::<T>::insert(node_id, extra_fee);
		}
		Self::update_node_billing(node_id, |record| record.extra_fee = extra_fee);
		Self::deposit_event(Event::NodeExtraFeeSet { node_id, extra_fee });
		Ok(())
	}

	/// Governance moves a node contract to another node of the same farm, billing it first.
	/// The public IPs stay reserved (same farm); the reported resources stay.
	pub fn do_migrate_node_contract(
		contract_id: u64,
		node_id: u32,
		deployment_hash: Option<DeploymentHash>,
	) -> DispatchResult {
		let mut contract = Contracts::<T>::get(contract_id).ok_or(Error::<T>::ContractNotExists)?;
		let ContractData::NodeContract(node_contract) = &contract.contract_type else {
			return Err(Error::<T>::InvalidContractType.into());
		};
		let mut node_contract = node_contract.clone();
		let old_node = node_contract.node_id;
		ensure!(old_node != node_id, Error::<T>::CannotMigrateToSameNode);
		let (old, _) = Self::node_and_farm(old_node)?;
		let (target, farm) = Self::node_and_farm(node_id)?;
		ensure!(old.farm_id == target.farm_id, Error::<T>::NodesNotInSameFarm);
		Self::check_can_deploy(contract.twin_id, &target, &farm)?;
		let hash = deployment_hash.unwrap_or(node_contract.deployment_hash);
		ensure!(
			ContractIDByNodeIDAndHash::<T>::get(node_id, hash) == 0,
			Error::<T>::ContractIsNotUnique
		);
		let mut target_active = ActiveNodeContracts::<T>::get(node_id);
		target_active.try_push(contract_id).map_err(|_| Error::<T>::NodeHasTooManyContracts)?;

		// Bill on the old node first.
		Self::settle(&contract);

		ContractIDByNodeIDAndHash::<T>::remove(old_node, node_contract.deployment_hash);
		ContractIDByNodeIDAndHash::<T>::insert(node_id, hash, contract_id);
		Self::remove_from_node(old_node, contract_id);
		ActiveNodeContracts::<T>::insert(node_id, target_active);
		let counter = Self::node_downtime_at(node_id, Self::now_secs());
		if counter > 0 {
			ContractDowntimeSnapshot::<T>::insert(contract_id, counter);
		} else {
			ContractDowntimeSnapshot::<T>::remove(contract_id);
		}
		node_contract.node_id = node_id;
		node_contract.deployment_hash = hash;
		contract.contract_type = ContractData::NodeContract(node_contract);
		Contracts::<T>::insert(contract_id, &contract);
		Self::deposit_event(Event::ContractUpdated(contract));
		Ok(())
	}

	/// Takes a contract id out of a node's list.
	fn remove_from_node(node_id: u32, contract_id: u64) {
		ActiveNodeContracts::<T>::mutate_exists(node_id, |maybe| {
			if let Some(list) = maybe {
				list.retain(|id| *id != contract_id);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// Removes an ended contract and everything indexed by it, frees its IPs, and emits the
	/// deletion events.
	pub(crate) fn remove_contract(contract: &Contract, cause: Cause) {
		let id = contract.contract_id;
		match &contract.contract_type {
			ContractData::NodeContract(node_contract) => {
				let farm_id = Self::node_billing_record(node_contract.node_id)
					.map(|record| record.node.farm_id);
				if let Some(farm_id) = farm_id {
					let freed: PublicIpList = T::Tfgrid::free_public_ips(farm_id, id);
					if !freed.is_empty() {
						Self::deposit_event(Event::IPsFreed { contract_id: id, public_ips: freed });
					}
				}
				ContractIDByNodeIDAndHash::<T>::remove(
					node_contract.node_id,
					node_contract.deployment_hash,
				);
				Self::remove_from_node(node_contract.node_id, id);
				NodeContractResources::<T>::remove(id);
				ContractBillingInformationByID::<T>::remove(id);
			},
			ContractData::NameContract(name_contract) => {
				ContractIDByNameRegistration::<T>::remove(&name_contract.name);
			},
			ContractData::RentContract(rent) => {
				ActiveRentContractForNode::<T>::remove(rent.node_id);
				Self::update_node_billing(rent.node_id, |record| record.rent_contract = None);
			},
		}
		Self::unschedule(id);
		ContractPaymentState::<T>::remove(id);
		ContractDowntimeSnapshot::<T>::remove(id);
		Contracts::<T>::remove(id);

		let mut deleted = contract.clone();
		deleted.state = ContractState::Deleted(cause);
		Self::deposit_event(Event::ContractUpdated(deleted));
		match &contract.contract_type {
			ContractData::NodeContract(node_contract) => {
				Self::deposit_event(Event::NodeContractCanceled {
					contract_id: id,
					node_id: node_contract.node_id,
					twin_id: contract.twin_id,
				})
			},
			ContractData::NameContract(_) => {
				Self::deposit_event(Event::NameContractCanceled { contract_id: id })
			},
			ContractData::RentContract(_) => {
				Self::deposit_event(Event::RentContractCanceled { contract_id: id })
			},
		}
	}
}
