//! How the billing hook counts its weight. What a bill charges, pays and pays out is in
//! [`crate::billing`]; this module only keeps the books of what each bill cost the block.
//!
//! The model:
//!
//! - **One benchmark per kind of bill.** `bill_node_contract(ips)`, `bill_name_contract` and
//!   `bill_rent_contract` measure the reference path of a bill: the block's first bill, every
//!   storage access its own (the bonded account's aside), no payout.
//! - **A bill reports what it did.** [`BillOutcome`] says which kind of bill ran, whether it
//!   paid out, and how many contracts ended or moved in or out of grace with it;
//!   [`BillOutcome::weight`] is the sum of the benchmarks of exactly that.
//! - **A bill reports how its storage accesses differed from its benchmark's.** [`DbDelta`]
//!   counts the reads and writes of the reference path it did not make, and the reads it made
//!   beyond that path; the hook charges the benchmark less the former, plus the latter.
//! - **Storage shared by the bills of one block is charged once.** After the first bill of a
//!   block reads (or writes) a [`Shared`] item, the block's storage cache serves it: later bills
//!   are not charged a database access for it. [`SharedTouches`], kept with the block's
//!   [`BillingRates`], remembers which items the block's bills touched so far.
//! - **Execution is never shared.** Every bill is charged its benchmark's execution in full.
//! - **The budget.** The hook bills a contract only while [`Pallet::worst_bill_weight`] (the
//!   most one bill can cost) still fits in `BillingWeightBudget`, then charges the bill its
//!   [`BillOutcome::weight`].

use crate::{billing::BillingRates, *};
use alloc::collections::BTreeSet;
use core::cell::RefCell;
use frame_support::{pallet_prelude::*, traits::Get};
use tfchain_support::{traits::TftPriceForBilling, types::MAX_FARM_PUBLIC_IPS};

/// Storage that several bills of one block can touch: after the first bill read (or wrote)
/// it, the block's cache serves it, and later bills are not charged a database access for it.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Debug)]
pub(crate) enum Shared {
	/// A node's billing record (`NodeBillingRecords`).
	Node(u32),
	/// The rent contract of a rented node (`Contracts`).
	Rent(u32),
	/// A twin's record (`TfgridModule::Twins`).
	Twin(u32),
	/// A twin's account and holds, written by a hold.
	Held(u32),
	/// The bonded account of a twin, and that account's balance.
	Bonded(u32),
}

/// The [`Shared`] storage the bills of one block touched so far.
#[derive(Default)]
pub(crate) struct SharedTouches(RefCell<BTreeSet<Shared>>);

impl SharedTouches {
	/// Records that a bill touches `item`; false if an earlier bill of the block already did
	/// (the access is served by the block's cache).
	pub(crate) fn first_touch(&self, item: Shared) -> bool {
		self.0.borrow_mut().insert(item)
	}

	/// Whether an earlier bill of the block touched `item`.
	pub(crate) fn touched(&self, item: Shared) -> bool {
		self.0.borrow().contains(&item)
	}
}

impl<T: Config> BillingRates<T> {
	/// The weight of [`BillingRates::load`]: chain time and the price's reads.
	pub(crate) fn load_weight() -> Weight {
		T::TftPrice::billing_price_weight().saturating_add(T::DbWeight::get().reads(1))
	}
}

/// How a bill's storage accesses differ from those of its benchmark (`bill_*_contract`, the
/// reference path: the block's first bill, every access its own): the hook charges the
/// benchmarked weight less what was skipped, plus what the benchmark's path does not make.
///
/// Every bill is charged its benchmark's execution; bills of one block share only storage
/// (served by the block's cache): a twin's later bills find its record, account and holds
/// read, and write its account and holds into the same entries as its earlier bills.
#[derive(PartialEq, Eq, Clone, Copy, Debug, Default)]
pub(crate) struct DbDelta {
	/// An earlier bill of the block was the twin's (its record and account are cached).
	pub shared_twin: bool,
	/// Reads of the benchmark's path not made or served by the block's cache (a pricing
	/// policy, node record, twin or account an earlier bill of the block read; the downtime
	/// snapshot of a node never down).
	pub reads_skipped: u32,
	/// Writes of the benchmark's path not made or merged with an earlier bill's (a downtime
	/// snapshot or network usage that did not change; nothing to hold; a twin's account and
	/// holds an earlier bill of the block already wrote).
	pub writes_skipped: u32,
	/// Reads beyond the benchmark's path, a twin at the best discount on a node not rented:
	/// below that discount, the twin's bonded account and that account's balance; on a rented
	/// node, the rent contract.
	pub extra_reads: u32,
}

impl DbDelta {
	/// The most reads a bill makes beyond the reference path: the bonded account and its
	/// balance, the rent contract of a rented node.
	pub(crate) const MAX_EXTRA_READS: u32 = 3;

	/// One read of the benchmark's path not made.
	pub(crate) fn skip_read(&mut self) {
		self.skip_reads(1);
	}

	/// `count` reads of the benchmark's path not made.
	fn skip_reads(&mut self, count: u32) {
		self.reads_skipped = self.reads_skipped.saturating_add(count);
	}

	/// A read of the benchmark's path of shared storage `item`: not charged if an earlier bill
	/// of the block made it (see [`Shared`]).
	pub(crate) fn shared_read(&mut self, touches: &SharedTouches, item: Shared) {
		if !touches.first_touch(item) {
			self.skip_read();
		}
	}

	/// `count` reads beyond the benchmark's path of shared storage `item`: charged only to the
	/// block's first bill that makes them.
	pub(crate) fn extra_shared_reads(&mut self, touches: &SharedTouches, item: Shared, count: u32) {
		if touches.first_touch(item) {
			self.extra_reads = self.extra_reads.saturating_add(count);
		}
	}

	/// One write of the benchmark's path not made.
	pub(crate) fn skip_write(&mut self) {
		self.skip_writes(1);
	}

	/// `count` writes of the benchmark's path not made.
	fn skip_writes(&mut self, count: u32) {
		self.writes_skipped = self.writes_skipped.saturating_add(count);
	}

	/// Records how a bill's use of its twin `twin_id` differs from the benchmark's path (the
	/// twin's record and account read, then a hold: holds read, account and holds written):
	/// what an earlier bill of the block already read or wrote, and what was not done
	/// (`has_account`: the twin has an account; `hold_tried`: the bill tried to hold).
	pub(crate) fn twin_access(
		&mut self,
		touches: &SharedTouches,
		twin_id: u32,
		has_account: bool,
		hold_tried: bool,
	) {
		let shared = self.shared_twin;
		if shared {
			// The twin's record, read by an earlier bill of the block.
			self.skip_read();
		}
		if !has_account {
			// No account: neither it nor its holds are read or written.
			self.skip_reads(2);
			self.skip_writes(2);
			return;
		}
		if shared {
			// The account, read by an earlier bill of the block.
			self.skip_read();
		}
		// Holds are read and the account and holds written by the block's first hold of the
		// twin; later holds find them cached and write the same entries.
		if !hold_tried || !touches.first_touch(Shared::Held(twin_id)) {
			self.skip_read();
			self.skip_writes(2);
		}
	}

	/// `weight` (a benchmark's) adjusted by this delta.
	fn apply<T: Config>(&self, weight: Weight) -> Weight {
		let db = T::DbWeight::get();
		weight
			.saturating_sub(db.reads_writes(self.reads_skipped.into(), self.writes_skipped.into()))
			.saturating_add(db.reads(self.extra_reads.into()))
	}
}

/// The three kinds of contract, whose bills cost differently.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub(crate) enum ContractKind {
	/// A node contract.
	Node,
	/// A name contract.
	Name,
	/// A rent contract.
	Rent,
}

impl ContractKind {
	/// The kind of `data`.
	pub(crate) fn of(data: &ContractData) -> Self {
		match data {
			ContractData::NodeContract(_) => ContractKind::Node,
			ContractData::NameContract(_) => ContractKind::Name,
			ContractData::RentContract(_) => ContractKind::Rent,
		}
	}
}

/// What billing one contract did: the hook charges the benchmarked weight of exactly that.
#[derive(PartialEq, Eq, Clone, Copy, Debug, Default)]
pub(crate) struct BillOutcome {
	/// The kind of contract that got a regular bill (None: nothing was billed).
	pub billed: Option<ContractKind>,
	/// The public IPs of the billed contract (a node contract's record grows with them).
	pub public_ips: u32,
	/// The bill paid out the reserve (every `DistributionFrequency` bills).
	pub paid_out: bool,
	/// The solution providers that payout paid.
	pub providers_paid: u32,
	/// Other contracts that moved in or out of grace along with it (a rent contract's node
	/// contracts).
	pub grace_followers: u32,
	/// Contracts ended (grace elapsed, node deleted): each a final bill, payout and clean-up.
	pub ended: u32,
	/// How the regular bill's storage accesses differed from its benchmark's.
	pub db: DbDelta,
}

impl BillOutcome {
	/// Only `count` contracts ended.
	pub(crate) fn ended(count: u32) -> Self {
		BillOutcome { ended: count, ..Default::default() }
	}

	/// The benchmarked weight of what was done. A grace follower is charged a node contract's
	/// bill (more than its one read, write and event).
	pub(crate) fn weight<T: Config>(&self) -> Weight {
		let bill = |kind, ips| Pallet::<T>::bill_weight(kind, ips);
		let mut weight = match self.billed {
			Some(kind) => self.db.apply::<T>(bill(kind, self.public_ips)),
			// At most the contract, its node's record, the pricing policy and its payment
			// state were read.
			None => T::DbWeight::get().reads(5),
		};
		if self.paid_out {
			weight = weight.saturating_add(T::WeightInfo::pay_out_contract(self.providers_paid));
		}
		weight = weight.saturating_add(
			bill(ContractKind::Node, MAX_FARM_PUBLIC_IPS)
				.saturating_mul(self.grace_followers.into()),
		);
		weight.saturating_add(T::WeightInfo::cancel_contract().saturating_mul(self.ended.into()))
	}
}

impl<T: Config> Pallet<T> {
	/// The benchmarked weight of a regular bill (no payout) of a contract of `kind` with
	/// `public_ips` IPs (the block's [`BillingRates`] already read).
	pub(crate) fn bill_weight(kind: ContractKind, public_ips: u32) -> Weight {
		match kind {
			ContractKind::Node => T::WeightInfo::bill_node_contract(public_ips),
			ContractKind::Name => T::WeightInfo::bill_name_contract(),
			ContractKind::Rent => T::WeightInfo::bill_rent_contract(),
		}
	}

	/// The most one contract's bill can cost when the hook does not know it yet: the dearest
	/// kind's bill with every read beyond its path, plus a payout; or ending a contract.
	pub(crate) fn worst_bill_weight() -> Weight {
		let kinds = [ContractKind::Node, ContractKind::Name, ContractKind::Rent];
		kinds
			.iter()
			.map(|kind| Self::bill_weight(*kind, MAX_FARM_PUBLIC_IPS))
			.fold(Weight::zero(), |a, b| a.max(b))
			.saturating_add(T::DbWeight::get().reads(DbDelta::MAX_EXTRA_READS.into()))
			.saturating_add(T::WeightInfo::pay_out_contract(MAX_PROVIDERS))
			.max(T::WeightInfo::cancel_contract())
	}
}
