//! Benchmarks (v2) for every call, for one bill in the hook of each kind of contract
//! (`bill_node_contract`, `bill_name_contract`, `bill_rent_contract`; no payout), for a payout
//! (`pay_out_contract`) and for the hook
//! with `n` contracts due (`billing_hook`), each in the worst case of its bounded inputs: a
//! farm with 256 public IPs all reserved by the contract, a node full of contracts, an approved
//! solution provider with 10 providers, a rent with an extra fee on a certified node, an
//! overdraft to settle (and, for the calls that bill, a payout due).
//!
//! `bill_bucket_with_state` (extra) fills state with `n` live contracts (written directly to
//! storage, up to 1,000,000; 20,000 in the unit tests) and bills one block's bucket.

use super::*;
use crate::Pallet as SmartContracts;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	weights::Weight,
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{Bounded, Zero},
	SaturatedConversion,
};
use tfchain_support::{traits::Tfgrid, types::MAX_FARM_PUBLIC_IPS, Resources, GIB};

/// Chain time of the benchmarks (seconds): contracts are aged by an hour from here.
const BENCHMARK_NOW: u64 = 1_700_000_000;

/// A funded account with a twin (and chain time set to [`BENCHMARK_NOW`]).
fn twin<T: Config>(name: &'static str, index: u32) -> (T::AccountId, u32) {
	T::BenchmarkHelper::set_now(BENCHMARK_NOW);
	let who: T::AccountId = account(name, index, 0);
	let twin_id = T::BenchmarkHelper::create_twin(&who);
	(who, twin_id)
}

/// A farmer's farm with 256 public IPs and a node in it: (node account, farm id, node id).
fn grid<T: Config>() -> (T::AccountId, u32, u32) {
	let (farmer, _) = twin::<T>("farmer", 0);
	let farm_id = T::BenchmarkHelper::create_farm(&farmer, 256);
	let (node_account, _) = twin::<T>("node", 0);
	let node_id = T::BenchmarkHelper::create_node(&node_account, farm_id);
	(node_account, farm_id, node_id)
}

/// An approved solution provider with 10 providers taking 4 % each (40 % in all, the most).
fn solution_provider<T: Config>() -> Result<u64, BenchmarkError> {
	solution_provider_of::<T>(MAX_PROVIDERS)
}

/// An approved solution provider with `count` providers taking 4 % each.
fn solution_provider_of<T: Config>(count: u32) -> Result<u64, BenchmarkError> {
	let providers: Vec<Provider<T::AccountId>> =
		(0..count).map(|i| Provider { who: account("provider", i, 0), take: 4 }).collect();
	for p in &providers {
		let _ = T::Currency::mint_into(&p.who, T::Currency::minimum_balance());
	}
	SmartContracts::<T>::do_create_solution_provider(
		vec![b'd'; MAX_DESCRIPTION_LENGTH as usize],
		vec![b'l'; MAX_LINK_LENGTH as usize],
		providers,
	)?;
	let id = SolutionProviderID::<T>::get();
	SmartContracts::<T>::do_approve_solution_provider(id, true)?;
	Ok(id)
}

/// `count` node contracts of another twin on the node.
fn fill_node<T: Config>(node_id: u32, count: u32) -> Result<(), BenchmarkError> {
	let (other, _) = twin::<T>("other", node_id);
	for i in 0..count {
		let mut hash = [0xee; 32];
		hash[..4].copy_from_slice(&i.to_le_bytes());
		SmartContracts::<T>::do_create_node_contract(
			&other,
			node_id,
			hash,
			Default::default(),
			0,
			None,
		)?;
	}
	Ok(())
}

/// `prefix` followed by `n` in decimal.
fn numbered(prefix: &[u8], n: u64) -> ContractName {
	let mut digits = Vec::new();
	let mut rest = n;
	loop {
		digits.push(b'0' + (rest % 10) as u8);
		rest /= 10;
		if rest == 0 {
			break;
		}
	}
	digits.reverse();
	let mut name = prefix.to_vec();
	name.extend_from_slice(&digits);
	NameContractName(BoundedVec::truncate_from(name))
}

fn max_data() -> DeploymentData {
	BoundedVec::truncate_from(vec![7u8; MAX_DEPLOYMENT_DATA_LENGTH as usize])
}

/// A node contract of `caller` with 256 IPs, resources, unbilled network usage, a solution
/// provider, an hour unbilled and a payout due at its next bill.
fn loaded_node_contract<T: Config>(
	caller: &T::AccountId,
	node_account: &T::AccountId,
	node_id: u32,
	public_ips: u32,
) -> Result<u64, BenchmarkError> {
	let provider = solution_provider::<T>()?;
	SmartContracts::<T>::do_create_node_contract(
		caller,
		node_id,
		[1u8; 32],
		max_data(),
		public_ips,
		Some(provider),
	)?;
	let id = ContractID::<T>::get();
	let used = Resources { hru: 4096 * GIB, sru: 1024 * GIB, cru: 32, mru: 256 * GIB };
	SmartContracts::<T>::do_report_contract_resources(
		node_account,
		vec![ContractResources { contract_id: id, used }],
	)?;
	let now = SmartContracts::<T>::now_secs();
	ContractBillingInformationByID::<T>::insert(
		id,
		ContractBillingInformation {
			previous_nu_reported: 1,
			last_updated: now,
			amount_unbilled: 1_000_000,
		},
	);
	age::<T>(id);
	Ok(id)
}

/// Makes a contract's last bill an hour ago, with an overdraft to settle and a payout due.
fn age<T: Config>(id: u64) {
	ContractPaymentState::<T>::mutate(id, |state| {
		if let Some(state) = state {
			state.last_updated_seconds = state.last_updated_seconds.saturating_sub(3600);
			state.standard_overdraft = 1_000u32.into();
			state.additional_overdraft = 1_000u32.into();
			state.cycles = T::DistributionFrequency::get().saturating_sub(1);
		}
	});
}

/// Makes `who` rich enough for the best discount level on any bill (the benchmarked path; a
/// bill below it is charged the reads of the bonded account on top).
fn rich<T: Config>(who: &T::AccountId) {
	// A quarter of the largest balance: room is left for every other mint of the benchmarks.
	let _ = T::Currency::mint_into(who, BalanceOf::<T>::max_value() / 4u32.into());
}

/// Gives a node a minute of standby since its contracts' last bill: their next bill reads and
/// moves their downtime snapshots (the dearer path).
fn went_down<T: Config>(node_id: u32) {
	Pallet::<T>::update_node_billing(node_id, |record| {
		// Up again after the contracts' last bill: the counter moved since.
		record.downtime =
			NodeDowntime { total: 60, down_since: None, last_up: SmartContracts::<T>::now_secs() };
	});
}

/// Bills `ids` in order with one block's `rates`, as the hook does.
fn bill_in_one_block<T: Config>(
	ids: &[u64],
	rates: &billing::BillingRates<T>,
) -> Vec<billing_weight::BillOutcome> {
	ids.iter().map(|id| SmartContracts::<T>::bill_contract(*id, rates)).collect()
}

/// Checks the outcomes of bills of one twin's contracts of `kind` in one block: the first on
/// the reference path; each later one finds the twin's record, account and holds and the
/// pricing policy read (4 reads), and writes the account and holds the first one wrote.
fn assert_one_twin_paths(
	outcomes: &[billing_weight::BillOutcome],
	kind: billing_weight::ContractKind,
) {
	for (index, outcome) in outcomes.iter().enumerate() {
		assert_eq!(outcome.billed, Some(kind));
		assert!(!outcome.paid_out);
		let expected = if index == 0 {
			billing_weight::DbDelta::default()
		} else {
			billing_weight::DbDelta {
				shared_twin: true,
				reads_skipped: 4,
				writes_skipped: 2,
				extra_reads: 0,
			}
		};
		assert_eq!(outcome.db, expected);
	}
}

/// `n` name contracts of one twin, for the storage-access benchmarks.
fn name_contracts_for_access<T: Config>(n: u32) -> Result<Vec<u64>, BenchmarkError> {
	let (owner, _) = twin::<T>("owner", 0);
	let mut ids = Vec::new();
	for index in 0..n {
		SmartContracts::<T>::do_create_name_contract(
			&owner,
			numbered(b"access", u64::from(index)),
		)?;
		ids.push(ContractID::<T>::get());
	}
	Ok(ids)
}

/// Like [`age`], but the next bill is not a payout (it is the first of a cycle).
fn age_without_payout<T: Config>(id: u64) {
	age::<T>(id);
	ContractPaymentState::<T>::mutate(id, |state| {
		if let Some(state) = state {
			state.cycles = 0;
		}
	});
}

/// Puts `ids` alone in one bucket, in the hook's order, each an hour unbilled with no payout
/// due, with the hook's cursor at its start; returns the block whose hook bills that bucket.
fn one_bucket_due<T: Config>(ids: &[u64]) -> BlockNumberFor<T> {
	for id in ids {
		SmartContracts::<T>::unschedule(*id);
	}
	ContractsToBillAt::<T>::insert(0, BoundedVec::truncate_from(ids.to_vec()));
	for id in ids {
		ContractBillingBucket::<T>::insert(id, 0);
		age_without_payout::<T>(*id);
	}
	let frequency = BillingFrequency::<T>::get().max(1);
	BillingCursor::<T>::put(BillingPosition { next_block: frequency, position: 0 });
	frequency.saturated_into()
}

/// A rent contract of `caller` with an extra fee on a certified node and a solution provider
/// of 10 providers, aged.
fn loaded_rent_contract<T: Config>(caller: &T::AccountId) -> Result<u64, BenchmarkError> {
	rent_contract_with_providers::<T>(caller, MAX_PROVIDERS)
}

/// A rent contract of `caller` with an extra fee on a certified node and a solution provider
/// of `providers` providers (none if 0), aged.
fn rent_contract_with_providers<T: Config>(
	caller: &T::AccountId,
	providers: u32,
) -> Result<u64, BenchmarkError> {
	rent_contract_number::<T>(caller, providers, 0)
}

/// Like [`rent_contract_with_providers`], on node and farm number `index` of their own.
fn rent_contract_number<T: Config>(
	caller: &T::AccountId,
	providers: u32,
	index: u32,
) -> Result<u64, BenchmarkError> {
	let (farmer, _) = twin::<T>("rent farmer", index);
	let farm_id = T::BenchmarkHelper::create_farm(&farmer, 0);
	let (node_account, _) = twin::<T>("rent node", index);
	let node_id = T::BenchmarkHelper::create_node(&node_account, farm_id);
	T::BenchmarkHelper::certify_node(node_id);
	SmartContracts::<T>::do_set_dedicated_node_extra_fee(&farmer, node_id, 100_000)?;
	let provider = if providers == 0 { None } else { Some(solution_provider_of::<T>(providers)?) };
	SmartContracts::<T>::do_create_rent_contract(caller, node_id, provider)?;
	let id = ContractID::<T>::get();
	age::<T>(id);
	Ok(id)
}

fn restricted<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::RestrictedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An approved service contract between `service` and a consumer.
fn service_contract<T: Config>(
	service: &T::AccountId,
	approve: bool,
) -> Result<u64, BenchmarkError> {
	let (consumer, _) = twin::<T>("consumer", 0);
	SmartContracts::<T>::do_service_contract_create(service, service, &consumer)?;
	let id = ServiceContractID::<T>::get();
	SmartContracts::<T>::do_service_contract_set_metadata(
		service,
		id,
		vec![b'm'; MAX_SERVICE_METADATA_LENGTH as usize],
	)?;
	SmartContracts::<T>::do_service_contract_set_fees(service, id, 1_000, 1_000)?;
	if approve {
		SmartContracts::<T>::do_service_contract_approve(service, id)?;
		SmartContracts::<T>::do_service_contract_approve(&consumer, id)?;
		ServiceContracts::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.last_bill = c.last_bill.saturating_sub(3600);
			}
		});
	}
	Ok(id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_node_contract() -> Result<(), BenchmarkError> {
		let (_, _, node_id) = grid::<T>();
		fill_node::<T>(node_id, T::MaxNodeContracts::get().saturating_sub(1))?;
		let provider = solution_provider::<T>()?;
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), node_id, [1u8; 32], max_data(), 256, Some(provider));
		assert_eq!(ActiveNodeContracts::<T>::get(node_id).len() as u32, T::MaxNodeContracts::get());
		Ok(())
	}

	#[benchmark]
	fn update_node_contract() -> Result<(), BenchmarkError> {
		let (_, _, node_id) = grid::<T>();
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		SmartContracts::<T>::do_create_node_contract(
			&caller,
			node_id,
			[1u8; 32],
			max_data(),
			0,
			None,
		)?;
		let id = ContractID::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, [2u8; 32], max_data());
		assert_eq!(ContractIDByNodeIDAndHash::<T>::get(node_id, [2u8; 32]), id);
		Ok(())
	}

	#[benchmark]
	fn cancel_contract() -> Result<(), BenchmarkError> {
		let (node_account, _, node_id) = grid::<T>();
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = loaded_node_contract::<T>(&caller, &node_account, node_id, MAX_FARM_PUBLIC_IPS)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!Contracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn cancel_contract_collective() -> Result<(), BenchmarkError> {
		let (node_account, _, node_id) = grid::<T>();
		let (owner, _) = twin::<T>("owner", 0);
		let id = loaded_node_contract::<T>(&owner, &node_account, node_id, MAX_FARM_PUBLIC_IPS)?;
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);
		assert!(!Contracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn create_name_contract() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let name = vec![b'a'; MAX_NAME_LENGTH as usize];
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), name.clone());
		let name = NameContractName(BoundedVec::truncate_from(name));
		assert_eq!(ContractIDByNameRegistration::<T>::get(name), ContractID::<T>::get());
		Ok(())
	}

	#[benchmark]
	fn add_nru_reports(n: Linear<1, { T::MaxNruReports::get() }>) -> Result<(), BenchmarkError> {
		let (node_account, _, node_id) = grid::<T>();
		let (owner, _) = twin::<T>("owner", 0);
		SmartContracts::<T>::do_create_node_contract(
			&owner,
			node_id,
			[1u8; 32],
			max_data(),
			0,
			None,
		)?;
		let id = ContractID::<T>::get();
		let created = SmartContracts::<T>::now_secs();
		// One report per hour since the contract's creation: each counts in full.
		let hour = |i: u32| created.saturating_add(3600u64.saturating_mul(u64::from(i)));
		T::BenchmarkHelper::set_now(hour(n));
		let reports: Vec<NruConsumption> = (0..n)
			.map(|i| NruConsumption {
				contract_id: id,
				timestamp: hour(i + 1),
				window: 3600,
				nru: 1_000_000_000,
			})
			.collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), reports);
		assert!(ContractBillingInformationByID::<T>::get(id).amount_unbilled > 0);
		Ok(())
	}

	#[benchmark]
	fn report_contract_resources(
		n: Linear<1, { T::MaxResourceReports::get() }>,
	) -> Result<(), BenchmarkError> {
		let (node_account, _, node_id) = grid::<T>();
		let (owner, _) = twin::<T>("owner", 0);
		SmartContracts::<T>::do_create_node_contract(
			&owner,
			node_id,
			[1u8; 32],
			max_data(),
			0,
			None,
		)?;
		let id = ContractID::<T>::get();
		let used = Resources { hru: 1, sru: 2, cru: 3, mru: 4 };
		let reports: Vec<ContractResources> =
			(0..n).map(|_| ContractResources { contract_id: id, used }).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), reports);
		assert_eq!(NodeContractResources::<T>::get(id).used, used);
		Ok(())
	}

	#[benchmark]
	fn create_rent_contract() -> Result<(), BenchmarkError> {
		let (_, _, node_id) = grid::<T>();
		let provider = solution_provider::<T>()?;
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), node_id, Some(provider));
		assert!(ActiveRentContractForNode::<T>::contains_key(node_id));
		Ok(())
	}

	#[benchmark]
	fn create_solution_provider() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let providers: Vec<Provider<T::AccountId>> = (0..MAX_PROVIDERS)
			.map(|i| Provider { who: account("provider", i, 0), take: 4 })
			.collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			vec![b'd'; MAX_DESCRIPTION_LENGTH as usize],
			vec![b'l'; MAX_LINK_LENGTH as usize],
			providers,
		);
		assert!(SolutionProviders::<T>::contains_key(1));
		Ok(())
	}

	#[benchmark]
	fn approve_solution_provider() -> Result<(), BenchmarkError> {
		let id = solution_provider::<T>()?;
		SmartContracts::<T>::do_approve_solution_provider(id, false)?;
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, true);
		assert!(SolutionProviders::<T>::get(id).map(|p| p.approved).unwrap_or(false));
		Ok(())
	}

	#[benchmark]
	fn bill_contract_for_block() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = loaded_rent_contract::<T>(&caller)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		// An extra bill counts no cycle and pays nothing out.
		assert_eq!(
			ContractPaymentState::<T>::get(id).map(|s| s.cycles),
			Some(T::DistributionFrequency::get().saturating_sub(1))
		);
		Ok(())
	}

	#[benchmark]
	fn service_contract_create() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let (consumer, _) = twin::<T>("consumer", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), caller.clone(), consumer);
		assert!(ServiceContracts::<T>::contains_key(1));
		Ok(())
	}

	#[benchmark]
	fn service_contract_set_metadata() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, false)?;
		let metadata = vec![b'n'; MAX_SERVICE_METADATA_LENGTH as usize];
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, metadata);
		Ok(())
	}

	#[benchmark]
	fn service_contract_set_fees() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, false)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, 2_000, 2_000);
		Ok(())
	}

	#[benchmark]
	fn service_contract_approve() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, false)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		SmartContracts::<T>::do_service_contract_approve(&consumer, id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert_eq!(
			ServiceContracts::<T>::get(id).map(|c| c.state),
			Some(ServiceContractState::ApprovedByBoth)
		);
		Ok(())
	}

	#[benchmark]
	fn service_contract_reject() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, false)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!ServiceContracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn service_contract_cancel() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, true)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!ServiceContracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn service_contract_bill() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		let id = service_contract::<T>(&caller, true)?;
		let metadata = vec![b'b'; MAX_BILL_METADATA_LENGTH as usize];
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, 1_000, metadata);
		assert!(ServiceContracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn change_billing_frequency() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let frequency = BillingFrequency::<T>::get().saturating_add(1);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, frequency);
		assert_eq!(BillingFrequency::<T>::get(), frequency);
		Ok(())
	}

	#[benchmark]
	fn attach_solution_provider_id() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		T::BenchmarkHelper::set_now(BENCHMARK_NOW);
		T::BenchmarkHelper::create_twin(&caller);
		SmartContracts::<T>::do_create_name_contract(&caller, b"benchmark".to_vec())?;
		let id = ContractID::<T>::get();
		let provider = solution_provider::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, provider);
		assert_eq!(Contracts::<T>::get(id).and_then(|c| c.solution_provider_id), Some(provider));
		Ok(())
	}

	#[benchmark]
	fn set_dedicated_node_extra_fee() -> Result<(), BenchmarkError> {
		let (farmer, _) = twin::<T>("farmer", 0);
		let farm_id = T::BenchmarkHelper::create_farm(&farmer, 0);
		let (node_account, _) = twin::<T>("node", 0);
		let node_id = T::BenchmarkHelper::create_node(&node_account, farm_id);
		#[extrinsic_call]
		_(RawOrigin::Signed(farmer), node_id, 100_000);
		assert_eq!(DedicatedNodesExtraFee::<T>::get(node_id), 100_000);
		Ok(())
	}

	#[benchmark]
	fn migrate_node_contract() -> Result<(), BenchmarkError> {
		let (node_account, farm_id, node_id) = grid::<T>();
		let (second_account, _) = twin::<T>("second node", 0);
		let target = T::BenchmarkHelper::create_node(&second_account, farm_id);
		fill_node::<T>(target, T::MaxNodeContracts::get().saturating_sub(1))?;
		let (owner, _) = twin::<T>("owner", 0);
		let id = loaded_node_contract::<T>(&owner, &node_account, node_id, MAX_FARM_PUBLIC_IPS)?;
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, target, Some([9u8; 32]));
		assert_eq!(Contracts::<T>::get(id).and_then(|c| c.node_id()), Some(target));
		Ok(())
	}

	/// A regular bill (no payout) of a node contract with `i` public IPs (on a farm of 256),
	/// reported resources, unbilled network usage, a solution provider and an overdraft to
	/// settle.
	#[benchmark]
	fn bill_node_contract(i: Linear<0, MAX_FARM_PUBLIC_IPS>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let (node_account, _, node_id) = grid::<T>();
		let id = loaded_node_contract::<T>(&owner, &node_account, node_id, i)?;
		age_without_payout::<T>(id);
		rich::<T>(&owner);
		went_down::<T>(node_id);
		let rates = billing::BillingRates::<T>::load();
		let outcome;
		#[block]
		{
			outcome = SmartContracts::<T>::bill_contract(id, &rates);
		}
		assert_eq!(outcome.billed, Some(billing_weight::ContractKind::Node));
		assert!(!outcome.paid_out);
		// The path every other bill is charged against: nothing skipped.
		assert_eq!(outcome.db, billing_weight::DbDelta::default());
		Ok(())
	}

	/// A regular bill (no payout) of a name contract with an overdraft to settle.
	#[benchmark]
	fn bill_name_contract() -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		SmartContracts::<T>::do_create_name_contract(&owner, numbered(b"bench", 1))?;
		rich::<T>(&owner);
		let id = ContractID::<T>::get();
		age_without_payout::<T>(id);
		let rates = billing::BillingRates::<T>::load();
		let outcome;
		#[block]
		{
			outcome = SmartContracts::<T>::bill_contract(id, &rates);
		}
		assert_eq!(outcome.billed, Some(billing_weight::ContractKind::Name));
		assert!(!outcome.paid_out);
		assert_eq!(outcome.db, billing_weight::DbDelta::default());
		Ok(())
	}

	/// A regular bill (no payout) of a rent contract on a certified node with an extra fee and
	/// an overdraft to settle.
	#[benchmark]
	fn bill_rent_contract() -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let id = loaded_rent_contract::<T>(&owner)?;
		age_without_payout::<T>(id);
		rich::<T>(&owner);
		let node_id = Contracts::<T>::get(id)
			.and_then(|contract| contract.node_id())
			.ok_or(BenchmarkError::Stop("rent contract"))?;
		went_down::<T>(node_id);
		let rates = billing::BillingRates::<T>::load();
		let outcome;
		#[block]
		{
			outcome = SmartContracts::<T>::bill_contract(id, &rates);
		}
		assert_eq!(outcome.billed, Some(billing_weight::ContractKind::Rent));
		assert!(!outcome.paid_out);
		assert_eq!(outcome.db, billing_weight::DbDelta::default());
		Ok(())
	}

	/// Regular bills (no payout) of `n` node contracts of one twin, each on a node and farm of
	/// its own and otherwise like [`bill_node_contract`]'s. A measurement (extra): the slope,
	/// a twin's later bill in a block, shows that bills of one twin share storage, not
	/// execution (docs/decisions.md); the hook charges later bills the reference bill's
	/// execution.
	#[benchmark(extra)]
	fn bill_node_contracts_of_one_twin(n: Linear<1, 20>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let mut ids = Vec::new();
		for index in 0..n {
			let (farmer, _) = twin::<T>("farmer", index);
			let farm_id = T::BenchmarkHelper::create_farm(&farmer, 0);
			let (node_account, _) = twin::<T>("node", index);
			let node_id = T::BenchmarkHelper::create_node(&node_account, farm_id);
			let id = loaded_node_contract::<T>(&owner, &node_account, node_id, 0)?;
			age_without_payout::<T>(id);
			went_down::<T>(node_id);
			ids.push(id);
		}
		rich::<T>(&owner);
		let rates = billing::BillingRates::<T>::load();
		let outcomes;
		#[block]
		{
			outcomes = bill_in_one_block::<T>(&ids, &rates);
		}
		assert_one_twin_paths(&outcomes, billing_weight::ContractKind::Node);
		Ok(())
	}

	/// Regular bills (no payout) of `n` name contracts of one twin, each like
	/// [`bill_name_contract`]'s. A measurement (extra), like
	/// [`bill_node_contracts_of_one_twin`].
	#[benchmark(extra)]
	fn bill_name_contracts_of_one_twin(n: Linear<1, 20>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let mut ids = Vec::new();
		for index in 0..n {
			SmartContracts::<T>::do_create_name_contract(
				&owner,
				numbered(b"bench", u64::from(index)),
			)?;
			let id = ContractID::<T>::get();
			age_without_payout::<T>(id);
			ids.push(id);
		}
		rich::<T>(&owner);
		let rates = billing::BillingRates::<T>::load();
		let outcomes;
		#[block]
		{
			outcomes = bill_in_one_block::<T>(&ids, &rates);
		}
		assert_one_twin_paths(&outcomes, billing_weight::ContractKind::Name);
		Ok(())
	}

	/// Regular bills (no payout) of `n` rent contracts of one twin, each on a node and farm of
	/// its own and otherwise like [`bill_rent_contract`]'s. A measurement (extra), like
	/// [`bill_node_contracts_of_one_twin`].
	#[benchmark(extra)]
	fn bill_rent_contracts_of_one_twin(n: Linear<1, 20>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let mut ids = Vec::new();
		for index in 0..n {
			let id = rent_contract_number::<T>(&owner, MAX_PROVIDERS, index)?;
			age_without_payout::<T>(id);
			let node_id = Contracts::<T>::get(id)
				.and_then(|contract| contract.node_id())
				.ok_or(BenchmarkError::Stop("rent contract"))?;
			went_down::<T>(node_id);
			ids.push(id);
		}
		rich::<T>(&owner);
		let rates = billing::BillingRates::<T>::load();
		let outcomes;
		#[block]
		{
			outcomes = bill_in_one_block::<T>(&ids, &rates);
		}
		assert_one_twin_paths(&outcomes, billing_weight::ContractKind::Rent);
		Ok(())
	}

	/// Paying out a reserve to a rent contract's staking pool, `p` solution providers,
	/// foundation, farmer (remainder) and farmer (extra fee): every fixed beneficiary a payout
	/// can have, plus `p` providers.
	#[benchmark]
	fn pay_out_contract(p: Linear<0, MAX_PROVIDERS>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let id = rent_contract_with_providers::<T>(&owner, p)?;
		age_without_payout::<T>(id);
		// A bill fills the reserve (standard and extra fee) without paying out.
		let rates = billing::BillingRates::<T>::load();
		SmartContracts::<T>::bill_contract(id, &rates);
		let contract = Contracts::<T>::get(id).ok_or(BenchmarkError::Stop("contract"))?;
		let mut state =
			ContractPaymentState::<T>::get(id).ok_or(BenchmarkError::Stop("payment state"))?;
		assert!(!state.standard_reserve.is_zero() && !state.additional_reserve.is_zero());
		let context = SmartContracts::<T>::billing_context(&contract, &rates, false);
		let twin_account = T::Tfgrid::twin_account(contract.twin_id);
		let paid;
		#[block]
		{
			paid = SmartContracts::<T>::distribute(
				&contract,
				&context,
				twin_account.as_ref(),
				&mut state,
			);
		}
		assert_eq!(paid, p);
		assert!(state.standard_reserve.is_zero() && state.additional_reserve.is_zero());
		Ok(())
	}

	#[benchmark]
	fn billing_hook(
		n: Linear<1, { T::MaxContractsPerBillingBucket::get().min(100) }>,
	) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		let frequency = BillingFrequency::<T>::get().max(1);
		// `n` name contracts in bucket 0, each an hour behind.
		let mut ids = Vec::new();
		for i in 0..n {
			SmartContracts::<T>::do_create_name_contract(&owner, numbered(b"name", u64::from(i)))?;
			let id = ContractID::<T>::get();
			SmartContracts::<T>::unschedule(id);
			SmartContracts::<T>::schedule(id, 0)
				.map_err(|_| BenchmarkError::Stop("bucket full"))?;
			age::<T>(id);
			ids.push(id);
		}
		let block: BlockNumberFor<T> = frequency.saturated_into();
		BillingCursor::<T>::put(BillingPosition { next_block: frequency, position: 0 });
		#[block]
		{
			SmartContracts::<T>::run_billing(block, Weight::MAX);
		}
		assert!(ids
			.iter()
			.all(|id| ContractPaymentState::<T>::get(id).is_some_and(|s| s.cycles == 0)));
		Ok(())
	}

	/// Reads and writes back the records and payment states of `n` contracts through FRAME's
	/// map API (two prefix hashes and two allocations per access): measured side by side with
	/// [`contract_access_hot`] (extra).
	#[benchmark(extra)]
	fn contract_access_frame(n: Linear<1, 200>) -> Result<(), BenchmarkError> {
		let ids = name_contracts_for_access::<T>(n)?;
		#[block]
		{
			for id in &ids {
				let contract = Contracts::<T>::get(id);
				let state = ContractPaymentState::<T>::get(id).unwrap_or_default();
				ContractPaymentState::<T>::insert(id, state);
				assert!(contract.is_some());
			}
		}
		Ok(())
	}

	/// Like [`contract_access_frame`], through [`tfchain_support::HotMap`] (extra).
	#[benchmark(extra)]
	fn contract_access_hot(n: Linear<1, 200>) -> Result<(), BenchmarkError> {
		use tfchain_support::HotMap;
		let ids = name_contracts_for_access::<T>(n)?;
		#[block]
		{
			for id in &ids {
				let contract = Contracts::<T>::hot_get(id);
				let state = ContractPaymentState::<T>::hot_get(id).unwrap_or_default();
				ContractPaymentState::<T>::hot_insert(id, state);
				assert!(contract.is_some());
			}
		}
		Ok(())
	}

	/// The hook billing a block's share of a million contracts hourly (`n` up to 1,667) of
	/// one twin's name contracts, no payouts: the per-contract slope at a block's real size
	/// (events and the block's cache grow with it), to compare with a twin's later bill.
	#[benchmark(extra)]
	fn billing_hook_block_share(n: Linear<100, 1_667>) -> Result<(), BenchmarkError> {
		let (owner, _) = twin::<T>("owner", 0);
		rich::<T>(&owner);
		let mut ids = Vec::new();
		for i in 0..n.min(T::MaxContractsPerBillingBucket::get()) {
			SmartContracts::<T>::do_create_name_contract(&owner, numbered(b"share", u64::from(i)))?;
			let id = ContractID::<T>::get();
			ids.push(id);
		}
		let block = one_bucket_due::<T>(&ids);
		#[block]
		{
			SmartContracts::<T>::run_billing(block, Weight::MAX);
		}
		assert!(ids
			.iter()
			.all(|id| ContractPaymentState::<T>::get(id).is_some_and(|s| s.cycles == 1)));
		Ok(())
	}

	/// The hook billing a block's share of a million node contracts hourly (`n` up to 1,667),
	/// each the only contract of a twin of its own, up to 100 to a node, with reported
	/// resources and unbilled network usage, no payouts: a full block's execution per node
	/// bill (events and the block's cache grow with it), to compare with
	/// [`bill_node_contract`]'s.
	#[benchmark(extra)]
	fn billing_hook_node_block_share(n: Linear<100, 1_667>) -> Result<(), BenchmarkError> {
		let (farmer, _) = twin::<T>("farmer", 0);
		let farm_id = T::BenchmarkHelper::create_farm(&farmer, 0);
		let used = Resources { hru: 0, sru: 50 * GIB, cru: 2, mru: 4 * GIB };
		let mut ids = Vec::new();
		let mut node = None;
		let per_node = T::MaxNodeContracts::get().clamp(1, 100);
		for i in 0..n.min(T::MaxContractsPerBillingBucket::get()) {
			if i % per_node == 0 {
				let (node_account, _) = twin::<T>("share node", i / per_node);
				let node_id = T::BenchmarkHelper::create_node(&node_account, farm_id);
				node = Some((node_account, node_id));
			}
			let Some((node_account, node_id)) = node.clone() else { break };
			let (owner, _) = twin::<T>("share owner", i);
			let mut hash = [0x5a; 32];
			hash[..4].copy_from_slice(&i.to_le_bytes());
			SmartContracts::<T>::do_create_node_contract(
				&owner,
				node_id,
				hash,
				Default::default(),
				0,
				None,
			)?;
			let id = ContractID::<T>::get();
			SmartContracts::<T>::do_report_contract_resources(
				&node_account,
				vec![ContractResources { contract_id: id, used }],
			)?;
			ContractBillingInformationByID::<T>::insert(
				id,
				ContractBillingInformation {
					previous_nu_reported: 1,
					last_updated: SmartContracts::<T>::now_secs(),
					amount_unbilled: 2_500,
				},
			);
			ids.push(id);
		}
		let block = one_bucket_due::<T>(&ids);
		#[block]
		{
			SmartContracts::<T>::run_billing(block, Weight::MAX);
		}
		assert!(ids
			.iter()
			.all(|id| ContractPaymentState::<T>::get(id).is_some_and(|s| s.cycles == 1)));
		Ok(())
	}

	#[benchmark(extra)]
	fn bill_bucket_with_state(
		n: Linear<
			1_000,
			{
				if cfg!(test) {
					20_000
				} else {
					1_000_000
				}
			},
		>,
	) -> Result<(), BenchmarkError> {
		let (owner, twin_id) = twin::<T>("owner", 0);
		let per_bucket = u64::from(T::MaxContractsPerBillingBucket::get().min(1_667));
		let frequency = (u64::from(n) / per_bucket).max(BillingFrequency::<T>::get()).max(1);
		BillingFrequency::<T>::put(frequency);
		let now = SmartContracts::<T>::now_secs();
		let mut bucket: Vec<u64> = Vec::new();
		for id in 1..=u64::from(n) {
			let name = numbered(b"n", id);
			let contract = Contract {
				version: contracts::CONTRACT_VERSION,
				state: ContractState::Created,
				contract_id: id,
				twin_id,
				contract_type: ContractData::NameContract(NameContract { name: name.clone() }),
				solution_provider_id: None,
			};
			Contracts::<T>::insert(id, contract);
			ContractIDByNameRegistration::<T>::insert(name, id);
			ContractPaymentState::<T>::insert(
				id,
				ContractPaymentStateOf::<T> {
					last_updated_seconds: now.saturating_sub(3600),
					..Default::default()
				},
			);
			let b = id % frequency;
			ContractBillingBucket::<T>::insert(id, b);
			if b == 0 {
				bucket.push(id);
			} else {
				ContractsToBillAt::<T>::mutate(b, |list| {
					let _ = list.try_push(id);
				});
			}
		}
		let due = bucket.len() as u32;
		ContractsToBillAt::<T>::insert(0, BoundedVec::truncate_from(bucket));
		ContractID::<T>::put(u64::from(n));
		let _ = owner;
		let block: BlockNumberFor<T> = frequency.saturated_into();
		BillingCursor::<T>::put(BillingPosition { next_block: frequency, position: 0 });
		#[block]
		{
			SmartContracts::<T>::run_billing(block, Weight::MAX);
		}
		assert!(due > 0);
		assert_eq!(BillingCursor::<T>::get().next_block, frequency.saturating_add(1));
		Ok(())
	}

	impl_benchmark_test_suite!(SmartContracts, crate::mock::new_test_ext(), crate::mock::Test);
}
