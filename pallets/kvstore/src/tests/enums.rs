//! Error and event order: TFChain's variants first, in TFChain's order, then ours; checked on
//! the enums' metadata (names by index, and the events' field types).

use crate::{mock::Test, Error, Event};
use scale_info::{meta_type, TypeDef, TypeInfo};

/// TFChain's `pallet-kvstore` errors, in order.
const TFCHAIN_ERRORS: [&str; 3] = ["NoValueStored", "KeyIsTooLarge", "ValueIsTooLarge"];

/// Our errors, after TFChain's.
const OUR_ERRORS: [&str; 2] = ["CannotPayDeposit", "DepositNotHeld"];

/// TFChain's `pallet-kvstore` events, in order.
const TFCHAIN_EVENTS: [&str; 3] = ["EntrySet", "EntryGot", "EntryTaken"];

/// `(index, name)` of each variant in an enum's metadata.
fn variants<E: TypeInfo>() -> Vec<(u8, String)> {
	match E::type_info().type_def {
		TypeDef::Variant(def) => {
			def.variants.iter().map(|variant| (variant.index, variant.name.to_string())).collect()
		},
		other => panic!("not an enum: {other:?}"),
	}
}

fn expected(names: &[&str]) -> Vec<(u8, String)> {
	names.iter().enumerate().map(|(i, name)| (i as u8, name.to_string())).collect()
}

#[test]
fn errors_follow_tfchains_order_then_ours() {
	let names: Vec<&str> = TFCHAIN_ERRORS.iter().chain(OUR_ERRORS.iter()).copied().collect();
	assert_eq!(variants::<Error<Test>>(), expected(&names));
}

#[test]
fn events_follow_tfchains_order() {
	assert_eq!(variants::<Event<Test>>(), expected(&TFCHAIN_EVENTS));
}

#[test]
fn events_carry_account_key_and_value_as_tfchains() {
	let TypeDef::Variant(def) = Event::<Test>::type_info().type_def else {
		panic!("not an enum");
	};
	for variant in def.variants.iter() {
		let types: Vec<_> = variant.fields.iter().map(|field| field.ty).collect();
		assert_eq!(
			types,
			vec![meta_type::<u64>(), meta_type::<Vec<u8>>(), meta_type::<Vec<u8>>()],
			"{}",
			variant.name
		);
		assert!(variant.fields.iter().all(|field| field.name.is_none()), "{}", variant.name);
	}
}

#[test]
fn module_error_indices_match() {
	use sp_runtime::{DispatchError, ModuleError};
	let index_of = |error: Error<Test>| match DispatchError::from(error) {
		DispatchError::Module(ModuleError { error, .. }) => error[0],
		other => panic!("not a module error: {other:?}"),
	};
	assert_eq!(index_of(Error::<Test>::NoValueStored), 0);
	assert_eq!(index_of(Error::<Test>::ValueIsTooLarge), 2);
	assert_eq!(index_of(Error::<Test>::CannotPayDeposit), 3);
	assert_eq!(index_of(Error::<Test>::DepositNotHeld), 4);
}
