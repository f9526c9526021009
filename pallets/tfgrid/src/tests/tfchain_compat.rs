//! TFChain compatibility on the wire: the error and event order (against `tfchain-enum-order`),
//! the type shapes of call arguments, storage values and event fields, the storage hashers and
//! query kinds, the same error as TFChain for the same failure, and TFChain's events on the same
//! occasions.

use super::*;
use crate::{
	pallet::Call, AllowedNodeCertifiers, Error, FarmIdByName, FarmPayoutV2AddressByFarmID,
	FarmingPoliciesMap, Farms, NodeIdByTwinID, Nodes, UsersTermsAndConditions,
};
use frame_support::{
	__private::metadata_ir::{StorageEntryModifierIR, StorageEntryTypeIR},
	assert_noop,
};
use scale_info::{MetaType, TypeDef, TypeInfo};
use sp_runtime::{DispatchError, ModuleError};
use tfchain_enum_order::{assert_tfchain_order, tfchain_variants, Enum};
use tfchain_support::traits::Tfgrid;

/// Farm IPs that are not usable, one per cause: address or gateway too short, address without
/// prefix, malformed address or gateway, private range, gateway outside the subnet, address
/// equal to the gateway.
pub const INVALID_FARM_IPS: [(&str, &str); 8] = [
	("1.1.1/8", "1.1.1.1"),
	("185.206.122.33/24", "1.1.1"),
	("185.206.122.33", "185.206.122.1"),
	("185.206.122.400/24", "185.206.122.1"),
	("185.206.122.33/24", "185.206.122.x"),
	("10.0.0.2/24", "10.0.0.1"),
	("185.206.122.33/24", "185.206.123.1"),
	("185.206.122.1/24", "185.206.122.1"),
];

/// Edits that make a valid public config invalid, one per cause (IPv4, IPv6, domain).
pub fn invalid_public_config_edits() -> Vec<fn(&mut PublicConfig)> {
	vec![
		|c| c.ip4 = ip4("1.1.1/8", "185.206.122.1"),
		|c| c.ip4 = ip4("185.206.122.33/24", "1.1.1"),
		|c| c.ip4 = ip4("185.206.122.33", "185.206.122.1"),
		|c| c.ip4 = ip4("185.206.122.33/24", "185.206.122"),
		|c| c.ip4 = ip4("10.1.1.2/24", "10.1.1.1"),
		|c| c.ip6 = Some(IP6 { ip: b(b"2a1"), gw: b(b"2a10:b600:1::1") }),
		|c| c.ip6 = Some(IP6 { ip: b(b"2a10:b600:1::cc/64"), gw: b(b"2") }),
		|c| c.ip6 = Some(IP6 { ip: b(b"2a10:b600:1::cc"), gw: b(b"2a10:b600:1::1") }),
		|c| c.ip6 = Some(IP6 { ip: b(b"2a10:b600:1::cc/64"), gw: b(b"2a10:b600:1::z") }),
		|c| c.ip6 = Some(IP6 { ip: b(b"fd00::2/64"), gw: b(b"fd00::1") }),
		|c| c.domain = Some(b(b"")),
		|c| c.domain = Some(b(b"gw_1.grid.tf")),
	]
}

fn good_public_config() -> PublicConfig {
	PublicConfig {
		ip4: ip4("185.206.122.33/24", "185.206.122.1"),
		ip6: Some(IP6 { ip: b(b"2a10:b600:1::cc/64"), gw: b(b"2a10:b600:1::1") }),
		domain: Some(b(b"gw1.grid.tf")),
	}
}

#[test]
fn errors_and_events_start_with_tfchains_in_tfchains_order() {
	assert_tfchain_order::<Error<Test>>(
		"TfgridModule",
		Enum::Errors,
		&[
			"PublicKeyTooShort",
			"TwinHasTooManyEntities",
			"TwinTransferRequestNotExists",
			"TwinTransferAlreadyRequested",
			"TwinTransferToSameAccount",
			"NotTwinTransferRecipient",
			"NotTwinTransferRequester",
			"FarmHasTooManyNodes",
			"InvalidStellarAddress",
			"StellarAddressTooShort",
			"StellarAddressTooLong",
			"InvalidSignatureHex",
			"InvalidEntityName",
			"EntityNameTooShort",
			"EntityNameTooLong",
			"InvalidPricingPolicyName",
			"PricingPolicyNameTooShort",
			"PricingPolicyNameTooLong",
			"InvalidDiscountForDedicationNodes",
			"CannotUpdateImmutableFarmingPolicy",
			"InvalidFarmingPolicyName",
			"FarmingPolicyNameTooShort",
			"FarmingPolicyNameTooLong",
			"TooManyDefaultFarmingPolicies",
			"TooManyNodeCertifiers",
			"ZosVersionTooShort",
			"ZosVersionTooLong",
			"IdOverflow",
		],
	);
	assert_tfchain_order::<Event<Test>>(
		"TfgridModule",
		Enum::Events,
		&[
			"TwinTransferRequested",
			"TwinTransferAccepted",
			"TwinTransferCanceled",
			"TermsAndConditionsAccepted",
		],
	);
	// What a client decodes: the module error's index is TFChain's.
	let tfchain_errors = tfchain_variants("TfgridModule", Enum::Errors);
	new_test_ext().execute_with(|| {
		for (name, error) in [
			("InvalidPublicIP", Error::<Test>::InvalidPublicIP),
			("InvalidTimestampHint", Error::<Test>::InvalidTimestampHint),
			("NoneValue", Error::<Test>::NoneValue),
		] {
			let DispatchError::Module(ModuleError { error: bytes, .. }) =
				DispatchError::from(error)
			else {
				panic!("not a module error");
			};
			let position = tfchain_errors.iter().position(|n| n == name).unwrap();
			assert_eq!(usize::from(bytes[0]), position, "{name}");
		}
	});
}

/// The shape of a type in the metadata: `"BoundedVec"` (a one-field composite clients wrap),
/// `"Vec"` (a plain sequence) or `"other"`.
fn shape(ty: MetaType) -> &'static str {
	let info = ty.type_info();
	match info.type_def {
		TypeDef::Sequence(_) => "Vec",
		TypeDef::Composite(_) if info.path.segments.last() == Some(&"BoundedVec") => "BoundedVec",
		_ => "other",
	}
}

/// The element type of a `BoundedVec` or `Vec`.
fn element(ty: MetaType) -> MetaType {
	let info = ty.type_info();
	match info.type_def {
		TypeDef::Sequence(seq) => seq.type_param,
		TypeDef::Composite(composite) => element(composite.fields[0].ty),
		other => panic!("not a list: {other:?}"),
	}
}

/// The type of a named field of a struct.
fn field(ty: MetaType, name: &str) -> MetaType {
	let info = ty.type_info();
	let TypeDef::Composite(composite) = info.type_def else { panic!("not a struct") };
	composite.fields.iter().find(|f| f.name == Some(name)).expect("field").ty
}

/// The type of argument `arg` of call `call`.
fn call_arg(call: &str, arg: &str) -> MetaType {
	let TypeDef::Variant(def) = Call::<Test>::type_info().type_def else { panic!("calls") };
	let variant = def.variants.iter().find(|v| v.name == call).expect("call");
	variant.fields.iter().find(|f| f.name == Some(arg)).expect("argument").ty
}

/// The type of field `index` of event `event`.
fn event_field(event: &str, index: usize) -> MetaType {
	let TypeDef::Variant(def) = <Event<Test> as TypeInfo>::type_info().type_def else {
		panic!("events")
	};
	def.variants.iter().find(|v| v.name == event).expect("event").fields[index].ty
}

#[test]
fn call_arguments_keep_tfchains_shapes() {
	// BoundedVec where TFChain has one: py-substrate-interface clients wrap these lists.
	let public_ips = call_arg("create_farm", "public_ips");
	assert_eq!(shape(public_ips), "BoundedVec");
	assert_eq!(element(public_ips).type_info().path.segments.last(), Some(&"IP4"));
	for call in ["create_node", "update_node"] {
		let interfaces = call_arg(call, "interfaces");
		assert_eq!(shape(interfaces), "BoundedVec", "{call}");
		assert_eq!(shape(field(element(interfaces), "ips")), "BoundedVec", "{call}");
	}
	for (call, arg) in [
		("create_farm", "name"),
		("update_farm", "name"),
		("add_farm_ip", "ip"),
		("add_farm_ip", "gw"),
		("create_twin", "relay"),
		("user_accept_tc", "document_link"),
		("user_accept_tc", "document_hash"),
		("create_entity", "country"),
	] {
		let ty = call_arg(call, arg);
		let inner = match ty.type_info().type_def {
			TypeDef::Variant(_) => ty.type_info().type_params[0].ty.expect("Option<T>"),
			_ => ty,
		};
		assert_eq!(shape(inner), "BoundedVec", "{call}.{arg}");
	}
	// Vec where TFChain has Vec: bounded by the call with a named error.
	for (call, arg) in [
		("add_stellar_payout_v2address", "stellar_address"),
		("create_entity", "name"),
		("create_entity", "signature"),
		("update_entity", "name"),
		("add_twin_entity", "signature"),
		("create_pricing_policy", "name"),
		("update_pricing_policy", "name"),
		("create_farming_policy", "name"),
		("update_farming_policy", "name"),
		("set_zos_version", "zos_version"),
	] {
		assert_eq!(shape(call_arg(call, arg)), "Vec", "{call}.{arg}");
	}
	// Same integer widths.
	assert_eq!(call_arg("report_uptime_v2", "timestamp_hint").type_info(), u64::type_info());
	assert_eq!(call_arg("set_connection_price", "price").type_info(), u32::type_info());
	assert_eq!(call_arg("create_farming_policy", "minimal_uptime").type_info(), u16::type_info());
}

#[test]
fn records_and_event_fields_keep_tfchains_shapes() {
	let node = MetaType::new::<crate::types::Node>();
	assert_eq!(shape(field(node, "interfaces")), "Vec");
	assert_eq!(shape(field(element(field(node, "interfaces")), "ips")), "BoundedVec");
	let farm = MetaType::new::<crate::types::Farm>();
	assert_eq!(shape(field(farm, "public_ips")), "BoundedVec");
	let twin = MetaType::new::<crate::TwinOf<Test>>();
	assert_eq!(shape(field(twin, "entities")), "Vec");
	assert_eq!(shape(field(element(field(twin, "entities")), "signature")), "Vec");
	let entity = MetaType::new::<crate::EntityOf<Test>>();
	assert_eq!(shape(field(entity, "name")), "Vec");
	let policy = MetaType::new::<crate::FarmingPolicyOf<Test>>();
	assert_eq!(shape(field(policy, "name")), "Vec");
	assert_eq!(shape(event_field("TwinEntityStored", 2)), "Vec");
	assert_eq!(shape(event_field("FarmPayoutV2AddressRegistered", 1)), "Vec");
	assert_eq!(shape(event_field("ZosVersionUpdated", 0)), "Vec");
}

#[test]
fn storage_items_have_tfchains_query_kinds_and_value_shapes() {
	use StorageEntryModifierIR::{Default as Value, Optional};
	// (name, query kind, value shape). Hashers are not compared: every client computes keys
	// from the hashers the metadata states, and maps keyed by sequential ids keep
	// `Twox64Concat` for the billing hook's fast reads (docs/decisions.md).
	let expected: Vec<(&str, StorageEntryModifierIR, Option<&str>)> = vec![
		("Farms", Optional, None),
		("FarmIdByName", Value, None),
		("FarmPayoutV2AddressByFarmID", Value, Some("Vec")),
		("NodesByFarmID", Value, Some("Vec")),
		("Nodes", Optional, None),
		("NodeIdByTwinID", Value, None),
		("Entities", Optional, None),
		("EntityIdByAccountID", Optional, None),
		("EntityIdByName", Value, None),
		("Twins", Optional, None),
		("TwinIdByAccountID", Optional, None),
		("TwinBoundedAccountID", Optional, None),
		("PricingPolicies", Optional, None),
		("PricingPolicyIdByName", Value, None),
		("FarmingPoliciesMap", Value, None),
		("UsersTermsAndConditions", Optional, Some("Vec")),
		("AllowedNodeCertifiers", Optional, Some("Vec")),
		("ConnectionPrice", Value, None),
		("ZosVersion", Value, Some("Vec")),
		("NodePower", Value, None),
		("FarmID", Value, None),
		("NodeID", Value, None),
		("EntityID", Value, None),
		("TwinID", Value, None),
		("PricingPolicyID", Value, None),
		("FarmingPolicyID", Value, None),
	];
	let metadata = TfgridModule::storage_metadata();
	for (name, modifier, value_shape) in expected {
		let entry =
			metadata.entries.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}"));
		assert_eq!(entry.modifier, modifier, "{name}");
		let value = match &entry.ty {
			StorageEntryTypeIR::Map { value, .. } => *value,
			StorageEntryTypeIR::Plain(value) => *value,
		};
		if let Some(value_shape) = value_shape {
			assert_eq!(shape(value), value_shape, "{name}");
		}
	}
}

#[test]
fn missing_keys_read_as_on_tfchain() {
	run_test(|| {
		// Value queries: the default.
		assert_eq!(FarmIdByName::<Test>::get(b::<_>(b"nope")), 0);
		assert_eq!(NodeIdByTwinID::<Test>::get(42), 0);
		assert_eq!(crate::EntityIdByName::<Test>::get(l::<_>(b"nope")), 0);
		assert_eq!(crate::PricingPolicyIdByName::<Test>::get(b::<_>(b"nope")), 0);
		assert!(FarmPayoutV2AddressByFarmID::<Test>::get(42).is_empty());
		assert!(crate::NodesByFarmID::<Test>::get(42).is_empty());
		assert_eq!(FarmingPoliciesMap::<Test>::get(42), Default::default());
		// Option queries: None.
		assert_eq!(UsersTermsAndConditions::<Test>::get(acc(1)), None);
		assert_eq!(AllowedNodeCertifiers::<Test>::get(), None);
		assert_eq!(Farms::<Test>::get(42), None);
		assert_eq!(Nodes::<Test>::get(42), None);
		// The helpers give an Option where a tool wants one.
		assert_eq!(TfgridModule::farm_id_by_name(&b(b"nope")), None);
		assert_eq!(TfgridModule::node_id_of_twin(42), None);
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		assert_eq!(TfgridModule::farm_id_by_name(&b(b"farm_one")), Some(farm_id));
		let twin = crate::TwinIdByAccountID::<Test>::get(node_account).unwrap();
		assert_eq!(TfgridModule::node_id_of_twin(twin), Some(node_id));
		assert!(UsersTermsAndConditions::<Test>::get(acc(1)).is_some());
	});
}

/// Every case where we return TFChain's error although our checks know a more precise cause
/// (which is logged): a failing call changes nothing (`assert_noop`).
#[test]
fn same_failure_same_error_as_tfchain() {
	run_test(|| {
		let (farmer, node_account, farm_id, node_id) = farmer_with_node();
		let stranger = acc(9); // no twin
		create_twin(&acc(3)); // a twin that owns nothing

		// create_farm / add_farm_ip: an unusable IP, whatever the cause: InvalidPublicIP.
		for (ip, gw) in INVALID_FARM_IPS {
			let list = BoundedVec::try_from(vec![ip4(ip, gw)]).unwrap();
			assert_noop!(
				TfgridModule::create_farm(signed(&acc(3)), b(b"farm_x"), list),
				Error::<Test>::InvalidPublicIP
			);
			assert_noop!(
				TfgridModule::add_farm_ip(
					signed(&farmer),
					farm_id,
					b(ip.as_bytes()),
					b(gw.as_bytes())
				),
				Error::<Test>::InvalidPublicIP
			);
		}
		// add_farm_ip on a farm that has 256 IPs: InvalidPublicIP.
		assert_ok!(TfgridModule::create_farm(signed(&acc(3)), b(b"full"), public_ips(256)));
		let full = TfgridModule::farm_id_by_name(&b(b"full")).unwrap();
		assert_noop!(
			TfgridModule::add_farm_ip(
				signed(&acc(3)),
				full,
				b(b"185.207.1.5/16"),
				b(b"185.207.0.1")
			),
			Error::<Test>::InvalidPublicIP
		);

		// add_node_public_config: an invalid config, whatever the part: InvalidPublicConfig.
		for edit in invalid_public_config_edits() {
			let mut config = good_public_config();
			edit(&mut config);
			assert_noop!(
				TfgridModule::add_node_public_config(
					signed(&farmer),
					farm_id,
					node_id,
					Some(config)
				),
				Error::<Test>::InvalidPublicConfig
			);
		}

		// create_twin for an account that has one: TwinWithPubkeyExists.
		assert_noop!(
			TfgridModule::create_twin(signed(&farmer), None, None),
			Error::<Test>::TwinWithPubkeyExists
		);
		// An empty or malformed relay: InvalidRelayAddress.
		accept_tc(&acc(4));
		for relay in [&b""[..], b"relay..grid.tf", b".tf", b"relay.", b"wss://relay.grid.tf"] {
			assert_noop!(
				TfgridModule::create_twin(signed(&acc(4)), Some(b(relay)), None),
				Error::<Test>::InvalidRelayAddress
			);
			assert_noop!(
				TfgridModule::update_twin(signed(&farmer), Some(b(relay)), None),
				Error::<Test>::InvalidRelayAddress
			);
		}

		// remove_farm_ip of an unknown or a reserved IP, force_reset_farm_ip of an unknown IP:
		// IpNotExists.
		<TfgridModule as Tfgrid<_, _>>::reserve_public_ips(farm_id, 7, 1).unwrap();
		for ip in [&b"185.206.1.2/16"[..], b"185.206.9.9/16"] {
			assert_noop!(
				TfgridModule::remove_farm_ip(signed(&farmer), farm_id, b(ip)),
				Error::<Test>::IpNotExists
			);
		}
		assert_noop!(
			TfgridModule::force_reset_farm_ip(RuntimeOrigin::root(), farm_id, b(b"185.206.9.9/16")),
			Error::<Test>::IpNotExists
		);

		// delete_node of another twin's node; add_node_public_config for a node of another
		// farm: NodeUpdateNotAuthorized.
		assert_noop!(
			TfgridModule::delete_node(signed(&farmer), node_id),
			Error::<Test>::NodeUpdateNotAuthorized
		);
		assert_ok!(TfgridModule::create_farm(signed(&farmer), b(b"farm_two"), public_ips(0)));
		let farm_two = TfgridModule::farm_id_by_name(&b(b"farm_two")).unwrap();
		assert_noop!(
			TfgridModule::add_node_public_config(
				signed(&farmer),
				farm_two,
				node_id,
				Some(good_public_config())
			),
			Error::<Test>::NodeUpdateNotAuthorized
		);

		// Farm calls by someone who is not the farmer, with or without a twin:
		// CannotUpdateFarmWrongTwin.
		for who in [&node_account, &stranger] {
			assert_noop!(
				TfgridModule::add_farm_ip(
					signed(who),
					farm_id,
					b(b"185.206.1.9/16"),
					b(b"185.206.0.1")
				),
				Error::<Test>::CannotUpdateFarmWrongTwin
			);
			assert_noop!(
				TfgridModule::remove_farm_ip(signed(who), farm_id, b(b"185.206.1.3/16")),
				Error::<Test>::CannotUpdateFarmWrongTwin
			);
			assert_noop!(
				TfgridModule::add_node_public_config(signed(who), farm_id, node_id, None),
				Error::<Test>::CannotUpdateFarmWrongTwin
			);
		}

		// update_farm to another farm's name: InvalidFarmName.
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), farm_id, b(b"full")),
			Error::<Test>::InvalidFarmName
		);
		// update_pricing_policy to another policy's name: PricingPolicyWithDifferentIdExists.
		assert_ok!(TfgridModule::create_pricing_policy(
			RuntimeOrigin::root(),
			b"second policy".to_vec(),
			Policy { value: 1, unit: Unit::Gigabytes },
			Policy { value: 1, unit: Unit::Gigabytes },
			Policy { value: 1, unit: Unit::Gigabytes },
			Policy { value: 1, unit: Unit::Gigabytes },
			Policy { value: 1, unit: Unit::Gigabytes },
			Policy { value: 1, unit: Unit::Gigabytes },
			acc(100),
			acc(101),
			0
		));
		let policy = crate::PricingPolicies::<Test>::get(2).unwrap();
		assert_noop!(
			TfgridModule::update_pricing_policy(
				RuntimeOrigin::root(),
				2,
				b"threefold_default_pricing_policy".to_vec(),
				policy.su,
				policy.cu,
				policy.nu,
				policy.ipu,
				policy.unique_name,
				policy.domain_name,
				acc(100),
				acc(101),
				0
			),
			Error::<Test>::PricingPolicyWithDifferentIdExists
		);

		// Too little storage, SSD or HDD alike: InvalidSRUInput.
		create_twin(&acc(5));
		for (sru, hru) in [(0, 99 * GIB), (99 * GIB, 0), (99 * GIB, 99 * GIB)] {
			let r = Resources { sru, hru, ..resources() };
			assert_noop!(
				TfgridModule::create_node(
					signed(&acc(5)),
					farm_id,
					r,
					location(),
					interfaces(),
					false,
					false,
					None
				),
				Error::<Test>::InvalidSRUInput
			);
			assert_noop!(
				TfgridModule::update_node(
					signed(&node_account),
					node_id,
					farm_id,
					r,
					location(),
					interfaces(),
					false,
					false,
					None
				),
				Error::<Test>::InvalidSRUInput
			);
		}

		// TFChain's order of checks: the farm before the caller's twin (create_node), the entity
		// before the twin (add_twin_entity), a taken name before a missing entity
		// (update_entity), the node before the caller's twin (update_node, delete_node).
		assert_noop!(
			TfgridModule::create_node(
				signed(&stranger),
				99,
				resources(),
				location(),
				interfaces(),
				false,
				false,
				None
			),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::add_twin_entity(signed(&stranger), 99, 99, vec![b'0'; 128]),
			Error::<Test>::EntityNotExists
		);
		super::twins::create_entity_of(7, "Taken NV");
		assert_noop!(
			TfgridModule::update_entity(
				signed(&stranger),
				b"Taken NV".to_vec(),
				b(b"Belgium"),
				b(b"Ghent")
			),
			Error::<Test>::EntityWithNameExists
		);
		assert_noop!(
			TfgridModule::delete_node(signed(&stranger), 99),
			Error::<Test>::NodeNotExists
		);
		assert_noop!(
			TfgridModule::update_node(
				signed(&stranger),
				99,
				farm_id,
				resources(),
				location(),
				interfaces(),
				false,
				false,
				None
			),
			Error::<Test>::NodeNotExists
		);
	});
}

#[test]
fn set_node_certification_emits_node_updated_and_certification_set() {
	run_test(|| {
		let (_, _, _, node_id) = farmer_with_node();
		System::reset_events();
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(
			events(),
			vec![
				Event::NodeUpdated(node),
				Event::NodeCertificationSet(node_id, NodeCertification::Certified)
			]
		);
	});
}

#[test]
fn update_node_that_loses_its_certification_emits_certification_set() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		System::reset_events();
		let more_ram = Resources { mru: resources().mru * 2, ..resources() };
		assert_ok!(TfgridModule::update_node(
			signed(&node_account),
			node_id,
			farm_id,
			more_ram,
			location(),
			interfaces(),
			false,
			false,
			None
		));
		let node = Nodes::<Test>::get(node_id).unwrap();
		assert_eq!(
			events(),
			vec![
				Event::NodeCertificationSet(node_id, NodeCertification::Diy),
				Event::NodeUpdated(node)
			]
		);
		// An update that keeps the certification emits only NodeUpdated.
		System::reset_events();
		assert_ok!(TfgridModule::update_node(
			signed(&node_account),
			node_id,
			farm_id,
			more_ram,
			location(),
			interfaces(),
			false,
			false,
			None
		));
		assert_eq!(events(), vec![Event::NodeUpdated(Nodes::<Test>::get(node_id).unwrap())]);
	});
}

fn limits(policy: u32, count: Option<u32>) -> FarmingPolicyLimit {
	FarmingPolicyLimit {
		farming_policy_id: policy,
		cu: None,
		su: None,
		end: None,
		node_count: count,
		node_certification: false,
	}
}

#[test]
fn attach_policy_to_farm_emits_farm_updated_and_node_updated() {
	run_test(|| {
		let (_, _, farm_id, node_id) = farmer_with_node();
		create_twin(&acc(3));
		let second = create_node(&acc(3), farm_id);
		assert_ok!(TfgridModule::create_farming_policy(
			RuntimeOrigin::root(),
			b"gold special".to_vec(),
			1,
			1,
			1,
			1,
			90,
			0,
			true,
			false,
			NodeCertification::Diy,
			FarmCertification::Gold
		));
		System::reset_events();
		assert_ok!(TfgridModule::attach_policy_to_farm(
			RuntimeOrigin::root(),
			farm_id,
			Some(limits(3, Some(5)))
		));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		let mut attached = farm.clone();
		attached.farming_policy_limits = Some(limits(3, Some(5)));
		assert_eq!(farm.farming_policy_limits, Some(limits(3, Some(3))));
		assert_eq!(
			events(),
			vec![
				Event::FarmUpdated(attached),
				Event::NodeUpdated(Nodes::<Test>::get(node_id).unwrap()),
				Event::NodeUpdated(Nodes::<Test>::get(second).unwrap()),
				Event::FarmUpdated(farm),
				Event::FarmingPolicySet(farm_id, Some(limits(3, Some(5))))
			]
		);
		assert_eq!(Nodes::<Test>::get(second).unwrap().farming_policy_id, 3);

		// A node that joins later consumes the limits: FarmUpdated, then NodeStored.
		create_twin(&acc(4));
		System::reset_events();
		let third = create_node(&acc(4), farm_id);
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.farming_policy_limits, Some(limits(3, Some(2))));
		assert_eq!(
			events(),
			vec![Event::FarmUpdated(farm), Event::NodeStored(Nodes::<Test>::get(third).unwrap())]
		);
	});
}

#[test]
fn other_calls_emit_what_tfchain_emits() {
	run_test(|| {
		let (farmer, _, farm_id, node_id) = farmer_with_node();
		System::reset_events();
		assert_ok!(TfgridModule::set_farm_certification(
			RuntimeOrigin::root(),
			farm_id,
			FarmCertification::Gold
		));
		assert_eq!(events(), vec![Event::FarmCertificationSet(farm_id, FarmCertification::Gold)]);

		System::reset_events();
		assert_ok!(TfgridModule::add_node_public_config(
			signed(&farmer),
			farm_id,
			node_id,
			Some(good_public_config())
		));
		assert_eq!(
			events(),
			vec![Event::NodePublicConfigStored(node_id, Some(good_public_config()))]
		);

		System::reset_events();
		assert_ok!(TfgridModule::change_power_target(signed(&farmer), node_id, Power::Down));
		assert_eq!(
			events(),
			vec![Event::PowerTargetChanged { farm_id, node_id, power_target: Power::Down }]
		);

		// We also emit the FarmMarkedAsDedicated TFChain declares, next to its FarmUpdated.
		System::reset_events();
		assert_ok!(TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), farm_id, true));
		assert_eq!(
			events(),
			vec![
				Event::FarmMarkedAsDedicated(farm_id),
				Event::FarmUpdated(Farms::<Test>::get(farm_id).unwrap())
			]
		);
	});
}
