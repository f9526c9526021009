//! [`BoundedList`]: a bounded list stored where TFChain's metadata shows a plain `Vec`.
//!
//! TFChain keeps a few lists in storage as `Vec<T>` (a node's `interfaces`, a twin's `entities`,
//! a solution provider's `providers`) and runs without storage bounds. Our storage is bounded,
//! and the metadata must still show TFChain's shape, `Vec<T>`: a `BoundedVec<T, S>` would show a
//! one-field composite instead. `BoundedList` has the SCALE encoding of `Vec<T>`, describes
//! itself in metadata as exactly `Vec<T>`, and refuses more than `S` items when decoded.
//!
//! It is used only for such storage fields. Call arguments take TFChain's own types:
//! `BoundedVec` where TFChain has `BoundedVec` (clients wrap those lists), `Vec` where it has
//! `Vec` (bounded by the call with a named error).

use core::ops::{Deref, DerefMut};

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::Get, BoundedVec, CloneNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::{Type, TypeInfo};

/// A list of at most `S` items whose metadata type is `Vec<T>` (see the module docs).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DefaultNoBound,
)]
#[codec(mel_bound(T: MaxEncodedLen))]
pub struct BoundedList<T: Clone + PartialEq + Eq, S: Get<u32>>(pub BoundedVec<T, S>);

impl<T: Clone + PartialEq + Eq + core::fmt::Debug, S: Get<u32>> core::fmt::Debug
	for BoundedList<T, S>
{
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		self.0.fmt(f)
	}
}

impl<T: Clone + PartialEq + Eq + TypeInfo + 'static, S: Get<u32> + 'static> TypeInfo
	for BoundedList<T, S>
{
	type Identity = Vec<T>;

	fn type_info() -> Type {
		<Vec<T> as TypeInfo>::type_info()
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> Deref for BoundedList<T, S> {
	type Target = BoundedVec<T, S>;

	fn deref(&self) -> &Self::Target {
		&self.0
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> DerefMut for BoundedList<T, S> {
	fn deref_mut(&mut self) -> &mut Self::Target {
		&mut self.0
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> From<BoundedVec<T, S>> for BoundedList<T, S> {
	fn from(inner: BoundedVec<T, S>) -> Self {
		Self(inner)
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> TryFrom<Vec<T>> for BoundedList<T, S> {
	type Error = Vec<T>;

	fn try_from(items: Vec<T>) -> Result<Self, Self::Error> {
		BoundedVec::try_from(items).map(Self)
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> BoundedList<T, S> {
	/// The items, at most `S` of them.
	pub fn into_inner(self) -> Vec<T> {
		self.0.into_inner()
	}

	/// The first `S` items of `items` (the rest is dropped).
	pub fn truncate_from(items: Vec<T>) -> Self {
		Self(BoundedVec::truncate_from(items))
	}
}

impl<'a, T: Clone + PartialEq + Eq, S: Get<u32>> IntoIterator for &'a BoundedList<T, S> {
	type Item = &'a T;
	type IntoIter = core::slice::Iter<'a, T>;

	fn into_iter(self) -> Self::IntoIter {
		self.0.iter()
	}
}

impl<T: Clone + PartialEq + Eq, S: Get<u32>> IntoIterator for BoundedList<T, S> {
	type Item = T;
	type IntoIter = alloc::vec::IntoIter<T>;

	fn into_iter(self) -> Self::IntoIter {
		self.0.into_iter()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::ConstU32;

	type List = BoundedList<u32, ConstU32<2>>;

	#[test]
	fn encodes_like_a_vec_and_refuses_too_many_items() {
		let list = List::try_from(vec![7, 9]).unwrap();
		assert_eq!(list.encode(), vec![7u32, 9].encode());
		assert_eq!(List::decode(&mut &vec![7u32, 9].encode()[..]).unwrap(), list);
		assert!(List::decode(&mut &vec![1u32, 2, 3].encode()[..]).is_err());
		assert!(List::try_from(vec![1, 2, 3]).is_err());
	}

	#[test]
	fn metadata_type_is_a_plain_vec() {
		assert_eq!(List::type_info(), <Vec<u32> as TypeInfo>::type_info());
	}
}
