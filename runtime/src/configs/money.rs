//! TFT balances and transaction fees.
//!
//! Fees: a call's weight is priced so that the base weight of any extrinsic costs 0.001 TFT
//! (10,000 units), plus 10 units per byte of the extrinsic. The fee multiplier is constant, so
//! `payment_queryInfo` gives the exact fee. Fees and tips go to the block author.

use crate::{
	units::{EXISTENTIAL_DEPOSIT, MILLI_TFT},
	AccountId, Authorship, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		ConstU128, ConstU32, ConstU8, Imbalance, OnUnbalanced,
	},
	weights::{
		constants::ExtrinsicBaseWeight, ConstantMultiplier, WeightToFeeCoefficient,
		WeightToFeeCoefficients, WeightToFeePolynomial,
	},
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::Perbill;

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = frame_system::Pallet<Runtime>;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = ConstU32<8>;
	type DoneSlashHandler = ();
}

/// Prices weight: `ExtrinsicBaseWeight` costs exactly [`BASE_FEE`], linearly.
pub struct WeightToFee;

/// The fee for an extrinsic's base weight: 0.001 TFT.
pub const BASE_FEE: Balance = MILLI_TFT;

impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let base_weight = Balance::from(ExtrinsicBaseWeight::get().ref_time()).max(1);
		let mut coefficients = WeightToFeeCoefficients::new();
		coefficients.push(WeightToFeeCoefficient {
			coeff_integer: BASE_FEE / base_weight,
			coeff_frac: Perbill::from_rational(BASE_FEE % base_weight, base_weight),
			negative: false,
			degree: 1,
		});
		coefficients
	}
}

/// Hands fees and tips to the author of the block (burns them only if no author is known,
/// which cannot happen in an Aura block).
pub struct FeesToAuthor;

impl OnUnbalanced<Credit<AccountId, Balances>> for FeesToAuthor {
	fn on_unbalanceds(mut fees_then_tips: impl Iterator<Item = Credit<AccountId, Balances>>) {
		if let Some(mut fees) = fees_then_tips.next() {
			if let Some(tips) = fees_then_tips.next() {
				fees.subsume(tips);
			}
			if let Some(author) = Authorship::author() {
				// The author's account always exists after receiving more than the ED; if the
				// total is below the ED it is dropped (burnt), as pallet-balances requires.
				let _ = Balances::resolve(&author, fees);
			}
		}
	}
}

parameter_types! {
	/// The fee multiplier never moves: fees are predictable.
	pub FeeMultiplier: Multiplier = Multiplier::from_u32(1);
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, FeesToAuthor>;
	type WeightToFee = WeightToFee;
	/// 10 units (0.000001 TFT) per byte.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<10>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
