//! Stellar account ids (StrKey `G…` addresses), checked without allocation.
//!
//! An account id is 56 characters of RFC 4648 base32 (no padding) that decode to 35 bytes: the
//! version byte `6 << 3`, the 32-byte ed25519 public key, and the CRC-16/XMODEM of those 33
//! bytes, little-endian. The registry checks farm payout addresses with it and the bridge checks
//! the target of a swap before it burns anything.

use alloc::vec::Vec;

/// Version byte of a Stellar account id (`G…`): 6 << 3.
pub const STELLAR_ACCOUNT_VERSION: u8 = 6 << 3;

/// Length in characters of a Stellar account id.
pub const STELLAR_ADDRESS_LENGTH: usize = 56;

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// The RFC 4648 base32 alphabet value of a character.
fn base32_value(c: u8) -> Option<u8> {
	match c {
		b'A'..=b'Z' => Some(c.saturating_sub(b'A')),
		b'2'..=b'7' => Some(c.saturating_sub(b'2').saturating_add(26)),
		_ => None,
	}
}

/// Decodes unpadded RFC 4648 base32 whose bit length is a multiple of 8 into `out`; returns
/// the number of bytes written, or `None` on a bad character or overflow of `out`.
fn base32_decode(text: &[u8], out: &mut [u8]) -> Option<usize> {
	let mut buffer: u32 = 0;
	let mut bits: u32 = 0;
	let mut written = 0usize;
	for c in text {
		let value = base32_value(*c)?;
		// At most 12 bits are ever pending, so the buffer never needs more than 13 bits.
		buffer = ((buffer << 5) | u32::from(value)) & 0x1FFF;
		bits = bits.saturating_add(5);
		if bits >= 8 {
			bits = bits.saturating_sub(8);
			let byte = out.get_mut(written)?;
			*byte = ((buffer >> bits) & 0xFF) as u8;
			written = written.saturating_add(1);
		}
	}
	(bits == 0).then_some(written)
}

/// Encodes bytes as unpadded RFC 4648 base32.
fn base32_encode(data: &[u8]) -> Vec<u8> {
	let mut out = Vec::with_capacity(data.len().saturating_mul(8).saturating_add(4) / 5);
	let mut buffer: u32 = 0;
	let mut bits: u32 = 0;
	for byte in data {
		buffer = ((buffer << 8) | u32::from(*byte)) & 0xFFFF;
		bits = bits.saturating_add(8);
		while bits >= 5 {
			bits = bits.saturating_sub(5);
			let index = ((buffer >> bits) & 31) as usize;
			out.extend(BASE32_ALPHABET.get(index).copied());
		}
	}
	if bits > 0 {
		let index = ((buffer << (5u32.saturating_sub(bits))) & 31) as usize;
		out.extend(BASE32_ALPHABET.get(index).copied());
	}
	out
}

/// CRC-16/XMODEM (polynomial 0x1021, initial value 0, no reflection).
pub fn crc16_xmodem(data: &[u8]) -> u16 {
	let mut crc: u16 = 0;
	for byte in data {
		crc ^= u16::from(*byte) << 8;
		for _ in 0..8 {
			crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
		}
	}
	crc
}

/// Whether `text` is a Stellar account id: 56 characters starting with `G`, base32 decoding to
/// the account version byte, a 32-byte key and a matching checksum.
pub fn is_valid_stellar_address(text: &[u8]) -> bool {
	if text.len() != STELLAR_ADDRESS_LENGTH || text.first() != Some(&b'G') {
		return false;
	}
	let mut raw = [0u8; 35];
	if base32_decode(text, &mut raw) != Some(35) || raw.first() != Some(&STELLAR_ACCOUNT_VERSION) {
		return false;
	}
	let (payload, checksum) = raw.split_at(33);
	checksum == crc16_xmodem(payload).to_le_bytes()
}

/// The account id (`G…`) of a 32-byte ed25519 public key; tests and tools build valid
/// addresses with it.
pub fn stellar_address_of(key: [u8; 32]) -> Vec<u8> {
	let mut raw = Vec::with_capacity(35);
	raw.push(STELLAR_ACCOUNT_VERSION);
	raw.extend_from_slice(&key);
	let crc = crc16_xmodem(&raw);
	raw.extend_from_slice(&crc.to_le_bytes());
	base32_encode(&raw)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn crc16_xmodem_known_vector() {
		// The standard check value of CRC-16/XMODEM.
		assert_eq!(crc16_xmodem(b"123456789"), 0x31C3);
		assert_eq!(crc16_xmodem(b""), 0);
	}

	#[test]
	fn addresses_built_from_keys_are_valid() {
		for seed in [0u8, 1, 7, 0xAB, 0xFF] {
			let address = stellar_address_of([seed; 32]);
			assert_eq!(address.len(), 56);
			assert_eq!(address[0], b'G');
			assert!(is_valid_stellar_address(&address));
		}
		// The all-zero key has a well-known address.
		assert_eq!(
			stellar_address_of([0; 32]),
			b"GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWHF".to_vec()
		);
	}

	#[test]
	fn bad_addresses_are_refused() {
		let good = stellar_address_of([3; 32]);
		let mut flipped = good.clone();
		flipped[20] = if flipped[20] == b'A' { b'B' } else { b'A' };
		assert!(!is_valid_stellar_address(&flipped));
		let lower: Vec<u8> = good.iter().map(|c| c.to_ascii_lowercase()).collect();
		assert!(!is_valid_stellar_address(&lower));
		assert!(!is_valid_stellar_address(&good[..55]));
		assert!(!is_valid_stellar_address(b""));
		let mut secret = good.clone();
		secret[0] = b'S';
		assert!(!is_valid_stellar_address(&secret));
	}
}
