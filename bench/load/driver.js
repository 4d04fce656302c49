#!/usr/bin/env node
'use strict';
// Load driver for the real CobBot app (no dependencies, like the JS peer's driver): plays the conversation mix of
// scenario.json through POST /api/messages (deliveryMode expectReplies) and POST /api/chat, C conversations at a time,
// and checks the content of every reply. Prints a summary and, with --json, one "JSON {...}" line in the shape of the
// peer driver's summary (turnsPerSec, latencyMs, failures, contentFailures, driverCpuSec) so summarize-runs.js reads it.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const HELP = `usage: node driver.js --url http://127.0.0.1:3978 [options]
  -c N               concurrent conversations (default 16)
  -n N               measured conversations (default 2000)
  --warmup N         warm-up conversations, not measured (default 500)
  --scenario FILE    the mix (default scenario.json beside this file)
  --only KIND        play only this kind of conversation (e.g. booking, longKnowledge)
  --day-offset N     first weekday (counted from 3 weeks ahead) bookings use; give each run against one database its own
  --timeout MS       per request (default 30000)
  --json             print one JSON summary line at the end
  --sample           print the first conversation of each kind`;

function parseArgs(argv) {
    const o = { url: '', c: 16, n: 2000, warmup: 500, scenario: path.join(__dirname, 'scenario.json'), only: '', dayOffset: 0, timeout: 30000, json: false, sample: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const next = () => argv[++i];
        switch (a) {
            case '--url': o.url = next(); break;
            case '-c': o.c = Number(next()); break;
            case '-n': o.n = Number(next()); break;
            case '--warmup': o.warmup = Number(next()); break;
            case '--scenario': o.scenario = next(); break;
            case '--only': o.only = next(); break;
            case '--day-offset': o.dayOffset = Number(next()); break;
            case '--timeout': o.timeout = Number(next()); break;
            case '--json': o.json = true; break;
            case '--sample': o.sample = true; break;
            case '-h': case '--help': console.log(HELP); process.exit(0); break;
            default: console.error(`unknown option ${a}\n${HELP}`); process.exit(2);
        }
    }
    if (!o.url) { console.error(HELP); process.exit(2); }
    return o;
}

const o = parseArgs(process.argv.slice(2));
const scenario = JSON.parse(fs.readFileSync(o.scenario, 'utf8'));
const base = new URL(o.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: o.c });
const runId = Date.now().toString(36);

// A deterministic pseudo-random sequence, so two runs play the same conversations.
let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (list) => list[Math.floor(rnd() * list.length)];
const kinds = Object.entries(scenario.kinds).filter(([k]) => !o.only || k === o.only);
if (kinds.length === 0) { console.error(`no kind ${o.only} in ${o.scenario}`); process.exit(2); }
const totalWeight = kinds.reduce((s, [, k]) => s + k.weight, 0);
function pickKind() {
    let r = rnd() * totalWeight;
    for (const [name, k] of kinds) { if ((r -= k.weight) < 0) return name; }
    return kinds[kinds.length - 1][0];
}

// Weekdays from three weeks ahead (past the 24-hour notice; the bench sets a booking horizon of 365 days; further ahead
// the calendar invite fails, see bench/README.md), a different
// one for each booking in turn and the service cycling, so slot conflicts stay the exception.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = [];
for (let d = new Date(Date.now() + 21 * 86400000); weekdays.length < 180; d = new Date(d.getTime() + 86400000)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) weekdays.push(`${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`);
}
let bookingCounter = 0;
let conflicts = 0;

function post(route, payload) {
    return new Promise((resolve) => {
        const data = Buffer.from(JSON.stringify(payload));
        const t0 = performance.now();
        const req = http.request({
            hostname: base.hostname, port: base.port, path: route, method: 'POST', agent,
            headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': data.length },
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
            res.on('error', (e) => resolve({ error: e.message, ms: performance.now() - t0 }));
        });
        req.setTimeout(o.timeout, () => req.destroy(new Error(`timeout after ${o.timeout} ms`)));
        req.on('error', (e) => resolve({ error: e.message, ms: performance.now() - t0 }));
        req.end(data);
    });
}

/** One conversation on one endpoint: say(text) sends a message and returns {texts, joined, choices} or throws. */
function session(endpoint, i, stats) {
    const convId = `load-${runId}-${i}`;
    let chatSession = null;
    let seq = 0;
    return async function say(text) {
        let r;
        if (endpoint === 'messages') {
            r = await post('/api/messages', {
                type: 'message', id: `${convId}-${seq++}`, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1',
                from: { id: `user-${convId}`, name: 'Customer', role: 'user' }, recipient: { id: 'cobbot', name: 'CobBot', role: 'bot' },
                conversation: { id: convId }, locale: 'en-US', text, deliveryMode: 'expectReplies',
            });
        } else {
            r = await post('/api/chat', chatSession ? { message: text, session_id: chatSession } : { message: text });
        }
        stats.turns++;
        stats.latencies.push(r.ms);
        if (r.error) throw new TurnFailure(`socket: ${r.error}`, false);
        if (r.status < 200 || r.status > 299) throw new TurnFailure(`http ${r.status}`, false);
        let body;
        try { body = JSON.parse(r.text); } catch { throw new TurnFailure(`http ${r.status} non-JSON body`, false); }
        if (endpoint === 'chat') chatSession = body.session_id;
        const activities = body && Array.isArray(body.activities) ? body.activities : null;
        if (!activities || activities.length === 0) throw new TurnFailure('no reply activities', false);
        const messages = activities.filter((a) => a.type === 'message');
        const texts = messages.map((a) => a.text || '');
        const choices = messages.flatMap((a) => (a.suggestedActions && a.suggestedActions.actions) || []).map((a) => String(a.value ?? a.title));
        return { texts, joined: texts.join('\n'), choices };
    };
}

class TurnFailure extends Error {
    constructor(reason, content, got) { super(reason); this.reason = reason; this.content = content; this.got = got; }
}

function expect(reply, regex, what) {
    if (!regex.test(reply.joined)) throw new TurnFailure(`wrong reply: ${what}`, true, reply.joined);
    return reply;
}

const SOURCE = /\n\nSource: ([^\n]+)/;
async function ask(say, item) {
    const reply = await say(item.q);
    const m = SOURCE.exec(reply.joined);
    const named = m ? [...m[1].matchAll(/\*\*([^*]+)\*\*/g)].map((x) => x[1]) : [];
    if (!named.some((t) => item.sources.includes(t)) || !/Was this helpful\?/.test(reply.joined)) {
        throw new TurnFailure(`knowledge answer without an expected source (${item.q})`, true, reply.joined);
    }
    return reply;
}

const WELCOME = /I'm CobBot, COB Company's virtual assistant/;

async function book(say, i) {
    const k = o.dayOffset + bookingCounter++;
    const service = scenario.services[k % scenario.services.length];
    const day = weekdays[k % weekdays.length];
    const email = `customer${i}.${runId}@example.com`;
    expect(await say('I would like to book an appointment'), /Which appointment would you like to book\?/, 'service question');
    expect(await say(service), /What day would you like\?/, 'day question');
    // A holiday (or a fully booked day) is answered with the day question again: the next weekday then.
    let offer = await say(day);
    for (let next = 1; next < 4 && /What day would you like\?/.test(offer.joined); next++) {
        offer = await say(weekdays[(k + next * 97) % weekdays.length]);
    }
    expect(offer, new RegExp(`Here are the free ${service} times on `), 'free times');
    // Channels with suggested actions get the times as buttons; the chat API's channel gets them listed in the text.
    const times = offer.choices.length > 0
        ? offer.choices.filter((c) => /^\d{1,2}:\d{2} [AP]M$/.test(c))
        : [...offer.joined.matchAll(/\b\d{1,2}:\d{2} [AP]M\b/g)].map((m) => m[0]);
    if (times.length === 0) throw new TurnFailure('no free times offered', true, JSON.stringify(offer.choices));
    expect(await say(pick(times)), /What name should I put the booking under\?/, 'name question');
    expect(await say(`Customer ${i}`), /What email address should I send the confirmation to\?/, 'email question');
    expect(await say(email), /phone number/, 'phone question');
    expect(await say(`(212) 555-${String(1000 + (i % 9000)).padStart(4, '0')}`), /anything you'd like us to prepare/, 'notes question');
    expect(await say('no'), /Please confirm your booking/, 'summary');
    let done = await say('yes');
    // Another conversation claimed the slot meanwhile: the bot offers the nearest free times; take one and confirm again.
    for (let retry = 0; retry < 3 && /was booked by someone else/.test(done.joined); retry++) {
        conflicts++;
        const nearest = done.choices.length > 0 ? done.choices.filter((c) => /^\d{1,2}:\d{2} [AP]M$/.test(c)) : [...done.joined.split('nearest free times').slice(1).join('').matchAll(/\b\d{1,2}:\d{2} [AP]M\b/g)].map((m) => m[0]);
        if (nearest.length === 0) break;
        expect(await say(pick(nearest)), /Please confirm your booking/, 'summary after a conflict');
        done = await say('yes');
    }
    expect(done, /You're booked! .* Your confirmation code is (COB-[A-Z0-9]{6})/, 'booked');
    return { code: /confirmation code is (COB-[A-Z0-9]{6})/.exec(done.joined)[1], email };
}

const plays = {
    async firstTurnQuestion(say) {
        const reply = await ask(say, pick(scenario.knowledge));
        if (!WELCOME.test(reply.joined)) throw new TurnFailure('first turn without the welcome', true);
    },
    async longKnowledge(say) {
        expect(await say(pick(['hi', 'hello', 'good morning'])), WELCOME, 'welcome');
        for (let q = 0; q < 8; q++) {
            await ask(say, pick(scenario.knowledge));
            if (q % 3 === 2) expect(await say(pick(['yes', 'no'])), /Thanks for letting me know|Sorry that didn't help/, 'feedback thanks');
        }
        expect(await say('yes'), /Thanks for letting me know/, 'feedback thanks');
        expect(await say('thanks'), /You're welcome!/, 'thanks');
    },
    async booking(say, i) {
        expect(await say('hello'), WELCOME, 'welcome');
        await book(say, i);
    },
    async bookAndCancel(say, i) {
        expect(await say('hi'), WELCOME, 'welcome');
        const { code, email } = await book(say, i);
        expect(await say('cancel my appointment'), /What's your confirmation code\?/, 'code question');
        expect(await say(code), /email address you booked with/, 'email question');
        expect(await say(email), new RegExp(`Cancel your .*\\(${code}\\)\\?`), 'cancel question');
        expect(await say('yes'), /is cancelled\. We've emailed a cancellation/, 'cancelled');
    },
    async smallTalk(say) {
        expect(await say('hello'), WELCOME, 'welcome');
        expect(await say('help'), /At any point you can say \*\*cancel\*\*/, 'help');
        expect(await say('thank you'), /You're welcome!/, 'thanks');
        expect(await say('bye'), /Goodbye!/, 'goodbye');
    },
    async handoff(say) {
        await ask(say, pick(scenario.knowledge));
        const reply = expect(await say('talk to a person'), /connecting you with a live agent|live agents are offline/, 'handoff');
        if (/connecting you/.test(reply.joined)) expect(await say('cancel'), /You've left the agent queue/, 'left the queue');
        else expect(await say('no'), /No problem/, 'declined the callback');
    },
};

function newStats() { return { latencies: [], turns: 0, failures: 0, contentFailures: 0, conversations: 0, failedConversations: 0, reasons: new Map(), kinds: new Map() }; }

async function phase(count, offset, stats) {
    let next = 0;
    const started = performance.now();
    const samples = new Set();
    async function worker() {
        while (next < count) {
            const i = offset + next++;
            const kind = pickKind();
            const endpoint = rnd() < scenario.endpoints.messages ? 'messages' : 'chat';
            let turns = 0;
            const counted = session(endpoint, i, stats);
            let say = (text) => { turns++; return counted(text); };
            if (o.sample && !samples.has(kind)) {
                samples.add(kind);
                const inner = say;
                say = async (text) => { const r = await inner(text); console.log(`  [${kind}/${endpoint}] > ${text}\n    < ${r.joined.replace(/\n/g, ' | ').slice(0, 200)}`); return r; };
            }
            try {
                await plays[kind](say, i);
            } catch (e) {
                if (!(e instanceof TurnFailure)) throw e;
                stats.failedConversations++;
                if (e.content) stats.contentFailures++; else stats.failures++;
                stats.reasons.set(e.reason, (stats.reasons.get(e.reason) || 0) + 1);
                if (process.env.LOAD_DEBUG) console.error(`${kind}/${endpoint}: ${e.reason}: ${String(e.got).slice(0, 300)}`);
            }
            stats.conversations++;
            stats.kinds.set(kind, (stats.kinds.get(kind) || 0) + turns);
        }
    }
    await Promise.all(Array.from({ length: o.c }, worker));
    return (performance.now() - started) / 1000;
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

(async () => {
    if (o.warmup > 0) {
        const ws = newStats();
        const s = await phase(o.warmup, 0, ws);
        console.log(`warm-up: ${ws.conversations} conversations, ${ws.turns} turns in ${s.toFixed(2)} s, failures=${ws.failures + ws.contentFailures}`);
    }
    const stats = newStats();
    const cpu0 = process.cpuUsage();
    const seconds = await phase(o.n, o.warmup, stats);
    const cpu = process.cpuUsage(cpu0);
    agent.destroy();
    const sorted = Float64Array.from(stats.latencies).sort();
    const summary = {
        target: base.href, concurrency: o.c, only: o.only || null,
        conversations: stats.conversations, failedConversations: stats.failedConversations, turns: stats.turns,
        seconds: +seconds.toFixed(3), turnsPerSec: +(stats.turns / seconds).toFixed(1),
        latencyMs: { p50: +pct(sorted, 50).toFixed(2), p95: +pct(sorted, 95).toFixed(2), p99: +pct(sorted, 99).toFixed(2), max: +(sorted[sorted.length - 1] || 0).toFixed(2) },
        turnsByKind: Object.fromEntries(stats.kinds), slotConflicts: conflicts,
        failures: stats.failures, contentFailures: stats.contentFailures, failureReasons: Object.fromEntries(stats.reasons),
        driverCpuSec: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    };
    console.log(`conversations:   ${summary.conversations} (${summary.failedConversations} failed), turns ${summary.turns} in ${summary.seconds} s`);
    console.log(`turns/sec:       ${summary.turnsPerSec}`);
    console.log(`latency ms:      p50 ${summary.latencyMs.p50}  p95 ${summary.latencyMs.p95}  p99 ${summary.latencyMs.p99}  max ${summary.latencyMs.max}`);
    console.log(`turns by kind:   ${JSON.stringify(summary.turnsByKind)}; slot conflicts resolved by picking again: ${conflicts}`);
    console.log(`failures:        ${summary.failures + summary.contentFailures}${summary.failures + summary.contentFailures ? ' ' + JSON.stringify(summary.failureReasons) : ''}`);
    if (o.json) console.log('JSON ' + JSON.stringify(summary));
    process.exit(summary.failures + summary.contentFailures > 0 ? 1 : 0);
})();
