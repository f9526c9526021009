//! Benchmarks (v2) for every call, each in the worst case of its bounded inputs: maximum-length
//! texts, 256 public IPs, 10 interfaces of 10 addresses, full node lists and full default
//! farming-policy index, farm limits that do not fit (so the assignment scans every default
//! policy), nodes that hold part of their farm's limits (so leaving or re-assignment gives it
//! back and writes the farm), sr25519 signatures (checked after ed25519 fails).

use super::*;
use crate::types::*;
use alloc::{format, vec, vec::Vec};
use codec::Decode;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::{ConstU32, Get},
	traits::{EnsureOrigin, UnixTime},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::crypto::KeyTypeId;
use tfchain_support::types::GIB;

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"tfgr");
/// A valid Stellar account id (the all-zero key).
const STELLAR: &[u8] = b"GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF";

/// `len` bytes of `c`.
fn filled<S: Get<u32>>(len: u32, c: u8) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(vec![c; len as usize])
}

/// Text of exactly `len` bytes: `prefix` then zero-padded `n`, then `c` padding.
fn unique<S: Get<u32>>(prefix: &str, n: u32, len: u32) -> BoundedVec<u8, S> {
	let mut text = format!("{prefix}{n:010}").into_bytes();
	text.resize(len as usize, b'a');
	BoundedVec::truncate_from(text)
}

/// `unique` as a plain `Vec` (the calls that take TFChain's `Vec<u8>` arguments).
fn unique_vec(prefix: &str, n: u32, len: u32) -> Vec<u8> {
	unique::<ConstU32<4096>>(prefix, n, len).into_inner()
}

/// A 1024-byte relay: labels of 63 letters joined by dots.
fn max_relay() -> Relay {
	let mut text = Vec::with_capacity(MAX_RELAY_LENGTH as usize);
	while text.len() < MAX_RELAY_LENGTH as usize {
		if !text.is_empty() && text.len() % 64 == 63 {
			text.push(b'.');
		} else {
			text.push(b'r');
		}
	}
	if text.last() == Some(&b'.') {
		text.pop();
		text.push(b'r');
	}
	BoundedVec::truncate_from(text)
}

fn accept_tc<T: Config>(who: &T::AccountId) {
	let link = filled::<ConstU32<MAX_DOCUMENT_LINK_LENGTH>>(MAX_DOCUMENT_LINK_LENGTH, b'l');
	let hash = filled::<ConstU32<MAX_DOCUMENT_HASH_LENGTH>>(MAX_DOCUMENT_HASH_LENGTH, b'h');
	let _ = Pallet::<T>::do_user_accept_tc(who, link, hash);
}

/// Accepts the T&C and creates a twin with the longest relay and pk.
fn twin<T: Config>(who: &T::AccountId) -> Result<u32, BenchmarkError> {
	accept_tc::<T>(who);
	Pallet::<T>::do_create_twin(who, Some(max_relay()), Some(filled(MAX_PK_LENGTH, b'k')))?;
	TwinIdByAccountID::<T>::get(who).ok_or(BenchmarkError::Stop("twin"))
}

/// `count` public IPs of maximal text length in 185.206.0.0/16 (gateway 185.206.255.254).
fn farm_ips(count: u32) -> FarmIps {
	let ips: Vec<IP4> = (0..count)
		.map(|i| IP4 {
			ip: BoundedVec::truncate_from(
				format!(
					"185.206.{}.{}/16",
					100u32.saturating_add(i / 100),
					100u32.saturating_add(i % 100)
				)
				.into_bytes(),
			),
			gw: BoundedVec::truncate_from(b"185.206.255.254".to_vec()),
		})
		.collect();
	BoundedVec::truncate_from(ips)
}

/// The extra IP that fits a farm of `farm_ips(255)`.
fn extra_ip() -> (Ip4Text, Gw4Text) {
	(
		BoundedVec::truncate_from(b"185.206.199.199/16".to_vec()),
		BoundedVec::truncate_from(b"185.206.255.254".to_vec()),
	)
}

/// A farm of `who` (which has a twin) with a max-length name and `ips` public IPs.
fn farm<T: Config>(who: &T::AccountId, n: u32, ips: u32) -> Result<u32, BenchmarkError> {
	let name: FarmName = unique("farm", n, MAX_FARM_NAME_LENGTH);
	Pallet::<T>::do_create_farm(who, name.clone(), farm_ips(ips))?;
	Pallet::<T>::farm_id_by_name(&name).ok_or(BenchmarkError::Stop("farm"))
}

fn location() -> Location {
	let coordinate = |sign: u8| {
		let mut text = vec![sign, b'1', b'2', b'.'];
		text.resize(MAX_COORDINATE_LENGTH as usize, b'5');
		BoundedVec::truncate_from(text)
	};
	Location {
		city: filled(MAX_CITY_NAME_LENGTH, b'c'),
		country: filled(MAX_COUNTRY_NAME_LENGTH, b'b'),
		latitude: coordinate(b'-'),
		longitude: coordinate(b'+'),
	}
}

fn interfaces() -> Interfaces {
	let ip: InterfaceIp =
		BoundedVec::truncate_from(b"2a10:b600:1000:2000:3000:4000:5000:6000/64".to_vec());
	let list: Vec<Interface> = (0..MAX_INTERFACES)
		.map(|_| Interface {
			name: filled(MAX_INTERFACE_NAME_LENGTH, b'z'),
			mac: BoundedVec::truncate_from(b"00:1a:2b:3c:4d:5e".to_vec()),
			ips: BoundedVec::truncate_from(vec![ip.clone(); MAX_INTERFACE_IPS as usize]),
		})
		.collect();
	BoundedVec::truncate_from(list)
}

fn resources() -> Resources {
	Resources {
		hru: GIB.saturating_mul(4096),
		sru: GIB.saturating_mul(1024),
		cru: 32,
		mru: GIB.saturating_mul(256),
	}
}

fn serial() -> Option<SerialNumber> {
	Some(filled(MAX_SERIAL_NUMBER_LENGTH, b's'))
}

/// Fills the default farming-policy index up to its bound.
fn fill_default_policies<T: Config>() -> Result<(), BenchmarkError> {
	let mut n = 0u32;
	while (DefaultFarmingPolicies::<T>::get().len() as u32) < T::MaxDefaultFarmingPolicies::get() {
		n = n.saturating_add(1);
		Pallet::<T>::do_create_farming_policy(
			unique_vec("default", n, MAX_FARMING_POLICY_NAME_LENGTH),
			policies::FarmingPolicyValues {
				su: 1,
				cu: 1,
				nu: 1,
				ipv4: 1,
				minimal_uptime: 90,
				policy_end: 0u32.into(),
				default: true,
				node_certification: NodeCertification::Diy,
				farm_certification: FarmCertification::NotCertified,
			},
			false,
		)?;
	}
	Ok(())
}

/// Gives the farm limits that no node fits (node count 0): the assignment reads the limit
/// policy, then scans every default policy.
fn exhausted_limits<T: Config>(farm_id: u32) -> Result<(), BenchmarkError> {
	let mut farm = Farms::<T>::get(farm_id).ok_or(BenchmarkError::Stop("farm"))?;
	farm.farming_policy_limits = Some(FarmingPolicyLimit {
		farming_policy_id: 1,
		cu: Some(0),
		su: Some(0),
		end: None,
		node_count: Some(0),
		node_certification: true,
	});
	Farms::<T>::insert(farm_id, farm);
	Ok(())
}

/// Makes a node of a farm with [`exhausted_limits`] hold part of them, as a node does that took
/// 1 CU and 1 SU and grew since: what it gives back (farm written) still does not fit it, so its
/// re-assignment scans every default policy.
fn hold_limits<T: Config>(node_id: u32) -> Result<(), BenchmarkError> {
	let mut node = Nodes::<T>::get(node_id).ok_or(BenchmarkError::Stop("node"))?;
	let limits = Farms::<T>::get(node.farm_id)
		.and_then(|farm| farm.farming_policy_limits)
		.ok_or(BenchmarkError::Stop("limits"))?;
	node.farming_policy_id = limits.farming_policy_id;
	Nodes::<T>::insert(node_id, node);
	LimitsHeldByNode::<T>::insert(node_id, HeldLimits { cu: 1, su: 1, node_count: 1 });
	Ok(())
}

/// Fills a farm's node list with placeholder ids up to `bound - 1` (the lists are read and
/// written whole, so their length is what costs).
fn fill_farm_nodes<T: Config>(farm_id: u32, base: u32) {
	let room = T::MaxNodesPerFarm::get().saturating_sub(1);
	let mut ids = NodesByFarmID::<T>::get(farm_id);
	let mut next = base;
	while (ids.len() as u32) < room {
		if ids.try_push(next).is_err() {
			break;
		}
		next = next.saturating_add(1);
	}
	NodesByFarmID::<T>::insert(farm_id, ids);
}

/// A node of `who` (which has a twin) in `farm_id`.
fn node<T: Config>(who: &T::AccountId, farm_id: u32) -> Result<u32, BenchmarkError> {
	Pallet::<T>::do_create_node(
		who,
		farm_id,
		resources(),
		location(),
		interfaces(),
		true,
		false,
		serial(),
	)?;
	let twin_id = TwinIdByAccountID::<T>::get(who).ok_or(BenchmarkError::Stop("twin"))?;
	Pallet::<T>::node_id_of_twin(twin_id).ok_or(BenchmarkError::Stop("node"))
}

/// Farmer (with a farm of 256 IPs, full default index, exhausted limits, node list one short of
/// full) and a node account with its node last in the farm's list.
fn farm_and_node<T: Config>() -> Result<(T::AccountId, T::AccountId, u32, u32), BenchmarkError> {
	fill_default_policies::<T>()?;
	let farmer: T::AccountId = account("farmer", 0, 0);
	twin::<T>(&farmer)?;
	let farm_id = farm::<T>(&farmer, 0, MAX_FARM_PUBLIC_IPS)?;
	exhausted_limits::<T>(farm_id)?;
	fill_farm_nodes::<T>(farm_id, 1_000_000);
	// Make room for the real node at the end.
	NodesByFarmID::<T>::mutate(farm_id, |ids| {
		ids.pop();
	});
	let node_account: T::AccountId = account("node", 0, 0);
	twin::<T>(&node_account)?;
	let node_id = node::<T>(&node_account, farm_id)?;
	Ok((farmer, node_account, farm_id, node_id))
}

/// An sr25519 key from the keystore, as an account.
fn sr25519_account<T: Config>() -> Result<(sp_core::sr25519::Public, T::AccountId), BenchmarkError>
{
	let public = sp_io::crypto::sr25519_generate(KEY_TYPE, None);
	let account = T::AccountId::decode(&mut &public.0[..])
		.map_err(|_| BenchmarkError::Stop("account ids are not 32 bytes"))?;
	Ok((public, account))
}

/// Hex text of an sr25519 signature of `message`.
fn sign(public: &sp_core::sr25519::Public, message: &[u8]) -> Result<Vec<u8>, BenchmarkError> {
	let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, public, message)
		.ok_or(BenchmarkError::Stop("keystore cannot sign"))?;
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let mut text = Vec::with_capacity(128);
	for byte in signature.0.iter() {
		text.push(DIGITS.get(usize::from(byte >> 4)).copied().unwrap_or(b'0'));
		text.push(DIGITS.get(usize::from(byte & 0x0f)).copied().unwrap_or(b'0'));
	}
	Ok(text)
}

/// An entity (max-length texts) signed by a fresh sr25519 key; returns (id, key, account).
fn entity<T: Config>(
	n: u32,
) -> Result<(u32, sp_core::sr25519::Public, T::AccountId), BenchmarkError> {
	let (public, target) = sr25519_account::<T>()?;
	let name = unique_vec("entity", n, MAX_ENTITY_NAME_LENGTH);
	let country: CountryName = filled(MAX_COUNTRY_NAME_LENGTH, b'b');
	let city: CityName = filled(MAX_CITY_NAME_LENGTH, b'c');
	let signature = sign(&public, &Pallet::<T>::entity_message(&name, &country, &city))?;
	Pallet::<T>::do_create_entity(target.clone(), name, country, city, signature)?;
	let id = EntityIdByAccountID::<T>::get(&target).ok_or(BenchmarkError::Stop("entity"))?;
	Ok((id, public, target))
}

/// Links placeholder entity proofs to a twin until it holds `count`.
fn fill_twin_entities<T: Config>(twin_id: u32, count: u32) -> Result<(), BenchmarkError> {
	let mut twin = Twins::<T>::get(twin_id).ok_or(BenchmarkError::Stop("twin"))?;
	let mut id = 1_000_000u32;
	while (twin.entities.len() as u32) < count {
		let proof =
			EntityProof { entity_id: id, signature: SignatureText::truncate_from(vec![b'0'; 128]) };
		if twin.entities.try_push(proof).is_err() {
			break;
		}
		id = id.saturating_add(1);
	}
	Twins::<T>::insert(twin_id, twin);
	Ok(())
}

fn price(value: u32) -> Policy {
	Policy { value, unit: Unit::Gigabytes }
}

fn restricted<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::RestrictedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_farm() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		twin::<T>(&caller)?;
		let name: FarmName = unique("farm", 7, MAX_FARM_NAME_LENGTH);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), name.clone(), farm_ips(MAX_FARM_PUBLIC_IPS));
		assert!(FarmIdByName::<T>::contains_key(name));
		Ok(())
	}

	#[benchmark]
	fn update_farm() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		twin::<T>(&caller)?;
		let farm_id = farm::<T>(&caller, 1, MAX_FARM_PUBLIC_IPS)?;
		let name: FarmName = unique("renamed", 2, MAX_FARM_NAME_LENGTH);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), farm_id, name.clone());
		assert_eq!(FarmIdByName::<T>::get(name), farm_id);
		Ok(())
	}

	#[benchmark]
	fn add_stellar_payout_v2address() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		twin::<T>(&caller)?;
		let farm_id = farm::<T>(&caller, 1, MAX_FARM_PUBLIC_IPS)?;
		let address = STELLAR.to_vec();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), farm_id, address);
		assert!(FarmPayoutV2AddressByFarmID::<T>::contains_key(farm_id));
		Ok(())
	}

	#[benchmark]
	fn set_farm_certification() -> Result<(), BenchmarkError> {
		let farmer: T::AccountId = account("farmer", 0, 0);
		twin::<T>(&farmer)?;
		let farm_id = farm::<T>(&farmer, 1, MAX_FARM_PUBLIC_IPS)?;
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, farm_id, FarmCertification::Gold);
		assert_eq!(
			Farms::<T>::get(farm_id).map(|f| f.certification),
			Some(FarmCertification::Gold)
		);
		Ok(())
	}

	#[benchmark]
	fn add_farm_ip() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		twin::<T>(&caller)?;
		let farm_id = farm::<T>(&caller, 1, MAX_FARM_PUBLIC_IPS - 1)?;
		let (ip, gw) = extra_ip();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), farm_id, ip, gw);
		assert_eq!(
			Farms::<T>::get(farm_id).map(|f| f.public_ips.len() as u32),
			Some(MAX_FARM_PUBLIC_IPS)
		);
		Ok(())
	}

	#[benchmark]
	fn remove_farm_ip() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		twin::<T>(&caller)?;
		let farm_id = farm::<T>(&caller, 1, MAX_FARM_PUBLIC_IPS)?;
		let last = farm_ips(MAX_FARM_PUBLIC_IPS)
			.last()
			.map(|ip| ip.ip.clone())
			.ok_or(BenchmarkError::Stop("ips"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), farm_id, last);
		assert_eq!(
			Farms::<T>::get(farm_id).map(|f| f.public_ips.len() as u32),
			Some(MAX_FARM_PUBLIC_IPS - 1)
		);
		Ok(())
	}

	#[benchmark]
	fn create_node() -> Result<(), BenchmarkError> {
		fill_default_policies::<T>()?;
		let farmer: T::AccountId = account("farmer", 0, 0);
		twin::<T>(&farmer)?;
		let farm_id = farm::<T>(&farmer, 1, MAX_FARM_PUBLIC_IPS)?;
		exhausted_limits::<T>(farm_id)?;
		fill_farm_nodes::<T>(farm_id, 1_000_000);
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			farm_id,
			resources(),
			location(),
			interfaces(),
			true,
			false,
			serial(),
		);
		assert!(NodeIdByTwinID::<T>::contains_key(twin_id));
		Ok(())
	}

	#[benchmark]
	fn update_node() -> Result<(), BenchmarkError> {
		let (farmer, node_account, farm_id, node_id) = farm_and_node::<T>()?;
		Pallet::<T>::do_set_node_certification(node_id, NodeCertification::Certified)?;
		// It gives back what it holds of the first farm's limits (the farm is written).
		hold_limits::<T>(node_id)?;
		// Move to a second farm, also one short of full, and change resources beyond 1 %.
		let second = farm::<T>(&farmer, 2, MAX_FARM_PUBLIC_IPS)?;
		exhausted_limits::<T>(second)?;
		fill_farm_nodes::<T>(second, 2_000_000);
		let changed = Resources { mru: GIB.saturating_mul(512), ..resources() };
		#[extrinsic_call]
		_(
			RawOrigin::Signed(node_account),
			node_id,
			second,
			changed,
			location(),
			interfaces(),
			false,
			true,
			serial(),
		);
		assert_eq!(Nodes::<T>::get(node_id).map(|n| n.farm_id), Some(second));
		assert!(!LimitsHeldByNode::<T>::contains_key(node_id));
		assert_eq!(
			Farms::<T>::get(farm_id).and_then(|f| f.farming_policy_limits).and_then(|l| l.cu),
			Some(1)
		);
		Ok(())
	}

	#[benchmark]
	fn set_node_certification() -> Result<(), BenchmarkError> {
		let (_, _, _, node_id) = farm_and_node::<T>()?;
		hold_limits::<T>(node_id)?;
		// A certifier last in a full list (the restricted-origin check fails first).
		let certifier: T::AccountId = whitelisted_caller();
		let mut certifiers = Vec::new();
		for i in 1..T::MaxNodeCertifiers::get() {
			certifiers.push(account("certifier", i, 0));
		}
		certifiers.push(certifier.clone());
		AllowedNodeCertifiers::<T>::put(BoundedList::truncate_from(certifiers));
		#[extrinsic_call]
		_(RawOrigin::Signed(certifier), node_id, NodeCertification::Certified);
		assert_eq!(
			Nodes::<T>::get(node_id).map(|n| n.certification),
			Some(NodeCertification::Certified)
		);
		assert!(!LimitsHeldByNode::<T>::contains_key(node_id));
		Ok(())
	}

	#[benchmark]
	fn report_uptime() -> Result<(), BenchmarkError> {
		let (_, node_account, _, _) = farm_and_node::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), 86_400);
		Ok(())
	}

	#[benchmark]
	fn add_node_public_config() -> Result<(), BenchmarkError> {
		let (farmer, _, farm_id, node_id) = farm_and_node::<T>()?;
		let config = PublicConfig {
			ip4: IP4 {
				ip: BoundedVec::truncate_from(b"185.206.122.133/24".to_vec()),
				gw: BoundedVec::truncate_from(b"185.206.122.254".to_vec()),
			},
			ip6: Some(IP6 {
				ip: BoundedVec::truncate_from(
					b"2a10:b600:1000:2000:3000:4000:5000:6000/64".to_vec(),
				),
				gw: BoundedVec::truncate_from(b"2a10:b600:1000:2000:3000:4000:5000:0001".to_vec()),
			}),
			domain: Some(filled(MAX_DOMAIN_LENGTH, b'd')),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(farmer), farm_id, node_id, Some(config));
		assert!(Nodes::<T>::get(node_id).is_some_and(|n| n.public_config.is_some()));
		Ok(())
	}

	#[benchmark]
	fn delete_node() -> Result<(), BenchmarkError> {
		let (_, node_account, _, node_id) = farm_and_node::<T>()?;
		hold_limits::<T>(node_id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), node_id);
		assert!(!Nodes::<T>::contains_key(node_id));
		assert!(!LimitsHeldByNode::<T>::contains_key(node_id));
		Ok(())
	}

	#[benchmark]
	fn create_entity() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let (public, target) = sr25519_account::<T>()?;
		let name = unique_vec("entity", 1, MAX_ENTITY_NAME_LENGTH);
		let country: CountryName = filled(MAX_COUNTRY_NAME_LENGTH, b'b');
		let city: CityName = filled(MAX_CITY_NAME_LENGTH, b'c');
		let signature = sign(&public, &Pallet::<T>::entity_message(&name, &country, &city))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), target.clone(), name, country, city, signature);
		assert!(EntityIdByAccountID::<T>::contains_key(target));
		Ok(())
	}

	#[benchmark]
	fn update_entity() -> Result<(), BenchmarkError> {
		let (id, _, target) = entity::<T>(1)?;
		let name = unique_vec("renamed", 2, MAX_ENTITY_NAME_LENGTH);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(target),
			name.clone(),
			filled(MAX_COUNTRY_NAME_LENGTH, b'e'),
			filled(MAX_CITY_NAME_LENGTH, b'f'),
		);
		assert_eq!(EntityIdByName::<T>::get(EntityName::truncate_from(name)), id);
		Ok(())
	}

	#[benchmark]
	fn delete_entity() -> Result<(), BenchmarkError> {
		let (id, _, target) = entity::<T>(1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(target));
		assert!(!Entities::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn create_twin() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		accept_tc::<T>(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), Some(max_relay()), Some(filled(MAX_PK_LENGTH, b'k')));
		assert!(TwinIdByAccountID::<T>::contains_key(caller));
		Ok(())
	}

	#[benchmark]
	fn update_twin() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		fill_twin_entities::<T>(twin_id, MAX_TWIN_ENTITIES)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), Some(max_relay()), Some(filled(MAX_PK_LENGTH, b'q')));
		Ok(())
	}

	#[benchmark]
	fn add_twin_entity() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		fill_twin_entities::<T>(twin_id, MAX_TWIN_ENTITIES - 1)?;
		let (entity_id, public, _) = entity::<T>(1)?;
		let signature = sign(&public, &Pallet::<T>::twin_entity_message(entity_id, twin_id))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), twin_id, entity_id, signature);
		assert_eq!(
			Twins::<T>::get(twin_id).map(|t| t.entities.len() as u32),
			Some(MAX_TWIN_ENTITIES)
		);
		Ok(())
	}

	#[benchmark]
	fn delete_twin_entity() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		fill_twin_entities::<T>(twin_id, MAX_TWIN_ENTITIES)?;
		let last = 1_000_000 + MAX_TWIN_ENTITIES - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), twin_id, last);
		assert_eq!(
			Twins::<T>::get(twin_id).map(|t| t.entities.len() as u32),
			Some(MAX_TWIN_ENTITIES - 1)
		);
		Ok(())
	}

	#[benchmark]
	fn create_pricing_policy() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let name = unique_vec("pricing", 2, MAX_PRICING_POLICY_NAME_LENGTH);
		let foundation: T::AccountId = account("foundation", 0, 0);
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			name.clone(),
			price(1),
			price(2),
			price(3),
			price(4),
			price(5),
			price(6),
			foundation.clone(),
			foundation,
			50,
		);
		assert!(PricingPolicyIdByName::<T>::contains_key(PricingPolicyName::truncate_from(name)));
		Ok(())
	}

	#[benchmark]
	fn update_pricing_policy() -> Result<(), BenchmarkError> {
		let foundation: T::AccountId = account("foundation", 0, 0);
		Pallet::<T>::do_create_pricing_policy(
			unique_vec("pricing", 2, MAX_PRICING_POLICY_NAME_LENGTH),
			[price(1), price(2), price(3), price(4), price(5), price(6)],
			foundation.clone(),
			foundation.clone(),
			50,
		)?;
		let id = PricingPolicyID::<T>::get();
		let origin = restricted::<T>()?;
		let name = unique_vec("renamed", 3, MAX_PRICING_POLICY_NAME_LENGTH);
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			id,
			name.clone(),
			price(10),
			price(20),
			price(30),
			price(40),
			price(50),
			price(60),
			foundation.clone(),
			foundation,
			60,
		);
		assert_eq!(PricingPolicyIdByName::<T>::get(PricingPolicyName::truncate_from(name)), id);
		Ok(())
	}

	#[benchmark]
	fn create_farming_policy() -> Result<(), BenchmarkError> {
		fill_default_policies::<T>()?;
		// One slot free in the default index.
		DefaultFarmingPolicies::<T>::mutate(|ids| {
			if let Some(id) = ids.pop() {
				FarmingPoliciesMap::<T>::mutate(id, |p| p.default = false);
			}
		});
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			unique_vec("farming", 9, MAX_FARMING_POLICY_NAME_LENGTH),
			1,
			2,
			3,
			4,
			95,
			0u32.into(),
			false,
			true,
			NodeCertification::Certified,
			FarmCertification::Gold,
		);
		Ok(())
	}

	#[benchmark]
	fn user_accept_tc() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		for _ in 0..T::MaxTermsAndConditions::get() {
			accept_tc::<T>(&caller);
		}
		let link = filled::<ConstU32<MAX_DOCUMENT_LINK_LENGTH>>(MAX_DOCUMENT_LINK_LENGTH, b'm');
		let hash = filled::<ConstU32<MAX_DOCUMENT_HASH_LENGTH>>(MAX_DOCUMENT_HASH_LENGTH, b'n');
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), link, hash);
		assert_eq!(
			UsersTermsAndConditions::<T>::get(caller).map(|history| history.len() as u32),
			Some(T::MaxTermsAndConditions::get())
		);
		Ok(())
	}

	#[benchmark]
	fn delete_node_farm() -> Result<(), BenchmarkError> {
		let (farmer, _, _, node_id) = farm_and_node::<T>()?;
		hold_limits::<T>(node_id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(farmer), node_id);
		assert!(!Nodes::<T>::contains_key(node_id));
		assert!(!LimitsHeldByNode::<T>::contains_key(node_id));
		Ok(())
	}

	#[benchmark]
	fn set_farm_dedicated() -> Result<(), BenchmarkError> {
		let farmer: T::AccountId = account("farmer", 0, 0);
		twin::<T>(&farmer)?;
		let farm_id = farm::<T>(&farmer, 1, MAX_FARM_PUBLIC_IPS)?;
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, farm_id, true);
		assert_eq!(Farms::<T>::get(farm_id).map(|f| f.dedicated_farm), Some(true));
		Ok(())
	}

	#[benchmark]
	fn force_reset_farm_ip() -> Result<(), BenchmarkError> {
		let farmer: T::AccountId = account("farmer", 0, 0);
		twin::<T>(&farmer)?;
		let farm_id = farm::<T>(&farmer, 1, MAX_FARM_PUBLIC_IPS)?;
		let mut stored = Farms::<T>::get(farm_id).ok_or(BenchmarkError::Stop("farm"))?;
		let last = stored.public_ips.last_mut().ok_or(BenchmarkError::Stop("ips"))?;
		last.contract_id = 9;
		let ip = last.ip.clone();
		Farms::<T>::insert(farm_id, stored);
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, farm_id, ip);
		Ok(())
	}

	#[benchmark]
	fn set_connection_price() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 100);
		assert_eq!(ConnectionPrice::<T>::get(), 100);
		Ok(())
	}

	#[benchmark]
	fn add_node_certifier() -> Result<(), BenchmarkError> {
		let existing: Vec<T::AccountId> =
			(1..T::MaxNodeCertifiers::get()).map(|i| account("certifier", i, 0)).collect();
		AllowedNodeCertifiers::<T>::put(BoundedList::truncate_from(existing));
		let origin = restricted::<T>()?;
		let certifier: T::AccountId = account("certifier", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, certifier.clone());
		assert!(AllowedNodeCertifiers::<T>::get().is_some_and(|list| list.contains(&certifier)));
		Ok(())
	}

	#[benchmark]
	fn remove_node_certifier() -> Result<(), BenchmarkError> {
		let all: Vec<T::AccountId> =
			(0..T::MaxNodeCertifiers::get()).map(|i| account("certifier", i, 0)).collect();
		let last = all.last().cloned().ok_or(BenchmarkError::Stop("certifiers"))?;
		AllowedNodeCertifiers::<T>::put(BoundedList::truncate_from(all));
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last.clone());
		assert!(!AllowedNodeCertifiers::<T>::get().is_some_and(|list| list.contains(&last)));
		Ok(())
	}

	#[benchmark]
	fn update_farming_policy() -> Result<(), BenchmarkError> {
		fill_default_policies::<T>()?;
		// Make the last default a plain policy, then turn it back into a default.
		let id = DefaultFarmingPolicies::<T>::mutate(|ids| ids.pop())
			.ok_or(BenchmarkError::Stop("defaults"))?;
		FarmingPoliciesMap::<T>::mutate(id, |p| {
			p.default = false;
			p.immutable = false;
		});
		let origin = restricted::<T>()?;
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			id,
			unique_vec("updated", 1, MAX_FARMING_POLICY_NAME_LENGTH),
			5,
			6,
			7,
			8,
			99,
			0u32.into(),
			true,
			NodeCertification::Diy,
			FarmCertification::NotCertified,
		);
		assert!(DefaultFarmingPolicies::<T>::get().contains(&id));
		Ok(())
	}

	/// Every node of the farm is rewritten: each holds part of the old limits (of a default
	/// policy), which are forgotten, and is re-assigned by scanning every default policy (the
	/// new limits do not fit it) to another one (the farm turns Gold with the new limits, and
	/// a Gold-farm default beats the one it is on).
	#[benchmark]
	fn attach_policy_to_farm(
		n: Linear<0, { T::MaxNodesPerFarm::get() }>,
	) -> Result<(), BenchmarkError> {
		fill_default_policies::<T>()?;
		let defaults = DefaultFarmingPolicies::<T>::get();
		// The nodes' default (the newest) is also the old limits' policy.
		let old_policy = defaults.iter().copied().max().ok_or(BenchmarkError::Stop("defaults"))?;
		// Another mutable default becomes a Gold-farm one: the new limits' policy.
		let gold = defaults
			.iter()
			.copied()
			.find(|id| {
				*id != old_policy
					&& FarmingPoliciesMap::<T>::try_get(id).is_ok_and(|p| !p.immutable)
			})
			.ok_or(BenchmarkError::Stop("no mutable default policy"))?;
		Pallet::<T>::do_update_farming_policy(
			gold,
			unique_vec("gold", gold, MAX_FARMING_POLICY_NAME_LENGTH),
			policies::FarmingPolicyValues {
				su: 1,
				cu: 1,
				nu: 1,
				ipv4: 1,
				minimal_uptime: 90,
				policy_end: 0u32.into(),
				default: true,
				node_certification: NodeCertification::Diy,
				farm_certification: FarmCertification::Gold,
			},
		)?;
		let farmer: T::AccountId = account("farmer", 0, 0);
		twin::<T>(&farmer)?;
		let farm_id = farm::<T>(&farmer, 1, MAX_FARM_PUBLIC_IPS)?;
		let mut farm = Farms::<T>::get(farm_id).ok_or(BenchmarkError::Stop("farm"))?;
		farm.farming_policy_limits = Some(FarmingPolicyLimit {
			farming_policy_id: old_policy,
			cu: Some(u64::MAX),
			su: Some(u64::MAX),
			end: None,
			node_count: Some(u32::MAX),
			node_certification: false,
		});
		Farms::<T>::insert(farm_id, farm);
		for i in 0..n {
			let who: T::AccountId = account("node", i, 0);
			twin::<T>(&who)?;
			let node_id = node::<T>(&who, farm_id)?;
			if !LimitsHeldByNode::<T>::contains_key(node_id) {
				return Err(BenchmarkError::Stop("node holds no limits"));
			}
		}
		let origin = restricted::<T>()?;
		// Limits no node fits (certified nodes only): every node scans the defaults.
		let limits = FarmingPolicyLimit {
			farming_policy_id: gold,
			cu: Some(0),
			su: Some(0),
			end: Some(u64::MAX),
			node_count: Some(0),
			node_certification: true,
		};
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, farm_id, Some(limits));
		assert!(Farms::<T>::get(farm_id).is_some_and(|f| f.farming_policy_limits.is_some()));
		for node_id in NodesByFarmID::<T>::get(farm_id).iter() {
			assert_eq!(Nodes::<T>::get(node_id).map(|node| node.farming_policy_id), Some(gold));
			assert!(!LimitsHeldByNode::<T>::contains_key(node_id));
		}
		Ok(())
	}

	#[benchmark]
	fn set_zos_version() -> Result<(), BenchmarkError> {
		let origin = restricted::<T>()?;
		let version = vec![b'9'; MAX_ZOS_VERSION_LENGTH as usize];
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, version.clone());
		assert_eq!(ZosVersion::<T>::get().into_inner(), version);
		Ok(())
	}

	#[benchmark]
	fn change_power_state() -> Result<(), BenchmarkError> {
		let (_, node_account, _, node_id) = farm_and_node::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), Power::Down);
		assert!(NodePower::<T>::get(node_id).state.is_down());
		Ok(())
	}

	#[benchmark]
	fn change_power_target() -> Result<(), BenchmarkError> {
		let (farmer, _, _, node_id) = farm_and_node::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(farmer), node_id, Power::Down);
		assert_eq!(NodePower::<T>::get(node_id).target, Power::Down);
		Ok(())
	}

	#[benchmark]
	fn bond_twin_account() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("owner", 0, 0);
		let twin_id = twin::<T>(&owner)?;
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), twin_id);
		assert_eq!(TwinBoundedAccountID::<T>::get(twin_id), Some(caller));
		Ok(())
	}

	#[benchmark]
	fn report_uptime_v2() -> Result<(), BenchmarkError> {
		let (_, node_account, _, _) = farm_and_node::<T>()?;
		let now = T::TimeProvider::now().as_secs();
		#[extrinsic_call]
		_(RawOrigin::Signed(node_account), 86_400, now);
		Ok(())
	}

	#[benchmark]
	fn request_twin_transfer() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		let to: T::AccountId = account("new owner", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), twin_id, to);
		assert!(PendingTwinTransfer::<T>::contains_key(twin_id));
		Ok(())
	}

	#[benchmark]
	fn accept_twin_transfer() -> Result<(), BenchmarkError> {
		let owner: T::AccountId = account("owner", 0, 0);
		let twin_id = twin::<T>(&owner)?;
		fill_twin_entities::<T>(twin_id, MAX_TWIN_ENTITIES)?;
		let caller: T::AccountId = whitelisted_caller();
		accept_tc::<T>(&caller);
		// The new owner was bonded to the twin: the bond is dropped too.
		Pallet::<T>::do_bond_twin_account(caller.clone(), twin_id)?;
		Pallet::<T>::do_request_twin_transfer(owner, twin_id, caller.clone())?;
		let request_id = TwinTransferRequestID::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), request_id);
		assert_eq!(TwinIdByAccountID::<T>::get(caller), Some(twin_id));
		Ok(())
	}

	#[benchmark]
	fn cancel_twin_transfer() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let twin_id = twin::<T>(&caller)?;
		let to: T::AccountId = account("new owner", 0, 0);
		Pallet::<T>::do_request_twin_transfer(caller.clone(), twin_id, to)?;
		let request_id = TwinTransferRequestID::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), request_id);
		assert!(!PendingTwinTransfer::<T>::contains_key(twin_id));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
