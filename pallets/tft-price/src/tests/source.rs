//! Reading a price source (`crate::source`): Horizon `paths` answers, every malformed case, the
//! exact rounding and the URL's destination amount.

use crate::{
	offchain::DEFAULT_SOURCE,
	source::{
		destination_amount, lowest_source_amount, parse_amount, price_musd, source_price, Amount,
		SourceError, AMOUNT_DECIMALS, DEFAULT_DESTINATION_AMOUNT,
	},
};

/// A real-shaped Horizon answer: three paths, the cheapest (0.9876543 USDC for 100 TFT) second.
pub const HORIZON_PATHS: &str = include_str!("../fixtures/horizon_paths.json");
/// Horizon's answer when no path leads to TFT.
pub const HORIZON_NO_PATHS: &str = include_str!("../fixtures/horizon_no_paths.json");
/// Horizon's problem document for a bad request (HTTP 400).
pub const HORIZON_BAD_REQUEST: &str = include_str!("../fixtures/horizon_bad_request.json");
/// One Horizon path record, its `source_amount` value left as `SOURCE_AMOUNT`.
const RECORD_TEMPLATE: &str = include_str!("../fixtures/horizon_record.template");

/// A Horizon answer with one full record per `source_amount` JSON value (e.g. `"\"1.5\""`, or
/// `"1.5"` for a JSON number).
pub fn horizon_body(source_amounts: &[&str]) -> String {
	let records: Vec<String> = source_amounts
		.iter()
		.map(|amount| RECORD_TEMPLATE.replace("SOURCE_AMOUNT", amount))
		.collect();
	format!("{{\"_embedded\": {{\"records\": [{}]}}}}", records.join(","))
}

/// A Horizon answer whose paths cost the given decimal texts.
pub fn horizon_prices(source_amounts: &[&str]) -> String {
	let quoted: Vec<String> = source_amounts.iter().map(|amount| format!("\"{amount}\"")).collect();
	let refs: Vec<&str> = quoted.iter().map(String::as_str).collect();
	horizon_body(&refs)
}

/// `stroops` × 10^-7 (Stellar's smallest unit) as an [`Amount`].
fn stroops(stroops: u128) -> Amount {
	Amount(stroops * 10u128.pow(AMOUNT_DECIMALS - 7))
}

/// A source URL pricing `amount` TFT.
fn url_for(amount: &str) -> String {
	format!(
		"https://example.org/paths/strict-receive?source_assets=USDC&destination_amount={amount}"
	)
}

/// The price of a one-record answer paying `usdc` for the URL's `destination` TFT.
fn price_of(usdc: &str, destination: &str) -> Result<u32, SourceError> {
	source_price(&url_for(destination), horizon_prices(&[usdc]).as_bytes())
}

#[test]
fn fixtures_are_json() {
	for fixture in [HORIZON_PATHS, HORIZON_NO_PATHS, HORIZON_BAD_REQUEST] {
		assert!(serde_json::from_str::<serde_json::Value>(fixture).is_ok());
	}
	assert!(serde_json::from_str::<serde_json::Value>(&horizon_prices(&["1.5", "2"])).is_ok());
}

#[test]
fn the_lowest_source_amount_of_a_horizon_answer() {
	assert_eq!(lowest_source_amount(HORIZON_PATHS.as_bytes()), Ok(stroops(9_876_543)));
	// 0.9876543 USDC for 100 TFT: 9.876543 mUSD per TFT, rounded to 10.
	assert_eq!(source_price(DEFAULT_SOURCE, HORIZON_PATHS.as_bytes()), Ok(10));
	// The same paths priced for 10 TFT: 98.76543 mUSD, rounded to 99.
	assert_eq!(source_price(&url_for("10"), HORIZON_PATHS.as_bytes()), Ok(99));
	// Whatever the order of the records.
	let body = horizon_prices(&["2.5", "0.75", "1"]);
	assert_eq!(lowest_source_amount(body.as_bytes()), Ok(stroops(7_500_000)));
}

#[test]
fn malformed_answers_are_refused() {
	let lowest = |body: &str| lowest_source_amount(body.as_bytes());
	assert_eq!(lowest("<html>Service Unavailable</html>"), Err(SourceError::NotJson));
	assert_eq!(lowest(""), Err(SourceError::NotJson));
	assert_eq!(lowest("{\"_embedded\": {\"records\": ["), Err(SourceError::NotJson));
	assert_eq!(lowest(HORIZON_BAD_REQUEST), Err(SourceError::NoRecordList));
	assert_eq!(lowest("{\"records\": []}"), Err(SourceError::NoRecordList));
	assert_eq!(lowest("{\"_embedded\": {}}"), Err(SourceError::NoRecordList));
	assert_eq!(lowest("{\"_embedded\": {\"records\": {}}}"), Err(SourceError::NoRecordList));
	assert_eq!(lowest("[]"), Err(SourceError::NoRecordList));
	assert_eq!(lowest(HORIZON_NO_PATHS), Err(SourceError::NoRecords));

	assert_eq!(lowest(&horizon_prices(&["0"])), Err(SourceError::AmountZero));
	assert_eq!(lowest(&horizon_prices(&["0.0000000"])), Err(SourceError::AmountZero));
	assert_eq!(lowest(&horizon_prices(&["abc"])), Err(SourceError::AmountNotDecimal));
	assert_eq!(lowest(&horizon_prices(&[""])), Err(SourceError::AmountNotDecimal));
	assert_eq!(lowest(&horizon_prices(&["1e3"])), Err(SourceError::AmountNotDecimal));
	assert_eq!(lowest(&horizon_prices(&["-1.2345678"])), Err(SourceError::AmountNegative));
	assert_eq!(lowest(&horizon_body(&["1.2345678"])), Err(SourceError::AmountNotText));
	assert_eq!(lowest(&horizon_body(&["-1"])), Err(SourceError::AmountNotText));
	assert_eq!(lowest(&horizon_body(&["null"])), Err(SourceError::AmountMissing));
	assert_eq!(lowest(&horizon_body(&["[\"1\"]"])), Err(SourceError::AmountNotText));
	let huge = "1".repeat(40);
	assert_eq!(lowest(&horizon_prices(&[&huge])), Err(SourceError::AmountTooLarge));
	assert_eq!(
		lowest("{\"_embedded\": {\"records\": [{\"destination_amount\": \"100\"}]}}"),
		Err(SourceError::AmountMissing)
	);
	// One malformed record refuses the whole answer, even with a good cheaper one.
	assert_eq!(lowest(&horizon_prices(&["0.5", "abc"])), Err(SourceError::AmountNotDecimal));
	assert_eq!(lowest(&horizon_prices(&["0.5", "0"])), Err(SourceError::AmountZero));
}

#[test]
fn prices_that_do_not_fit_are_refused() {
	// 0.004 USDC for 100 TFT: 0.04 mUSD per TFT rounds to 0.
	assert_eq!(price_of("0.004", "100"), Err(SourceError::PriceZero));
	// 0.0499999 for 100: 0.499999 mUSD, still 0; 0.05 for 100: 0.5, rounds up to 1.
	assert_eq!(price_of("0.0499999", "100"), Err(SourceError::PriceZero));
	assert_eq!(price_of("0.05", "100"), Ok(1));
	// The largest price: u32::MAX mUSD = 429,496,729.5 USDC for 100 TFT.
	assert_eq!(price_of("429496729.5", "100"), Ok(u32::MAX));
	assert_eq!(price_of("429496729.4999999", "100"), Ok(u32::MAX));
	// Half a mUSD more rounds past it.
	assert_eq!(price_of("429496729.55", "100"), Err(SourceError::PriceTooLarge));
	assert_eq!(price_of("500000000", "100"), Err(SourceError::PriceTooLarge));
	// The largest amount: source × 1000 must not overflow either.
	assert_eq!(price_musd(Amount(u128::MAX), Amount(1)), Err(SourceError::PriceTooLarge));
}

#[test]
fn rounding_is_to_the_nearest_mill_half_up() {
	// 5.0005 USDC for 100 TFT: 50.005 mUSD → 50.
	assert_eq!(price_of("5.0005", "100"), Ok(50));
	// 5.0499999: 50.499999 → 50; 5.05: 50.5 exactly → 51 (half up); 5.0500001 → 51.
	assert_eq!(price_of("5.0499999", "100"), Ok(50));
	assert_eq!(price_of("5.05", "100"), Ok(51));
	assert_eq!(price_of("5.0500001", "100"), Ok(51));
	// 5.0949999: 50.949999 → 51; 5.15: 51.5 → 52.
	assert_eq!(price_of("5.0949999", "100"), Ok(51));
	assert_eq!(price_of("5.15", "100"), Ok(52));
	// For 1 TFT: 1.0005 USDC is 1000.5 mUSD → 1001; 1.0004999 → 1000.
	assert_eq!(price_of("1.0005", "1"), Ok(1001));
	assert_eq!(price_of("1.0004999", "1"), Ok(1000));
	// A fractional destination: 5.07525 USDC for 100.5 TFT is 50.5 mUSD exactly → 51;
	// 5.0752499 is just below → 50.
	assert_eq!(price_of("5.07525", "100.5"), Ok(51));
	assert_eq!(price_of("5.0752499", "100.5"), Ok(50));
	// 50.25 USDC for 100.5 TFT: 500 mUSD exactly.
	assert_eq!(price_of("50.25", "100.5"), Ok(500));
	// A third: 1 USDC for 3 TFT is 333.33… mUSD → 333; 2 USDC for 3 TFT, 666.66… → 667.
	assert_eq!(price_of("1", "3"), Ok(333));
	assert_eq!(price_of("2", "3"), Ok(667));
}

#[test]
fn the_destination_amount_comes_from_the_url() {
	let whole = |tft: u128| Amount(tft * 10u128.pow(AMOUNT_DECIMALS));
	assert_eq!(DEFAULT_DESTINATION_AMOUNT, whole(100));
	assert_eq!(destination_amount(DEFAULT_SOURCE), Ok(whole(100)));
	assert_eq!(destination_amount("https://example.org/paths"), Ok(whole(100)));
	assert_eq!(destination_amount("https://example.org/paths?source_assets=USDC"), Ok(whole(100)));
	assert_eq!(destination_amount(&url_for("10")), Ok(whole(10)));
	assert_eq!(destination_amount(&url_for("100.5")), Ok(stroops(1_005_000_000)));
	assert_eq!(destination_amount("https://example.org/p?destination_amount=7#top"), Ok(whole(7)));
	// A similar name is not the parameter.
	assert_eq!(
		destination_amount("https://example.org/p?max_destination_amount=7"),
		Ok(whole(100))
	);
	for bad in ["abc", "", "0", "-5", "1e2", "10%2E5", "0.0"] {
		assert_eq!(
			destination_amount(&url_for(bad)),
			Err(SourceError::BadDestinationAmount),
			"destination_amount={bad}"
		);
	}
	assert_eq!(
		destination_amount("https://example.org/p?destination_amount"),
		Err(SourceError::BadDestinationAmount)
	);
	assert_eq!(
		destination_amount("https://example.org/p?destination_amount=10&destination_amount=10"),
		Err(SourceError::BadDestinationAmount)
	);
	// A source with an invalid destination amount gives no price, whatever it answers.
	assert_eq!(price_of("1", "abc"), Err(SourceError::BadDestinationAmount));
}

#[test]
fn decimal_amounts_are_exact() {
	assert_eq!(parse_amount("1"), Ok(stroops(10_000_000)));
	assert_eq!(parse_amount("1.2345678"), Ok(stroops(12_345_678)));
	assert_eq!(parse_amount("007.50"), Ok(stroops(75_000_000)));
	assert_eq!(parse_amount("0.000000000001"), Ok(Amount(1)));
	// Zeros past the kept places are fine; other digits are not.
	assert_eq!(parse_amount("1.00000000000000000000"), Ok(stroops(10_000_000)));
	assert_eq!(parse_amount("1.0000000000001"), Err(SourceError::AmountTooPrecise));
	for bad in ["", ".", "1.", ".5", "+1", "1e3", " 1", "1 ", "1,5", "1.2.3", "0x10", "١"] {
		assert_eq!(parse_amount(bad), Err(SourceError::AmountNotDecimal), "{bad:?}");
	}
	assert_eq!(parse_amount("-0.5"), Err(SourceError::AmountNegative));
	assert_eq!(parse_amount("0"), Err(SourceError::AmountZero));
	assert_eq!(parse_amount("000.000"), Err(SourceError::AmountZero));
	// u128 holds 38 digits; with 12 decimal places the whole part has at most 26.
	assert!(parse_amount(&"9".repeat(26)).is_ok());
	assert_eq!(parse_amount(&"9".repeat(27)), Err(SourceError::AmountTooLarge));
	assert_eq!(parse_amount(&"9".repeat(60)), Err(SourceError::AmountTooLarge));
}

#[test]
fn every_error_has_its_own_log_name() {
	let all = [
		SourceError::UrlNotUtf8,
		SourceError::BadDestinationAmount,
		SourceError::RequestFailed,
		SourceError::Timeout,
		SourceError::Io,
		SourceError::HttpStatus(500),
		SourceError::BodyTooLarge,
		SourceError::NotJson,
		SourceError::NoRecordList,
		SourceError::NoRecords,
		SourceError::AmountMissing,
		SourceError::AmountNotText,
		SourceError::AmountNotDecimal,
		SourceError::AmountNegative,
		SourceError::AmountZero,
		SourceError::AmountTooPrecise,
		SourceError::AmountTooLarge,
		SourceError::PriceTooLarge,
		SourceError::PriceZero,
	];
	let names: std::collections::BTreeSet<&str> = all.iter().map(SourceError::as_str).collect();
	assert_eq!(names.len(), all.len());
	assert!(names.iter().all(|name| !name.is_empty()));
}
