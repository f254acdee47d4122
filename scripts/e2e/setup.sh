#!/usr/bin/env bash
# Installs what the real-VS Code tier needs, idempotently, and fast when everything is already there:
#   1. Debian packages: Chromium (driven by playwright-core), fonts, ripgrep, and the headers that
#      code-server's native modules build against (apt runs only when one of them is missing);
#   2. code-server (VS Code's workbench served to a browser, from npm) into a cache folder outside
#      node_modules: SEED_E2E_CACHE, default ~/.cache/seed-annotator-e2e. A marker file names the
#      installed version; a missing or different marker means a fresh install.
# See ../shared/E2E.md for why it is code-server and not a downloaded VS Code.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${SEED_E2E_CACHE:-$HOME/.cache/seed-annotator-e2e}"
MARKER="$CACHE/installed-code-server-$CODE_SERVER_VERSION"
APT_PACKAGES=(chromium fonts-liberation ripgrep build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

say() { echo "[e2e setup] $*"; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f "$MARKER" ] && [ -f "$CACHE/node_modules/code-server/out/node/entry.js" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $CACHE"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which these machines cannot reach. It first
# looks for a cached release tarball in the temp folder: give it one that holds Debian's rg.
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "[e2e setup] unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
rg_tarball="$rg_cache/ripgrep-v13.0.0-10-$rg_target.tar.gz"
if [ ! -s "$rg_tarball" ]; then
  mkdir -p "$rg_cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -C "$staging" -czf "$rg_tarball" rg
  rm -rf "$staging"
fi

say "installing code-server $CODE_SERVER_VERSION into $CACHE (about a minute)"
rm -f "$CACHE"/installed-code-server-*
mkdir -p "$CACHE"
cd "$CACHE"
[ -f package.json ] || echo '{ "name": "seed-annotator-e2e-cache", "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root otherwise; yes: node-pty's postinstall
# runs `npx node-gyp`, which would otherwise wait for a confirmation that never comes.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --save-exact "code-server@$CODE_SERVER_VERSION"
test -f node_modules/code-server/out/node/entry.js || { echo "[e2e setup] code-server did not install (see the npm output above)" >&2; exit 1; }
# The postinstall builds native modules and unpacks rg; the workbench cannot search without rg.
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg || { echo "[e2e setup] code-server installed without ripgrep" >&2; exit 1; }
touch "$MARKER"
say "code-server $CODE_SERVER_VERSION installed"
