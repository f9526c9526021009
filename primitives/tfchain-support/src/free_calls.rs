//! The rate of free node calls, shared by the registry and the contracts pallet: a node's
//! routine call is free once per window of its kind (docs/decisions.md, "Free node calls have
//! a rate").

use sp_runtime::traits::Saturating;

/// Whether a call at block `now` is free, given the block of the previous free call of its
/// kind (`None`: there was none) and the kind's window. A window of 0 makes every call free.
pub fn is_free<B: Saturating + PartialOrd + Copy>(last: Option<B>, now: B, window: B) -> bool {
	match last {
		None => true,
		Some(last) => now.saturating_sub(last) >= window,
	}
}
