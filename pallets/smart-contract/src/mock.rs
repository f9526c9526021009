//! The test runtime: System, Timestamp, Balances, the real registry (TfgridModule, wired to this
//! pallet as its `NodeChanged`, `NodeActiveContracts` and `OnTwinTransfer`) and
//! SmartContractModule, with a settable TFT price and billing budget.

use crate as pallet_smart_contract;
use core::cell::RefCell;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU16, ConstU32, ConstU64, Hooks},
	weights::Weight,
	BoundedVec,
};
use pallet_tfgrid::types::{Interface, Location, IP4};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage};
use tfchain_support::{traits::TftPriceForBilling, Resources, GIB};

pub type AccountId = AccountId32;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		TfgridModule: pallet_tfgrid,
		SmartContractModule: pallet_smart_contract,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// Existential deposit of the mock (as the runtime: 500 units).
pub const ED: u64 = 500;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ExistentialDeposit = ConstU64<ED>;
}

impl pallet_tfgrid::Config for Test {
	type RestrictedOrigin = frame_system::EnsureRoot<AccountId>;
	type TimeProvider = Timestamp;
	type NodeChanged = SmartContractModule;
	type NodeActiveContracts = SmartContractModule;
	type OnTwinTransfer = SmartContractModule;
	type MaxNodesPerFarm = ConstU32<100>;
	type MaxNodeCertifiers = ConstU32<3>;
	type MaxTermsAndConditions = ConstU32<3>;
	type MaxDefaultFarmingPolicies = ConstU32<4>;
	type TimestampHintDrift = ConstU64<60>;
	type FreeUpdateNodeWindow = ConstU64<FREE_UPDATE_NODE_WINDOW>;
	type FreeUptimeWindow = ConstU64<FREE_UPTIME_WINDOW>;
	type FreePowerStateWindow = ConstU64<FREE_POWER_STATE_WINDOW>;
	type WeightInfo = ();
}

thread_local! {
	/// The TFT price (mUSD) the mock's price source returns.
	pub static PRICE: RefCell<u32> = const { RefCell::new(50) };
}

/// Sets the mock TFT price (mUSD per TFT).
pub fn set_price(price: u32) {
	PRICE.with(|p| *p.borrow_mut() = price);
}

/// A settable TFT price.
pub struct MockPrice;

impl TftPriceForBilling for MockPrice {
	fn billing_price_musd() -> u32 {
		PRICE.with(|p| *p.borrow())
	}
	fn billing_price_weight() -> Weight {
		Weight::zero()
	}
}

parameter_types! {
	pub StakingPool: AccountId = acc(200);
	/// The billing hook's budget (tests lower it to exercise rollover).
	pub static BillingBudget: Weight = Weight::from_parts(u64::MAX / 2, u64::MAX / 2);
}

/// Grace period of the mock, in blocks.
pub const GRACE: u64 = 100;
/// Billing period of the mock, in blocks.
pub const FREQUENCY: u64 = 10;
/// Bills between payouts in the mock.
pub const DISTRIBUTION: u16 = 5;
/// Node contracts per node in the mock.
pub const MAX_NODE_CONTRACTS: u32 = 10;
/// Contracts per bucket in the mock.
pub const MAX_BUCKET: u32 = 50;
/// Free-report windows of the mock, in blocks (the runtime's: 30 minutes and 1 minute of 6 s
/// blocks).
pub const FREE_NRU_REPORT_WINDOW: u64 = 300;
/// See [`FREE_NRU_REPORT_WINDOW`].
pub const FREE_RESOURCE_REPORT_WINDOW: u64 = 10;
/// The registry's free-call windows in the mock (the runtime's).
pub const FREE_UPDATE_NODE_WINDOW: u64 = 100;
/// See [`FREE_UPDATE_NODE_WINDOW`].
pub const FREE_UPTIME_WINDOW: u64 = 200;
/// See [`FREE_UPDATE_NODE_WINDOW`].
pub const FREE_POWER_STATE_WINDOW: u64 = 30;

impl pallet_smart_contract::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Tfgrid = TfgridModule;
	type TftPrice = MockPrice;
	type TimeProvider = Timestamp;
	type RestrictedOrigin = frame_system::EnsureRoot<AccountId>;
	type StakingPoolAccount = StakingPool;
	type GracePeriod = ConstU64<GRACE>;
	type DefaultBillingFrequency = ConstU64<FREQUENCY>;
	type DistributionFrequency = ConstU16<DISTRIBUTION>;
	type MaxNodeContracts = ConstU32<MAX_NODE_CONTRACTS>;
	type MaxContractsPerBillingBucket = ConstU32<MAX_BUCKET>;
	type MaxNruReports = ConstU32<10>;
	type MaxResourceReports = ConstU32<10>;
	type BillingWeightBudget = BillingBudget;
	type FreeNruReportWindow = ConstU64<FREE_NRU_REPORT_WINDOW>;
	type FreeResourceReportWindow = ConstU64<FREE_RESOURCE_REPORT_WINDOW>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockGrid;
}

/// A plain account.
pub fn acc(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// The foundation account of pricing policy 1.
pub fn foundation() -> AccountId {
	acc(100)
}

/// Chain time at genesis of the tests: 2024-01-01T00:00:00Z, in milliseconds.
pub const GENESIS_MS: u64 = 1_704_067_200_000;
/// Block time of the mock (ms).
pub const BLOCK_MS: u64 = 6_000;
/// TFT units per TFT.
pub const TFT: u64 = 10_000_000;
/// Every account's genesis balance.
pub const INITIAL: u64 = 1_000 * TFT;

/// Genesis: pricing policy 1 (foundation `acc(100)`), balances for accounts 1..=50 and the
/// beneficiaries, block 1 at `GENESIS_MS`.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, u64)> = (1..=50u8).map(|n| (acc(n), INITIAL)).collect();
	balances.push((foundation(), INITIAL));
	balances.push((acc(101), INITIAL));
	balances.push((acc(200), INITIAL));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	pallet_tfgrid::GenesisConfig::<Test> {
		foundation_account: Some(foundation()),
		certified_sales_account: Some(acc(101)),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_smart_contract::GenesisConfig::<Test>::default()
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(GENESIS_MS);
	});
	set_price(50);
	BillingBudget::set(Weight::from_parts(u64::MAX / 2, u64::MAX / 2));
	ext
}

/// Runs a test and checks every invariant afterwards.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check_invariants();
	});
}

/// The pallet's `try_state` (farm IPs included) plus the holds of every account.
pub fn check_invariants() {
	SmartContractModule::do_try_state().expect("contract invariants hold");
	check_all_holds();
}

/// Every account's billing hold equals the reserves of its twin's contracts (0 without).
pub fn check_all_holds() {
	use crate::{ContractPaymentState, Contracts};
	let mut expected = std::collections::BTreeMap::<AccountId, u64>::new();
	for (id, contract) in Contracts::<Test>::iter() {
		let account = pallet_tfgrid::Twins::<Test>::get(contract.twin_id).unwrap().account_id;
		*expected.entry(account).or_default() +=
			ContractPaymentState::<Test>::get(id).unwrap_or_default().reserve();
	}
	for (account, _) in frame_system::Account::<Test>::iter() {
		let held = SmartContractModule::held_for_billing(&account);
		assert_eq!(held, expected.get(&account).copied().unwrap_or(0), "hold of {account:?}");
	}
}

/// Advances to block `n`, block by block: each block runs the billing hook (which sees the
/// previous block's time, as on chain) and then sets the block's time.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		SmartContractModule::on_initialize(next);
		Timestamp::set_timestamp(GENESIS_MS + (next - 1) * BLOCK_MS);
	}
}

/// Chain time in seconds.
pub fn now_secs() -> u64 {
	Timestamp::get() / 1000
}

/// A bounded text from a byte string (tests only).
pub fn b<S: frame_support::traits::Get<u32>>(text: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::try_from(text.to_vec()).expect("test text within bound")
}

/// Node resources: 4 cores, 8 GiB RAM, 500 GiB SSD, 2 TiB HDD.
pub fn node_resources() -> Resources {
	Resources { hru: 2048 * GIB, sru: 500 * GIB, cru: 4, mru: 8 * GIB }
}

/// Registry set-up through the real registry pallet.
pub struct MockGrid;

impl MockGrid {
	/// Accepts the T&C and creates a twin for `who`; returns its id.
	pub fn twin(who: &AccountId) -> u32 {
		assert_ok!(TfgridModule::user_accept_tc(
			RuntimeOrigin::signed(who.clone()),
			b(b"https://library.threefold.me/info/legal/#/"),
			b(b"2f5e6a7b")
		));
		assert_ok!(TfgridModule::create_twin(RuntimeOrigin::signed(who.clone()), None, None));
		pallet_tfgrid::TwinIdByAccountID::<Test>::get(who).expect("twin created")
	}

	/// A farm of `farmer` (with a twin) holding `ips` public IPs; returns its id.
	pub fn farm(farmer: &AccountId, ips: u32) -> u32 {
		let n = pallet_tfgrid::FarmID::<Test>::get() + 1;
		let list: Vec<IP4> = (0..ips)
			.map(|i| IP4 {
				ip: b(format!("185.206.{}.{}/16", 1 + i / 250, 2 + i % 250).as_bytes()),
				gw: b(b"185.206.0.1"),
			})
			.collect();
		assert_ok!(TfgridModule::create_farm(
			RuntimeOrigin::signed(farmer.clone()),
			b(format!("farm_{n}").as_bytes()),
			BoundedVec::try_from(list).unwrap()
		));
		n
	}

	/// The interfaces of the mock's nodes.
	pub fn node_interfaces() -> pallet_tfgrid::types::Interfaces {
		BoundedVec::try_from(vec![Interface {
			name: b(b"zos"),
			mac: b(b"00:1a:2b:3c:4d:5e"),
			ips: BoundedVec::try_from(vec![b(b"10.0.0.5")]).unwrap(),
		}])
		.unwrap()
	}

	/// The location of the mock's nodes.
	pub fn node_location() -> Location {
		Location {
			city: b(b"Ghent"),
			country: b(b"Belgium"),
			latitude: b(b"51.05"),
			longitude: b(b"3.7167"),
		}
	}

	/// A node of `who` (with a twin) in `farm_id`; returns its id.
	pub fn node(who: &AccountId, farm_id: u32) -> u32 {
		assert_ok!(TfgridModule::create_node(
			RuntimeOrigin::signed(who.clone()),
			farm_id,
			node_resources(),
			Self::node_location(),
			Self::node_interfaces(),
			true,
			false,
			None
		));
		pallet_tfgrid::NodeID::<Test>::get()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockGrid {
	fn create_twin(account: &AccountId) -> u32 {
		use frame_support::traits::fungible::Mutate;
		let _ = Balances::mint_into(account, INITIAL);
		Self::twin(account)
	}
	fn create_farm(farmer: &AccountId, ips: u32) -> u32 {
		Self::farm(farmer, ips)
	}
	fn create_node(account: &AccountId, farm_id: u32) -> u32 {
		Self::node(account, farm_id)
	}
	fn set_farm_dedicated(farm_id: u32) {
		assert_ok!(TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), farm_id, true));
	}
	fn set_now(secs: u64) {
		Timestamp::set_timestamp(secs * 1000);
	}
	fn certify_node(node_id: u32) {
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			tfchain_support::types::NodeCertification::Certified
		));
	}
}
