//! # TFTBridgeModule: the TFT bridge to Stellar
//!
//! TFT also lives on Stellar. A set of **bridge validators** (daemons watching the bridge's
//! Stellar account, chosen by governance) moves it across:
//!
//! - **Stellar → chain (mint).** A deposit on Stellar is reported with
//!   [`Pallet::propose_or_vote_mint_transaction`]`(transaction, target, amount)`: the first report
//!   proposes a [`MintTransaction`](types::MintTransaction), each further bridge validator votes
//!   for it (once: `TransactionValidatorExists`; with the same target and amount:
//!   `WrongParametersProvided`). The vote that makes the votes of current bridge validators more
//!   than half of them mints `amount − DepositFee` to `target` and the deposit fee to the
//!   [`FeeAccount`], and moves the transaction to [`ExecutedMintTransactions`]: a transaction is
//!   minted **exactly once**, later votes fail with `MintTransactionAlreadyExecuted`. The amount
//!   must exceed the deposit fee (`AmountIsLessThanDepositFee`, checked when proposed and again
//!   when minted, with the fee of that moment).
//! - **Chain → Stellar (burn).** Any account calls [`Pallet::swap_to_stellar`]`(
//!   target_stellar_address, amount)`. The Stellar address is checked first
//!   (`InvalidStellarPublicKey`), then the amount (more than the withdraw fee:
//!   `AmountIsLessThanWithdrawFee`; at most what the caller can spend while keeping its account
//!   alive: `NotEnoughBalanceToSwap`). Then `amount − WithdrawFee` is burned from the caller
//!   (`fungible::Mutate::burn_from` with `Precision::Exact` and `Preservation::Preserve`: a swap
//!   never reaps the caller's account), the withdraw fee is transferred to the fee account, and a
//!   [`BurnTransaction`](types::BurnTransaction) is opened under the next [`BurnTransactionID`]
//!   (`BurnTransactionCreated`). The bridge validators then add their Stellar signatures of the
//!   payout with [`Pallet::propose_burn_transaction_or_add_sig`] (`BurnTransactionReady` once more
//!   than half of them signed) and mark it paid with [`Pallet::set_burn_transaction_executed`].
//! - **Refunds.** A deposit that cannot be minted is paid back on Stellar: validators sign it with
//!   [`Pallet::create_refund_transaction_or_add_sig`] (the first one creates it) and mark it paid
//!   with [`Pallet::set_refund_transaction_executed`]. Nothing moves on this chain.
//! - **Governance** ([`Config::RestrictedOrigin`]: Root or a 3/5 council motion in the runtime)
//!   adds and removes bridge validators and sets the fee account and both fees.
//!
//! Without a fee account (none at genesis and none set), the deposit fee is not minted and the
//! withdraw fee is burned with the rest, as on TFChain.
//!
//! ## Expiry and retries (better than TFChain)
//!
//! Every open transaction sits in an expiry queue, processed in `on_initialize` in due order, at
//! most [`Config::MaxExpiriesPerBlock`] entries per block (the hook's weight is measured for
//! that many):
//!
//! - a mint proposal that has not reached the threshold [`Config::MintExpiry`] blocks after it
//!   was proposed is dropped with `MintTransactionExpired`; its votes are forgotten and the
//!   deposit may be proposed again;
//! - a burn or refund not marked executed [`Config::RetryInterval`] blocks after it was created
//!   (or last reset) has its signatures and sequence number reset and is announced again with
//!   `BurnTransactionExpired` / `RefundTransactionExpired`, as TFChain's retry mechanism does: the
//!   validators sign it again. The transaction stays open: the burned TFT stay burned, and
//!   nothing is minted or destroyed by an expiry.
//!
//! TFChain scans every open burn and refund in every block; here the work per block is bounded.
//!
//! ## Other differences from TFChain
//!
//! - Votes and signatures are tied to the validator that cast them (our storage
//!   [`MintTransactionVotes`], [`BurnTransactionSigners`], [`RefundTransactionSigners`]): one
//!   vote or signature per bridge validator. Only votes of current bridge validators count.
//! - Every list is bounded: [`Validators`] by [`Config::MaxBridgeValidators`], signatures by the
//!   same bound, ids and signatures by the lengths in [`types`].
//! - Stellar addresses (swap targets, refund targets, signers' keys) are checked with
//!   [`tfchain_support::stellar::is_valid_stellar_address`].
//! - Total issuance moves only by completed mints and swaps. [`TotalMinted`] and [`TotalBurned`]
//!   count them; [`IssuanceBase`] is the issuance the pallet found when it started (set in the
//!   first block). `try_state` checks that the issuance is at most `IssuanceBase + TotalMinted −
//!   TotalBurned` (the bridge is the runtime's only source of new TFT; dust removal and dropped
//!   fees can only lower it), and the unit tests, where nothing else touches the issuance, check
//!   the equality.
//!
//! Names, call indices, storage, types, events and errors follow TFChain (see the grid API spec,
//! "TFTBridgeModule (index 27)"); our additions come after TFChain's.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod types;
pub mod weights;
pub use weights::WeightInfo;

mod burn;
mod expiry;
mod invariants;
mod mint;
mod refund;
mod signatures;
mod validators;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use frame_support::{traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use tfchain_support::BoundedList;
use types::*;

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A mint transaction of a runtime.
pub type MintTransactionOf<T> =
	MintTransaction<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A burn transaction of a runtime.
pub type BurnTransactionOf<T> = BurnTransaction<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxBridgeValidators,
>;
/// A refund transaction of a runtime.
pub type RefundTransactionOf<T> =
	RefundTransaction<BlockNumberFor<T>, <T as Config>::MaxBridgeValidators>;
/// The bridge validators of a runtime, sorted (metadata `Vec<AccountId>`, as on TFChain).
pub type ValidatorsOf<T> =
	BoundedList<<T as frame_system::Config>::AccountId, <T as Config>::MaxBridgeValidators>;
/// Bridge validators that voted for or signed a transaction.
pub type AccountsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxBridgeValidators>;
/// An entry of the mint expiry queue.
pub type QueuedMintOf<T> = QueuedTransaction<TransactionId, BlockNumberFor<T>>;
/// An entry of the retry queue (burns and refunds).
pub type QueuedRetryOf<T> = QueuedTransaction<RetryKey, BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible::Mutate};
	use frame_system::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// TFT: minted on deposits, burned on withdrawals, fees transferred.
		type Currency: Mutate<Self::AccountId>;
		/// Origin of the governance calls (Root or a 3/5 council motion in the runtime).
		type RestrictedOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Blocks after which an open burn or refund has its signatures reset and is announced
		/// again (TFChain's retry interval).
		#[pallet::constant]
		type RetryInterval: Get<BlockNumberFor<Self>>;
		/// Blocks after which a mint proposal that did not reach the threshold is dropped.
		#[pallet::constant]
		type MintExpiry: Get<BlockNumberFor<Self>>;
		/// Most bridge validators (also bounds the votes and signatures of a transaction).
		#[pallet::constant]
		type MaxBridgeValidators: Get<u32>;
		/// Most expiry queue entries handled in one block.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;
		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// The bridge validators, sorted.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Receives the deposit and withdraw fees.
	#[pallet::storage]
	pub type FeeAccount<T: Config> = StorageValue<_, T::AccountId, OptionQuery>;

	/// Mint proposals still collecting votes, by Stellar transaction.
	#[pallet::storage]
	pub type MintTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, MintTransactionOf<T>, OptionQuery>;

	/// Minted transactions, by Stellar transaction.
	#[pallet::storage]
	pub type ExecutedMintTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, MintTransactionOf<T>, OptionQuery>;

	/// Open withdrawals, by burn id.
	#[pallet::storage]
	pub type BurnTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, u64, BurnTransactionOf<T>, OptionQuery>;

	/// Withdrawals paid out on Stellar, by burn id.
	#[pallet::storage]
	pub type ExecutedBurnTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, u64, BurnTransactionOf<T>, OptionQuery>;

	/// Open refunds, by refunded Stellar transaction.
	#[pallet::storage]
	pub type RefundTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, RefundTransactionOf<T>, ValueQuery>;

	/// Refunds paid on Stellar, by refunded Stellar transaction.
	#[pallet::storage]
	pub type ExecutedRefundTransactions<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, RefundTransactionOf<T>, ValueQuery>;

	/// The last burn id given out.
	#[pallet::storage]
	pub type BurnTransactionID<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Fee of a swap to Stellar, in TFT units.
	#[pallet::storage]
	pub type WithdrawFee<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Fee of a deposit from Stellar, in TFT units.
	#[pallet::storage]
	pub type DepositFee<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// The bridge validators that voted for an open mint proposal (ours).
	#[pallet::storage]
	pub type MintTransactionVotes<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, AccountsOf<T>, ValueQuery>;

	/// The bridge validator that added each signature of an open burn, in the order of its
	/// `signatures` (ours).
	#[pallet::storage]
	pub type BurnTransactionSigners<T: Config> =
		StorageMap<_, Blake2_128Concat, u64, AccountsOf<T>, ValueQuery>;

	/// The bridge validator that added each signature of an open refund, in the order of its
	/// `signatures` (ours).
	#[pallet::storage]
	pub type RefundTransactionSigners<T: Config> =
		StorageMap<_, Blake2_128Concat, TransactionId, AccountsOf<T>, ValueQuery>;

	/// Mint proposals in the order they expire (ours).
	#[pallet::storage]
	pub type MintExpiryQueue<T: Config> =
		StorageMap<_, Twox64Concat, u64, QueuedMintOf<T>, OptionQuery>;

	/// The slots of [`MintExpiryQueue`] in use (ours).
	#[pallet::storage]
	pub type MintExpiryQueueRange<T: Config> = StorageValue<_, QueueRange, ValueQuery>;

	/// Open burns and refunds in the order their signatures are reset (ours).
	#[pallet::storage]
	pub type RetryQueue<T: Config> =
		StorageMap<_, Twox64Concat, u64, QueuedRetryOf<T>, OptionQuery>;

	/// The slots of [`RetryQueue`] in use (ours).
	#[pallet::storage]
	pub type RetryQueueRange<T: Config> = StorageValue<_, QueueRange, ValueQuery>;

	/// TFT minted by the bridge, fees included (ours).
	#[pallet::storage]
	pub type TotalMinted<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// TFT burned by the bridge (ours).
	#[pallet::storage]
	pub type TotalBurned<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Total issuance when the pallet first ran (set in its first block): the base of the
	/// issuance check (ours).
	#[pallet::storage]
	pub type IssuanceBase<T: Config> = StorageValue<_, BalanceOf<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A deposit was proposed for minting: (transaction, target, amount).
		MintTransactionProposed(Vec<u8>, T::AccountId, u64),
		/// A bridge validator voted for minting a deposit: (transaction).
		MintTransactionVoted(Vec<u8>),
		/// A deposit was minted: (the executed transaction, transaction).
		MintCompleted(MintTransactionOf<T>, Vec<u8>),
		/// A mint proposal expired without enough votes: (transaction, amount, target).
		MintTransactionExpired(Vec<u8>, u64, T::AccountId),
		/// A swap burned TFT and opened a withdrawal: (burn id, source, Stellar target, amount
		/// to pay out).
		BurnTransactionCreated(u64, T::AccountId, Vec<u8>, u64),
		/// A withdrawal was proposed: (burn id, target, amount). TFChain no longer raises it;
		/// neither do we.
		BurnTransactionProposed(u64, Vec<u8>, u64),
		/// A bridge validator signed a withdrawal: (burn id, signature).
		BurnTransactionSignatureAdded(u64, StellarSignature),
		/// A withdrawal has enough signatures to be paid out: (burn id).
		BurnTransactionReady(u64),
		/// A withdrawal was paid out on Stellar: (the executed transaction).
		BurnTransactionProcessed(BurnTransactionOf<T>),
		/// A withdrawal was not paid out in time; its signatures were reset for a retry: (burn
		/// id, source, target, amount).
		BurnTransactionExpired(u64, Option<T::AccountId>, Vec<u8>, u64),
		/// A refund was created: (refunded transaction, Stellar target, amount).
		RefundTransactionCreated(Vec<u8>, Vec<u8>, u64),
		/// A bridge validator signed a refund: (refunded transaction, signature).
		RefundTransactionsignatureAdded(Vec<u8>, StellarSignature),
		/// A refund has enough signatures to be paid: (refunded transaction).
		RefundTransactionReady(Vec<u8>),
		/// A refund was paid on Stellar: (the executed transaction).
		RefundTransactionProcessed(RefundTransactionOf<T>),
		/// A refund was not paid in time; its signatures were reset for a retry: (refunded
		/// transaction, target, amount).
		RefundTransactionExpired(Vec<u8>, Vec<u8>, u64),
		/// Governance added a bridge validator (ours).
		BridgeValidatorAdded(T::AccountId),
		/// Governance removed a bridge validator (ours).
		BridgeValidatorRemoved(T::AccountId),
		/// Governance set the fee account (ours).
		FeeAccountSet(T::AccountId),
		/// Governance set the withdraw fee, in TFT units (ours).
		WithdrawFeeSet(u64),
		/// Governance set the deposit fee, in TFT units (ours).
		DepositFeeSet(u64),
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already is a bridge validator.
		ValidatorExists,
		/// The account is not a bridge validator.
		ValidatorNotExists,
		/// This bridge validator already voted for the mint.
		TransactionValidatorExists,
		/// Not raised (TFChain no longer raises it).
		TransactionValidatorNotExists,
		/// Not raised (TFChain no longer raises it).
		MintTransactionExists,
		/// The deposit was minted already.
		MintTransactionAlreadyExecuted,
		/// Not raised (TFChain no longer raises it).
		MintTransactionNotExists,
		/// Not raised (TFChain no longer raises it).
		BurnTransactionExists,
		/// No open withdrawal has this id.
		BurnTransactionNotExists,
		/// The signature, its key, or a signature of this bridge validator is there already.
		BurnSignatureExists,
		/// The withdrawal has enough signatures already.
		EnoughBurnSignaturesPresent,
		/// The signature, its key, or a signature of this bridge validator is there already.
		RefundSignatureExists,
		/// The withdrawal was paid out already.
		BurnTransactionAlreadyExecuted,
		/// No open refund for this transaction.
		RefundTransactionNotExists,
		/// The refund was paid already.
		RefundTransactionAlreadyExecuted,
		/// The refund has enough signatures already.
		EnoughRefundSignaturesPresent,
		/// The caller cannot spend the amount and keep its account alive.
		NotEnoughBalanceToSwap,
		/// The amount does not exceed the withdraw fee.
		AmountIsLessThanWithdrawFee,
		/// The amount does not exceed the deposit fee.
		AmountIsLessThanDepositFee,
		/// The target or amount differ from the transaction's.
		WrongParametersProvided,
		/// Not a Stellar account id (`G…`, 56 characters, valid checksum).
		InvalidStellarPublicKey,
		/// The bridge validator list is full (ours).
		TooManyBridgeValidators,
		/// The Stellar transaction id is longer than `MAX_TRANSACTION_ID_LENGTH` (ours).
		TransactionIdTooLong,
		/// The signature is longer than `MAX_SIGNATURE_LENGTH` (ours).
		SignatureTooLong,
		/// The amount does not fit the pallet's `u64` amounts or the balance type (ours).
		AmountTooLarge,
		/// The target cannot receive the minted amount (a new account would stay below the
		/// existential deposit) (ours).
		TargetCannotReceiveMint,
		/// The fee account cannot receive the fee (a new account would stay below the existential
		/// deposit) (ours).
		FeeAccountCannotReceiveFee,
		/// No burn id is left (ours).
		BurnTransactionIdOverflow,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first bridge validators (sorted and deduplicated when stored).
		pub validator_accounts: Option<Vec<T::AccountId>>,
		/// Receives the fees; should hold at least the existential deposit.
		pub fee_account: Option<T::AccountId>,
		/// Withdraw fee, in TFT units.
		pub withdraw_fee: u64,
		/// Deposit fee, in TFT units.
		pub deposit_fee: u64,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		/// Stores the validators and fees. Panics when more validators are given than
		/// `MaxBridgeValidators`: a chain-spec error found when the genesis state is built,
		/// never in a block.
		fn build(&self) {
			if let Some(accounts) = &self.validator_accounts {
				let mut accounts = accounts.clone();
				accounts.sort();
				accounts.dedup();
				assert!(
					accounts.len() <= T::MaxBridgeValidators::get() as usize,
					"TFTBridgeModule genesis: more validators than MaxBridgeValidators"
				);
				Validators::<T>::put(ValidatorsOf::<T>::truncate_from(accounts));
			}
			if let Some(account) = &self.fee_account {
				FeeAccount::<T>::put(account);
			}
			WithdrawFee::<T>::put(self.withdraw_fee);
			DepositFee::<T>::put(self.deposit_fee);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_on_initialize(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxBridgeValidators::get() > 0, "MaxBridgeValidators must be at least 1");
			assert!(T::MaxExpiriesPerBlock::get() > 0, "MaxExpiriesPerBlock must be at least 1");
			assert!(!T::RetryInterval::get().is_zero(), "RetryInterval must be at least 1");
			assert!(!T::MintExpiry::get().is_zero(), "MintExpiry must be at least 1");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Make `target` a bridge validator.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_bridge_validator())]
		pub fn add_bridge_validator(origin: OriginFor<T>, target: T::AccountId) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_add_bridge_validator(target)
		}

		/// Remove `target` from the bridge validators.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_bridge_validator())]
		pub fn remove_bridge_validator(
			origin: OriginFor<T>,
			target: T::AccountId,
		) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			Self::do_remove_bridge_validator(target)
		}

		/// Set the account that receives the fees.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_fee_account())]
		pub fn set_fee_account(origin: OriginFor<T>, target: T::AccountId) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			FeeAccount::<T>::put(&target);
			Self::deposit_event(Event::FeeAccountSet(target));
			Ok(())
		}

		/// Set the fee of a swap to Stellar, in TFT units.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_withdraw_fee())]
		pub fn set_withdraw_fee(origin: OriginFor<T>, amount: u64) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			WithdrawFee::<T>::put(amount);
			Self::deposit_event(Event::WithdrawFeeSet(amount));
			Ok(())
		}

		/// Set the fee of a deposit from Stellar, in TFT units.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_deposit_fee())]
		pub fn set_deposit_fee(origin: OriginFor<T>, amount: u64) -> DispatchResult {
			T::RestrictedOrigin::ensure_origin(origin)?;
			DepositFee::<T>::put(amount);
			Self::deposit_event(Event::DepositFeeSet(amount));
			Ok(())
		}

		/// Burn `amount` (less the withdraw fee, paid to the fee account) and open a withdrawal
		/// to `target_stellar_address`. Any signed account.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::swap_to_stellar())]
		pub fn swap_to_stellar(
			origin: OriginFor<T>,
			target_stellar_address: Vec<u8>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let source = ensure_signed(origin)?;
			Self::do_swap_to_stellar(source, target_stellar_address, amount)
		}

		/// Propose minting the Stellar deposit `transaction` of `amount` to `target`, or vote
		/// for it. A bridge validator only.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::propose_or_vote_mint_transaction())]
		pub fn propose_or_vote_mint_transaction(
			origin: OriginFor<T>,
			transaction: Vec<u8>,
			target: T::AccountId,
			amount: u64,
		) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_propose_or_vote_mint_transaction(validator, transaction, target, amount)
		}

		/// Add a signature of the Stellar payout of withdrawal `transaction_id` (whose `target`
		/// and `amount` must match). A bridge validator only.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::propose_burn_transaction_or_add_sig())]
		pub fn propose_burn_transaction_or_add_sig(
			origin: OriginFor<T>,
			transaction_id: u64,
			target: Vec<u8>,
			amount: u64,
			signature: Vec<u8>,
			stellar_pub_key: Vec<u8>,
			sequence_number: u64,
		) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_propose_burn_transaction_or_add_sig(
				validator,
				transaction_id,
				target,
				amount,
				signature,
				stellar_pub_key,
				sequence_number,
			)
		}

		/// Mark withdrawal `transaction_id` as paid out on Stellar. A bridge validator only.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_burn_transaction_executed())]
		pub fn set_burn_transaction_executed(
			origin: OriginFor<T>,
			transaction_id: u64,
		) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_set_burn_transaction_executed(validator, transaction_id)
		}

		/// Create the refund of Stellar transaction `tx_hash` (`amount` to `target`) with a
		/// first signature, or add a signature to it. A bridge validator only.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::create_refund_transaction_or_add_sig())]
		pub fn create_refund_transaction_or_add_sig(
			origin: OriginFor<T>,
			tx_hash: Vec<u8>,
			target: Vec<u8>,
			amount: u64,
			signature: Vec<u8>,
			stellar_pub_key: Vec<u8>,
			sequence_number: u64,
		) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_create_refund_transaction_or_add_sig(
				validator,
				tx_hash,
				target,
				amount,
				signature,
				stellar_pub_key,
				sequence_number,
			)
		}

		/// Mark the refund of `tx_hash` as paid on Stellar. A bridge validator only.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_refund_transaction_executed())]
		pub fn set_refund_transaction_executed(
			origin: OriginFor<T>,
			tx_hash: Vec<u8>,
		) -> DispatchResult {
			let validator = ensure_signed(origin)?;
			Self::do_set_refund_transaction_executed(validator, tx_hash)
		}
	}
}
