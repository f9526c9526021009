#!/usr/bin/env bash
# Installs what a fresh machine lacks (system packages, Rust targets, the Python test client)
# and builds the node in release mode. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# System packages: protoc and clang for build scripts, mold as the linker, OpenSSL headers,
# iproute2 for the partition test (network namespaces).
packages=(protobuf-compiler clang libclang-dev mold libssl-dev pkg-config iproute2)
missing=()
for p in "${packages[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	log "installing system packages: ${missing[*]}"
	sudo_cmd=""
	[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Rust: the toolchain file names the WASM targets; make sure they are installed.
log "rust toolchain"
rustup target add wasm32v1-none wasm32-unknown-unknown >/dev/null
rustup component add rust-src >/dev/null
rustc --version

# The Python client used by the end-to-end tests (again whenever requirements.txt changes).
if [ ! -x tests/.venv/bin/pytest ] || [ tests/requirements.txt -nt tests/.venv/installed ]; then
	log "python test client (tests/.venv)"
	[ -x tests/.venv/bin/python ] || python3 -m venv tests/.venv
	tests/.venv/bin/pip install -q --disable-pip-version-check -r tests/requirements.txt
	touch tests/.venv/installed
fi

# ThreeFold's TypeScript client for tests/ts (again whenever package-lock.json changes).
if ! command -v node >/dev/null 2>&1; then
	log "installing nodejs and npm"
	sudo_cmd=""
	[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -d tests/ts/node_modules ] || [ tests/ts/package-lock.json -nt tests/ts/node_modules ]; then
	log "typescript test client (tests/ts/node_modules)"
	(cd tests/ts && npm ci --no-audit --no-fund)
	touch tests/ts/node_modules
fi

log "building the node (release)"
start=$(date +%s)
# The whole workspace, so `cargo test --workspace` afterwards resolves the same features and
# reuses these artifacts (a narrower build would change build-dependency features and rebuild
# C++ dependencies such as binaryen).
cargo build --release --locked --workspace
echo "node built in $(( $(date +%s) - start )) s: target/release/tfchain"
