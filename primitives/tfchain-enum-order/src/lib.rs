//! Checks that a pallet's `Error` or `Event` enum starts with TFChain's variants in TFChain's
//! order, then ours. TFChain's order is `tfchain-enum-order.json` (a copy of
//! `shared/spec/tfchain-enum-order.json`: pallet name → `errors`/`events` → variant names).
//!
//! TFChain's Go client turns a module error's index into a name with TFChain's list, so the
//! index of every TFChain variant must be TFChain's. Used by each grid pallet's unit tests
//! (a dev-dependency only; never in the runtime).

use scale_info::{TypeDef, TypeInfo};

/// TFChain's variant order, as the spec lists it.
const TFCHAIN_ORDER: &str = include_str!("../tfchain-enum-order.json");

/// Which enum of a pallet.
#[derive(Clone, Copy, Debug)]
pub enum Enum {
	/// The pallet's `Error`.
	Errors,
	/// The pallet's `Event`.
	Events,
}

impl Enum {
	fn key(self) -> &'static str {
		match self {
			Enum::Errors => "errors",
			Enum::Events => "events",
		}
	}
}

/// TFChain's variant names of `pallet`'s `which` enum, in order (the runtime's pallet name,
/// e.g. `"TfgridModule"`). Panics if the spec does not list that pallet.
pub fn tfchain_variants(pallet: &str, which: Enum) -> Vec<String> {
	let order: serde_json::Value =
		serde_json::from_str(TFCHAIN_ORDER).expect("tfchain-enum-order.json is valid JSON");
	let names = order
		.get(pallet)
		.and_then(|enums| enums.get(which.key()))
		.and_then(|names| names.as_array())
		.unwrap_or_else(|| panic!("tfchain-enum-order.json lists no {} of {pallet}", which.key()));
	names.iter().map(|name| name.as_str().expect("variant names are strings").to_string()).collect()
}

/// `(index, name)` of each variant of `E`, from its metadata.
pub fn variants_of<E: TypeInfo + 'static>() -> Vec<(u8, String)> {
	match E::type_info().type_def {
		TypeDef::Variant(def) => {
			def.variants.iter().map(|variant| (variant.index, variant.name.to_string())).collect()
		},
		other => panic!("not an enum: {other:?}"),
	}
}

/// Asserts that `E`'s variants are TFChain's for `pallet`, at TFChain's indices, followed by
/// exactly `ours` (our additions, in order).
pub fn assert_tfchain_order<E: TypeInfo + 'static>(pallet: &str, which: Enum, ours: &[&str]) {
	let expected: Vec<(u8, String)> = tfchain_variants(pallet, which)
		.into_iter()
		.chain(ours.iter().map(|name| name.to_string()))
		.enumerate()
		.map(|(index, name)| (u8::try_from(index).expect("at most 256 variants"), name))
		.collect();
	let actual = variants_of::<E>();
	if actual != expected {
		let first_difference = actual
			.iter()
			.zip(expected.iter())
			.position(|(a, e)| a != e)
			.unwrap_or(actual.len().min(expected.len()));
		panic!(
			"{pallet} {}: first difference at position {first_difference}: ours {:?}, expected {:?} \
			 ({} ours, {} expected)",
			which.key(),
			actual.get(first_difference),
			expected.get(first_difference),
			actual.len(),
			expected.len(),
		);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_pallet_lists_errors_and_events() {
		for pallet in [
			"TfgridModule",
			"SmartContractModule",
			"TFTPriceModule",
			"ValidatorSet",
			"TFKVStore",
			"Dao",
			"Validator",
			"TFTBridgeModule",
		] {
			assert!(!tfchain_variants(pallet, Enum::Errors).is_empty(), "{pallet}");
			assert!(!tfchain_variants(pallet, Enum::Events).is_empty(), "{pallet}");
		}
	}

	#[derive(TypeInfo)]
	#[allow(dead_code)]
	enum KvErrors {
		NoValueStored,
		KeyIsTooLarge,
		ValueIsTooLarge,
		Extra,
	}

	#[derive(TypeInfo)]
	#[allow(dead_code)]
	enum KvErrorsSwapped {
		KeyIsTooLarge,
		NoValueStored,
		ValueIsTooLarge,
	}

	#[test]
	fn the_order_and_our_additions_are_checked() {
		assert_tfchain_order::<KvErrors>("TFKVStore", Enum::Errors, &["Extra"]);
		let swapped = std::panic::catch_unwind(|| {
			assert_tfchain_order::<KvErrorsSwapped>("TFKVStore", Enum::Errors, &[])
		});
		assert!(swapped.is_err());
		let missing_ours = std::panic::catch_unwind(|| {
			assert_tfchain_order::<KvErrors>("TFKVStore", Enum::Errors, &[])
		});
		assert!(missing_ours.is_err());
	}
}
