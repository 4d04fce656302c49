#!/usr/bin/env bash
# Load test of the real CobBot app: a Release publish of CobBot, started fresh for each workload (logging at Warning,
# SQLite in a temp folder, mail to a temp pickup folder, a free loopback port), driven by bench/load/driver.js with the
# conversation mix of bench/load/scenario.json (every reply checked), with the JS SDK peer's own run in the same run
# for scale. Prints the table of compare-with-js-peer.sh; full outputs go to $RESULTS_DIR.
#
#   C=16 N=1500 WARMUP=1500      conversations per workload (measured / warm-up), C at a time
#   WORKLOADS="peer mixed knowledge booking"
#                                peer: the JS SDK peer's toy booking bot with its own driver (C, N*2, WARMUP*2; 7 turns);
#                                mixed: the whole scenario mix; knowledge: long knowledge conversations only;
#                                booking: full bookings only
#   STORAGE=sqlite               the app database: sqlite, postgres, or "sqlite postgres" (each workload on both, in
#                                this run); postgres runs on a throwaway PostgreSQL server started here (Debian's
#                                postgresql), one fresh database per workload
#   PIN=0|1                      1: bot on CPU 0, driver on CPU 1
#   PUBLISH_DIR=<dir>            where to publish CobBot (default a temp dir); SKIP_PUBLISH=1 reuses it
#   PEER_SRC=<dir>, RESULTS_DIR=<dir>   as in compare-with-js-peer.sh
#   PROFILE=<workload>           also record a dotnet-trace thread-time sampling profile (speedscope) of that workload's
#                                measured run and summarise it (load/summarize-profile.js)
# Everything started here is stopped on exit; the temp folders are removed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
. "$ROOT/tools/throwaway-postgres.sh"
export C="${C:-16}" N="${N:-1500}" WARMUP="${WARMUP:-1500}" PIN="${PIN:-0}"
WORKLOADS="${WORKLOADS:-peer mixed knowledge booking}"
STORAGE="${STORAGE:-sqlite}"
PROFILE="${PROFILE:-}"
for storage in $STORAGE; do
    case "$storage" in sqlite|postgres) ;; *) echo "STORAGE must name sqlite and/or postgres, not '$storage'" >&2; exit 2 ;; esac
done
RESULTS_DIR="${RESULTS_DIR:-$HERE/results/real-app-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$RESULTS_DIR"
WORK="$(mktemp -d -t cobbot-load-XXXXXX)"
PUBLISH_DIR="${PUBLISH_DIR:-$WORK/publish}"
BOT_PID=""

stop_bot() {
    if [ -n "$BOT_PID" ] && kill -0 "$BOT_PID" 2>/dev/null; then
        kill -TERM "$BOT_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$BOT_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$BOT_PID" 2>/dev/null && kill -KILL "$BOT_PID" 2>/dev/null || true
        wait "$BOT_PID" 2>/dev/null || true
    fi
    BOT_PID=""
}
cleanup() { stop_bot; stop_throwaway_postgres; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status_kb() { awk -v f="$2:" '$1==f { print $2 }' "/proc/$1/status"; }
sys_busy() { awk '$1=="cpu" { print $2+$3+$4+$7+$8+$9 }' /proc/stat; }
HZ="$(getconf CLK_TCK)"
now() { date +%s.%N; }
pin_bot=(); pin_drv=()
[ "$PIN" = 1 ] && pin_bot=(taskset -c 0) && pin_drv=(taskset -c 1)

if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
    echo "publishing CobBot (Release) to $PUBLISH_DIR"
    dotnet publish "$ROOT/CobBot" -c Release -o "$PUBLISH_DIR" -nologo -v quiet
fi

PGPORT_BENCH="${BENCH_PGPORT:-55443}"
case " $STORAGE " in *" postgres "*)
    echo "starting a throwaway PostgreSQL on port $PGPORT_BENCH"
    start_throwaway_postgres "$PGPORT_BENCH" cobbot_bench ;;
esac

# Starts the published app on a fresh database (run names ending in -postgres on PostgreSQL, else SQLite); sets
# BOT_PID, URL and STARTUP_MS (start to the first answered turn).
start_app() {
    local dir="$WORK/$1" port database
    rm -rf "$dir"; mkdir -p "$dir/mail"
    database=(Database__Provider=Sqlite ConnectionStrings__CobBot="Data Source=$dir/cobbot.db")
    if [[ "$1" == *-postgres ]]; then
        PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PGPORT_BENCH" -U postgres -qc "CREATE DATABASE \"$1\"" >/dev/null
        database=(Database__Provider=Postgres ConnectionStrings__CobBot="Host=127.0.0.1;Port=$PGPORT_BENCH;Username=postgres;Password=postgres;Database=$1")
    fi
    port="$(free_port)"; URL="http://127.0.0.1:$port"
    local t0; t0="$(now)"
    (cd "$PUBLISH_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        JWT_SECRET_KEY="$(head -c 48 /dev/urandom | base64)" ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64)" \
        DirectLine__Secret="$(head -c 48 /dev/urandom | base64)" \
        "${database[@]}" Email__PickupDirectory="$dir/mail" Urls="$URL" \
        Chat__PermitsPerMinute=100000000 Scheduling__HorizonDays=365 \
        ${DOTNET_EXTRA_ENV:-} "${pin_bot[@]}" ./CobBot) > "$RESULTS_DIR/$1-bot.log" 2>&1 &
    BOT_PID=$!
    local body='{"message":"what are your support hours"}'
    for _ in $(seq 1 600); do
        kill -0 "$BOT_PID" 2>/dev/null || { echo "the app did not start:" >&2; cat "$RESULTS_DIR/$1-bot.log" >&2; exit 1; }
        if curl -sf -m 5 -H 'Content-Type: application/json' -d "$body" "$URL/api/chat" | grep -q 'Source: \*\*Support Hours'; then
            STARTUP_MS="$(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.0f", 1000*(b-a)}')"
            return
        fi
        sleep 0.05
    done
    echo "the app did not answer within 30 s" >&2; exit 1
}

run_app_workload() {
    local name="$1" only="$2" log="$RESULTS_DIR/$1.txt"
    echo "=== $name: C=$C N=$N WARMUP=$WARMUP PIN=$PIN (output: $log)"
    start_app "$name"
    { echo "app: pid $BOT_PID at $URL; start to first answered turn ${STARTUP_MS} ms"
      "${pin_drv[@]}" node "$HERE/load/driver.js" --url "$URL" -c "$C" -n "$WARMUP" --warmup 0 ${only:+--only "$only"} --day-offset 0 | grep -E '^(turns/sec|failures)' | sed 's/^/warm-up /' || true
    } 2>&1 | tee "$log"
    local trace_pid=""
    if [ "$PROFILE" = "$name" ]; then
        (cd "$ROOT" && dotnet tool restore >/dev/null && exec dotnet tool run dotnet-trace collect -p "$BOT_PID" --profile dotnet-sampled-thread-time,dotnet-common \
            --format speedscope -o "$RESULTS_DIR/$name.nettrace") > "$RESULTS_DIR/$name-trace.log" 2>&1 &
        trace_pid=$!
        sleep 3
    fi
    echo 5 > "/proc/$BOT_PID/clear_refs" 2>/dev/null || true
    local ticks0 busy0 t0 t1 ticks1 busy1 rc
    ticks0="$(cpu_ticks "$BOT_PID")"; busy0="$(sys_busy)"; t0="$(now)"
    set +e
    "${pin_drv[@]}" node "$HERE/load/driver.js" --url "$URL" -c "$C" -n "$N" --warmup 0 ${only:+--only "$only"} --day-offset 90 --json | tee -a "$log"
    rc=${PIPESTATUS[0]}
    set -e
    t1="$(now)"; ticks1="$(cpu_ticks "$BOT_PID")"; busy1="$(sys_busy)"
    local hwm; hwm="$(status_kb "$BOT_PID" VmHWM)"
    if [ -n "$trace_pid" ]; then
        kill -INT "$trace_pid" 2>/dev/null || true; wait "$trace_pid" 2>/dev/null || true
        node "$HERE/load/summarize-profile.js" "$RESULTS_DIR/$name.speedscope.json" > "$RESULTS_DIR/$name-profile.txt" 2>&1 || true
    fi
    local drv; drv="$(sed -n 's/^JSON .*"driverCpuSec":\([0-9.]*\).*/\1/p' "$log")"
    awk -v t0="$ticks0" -v t1="$ticks1" -v hz="$HZ" -v a="$t0" -v b="$t1" -v hw="$hwm" -v b0="$busy0" -v b1="$busy1" -v drv="${drv:-0}" -v n="$(nproc)" 'BEGIN {
        cpu = (t1 - t0) / hz; wall = b - a; all = (b1 - b0) / hz;
        printf "bot process:     CPU %.2f s over %.2f s wall = %.0f%% of one core (avg)\n", cpu, wall, 100 * cpu / wall;
        printf "bot memory:      peak RSS %.1f MiB during measured run\n", hw / 1024;
        printf "machine:         %d CPUs; all processes used %.2f CPUs on average (bot %.2f, driver %.2f, everything else %.2f)\n", n, all / wall, cpu / wall, drv / wall, (all - cpu - drv) / wall;
    }' | tee -a "$log"
    stop_bot
    [ "$rc" = 0 ] || { echo "$name: the driver reported failures (exit $rc)" >&2; status=1; }
}

status=0
runs=()
for workload in $WORKLOADS; do
    case "$workload" in
        peer)
            # The peer's own run (its toy 7-turn booking), same concurrency, about as many turns as a workload here.
            RESULTS_DIR="$RESULTS_DIR" C="$C" N=$((N * 2)) WARMUP=$((WARMUP * 2)) BOTS=peer PORT="$(free_port)" \
                "$HERE/compare-with-js-peer.sh" > "$RESULTS_DIR/peer-compare.log" 2>&1 || status=1
            grep -E '^(turns/sec|failures)' "$RESULTS_DIR/peer.txt" | sed 's/^/peer: /' || true ;;
        mixed|knowledge|booking)
            only=""; [ "$workload" = knowledge ] && only=longKnowledge; [ "$workload" = booking ] && only=booking
            for storage in $STORAGE; do
                name="$workload"; [ "$storage" = postgres ] && name="$workload-postgres"
                run_app_workload "$name" "$only"
                runs+=("$name")
            done
            continue ;;
        *) echo "unknown workload $workload" >&2; exit 2 ;;
    esac
    runs+=("$workload")
done

echo
echo "=== summary (C=$C N=$N WARMUP=$WARMUP PIN=$PIN STORAGE=$STORAGE, $(nproc) CPUs; results in $RESULTS_DIR)"
node "$HERE/summarize-runs.js" "$RESULTS_DIR" "${runs[@]}" | tee "$RESULTS_DIR/summary.txt"
grep -h 'start to first answered turn' "$RESULTS_DIR"/*.txt 2>/dev/null | sed 's/^/  /' || true
exit "$status"
