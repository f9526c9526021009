//! Randomized sequences of registry calls (valid and invalid, many accounts). After every step
//! the invariants must hold, and a failed call must have left the storage root unchanged. The
//! calls go to the `do_*` functions directly, outside the dispatch storage layer, so a write
//! before a failing check would show up as a changed root.

use super::*;
use crate::{Farms, NodeID, Nodes, TwinTransferRequestID};
use sp_core::Pair;
use sp_runtime::{DispatchError, StateVersion};
use tfchain_support::traits::Tfgrid;

/// xorshift64* (Vigna): small, deterministic, good enough to pick actions.
pub(super) struct Rng(u64);

impl Rng {
	pub(super) fn new(seed: u64) -> Self {
		Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
	}
	pub(super) fn next(&mut self) -> u64 {
		let mut x = self.0;
		x ^= x >> 12;
		x ^= x << 25;
		x ^= x >> 27;
		self.0 = x;
		x.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	pub(super) fn below(&mut self, n: u32) -> u32 {
		(self.next() % u64::from(n.max(1))) as u32
	}
	pub(super) fn chance(&mut self, percent: u32) -> bool {
		self.below(100) < percent
	}
	pub(super) fn pick<X: Copy>(&mut self, items: &[X]) -> X {
		items[self.below(items.len() as u32) as usize]
	}
}

const FARM_NAMES: [&[u8]; 10] = [
	b"alpha",
	b"beta",
	b"gamma_1",
	b"delta-2",
	b"eps",
	b"zeta",
	b"eta",
	b"theta",
	b"x",
	b"bad name",
];
const IPS: [(&str, &str); 7] = [
	("185.206.122.10/24", "185.206.122.1"),
	("185.206.122.11/24", "185.206.122.1"),
	("185.206.122.12/24", "185.206.122.1"),
	("91.1.2.3/16", "91.1.0.1"),
	("185.206.122.10/25", "185.206.122.1"), // same address as the first
	("10.0.0.2/24", "10.0.0.1"),            // private
	("91.1.2.3", "91.1.0.1"),               // no prefix
];
const RELAYS: [&[u8]; 5] =
	[b"relay.grid.tf", b"r.dev.grid.tf", b"relay_2.grid.tf", b"bad..relay", b"no spaces"];
const ENTITY_NAMES: [&[u8]; 4] = [b"Entity One", b"Entity Two", b"Entity Three", b"ab"];

fn account(rng: &mut Rng) -> AccountId {
	acc(1 + rng.below(12) as u8)
}

fn entity_account(n: u8) -> AccountId {
	AccountId::new(sr_pair(n).public().0)
}

fn random_resources(rng: &mut Rng) -> Resources {
	if rng.chance(85) {
		Resources {
			hru: u64::from(rng.below(4000)) * GIB,
			sru: (100 + u64::from(rng.below(2000))) * GIB,
			cru: 1 + u64::from(rng.below(64)),
			mru: (2 + u64::from(rng.below(256))) * GIB,
		}
	} else {
		Resources {
			hru: 0,
			sru: u64::from(rng.below(120)) * GIB,
			cru: u64::from(rng.below(2)),
			mru: GIB,
		}
	}
}

fn random_location(rng: &mut Rng) -> Location {
	let mut l = location();
	if rng.chance(10) {
		l.latitude = b(b"91");
	}
	if rng.chance(5) {
		l.city = b(b"#");
	}
	l
}

fn random_ips(rng: &mut Rng) -> BoundedVec<IP4, frame_support::traits::ConstU32<256>> {
	let count = rng.below(4);
	let ips: Vec<IP4> = (0..count)
		.map(|_| {
			let (ip, gw) = rng.pick(&IPS);
			ip4(ip, gw)
		})
		.collect();
	BoundedVec::try_from(ips).unwrap()
}

/// Mostly an id that was given out (`1..=last`), sometimes 0 or one past the last.
fn some_id(rng: &mut Rng, last: u32) -> u32 {
	if last > 0 && rng.chance(85) {
		1 + rng.below(last)
	} else {
		rng.below(last + 2)
	}
}

fn existing_node(rng: &mut Rng) -> u32 {
	some_id(rng, NodeID::<Test>::get())
}

fn farm_id(rng: &mut Rng) -> u32 {
	some_id(rng, crate::FarmID::<Test>::get())
}

fn twin_id(rng: &mut Rng) -> u32 {
	some_id(rng, crate::TwinID::<Test>::get())
}

/// Applies one random action. Returns the result and whether it was a read-only or no-op path
/// (for which an unchanged root is expected even on success).
fn step(rng: &mut Rng) -> Result<(), DispatchError> {
	// Mostly the owner of an existing twin, so calls get past the first checks.
	let who = match crate::Twins::<Test>::get(twin_id(rng)) {
		Some(twin) if rng.chance(75) => twin.account_id,
		_ => account(rng),
	};
	match rng.below(27) {
		0 => TfgridModule::do_user_accept_tc(
			&who,
			b(b"https://library.threefold.me/tc"),
			b(if rng.chance(90) { &b"abc"[..] } else { b"a/b" }),
		),
		1 | 2 => {
			let relay = if rng.chance(80) { Some(b(rng.pick(&RELAYS))) } else { None };
			if rng.chance(70) {
				TfgridModule::do_create_twin(&account(rng), relay, None)
			} else {
				TfgridModule::do_update_twin(&who, relay, Some(b(b"pk")))
			}
		},
		3 | 4 => TfgridModule::do_create_farm(&who, b(rng.pick(&FARM_NAMES)), random_ips(rng)),
		5 => TfgridModule::do_update_farm(&who, farm_id(rng), b(rng.pick(&FARM_NAMES))),
		6 => {
			let (ip, gw) = rng.pick(&IPS);
			TfgridModule::do_add_farm_ip(&who, farm_id(rng), b(ip.as_bytes()), b(gw.as_bytes()))
		},
		7 => {
			let (ip, _) = rng.pick(&IPS);
			TfgridModule::do_remove_farm_ip(&who, farm_id(rng), b(ip.as_bytes()))
		},
		8..=10 => TfgridModule::do_create_node(
			&who,
			farm_id(rng),
			random_resources(rng),
			random_location(rng),
			interfaces(),
			rng.chance(50),
			false,
			None,
		),
		11 => {
			let node_id = existing_node(rng);
			TfgridModule::do_update_node(
				&who,
				node_id,
				farm_id(rng),
				random_resources(rng),
				random_location(rng),
				interfaces(),
				false,
				false,
				Some(b(b"SN")),
			)
		},
		12 => TfgridModule::do_delete_node(&who, existing_node(rng)),
		13 => TfgridModule::do_delete_node_farm(&who, existing_node(rng)),
		14 => {
			let certification =
				if rng.chance(50) { NodeCertification::Certified } else { NodeCertification::Diy };
			TfgridModule::do_set_node_certification(existing_node(rng), certification)
		},
		15 => {
			let limits = if rng.chance(80) {
				Some(FarmingPolicyLimit {
					farming_policy_id: 1 + rng.below(4),
					cu: if rng.chance(50) { Some(u64::from(rng.below(50))) } else { None },
					su: if rng.chance(50) { Some(u64::from(rng.below(50))) } else { None },
					end: if rng.chance(20) { Some(u64::from(rng.below(3))) } else { None },
					node_count: if rng.chance(50) { Some(rng.below(3)) } else { None },
					node_certification: rng.chance(30),
				})
			} else {
				None
			};
			TfgridModule::do_attach_policy_to_farm(farm_id(rng), limits).map(|_| ())
		},
		16 => {
			let power = if rng.chance(50) { Power::Up } else { Power::Down };
			if rng.chance(50) {
				set_active_contracts(existing_node(rng), rng.chance(30));
				TfgridModule::do_change_power_target(&who, existing_node(rng), power)
			} else {
				TfgridModule::do_change_power_state(&who, power).map(|_| ())
			}
		},
		17 => TfgridModule::do_bond_twin_account(who, twin_id(rng)),
		18 => TfgridModule::do_request_twin_transfer(who, twin_id(rng), account(rng)),
		19 => {
			let request = 1 + rng.below(TwinTransferRequestID::<Test>::get() as u32 + 1);
			if rng.chance(60) {
				TfgridModule::do_accept_twin_transfer(who, u64::from(request))
			} else {
				TfgridModule::do_cancel_twin_transfer(&who, u64::from(request))
			}
		},
		20 => {
			let signer = 1 + rng.below(4) as u8;
			let name: &[u8] = rng.pick(&ENTITY_NAMES);
			let signature = if rng.chance(80) {
				super::entities::sign_entity_sr(signer, name, b"Belgium", b"Ghent")
			} else {
				vec![b'f'; 128]
			};
			TfgridModule::do_create_entity(
				entity_account(signer),
				name.to_vec(),
				b(b"Belgium"),
				b(b"Ghent"),
				signature,
			)
		},
		21 => {
			let signer = 1 + rng.below(4) as u8;
			if rng.chance(50) {
				TfgridModule::do_update_entity(
					&entity_account(signer),
					rng.pick(&ENTITY_NAMES).to_vec(),
					b(b"Egypt"),
					b(b"Cairo"),
				)
			} else {
				TfgridModule::do_delete_entity(&entity_account(signer))
			}
		},
		22 => {
			let twin_id = crate::TwinIdByAccountID::<Test>::get(&who).unwrap_or(1);
			let signer = 1 + rng.below(4) as u8;
			let entity_id = crate::EntityIdByAccountID::<Test>::get(entity_account(signer))
				.unwrap_or(rng.below(5));
			if rng.chance(70) {
				let message = TfgridModule::twin_entity_message(entity_id, twin_id);
				let signature = super::entities::hex(&sr_pair(signer).sign(&message).0);
				TfgridModule::do_add_twin_entity(&who, twin_id, entity_id, signature)
			} else {
				TfgridModule::do_delete_twin_entity(&who, twin_id, entity_id)
			}
		},
		23 => {
			let name: &[u8] = if rng.chance(80) { b"extra policy" } else { b"x" };
			let values = crate::policies::FarmingPolicyValues {
				su: 1,
				cu: 2,
				nu: 3,
				ipv4: 4,
				minimal_uptime: 90,
				policy_end: u64::from(rng.below(3)),
				default: rng.chance(50),
				node_certification: NodeCertification::Diy,
				farm_certification: FarmCertification::NotCertified,
			};
			if rng.chance(50) {
				TfgridModule::do_create_farming_policy(name.to_vec(), values, rng.chance(50))
			} else {
				TfgridModule::do_update_farming_policy(1 + rng.below(6), name.to_vec(), values)
			}
		},
		24 => {
			let farm = farm_id(rng);
			match rng.below(4) {
				0 => TfgridModule::do_set_farm_certification(farm, FarmCertification::Gold),
				1 => TfgridModule::do_set_farm_dedicated(farm, rng.chance(50)),
				2 => {
					let (ip, _) = rng.pick(&IPS);
					TfgridModule::do_force_reset_farm_ip(farm, b(ip.as_bytes()))
				},
				_ => {
					let contract = u64::from(1 + rng.below(3));
					if rng.chance(50) {
						<TfgridModule as Tfgrid<_, _>>::reserve_public_ips(
							farm,
							contract,
							rng.below(3),
						)
						.map(|_| ())
						.map_err(|_| DispatchError::Other("no ips"))
					} else {
						<TfgridModule as Tfgrid<_, _>>::free_public_ips(farm, contract);
						Ok(())
					}
				},
			}
		},
		25 => {
			let now = GENESIS_MS / 1000;
			let hint = now + u64::from(rng.below(140)) - 70;
			TfgridModule::do_report_uptime(
				&who,
				100,
				if rng.chance(50) { Some(hint) } else { None },
			)
			.map(|_| ())
		},
		_ => {
			let certifier = account(rng);
			if rng.chance(50) {
				TfgridModule::do_add_node_certifier(certifier)
			} else {
				TfgridModule::do_remove_node_certifier(certifier)
			}
		},
	}
}

#[test]
fn random_call_sequences_keep_the_registry_consistent() {
	let mut outcomes = [0u32; 2];
	for seed in 1..=20u64 {
		new_test_ext().execute_with(|| {
			let mut rng = Rng::new(seed);
			// Every account starts with accepted terms most of the time: more calls get deep.
			for n in 1..=12u8 {
				if rng.chance(80) {
					accept_tc(&acc(n));
				}
			}
			for step_index in 0..400u32 {
				System::set_block_number(1 + u64::from(step_index / 100));
				System::reset_events();
				let before = sp_io::storage::root(StateVersion::V1);
				let result = step(&mut rng);
				if let Err(error) = result {
					let after = sp_io::storage::root(StateVersion::V1);
					assert_eq!(
						before, after,
						"seed {seed} step {step_index}: failed call ({error:?}) changed storage"
					);
				}
				outcomes[usize::from(result.is_ok())] += 1;
				if let Err(e) = TfgridModule::do_try_state() {
					panic!("seed {seed} step {step_index}: invariant broken: {e:?}");
				}
			}
			println!(
				"seed {seed}: twins {} farms {} nodes {} node ids {}",
				crate::TwinID::<Test>::get(),
				crate::FarmID::<Test>::get(),
				Nodes::<Test>::iter().count(),
				NodeID::<Test>::get()
			);
			// Something real happened in every run.
			assert!(Farms::<Test>::iter().count() > 0, "seed {seed}: no farm");
			assert!(NodeID::<Test>::get() > 0, "seed {seed}: no node was ever created");
			let _ = Nodes::<Test>::iter().count();
		});
	}
	// Both paths are well exercised.
	println!("fuzz outcomes: {} failed, {} succeeded", outcomes[0], outcomes[1]);
	assert!(outcomes[0] > 1000 && outcomes[1] > 1000, "outcomes {outcomes:?}");
}
