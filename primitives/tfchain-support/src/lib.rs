//! Grid types and traits shared by the grid pallets.
//!
//! The grid registry (`pallet-tfgrid`) and the contracts pallet depend on this crate, never on
//! each other:
//!
//! - [`types`]: the value types both sides read and write: [`Resources`] (with the CU/SU
//!   formulas billing uses), [`PublicIP`], [`Power`], [`PowerState`], [`NodePower`], the
//!   certifications, and the pricing policy ([`PricingPolicy`], [`Policy`], [`Unit`]).
//! - [`traits`]: the seams between the pallets:
//!   - [`Tfgrid`]: implemented by the registry; the contracts pallet reads twins, nodes, farms and
//!     pricing policies through it and reserves / frees the public IPs of a farm;
//!   - [`ChangeNode`]: implemented by the contracts pallet; the registry calls it when a node is
//!     deleted, changes power state or target, or reports uptime;
//!   - [`NodeActiveContracts`]: implemented by the contracts pallet; the registry asks it whether
//!     a node still has live contracts (a farmer may not power such a node down);
//!   - [`OnTwinTransfer`]: called when a twin changes owner, so whatever is reserved for the twin
//!     moves to the new account;
//!   - [`TftPriceForBilling`]: implemented by the TFT price pallet; the clamped average TFT price
//!     billing converts USD with.
//!
//! - [`stellar`]: Stellar account ids (farm payout addresses, bridge withdrawals).
//! - [`hot_storage`]: [`HotMap`], map reads and writes for the billing hook's hot path (no
//!   prefix hashing per access).
//!
//! Every trait has a no-op `()` implementation for tests and for runtimes without contracts.

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

pub mod bounded_list;
pub mod free_calls;
pub mod hot_storage;
pub mod stellar;
pub mod traits;
pub mod types;

pub use bounded_list::BoundedList;
pub use hot_storage::HotMap;
pub use traits::*;
pub use types::*;
