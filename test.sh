#!/usr/bin/env bash
# Runs every CobBot test on a fresh Debian machine with the .NET SDK: installs what the tests need
# (PostgreSQL, Chromium, Node.js and the npm clients), starts a throwaway PostgreSQL on loopback, runs
# `dotnet test`, then the database-backed suites once more on PostgreSQL, and stops it again.
# Usage: ./test.sh [extra dotnet test arguments] (with arguments, the PostgreSQL pass is left out)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT="$PWD"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages: PostgreSQL (storage contract tests), Chromium (browser tests), Node.js ---
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q >/dev/null
    as_root apt-get install -y -q "${need[@]}" >/dev/null
fi

# --- Real third-party clients (Web Chat, directlinejs, Agents Playground, card and manifest
#     validators) from ../shared/peers/clients, installed from npm into a writable copy -------
PEERS_SRC="${COBBOT_SHARED:-$ROOT/../shared}/peers/clients"
export COBBOT_PEER_CLIENTS="$ROOT/artifacts/peer-clients"
if [ ! -d "$COBBOT_PEER_CLIENTS/node_modules" ] || ! cmp -s "$PEERS_SRC/package-lock.json" "$COBBOT_PEER_CLIENTS/package-lock.json"; then
    rm -rf "$COBBOT_PEER_CLIENTS"; mkdir -p "$COBBOT_PEER_CLIENTS"
    cp -r "$PEERS_SRC"/. "$COBBOT_PEER_CLIENTS"/
    chmod -R u+w "$COBBOT_PEER_CLIENTS"
    (cd "$COBBOT_PEER_CLIENTS" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# --- Offline validators of the deployment templates (dockerfilelint, dockerfile-ast, kubernetes-models, yaml),
#     installed in place from deploymentTemplates/tools/package-lock.json; reinstalled only when the lock changes --
DEPLOY_TOOLS="$ROOT/deploymentTemplates/tools"
if ! cmp -s "$DEPLOY_TOOLS/package-lock.json" "$DEPLOY_TOOLS/node_modules/.cobbot-lock.json"; then
    rm -rf "$DEPLOY_TOOLS/node_modules"
    (cd "$DEPLOY_TOOLS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$DEPLOY_TOOLS/package-lock.json" "$DEPLOY_TOOLS/node_modules/.cobbot-lock.json"
fi
. "$ROOT/tools/throwaway-postgres.sh"
trap stop_throwaway_postgres EXIT
start_throwaway_postgres "${COBBOT_TEST_PGPORT:-55432}" cobbot_test

# --- Tests -----------------------------------------------------------------------------------
POSTGRES_SUITES="FullyQualifiedName~CobBot.Tests.Scheduling|FullyQualifiedName~CobBot.Tests.Dialogs.Booking|FullyQualifiedName~CobBot.Tests.Email"
POSTGRES_SUITES+="|FullyQualifiedName~CobBot.Tests.Handoff|FullyQualifiedName~CobBot.Tests.Framework.DirectLine"
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export COBBOT_TEST_ARTIFACTS="$RESULTS"
set +e
dotnet test "$ROOT/CobBot.sln" --logger "trx;LogFileName=cobbot.trx" --results-directory "$RESULTS" "$@" 2>&1 | tee "$RESULTS/console.log"
rc=${PIPESTATUS[0]}
# The suites over the app database, the Direct Line store and the outbox once more on PostgreSQL (TestDatabase reads
# COBBOT_TEST_DATABASE); only in a full run, as extra arguments usually pick tests.
if [ $# -eq 0 ]; then
    COBBOT_TEST_DATABASE=Postgres dotnet test "$ROOT/CobBot.sln" --no-build --logger "trx;LogFileName=cobbot-postgres.trx" --results-directory "$RESULTS" \
        --filter "$POSTGRES_SUITES" 2>&1 | tee "$RESULTS/console-postgres.log"
    [ "${PIPESTATUS[0]}" = 0 ] || rc=1
fi
set -e
# One plain summary line ("N passed, N failed, N skipped") over both runs, from the trx counters.
count() { grep -ho '<Counters [^>]*>' "$RESULTS"/*.trx 2>/dev/null | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" | awk '{ s += $1 } END { print s + 0 }'; }
if ls "$RESULTS"/*.trx >/dev/null 2>&1; then
    echo "tests: $(count passed) passed, $(count failed) failed, $(( $(count total) - $(count executed) )) skipped"
fi
exit "$rc"
