//! The billing engine: the block hook, one bill, paying (hold and overdraft), payouts, grace,
//! and the end of a contract. See the crate docs for the rules, and [`crate::billing_weight`]
//! for how the hook counts the weight of each bill.

use crate::{
	billing_weight::{BillOutcome, ContractKind, DbDelta, Shared, SharedTouches},
	cost, *,
};
use alloc::collections::BTreeMap;
use core::cell::RefCell;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		UnixTime,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};
use tfchain_support::{
	traits::{Tfgrid, TftPriceForBilling},
	types::PricingPolicy,
	HotMap,
};

/// The pricing policies a block's bills have read so far (few exist; each is read once).
type PolicyCache<T> = BTreeMap<u32, Option<PricingPolicy<<T as frame_system::Config>::AccountId>>>;

/// What every bill of one block shares, read once: chain time, the TFT price and the pricing
/// policies; and which [`Shared`] storage the block's bills touched so far (for the weight).
pub(crate) struct BillingRates<T: Config> {
	/// Chain time (seconds) bills run up to.
	pub now: u64,
	/// The TFT price bills convert with (mUSD, clamped).
	pub price: u32,
	/// Pricing policies, read on first use.
	policies: RefCell<PolicyCache<T>>,
	/// Shared storage touched by this block's bills (see [`crate::billing_weight`]).
	pub shared: SharedTouches,
}

impl<T: Config> BillingRates<T> {
	/// Reads chain time and the price; pricing policies are read when first needed. Its weight:
	/// [`BillingRates::load_weight`].
	pub(crate) fn load() -> Self {
		BillingRates {
			now: Pallet::<T>::now_secs(),
			price: T::TftPrice::billing_price_musd(),
			policies: RefCell::new(BTreeMap::new()),
			shared: SharedTouches::default(),
		}
	}

	/// Pricing policy `id`, and whether this call read it from storage (the first time).
	pub(crate) fn policy(&self, id: u32) -> (Option<PricingPolicy<T::AccountId>>, bool) {
		if let Some(policy) = self.policies.borrow().get(&id) {
			return (policy.clone(), false);
		}
		let policy = T::Tfgrid::pricing_policy(id);
		self.policies.borrow_mut().insert(id, policy.clone());
		(policy, true)
	}
}

/// What a bill of one contract needs from the registry.
pub(crate) struct BillingContext<'a, T: Config> {
	/// What the block's bills share (the TFT price, storage touched so far).
	pub rates: &'a BillingRates<T>,
	/// The pricing policy (of the node's farm; policy 1 for name contracts).
	pub policy: Option<PricingPolicy<T::AccountId>>,
	/// The billing record of a node or rent contract's node.
	pub node: Option<NodeBilling>,
	/// The farmer's twin (farm owner); its account is looked up only to pay out.
	pub farmer_twin: Option<u32>,
	/// Bill up to this chain time (the deletion time for a deleted node).
	pub until: u64,
	/// The node was deleted: the contract must end.
	pub node_deleted: bool,
	/// How the bill's storage accesses differ from its benchmark's.
	pub db: DbDelta,
}

/// How a bill ends.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub(crate) enum BillKind {
	/// The billing hook's bill of the period: counts a cycle, may pay out, moves in and out
	/// of grace.
	Cycle,
	/// An extra bill (`bill_contract_for_block`): moves in and out of grace, but counts no
	/// cycle, so extra calls cannot bring a payout forward.
	Extra,
	/// A bill before a change (migration): no cycle, no grace changes.
	Settle,
	/// The last bill of an ending contract: no cycle, no grace changes.
	Final,
}

/// The pricing policy of name contracts.
pub const NAME_CONTRACT_PRICING_POLICY: u32 = 1;

impl<T: Config> Pallet<T> {
	/// Chain time in seconds.
	pub(crate) fn now_secs() -> u64 {
		T::TimeProvider::now().as_secs()
	}

	/// The current block number as contracts store it (a `u64`, as on TFChain).
	pub(crate) fn block_number() -> u64 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}

	/// The hold reason of billing reserves.
	pub(crate) fn hold_reason() -> T::RuntimeHoldReason {
		HoldReason::ContractBilling.into()
	}

	/// A node as billing sees it: its billing record. Every registered node has one (made by
	/// [`tfchain_support::traits::ChangeNode::node_changed`] or the v2 migration); should one
	/// be missing, it is put together from the registry and this pallet's storage.
	pub(crate) fn node_billing_record(node_id: u32) -> Option<NodeBilling> {
		NodeBillingRecords::<T>::hot_get(node_id)
			.or_else(|| Self::node_billing_from_registry(node_id))
	}

	/// A node's billing record put together from the registry (node and farm) and this
	/// pallet's rent index and extra fee, with a zero standby counter.
	pub(crate) fn node_billing_from_registry(node_id: u32) -> Option<NodeBilling> {
		T::Tfgrid::node_billing_info(node_id).map(|node| NodeBilling {
			node,
			rent_contract: ActiveRentContractForNode::<T>::get(node_id),
			extra_fee: DedicatedNodesExtraFee::<T>::get(node_id),
			..Default::default()
		})
	}

	/// Everything a bill of `contract` up to `rates.now` needs from the registry;
	/// `shared_twin`: an earlier bill of the block was the twin's (see [`DbDelta`]).
	pub(crate) fn billing_context<'a>(
		contract: &Contract,
		rates: &'a BillingRates<T>,
		shared_twin: bool,
	) -> BillingContext<'a, T> {
		let now = rates.now;
		let mut context = BillingContext {
			rates,
			policy: None,
			node: None,
			farmer_twin: None,
			until: now,
			node_deleted: false,
			db: DbDelta { shared_twin, ..Default::default() },
		};
		let policy_id = match contract.node_id() {
			None => Some(NAME_CONTRACT_PRICING_POLICY),
			Some(node_id) => Self::node_billing_record(node_id).map(|record| {
				context.db.shared_read(&context.rates.shared, Shared::Node(node_id));
				if let Some(at) = record.deleted_at {
					context.until = now.min(at);
					context.node_deleted = true;
				}
				context.node = Some(record);
				context.farmer_twin = Some(record.node.farmer_twin);
				record.node.pricing_policy_id
			}),
		};
		if let Some(id) = policy_id {
			let (policy, read) = rates.policy(id);
			if !read {
				context.db.skip_read();
			}
			context.policy = policy;
		}
		context
	}

	/// The balance a twin can put on hold (keeping the account alive).
	pub(crate) fn usable_balance(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
	}

	/// The node's standby counter at `at` (0 for a node without a record).
	pub(crate) fn node_downtime_at(node_id: u32, at: u64) -> u64 {
		NodeBillingRecords::<T>::hot_get(node_id).map(|r| r.downtime.at(at)).unwrap_or(0)
	}

	/// Computes what `contract` owes from its last bill up to `context.until`, moves its
	/// billing time forward (and its standby snapshot, and clears its unbilled network usage).
	/// Returns (standard TFT, extra-fee TFT, discount level, rent waived).
	fn charge(
		contract: &Contract,
		context: &mut BillingContext<'_, T>,
		state: &mut ContractPaymentStateOf<T>,
		owner_available: BalanceOf<T>,
	) -> (u128, u128, DiscountLevel, bool) {
		let id = contract.contract_id;
		let last_bill = state.last_updated_seconds;
		let until = context.until.max(last_bill);
		let elapsed = until.saturating_sub(last_bill);
		state.last_updated_seconds = until;

		// Standby time of the node since the last bill is not billed.
		let mut billable = elapsed;
		let mut waived = false;
		if let Some(record) = context.node.as_ref() {
			// The counter comes with the node's record, read with the context.
			let counter = record.downtime.at(until);
			// A snapshot is only ever stored for a node that was down (counter > 0), and each
			// bill leaves it equal to the counter: while the counter has not moved since the
			// last bill, the snapshot holds it.
			let snapshot = if counter == 0 || record.downtime.unchanged_since(last_bill) {
				context.db.skip_read();
				counter
			} else {
				ContractDowntimeSnapshot::<T>::hot_get(id)
			};
			if counter != snapshot {
				let down = counter.saturating_sub(snapshot).min(elapsed);
				billable = elapsed.saturating_sub(down);
				waived = down > 0;
				ContractDowntimeSnapshot::<T>::hot_insert(id, counter);
			} else {
				context.db.skip_write();
			}
		}

		let Some(policy) = context.policy.as_ref() else {
			// No pricing policy (the registry never deletes one): nothing can be priced.
			return (0, 0, DiscountLevel::None, false);
		};
		let mut standard: u128 = 0;
		let mut additional: u128 = 0;
		match &contract.contract_type {
			ContractData::NodeContract(node_contract) => {
				let rented = context.node.is_some_and(|r| r.rent_contract.is_some());
				let used = NodeContractResources::<T>::hot_get(id).used;
				let certification =
					context.node.as_ref().map(|r| r.node.certification).unwrap_or_default();
				standard = cost::node_contract_cost(
					policy,
					&used,
					node_contract.public_ips,
					certification,
					rented,
					billable,
				);
				let info = ContractBillingInformationByID::<T>::hot_get(id);
				if info.amount_unbilled > 0 {
					standard = standard.saturating_add(cost::units_usd(info.amount_unbilled));
					ContractBillingInformationByID::<T>::hot_insert(
						id,
						ContractBillingInformation { amount_unbilled: 0, ..info },
					);
				} else {
					context.db.skip_write();
				}
				waived = false;
			},
			ContractData::RentContract(_) => {
				if let Some(record) = context.node.as_ref() {
					standard = cost::rent_contract_cost(
						policy,
						&record.node.resources,
						record.node.certification,
						billable,
					);
					if record.extra_fee > 0 {
						additional = cost::extra_fee_cost(record.extra_fee, billable);
					}
				}
			},
			ContractData::NameContract(_) => {
				standard = cost::name_contract_cost(policy, elapsed);
			},
		}

		let price = context.rates.price;
		let full = cost::to_tft(standard, price, 100);
		let own: u128 = owner_available.saturated_into();
		let mut level = cost::discount_level(own, full, billable);
		// Below the best level, an account bonded to the twin may raise it.
		if level != DiscountLevel::Gold {
			let bonded = T::Tfgrid::twin_bonded_account(contract.twin_id);
			// Beyond the benchmark's path: the lookup, and the bonded account's balance.
			let reads = if bonded.is_some() { 2 } else { 1 };
			let item = Shared::Bonded(contract.twin_id);
			context.db.extra_shared_reads(&context.rates.shared, item, reads);
			if let Some(bonded) = bonded {
				let with_bonded =
					own.saturating_add(Self::usable_balance(&bonded).saturated_into());
				level = cost::discount_level(with_bonded, full, billable);
			}
		}
		let standard_tft = cost::to_tft(standard, price, level.pay_percent());
		let additional_tft = cost::to_tft(additional, price, 100);
		(standard_tft, additional_tft, level, waived)
	}

	/// Settles the overdraft and then the new amounts by holding what the twin can spare;
	/// the rest becomes overdraft. Returns what was put on hold and whether a hold was tried.
	fn pay(
		twin_account: Option<&T::AccountId>,
		available: BalanceOf<T>,
		state: &mut ContractPaymentStateOf<T>,
		standard: BalanceOf<T>,
		additional: BalanceOf<T>,
	) -> (BalanceOf<T>, bool) {
		let mut tried = false;
		let owed_standard = state.standard_overdraft.saturating_add(standard);
		let owed_additional = state.additional_overdraft.saturating_add(additional);
		let mut held_standard = Zero::zero();
		let mut held_additional = Zero::zero();
		if let Some(who) = twin_account {
			let take_standard = owed_standard.min(available);
			let take_additional = owed_additional.min(available.saturating_sub(take_standard));
			let total = take_standard.saturating_add(take_additional);
			if !total.is_zero() {
				tried = true;
				if T::Currency::hold(&Self::hold_reason(), who, total).is_ok() {
					held_standard = take_standard;
					held_additional = take_additional;
				}
			}
		}
		state.standard_reserve = state.standard_reserve.saturating_add(held_standard);
		state.additional_reserve = state.additional_reserve.saturating_add(held_additional);
		state.standard_overdraft = owed_standard.saturating_sub(held_standard);
		state.additional_overdraft = owed_additional.saturating_sub(held_additional);
		(held_standard.saturating_add(held_additional), tried)
	}

	/// Bills a contract (whose payment state is `state`) up to `context.until`, pays, and (for
	/// a cycle) pays out every `DistributionFrequency` bills. Does not change the contract's
	/// state. Returns the payment state (not written yet) and, if it paid out, how many solution
	/// providers it paid.
	fn bill_and_pay(
		contract: &Contract,
		context: &mut BillingContext<'_, T>,
		twin_account: Option<&T::AccountId>,
		kind: BillKind,
		mut state: ContractPaymentStateOf<T>,
	) -> (ContractPaymentStateOf<T>, Option<u32>) {
		let id = contract.contract_id;
		let available = twin_account.map(Self::usable_balance).unwrap_or_else(Zero::zero);
		let (standard, additional, level, waived) =
			Self::charge(contract, context, &mut state, available);
		let standard_due: BalanceOf<T> = standard.saturated_into();
		let additional_due: BalanceOf<T> = additional.saturated_into();
		let (held, tried) =
			Self::pay(twin_account, available, &mut state, standard_due, additional_due);
		context.db.twin_access(
			&context.rates.shared,
			contract.twin_id,
			twin_account.is_some(),
			tried,
		);
		// As on TFChain: a bill paid in full is `ContractBilled` (what it put on hold: the cost
		// and any overdraft it settled), one that is not is `ContractPaymentOverdrawn` (what it
		// put on hold, and what of its cost is left unpaid). A bill that neither cost nor held
		// anything emits neither.
		let billed = standard.saturating_add(additional);
		if billed > 0 || !held.is_zero() {
			if state.has_overdraft() {
				let due: BalanceOf<T> = billed.saturated_into();
				Self::deposit_event(Event::ContractPaymentOverdrawn {
					contract_id: id,
					timestamp: context.until,
					partially_billed_amount: held,
					overdraft: due.min(state.overdraft()),
				});
			} else {
				Self::deposit_event(Event::ContractBilled(ContractBill {
					contract_id: id,
					timestamp: context.until,
					discount_level: level,
					amount_billed: held.saturated_into(),
				}));
			}
		}
		if waived {
			Self::deposit_event(Event::RentWaived { contract_id: id });
		}
		let mut paid_out = None;
		// Only the period's bill from the hook counts toward the payout.
		if kind == BillKind::Cycle {
			state.cycles = state.cycles.saturating_add(1);
			if state.cycles >= T::DistributionFrequency::get() {
				state.cycles = 0;
				paid_out = Some(Self::distribute(contract, context, twin_account, &mut state));
			}
		}
		(state, paid_out)
	}

	/// Pays `amount` held on `from` to `to`; false (nothing moved) if it cannot.
	fn pay_out(from: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) -> bool {
		if amount.is_zero() {
			return true;
		}
		T::Currency::transfer_on_hold(
			&Self::hold_reason(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)
		.is_ok()
	}

	/// Pays out a contract's reserve to its beneficiaries (crate docs, "Paying"); what cannot be
	/// paid stays in the reserve. Returns how many solution providers were paid (the part of
	/// a payout's cost that varies).
	pub(crate) fn distribute(
		contract: &Contract,
		context: &BillingContext<'_, T>,
		twin_account: Option<&T::AccountId>,
		state: &mut ContractPaymentStateOf<T>,
	) -> u32 {
		let Some(twin) = twin_account else { return 0 };
		let standard = state.standard_reserve;
		let additional = state.additional_reserve;
		if standard.is_zero() && additional.is_zero() {
			return 0;
		}
		let mut providers_paid = 0u32;
		let percent = |amount: BalanceOf<T>, pct: u32| -> BalanceOf<T> {
			let value = amount.saturated_into::<u128>().saturating_mul(u128::from(pct)) / 100;
			value.saturated_into()
		};
		let foundation = context.policy.as_ref().map(|p| p.foundation_account.clone());
		let staking = T::StakingPoolAccount::get();
		let farmer = context.farmer_twin.and_then(T::Tfgrid::twin_account);
		let is_name = matches!(contract.contract_type, ContractData::NameContract(_));
		// The account that takes the remainder: the farmer, or the foundation for names.
		let residual = if is_name { foundation.clone() } else { farmer.clone() };

		let mut paid_standard: BalanceOf<T> = Zero::zero();

		let staking_share = percent(standard, 10);
		if Self::pay_out(twin, &staking, staking_share) {
			paid_standard = paid_standard.saturating_add(staking_share);
		}
		if !is_name {
			let mut foundation_share = percent(standard, 40);
			if let Some(provider) = contract
				.solution_provider_id
				.and_then(SolutionProviders::<T>::get)
				.filter(|provider| provider.approved)
			{
				for p in provider.providers.iter() {
					providers_paid = providers_paid.saturating_add(1);
					let take = percent(standard, u32::from(p.take)).min(foundation_share);
					foundation_share = foundation_share.saturating_sub(take);
					if Self::pay_out(twin, &p.who, take) {
						paid_standard = paid_standard.saturating_add(take);
					}
				}
			}
			let paid = foundation
				.as_ref()
				.map(|account| Self::pay_out(twin, account, foundation_share))
				.unwrap_or(false);
			if paid {
				paid_standard = paid_standard.saturating_add(foundation_share);
			}
		}
		// The remainder (and any share that could not be paid) to the residual beneficiary.
		let remainder = standard.saturating_sub(paid_standard);
		if residual.as_ref().map(|account| Self::pay_out(twin, account, remainder)).unwrap_or(false)
		{
			paid_standard = paid_standard.saturating_add(remainder);
		}
		// The extra fee goes to the farmer in full.
		let mut paid_additional: BalanceOf<T> = Zero::zero();
		if let Some(farmer) = farmer.as_ref() {
			if Self::pay_out(twin, farmer, additional) {
				paid_additional = additional;
			}
		}
		state.standard_reserve = standard.saturating_sub(paid_standard);
		state.additional_reserve = additional.saturating_sub(paid_additional);
		if !paid_standard.is_zero() || !paid_additional.is_zero() {
			Self::deposit_event(Event::RewardDistributed {
				contract_id: contract.contract_id,
				standard_rewards: paid_standard,
				additional_rewards: paid_additional,
			});
		}
		providers_paid
	}

	/// The node id of a contract for events (0 for name contracts).
	pub(crate) fn event_node_id(contract: &Contract) -> u32 {
		contract.node_id().unwrap_or(0)
	}

	/// Whether a node contract's node is rented by a contract in grace (the node's record
	/// names the rent contract; reading it is a read beyond the benchmark's path).
	fn rent_in_grace(contract: &Contract, context: &mut BillingContext<'_, T>) -> bool {
		let ContractData::NodeContract(node_contract) = &contract.contract_type else {
			return false;
		};
		let Some(rent_id) = context.node.and_then(|record| record.rent_contract) else {
			return false;
		};
		let item = Shared::Rent(node_contract.node_id);
		context.db.extra_shared_reads(&context.rates.shared, item, 1);
		Contracts::<T>::hot_get(rent_id).map(|rent| rent.in_grace()).unwrap_or(false)
	}

	/// The billing hook's bill of one contract for its period ([`BillKind::Cycle`]); see
	/// [`Self::bill_contract_as`].
	pub(crate) fn bill_contract(contract_id: u64, rates: &BillingRates<T>) -> BillOutcome {
		Self::bill_contract_as(contract_id, rates, BillKind::Cycle)
	}

	/// Bills one contract (`kind`: the hook's [`BillKind::Cycle`] or
	/// `bill_contract_for_block`'s [`BillKind::Extra`]) and applies the grace rules: a
	/// contract that still owes at least `GracePeriod` blocks after its grace started ends
	/// (`OutOfFunds`); a node contract in grace only because its rent is does not end on its
	/// own bill, it ends with the rent. A contract of a deleted node is ended instead. Returns
	/// what was done, for the weight.
	pub(crate) fn bill_contract_as(
		contract_id: u64,
		rates: &BillingRates<T>,
		kind: BillKind,
	) -> BillOutcome {
		let Some(contract) = Contracts::<T>::hot_get(contract_id) else {
			return BillOutcome::default();
		};
		let shared_twin = rates.shared.touched(Shared::Twin(contract.twin_id));
		let mut context = Self::billing_context(&contract, rates, shared_twin);
		if context.node_deleted {
			return BillOutcome::ended(Self::terminate(contract, Cause::CanceledByUser));
		}
		let state = ContractPaymentState::<T>::hot_get(contract_id).unwrap_or_default();
		if contract.state == ContractState::Created && context.until <= state.last_updated_seconds {
			// Nothing elapsed (e.g. created in the same second): nothing to do.
			return BillOutcome::default();
		}
		let twin_account = T::Tfgrid::twin_account(contract.twin_id);
		rates.shared.first_touch(Shared::Twin(contract.twin_id));
		let (state, paid_out) =
			Self::bill_and_pay(&contract, &mut context, twin_account.as_ref(), kind, state);
		let public_ips = match &contract.contract_type {
			ContractData::NodeContract(node_contract) => node_contract.public_ips,
			_ => 0,
		};
		// A node contract on a rented node is unpaid while its rent is, but only its own debt
		// can end it: one in grace through its rent alone ends with the rent (whose bill ends
		// its node contracts), so which of the two a block bills first cannot decide it.
		let owes = state.has_overdraft();
		let unpaid = owes || Self::rent_in_grace(&contract, &mut context);
		let mut outcome = BillOutcome {
			billed: Some(ContractKind::of(&contract.contract_type)),
			public_ips,
			paid_out: paid_out.is_some(),
			providers_paid: paid_out.unwrap_or(0),
			db: context.db,
			..Default::default()
		};
		let block = Self::block_number();
		ContractPaymentState::<T>::hot_insert(contract_id, state);
		match contract.state {
			ContractState::Created if unpaid => {
				outcome.grace_followers = Self::start_grace(contract, block).saturating_sub(1);
			},
			ContractState::GracePeriod(_) if !unpaid => {
				outcome.grace_followers = Self::end_grace(contract).saturating_sub(1);
			},
			ContractState::GracePeriod(start)
				if owes
					&& block.saturating_sub(start)
						>= T::GracePeriod::get().saturated_into::<u64>() =>
			{
				Self::deposit_event(Event::ContractGracePeriodElapsed {
					contract_id,
					grace_period: block.saturating_sub(start),
				});
				outcome.ended = Self::terminate(contract, Cause::OutOfFunds);
			},
			_ => {},
		}
		outcome
	}

	/// Bills a contract before a change (migration): no grace changes.
	pub(crate) fn settle(contract: &Contract) {
		let rates = BillingRates::load();
		let mut context = Self::billing_context(contract, &rates, false);
		let twin_account = T::Tfgrid::twin_account(contract.twin_id);
		let state = ContractPaymentState::<T>::get(contract.contract_id).unwrap_or_default();
		let (state, _) = Self::bill_and_pay(
			contract,
			&mut context,
			twin_account.as_ref(),
			BillKind::Settle,
			state,
		);
		ContractPaymentState::<T>::insert(contract.contract_id, state);
	}

	/// Moves a contract into grace; a rent contract takes its node's node contracts along.
	/// Returns how many contracts moved.
	fn start_grace(mut contract: Contract, block: u64) -> u32 {
		let mut moved = 1u32;
		contract.state = ContractState::GracePeriod(block);
		Contracts::<T>::insert(contract.contract_id, &contract);
		Self::deposit_event(Event::ContractGracePeriodStarted {
			contract_id: contract.contract_id,
			node_id: Self::event_node_id(&contract),
			twin_id: contract.twin_id,
			block_number: block,
		});
		if let ContractData::RentContract(rent) = &contract.contract_type {
			for id in ActiveNodeContracts::<T>::get(rent.node_id) {
				if let Some(node_contract) = Contracts::<T>::get(id) {
					if node_contract.state == ContractState::Created {
						moved = moved.saturating_add(Self::start_grace(node_contract, block));
					}
				}
			}
		}
		moved
	}

	/// Moves a contract out of grace; a rent contract takes along its node's node contracts
	/// that owe nothing themselves. Returns how many contracts moved.
	fn end_grace(mut contract: Contract) -> u32 {
		let mut moved = 1u32;
		contract.state = ContractState::Created;
		Contracts::<T>::insert(contract.contract_id, &contract);
		Self::deposit_event(Event::ContractGracePeriodEnded {
			contract_id: contract.contract_id,
			node_id: Self::event_node_id(&contract),
			twin_id: contract.twin_id,
		});
		if let ContractData::RentContract(rent) = &contract.contract_type {
			for id in ActiveNodeContracts::<T>::get(rent.node_id) {
				if let Some(node_contract) = Contracts::<T>::get(id) {
					if node_contract.in_grace()
						&& !ContractPaymentState::<T>::get(id).is_some_and(|s| s.has_overdraft())
					{
						moved = moved.saturating_add(Self::end_grace(node_contract));
					}
				}
			}
		}
		moved
	}

	/// Ends a contract: final bill (up to now, or the node's deletion), payout of the whole
	/// reserve, release of what could not be paid out, IPs freed, every index removed, events.
	/// A rent contract first ends its node's node contracts. Returns how many contracts ended.
	pub(crate) fn terminate(contract: Contract, cause: Cause) -> u32 {
		let mut ended = 0u32;
		if let ContractData::RentContract(rent) = &contract.contract_type {
			for id in ActiveNodeContracts::<T>::get(rent.node_id) {
				if let Some(node_contract) = Contracts::<T>::get(id) {
					ended = ended.saturating_add(Self::terminate(node_contract, cause));
				}
			}
		}
		let rates = BillingRates::load();
		let mut context = Self::billing_context(&contract, &rates, false);
		let twin_account = T::Tfgrid::twin_account(contract.twin_id);
		let state = ContractPaymentState::<T>::get(contract.contract_id).unwrap_or_default();
		let (mut state, _) = Self::bill_and_pay(
			&contract,
			&mut context,
			twin_account.as_ref(),
			BillKind::Final,
			state,
		);
		Self::distribute(&contract, &context, twin_account.as_ref(), &mut state);
		// Whatever could not be paid out goes back to the twin; the overdraft is forgiven.
		if let Some(twin) = twin_account.as_ref() {
			let rest = state.reserve();
			if !rest.is_zero() {
				let _ =
					T::Currency::release(&Self::hold_reason(), twin, rest, Precision::BestEffort);
			}
		}
		Self::remove_contract(&contract, cause);
		ended.saturating_add(1)
	}

	/// The billing hook: first the contracts of deleted nodes, then the buckets of the blocks up
	/// to `n`, within `budget`. Returns the weight used.
	pub(crate) fn run_billing(n: BlockNumberFor<T>, budget: Weight) -> Weight {
		let db = T::DbWeight::get();
		// A contract is billed only if its worst case fits; it is charged what it did.
		let bill = Self::worst_bill_weight();
		let mut used = db.reads_writes(3, 1);
		let fits = |used: Weight, more: Weight| used.saturating_add(more).all_lte(budget);

		// Deleted nodes: one contract at a time.
		while fits(used, bill) {
			let Some((node_id, _)) = DeletedNodes::<T>::iter().next() else { break };
			used = used.saturating_add(db.reads(3));
			let next = ActiveNodeContracts::<T>::get(node_id)
				.first()
				.copied()
				.or_else(|| ActiveRentContractForNode::<T>::get(node_id));
			match next.and_then(Contracts::<T>::get) {
				Some(contract) => {
					let ended = Self::terminate(contract, Cause::CanceledByUser);
					used = used.saturating_add(BillOutcome::ended(ended).weight::<T>());
				},
				None => {
					DeletedNodes::<T>::remove(node_id);
					NodeBillingRecords::<T>::remove(node_id);
					DedicatedNodesExtraFee::<T>::remove(node_id);
					used = used.saturating_add(db.writes(3));
				},
			}
		}

		// Buckets, in block order, resuming where the last block stopped.
		let frequency = BillingFrequency::<T>::get().max(1);
		let block: u64 = n.saturated_into();
		let mut cursor = BillingCursor::<T>::get();
		let behind = block.saturating_sub(cursor.next_block);
		if behind >= frequency {
			// A period or more behind (the pallet was just added, or the hook is overloaded):
			// move the cursor forward by whole periods. It stays at the same bucket and
			// position, so the round goes on where it stopped and no contract is skipped; the
			// visits in between would only have re-billed the same buckets sooner.
			let periods = behind / frequency;
			cursor.next_block = cursor.next_block.saturating_add(periods.saturating_mul(frequency));
		}
		let mut bucket_ids: Option<alloc::vec::Vec<u64>> = None;
		let mut rates: Option<BillingRates<T>> = None;
		while cursor.next_block <= block {
			let bucket = cursor.next_block % frequency;
			if bucket_ids.is_none() {
				if !fits(used, db.reads(1)) {
					break;
				}
				used = used.saturating_add(db.reads(1));
				bucket_ids = Some(ContractsToBillAt::<T>::get(bucket).into_inner());
			}
			let next_id = bucket_ids.as_ref().and_then(|ids| ids.get(cursor.position as usize));
			let Some(&contract_id) = next_id else {
				// Bucket done.
				if Self::compact_bucket(bucket) {
					used = used.saturating_add(db.reads_writes(1, 1));
				}
				cursor.next_block = cursor.next_block.saturating_add(1);
				cursor.position = 0;
				bucket_ids = None;
				continue;
			};
			if contract_id == 0 {
				cursor.position = cursor.position.saturating_add(1);
				continue;
			}
			if rates.is_none() {
				// Read once, before the block's first bill.
				let load = BillingRates::<T>::load_weight();
				if !fits(used, bill.saturating_add(load)) {
					break;
				}
				used = used.saturating_add(load);
				rates = Some(BillingRates::load());
			}
			let Some(rates) = rates.as_ref() else { break };
			if !fits(used, bill) {
				break;
			}
			cursor.position = cursor.position.saturating_add(1);
			used = used.saturating_add(Self::bill_contract(contract_id, rates).weight::<T>());
		}
		BillingCursor::<T>::put(cursor);
		used
	}

	/// Anyone bills a contract now.
	pub fn do_bill_contract_for_block(contract_id: u64) -> DispatchResult {
		ensure!(Contracts::<T>::contains_key(contract_id), Error::<T>::ContractNotExists);
		Self::bill_contract_as(contract_id, &BillingRates::load(), BillKind::Extra);
		Ok(())
	}

	/// What the pallet holds on an account for contract billing.
	pub fn held_for_billing(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&Self::hold_reason(), who)
	}
}
