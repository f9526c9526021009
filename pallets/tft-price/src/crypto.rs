//! The key the offchain worker signs `set_prices` with: the node's sr25519 `aura` key (as on
//! TFChain), so a validator feeds prices without a key of its own for it.

use sp_runtime::{
	app_crypto::{app_crypto, sr25519},
	KeyTypeId, MultiSignature, MultiSigner,
};

/// The keystore key type the worker signs with: Aura's.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"aura");

app_crypto!(sr25519, KEY_TYPE);

/// The signing identity of the offchain worker: the runtime's `Config::AuthorityId`.
pub struct AuraAuthority;

impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for AuraAuthority {
	type RuntimeAppPublic = Public;
	type GenericPublic = sr25519::Public;
	type GenericSignature = sr25519::Signature;
}
