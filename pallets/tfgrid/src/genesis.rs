//! Genesis: pricing policy 1, farming policies 1 (DIY, default) and 2 (Certified, default), the
//! connection price and the ZOS version.
//!
//! Default values (all changeable later through the restricted calls):
//!
//! - Pricing policy 1 `threefold_default_pricing_policy`, prices in units USD (10⁻⁷ USD) per
//!   hour, unit Gigabytes: SU 50,000 (0.005 USD), CU 100,000 (0.01 USD), NU 15,000 per GB of
//!   traffic, IPU 40,000, unique name 2,500, domain name 5,000; dedicated nodes pay 50 % of
//!   the CU/SU price.
//! - Farming policy 1 `farming_policy_diy`: CU 160, SU 100, NU 2, IPv4 5, minimal uptime 95 %,
//!   no end, immutable, default, for DIY nodes on any farm.
//! - Farming policy 2 `farming_policy_certified`: CU 200, SU 120, NU 3, IPv4 6, minimal uptime
//!   95 %, no end, immutable, default, for certified nodes on any farm.
//! - Connection price 80; ZOS version `3.0.0`.

use crate::{types::*, *};
use codec::Decode;
use frame_support::BoundedVec;
use sp_runtime::traits::{TrailingZeroInput, Zero};

/// Default connection price.
pub const DEFAULT_CONNECTION_PRICE: u32 = 80;
/// Default ZOS version.
pub const DEFAULT_ZOS_VERSION: &[u8] = b"3.0.0";

fn gigabytes(value: u32) -> Policy {
	Policy { value, unit: Unit::Gigabytes }
}

/// The all-zero account (nobody holds its key). Decoding from an endless stream of zeroes
/// succeeds for every fixed-size account type.
fn zero_account<T: Config>() -> Option<T::AccountId> {
	T::AccountId::decode(&mut TrailingZeroInput::zeroes()).ok()
}

pub(crate) fn build<T: Config>(config: &GenesisConfig<T>) {
	let foundation = config.foundation_account.clone().or_else(zero_account::<T>);
	let sales = config.certified_sales_account.clone().or_else(zero_account::<T>);
	let (Some(foundation), Some(sales)) = (foundation, sales) else {
		// Unreachable for fixed-size account ids; refuse to build a half-configured chain.
		log::error!(target: "runtime::tfgrid", "genesis: no foundation/sales account");
		return;
	};

	let name: PricingPolicyName =
		BoundedVec::truncate_from(b"threefold_default_pricing_policy".to_vec());
	let pricing_policy = PricingPolicy {
		version: PRICING_POLICY_VERSION,
		id: 1,
		name: name.clone(),
		su: gigabytes(50_000),
		cu: gigabytes(100_000),
		nu: gigabytes(15_000),
		ipu: gigabytes(40_000),
		unique_name: gigabytes(2_500),
		domain_name: gigabytes(5_000),
		foundation_account: foundation,
		certified_sales_account: sales,
		discount_for_dedication_nodes: 50,
	};
	PricingPolicies::<T>::insert(1, pricing_policy);
	PricingPolicyIdByName::<T>::insert(name, 1);
	PricingPolicyID::<T>::put(1);

	let policy = |id: u32, name: &[u8], cu, su, nu, ipv4, node_certification| FarmingPolicy {
		version: FARMING_POLICY_VERSION,
		id,
		name: FarmingPolicyName::truncate_from(name.to_vec()),
		cu,
		su,
		nu,
		ipv4,
		minimal_uptime: 95,
		policy_created: Zero::zero(),
		policy_end: Zero::zero(),
		immutable: true,
		default: true,
		node_certification,
		farm_certification: FarmCertification::NotCertified,
	};
	FarmingPoliciesMap::<T>::insert(
		1,
		policy(1, b"farming_policy_diy", 160, 100, 2, 5, NodeCertification::Diy),
	);
	FarmingPoliciesMap::<T>::insert(
		2,
		policy(2, b"farming_policy_certified", 200, 120, 3, 6, NodeCertification::Certified),
	);
	FarmingPolicyID::<T>::put(2);
	DefaultFarmingPolicies::<T>::put(BoundedVec::truncate_from(alloc::vec![1, 2]));

	ConnectionPrice::<T>::put(config.connection_price);
	if config.zos_version.len() > MAX_ZOS_VERSION_LENGTH as usize {
		log::warn!(target: "runtime::tfgrid", "genesis zos_version truncated to 128 bytes");
	}
	ZosVersion::<T>::put(ZosVersionText::truncate_from(config.zos_version.clone()));
}
