//! The wire contract: error and event order (TFChain's variants first, in TFChain's order from
//! `tfchain-enum-order`, then ours), call indices, type paths and the `Vec` shapes of stored
//! byte lists.

use crate::{mock::Test, types::*, Call, Error, Event};
use codec::Encode;
use scale_info::{TypeDef, TypeInfo};
use tfchain_enum_order::{assert_tfchain_order, Enum};

#[test]
fn errors_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Error<Test>>(
		"TFTBridgeModule",
		Enum::Errors,
		&[
			"TooManyBridgeValidators",
			"TransactionIdTooLong",
			"SignatureTooLong",
			"AmountTooLarge",
			"TargetCannotReceiveMint",
			"FeeAccountCannotReceiveFee",
			"BurnTransactionIdOverflow",
		],
	);
}

#[test]
fn events_follow_tfchains_order_then_ours() {
	assert_tfchain_order::<Event<Test>>(
		"TFTBridgeModule",
		Enum::Events,
		&[
			"BridgeValidatorAdded",
			"BridgeValidatorRemoved",
			"FeeAccountSet",
			"WithdrawFeeSet",
			"DepositFeeSet",
		],
	);
}

#[test]
fn module_error_indices_match() {
	use sp_runtime::{DispatchError, ModuleError};
	let index_of = |error: Error<Test>| match DispatchError::from(error) {
		DispatchError::Module(ModuleError { error, .. }) => error[0],
		other => panic!("not a module error: {other:?}"),
	};
	assert_eq!(index_of(Error::<Test>::ValidatorExists), 0);
	assert_eq!(index_of(Error::<Test>::MintTransactionAlreadyExecuted), 5);
	assert_eq!(index_of(Error::<Test>::NotEnoughBalanceToSwap), 16);
	assert_eq!(index_of(Error::<Test>::InvalidStellarPublicKey), 20);
	assert_eq!(index_of(Error::<Test>::BurnTransactionIdOverflow), 27);
}

#[test]
fn call_indices_match_tfchain() {
	let index = |call: Call<Test>| call.encode()[0];
	assert_eq!(index(Call::add_bridge_validator { target: 1 }), 0);
	assert_eq!(index(Call::remove_bridge_validator { target: 1 }), 1);
	assert_eq!(index(Call::set_fee_account { target: 1 }), 2);
	assert_eq!(index(Call::set_withdraw_fee { amount: 1 }), 3);
	assert_eq!(index(Call::set_deposit_fee { amount: 1 }), 4);
	assert_eq!(index(Call::swap_to_stellar { target_stellar_address: vec![], amount: 1 }), 5);
	assert_eq!(
		index(Call::propose_or_vote_mint_transaction { transaction: vec![], target: 1, amount: 1 }),
		6
	);
	assert_eq!(
		index(Call::propose_burn_transaction_or_add_sig {
			transaction_id: 1,
			target: vec![],
			amount: 1,
			signature: vec![],
			stellar_pub_key: vec![],
			sequence_number: 1
		}),
		7
	);
	assert_eq!(index(Call::set_burn_transaction_executed { transaction_id: 1 }), 8);
	assert_eq!(
		index(Call::create_refund_transaction_or_add_sig {
			tx_hash: vec![],
			target: vec![],
			amount: 1,
			signature: vec![],
			stellar_pub_key: vec![],
			sequence_number: 1
		}),
		9
	);
	assert_eq!(index(Call::set_refund_transaction_executed { tx_hash: vec![] }), 10);
}

#[test]
fn stored_types_keep_tfchains_paths_and_shapes() {
	use crate::{BurnTransactionOf, MintTransactionOf, RefundTransactionOf, ValidatorsOf};
	let path = |info: scale_info::Type| info.path.segments.join("::");
	assert_eq!(
		path(MintTransactionOf::<Test>::type_info()),
		"pallet_tft_bridge::types::MintTransaction"
	);
	assert_eq!(
		path(BurnTransactionOf::<Test>::type_info()),
		"pallet_tft_bridge::types::BurnTransaction"
	);
	assert_eq!(
		path(RefundTransactionOf::<Test>::type_info()),
		"pallet_tft_bridge::types::RefundTransaction"
	);
	assert_eq!(path(StellarSignature::type_info()), "pallet_tft_bridge::types::StellarSignature");
	// Byte lists and lists stored as TFChain's `Vec`s.
	assert_eq!(TransactionId::type_info(), <Vec<u8> as TypeInfo>::type_info());
	assert_eq!(StellarAddress::type_info(), <Vec<u8> as TypeInfo>::type_info());
	assert_eq!(SignatureBytes::type_info(), <Vec<u8> as TypeInfo>::type_info());
	assert_eq!(ValidatorsOf::<Test>::type_info(), <Vec<u64> as TypeInfo>::type_info());
	// The fields keep TFChain's names and order.
	let fields = |info: scale_info::Type| -> Vec<String> {
		match info.type_def {
			TypeDef::Composite(def) => {
				def.fields.iter().filter_map(|field| field.name.map(|n| n.to_string())).collect()
			},
			other => panic!("not a struct: {other:?}"),
		}
	};
	assert_eq!(
		fields(MintTransactionOf::<Test>::type_info()),
		["amount", "target", "block", "votes"]
	);
	assert_eq!(
		fields(BurnTransactionOf::<Test>::type_info()),
		["block", "amount", "source", "target", "signatures", "sequence_number"]
	);
	assert_eq!(
		fields(RefundTransactionOf::<Test>::type_info()),
		["block", "amount", "target", "tx_hash", "signatures", "sequence_number"]
	);
	assert_eq!(fields(StellarSignature::type_info()), ["signature", "stellar_pub_key"]);
}

#[test]
fn a_stored_byte_list_encodes_as_a_vec() {
	let id = TransactionId::try_from(b"abc".to_vec()).unwrap();
	assert_eq!(id.encode(), b"abc".to_vec().encode());
}
