//! Dispatching as Root: only the approving origin may, the inner call really runs as Root, and
//! its outcome is reported.

use crate::{mock::*, Event};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
use sp_runtime::{traits::BadOrigin, DispatchError};

fn set_storage_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_storage {
		items: vec![(b":governance-test".to_vec(), b"yes".to_vec())],
	})
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

#[test]
fn approved_origin_runs_a_root_only_call_as_root() {
	new_test_ext().execute_with(|| {
		assert_ok!(Governance::dispatch_as_root(
			RuntimeOrigin::signed(1),
			Box::new(set_storage_call())
		));
		assert_eq!(sp_io::storage::get(b":governance-test").as_deref(), Some(&b"yes"[..]));
		assert_eq!(last_event(), Event::DispatchedAsRoot { result: Ok(()) }.into());
	});
}

#[test]
fn other_origins_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::signed(2), RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				Governance::dispatch_as_root(origin, Box::new(set_storage_call())),
				BadOrigin
			);
		}
		assert_eq!(sp_io::storage::get(b":governance-test"), None);
	});
}

#[test]
fn a_failing_inner_call_is_reported_in_the_event() {
	new_test_ext().execute_with(|| {
		// `remark_with_event` needs a signed origin, so as Root it fails.
		let call = RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![1] });
		assert_ok!(Governance::dispatch_as_root(RuntimeOrigin::signed(1), Box::new(call)));
		assert_eq!(
			last_event(),
			Event::DispatchedAsRoot { result: Err(DispatchError::BadOrigin) }.into()
		);
	});
}

#[test]
fn weight_is_overhead_plus_the_inner_calls_weight() {
	new_test_ext().execute_with(|| {
		let inner = set_storage_call();
		let outer = RuntimeCall::Governance(crate::Call::dispatch_as_root {
			call: Box::new(inner.clone()),
		});
		let expected = <() as crate::WeightInfo>::dispatch_as_root()
			.saturating_add(inner.get_dispatch_info().call_weight);
		assert_eq!(outer.get_dispatch_info().call_weight, expected);
		assert_eq!(outer.get_dispatch_info().class, inner.get_dispatch_info().class);
	});
}
