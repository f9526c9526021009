//! Error and event order: TFChain's variants first, in TFChain's order (from
//! `tfchain-enum-order`), then ours; checked on the enums' metadata (names by index, and the
//! events' field types).

use crate::{mock::Test, Error, Event};
use scale_info::{meta_type, TypeDef, TypeInfo};
use tfchain_enum_order::{assert_tfchain_order, Enum};

#[test]
fn errors_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Error<Test>>(
		"TFKVStore",
		Enum::Errors,
		&["CannotPayDeposit", "DepositNotHeld"],
	);
}

#[test]
fn events_follow_tfchains_order() {
	assert_tfchain_order::<Event<Test>>("TFKVStore", Enum::Events, &[]);
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
