//! Genesis, pricing and farming policies and their assignment, connection price, certifiers,
//! ZOS version, and the limits of every bounded text.

use super::*;
use crate::{
	AllowedNodeCertifiers, ConnectionPrice, DefaultFarmingPolicies, Error, FarmingPoliciesMap,
	FarmingPolicyID, Farms, Nodes, PricingPolicies, PricingPolicyID, PricingPolicyIdByName,
	ZosVersion,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop,
	dispatch::Pays,
	traits::{ConstU32, PalletInfoAccess},
};
use sp_runtime::DispatchError;

fn price(value: u32) -> Policy {
	Policy { value, unit: Unit::Gigabytes }
}

fn create_pricing(name: &[u8], discount: u8) -> sp_runtime::DispatchResult {
	TfgridModule::create_pricing_policy(
		RuntimeOrigin::root(),
		name.to_vec(),
		price(1),
		price(2),
		price(3),
		price(4),
		price(5),
		price(6),
		acc(100),
		acc(101),
		discount,
	)
}

fn update_pricing(id: u32, name: &[u8], discount: u8) -> sp_runtime::DispatchResult {
	TfgridModule::update_pricing_policy(
		RuntimeOrigin::root(),
		id,
		name.to_vec(),
		price(10),
		price(20),
		price(30),
		price(40),
		price(50),
		price(60),
		acc(102),
		acc(103),
		discount,
	)
}

fn create_farming(
	origin: RuntimeOrigin,
	name: &[u8],
	immutable: bool,
	default: bool,
	node_certification: NodeCertification,
	farm_certification: FarmCertification,
) -> sp_runtime::DispatchResult {
	TfgridModule::create_farming_policy(
		origin,
		name.to_vec(),
		10,
		20,
		3,
		4,
		95,
		0,
		immutable,
		default,
		node_certification,
		farm_certification,
	)
}

fn update_farming(
	id: u32,
	name: &[u8],
	default: bool,
	policy_end: u64,
) -> sp_runtime::DispatchResult {
	TfgridModule::update_farming_policy(
		RuntimeOrigin::root(),
		id,
		name.to_vec(),
		11,
		21,
		4,
		5,
		90,
		policy_end,
		default,
		NodeCertification::Diy,
		FarmCertification::NotCertified,
	)
}

#[test]
fn genesis_has_the_default_policies() {
	run_test(|| {
		let pricing = PricingPolicies::<Test>::get(1).unwrap();
		assert_eq!(pricing.name.to_vec(), b"threefold_default_pricing_policy".to_vec());
		assert_eq!(pricing.foundation_account, acc(100));
		assert_eq!(pricing.certified_sales_account, acc(101));
		assert_eq!(PricingPolicyID::<Test>::get(), 1);
		let diy = FarmingPoliciesMap::<Test>::get(1);
		let certified = FarmingPoliciesMap::<Test>::get(2);
		assert!(diy.default && diy.immutable && certified.default && certified.immutable);
		assert_eq!(diy.node_certification, NodeCertification::Diy);
		assert_eq!(certified.node_certification, NodeCertification::Certified);
		assert_eq!(DefaultFarmingPolicies::<Test>::get().to_vec(), vec![1, 2]);
		assert_eq!(FarmingPolicyID::<Test>::get(), 2);
		assert_eq!(ConnectionPrice::<Test>::get(), 80);
		assert_eq!(ZosVersion::<Test>::get().to_vec(), b"3.0.0".to_vec());
	});
}

#[test]
fn create_pricing_policy_works_and_fails() {
	run_test(|| {
		assert_ok!(create_pricing(b"policy two", 40));
		let policy = PricingPolicies::<Test>::get(2).unwrap();
		assert_eq!(policy.cu, price(2));
		assert_eq!(policy.discount_for_dedication_nodes, 40);
		assert_eq!(PricingPolicyIdByName::<Test>::get(&policy.name), 2);
		assert_eq!(last_event(), Event::PricingPolicyStored(policy));
		assert_noop!(create_pricing(b"policy two", 40), Error::<Test>::PricingPolicyExists);
		assert_noop!(create_pricing(b"ab", 40), Error::<Test>::PricingPolicyNameTooShort);
		assert_noop!(create_pricing(b"tab\there", 40), Error::<Test>::InvalidPricingPolicyName);
		assert_noop!(
			create_pricing(b"policy x", 101),
			Error::<Test>::InvalidDiscountForDedicationNodes
		);
		PricingPolicyID::<Test>::put(u32::MAX);
		assert_noop!(create_pricing(b"policy x", 1), Error::<Test>::IdOverflow);
		PricingPolicyID::<Test>::put(2);
		assert_noop!(
			TfgridModule::create_pricing_policy(
				signed(&acc(1)),
				b"policy x".to_vec(),
				price(1),
				price(2),
				price(3),
				price(4),
				price(5),
				price(6),
				acc(100),
				acc(101),
				1
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_pricing_policy_works_and_fails() {
	run_test(|| {
		assert_ok!(create_pricing(b"policy two", 40));
		assert_ok!(update_pricing(2, b"policy renamed", 60));
		let policy = PricingPolicies::<Test>::get(2).unwrap();
		assert_eq!(policy.su, price(10));
		assert_eq!(policy.foundation_account, acc(102));
		assert_eq!(PricingPolicyIdByName::<Test>::get(b::<_>(b"policy renamed")), 2);
		assert!(!PricingPolicyIdByName::<Test>::contains_key(b::<_>(b"policy two")));
		assert_eq!(last_event(), Event::PricingPolicyStored(policy));
		assert_noop!(update_pricing(9, b"whatever", 1), Error::<Test>::PricingPolicyNotExists);
		// Another policy's name: TFChain's PricingPolicyWithDifferentIdExists.
		assert_noop!(
			update_pricing(2, b"threefold_default_pricing_policy", 1),
			Error::<Test>::PricingPolicyWithDifferentIdExists
		);
		assert_noop!(update_pricing(2, b"xy", 1), Error::<Test>::PricingPolicyNameTooShort);
		assert_noop!(update_pricing(2, b" lead", 1), Error::<Test>::InvalidPricingPolicyName);
		assert_noop!(
			update_pricing(2, b"policy renamed", 200),
			Error::<Test>::InvalidDiscountForDedicationNodes
		);
		assert_noop!(
			TfgridModule::update_pricing_policy(
				signed(&acc(1)),
				2,
				b"policy x".to_vec(),
				price(1),
				price(2),
				price(3),
				price(4),
				price(5),
				price(6),
				acc(100),
				acc(101),
				1
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn create_farming_policy_works_and_fails() {
	run_test(|| {
		let root = RuntimeOrigin::root;
		System::set_block_number(5);
		assert_ok!(create_farming(
			root(),
			b"gold policy",
			false,
			true,
			NodeCertification::Certified,
			FarmCertification::Gold
		));
		let policy = FarmingPoliciesMap::<Test>::get(3);
		assert_eq!(policy.policy_created, 5);
		assert_eq!(policy.su, 10);
		assert_eq!(policy.cu, 20);
		assert_eq!(DefaultFarmingPolicies::<Test>::get().to_vec(), vec![1, 2, 3]);
		assert_eq!(last_event(), Event::FarmingPolicyStored(policy));
		// Not default: not in the index.
		assert_ok!(create_farming(
			root(),
			b"special",
			true,
			false,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		assert_eq!(DefaultFarmingPolicies::<Test>::get().len(), 3);
		let fails = |name: &[u8], default: bool, error: Error<Test>| {
			assert_noop!(
				create_farming(
					root(),
					name,
					false,
					default,
					NodeCertification::Diy,
					FarmCertification::NotCertified
				),
				error
			);
		};
		fails(b"ab", false, Error::<Test>::FarmingPolicyNameTooShort);
		fails(b"bad\x01name", false, Error::<Test>::InvalidFarmingPolicyName);
		assert_ok!(create_farming(
			root(),
			b"fourth default",
			false,
			true,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		fails(b"fifth default", true, Error::<Test>::TooManyDefaultFarmingPolicies);
		FarmingPolicyID::<Test>::put(u32::MAX);
		fails(b"overflow", false, Error::<Test>::IdOverflow);
		FarmingPolicyID::<Test>::put(5);
		assert_noop!(
			create_farming(
				signed(&acc(1)),
				b"mine",
				false,
				false,
				NodeCertification::Diy,
				FarmCertification::NotCertified
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_farming_policy_works_and_immutable_ones_are_immutable() {
	run_test(|| {
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"mutable",
			false,
			true,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		assert_ok!(update_farming(3, b"mutable v2", false, 100));
		let policy = FarmingPoliciesMap::<Test>::get(3);
		assert_eq!(policy.name.to_vec(), b"mutable v2".to_vec());
		assert_eq!(policy.cu, 21);
		assert_eq!(policy.policy_end, 100);
		assert!(!policy.default && !policy.immutable);
		assert_eq!(DefaultFarmingPolicies::<Test>::get().to_vec(), vec![1, 2]);
		assert_eq!(last_event(), Event::FarmingPolicyUpdated(policy));
		assert_ok!(update_farming(3, b"mutable v3", true, 0));
		assert_eq!(DefaultFarmingPolicies::<Test>::get().to_vec(), vec![1, 2, 3]);

		let genesis_policy = FarmingPoliciesMap::<Test>::get(1);
		assert_noop!(
			update_farming(1, b"hijacked", true, 0),
			Error::<Test>::CannotUpdateImmutableFarmingPolicy
		);
		assert_eq!(FarmingPoliciesMap::<Test>::get(1), genesis_policy);
		assert_noop!(update_farming(9, b"missing", true, 0), Error::<Test>::FarmingPolicyNotExists);
		assert_noop!(update_farming(3, b"ab", true, 0), Error::<Test>::FarmingPolicyNameTooShort);
		assert_noop!(update_farming(3, b"bad ", true, 0), Error::<Test>::InvalidFarmingPolicyName);
		// Index full: a fourth default exists, a mutable non-default cannot become the fifth.
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"fourth",
			false,
			true,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"plain",
			false,
			false,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		assert_noop!(
			update_farming(5, b"plain", true, 0),
			Error::<Test>::TooManyDefaultFarmingPolicies
		);
		assert_noop!(
			TfgridModule::update_farming_policy(
				signed(&acc(1)),
				3,
				b"x v4".to_vec(),
				1,
				1,
				1,
				1,
				1,
				0,
				true,
				NodeCertification::Diy,
				FarmCertification::NotCertified
			),
			DispatchError::BadOrigin
		);
	});
}

fn limits(policy: u32, cu: Option<u64>, su: Option<u64>, count: Option<u32>) -> FarmingPolicyLimit {
	FarmingPolicyLimit {
		farming_policy_id: policy,
		cu,
		su,
		end: None,
		node_count: count,
		node_certification: false,
	}
}

#[test]
fn attach_policy_to_farm_reassigns_default_nodes_and_counts_down() {
	run_test(|| {
		let (_, _, farm_id, node_id) = farmer_with_node();
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"gold special",
			true,
			false,
			NodeCertification::Diy,
			FarmCertification::Gold
		));
		let info = TfgridModule::attach_policy_to_farm(
			RuntimeOrigin::root(),
			farm_id,
			Some(limits(3, Some(100), None, Some(2))),
		)
		.unwrap();
		assert_eq!(info.pays_fee, Pays::Yes);
		assert!(info.actual_weight.is_some());
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.certification, FarmCertification::Gold);
		let cu = resources().cu();
		assert_eq!(farm.farming_policy_limits, Some(limits(3, Some(100 - cu), None, Some(1))));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 3);
		assert_eq!(
			last_event(),
			Event::FarmingPolicySet(farm_id, Some(limits(3, Some(100), None, Some(2))))
		);
		// One more node fits; the third falls back to the default.
		create_twin(&acc(3));
		let second = create_node(&acc(3), farm_id);
		assert_eq!(Nodes::<Test>::get(second).unwrap().farming_policy_id, 3);
		create_twin(&acc(4));
		let third = create_node(&acc(4), farm_id);
		assert_eq!(Nodes::<Test>::get(third).unwrap().farming_policy_id, 1);
		assert_eq!(
			Farms::<Test>::get(farm_id).unwrap().farming_policy_limits.unwrap().node_count,
			Some(0)
		);
		// Removing the limits: nodes on the special policy keep it, default ones stay default.
		assert_ok!(TfgridModule::attach_policy_to_farm(RuntimeOrigin::root(), farm_id, None));
		assert_eq!(Farms::<Test>::get(farm_id).unwrap().farming_policy_limits, None);
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 3);
		assert_eq!(Nodes::<Test>::get(third).unwrap().farming_policy_id, 1);
	});
}

#[test]
fn limits_respect_cu_su_and_certification() {
	run_test(|| {
		let (_, _, farm_id, node_id) = farmer_with_node();
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"limited",
			true,
			false,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		// Too little SU left for the node.
		assert_ok!(TfgridModule::attach_policy_to_farm(
			RuntimeOrigin::root(),
			farm_id,
			Some(limits(3, None, Some(resources().su() - 1), None))
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 1);
		// Certified nodes only: a DIY node gets the default, a certified one the limit policy.
		let mut certified_only = limits(3, None, None, None);
		certified_only.node_certification = true;
		assert_ok!(TfgridModule::attach_policy_to_farm(
			RuntimeOrigin::root(),
			farm_id,
			Some(certified_only)
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 1);
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 3);
	});
}

#[test]
fn certified_defaults_win_over_diy_ones() {
	run_test(|| {
		let (_, _, farm_id, node_id) = farmer_with_node();
		// A Gold-farm default for certified nodes is better than policy 2, but only on Gold farms.
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"gold certified",
			true,
			true,
			NodeCertification::Certified,
			FarmCertification::Gold
		));
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 2);
		assert_ok!(TfgridModule::set_farm_certification(
			RuntimeOrigin::root(),
			farm_id,
			FarmCertification::Gold
		));
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 3);
		// An expired default is skipped.
		let mut policy = FarmingPoliciesMap::<Test>::get(3);
		policy.node_certification = NodeCertification::Certified;
		policy.farm_certification = FarmCertification::Gold;
		policy.policy_end = 3;
		FarmingPoliciesMap::<Test>::insert(3, policy);
		System::set_block_number(4);
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 2);
	});
}

#[test]
fn attach_policy_to_farm_errors() {
	run_test(|| {
		let (_, _, farm_id, _) = farmer_with_node();
		assert_noop!(
			TfgridModule::attach_policy_to_farm(RuntimeOrigin::root(), 99, None),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::attach_policy_to_farm(
				RuntimeOrigin::root(),
				farm_id,
				Some(limits(9, None, None, None))
			),
			Error::<Test>::FarmingPolicyNotExists
		);
		assert_ok!(create_farming(
			RuntimeOrigin::root(),
			b"short lived",
			false,
			false,
			NodeCertification::Diy,
			FarmCertification::NotCertified
		));
		assert_ok!(update_farming(3, b"short lived", false, 2));
		System::set_block_number(3);
		assert_noop!(
			TfgridModule::attach_policy_to_farm(
				RuntimeOrigin::root(),
				farm_id,
				Some(limits(3, None, None, None))
			),
			Error::<Test>::FarmingPolicyExpired
		);
		let mut ended = limits(1, None, None, None);
		ended.end = Some(2);
		assert_noop!(
			TfgridModule::attach_policy_to_farm(RuntimeOrigin::root(), farm_id, Some(ended)),
			Error::<Test>::FarmingPolicyExpired
		);
		assert_noop!(
			TfgridModule::attach_policy_to_farm(signed(&acc(1)), farm_id, None),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_connection_price_works_and_fails() {
	run_test(|| {
		assert_ok!(TfgridModule::set_connection_price(RuntimeOrigin::root(), 150));
		assert_eq!(ConnectionPrice::<Test>::get(), 150);
		assert_eq!(last_event(), Event::ConnectionPriceSet(150));
		assert_noop!(
			TfgridModule::set_connection_price(signed(&acc(1)), 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn node_certifiers_are_added_and_removed() {
	run_test(|| {
		assert_ok!(TfgridModule::add_node_certifier(RuntimeOrigin::root(), acc(5)));
		assert_eq!(AllowedNodeCertifiers::<Test>::get().unwrap().to_vec(), vec![acc(5)]);
		assert_eq!(last_event(), Event::NodeCertifierAdded(acc(5)));
		assert_noop!(
			TfgridModule::add_node_certifier(RuntimeOrigin::root(), acc(5)),
			Error::<Test>::AlreadyCertifier
		);
		assert_ok!(TfgridModule::add_node_certifier(RuntimeOrigin::root(), acc(6)));
		assert_ok!(TfgridModule::add_node_certifier(RuntimeOrigin::root(), acc(7)));
		assert_noop!(
			TfgridModule::add_node_certifier(RuntimeOrigin::root(), acc(8)),
			Error::<Test>::TooManyNodeCertifiers
		);
		assert_ok!(TfgridModule::remove_node_certifier(RuntimeOrigin::root(), acc(5)));
		assert_eq!(AllowedNodeCertifiers::<Test>::get().unwrap().to_vec(), vec![acc(6), acc(7)]);
		assert_eq!(last_event(), Event::NodeCertifierRemoved(acc(5)));
		assert_noop!(
			TfgridModule::remove_node_certifier(RuntimeOrigin::root(), acc(5)),
			Error::<Test>::NotCertifier
		);
		assert_noop!(
			TfgridModule::add_node_certifier(signed(&acc(6)), acc(9)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			TfgridModule::remove_node_certifier(signed(&acc(6)), acc(7)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_zos_version_works_and_fails() {
	run_test(|| {
		assert_ok!(TfgridModule::set_zos_version(RuntimeOrigin::root(), b"3.10.1".to_vec()));
		assert_eq!(ZosVersion::<Test>::get().to_vec(), b"3.10.1".to_vec());
		assert_eq!(last_event(), Event::ZosVersionUpdated(b"3.10.1".to_vec()));
		assert_noop!(
			TfgridModule::set_zos_version(RuntimeOrigin::root(), b"3.10.1".to_vec()),
			Error::<Test>::InvalidZosVersion
		);
		assert_noop!(
			TfgridModule::set_zos_version(RuntimeOrigin::root(), b"3.10\n".to_vec()),
			Error::<Test>::InvalidZosVersion
		);
		assert_noop!(
			TfgridModule::set_zos_version(RuntimeOrigin::root(), Vec::new()),
			Error::<Test>::ZosVersionTooShort
		);
		// A plain Vec argument (as TFChain's): the call bounds it.
		assert_noop!(
			TfgridModule::set_zos_version(
				RuntimeOrigin::root(),
				vec![b'9'; MAX_ZOS_VERSION_LENGTH as usize + 1]
			),
			Error::<Test>::ZosVersionTooLong
		);
		assert_noop!(
			TfgridModule::set_zos_version(signed(&acc(1)), b"4.0.0".to_vec()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn over_long_texts_never_reach_the_pallet() {
	run_test(|| {
		// The argument types carry the bounds: an over-long text does not even decode.
		let encoded = (2u8, 1u32, vec![b'a'; 41]).encode(); // update_farm(farm_id, name)
		let mut call = vec![<TfgridModule as PalletInfoAccess>::index() as u8];
		call.extend_from_slice(&encoded);
		assert!(RuntimeCall::decode(&mut &call[..]).is_err());
		// At the limit it decodes.
		let encoded = (2u8, 1u32, vec![b'a'; 40]).encode();
		let mut call = vec![<TfgridModule as PalletInfoAccess>::index() as u8];
		call.extend_from_slice(&encoded);
		assert!(RuntimeCall::decode(&mut &call[..]).is_ok());
	});
}

#[test]
fn every_too_long_error_is_named() {
	run_test(|| {
		type P = TfgridModule;
		let long = |n: u32| vec![b'a'; n as usize + 1];
		assert!(matches!(
			P::check_farm_name(&long(MAX_FARM_NAME_LENGTH)),
			Err(Error::<Test>::FarmNameTooLong)
		));
		assert!(matches!(
			P::check_stellar_address(&long(MAX_STELLAR_ADDRESS_LENGTH)),
			Err(Error::<Test>::StellarAddressTooLong)
		));
		let relay: Option<Relay> = None;
		assert!(P::check_relay(&relay).is_ok());
		assert_eq!(
			crate::validation::relay(&long(MAX_RELAY_LENGTH), MIN_RELAY_LENGTH, MAX_RELAY_LENGTH),
			Err(crate::validation::TextError::TooLong)
		);
		assert!(matches!(
			P::check_entity_name(&long(MAX_ENTITY_NAME_LENGTH)),
			Err(Error::<Test>::EntityNameTooLong)
		));
		assert!(matches!(
			P::check_country(&long(MAX_COUNTRY_NAME_LENGTH)),
			Err(Error::<Test>::CountryNameTooLong)
		));
		assert!(matches!(
			P::check_city(&long(MAX_CITY_NAME_LENGTH)),
			Err(Error::<Test>::CityNameTooLong)
		));
		assert!(P::check_serial_number(&None).is_ok());
		assert!(matches!(
			P::check_pricing_policy_name(&long(MAX_PRICING_POLICY_NAME_LENGTH)),
			Err(Error::<Test>::PricingPolicyNameTooLong)
		));
		assert!(matches!(
			P::check_farming_policy_name(&long(MAX_FARMING_POLICY_NAME_LENGTH)),
			Err(Error::<Test>::FarmingPolicyNameTooLong)
		));
		assert!(matches!(
			P::check_zos_version(&long(MAX_ZOS_VERSION_LENGTH)),
			Err(Error::<Test>::ZosVersionTooLong)
		));
		assert!(matches!(
			P::check_document(&long(MAX_DOCUMENT_LINK_LENGTH), b"h"),
			Err(Error::<Test>::DocumentLinkInputTooLong)
		));
		assert!(matches!(
			P::check_document(b"https://x.y", &long(MAX_DOCUMENT_HASH_LENGTH)),
			Err(Error::<Test>::DocumentHashInputTooLong)
		));
		// Farm IPs: every failure is TFChain's InvalidPublicIP.
		assert!(matches!(
			P::check_farm_ip(&long(MAX_IP4_LENGTH), b"1.1.1.1"),
			Err(Error::<Test>::InvalidPublicIP)
		));
		assert!(matches!(
			P::check_farm_ip(b"185.206.122.33/24", &long(MAX_GW4_LENGTH)),
			Err(Error::<Test>::InvalidPublicIP)
		));
		assert!(matches!(
			P::decode_signature(&long(MAX_SIGNATURE_LENGTH)),
			Err(Error::<Test>::SignatureLengthIsIncorrect)
		));
		// The bounded argument types refuse the same lengths.
		assert!(FarmName::try_from(long(MAX_FARM_NAME_LENGTH)).is_err());
		assert!(
			BoundedVec::<u8, ConstU32<MAX_RELAY_LENGTH>>::try_from(long(MAX_RELAY_LENGTH)).is_err()
		);
		assert!(TwinPk::try_from(long(MAX_PK_LENGTH)).is_err());
		assert!(Coordinate::try_from(long(MAX_COORDINATE_LENGTH)).is_err());
		assert!(InterfaceName::try_from(long(MAX_INTERFACE_NAME_LENGTH)).is_err());
		assert!(InterfaceMac::try_from(long(MAX_INTERFACE_MAC_LENGTH)).is_err());
		assert!(InterfaceIp::try_from(long(MAX_INTERFACE_IP_LENGTH)).is_err());
		assert!(SerialNumber::try_from(long(MAX_SERIAL_NUMBER_LENGTH)).is_err());
		assert!(Ip6Text::try_from(long(MAX_IP6_LENGTH)).is_err());
		assert!(Gw6Text::try_from(long(MAX_GW6_LENGTH)).is_err());
		assert!(Domain::try_from(long(MAX_DOMAIN_LENGTH)).is_err());
	});
}
