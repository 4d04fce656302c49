#!/usr/bin/env node
'use strict';
// Summarises a dotnet-trace speedscope file (cpu-sampling): where the bot's busy thread time went, by area, and the top
// frames by self time. Samples of idle threads (thread-pool waits, timers, the socket event loop) are left out.
//   node summarize-profile.js <file.speedscope.json> [top=25]
const fs = require('fs');
const [file, topArg] = process.argv.slice(2);
const top = Number(topArg || 25);
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const frames = doc.shared.frames.map((f) => f.name);

const IDLE = /LowLevelLifoSemaphore|WaitHandle\.Wait|Monitor\.Wait|Thread\.Sleep|SocketAsyncEngine\.EventLoop|ManualResetEventSlim\.Wait|WaitForSignal|TimerQueue|PortableThreadPool\.GateThread|SemaphoreSlim\.Wait\(|Thread\.Join|WaitSubsystem|Console|EventPipe|DiagnosticServer|FileSystem\.Watcher|GC\.RunFinalizers|Heartbeat\.TimerLoop/;
// Thread-time sampling ends each stack with a pseudo frame saying whether the thread ran managed or native code.
const PSEUDO = /^(CPU_TIME|UNMANAGED_CODE_TIME)$|^Process64 |^Thread \(/;
// A pool thread whose innermost real frame is the dispatcher itself is idle.
const IDLE_LEAF = /WorkerThreadStart\(\)$|ThreadPoolWorkQueue\.Dispatch\(\)$/;
// Areas, first match wins, looked up from the innermost frame outwards.
const AREAS = [
    ['Lock contention (Lock, Monitor)', /Lock\.TryEnterSlow|Monitor\.Enter_Slowpath/],
    ['Embedding model (ONNX)', /OnnxRuntime|SentenceTransformers/],
    ['SQLite (native + ADO.NET)', /Microsoft\.Data\.Sqlite|SQLitePCL|sqlite3/i],
    ['EF Core (queries, SaveChanges, change tracking)', /Microsoft\.EntityFrameworkCore/],
    ['JSON', /System\.Text\.Json/],
    ['Logging', /Microsoft\.Extensions\.Logging/],
    ['Recognition (intent classifier, entities)', /CobBot\.Recognition|Microsoft\.ML/],
    ['Knowledge (app code)', /CobBot\.Knowledge/],
    ['Regex', /System\.Text\.RegularExpressions/],
    ['Dialogs, bot state (framework)', /CobBot\.Framework/],
    ['CobBot app (other)', /CobBot\./],
    ['ASP.NET Core / Kestrel', /Microsoft\.AspNetCore/],
    ['JIT / GC / runtime', /JIT|GC|gc_heap|Tiered|CodeVersion|UNMANAGED_CODE_TIME/],
];

const self = new Map();
const areas = new Map();
let busy = 0;
for (const p of doc.profiles) {
    const add = (stack, dt) => {
        if (dt <= 0 || stack.length === 0) return;
        const names = stack.map((i) => frames[i]).filter((n) => !PSEUDO.test(n));
        if (names.length === 0 || names.some((n) => IDLE.test(n)) || IDLE_LEAF.test(names[names.length - 1])) return;
        busy += dt;
        const leaf = names[names.length - 1];
        self.set(leaf, (self.get(leaf) || 0) + dt);
        let area = 'other';
        for (let i = names.length - 1; i >= 0 && area === 'other'; i--) {
            for (const [name, re] of AREAS) { if (re.test(names[i])) { area = name; break; } }
        }
        areas.set(area, (areas.get(area) || 0) + dt);
    };
    if (p.type === 'evented') {
        const stack = [];
        let last = p.startValue;
        for (const e of p.events) {
            add(stack, e.at - last);
            last = e.at;
            if (e.type === 'O') stack.push(e.frame); else stack.pop();
        }
    } else if (p.type === 'sampled') {
        p.samples.forEach((s, i) => add(s, p.weights[i]));
    }
}
const pct = (v) => `${((100 * v) / busy).toFixed(1).padStart(5)}%`;
console.log(`busy thread time: ${(busy / 1000).toFixed(1)} s (${doc.profiles[0] && doc.profiles[0].unit})`);
console.log('\nby area (innermost matching frame):');
[...areas].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => console.log(`  ${pct(v)}  ${k}`));
console.log(`\ntop ${top} frames by self time:`);
[...self].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v]) => console.log(`  ${pct(v)}  ${k.slice(0, 160)}`));
