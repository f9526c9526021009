//! Farms: creation, rename, payout address, certification, dedicated flag, public IPs and the
//! public-IP bookkeeping the contracts pallet uses.

use super::*;
use crate::{
	validation::tests::stellar_address_of, Error, FarmID, FarmIdByName,
	FarmPayoutV2AddressByFarmID, Farms,
};
use frame_support::assert_noop;
use sp_runtime::DispatchError;
use tfchain_support::{traits::Tfgrid, types::PublicIpError};

fn ips(list: &[(&str, &str)]) -> crate::types::FarmIps {
	BoundedVec::try_from(list.iter().map(|(ip, gw)| ip4(ip, gw)).collect::<Vec<_>>()).unwrap()
}

#[test]
fn create_farm_works() {
	run_test(|| {
		let farmer = acc(1);
		let twin_id = create_twin(&farmer);
		assert_ok!(TfgridModule::create_farm(
			signed(&farmer),
			b(b"my_farm-1"),
			ips(&[("185.206.122.33/24", "185.206.122.1"), ("185.206.122.34/24", "185.206.122.1")])
		));
		let farm = Farms::<Test>::get(1).unwrap();
		assert_eq!(farm.twin_id, twin_id);
		assert_eq!(farm.pricing_policy_id, 1);
		assert_eq!(farm.certification, FarmCertification::NotCertified);
		assert!(!farm.dedicated_farm);
		assert_eq!(farm.farming_policy_limits, None);
		assert_eq!(farm.public_ips.len(), 2);
		assert!(farm.public_ips.iter().all(|ip| ip.contract_id == 0));
		assert_eq!(FarmIdByName::<Test>::get(&farm.name), 1);
		assert_eq!(FarmID::<Test>::get(), 1);
		assert_eq!(last_event(), Event::FarmStored(farm));
		// No IPs at all is fine; 256 is the maximum.
		create_twin(&acc(2));
		assert_ok!(TfgridModule::create_farm(signed(&acc(2)), b(b"empty"), ips(&[])));
		create_twin(&acc(3));
		assert_ok!(TfgridModule::create_farm(signed(&acc(3)), b(b"full"), public_ips(256)));
		assert_eq!(Farms::<Test>::get(3).unwrap().public_ips.len(), 256);
	});
}

#[test]
fn create_farm_errors() {
	run_test(|| {
		let farmer = acc(1);
		assert_noop!(
			TfgridModule::create_farm(signed(&farmer), b(b"farm"), ips(&[])),
			Error::<Test>::TwinNotExists
		);
		create_twin(&farmer);
		let name_cases: Vec<(&[u8], Error<Test>)> = vec![
			(b"ab", Error::<Test>::FarmNameTooShort),
			(b"my farm", Error::<Test>::InvalidFarmName),
			(b"farm.one", Error::<Test>::InvalidFarmName),
		];
		for (name, error) in name_cases {
			assert_noop!(TfgridModule::create_farm(signed(&farmer), b(name), ips(&[])), error);
		}
		// Every unusable IP is TFChain's InvalidPublicIP (the cause is logged).
		for (ip, gw) in super::tfchain_compat::INVALID_FARM_IPS {
			assert_noop!(
				TfgridModule::create_farm(signed(&farmer), b(b"farm"), ips(&[(ip, gw)])),
				Error::<Test>::InvalidPublicIP
			);
		}
		// The same address twice (even with another prefix).
		assert_noop!(
			TfgridModule::create_farm(
				signed(&farmer),
				b(b"farm"),
				ips(&[
					("185.206.122.33/24", "185.206.122.1"),
					("185.206.122.33/25", "185.206.122.1")
				])
			),
			Error::<Test>::IpExists
		);
		FarmID::<Test>::put(u32::MAX);
		assert_noop!(
			TfgridModule::create_farm(signed(&farmer), b(b"farm"), ips(&[])),
			Error::<Test>::IdOverflow
		);
		FarmID::<Test>::put(0);
		assert_ok!(TfgridModule::create_farm(signed(&farmer), b(b"farm"), ips(&[])));
		create_twin(&acc(2));
		assert_noop!(
			TfgridModule::create_farm(signed(&acc(2)), b(b"farm"), ips(&[])),
			Error::<Test>::FarmExists
		);
		assert_noop!(
			TfgridModule::create_farm(RuntimeOrigin::none(), b(b"farm2"), ips(&[])),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_farm_renames_and_moves_the_name_index() {
	run_test(|| {
		let farmer = acc(1);
		create_twin(&farmer);
		let farm_id = create_farm(&farmer, "old_name");
		assert_ok!(TfgridModule::update_farm(signed(&farmer), farm_id, b(b"new_name")));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.name.to_vec(), b"new_name".to_vec());
		assert_eq!(FarmIdByName::<Test>::get(b::<_>(b"new_name")), farm_id);
		assert!(!FarmIdByName::<Test>::contains_key(b::<_>(b"old_name")));
		assert_eq!(FarmIdByName::<Test>::get(b::<_>(b"old_name")), 0);
		assert_eq!(last_event(), Event::FarmUpdated(farm));
		// Same name: no change, still fine.
		assert_ok!(TfgridModule::update_farm(signed(&farmer), farm_id, b(b"new_name")));
	});
}

#[test]
fn update_farm_errors() {
	run_test(|| {
		let farmer = acc(1);
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), 1, b(b"name")),
			Error::<Test>::TwinNotExists
		);
		create_twin(&farmer);
		let farm_id = create_farm(&farmer, "farm_a");
		create_twin(&acc(2));
		create_farm(&acc(2), "farm_b");
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), 99, b(b"name")),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::update_farm(signed(&acc(2)), farm_id, b(b"name")),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		// Another farm's name: TFChain's InvalidFarmName.
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), farm_id, b(b"farm_b")),
			Error::<Test>::InvalidFarmName
		);
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), farm_id, b(b"x")),
			Error::<Test>::FarmNameTooShort
		);
		assert_noop!(
			TfgridModule::update_farm(signed(&farmer), farm_id, b(b"bad name")),
			Error::<Test>::InvalidFarmName
		);
	});
}

#[test]
fn stellar_payout_address_is_validated() {
	run_test(|| {
		let farmer = acc(1);
		create_twin(&farmer);
		let farm_id = create_farm(&farmer, "farm_a");
		let address = stellar_address_of([42; 32]);
		// No address yet: the value query reads empty, as on TFChain.
		assert!(FarmPayoutV2AddressByFarmID::<Test>::get(farm_id).is_empty());
		assert_ok!(TfgridModule::add_stellar_payout_v2address(
			signed(&farmer),
			farm_id,
			address.clone()
		));
		assert_eq!(FarmPayoutV2AddressByFarmID::<Test>::get(farm_id).to_vec(), address);
		assert_eq!(last_event(), Event::FarmPayoutV2AddressRegistered(farm_id, address.clone()));

		let mut broken = address.clone();
		broken[30] = if broken[30] == b'B' { b'C' } else { b'B' };
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(signed(&farmer), farm_id, broken),
			Error::<Test>::InvalidStellarAddress
		);
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(
				signed(&farmer),
				farm_id,
				address[..55].to_vec()
			),
			Error::<Test>::StellarAddressTooShort
		);
		// A plain Vec argument (as TFChain's): the call bounds it.
		let mut long = address.clone();
		long.push(b'A');
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(signed(&farmer), farm_id, long),
			Error::<Test>::StellarAddressTooLong
		);
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(signed(&farmer), 99, address.clone()),
			Error::<Test>::FarmNotExists
		);
		create_twin(&acc(2));
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(signed(&acc(2)), farm_id, address.clone()),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		assert_noop!(
			TfgridModule::add_stellar_payout_v2address(signed(&acc(3)), farm_id, address),
			Error::<Test>::TwinNotExists
		);
	});
}

#[test]
fn set_farm_certification_works_and_fails() {
	run_test(|| {
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		assert_ok!(TfgridModule::set_farm_certification(
			RuntimeOrigin::root(),
			farm_id,
			FarmCertification::Gold
		));
		assert_eq!(Farms::<Test>::get(farm_id).unwrap().certification, FarmCertification::Gold);
		assert_eq!(last_event(), Event::FarmCertificationSet(farm_id, FarmCertification::Gold));
		assert_noop!(
			TfgridModule::set_farm_certification(
				RuntimeOrigin::root(),
				99,
				FarmCertification::Gold
			),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::set_farm_certification(
				signed(&acc(1)),
				farm_id,
				FarmCertification::NotCertified
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn set_farm_dedicated_works_and_fails() {
	run_test(|| {
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		assert_ok!(TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), farm_id, true));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert!(farm.dedicated_farm);
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::TfgridModule(Event::FarmMarkedAsDedicated(farm_id))));
		assert_eq!(last_event(), Event::FarmUpdated(farm));
		assert_ok!(TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), farm_id, false));
		assert!(!Farms::<Test>::get(farm_id).unwrap().dedicated_farm);
		assert_noop!(
			TfgridModule::set_farm_dedicated(RuntimeOrigin::root(), 99, true),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::set_farm_dedicated(signed(&acc(1)), farm_id, true),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn add_farm_ip_works_and_fails() {
	run_test(|| {
		let farmer = acc(1);
		create_twin(&farmer);
		let farm_id = create_farm(&farmer, "farm_a"); // holds 185.206.1.2 and .3 (/16)
		assert_ok!(TfgridModule::add_farm_ip(
			signed(&farmer),
			farm_id,
			b(b"185.206.1.4/16"),
			b(b"185.206.0.1")
		));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.public_ips.len(), 3);
		assert_eq!(last_event(), Event::FarmUpdated(farm));
		assert_noop!(
			TfgridModule::add_farm_ip(
				signed(&farmer),
				farm_id,
				b(b"185.206.1.4/24"),
				b(b"185.206.1.1")
			),
			Error::<Test>::IpExists
		);
		assert_noop!(
			TfgridModule::add_farm_ip(
				signed(&farmer),
				farm_id,
				b(b"192.168.1.4/24"),
				b(b"192.168.1.1")
			),
			Error::<Test>::InvalidPublicIP
		);
		for (ip, gw) in super::tfchain_compat::INVALID_FARM_IPS {
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
		assert_noop!(
			TfgridModule::add_farm_ip(signed(&farmer), 99, b(b"185.206.1.5/16"), b(b"185.206.0.1")),
			Error::<Test>::FarmNotExists
		);
		create_twin(&acc(2));
		assert_noop!(
			TfgridModule::add_farm_ip(
				signed(&acc(2)),
				farm_id,
				b(b"185.206.1.5/16"),
				b(b"185.206.0.1")
			),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		// A caller without a twin is not the farm's owner either (TFChain's order).
		assert_noop!(
			TfgridModule::add_farm_ip(
				signed(&acc(3)),
				farm_id,
				b(b"185.206.1.5/16"),
				b(b"185.206.0.1")
			),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		// A full farm: TFChain's InvalidPublicIP.
		assert_ok!(TfgridModule::create_farm(signed(&acc(2)), b(b"full"), public_ips(256)));
		assert_noop!(
			TfgridModule::add_farm_ip(signed(&acc(2)), 2, b(b"185.207.1.5/16"), b(b"185.207.0.1")),
			Error::<Test>::InvalidPublicIP
		);
	});
}

#[test]
fn remove_farm_ip_works_and_fails() {
	run_test(|| {
		let farmer = acc(1);
		create_twin(&farmer);
		let farm_id = create_farm(&farmer, "farm_a");
		let reserved = <TfgridModule as Tfgrid<_, _>>::reserve_public_ips(farm_id, 7, 1).unwrap();
		assert_eq!(reserved[0].ip.to_vec(), b"185.206.1.2/16".to_vec());
		// Reserved by a contract: no such free IP, TFChain's IpNotExists.
		assert_noop!(
			TfgridModule::remove_farm_ip(signed(&farmer), farm_id, b(b"185.206.1.2/16")),
			Error::<Test>::IpNotExists
		);
		assert_noop!(
			TfgridModule::remove_farm_ip(signed(&farmer), farm_id, b(b"185.206.1.9/16")),
			Error::<Test>::IpNotExists
		);
		assert_noop!(
			TfgridModule::remove_farm_ip(signed(&farmer), 99, b(b"185.206.1.3/16")),
			Error::<Test>::FarmNotExists
		);
		create_twin(&acc(2));
		assert_noop!(
			TfgridModule::remove_farm_ip(signed(&acc(2)), farm_id, b(b"185.206.1.3/16")),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		assert_noop!(
			TfgridModule::remove_farm_ip(signed(&acc(3)), farm_id, b(b"185.206.1.3/16")),
			Error::<Test>::CannotUpdateFarmWrongTwin
		);
		assert_ok!(TfgridModule::remove_farm_ip(signed(&farmer), farm_id, b(b"185.206.1.3/16")));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.public_ips.len(), 1);
		assert_eq!(last_event(), Event::FarmUpdated(farm));
	});
}

#[test]
fn force_reset_farm_ip_works_and_fails() {
	run_test(|| {
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		<TfgridModule as Tfgrid<_, _>>::reserve_public_ips(farm_id, 7, 2).unwrap();
		assert_ok!(TfgridModule::force_reset_farm_ip(
			RuntimeOrigin::root(),
			farm_id,
			b(b"185.206.1.3/16")
		));
		let farm = Farms::<Test>::get(farm_id).unwrap();
		assert_eq!(farm.public_ips[1].contract_id, 0);
		assert_eq!(farm.public_ips[0].contract_id, 7);
		assert_eq!(last_event(), Event::FarmUpdated(farm));
		assert_noop!(
			TfgridModule::force_reset_farm_ip(RuntimeOrigin::root(), farm_id, b(b"185.206.9.9/16")),
			Error::<Test>::IpNotExists
		);
		assert_noop!(
			TfgridModule::force_reset_farm_ip(RuntimeOrigin::root(), 99, b(b"185.206.1.3/16")),
			Error::<Test>::FarmNotExists
		);
		assert_noop!(
			TfgridModule::force_reset_farm_ip(signed(&acc(1)), farm_id, b(b"185.206.1.3/16")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn public_ips_are_reserved_and_freed_for_contracts() {
	run_test(|| {
		create_twin(&acc(1));
		let farm_id = create_farm(&acc(1), "farm_a");
		type Grid = TfgridModule;
		assert_eq!(
			<Grid as Tfgrid<_, _>>::reserve_public_ips(99, 1, 1),
			Err(PublicIpError::FarmNotExists)
		);
		assert_eq!(
			<Grid as Tfgrid<_, _>>::reserve_public_ips(farm_id, 1, 3),
			Err(PublicIpError::NotEnoughPublicIps)
		);
		assert_eq!(<Grid as Tfgrid<_, _>>::reserve_public_ips(farm_id, 1, 1).unwrap().len(), 1);
		assert_eq!(
			<Grid as Tfgrid<_, _>>::reserve_public_ips(farm_id, 2, 2),
			Err(PublicIpError::NotEnoughFreePublicIps)
		);
		assert_eq!(<Grid as Tfgrid<_, _>>::farm_info(farm_id).unwrap().free_public_ips, 1);
		let freed = <Grid as Tfgrid<_, _>>::free_public_ips(farm_id, 1);
		assert_eq!(freed.len(), 1);
		assert_eq!(freed[0].contract_id, 1);
		assert_eq!(<Grid as Tfgrid<_, _>>::farm_info(farm_id).unwrap().free_public_ips, 2);
		assert!(<Grid as Tfgrid<_, _>>::free_public_ips(farm_id, 0).is_empty());
		assert!(<Grid as Tfgrid<_, _>>::free_public_ips(99, 1).is_empty());
		// Reading twins and policies.
		assert_eq!(<Grid as Tfgrid<_, _>>::twin_account(1), Some(acc(1)));
		assert_eq!(<Grid as Tfgrid<_, _>>::twin_of_account(&acc(1)), Some(1));
		assert_eq!(<Grid as Tfgrid<_, _>>::twin_bonded_account(1), None);
		assert_eq!(<Grid as Tfgrid<_, _>>::pricing_policy(1).unwrap().id, 1);
		assert_eq!(<Grid as Tfgrid<_, _>>::node_info(1), None);
		// Owner and policy from the head of the record, for short and longest names.
		assert_eq!(<Grid as Tfgrid<_, _>>::farm_owner_and_policy(farm_id), Some((1, 1)));
		assert_eq!(<Grid as Tfgrid<_, _>>::farm_owner_and_policy(99), None);
		create_twin(&acc(2));
		let long_name = "f".repeat(MAX_FARM_NAME_LENGTH as usize);
		let long = create_farm(&acc(2), &long_name);
		Farms::<Test>::mutate(long, |farm| farm.as_mut().unwrap().pricing_policy_id = 7);
		assert_eq!(<Grid as Tfgrid<_, _>>::farm_owner_and_policy(long), Some((2, 7)));
	});
}
