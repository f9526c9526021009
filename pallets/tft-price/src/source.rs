//! Reading one price source: pure functions, no I/O, so tests can call them directly.
//!
//! A source is a URL answering like Stellar Horizon's `GET /paths/strict-receive`: JSON whose
//! `_embedded.records[]` each hold a `source_amount`, the USDC a path pays to receive the URL's
//! `destination_amount` of TFT (both decimal text, e.g. `"1.2345678"`). The source's price is
//! the cheapest path: lowest `source_amount` × 1000 / `destination_amount`, in mUSD per TFT,
//! rounded to the nearest integer (a half rounds up).
//!
//! Amounts are exact integers of [`AMOUNT_DECIMALS`] decimal places (Stellar amounts have 7);
//! no floating point is involved. A source is refused as a whole when any of its records is
//! malformed: an answer not shaped as expected is not trusted for its other records either.

use serde_json::Value;

/// Decimal places an [`Amount`] keeps (Stellar amounts have 7).
pub const AMOUNT_DECIMALS: u32 = 12;

/// `10^AMOUNT_DECIMALS`: the units of one whole token.
const ONE: u128 = 1_000_000_000_000;

/// The TFT a URL without a `destination_amount` parameter asks for (Horizon requires the
/// parameter; 100 is what the default source asks for).
pub const DEFAULT_DESTINATION_AMOUNT: Amount = Amount(100 * ONE);

/// The URL query parameter holding the TFT amount a source prices.
pub const DESTINATION_AMOUNT_PARAM: &str = "destination_amount";

/// A positive token amount in units of `10^-AMOUNT_DECIMALS`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Amount(pub u128);

/// Why a source gave no price (the reason is logged with the source's URL).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceError {
	/// The configured URL is not UTF-8 text.
	UrlNotUtf8,
	/// The URL's `destination_amount` is not a positive decimal (or is given twice).
	BadDestinationAmount,
	/// The request could not be sent (e.g. an invalid URL).
	RequestFailed,
	/// No complete answer before the deadline.
	Timeout,
	/// The connection failed.
	Io,
	/// The source answered with a status other than 200.
	HttpStatus(u16),
	/// The answer is larger than the worker reads.
	BodyTooLarge,
	/// The answer is not JSON.
	NotJson,
	/// The answer has no `_embedded.records` list.
	NoRecordList,
	/// The record list is empty: no path to TFT.
	NoRecords,
	/// A record has no `source_amount`.
	AmountMissing,
	/// A `source_amount` is not text (e.g. a JSON number).
	AmountNotText,
	/// A `source_amount` is not a decimal number.
	AmountNotDecimal,
	/// A `source_amount` is negative.
	AmountNegative,
	/// A `source_amount` is 0.
	AmountZero,
	/// A `source_amount` has more than [`AMOUNT_DECIMALS`] significant decimal places.
	AmountTooPrecise,
	/// A `source_amount` is too large to compute with.
	AmountTooLarge,
	/// The price does not fit a `u32` of mUSD.
	PriceTooLarge,
	/// The price rounds to 0 mUSD.
	PriceZero,
}

impl SourceError {
	/// A short name of the reason, for logs.
	pub fn as_str(&self) -> &'static str {
		match self {
			Self::UrlNotUtf8 => "url-not-utf8",
			Self::BadDestinationAmount => "bad-destination-amount",
			Self::RequestFailed => "request-failed",
			Self::Timeout => "timeout",
			Self::Io => "io-error",
			Self::HttpStatus(_) => "http-status",
			Self::BodyTooLarge => "body-too-large",
			Self::NotJson => "not-json",
			Self::NoRecordList => "no-record-list",
			Self::NoRecords => "no-records",
			Self::AmountMissing => "amount-missing",
			Self::AmountNotText => "amount-not-text",
			Self::AmountNotDecimal => "amount-not-decimal",
			Self::AmountNegative => "amount-negative",
			Self::AmountZero => "amount-zero",
			Self::AmountTooPrecise => "amount-too-precise",
			Self::AmountTooLarge => "amount-too-large",
			Self::PriceTooLarge => "price-too-large",
			Self::PriceZero => "price-zero",
		}
	}
}

/// Parses a positive decimal amount: digits, optionally a `.` and more digits (`"12"`,
/// `"0.5"`, `"1.2345678"`). No sign, exponent, spaces or empty parts. Decimal places beyond
/// [`AMOUNT_DECIMALS`] must be zeros.
pub fn parse_amount(text: &str) -> Result<Amount, SourceError> {
	if text.starts_with('-') {
		return Err(SourceError::AmountNegative);
	}
	let (whole, fraction) = match text.split_once('.') {
		Some((whole, fraction)) => (whole, Some(fraction)),
		None => (text, None),
	};
	let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
	if !all_digits(whole) || !fraction.is_none_or(all_digits) {
		return Err(SourceError::AmountNotDecimal);
	}

	let mut units: u128 = 0;
	for digit in whole.bytes() {
		units = push_digit(units, digit)?;
	}
	let mut places: u32 = 0;
	for digit in fraction.unwrap_or("").bytes() {
		if places < AMOUNT_DECIMALS {
			units = push_digit(units, digit)?;
			places = places.saturating_add(1);
		} else if digit != b'0' {
			return Err(SourceError::AmountTooPrecise);
		}
	}
	// Scale up to `AMOUNT_DECIMALS` places.
	let missing = AMOUNT_DECIMALS.saturating_sub(places);
	let scale = 10u128.checked_pow(missing).ok_or(SourceError::AmountTooLarge)?;
	let units = units.checked_mul(scale).ok_or(SourceError::AmountTooLarge)?;
	if units == 0 {
		return Err(SourceError::AmountZero);
	}
	Ok(Amount(units))
}

/// `units × 10 + digit`, refusing overflow.
fn push_digit(units: u128, digit: u8) -> Result<u128, SourceError> {
	let value = u128::from(digit.saturating_sub(b'0'));
	units
		.checked_mul(10)
		.and_then(|units| units.checked_add(value))
		.ok_or(SourceError::AmountTooLarge)
}

/// The TFT amount a source URL prices: its `destination_amount` query parameter, or
/// [`DEFAULT_DESTINATION_AMOUNT`] without one. The parameter must be a positive decimal, given
/// once.
pub fn destination_amount(url: &str) -> Result<Amount, SourceError> {
	let without_fragment = url.split('#').next().unwrap_or("");
	let query = match without_fragment.split_once('?') {
		Some((_, query)) => query,
		None => return Ok(DEFAULT_DESTINATION_AMOUNT),
	};
	let mut values = query.split('&').filter_map(|pair| {
		let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
		(key == DESTINATION_AMOUNT_PARAM).then_some(value)
	});
	match (values.next(), values.next()) {
		(None, _) => Ok(DEFAULT_DESTINATION_AMOUNT),
		(Some(value), None) => parse_amount(value).map_err(|_| SourceError::BadDestinationAmount),
		(Some(_), Some(_)) => Err(SourceError::BadDestinationAmount),
	}
}

/// The lowest `source_amount` of a Horizon `paths` answer.
pub fn lowest_source_amount(body: &[u8]) -> Result<Amount, SourceError> {
	let json: Value = serde_json::from_slice(body).map_err(|_| SourceError::NotJson)?;
	let records = json
		.get("_embedded")
		.and_then(|embedded| embedded.get("records"))
		.and_then(Value::as_array)
		.ok_or(SourceError::NoRecordList)?;
	let mut lowest: Option<Amount> = None;
	for record in records {
		let amount = match record.get("source_amount") {
			None | Some(Value::Null) => return Err(SourceError::AmountMissing),
			Some(Value::String(text)) => parse_amount(text)?,
			Some(_) => return Err(SourceError::AmountNotText),
		};
		lowest = Some(lowest.map_or(amount, |lowest| lowest.min(amount)));
	}
	lowest.ok_or(SourceError::NoRecords)
}

/// The price in mUSD per TFT of paying `source` USDC for `destination` TFT: `source × 1000 /
/// destination`, rounded to the nearest integer, a half up. Must fit a `u32` and not be 0.
pub fn price_musd(source: Amount, destination: Amount) -> Result<u32, SourceError> {
	let numerator = source.0.checked_mul(1000).ok_or(SourceError::PriceTooLarge)?;
	let quotient = numerator.checked_div(destination.0).ok_or(SourceError::PriceZero)?;
	let remainder = numerator.checked_rem(destination.0).ok_or(SourceError::PriceZero)?;
	// Half or more of the divisor left over rounds up (`remainder < destination`).
	let rounded = if remainder >= destination.0.saturating_sub(remainder) {
		quotient.checked_add(1).ok_or(SourceError::PriceTooLarge)?
	} else {
		quotient
	};
	let price = u32::try_from(rounded).map_err(|_| SourceError::PriceTooLarge)?;
	if price == 0 {
		return Err(SourceError::PriceZero);
	}
	Ok(price)
}

/// The price a source's answer `body` gives for its `url`: [`destination_amount`],
/// [`lowest_source_amount`] and [`price_musd`] together.
pub fn source_price(url: &str, body: &[u8]) -> Result<u32, SourceError> {
	let destination = destination_amount(url)?;
	let source = lowest_source_amount(body)?;
	price_musd(source, destination)
}
