#!/usr/bin/env bash
# Starts the bench bot (CobBot.Framework, the JS perf peer's booking dialog) in the foreground:
# builds it in Release when the build is missing or older than its sources, then execs it, so
# this script's PID is the server's (what run.sh's TARGET_PID wants).
#
#   PORT=3979         listen on 127.0.0.1:$PORT (POST /api/messages, GET /healthz)
#   STORAGE=memory    memory | sqlite (a WAL database file in a fresh temp dir, deleted on exit) | postgres (a fresh
#                     database on the server ConnectionStrings__Postgres names, dropped on exit)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PROJECT="$HERE/CobBot.BenchBot"
DLL="$PROJECT/bin/Release/net10.0/CobBot.BenchBot.dll"

export PORT="${PORT:-3979}"
export STORAGE="${STORAGE:-memory}"
case "$STORAGE" in
    memory|sqlite) ;;
    postgres) [ -n "${ConnectionStrings__Postgres:-}" ] || { echo "STORAGE=postgres needs ConnectionStrings__Postgres (compare-with-js-peer.sh starts a throwaway server)" >&2; exit 2; } ;;
    *) echo "STORAGE must be memory, sqlite or postgres, not '$STORAGE'" >&2; exit 2 ;;
esac

stale() {
    [ ! -f "$DLL" ] && return 0
    [ -n "$(find "$PROJECT" "$ROOT/CobBot.Framework" "$ROOT"/Directory.*.props \
        \( -path '*/obj' -o -path '*/bin' \) -prune -o \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) \
        -newer "$DLL" -print -quit)" ]
}
if stale; then
    echo "building the bench bot (Release)..." >&2
    dotnet build "$PROJECT" -c Release -nologo -v quiet >&2
fi

exec dotnet "$DLL"
