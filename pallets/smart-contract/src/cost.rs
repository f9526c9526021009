//! Pure price arithmetic (billing spec §1–2): costs in units USD, conversion to TFT units, and
//! the discount level. No storage access, so every rule is unit-tested on its own.
//!
//! Costs are kept as an exact fraction `numerator / COST_DENOMINATOR` units USD until the final
//! conversion to TFT, which rounds once, to nearest. Every product is a saturating `u128`
//! multiplication (far above any realistic price × resources × seconds).

use crate::types::DiscountLevel;
use tfchain_support::{
	types::{NodeCertification, PricingPolicy, Unit},
	Resources,
};

/// Seconds per hour: prices are per hour.
pub const SECS_PER_HOUR: u128 = 3600;
/// Seconds in the 30-day month of the extra fee and of the runway.
pub const SECS_PER_MONTH: u128 = 30 * 24 * 3600;
/// Units USD per mUSD (1 unit USD = 10⁻⁷ USD).
pub const UNITS_PER_MUSD: u128 = 10_000;
/// TFT units per TFT (7 decimals).
pub const UNITS_PER_TFT: u128 = 10_000_000;
/// Denominator of a cost numerator: seconds per hour × 1000 (CU/SU in thousandths) × 100
/// (percent of a rent) × 4 (the certified factor 5/4).
pub const COST_DENOMINATOR: u128 = SECS_PER_HOUR * 1000 * 100 * 4;

/// Rounds `num / den` to nearest (halves up); 0 when `den` is 0.
pub fn div_round(num: u128, den: u128) -> u128 {
	if den == 0 {
		return 0;
	}
	let q = num / den;
	let r = num % den;
	if r.saturating_mul(2) >= den {
		q.saturating_add(1)
	} else {
		q
	}
}

/// `(su.value · SU + cu.value · CU)` per hour in units USD × 1000 (CU/SU in thousandths).
fn capacity_price_milli<A>(policy: &PricingPolicy<A>, resources: &Resources) -> u128 {
	let su = u128::from(policy.su.value).saturating_mul(u128::from(resources.su_milli()));
	let cu = u128::from(policy.cu.value).saturating_mul(u128::from(resources.cu_milli()));
	su.saturating_add(cu)
}

/// The certified factor as a multiple of 1/4: 5 on certified nodes (×1.25), else 4.
fn certified_quarters(certification: NodeCertification) -> u128 {
	match certification {
		NodeCertification::Certified => 5,
		NodeCertification::Diy => 4,
	}
}

/// Cost numerator of a node contract over `secs` billable seconds: CU/SU of `used` (skipped when
/// the node is rented: the rent pays for it; ×1.25 on a certified node) plus `ips` public IPs.
/// Network usage is added by the caller (it is reported in units USD already).
pub fn node_contract_cost<A>(
	policy: &PricingPolicy<A>,
	used: &Resources,
	ips: u32,
	certification: NodeCertification,
	rented: bool,
	secs: u64,
) -> u128 {
	let secs = u128::from(secs);
	let capacity = if rented {
		0
	} else {
		capacity_price_milli(policy, used)
			.saturating_mul(secs)
			.saturating_mul(100)
			.saturating_mul(certified_quarters(certification))
	};
	let ip = u128::from(policy.ipu.value)
		.saturating_mul(u128::from(ips))
		.saturating_mul(1000)
		.saturating_mul(secs)
		.saturating_mul(400);
	capacity.saturating_add(ip)
}

/// Cost numerator of a rent contract over `secs` billable seconds: `discount_for_dedication_nodes`
/// percent of the CU/SU price of the node's full resources (×1.25 on a certified node).
pub fn rent_contract_cost<A>(
	policy: &PricingPolicy<A>,
	node_resources: &Resources,
	certification: NodeCertification,
	secs: u64,
) -> u128 {
	capacity_price_milli(policy, node_resources)
		.saturating_mul(u128::from(secs))
		.saturating_mul(u128::from(policy.discount_for_dedication_nodes.min(100)))
		.saturating_mul(certified_quarters(certification))
}

/// Cost numerator of a name contract over `secs` seconds.
pub fn name_contract_cost<A>(policy: &PricingPolicy<A>, secs: u64) -> u128 {
	u128::from(policy.unique_name.value).saturating_mul(u128::from(secs)).saturating_mul(1000 * 400)
}

/// Cost numerator of `units_usd` (e.g. unbilled network usage).
pub fn units_usd(units_usd: u64) -> u128 {
	u128::from(units_usd).saturating_mul(COST_DENOMINATOR)
}

/// Cost numerator of the dedicated-node extra fee: `extra_fee_musd` per 30-day month, prorated
/// by seconds.
pub fn extra_fee_cost(extra_fee_musd: u64, secs: u64) -> u128 {
	// extra · 10⁴ units USD · secs / SECS_PER_MONTH, as a numerator over COST_DENOMINATOR;
	// COST_DENOMINATOR / SECS_PER_MONTH is not whole, so multiply first and divide once.
	u128::from(extra_fee_musd)
		.saturating_mul(UNITS_PER_MUSD)
		.saturating_mul(u128::from(secs))
		.saturating_mul(COST_DENOMINATOR)
		/ SECS_PER_MONTH
}

/// TFT units for a cost numerator at `price_musd` mUSD per TFT, paying `pay_percent` of it,
/// rounded to nearest: `num / D · 10⁷ / (price · 10⁴) · pay / 100`.
pub fn to_tft(num: u128, price_musd: u32, pay_percent: u128) -> u128 {
	let price = u128::from(price_musd.max(1));
	// 10⁷ / 10⁴ = 1000.
	let numerator = num.saturating_mul(1000).saturating_mul(pay_percent);
	let denominator = COST_DENOMINATOR.saturating_mul(price).saturating_mul(100);
	div_round(numerator, denominator)
}

/// The discount level (billing spec §2) for a twin holding `balance` TFT units whose bill of
/// `full_tft` TFT units (undiscounted) covers `secs` seconds: the runway is `balance / monthly`
/// with `monthly = full_tft · 30 days / secs`. No cost or no time: no discount.
pub fn discount_level(balance: u128, full_tft: u128, secs: u64) -> DiscountLevel {
	if full_tft == 0 || secs == 0 {
		return DiscountLevel::None;
	}
	// months = balance · secs / (full · SECS_PER_MONTH); compare 2·months with 2·threshold.
	let lhs = balance.saturating_mul(u128::from(secs)).saturating_mul(2);
	let month = full_tft.saturating_mul(SECS_PER_MONTH);
	let at_least = |half_months: u128| lhs >= month.saturating_mul(half_months);
	if at_least(36) {
		DiscountLevel::Gold
	} else if at_least(12) {
		DiscountLevel::Silver
	} else if at_least(6) {
		DiscountLevel::Bronze
	} else if at_least(3) {
		DiscountLevel::Default
	} else {
		DiscountLevel::None
	}
}

/// Bytes per price unit of network usage (`Unit::Gigabytes` = 10⁹ bytes).
pub fn nu_unit_bytes(unit: Unit) -> u128 {
	match unit {
		Unit::Bytes => 1,
		Unit::Kilobytes => 1_000,
		Unit::Megabytes => 1_000_000,
		Unit::Gigabytes => 1_000_000_000,
		Unit::Terrabytes => 1_000_000_000_000,
	}
}

/// Units USD of one network-usage report: `nru / unit · nu.value / 3600 · window`, rounded
/// down (saturating at `u64::MAX`).
pub fn nu_cost<A>(policy: &PricingPolicy<A>, nru: u64, window: u64) -> u64 {
	let num = u128::from(nru)
		.saturating_mul(u128::from(policy.nu.value))
		.saturating_mul(u128::from(window));
	let den = nu_unit_bytes(policy.nu.unit).saturating_mul(SECS_PER_HOUR);
	u64::try_from(num / den).unwrap_or(u64::MAX)
}

/// TFT units of a service-contract bill: `base_fee · 10⁴ · window / 3600 + variable · 10⁴` units
/// USD, converted at `price_musd` and rounded to nearest.
pub fn service_bill_tft(base_fee: u64, variable_amount: u64, window: u64, price_musd: u32) -> u128 {
	let base = u128::from(base_fee)
		.saturating_mul(UNITS_PER_MUSD)
		.saturating_mul(u128::from(window))
		.saturating_mul(COST_DENOMINATOR / SECS_PER_HOUR);
	let variable =
		u128::from(variable_amount).saturating_mul(UNITS_PER_MUSD).saturating_mul(COST_DENOMINATOR);
	to_tft(base.saturating_add(variable), price_musd, 100)
}

#[cfg(test)]
mod tests {
	use super::*;
	use tfchain_support::types::{Policy, GIB};

	fn policy() -> PricingPolicy<u64> {
		let p = |value| Policy { value, unit: Unit::Gigabytes };
		PricingPolicy {
			version: 1,
			id: 1,
			name: Default::default(),
			su: p(50_000),
			cu: p(100_000),
			nu: p(15_000),
			ipu: p(40_000),
			unique_name: p(20_000),
			domain_name: p(40_000),
			foundation_account: 0,
			certified_sales_account: 0,
			discount_for_dedication_nodes: 50,
		}
	}

	#[test]
	fn one_hour_of_one_cu_and_one_su_and_one_ip() {
		// 2 cores + 4 GiB: CU = min(max(1, 1), max(.5, 2), max(2, .5)) = 1; 200 GiB SSD: SU = 1.
		let used = Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 };
		let num = node_contract_cost(&policy(), &used, 1, NodeCertification::Diy, false, 3600);
		// 50_000 + 100_000 + 40_000 units USD = 19 mUSD; at 50 mUSD/TFT = 0.38 TFT.
		assert_eq!(num, 190_000 * COST_DENOMINATOR);
		assert_eq!(to_tft(num, 50, 100), 3_800_000);
		// Certified: CU/SU ×1.25, the IP not.
		let cert =
			node_contract_cost(&policy(), &used, 1, NodeCertification::Certified, false, 3600);
		assert_eq!(cert, (150_000 * 5 / 4 + 40_000) * COST_DENOMINATOR);
		// Rented node: only the IP.
		let rented = node_contract_cost(&policy(), &used, 1, NodeCertification::Diy, true, 3600);
		assert_eq!(rented, 40_000 * COST_DENOMINATOR);
	}

	#[test]
	fn rent_pays_its_share_and_name_its_price() {
		let node = Resources { cru: 2, mru: 4 * GIB, sru: 200 * GIB, hru: 0 };
		let num = rent_contract_cost(&policy(), &node, NodeCertification::Diy, 7200);
		assert_eq!(num, 150_000 * 2 * COST_DENOMINATOR / 2);
		assert_eq!(name_contract_cost(&policy(), 1800), 10_000 * COST_DENOMINATOR);
	}

	#[test]
	fn extra_fee_is_prorated_per_month() {
		// 1000 mUSD per month for a whole month = 10⁷ units USD.
		assert_eq!(extra_fee_cost(1000, 30 * 24 * 3600), 10_000_000 * COST_DENOMINATOR);
		assert_eq!(to_tft(extra_fee_cost(1000, 30 * 24 * 3600), 50, 100), 200_000_000);
		assert_eq!(extra_fee_cost(0, 100), 0);
	}

	#[test]
	fn conversion_rounds_to_nearest_once() {
		// 1 unit USD at 50 mUSD = 1000/50 = 20 units TFT.
		assert_eq!(to_tft(COST_DENOMINATOR, 50, 100), 20);
		// 1 unit USD at 3 mUSD/TFT = 333.33 → 333; 2 units → 666.67 → 667.
		assert_eq!(to_tft(COST_DENOMINATOR, 3, 100), 333);
		assert_eq!(to_tft(2 * COST_DENOMINATOR, 3, 100), 667);
		// Discount 40 %: 20 · 0.4 = 8.
		assert_eq!(to_tft(COST_DENOMINATOR, 50, 40), 8);
		// Price 0 is treated as 1 (never a division by zero).
		assert_eq!(to_tft(COST_DENOMINATOR, 0, 100), 1000);
		assert_eq!(div_round(5, 0), 0);
		assert_eq!(div_round(5, 2), 3);
		assert_eq!(div_round(4, 3), 1);
	}

	#[test]
	fn discount_levels_follow_the_runway() {
		let hour = 3600;
		// Bill 1 TFT per hour → 720 TFT per month.
		let bill = 10_000_000u128;
		let month = 720 * bill;
		assert_eq!(discount_level(0, bill, hour), DiscountLevel::None);
		assert_eq!(discount_level(month * 3 / 2 - 1, bill, hour), DiscountLevel::None);
		assert_eq!(discount_level(month * 3 / 2, bill, hour), DiscountLevel::Default);
		assert_eq!(discount_level(month * 3, bill, hour), DiscountLevel::Bronze);
		assert_eq!(discount_level(month * 6, bill, hour), DiscountLevel::Silver);
		assert_eq!(discount_level(month * 18 - 1, bill, hour), DiscountLevel::Silver);
		assert_eq!(discount_level(month * 18, bill, hour), DiscountLevel::Gold);
		assert_eq!(discount_level(u128::MAX, bill, hour), DiscountLevel::Gold);
		assert_eq!(discount_level(month, 0, hour), DiscountLevel::None);
		assert_eq!(discount_level(month, bill, 0), DiscountLevel::None);
		assert_eq!(DiscountLevel::Gold.pay_percent(), 40);
	}

	#[test]
	fn network_usage_per_report() {
		// 10 GB over an hour at 15_000 units USD per GB: 150_000 units.
		assert_eq!(nu_cost(&policy(), 10_000_000_000, 3600), 150_000);
		assert_eq!(nu_cost(&policy(), 1, 1), 0);
		assert_eq!(nu_cost(&policy(), u64::MAX, u64::MAX), u64::MAX);
	}

	#[test]
	fn service_bill() {
		// Base 10 mUSD/h for half an hour + 2 mUSD variable = 7 mUSD = 70_000 units USD;
		// at 50 mUSD/TFT: 0.14 TFT.
		assert_eq!(service_bill_tft(10, 2, 1800, 50), 1_400_000);
	}

	#[test]
	fn nothing_overflows() {
		let max = Resources { hru: u64::MAX, sru: u64::MAX, cru: u64::MAX, mru: u64::MAX };
		let mut p = policy();
		p.su.value = u32::MAX;
		p.cu.value = u32::MAX;
		let num =
			node_contract_cost(&p, &max, u32::MAX, NodeCertification::Certified, false, u64::MAX);
		assert_eq!(num, u128::MAX);
		assert!(to_tft(num, 1, 100) > 0);
		assert!(extra_fee_cost(u64::MAX, u64::MAX) > 0);
	}
}
