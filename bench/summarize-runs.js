#!/usr/bin/env node
'use strict';
// Prints the side-by-side table of compare-with-js-peer.sh from the saved run.sh outputs:
//   node summarize-runs.js <results-dir> peer memory sqlite
const fs = require('fs');
const path = require('path');

const [dir, ...runs] = process.argv.slice(2);
const labels = {
    peer: 'JS SDK peer (MemoryStorage)', memory: 'CobBot bench bot (memory)', sqlite: 'CobBot bench bot (SQLite)',
    postgres: 'CobBot bench bot (PostgreSQL)',
};
// The real app's workloads (load-real-app.sh): "mixed" on SQLite, "mixed-postgres" on PostgreSQL.
for (const workload of ['mixed', 'knowledge', 'booking']) {
    labels[workload] = `CobBot app, ${workload} (SQLite)`;
    labels[`${workload}-postgres`] = `CobBot app, ${workload} (PostgreSQL)`;
}

function parse(run) {
    const text = fs.readFileSync(path.join(dir, `${run}.txt`), 'utf8');
    const json = text.split('\n').find((l) => l.startsWith('JSON '));
    if (!json) return null;
    const s = JSON.parse(json.slice(5));
    const cpu = /bot process:\s+CPU ([0-9.]+) s/.exec(text);
    const rss = /peak RSS ([0-9.]+) MiB during measured run/.exec(text);
    const other = /everything else ([0-9.]+)\)/.exec(text);
    return {
        run, turnsPerSec: s.turnsPerSec, p50: s.latencyMs.p50, p95: s.latencyMs.p95, p99: s.latencyMs.p99,
        cpuMsPerTurn: cpu ? (1000 * Number(cpu[1])) / s.turns : NaN,
        peakRssMiB: rss ? Number(rss[1]) : NaN,
        failures: s.failures + s.contentFailures,
        otherCpus: other ? Number(other[1]) : NaN,
    };
}

const rows = runs.map(parse);
const head = ['bot', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'bot CPU ms/turn', 'peak RSS MiB', 'failures', 'other load (CPUs)'];
const fmt = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const table = rows.map((r, i) => (r
    ? [labels[r.run] || r.run, fmt(r.turnsPerSec, 0), fmt(r.p50, 2), fmt(r.p95, 2), fmt(r.p99, 2), fmt(r.cpuMsPerTurn, 3), fmt(r.peakRssMiB, 1), String(r.failures), fmt(r.otherCpus, 2)]
    : [labels[runs[i]] || runs[i], 'no result', '', '', '', '', '', '', '']));
const widths = head.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
const line = (cells) => `| ${cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
table.forEach((row) => console.log(line(row)));

const peer = rows.find((r) => r && r.run === 'peer');
for (const r of rows) {
    if (!r || !peer || r === peer) continue;
    console.log(`${labels[r.run] || r.run}: ${(r.turnsPerSec / peer.turnsPerSec).toFixed(1)}x the peer's throughput, `
        + `${(peer.cpuMsPerTurn / r.cpuMsPerTurn).toFixed(1)}x less bot CPU per turn`);
}
console.log('"other load" = CPUs used by everything except the bot and the driver during the measured run; '
    + 'compare bots only on a quiet machine (other load near 0).');
