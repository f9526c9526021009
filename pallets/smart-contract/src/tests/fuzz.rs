//! The randomized money test: deterministic seeds, hundreds of blocks, many twins and
//! contracts, random resources, network reports, top-ups and drains, cancellations, nodes going
//! down and up and being deleted, price changes and billing budgets.
//!
//! After every block: total issuance unchanged, every account's reserved balance equals its
//! holds, every billing hold equals its contracts' reserves, all indexes and the schedule
//! consistent (`check_invariants`). Every failing call changes no storage. Every bill covers
//! the seconds since the previous bill of its contract (no second billed twice).
//!
//! At the end every contract is cancelled (final bill) and its total bill is compared with an
//! independent model of the billing spec applied to its whole life: per bill, the spec cost of
//! the interval (CU/SU in thousandths, as the pallet documents; the node's standby time left
//! out; no CU/SU on a rented node; network usage as reported) at the price and discount level of
//! that bill. Bound: the sum may differ by at most one TFT unit per bill (each bill rounds once).

use super::*;
use crate::{ContractPaymentState, Contracts};
use frame_support::{
	traits::{fungible::Mutate, tokens::Preservation},
	weights::Weight,
};
use std::collections::{BTreeMap, BTreeSet};
use tfchain_support::{types::Power, Resources, GIB};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n.max(1)
	}
	fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
		if items.is_empty() {
			None
		} else {
			Some(items[self.below(items.len() as u64) as usize].clone())
		}
	}
}

#[derive(Clone, Copy, Debug)]
enum Kind {
	Node { node_id: u32, ips: u32 },
	Name,
	Rent { node_id: u32 },
}

/// The independent model of what each bill should be.
#[derive(Default)]
struct Model {
	price: u32,
	kind: BTreeMap<u64, Kind>,
	last: BTreeMap<u64, u64>,
	resources: BTreeMap<u64, Resources>,
	unbilled: BTreeMap<u64, u64>,
	rented: BTreeMap<u32, u64>,
	downs: BTreeMap<u32, Vec<(u64, Option<u64>)>>,
	/// Timestamp of the last network report that counted, per contract.
	nru_last: BTreeMap<u64, u64>,
	/// Overdraft owed per contract (what bills billed but could not hold).
	owed: BTreeMap<u64, u128>,
	/// The sum of what each bill billed (its cost, whether held or owed).
	actual: BTreeMap<u64, u128>,
	expected: BTreeMap<u64, f64>,
	bills: BTreeMap<u64, u128>,
	ended: BTreeMap<u64, u64>,
	/// How often interesting paths ran: grace started, grace elapsed, payouts, rent waived,
	/// overdrafts.
	stats: [u32; 5],
}

/// CU in thousandths, each term floored (the pallet's documented precision).
fn cu_milli(r: &Resources) -> u64 {
	let t = |v: u64, d: u64| ((v as u128 * 1000) / d as u128) as u64;
	let a = t(r.mru, 4 * GIB).max(t(r.cru, 2));
	let b2 = t(r.mru, 8 * GIB).max(t(r.cru, 1));
	let c = t(r.mru, 2 * GIB).max(t(r.cru, 4));
	a.min(b2).min(c)
}

/// SU in thousandths, floored.
fn su_milli(r: &Resources) -> u64 {
	(((r.hru as u128 + 6 * r.sru as u128) * 1000) / (1200 * GIB as u128)) as u64
}

impl Model {
	fn downtime(&self, node_id: u32, from: u64, to: u64) -> u64 {
		self.downs
			.get(&node_id)
			.map(|spans| {
				spans
					.iter()
					.map(|(start, end)| {
						let s = (*start).max(from);
						let e = end.unwrap_or(u64::MAX).min(to);
						e.saturating_sub(s)
					})
					.sum()
			})
			.unwrap_or(0)
	}

	/// Units USD of one interval (pricing policy 1 of the mock registry).
	fn cost(&mut self, id: u64, from: u64, to: u64) -> f64 {
		let (su, cu, ipu, name) = (50_000.0, 100_000.0, 40_000.0, 2_500.0);
		let elapsed = (to - from) as f64;
		match self.kind[&id] {
			Kind::Name => name * elapsed / 3600.0,
			Kind::Node { node_id, ips } => {
				let billable = (to - from - self.downtime(node_id, from, to)) as f64;
				let mut usd = ipu * ips as f64 * billable / 3600.0;
				if !self.rented.contains_key(&node_id) {
					let r = self.resources.get(&id).copied().unwrap_or_default();
					usd += (su * su_milli(&r) as f64 + cu * cu_milli(&r) as f64) / 1000.0
						* billable / 3600.0;
				}
				usd + self.unbilled.remove(&id).unwrap_or(0) as f64
			},
			Kind::Rent { node_id } => {
				let billable = (to - from - self.downtime(node_id, from, to)) as f64;
				let r = node_resources();
				(su * su_milli(&r) as f64 + cu * cu_milli(&r) as f64) / 1000.0 * 0.5 * billable
					/ 3600.0
			},
		}
	}

	/// Records a bill of `cost` TFT units at `level` for the interval up to `until`.
	fn bill(&mut self, id: u64, until: u64, cost: u128, level: DiscountLevel) {
		let from = self.last[&id];
		assert!(until >= from, "contract {id} billed back in time");
		let usd = self.cost(id, from, until);
		let tft = usd * 1000.0 / self.price as f64 * level.pay_percent() as f64 / 100.0;
		*self.expected.entry(id).or_default() += tft;
		*self.actual.entry(id).or_default() += cost;
		*self.bills.entry(id).or_default() += 1;
		self.last.insert(id, until);
	}

	/// Reads the events since the last call, in order (and clears them).
	fn observe(&mut self) {
		let all = events_with_index();
		System::reset_events();
		for event in all {
			let Some(event) = event else { continue };
			match event {
				Event::ContractCreated(c) => {
					let kind = match &c.contract_type {
						ContractData::NodeContract(n) => {
							// Network usage counts from the contract's creation.
							self.nru_last.insert(c.contract_id, now_secs());
							Kind::Node { node_id: n.node_id, ips: n.public_ips }
						},
						ContractData::NameContract(_) => Kind::Name,
						ContractData::RentContract(r) => {
							self.rented.insert(r.node_id, c.contract_id);
							Kind::Rent { node_id: r.node_id }
						},
					};
					self.kind.insert(c.contract_id, kind);
					self.last.insert(c.contract_id, now_secs());
				},
				Event::UpdatedUsedResources(r) => {
					self.resources.insert(r.contract_id, r.used);
				},
				Event::NruConsumptionReportReceived(r) => {
					// Every report is received; one not newer than the last counted one is not
					// counted (reports here are stamped with chain time, never before a bill).
					// Its window counts for at most the time since the last counted one.
					let last = self.nru_last.get(&r.contract_id).copied().unwrap_or(0);
					if r.timestamp > last {
						self.nru_last.insert(r.contract_id, r.timestamp);
						let window = r.window.min(r.timestamp - last);
						let cost = (r.nru as u128 * 15_000 * window as u128
							/ (1_000_000_000 * 3600)) as u64;
						*self.unbilled.entry(r.contract_id).or_default() += cost;
					}
				},
				Event::ContractBilled(bill) => {
					// Paid in full: it held its cost and the whole overdraft.
					let owed = self.owed.remove(&bill.contract_id).unwrap_or(0);
					let cost = bill.amount_billed.checked_sub(owed).expect("a bill settles");
					self.bill(bill.contract_id, bill.timestamp, cost, bill.discount_level);
				},
				Event::ContractPaymentOverdrawn {
					contract_id,
					timestamp,
					partially_billed_amount: held,
					overdraft,
				} => {
					self.stats[4] += 1;
					// What was held settles the old overdraft first; `overdraft` is what of this
					// bill's cost is left unpaid.
					let (held, unpaid) = (held as u128, overdraft as u128);
					let owed = self.owed.get(&contract_id).copied().unwrap_or(0);
					let cost = if held >= owed { unpaid + held - owed } else { unpaid };
					self.owed.insert(contract_id, owed + cost - held);
					// A twin that cannot pay a bill has no runway: no discount.
					self.bill(contract_id, timestamp, cost, DiscountLevel::None);
				},
				Event::RentContractCanceled { contract_id } => {
					self.rented.retain(|_, id| *id != contract_id);
					self.ended.insert(contract_id, now_secs());
				},
				Event::NodeContractCanceled { contract_id, .. }
				| Event::NameContractCanceled { contract_id } => {
					self.ended.insert(contract_id, now_secs());
				},
				Event::ContractGracePeriodStarted { .. } => self.stats[0] += 1,
				Event::ContractGracePeriodElapsed { .. } => self.stats[1] += 1,
				Event::RewardDistributed { .. } => self.stats[2] += 1,
				Event::RentWaived { .. } => self.stats[3] += 1,
				_ => {},
			}
		}
	}

	/// A bill without an event (amount 0) still moves the billing time: follow the chain for
	/// contracts billed at 0 (e.g. all standby) so the next interval starts right. The model
	/// checks such an interval cost nothing.
	fn sync_zero_bills(&mut self) {
		let ids: Vec<u64> = self.last.keys().copied().collect();
		for id in ids {
			if self.ended.contains_key(&id) {
				continue;
			}
			if let Ok(state) = ContractPaymentState::<Test>::try_get(id) {
				let from = self.last[&id];
				if state.last_updated_seconds > from {
					let usd = self.cost(id, from, state.last_updated_seconds);
					assert!(
						usd * 1000.0 / self.price as f64 <= 1.0,
						"unbilled interval of {id} cost {usd}"
					);
					self.last.insert(id, state.last_updated_seconds);
				}
			}
		}
	}
}

/// The pallet's events by position in `System::events()` (other pallets' as `None`).
fn events_with_index() -> Vec<Option<Event<Test>>> {
	System::events()
		.into_iter()
		.map(|record| match record.event {
			RuntimeEvent::SmartContractModule(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// Each account's reserved balance equals the sum of its holds.
fn check_reserved_equals_holds() {
	for (who, info) in frame_system::Account::<Test>::iter() {
		let holds: u64 = pallet_balances::Holds::<Test>::get(&who).iter().map(|h| h.amount).sum();
		assert_eq!(info.data.reserved, holds, "reserved of {who:?}");
	}
}

/// Runs a call; on error, asserts it changed nothing.
fn attempt(call: impl FnOnce() -> frame_support::dispatch::DispatchResult) {
	let before = root();
	if call().is_err() {
		assert_eq!(root(), before, "a failing call changed storage");
	}
}

fn run_seed(seed: u64) -> [u32; 5] {
	new_test_ext().execute_with(|| {
		let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
		let mut model = Model { price: 50, ..Default::default() };
		// Two farms with 4 IPs, two nodes each; eight users, three of them poor.
		let farmers = [acc(1), acc(2)];
		let node_accounts = [acc(3), acc(4), acc(5), acc(6)];
		let users: Vec<AccountId> = (10..18).map(acc).collect();
		let funder = acc(50);
		for f in &farmers {
			MockGrid::twin(f);
		}
		let farms = [MockGrid::farm(&farmers[0], 4), MockGrid::farm(&farmers[1], 4)];
		let mut nodes: Vec<(u32, AccountId)> = Vec::new();
		for (i, account) in node_accounts.iter().enumerate() {
			MockGrid::twin(account);
			nodes.push((MockGrid::node(account, farms[i / 2]), account.clone()));
		}
		for (i, user) in users.iter().enumerate() {
			MockGrid::twin(user);
			if i < 3 {
				let amount = free(user) - 2_000_000;
				assert_ok!(<Balances as Mutate<_>>::transfer(
					user,
					&funder,
					amount,
					Preservation::Expendable
				));
			}
		}
		model.observe();
		let issuance = issuance();
		let mut names = 0u32;
		let mut down: BTreeSet<u32> = BTreeSet::new();

		for block in 2..=400u64 {
			for _ in 0..rng.below(4) {
				let user = rng.pick(&users).unwrap();
				match rng.below(100) {
					0..=17 => {
						if let Some((node_id, _)) = rng.pick(&nodes) {
							let h = rng.below(6) as u8;
							let ips = rng.below(3) as u32;
							attempt(|| {
								SmartContractModule::create_node_contract(
									signed(&user),
									node_id,
									hash(h),
									b(b"d"),
									ips,
									None,
								)
							});
						}
					},
					18..=23 => {
						names += 1;
						let name = format!("name{names}");
						attempt(|| {
							SmartContractModule::create_name_contract(
								signed(&user),
								name.as_bytes().to_vec(),
							)
						});
					},
					24..=28 => {
						if let Some((node_id, _)) = rng.pick(&nodes) {
							attempt(|| {
								SmartContractModule::create_rent_contract(
									signed(&user),
									node_id,
									None,
								)
							});
						}
					},
					29..=43 => {
						let live: Vec<(u64, u32)> = Contracts::<Test>::iter()
							.filter_map(|(id, c)| match c.contract_type {
								ContractData::NodeContract(n) => Some((id, n.node_id)),
								_ => None,
							})
							.collect();
						if let Some((id, node_id)) = rng.pick(&live) {
							let account =
								nodes.iter().find(|(n, _)| *n == node_id).map(|(_, a)| a.clone());
							if let Some(account) = account {
								let used = Resources {
									cru: 1 + rng.below(16),
									mru: (1 + rng.below(64)) * GIB,
									sru: rng.below(1000) * GIB,
									hru: rng.below(4000) * GIB,
								};
								let report = ContractResources { contract_id: id, used };
								attempt(|| {
									SmartContractModule::report_contract_resources(
										signed(&account),
										vec![report],
									)
									.map(|_| ())
									.map_err(|e| e.error)
								});
								let nru = NruConsumption {
									contract_id: id,
									timestamp: now_secs(),
									window: 60 + rng.below(600),
									nru: rng.below(50_000_000_000),
								};
								attempt(|| {
									SmartContractModule::add_nru_reports(
										signed(&account),
										vec![nru],
									)
									.map(|_| ())
									.map_err(|e| e.error)
								});
							}
						}
					},
					44..=53 => {
						// The first two (poor) users never get a top-up: their grace runs out.
						let amount = rng.below(20) * TFT / 10;
						if user != users[0] && user != users[1] {
							let _ = <Balances as Mutate<_>>::transfer(
								&funder,
								&user,
								amount,
								Preservation::Preserve,
							);
						}
					},
					54..=58 => {
						let amount = free(&user) * rng.below(100) / 100;
						let _ = <Balances as Mutate<_>>::transfer(
							&user,
							&funder,
							amount,
							Preservation::Preserve,
						);
					},
					59..=70 => {
						let mine: Vec<u64> = Contracts::<Test>::iter()
							.filter(|(_, c)| {
								pallet_tfgrid::Twins::<Test>::get(c.twin_id).unwrap().account_id
									== user
							})
							.map(|(id, _)| id)
							.collect();
						if let Some(id) = rng.pick(&mine) {
							attempt(|| SmartContractModule::cancel_contract(signed(&user), id));
						}
					},
					71..=80 => {
						if let Some((node_id, account)) = rng.pick(&nodes) {
							let power =
								if down.contains(&node_id) { Power::Up } else { Power::Down };
							assert_ok!(TfgridModule::change_power_state(signed(&account), power));
							let now = now_secs();
							let spans = model.downs.entry(node_id).or_default();
							if power == Power::Down {
								down.insert(node_id);
								spans.push((now, None));
							} else {
								down.remove(&node_id);
								if let Some(last) = spans.last_mut() {
									last.1 = Some(now);
								}
							}
						}
					},
					81..=82 => {
						if nodes.len() > 2 && rng.below(4) == 0 {
							let index = rng.below(nodes.len() as u64) as usize;
							let (node_id, account) = nodes.remove(index);
							assert_ok!(TfgridModule::delete_node(signed(&account), node_id));
							down.remove(&node_id);
						}
					},
					83..=87 => {
						let price = 10 + rng.below(190) as u32;
						set_price(price);
						model.observe();
						model.price = price;
					},
					88..=93 => {
						let ids: Vec<u64> = Contracts::<Test>::iter_keys().collect();
						if let Some(id) = rng.pick(&ids) {
							assert_ok!(SmartContractModule::bill_contract_for_block(
								signed(&user),
								id
							));
						}
					},
					_ => {
						let bills = 1 + rng.below(6);
						let one = SmartContractModule::worst_bill_weight();
						BillingBudget::set(
							one.saturating_mul(bills)
								.saturating_add(Weight::from_parts(200_000_000, 0)),
						);
					},
				}
				model.observe();
				model.sync_zero_bills();
			}
			let time = now_secs();
			run_to_block(block);
			model.observe();
			model.sync_zero_bills();
			assert!(now_secs() >= time);
			assert_eq!(issuance, super::issuance(), "billing changed the issuance");
			check_reserved_equals_holds();
			check_invariants();
		}

		// End every contract: the final bills close each life.
		BillingBudget::set(Weight::from_parts(u64::MAX / 2, u64::MAX / 2));
		run_to_block(402);
		model.observe();
		let mut ids: Vec<u64> = Contracts::<Test>::iter_keys().collect();
		// Node contracts before rents.
		ids.sort_by_key(|id| {
			matches!(
				Contracts::<Test>::get(id).unwrap().contract_type,
				ContractData::RentContract(_)
			)
		});
		for id in ids {
			assert_ok!(SmartContractModule::cancel_contract_collective(RuntimeOrigin::root(), id));
			model.observe();
		}
		assert_eq!(issuance, super::issuance());
		check_reserved_equals_holds();
		check_invariants();
		assert!(model.kind.len() > 20, "the test created contracts ({})", model.kind.len());
		let mut total_bills = 0;
		for (id, _) in model.kind.iter() {
			let end = model.ended.get(id).copied().expect("every contract ended");
			let last = model.last[id];
			assert!(last <= end, "billed beyond the end");
			let actual = model.actual.get(id).copied().unwrap_or(0) as f64;
			let expected = model.expected.get(id).copied().unwrap_or(0.0);
			let bills = model.bills.get(id).copied().unwrap_or(0);
			total_bills += bills;
			assert!(
				(actual - expected).abs() <= bills as f64 + 1e-6,
				"seed {seed} contract {id}: billed {actual}, model {expected}, {bills} bills"
			);
		}
		assert!(total_bills > 100, "enough bills ({total_bills})");
		println!(
			"seed {seed}: {} contracts, {total_bills} bills, stats {:?}",
			model.kind.len(),
			model.stats
		);
		model.stats
	})
}

#[test]
fn randomized_money_test() {
	let mut stats = [0u32; 5];
	for seed in 1..=6 {
		for (total, n) in stats.iter_mut().zip(run_seed(seed)) {
			*total += n;
		}
	}
	// Every path ran: grace started and elapsed, payouts, rent waived, overdrafts.
	assert!(stats.iter().all(|n| *n > 0), "paths exercised: {stats:?}");
}
