//! Farming-policy limits are given back: a node that leaves a farm (moved or deleted) or is
//! re-assigned on it returns exactly what it took, so no sequence of moves drains a farm.

use super::{fuzz::Rng, *};
use crate::{Farms, LimitsHeldByNode, Nodes, NodesByFarmID};
use frame_support::assert_noop;
use sp_runtime::{DispatchError, StateVersion};
use std::collections::BTreeMap;

/// Creates a farming policy (DIY nodes, any farm) and returns its id.
fn farming_policy(name: &[u8], default: bool) -> u32 {
	assert_ok!(TfgridModule::create_farming_policy(
		RuntimeOrigin::root(),
		name.to_vec(),
		1,
		1,
		1,
		1,
		90,
		0,
		false,
		default,
		NodeCertification::Diy,
		FarmCertification::NotCertified
	));
	crate::FarmingPolicyID::<Test>::get()
}

/// Limits of `policy`: `cu`, `su`, `count` remaining, any node, no end.
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

fn attach(farm_id: u32, limits: FarmingPolicyLimit) {
	assert_ok!(TfgridModule::attach_policy_to_farm(RuntimeOrigin::root(), farm_id, Some(limits)));
}

fn limits_of(farm_id: u32) -> Option<FarmingPolicyLimit> {
	Farms::<Test>::get(farm_id).unwrap().farming_policy_limits
}

/// Moves (or, with the same farm, updates) a node with the given resources.
fn update(who: &AccountId, node_id: u32, farm_id: u32, resources: Resources) {
	assert_ok!(TfgridModule::update_node(
		signed(who),
		node_id,
		farm_id,
		resources,
		location(),
		interfaces(),
		false,
		false,
		None
	));
}

/// Two farms with limits of their own (non-default) policies, and a node in the first that
/// holds part of its limits.
fn two_limited_farms() -> (AccountId, AccountId, u32, u32, u32) {
	let (farmer, node_account, first, node_id) = farmer_with_node();
	let second = {
		assert_ok!(TfgridModule::create_farm(signed(&farmer), b(b"farm_two"), public_ips(0)));
		TfgridModule::farm_id_by_name(&b(b"farm_two")).unwrap()
	};
	let p1 = farming_policy(b"first limits", false);
	let p2 = farming_policy(b"second limits", false);
	attach(first, limits(p1, Some(100), Some(100), Some(2)));
	attach(second, limits(p2, Some(50), None, Some(1)));
	assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, p1);
	(farmer, node_account, first, second, node_id)
}

#[test]
fn a_node_moving_away_gives_back_exactly_what_it_took() {
	run_test(|| {
		let (_, node_account, first, second, node_id) = two_limited_farms();
		let (cu, su) = (resources().cu(), resources().su());
		let first_policy = limits_of(first).unwrap().farming_policy_id;
		let second_policy = limits_of(second).unwrap().farming_policy_id;
		assert_eq!(
			limits_of(first),
			Some(limits(first_policy, Some(100 - cu), Some(100 - su), Some(1)))
		);
		assert_eq!(
			LimitsHeldByNode::<Test>::get(node_id),
			Some(HeldLimits { cu, su, node_count: 1 })
		);

		System::reset_events();
		update(&node_account, node_id, second, resources());
		let farm = Farms::<Test>::get(first).unwrap();
		assert_eq!(
			farm.farming_policy_limits,
			Some(limits(first_policy, Some(100), Some(100), Some(2)))
		);
		// The first farm's give-back is announced like a consumption: FarmUpdated.
		assert_eq!(events()[0], Event::FarmUpdated(farm));
		assert_eq!(limits_of(second), Some(limits(second_policy, Some(50 - cu), None, Some(0))));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, second_policy);
		assert_eq!(
			LimitsHeldByNode::<Test>::get(node_id),
			Some(HeldLimits { cu, su: 0, node_count: 1 })
		);

		// And back: both farms are where they were before the first move.
		update(&node_account, node_id, first, resources());
		assert_eq!(limits_of(second), Some(limits(second_policy, Some(50), None, Some(1))));
		assert_eq!(
			limits_of(first),
			Some(limits(first_policy, Some(100 - cu), Some(100 - su), Some(1)))
		);
	});
}

#[test]
fn what_is_given_back_is_what_was_taken_not_what_the_node_has_now() {
	run_test(|| {
		let (_, node_account, first, second, node_id) = two_limited_farms();
		let policy = limits_of(first).unwrap().farming_policy_id;
		let taken = LimitsHeldByNode::<Test>::get(node_id).unwrap();
		// Growing in place takes nothing more (the node is not re-assigned).
		let bigger = Resources { cru: 64, mru: 512 * GIB, ..resources() };
		assert!(bigger.cu() > taken.cu);
		update(&node_account, node_id, first, bigger);
		assert_eq!(LimitsHeldByNode::<Test>::get(node_id), Some(taken));
		// Leaving gives back what it took then.
		update(&node_account, node_id, second, bigger);
		assert_eq!(limits_of(first), Some(limits(policy, Some(100), Some(100), Some(2))));
		// It no longer fits the second farm's limits: a default policy, nothing held.
		assert!(bigger.cu() > 50);
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, 1);
		assert_eq!(LimitsHeldByNode::<Test>::get(node_id), None);
	});
}

#[test]
fn deleting_a_node_gives_back_what_it_held() {
	run_test(|| {
		let (farmer, node_account, first, _, node_id) = two_limited_farms();
		let policy = limits_of(first).unwrap().farming_policy_id;
		let initial = limits(policy, Some(100), Some(100), Some(2));
		create_twin(&acc(3));
		let second_node = create_node(&acc(3), first);
		assert_eq!(limits_of(first).unwrap().node_count, Some(0));

		System::reset_events();
		assert_ok!(TfgridModule::delete_node(signed(&node_account), node_id));
		let farm = Farms::<Test>::get(first).unwrap();
		assert_eq!(events(), vec![Event::FarmUpdated(farm), Event::NodeDeleted(node_id)]);
		assert_eq!(LimitsHeldByNode::<Test>::get(node_id), None);

		assert_ok!(TfgridModule::delete_node_farm(signed(&farmer), second_node));
		assert_eq!(limits_of(first), Some(initial));
		assert_eq!(LimitsHeldByNode::<Test>::iter().count(), 0);
	});
}

#[test]
fn attaching_new_limits_forgets_what_nodes_held_of_the_old_ones() {
	run_test(|| {
		let (_, node_account, first, second, node_id) = two_limited_farms();
		let policy = limits_of(first).unwrap().farming_policy_id;
		// The same policy again, with fresh values: the node keeps its policy (not a default
		// one, so it is not re-assigned) and holds nothing of the new values.
		attach(first, limits(policy, Some(10), Some(10), Some(1)));
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().farming_policy_id, policy);
		assert_eq!(LimitsHeldByNode::<Test>::get(node_id), None);
		update(&node_account, node_id, second, resources());
		assert_eq!(limits_of(first), Some(limits(policy, Some(10), Some(10), Some(1))));
		// Removing limits forgets too.
		assert!(LimitsHeldByNode::<Test>::contains_key(node_id));
		assert_ok!(TfgridModule::attach_policy_to_farm(RuntimeOrigin::root(), second, None));
		assert_eq!(LimitsHeldByNode::<Test>::get(node_id), None);
		update(&node_account, node_id, first, resources());
		assert_eq!(limits_of(second), None);
	});
}

#[test]
fn re_assignment_on_its_farm_does_not_take_twice() {
	run_test(|| {
		let (_, node_account, farm_id, node_id) = farmer_with_node();
		// Limits of a default policy: certification changes re-assign the node on its farm.
		let policy = farming_policy(b"default limits", true);
		attach(farm_id, limits(policy, Some(100), Some(100), Some(3)));
		let (cu, su) = (resources().cu(), resources().su());
		let after_one = Some(limits(policy, Some(100 - cu), Some(100 - su), Some(2)));
		assert_eq!(limits_of(farm_id), after_one);
		for certification in [NodeCertification::Certified, NodeCertification::Diy] {
			assert_ok!(TfgridModule::set_node_certification(
				RuntimeOrigin::root(),
				node_id,
				certification
			));
			assert_eq!(limits_of(farm_id), after_one);
		}
		// A certified node whose resources change beyond 1 % drops to DIY and is re-assigned:
		// it gives back what it took and takes what it has now.
		assert_ok!(TfgridModule::set_node_certification(
			RuntimeOrigin::root(),
			node_id,
			NodeCertification::Certified
		));
		let bigger = Resources { cru: 16, mru: 64 * GIB, ..resources() };
		update(&node_account, node_id, farm_id, bigger);
		assert_eq!(Nodes::<Test>::get(node_id).unwrap().certification, NodeCertification::Diy);
		assert_eq!(
			limits_of(farm_id),
			Some(limits(policy, Some(100 - bigger.cu()), Some(100 - bigger.su()), Some(2)))
		);
		assert_ok!(TfgridModule::delete_node(signed(&node_account), node_id));
		assert_eq!(limits_of(farm_id), Some(limits(policy, Some(100), Some(100), Some(3))));
	});
}

#[test]
fn a_failed_move_gives_nothing_back() {
	run_test(|| {
		let (_, node_account, first, second, node_id) = two_limited_farms();
		let before = (limits_of(first), limits_of(second));
		set_active_contracts(node_id, true);
		assert_noop!(
			TfgridModule::update_node(
				signed(&node_account),
				node_id,
				second,
				resources(),
				location(),
				interfaces(),
				false,
				false,
				None
			),
			crate::Error::<Test>::NodeHasActiveContracts
		);
		assert_eq!((limits_of(first), limits_of(second)), before);
		assert!(LimitsHeldByNode::<Test>::contains_key(node_id));
	});
}

// The randomized test.

/// Farms in the randomized test.
const FARMS: u32 = 4;
/// Node accounts in the randomized test (twins 2..=9; the farmer is twin 1).
const NODE_ACCOUNTS: u8 = 8;

/// What the test expects a node to hold: (farm, cu, su, node count).
type Held = (u32, HeldLimits);

/// The randomized test's own account of the limits: the limits each farm was given last, and
/// what each node took (from its resources at the moment it was assigned the limits' policy,
/// read back from nothing but `Nodes`).
struct Model {
	initial: BTreeMap<u32, FarmingPolicyLimit>,
	held: BTreeMap<u32, Held>,
}

impl Model {
	/// Brings the record of what each node holds up to date after a step: a node holds part of
	/// its farm's limits exactly when it is on their policy (each attachment uses a policy of
	/// its own that no other farm's limits use and that is not a default, so no other way onto
	/// it exists). A node that newly holds took what its resources are now.
	fn observe(&mut self) {
		let mut now = BTreeMap::new();
		for (node_id, node) in Nodes::<Test>::iter() {
			let Some(initial) = self.initial.get(&node.farm_id) else { continue };
			if node.farming_policy_id != initial.farming_policy_id {
				continue;
			}
			let held = match self.held.get(&node_id) {
				Some((farm_id, held)) if *farm_id == node.farm_id => *held,
				_ => HeldLimits {
					cu: if initial.cu.is_some() { node.resources.cu() } else { 0 },
					su: if initial.su.is_some() { node.resources.su() } else { 0 },
					node_count: u32::from(initial.node_count.is_some()),
				},
			};
			now.insert(node_id, (node.farm_id, held));
		}
		self.held = now;
	}

	/// Checks every farm: its limits plus what its nodes hold equal what it was given, and the
	/// pallet's records agree with the model.
	fn check(&self, context: &str) {
		for (farm_id, initial) in self.initial.iter() {
			let limits = Farms::<Test>::get(farm_id)
				.and_then(|farm| farm.farming_policy_limits)
				.unwrap_or_else(|| panic!("{context}: farm {farm_id} lost its limits"));
			let mut total = HeldLimits::default();
			for node_id in NodesByFarmID::<Test>::get(farm_id).iter() {
				if let Some((_, held)) = self.held.get(node_id) {
					total.cu += held.cu;
					total.su += held.su;
					total.node_count += held.node_count;
				}
			}
			let mut given_back = limits.clone();
			given_back.give_back(&total);
			assert_eq!(
				&given_back, initial,
				"{context}: farm {farm_id} limits {limits:?} + held {total:?} != initial"
			);
		}
		let stored: BTreeMap<u32, HeldLimits> = LimitsHeldByNode::<Test>::iter().collect();
		let expected: BTreeMap<u32, HeldLimits> = self
			.held
			.iter()
			.filter(|(_, (_, held))| !held.is_empty())
			.map(|(node_id, (_, held))| (*node_id, *held))
			.collect();
		assert_eq!(stored, expected, "{context}: LimitsHeldByNode differs from the model");
	}
}

fn node_account(i: u8) -> AccountId {
	acc(10 + i)
}

fn node_of(who: &AccountId) -> Option<u32> {
	let twin_id = crate::TwinIdByAccountID::<Test>::get(who)?;
	TfgridModule::node_id_of_twin(twin_id)
}

fn random_resources(rng: &mut Rng) -> Resources {
	Resources {
		hru: u64::from(rng.below(4000)) * GIB,
		sru: (100 + u64::from(rng.below(900))) * GIB,
		cru: 1 + u64::from(rng.below(16)),
		mru: (2 + u64::from(rng.below(62))) * GIB,
	}
}

/// Random limits of a fresh policy, some values unlimited, some for certified nodes only,
/// some ending two blocks from now.
fn random_limits(rng: &mut Rng, policy: u32) -> FarmingPolicyLimit {
	FarmingPolicyLimit {
		farming_policy_id: policy,
		cu: if rng.chance(80) { Some(u64::from(10 + rng.below(60))) } else { None },
		su: if rng.chance(80) { Some(u64::from(5 + rng.below(40))) } else { None },
		end: if rng.chance(20) { Some(System::block_number() + 2) } else { None },
		node_count: if rng.chance(80) { Some(1 + rng.below(4)) } else { None },
		node_certification: rng.chance(20),
	}
}

/// Attaches fresh limits to a farm and records them as its start.
fn attach_fresh(rng: &mut Rng, model: &mut Model, farm_id: u32) {
	let policy = farming_policy(b"limits policy", false);
	let limits = random_limits(rng, policy);
	assert_ok!(TfgridModule::do_attach_policy_to_farm(farm_id, Some(limits.clone())));
	model.initial.insert(farm_id, limits);
}

/// One random step: mostly moves, with in-place updates, certification changes, deletions,
/// re-creations and the odd fresh attachment.
fn step(rng: &mut Rng, model: &mut Model, farmer: &AccountId) -> Result<(), DispatchError> {
	let who = node_account(rng.below(u32::from(NODE_ACCOUNTS)) as u8);
	let farm_id = 1 + rng.below(FARMS);
	let Some(node_id) = node_of(&who) else {
		// A deleted node comes back, in a random farm.
		return TfgridModule::do_create_node(
			&who,
			farm_id,
			random_resources(rng),
			location(),
			interfaces(),
			false,
			false,
			None,
		);
	};
	let node = Nodes::<Test>::get(node_id).expect("listed node");
	match rng.below(100) {
		0..=54 => {
			let resources = if rng.chance(50) { node.resources } else { random_resources(rng) };
			TfgridModule::do_update_node(
				&who,
				node_id,
				farm_id,
				resources,
				location(),
				interfaces(),
				false,
				false,
				None,
			)
		},
		55..=69 => TfgridModule::do_update_node(
			&who,
			node_id,
			node.farm_id,
			random_resources(rng),
			location(),
			interfaces(),
			false,
			false,
			None,
		),
		70..=81 => {
			let certification =
				if rng.chance(60) { NodeCertification::Certified } else { NodeCertification::Diy };
			TfgridModule::do_set_node_certification(node_id, certification)
		},
		82..=87 => TfgridModule::do_delete_node(&who, node_id),
		88..=93 => TfgridModule::do_delete_node_farm(farmer, node_id),
		_ => {
			attach_fresh(rng, model, farm_id);
			Ok(())
		},
	}
}

#[test]
fn no_sequence_of_moves_drains_a_farms_limits() {
	let mut gave_back = 0u32;
	let mut took = 0u32;
	for seed in 1..=12u64 {
		new_test_ext().execute_with(|| {
			let mut rng = Rng::new(seed);
			let farmer = acc(1);
			create_twin(&farmer);
			let mut model = Model { initial: BTreeMap::new(), held: BTreeMap::new() };
			for f in 0..FARMS {
				let name = format!("farm_{f}");
				assert_ok!(TfgridModule::create_farm(
					signed(&farmer),
					b(name.as_bytes()),
					public_ips(0)
				));
				attach_fresh(&mut rng, &mut model, f + 1);
			}
			for i in 0..NODE_ACCOUNTS {
				create_twin(&node_account(i));
			}
			for step_index in 0..400u32 {
				// Limits with an end expire during the run.
				System::set_block_number(1 + u64::from(step_index / 100));
				let before = sp_io::storage::root(StateVersion::V1);
				let result = step(&mut rng, &mut model, &farmer);
				let context = format!("seed {seed} step {step_index}");
				if let Err(error) = result {
					let after = sp_io::storage::root(StateVersion::V1);
					assert_eq!(before, after, "{context}: failed call ({error:?}) changed storage");
				}
				let previous = model.held.clone();
				model.observe();
				let moved = |from: &BTreeMap<u32, Held>, to: &BTreeMap<u32, Held>| {
					from.iter()
						.filter(|(id, (farm_id, _))| to.get(id).is_none_or(|(f, _)| f != farm_id))
						.count() as u32
				};
				took += moved(&model.held, &previous);
				gave_back += moved(&previous, &model.held);
				model.check(&context);
				if let Err(e) = TfgridModule::do_try_state() {
					panic!("{context}: invariant broken: {e:?}");
				}
			}
			// Every node leaves: every farm is back where its last limits started.
			for (_, node) in Nodes::<Test>::iter().collect::<Vec<_>>() {
				assert_ok!(TfgridModule::do_delete_node_farm(&farmer, node.id));
			}
			for (farm_id, initial) in model.initial.iter() {
				assert_eq!(
					limits_of(*farm_id).as_ref(),
					Some(initial),
					"seed {seed} farm {farm_id}"
				);
			}
			assert_eq!(LimitsHeldByNode::<Test>::iter().count(), 0, "seed {seed}");
		});
	}
	println!("limits taken {took} times, given back {gave_back} times");
	assert!(took > 300 && gave_back > 300, "took {took}, gave back {gave_back}");
}
