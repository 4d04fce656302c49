#!/usr/bin/env bash
# Runs every CobBot test on a fresh Debian machine with the .NET SDK: installs what the tests need
# (PostgreSQL for the storage contract suite), starts a throwaway PostgreSQL on loopback, runs
# `dotnet test`, and stops it again. Usage: ./test.sh [extra dotnet test arguments]
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
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA=$(mktemp -d /tmp/cobbot-pg.XXXXXX)
PGPORT=${COBBOT_TEST_PGPORT:-55432}
stop_pg() { as_root su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap stop_pg EXIT
as_root chown postgres:postgres "$PGDATA"
echo postgres > "$PGDATA.pw"; chmod 644 "$PGDATA.pw"
as_root su postgres -c "$PGBIN/initdb -D $PGDATA -U postgres --pwfile=$PGDATA.pw -A scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
rm -f "$PGDATA.pw"
as_root su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -w -o '-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off' start" >/dev/null
PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc 'CREATE DATABASE cobbot_test' >/dev/null
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=cobbot_test"

# --- Tests -----------------------------------------------------------------------------------
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export COBBOT_TEST_ARTIFACTS="$RESULTS"
set +e
dotnet test "$ROOT/CobBot.sln" --logger "trx;LogFileName=cobbot.trx" --results-directory "$RESULTS" "$@" 2>&1 | tee "$RESULTS/console.log"
rc=${PIPESTATUS[0]}
set -e
# One plain summary line ("N passed, N failed, N skipped") from the trx counters.
summary=$(grep -ho '<Counters [^>]*>' "$RESULTS"/*.trx 2>/dev/null | head -1)
count() { echo "$summary" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
if [ -n "$summary" ]; then
    echo "tests: $(count passed) passed, $(count failed) failed, $(( $(count total) - $(count executed) )) skipped"
fi
exit "$rc"
