//! Upgrading: only the restricted origin may, it does what `System.set_code` does (same checks,
//! same writes, same event and digest), and its weight fits where it must.

use crate::{mock::*, weights::SubstrateWeight, WeightInfo};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchClass, GetDispatchInfo, Pays},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::BlockWeights;
use sp_core::storage::well_known_keys::CODE;
use sp_runtime::{generic::DigestItem, traits::BadOrigin, traits::Hash, Perbill};

fn code() -> Vec<u8> {
	b"\0asm a new runtime".to_vec()
}

fn stored_code() -> Option<Vec<u8>> {
	sp_io::storage::get(CODE).map(|bytes| bytes.to_vec())
}

/// The mock's genesis code (frame-system's genesis stores an empty one).
fn genesis_code() -> Option<Vec<u8>> {
	Some(Vec::new())
}

fn runtime_updated_digests() -> usize {
	System::digest()
		.logs
		.into_iter()
		.filter(|item| *item == DigestItem::RuntimeEnvironmentUpdated)
		.count()
}

#[test]
fn root_upgrades_the_runtime() {
	new_test_ext().execute_with(|| {
		let result = RuntimeUpgrade::set_code(RuntimeOrigin::root(), code());
		assert_eq!(result.map(|info| info.pays_fee), Ok(Pays::No));
		assert_eq!(stored_code(), Some(code()));
		let hash = <Test as frame_system::Config>::Hashing::hash(&code());
		System::assert_last_event(frame_system::Event::<Test>::CodeUpdated { hash }.into());
		assert_eq!(runtime_updated_digests(), 1);
	});
}

#[test]
fn the_council_upgrades_the_runtime() {
	new_test_ext().execute_with(|| {
		assert_ok!(RuntimeUpgrade::set_code(RuntimeOrigin::signed(1), code()));
		assert_eq!(stored_code(), Some(code()));
	});
}

#[test]
fn other_origins_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::signed(2), RuntimeOrigin::none()] {
			assert_noop!(RuntimeUpgrade::set_code(origin, code()), BadOrigin);
		}
		assert_eq!(stored_code(), genesis_code());
		assert_eq!(runtime_updated_digests(), 0);
	});
}

#[test]
fn it_does_what_system_set_code_does() {
	let via_system = {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			assert_ok!(System::set_code(RuntimeOrigin::root(), code()));
			sp_io::storage::root(sp_runtime::StateVersion::V1)
		})
	};
	let via_pallet = {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			assert_ok!(RuntimeUpgrade::set_code(RuntimeOrigin::root(), code()));
			sp_io::storage::root(sp_runtime::StateVersion::V1)
		})
	};
	assert_eq!(via_system, via_pallet);
}

#[test]
fn code_whose_version_cannot_be_read_is_refused() {
	new_test_ext_reading(None).execute_with(|| {
		assert_noop!(
			RuntimeUpgrade::set_code(RuntimeOrigin::root(), code()),
			frame_system::Error::<Test>::FailedToExtractRuntimeVersion
		);
		assert_eq!(stored_code(), genesis_code());
	});
}

/// Built with `runtime-benchmarks`, frame-system skips these two comparisons.
#[cfg(not(feature = "runtime-benchmarks"))]
mod version_checks {
	use super::*;

	#[test]
	fn the_spec_version_must_increase() {
		for spec_version in [SPEC_VERSION - 1, SPEC_VERSION] {
			new_test_ext_reading(Some(version(SPEC_NAME, spec_version))).execute_with(|| {
				assert_noop!(
					RuntimeUpgrade::set_code(RuntimeOrigin::root(), code()),
					frame_system::Error::<Test>::SpecVersionNeedsToIncrease
				);
				assert_eq!(stored_code(), genesis_code());
			});
		}
	}

	#[test]
	fn the_spec_name_must_stay() {
		new_test_ext_reading(Some(version("another-chain", SPEC_VERSION + 1))).execute_with(|| {
			assert_noop!(
				RuntimeUpgrade::set_code(RuntimeOrigin::signed(1), code()),
				frame_system::Error::<Test>::InvalidSpecName
			);
			assert_eq!(stored_code(), genesis_code());
		});
	}
}

#[test]
fn the_call_is_operational_free_and_weighed_by_its_benchmark() {
	let call = crate::Call::<Test>::set_code { code: code() };
	let info = call.get_dispatch_info();
	assert_eq!(info.class, DispatchClass::Operational);
	assert_eq!(info.pays_fee, Pays::No);
	assert_eq!(info.call_weight, <() as WeightInfo>::set_code());
}

#[test]
fn the_weight_fits_one_operational_extrinsic_and_a_council_proposal() {
	// The runtime's limits: 2 s per block, 75 % for normal calls; proposals up to half a block.
	let limits = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		Perbill::from_percent(75),
	);
	let max_extrinsic =
		limits.get(DispatchClass::Operational).max_extrinsic.expect("a limit per extrinsic");
	let max_proposal = Perbill::from_percent(50) * limits.max_block;
	let weight = SubstrateWeight::<Test>::set_code();
	assert!(weight.all_lte(max_extrinsic));
	assert!(weight.all_lte(max_proposal));
	// Why `max_block` (what frame-system reports as set_code's actual weight) is not declared:
	// no extrinsic could carry it.
	assert!(!limits.max_block.all_lte(max_extrinsic));
}
