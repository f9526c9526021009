//! Input validation as pure functions over bytes: names, relays, locations, interfaces, IPv4 and
//! IPv6 addresses, domains, Stellar addresses and hex signatures.
//!
//! Every function checks the length first (O(1)), then walks the text once; none of them can
//! panic. They return small error enums that the pallet maps to its named errors
//! (`Pallet::check_*` in `lib.rs`).

use core::net::{Ipv4Addr, Ipv6Addr};
use core::str::FromStr;

/// Why a text was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TextError {
	/// Shorter than the minimum.
	TooShort,
	/// Longer than the maximum.
	TooLong,
	/// A character or the structure is not allowed.
	Invalid,
	/// A second kind of invalidity where the spec names one (relay: an empty label).
	Malformed,
}

/// Why an address/gateway pair was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IpError {
	/// Address text too short.
	IpTooShort,
	/// Address text too long.
	IpTooLong,
	/// Address does not parse (as CIDR).
	InvalidIp,
	/// Gateway text too short.
	GwTooShort,
	/// Gateway text too long.
	GwTooLong,
	/// Gateway does not parse.
	InvalidGw,
	/// Both parse, but the pair is not usable: not public unicast, gateway outside the subnet,
	/// address equal to the gateway, or the subnet's network/broadcast address.
	NotUsable,
}

/// Checks `min <= len <= max`.
pub fn check_length(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	let len = text.len();
	if len < min as usize {
		return Err(TextError::TooShort);
	}
	if len > max as usize {
		return Err(TextError::TooLong);
	}
	Ok(())
}

fn all(text: &[u8], allowed: impl Fn(u8) -> bool) -> Result<(), TextError> {
	if text.iter().all(|c| allowed(*c)) {
		Ok(())
	} else {
		Err(TextError::Invalid)
	}
}

/// `[A-Za-z0-9_-]`.
fn is_name_char(c: u8) -> bool {
	c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// A farm name: `min..=max` bytes of `[A-Za-z0-9_-]`.
pub fn farm_name(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, is_name_char)
}

/// A document hash: `min..=max` bytes of `[A-Za-z0-9_-]`.
pub fn document_hash(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	farm_name(text, min, max)
}

/// Printable ASCII (`0x20..=0x7e`) without leading or trailing space: entity and policy names,
/// serial numbers, the ZOS version.
pub fn printable(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, |c| (0x20..=0x7e).contains(&c))?;
	if text.first() == Some(&b' ') || text.last() == Some(&b' ') {
		return Err(TextError::Invalid);
	}
	Ok(())
}

/// A country or city name: UTF-8; letters (any script), spaces and `-'.,()`; starts with a
/// letter.
pub fn place_name(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	let text = core::str::from_utf8(text).map_err(|_| TextError::Invalid)?;
	let mut chars = text.chars();
	match chars.next() {
		Some(first) if first.is_alphabetic() => {},
		_ => return Err(TextError::Invalid),
	}
	if chars.all(|c| c.is_alphabetic() || " -'.,()".contains(c)) {
		Ok(())
	} else {
		Err(TextError::Invalid)
	}
}

/// A relay: dot-separated labels of `[A-Za-z0-9_-]` (`_` joins several relays, as the grid's
/// tooling does). A bad character is [`TextError::Invalid`]; an empty label (leading, trailing
/// or doubled dot) is [`TextError::Malformed`].
pub fn relay(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, |c| is_name_char(c) || c == b'.')?;
	if text.split(|c| *c == b'.').any(|label| label.is_empty()) {
		return Err(TextError::Malformed);
	}
	Ok(())
}

/// A domain: `[A-Za-z0-9-.]`, labels non-empty and not starting or ending with `-`.
pub fn domain(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, |c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.')?;
	for label in text.split(|c| *c == b'.') {
		match (label.first(), label.last()) {
			(Some(first), Some(last)) if *first != b'-' && *last != b'-' => {},
			_ => return Err(TextError::Invalid),
		}
	}
	Ok(())
}

/// A URL: RFC 3986 characters (unreserved, reserved and `%`).
pub fn document_link(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, |c| c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&c))
}

/// An interface name: `[a-z0-9_-]`.
pub fn interface_name(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	all(text, |c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-')
}

/// A MAC address: six pairs of hex digits separated by `:` (17 bytes).
pub fn mac_address(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	if text.len() != 17 {
		return Err(TextError::Invalid);
	}
	for (i, c) in text.iter().enumerate() {
		let ok = if i % 3 == 2 { *c == b':' } else { c.is_ascii_hexdigit() };
		if !ok {
			return Err(TextError::Invalid);
		}
	}
	Ok(())
}

/// An interface address: an IPv4 or IPv6 address, optionally with a `/prefix` (private
/// addresses are fine here).
pub fn interface_ip(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	let text = core::str::from_utf8(text).map_err(|_| TextError::Invalid)?;
	let (addr, prefix) = match text.split_once('/') {
		Some((addr, prefix)) => (addr, Some(prefix)),
		None => (text, None),
	};
	let max_prefix = if Ipv4Addr::from_str(addr).is_ok() {
		32
	} else if Ipv6Addr::from_str(addr).is_ok() {
		128
	} else {
		return Err(TextError::Invalid);
	};
	match prefix {
		None => Ok(()),
		Some(prefix) => parse_prefix(prefix, max_prefix).map(|_| ()).ok_or(TextError::Invalid),
	}
}

/// A latitude (`bound` 90) or longitude (`bound` 180): `Unknown`, or decimal text
/// `[+-]digits[.digits]` whose value lies in `-bound..=bound`. No floats: the integer part is
/// compared, and at the bound only a zero fraction is accepted.
pub fn coordinate(text: &[u8], min: u32, max: u32, bound: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	if text == b"Unknown" || text == b"unknown" {
		return Ok(());
	}
	let unsigned = match text.first() {
		Some(b'-') | Some(b'+') => text.get(1..).unwrap_or_default(),
		_ => text,
	};
	let mut parts = unsigned.splitn(2, |c| *c == b'.');
	let integer = parts.next().unwrap_or_default();
	let fraction = parts.next();
	if integer.is_empty() || !integer.iter().all(u8::is_ascii_digit) {
		return Err(TextError::Invalid);
	}
	if let Some(fraction) = fraction {
		if fraction.is_empty() || !fraction.iter().all(u8::is_ascii_digit) {
			return Err(TextError::Invalid);
		}
	}
	// Value of the integer part, saturating far above any bound.
	let value = integer.iter().fold(0u32, |acc, d| {
		acc.saturating_mul(10).saturating_add(u32::from(d.saturating_sub(b'0')))
	});
	let fraction_is_zero = fraction.is_none_or(|f| f.iter().all(|d| *d == b'0'));
	if value < bound || (value == bound && fraction_is_zero) {
		Ok(())
	} else {
		Err(TextError::Invalid)
	}
}

/// Parses a prefix length `0..=max` (decimal, no sign, no leading zero).
fn parse_prefix(text: &str, max: u32) -> Option<u32> {
	let bytes = text.as_bytes();
	if bytes.is_empty() || bytes.len() > 3 || !bytes.iter().all(u8::is_ascii_digit) {
		return None;
	}
	if bytes.len() > 1 && bytes.first() == Some(&b'0') {
		return None;
	}
	let value = u32::from_str(text).ok()?;
	(value <= max).then_some(value)
}

/// Parses `a.b.c.d/nn`.
pub fn parse_ip4_cidr(text: &[u8]) -> Option<(Ipv4Addr, u32)> {
	let text = core::str::from_utf8(text).ok()?;
	let (addr, prefix) = text.split_once('/')?;
	Some((Ipv4Addr::from_str(addr).ok()?, parse_prefix(prefix, 32)?))
}

/// Parses an IPv6 CIDR `addr/nn`.
pub fn parse_ip6_cidr(text: &[u8]) -> Option<(Ipv6Addr, u32)> {
	let text = core::str::from_utf8(text).ok()?;
	let (addr, prefix) = text.split_once('/')?;
	Some((Ipv6Addr::from_str(addr).ok()?, parse_prefix(prefix, 128)?))
}

/// Whether an IPv4 address is public unicast: outside `0/8`, `10/8`, `100.64/10`, `127/8`,
/// `169.254/16`, `172.16/12`, `192.0.0/24`, `192.0.2/24`, `192.88.99/24`, `192.168/16`,
/// `198.18/15`, `198.51.100/24`, `203.0.113/24`, `224/4` (multicast) and `240/4` (reserved and
/// broadcast).
pub fn is_public_ip4(addr: Ipv4Addr) -> bool {
	let value = u32::from(addr);
	const BLOCKED: [(u32, u32); 15] = [
		(0x0000_0000, 8),
		(0x0A00_0000, 8),
		(0x6440_0000, 10),
		(0x7F00_0000, 8),
		(0xA9FE_0000, 16),
		(0xAC10_0000, 12),
		(0xC000_0000, 24),
		(0xC000_0200, 24),
		(0xC058_6300, 24),
		(0xC0A8_0000, 16),
		(0xC612_0000, 15),
		(0xC633_6400, 24),
		(0xCB00_7100, 24),
		(0xE000_0000, 4),
		(0xF000_0000, 4),
	];
	!BLOCKED.iter().any(|(network, prefix)| value & mask4(*prefix) == *network)
}

/// Whether an IPv6 address is public (global) unicast: inside `2000::/3`, outside the
/// documentation range `2001:db8::/32`.
pub fn is_public_ip6(addr: Ipv6Addr) -> bool {
	let value = u128::from(addr);
	let global = value & mask6(3) == 0x2000u128 << 112;
	let documentation = value & mask6(32) == 0x2001_0db8u128 << 96;
	global && !documentation
}

/// The IPv4 netmask of a prefix length (0..=32).
fn mask4(prefix: u32) -> u32 {
	u32::MAX.checked_shl(32u32.saturating_sub(prefix)).unwrap_or(0)
}

/// The IPv6 netmask of a prefix length (0..=128).
fn mask6(prefix: u32) -> u128 {
	u128::MAX.checked_shl(128u32.saturating_sub(prefix)).unwrap_or(0)
}

fn ip_length(ip: &[u8], gw: &[u8], ip_len: (u32, u32), gw_len: (u32, u32)) -> Result<(), IpError> {
	check_length(ip, ip_len.0, ip_len.1).map_err(|e| match e {
		TextError::TooShort => IpError::IpTooShort,
		_ => IpError::IpTooLong,
	})?;
	check_length(gw, gw_len.0, gw_len.1).map_err(|e| match e {
		TextError::TooShort => IpError::GwTooShort,
		_ => IpError::GwTooLong,
	})
}

/// A public IPv4 address in CIDR notation with its gateway: both parse, both public unicast,
/// the gateway inside the subnet, the address not the gateway, and (for prefixes up to /30)
/// neither is the subnet's network or broadcast address. A /32 cannot hold a distinct gateway.
pub fn ip4_with_gateway(
	ip: &[u8],
	gw: &[u8],
	ip_len: (u32, u32),
	gw_len: (u32, u32),
) -> Result<Ipv4Addr, IpError> {
	ip_length(ip, gw, ip_len, gw_len)?;
	let (addr, prefix) = parse_ip4_cidr(ip).ok_or(IpError::InvalidIp)?;
	let gateway = core::str::from_utf8(gw)
		.ok()
		.and_then(|g| Ipv4Addr::from_str(g).ok())
		.ok_or(IpError::InvalidGw)?;
	let mask = mask4(prefix);
	let (a, g) = (u32::from(addr), u32::from(gateway));
	let usable = is_public_ip4(addr)
		&& is_public_ip4(gateway)
		&& a & mask == g & mask
		&& a != g
		&& (prefix > 30 || {
			let host = !mask;
			a & host != 0 && a & host != host && g & host != 0 && g & host != host
		});
	if usable {
		Ok(addr)
	} else {
		Err(IpError::NotUsable)
	}
}

/// A public IPv6 address in CIDR notation with its gateway: same rules as IPv4 (global unicast,
/// gateway inside the subnet, address not the gateway).
pub fn ip6_with_gateway(
	ip: &[u8],
	gw: &[u8],
	ip_len: (u32, u32),
	gw_len: (u32, u32),
) -> Result<Ipv6Addr, IpError> {
	ip_length(ip, gw, ip_len, gw_len)?;
	let (addr, prefix) = parse_ip6_cidr(ip).ok_or(IpError::InvalidIp)?;
	let gateway = core::str::from_utf8(gw)
		.ok()
		.and_then(|g| Ipv6Addr::from_str(g).ok())
		.ok_or(IpError::InvalidGw)?;
	let mask = mask6(prefix);
	let (a, g) = (u128::from(addr), u128::from(gateway));
	let usable = is_public_ip6(addr) && is_public_ip6(gateway) && a & mask == g & mask && a != g;
	if usable {
		Ok(addr)
	} else {
		Err(IpError::NotUsable)
	}
}

/// A Stellar public key (StrKey account id, see [`tfchain_support::stellar`]) of a length
/// within `min..=max`.
pub fn stellar_address(text: &[u8], min: u32, max: u32) -> Result<(), TextError> {
	check_length(text, min, max)?;
	if tfchain_support::stellar::is_valid_stellar_address(text) {
		Ok(())
	} else {
		Err(TextError::Invalid)
	}
}

/// Why a hex signature was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HexError {
	/// Not 128 hex digits (after an optional `0x`).
	Length,
	/// A character is not a hex digit.
	NotHex,
}

fn hex_value(c: u8) -> Option<u8> {
	match c {
		b'0'..=b'9' => Some(c.saturating_sub(b'0')),
		b'a'..=b'f' => Some(c.saturating_sub(b'a').saturating_add(10)),
		b'A'..=b'F' => Some(c.saturating_sub(b'A').saturating_add(10)),
		_ => None,
	}
}

/// Decodes a 64-byte signature given as 128 hex digits, optionally prefixed with `0x`.
pub fn signature_from_hex(text: &[u8]) -> Result<[u8; 64], HexError> {
	let digits = text.strip_prefix(b"0x").unwrap_or(text);
	if digits.len() != 128 {
		return Err(HexError::Length);
	}
	let mut out = [0u8; 64];
	for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
		let (high, low) = match pair {
			[high, low] => (*high, *low),
			_ => return Err(HexError::Length),
		};
		let high = hex_value(high).ok_or(HexError::NotHex)?;
		let low = hex_value(low).ok_or(HexError::NotHex)?;
		*byte = (high << 4) | low;
	}
	Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;

	const IP4: (u32, u32) = (9, 18);
	const GW4: (u32, u32) = (7, 15);
	const IP6: (u32, u32) = (4, 43);
	const GW6: (u32, u32) = (2, 39);

	pub use tfchain_support::stellar::stellar_address_of;

	#[test]
	fn stellar_address_rejects_bad_input() {
		let good = stellar_address_of([3; 32]);
		// Flipped character: checksum fails.
		let mut flipped = good.clone();
		flipped[20] = if flipped[20] == b'A' { b'B' } else { b'A' };
		assert_eq!(stellar_address(&flipped, 56, 56), Err(TextError::Invalid));
		// Lower case is not in the alphabet.
		let lower: Vec<u8> = good.iter().map(|c| c.to_ascii_lowercase()).collect();
		assert_eq!(stellar_address(&lower, 56, 56), Err(TextError::Invalid));
		// A secret seed starts with S: not an account id.
		let mut seed = good.clone();
		seed[0] = b'S';
		assert_eq!(stellar_address(&seed, 56, 56), Err(TextError::Invalid));
		// Lengths and characters.
		assert_eq!(stellar_address(&good[..55], 56, 56), Err(TextError::TooShort));
		let mut long = good.clone();
		long.push(b'A');
		assert_eq!(stellar_address(&long, 56, 56), Err(TextError::TooLong));
		let mut bad = good.clone();
		bad[10] = b'1';
		assert_eq!(stellar_address(&bad, 56, 56), Err(TextError::Invalid));
		assert_eq!(stellar_address(&[b'G'; 56], 56, 56), Err(TextError::Invalid));
	}

	#[test]
	fn farm_names() {
		assert_eq!(farm_name(b"my_farm-01", 3, 40), Ok(()));
		assert_eq!(farm_name(b"ab", 3, 40), Err(TextError::TooShort));
		assert_eq!(farm_name(&[b'a'; 41], 3, 40), Err(TextError::TooLong));
		assert_eq!(farm_name(b"my farm", 3, 40), Err(TextError::Invalid));
		assert_eq!(farm_name(b"caf\xc3\xa9", 3, 40), Err(TextError::Invalid));
	}

	#[test]
	fn relays() {
		assert_eq!(relay(b"relay.grid.tf", 3, 1024), Ok(()));
		assert_eq!(relay(b"relay.dev.grid.tf_relay.02.dev.grid.tf", 3, 1024), Ok(()));
		assert_eq!(relay(b"localhost", 3, 1024), Ok(()));
		assert_eq!(relay(b"ab", 3, 1024), Err(TextError::TooShort));
		assert_eq!(relay(&[b'a'; 1025], 3, 1024), Err(TextError::TooLong));
		assert_eq!(relay(b"wss://relay.grid.tf", 3, 1024), Err(TextError::Invalid));
		assert_eq!(relay(b"relay..grid.tf", 3, 1024), Err(TextError::Malformed));
		assert_eq!(relay(b".relay.tf", 3, 1024), Err(TextError::Malformed));
		assert_eq!(relay(b"relay.tf.", 3, 1024), Err(TextError::Malformed));
	}

	#[test]
	fn domains() {
		assert_eq!(domain(b"gw.example.com", 1, 128), Ok(()));
		assert_eq!(domain(b"", 1, 128), Err(TextError::TooShort));
		assert_eq!(domain(&[b'a'; 129], 1, 128), Err(TextError::TooLong));
		assert_eq!(domain(b"a_b.com", 1, 128), Err(TextError::Invalid));
		assert_eq!(domain(b"a..com", 1, 128), Err(TextError::Invalid));
		assert_eq!(domain(b"-a.com", 1, 128), Err(TextError::Invalid));
		assert_eq!(domain(b"a.com.", 1, 128), Err(TextError::Invalid));
	}

	#[test]
	fn places_and_printable_text() {
		assert_eq!(place_name(b"Belgium", 2, 64), Ok(()));
		assert_eq!(place_name("São Paulo".as_bytes(), 2, 64), Ok(()));
		assert_eq!(place_name("Zürich".as_bytes(), 2, 64), Ok(()));
		assert_eq!(place_name(b"Unknown", 2, 64), Ok(()));
		assert_eq!(place_name(b"B", 2, 64), Err(TextError::TooShort));
		assert_eq!(place_name(b" Belgium", 2, 64), Err(TextError::Invalid));
		assert_eq!(place_name(b"Bel<gium", 2, 64), Err(TextError::Invalid));
		assert_eq!(place_name(b"\xff\xfe", 2, 64), Err(TextError::Invalid));
		assert_eq!(printable(b"ThreeFold NV", 3, 64), Ok(()));
		assert_eq!(printable(b"tab\there", 3, 64), Err(TextError::Invalid));
		assert_eq!(printable(b"trailing ", 3, 64), Err(TextError::Invalid));
	}

	#[test]
	fn coordinates() {
		for ok in [&b"0"[..], b"50.8503", b"-90", b"90.000", b"+45.5", b"Unknown", b"-89.9999"] {
			assert_eq!(coordinate(ok, 1, 50, 90), Ok(()), "{:?}", core::str::from_utf8(ok));
		}
		for bad in [&b"90.0001"[..], b"-91", b"1e5", b"12.", b".5", b"--1", b"abc", b"1.2.3"] {
			assert_eq!(coordinate(bad, 1, 50, 90), Err(TextError::Invalid));
		}
		assert_eq!(coordinate(b"-180", 1, 50, 180), Ok(()));
		assert_eq!(coordinate(b"180.5", 1, 50, 180), Err(TextError::Invalid));
		assert_eq!(coordinate(b"99999999999999999999", 1, 50, 180), Err(TextError::Invalid));
		assert_eq!(coordinate(b"", 1, 50, 90), Err(TextError::TooShort));
		assert_eq!(coordinate(&[b'1'; 51], 1, 50, 90), Err(TextError::TooLong));
	}

	#[test]
	fn interfaces() {
		assert_eq!(interface_name(b"zos", 3, 20), Ok(()));
		assert_eq!(interface_name(b"Eth0", 3, 20), Err(TextError::Invalid));
		assert_eq!(mac_address(b"00:1a:2B:3c:4d:5e", 17, 17), Ok(()));
		assert_eq!(mac_address(b"00-1a-2b-3c-4d-5e", 17, 17), Err(TextError::Invalid));
		assert_eq!(mac_address(b"00:1a:2b:3c:4d:5g", 17, 17), Err(TextError::Invalid));
		assert_eq!(mac_address(b"00:1a:2b:3c:4d:5", 17, 17), Err(TextError::TooShort));
		assert_eq!(interface_ip(b"10.0.0.1", 7, 42), Ok(()));
		assert_eq!(interface_ip(b"10.0.0.1/24", 7, 42), Ok(()));
		assert_eq!(interface_ip(b"fe80::1/64", 7, 42), Ok(()));
		assert_eq!(interface_ip(b"2a02:1802:5e::1", 7, 42), Ok(()));
		assert_eq!(interface_ip(b"10.0.0.1/33", 7, 42), Err(TextError::Invalid));
		assert_eq!(interface_ip(b"10.0.0.256", 7, 42), Err(TextError::Invalid));
		assert_eq!(interface_ip(b"1.1.1", 7, 42), Err(TextError::TooShort));
	}

	#[test]
	fn public_ip4() {
		assert_eq!(
			ip4_with_gateway(b"185.206.122.33/24", b"185.206.122.1", IP4, GW4),
			Ok(Ipv4Addr::new(185, 206, 122, 33))
		);
		let err = |ip: &[u8], gw: &[u8]| ip4_with_gateway(ip, gw, IP4, GW4).unwrap_err();
		assert_eq!(err(b"185.206.122.33", b"185.206.122.1"), IpError::InvalidIp);
		assert_eq!(err(b"185.206.122.333/24", b"185.206.122.1"), IpError::InvalidIp);
		assert_eq!(err(b"185.206.122.33/33", b"185.206.122.1"), IpError::InvalidIp);
		assert_eq!(err(b"185.206.122.033/24", b"185.206.122.1"), IpError::InvalidIp);
		assert_eq!(err(b"185.206.122.33/024", b"185.206.122.1"), IpError::InvalidIp);
		assert_eq!(err(b"185.206.122.33/24", b"185.206.122.x"), IpError::InvalidGw);
		assert_eq!(err(b"1.1.1/8", b"185.206.122.1"), IpError::IpTooShort);
		assert_eq!(err(b"185.206.122.33/24", b"1.1.1"), IpError::GwTooShort);
		// Private, loopback, multicast, documentation: not public.
		assert_eq!(err(b"10.0.0.2/24", b"10.0.0.1"), IpError::NotUsable);
		assert_eq!(err(b"192.168.1.2/24", b"192.168.1.1"), IpError::NotUsable);
		assert_eq!(err(b"127.0.0.2/8", b"127.0.0.1"), IpError::NotUsable);
		assert_eq!(err(b"224.0.0.2/24", b"224.0.0.1"), IpError::NotUsable);
		assert_eq!(err(b"203.0.113.2/24", b"203.0.113.1"), IpError::NotUsable);
		// Gateway outside the subnet, equal to the address, network or broadcast address.
		assert_eq!(err(b"185.206.122.33/24", b"185.206.123.1"), IpError::NotUsable);
		assert_eq!(err(b"185.206.122.33/24", b"185.206.122.33"), IpError::NotUsable);
		assert_eq!(err(b"185.206.122.0/24", b"185.206.122.1"), IpError::NotUsable);
		assert_eq!(err(b"185.206.122.255/24", b"185.206.122.1"), IpError::NotUsable);
		assert_eq!(err(b"185.206.122.33/32", b"185.206.122.1"), IpError::NotUsable);
		// /31: both addresses usable.
		assert!(ip4_with_gateway(b"185.206.122.32/31", b"185.206.122.33", IP4, GW4).is_ok());
	}

	#[test]
	fn public_ip6() {
		assert!(ip6_with_gateway(b"2a10:b600:1::cc/64", b"2a10:b600:1::1", IP6, GW6).is_ok());
		let err = |ip: &[u8], gw: &[u8]| ip6_with_gateway(ip, gw, IP6, GW6).unwrap_err();
		assert_eq!(err(b"2a10:b600:1::cc", b"2a10:b600:1::1"), IpError::InvalidIp);
		assert_eq!(err(b"2a10:b600:1::cc/129", b"2a10:b600:1::1"), IpError::InvalidIp);
		assert_eq!(err(b"2a10:b600:1::cc/64", b"2a10:b600:1::g"), IpError::InvalidGw);
		assert_eq!(err(b"fe80::2/64", b"fe80::1"), IpError::NotUsable);
		assert_eq!(err(b"2001:db8::2/64", b"2001:db8::1"), IpError::NotUsable);
		assert_eq!(err(b"2a10:b600:1::cc/64", b"2a10:b600:2::1"), IpError::NotUsable);
		assert_eq!(err(b"2a10:b600:1::1/64", b"2a10:b600:1::1"), IpError::NotUsable);
	}

	#[test]
	fn hex_signatures() {
		let hex: Vec<u8> = (0..64u8).flat_map(|b| format!("{b:02x}").into_bytes()).collect();
		let expected: Vec<u8> = (0..64u8).collect();
		assert_eq!(signature_from_hex(&hex).unwrap().to_vec(), expected);
		let mut prefixed = b"0x".to_vec();
		prefixed.extend_from_slice(&hex.to_ascii_uppercase());
		assert_eq!(signature_from_hex(&prefixed).unwrap().to_vec(), expected);
		assert_eq!(signature_from_hex(&hex[..127]), Err(HexError::Length));
		assert_eq!(signature_from_hex(b""), Err(HexError::Length));
		let mut bad = hex.clone();
		bad[5] = b'z';
		assert_eq!(signature_from_hex(&bad), Err(HexError::NotHex));
		// Multi-byte UTF-8 is rejected, not split.
		let mut utf8 = hex.clone();
		utf8[0] = 0xc3;
		utf8[1] = 0xa9;
		assert_eq!(signature_from_hex(&utf8), Err(HexError::NotHex));
	}

	#[test]
	fn urls_and_hashes() {
		assert_eq!(document_link(b"https://library.threefold.me/info/legal/#/", 1, 2048), Ok(()));
		assert_eq!(document_link(b"https://x.y/a b", 1, 2048), Err(TextError::Invalid));
		assert_eq!(document_link(b"", 1, 2048), Err(TextError::TooShort));
		assert_eq!(document_hash(b"abc-DEF_123", 1, 50), Ok(()));
		assert_eq!(document_hash(b"abc/def", 1, 50), Err(TextError::Invalid));
		assert_eq!(document_hash(&[b'a'; 51], 1, 50), Err(TextError::TooLong));
	}
}
