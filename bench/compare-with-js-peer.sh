#!/usr/bin/env bash
# Side-by-side load test: the JS SDK perf peer (../shared/peers/perf) against the bench bot with
# MemoryStorage, SQLite and PostgreSQL, all driven by the peer's own driver (run.sh) with the same C/N/WARMUP,
# one bot at a time on this machine. Prints a summary table; full outputs go to $RESULTS_DIR.
#
#   C=32 N=6000 WARMUP=2000  load (conversations of 7 turns; see the peer's README). The warm-up is long because
#                            .NET's tiered JIT (tier 0, instrumented, tier 1 with dynamic PGO) needs some 10,000
#                            turns to settle; with WARMUP=200 the measured run still pays for tiering.
#   PIN=0|1                  1: bot on CPU 0 (the bench bot too), driver on CPU 1
#   PORT=3979                port every bot listens on in turn
#   BOTS="peer memory sqlite postgres"   which runs to do, in order; postgres (STORAGE=postgres) uses the server
#                            ConnectionStrings__Postgres names, else a throwaway one started here (Debian's postgresql)
#   PEER_SRC=<dir>           the peer (default: $COBBOT_SHARED/peers/perf, else shared/ beside the repo);
#                            copied to a temp dir, npm ci there
#   RESULTS_DIR=<dir>        default bench/results/<timestamp>
# Everything started here is stopped on exit; the temp copy of the peer is removed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
. "$ROOT/tools/throwaway-postgres.sh"
export C="${C:-32}" N="${N:-6000}" WARMUP="${WARMUP:-2000}" PIN="${PIN:-0}" PORT="${PORT:-3979}"
BOTS="${BOTS:-peer memory sqlite postgres}"
if [ -z "${PEER_SRC:-}" ]; then   # shared/ sits beside the repository (or beside its worktree folder)
    for dir in "${COBBOT_SHARED:-$ROOT/../shared}/peers/perf" "$ROOT/../../shared/peers/perf"; do
        [ -d "$dir" ] && PEER_SRC="$(cd "$dir" && pwd)" && break
    done
fi
[ -d "${PEER_SRC:-}" ] || { echo "the JS peer was not found; set PEER_SRC=<dir of shared/peers/perf>" >&2; exit 1; }
RESULTS_DIR="${RESULTS_DIR:-$HERE/results/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$RESULTS_DIR"

PEER_DIR="$(mktemp -d -t cobbot-perf-peer-XXXXXX)"
BOT_PID=""
cleanup() {
    stop_bot
    stop_throwaway_postgres
    rm -rf "$PEER_DIR"
}
stop_bot() {
    if [ -n "$BOT_PID" ] && kill -0 "$BOT_PID" 2>/dev/null; then
        kill -TERM "$BOT_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$BOT_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$BOT_PID" 2>/dev/null && kill -KILL "$BOT_PID" 2>/dev/null || true
        wait "$BOT_PID" 2>/dev/null || true
    fi
    BOT_PID=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
if port_open; then echo "port $PORT is already in use; set PORT=..." >&2; exit 1; fi

echo "copying the peer to $PEER_DIR"
cp -R "$PEER_SRC/." "$PEER_DIR/"
chmod -R u+w "$PEER_DIR"
rm -rf "$PEER_DIR/node_modules" "$PEER_DIR/results"

case " $BOTS " in *" postgres "*)
    if [ -z "${ConnectionStrings__Postgres:-}" ]; then
        echo "starting a throwaway PostgreSQL"
        start_throwaway_postgres "${BENCH_PGPORT:-55442}" cobbot_bench
    fi ;;
esac

installed=0
case " $BOTS " in *" memory "*|*" sqlite "*|*" postgres "*)
    echo "building the bench bot (Release)"
    dotnet build "$HERE/CobBot.BenchBot" -c Release -nologo -v quiet ;;
esac

status=0
for bot in $BOTS; do
    log="$RESULTS_DIR/$bot.txt"
    echo "=== $bot: C=$C N=$N WARMUP=$WARMUP PIN=$PIN (output: $log)"
    if [ "$bot" = peer ]; then
        skip=1; [ "$installed" = 1 ] || skip=0
        set +e
        (cd "$PEER_DIR" && SKIP_INSTALL=$skip ./run.sh) 2>&1 | tee "$log"
        rc=${PIPESTATUS[0]}
        set -e
        installed=1
    else
        pin=(); [ "$PIN" = 1 ] && pin=(taskset -c 0)
        STORAGE="$bot" "${pin[@]}" "$HERE/run-bench-bot.sh" > "$RESULTS_DIR/$bot-bot.log" 2>&1 &
        BOT_PID=$!
        for _ in $(seq 1 600); do
            port_open && break
            kill -0 "$BOT_PID" 2>/dev/null || break
            sleep 0.1
        done
        if ! port_open; then echo "the $bot bench bot did not come up:" >&2; cat "$RESULTS_DIR/$bot-bot.log" >&2; exit 1; fi
        set +e
        (cd "$PEER_DIR" && SKIP_INSTALL=1 TARGET_URL="http://127.0.0.1:$PORT" TARGET_PID="$BOT_PID" ./run.sh) 2>&1 | tee "$log"
        rc=${PIPESTATUS[0]}
        set -e
        stop_bot
    fi
    [ "$rc" = 0 ] || { echo "$bot: the driver reported failures (exit $rc)" >&2; status=1; }
done

echo
echo "=== summary (C=$C N=$N WARMUP=$WARMUP PIN=$PIN, $(nproc) CPUs; results in $RESULTS_DIR)"
node "$HERE/summarize-runs.js" "$RESULTS_DIR" $BOTS | tee "$RESULTS_DIR/summary.txt"
exit "$status"
