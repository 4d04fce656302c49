#!/usr/bin/env node
// Drives npm botframework-directlinejs (the Direct Line client inside Web Chat) from Node against a Direct Line
// 3.0 server: start, post, receive over WebSocket and over polling, reconnect with a watermark (exactly the
// missed activities are replayed), and an upload whose file is served back.
//
//   node directline-check.mjs --clients DIR --domain http://127.0.0.1:PORT/v3/directline --secret S
//
// DIR is an npm-installed copy of shared/peers/clients. The bot must answer "Echo: <text>", send one message
// containing "Welcome" when the conversation starts, and answer an upload with "Received 1 file(s): <name>".
// Exit: 0 all passed, 1 a check failed, 2 setup failure.
import { createRequire } from 'node:module';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const DOMAIN = String(args.domain || '').replace(/\/$/, '');
const TIMEOUT = 15000;
let require, DirectLine, WebSocket, Observable;
try {
  require = createRequire(path.join(path.resolve(args.clients), 'package.json'));
  ({ DirectLine } = require('botframework-directlinejs'));
  WebSocket = require('ws');
  ({ Observable } = require('rxjs/Observable'));
} catch (e) {
  console.error(`SETUP ERROR: cannot load the clients from --clients ${args.clients} (npm ci there?): ${e.message}`);
  process.exit(2);
}

// DirectLineJS's default ajax is rxjs's XMLHttpRequest one (browser only); this one has the same contract on fetch.
function ajax(request) {
  return Observable.create((subscriber) => {
    const controller = new AbortController();
    const headers = { ...(request.headers || {}) };
    let body = request.body;
    if (body && typeof body === 'object' && !(body instanceof FormData)) body = JSON.stringify(body);
    if (body instanceof FormData) delete headers['Content-Type'];
    fetch(request.url, { method: request.method || 'GET', headers, body, signal: controller.signal })
      .then(async (res) => {
        const raw = request.responseType === 'arraybuffer' ? await res.arrayBuffer() : await res.text();
        let response = raw;
        if (request.responseType !== 'arraybuffer') { try { response = raw ? JSON.parse(raw) : null; } catch { /* text */ } }
        const xhr = { getResponseHeader: (h) => res.headers.get(h) };
        if (res.status >= 400) subscriber.error({ status: res.status, response, xhr });
        else { subscriber.next({ status: res.status, response, xhr }); subscriber.complete(); }
      })
      .catch((e) => subscriber.error({ status: 0, message: e.message }));
    return () => controller.abort();
  });
}

const rest = async (method, url, token, body) => {
  const res = await fetch(DOMAIN + url, {
    method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} -> ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
};

let passed = 0, failed = 0;
const check = (ok, label, detail = '') => { if (ok) { passed++; console.log(`PASS ${label}`); } else { failed++; console.log(`FAIL ${label} ${detail}`); } };

/** Collects a client's activities; waitFor resolves with the first collected activity matching pred. */
function collect(dl) {
  const seen = [];
  const waiters = [];
  const sub = dl.activity$.subscribe((a) => { seen.push(a); for (const w of [...waiters]) if (w.pred(a)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(a); } },
    (e) => console.log('  activity$ error: ' + (e?.message || JSON.stringify(e))));
  const waitFor = (pred, label) => {
    const hit = seen.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      waiters.push(w);
      setTimeout(() => reject(new Error(`timed out waiting for ${label}; saw ${JSON.stringify(seen.map((a) => [a.type, a.text]))}`)), TIMEOUT);
    });
  };
  return { seen, waitFor, stop: () => { sub.unsubscribe(); dl.end(); } };
}
const post = (dl, activity) => new Promise((resolve, reject) => dl.postActivity(activity).subscribe(resolve, reject));
const botSays = (text) => (a) => a.type === 'message' && a.from?.role !== 'user' && (a.text || '').includes(text);

try {
  if (!DOMAIN || !args.secret) throw new Error('--domain and --secret are required');
  const user = { id: 'dl_node-check', name: 'Node check' };
  const generated = await rest('POST', '/tokens/generate', args.secret, { user });
  check(generated.expires_in >= 1800 && generated.conversationId && generated.token, 'tokens/generate returns a conversation-bound token', JSON.stringify(generated));

  // 1. WebSocket: start, welcome, post, echo with id and clientActivityID, answer.
  const ws = new DirectLine({ domain: DOMAIN, token: generated.token, webSocket: true, WebSocket, ajax, timeout: TIMEOUT });
  const a = collect(ws);
  await a.waitFor(botSays('Welcome'), 'the welcome');
  check(true, 'websocket: welcome received on start');
  const id1 = await post(ws, { type: 'message', from: user, text: 'hello socket', channelData: { clientActivityID: 'node-1' } });
  const echo = await a.waitFor((x) => x.channelData?.clientActivityID === 'node-1', 'the echo');
  check(echo.id === id1 && echo.text === 'hello socket' && echo.from.id === user.id, 'websocket: the user activity is echoed with its id and clientActivityID', JSON.stringify(echo));
  await a.waitFor(botSays('Echo: hello socket'), 'the answer');
  check(true, 'websocket: the bot answer arrives over the stream');
  const watermark = ws.watermark;
  const conversationId = ws.conversationId;
  const before = new Set(a.seen.map((x) => x.id));
  a.stop();

  // 2. Missed while disconnected: two messages posted over REST.
  await rest('POST', `/conversations/${conversationId}/activities`, generated.token, { type: 'message', from: user, text: 'missed one' });
  await rest('POST', `/conversations/${conversationId}/activities`, generated.token, { type: 'message', from: user, text: 'missed two' });
  const missed = (await rest('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, generated.token)).activities;

  // 3. Reconnect with the watermark: exactly the missed activities are replayed, in order.
  const refreshed = await rest('POST', '/tokens/refresh', generated.token);
  check(refreshed.conversationId === conversationId && refreshed.token !== generated.token, 'tokens/refresh returns a new token for the same conversation');
  const again = new DirectLine({ domain: DOMAIN, token: refreshed.token, conversationId, watermark, webSocket: true, WebSocket, ajax, timeout: TIMEOUT });
  const b = collect(again);
  await b.waitFor(botSays('Echo: missed two'), 'the replayed answer');
  await new Promise((r) => setTimeout(r, 500)); // nothing else may follow
  const replayed = b.seen.map((x) => x.id);
  check(missed.length === 4 && JSON.stringify(replayed) === JSON.stringify(missed.map((x) => x.id)) && !replayed.some((id) => before.has(id)),
    'reconnect with watermark replays exactly the missed activities', JSON.stringify({ replayed, missed: missed.map((x) => [x.id, x.text]) }));
  const pollingWatermark = again.watermark;
  b.stop();

  // 4. Polling: same conversation, no socket.
  const poll = new DirectLine({ domain: DOMAIN, token: refreshed.token, conversationId, watermark: pollingWatermark, webSocket: false, pollingInterval: 200, WebSocket, ajax, timeout: TIMEOUT });
  const c = collect(poll);
  const id2 = await post(poll, { type: 'message', from: user, text: 'hello polling', channelData: { clientActivityID: 'node-2' } });
  const echo2 = await c.waitFor((x) => x.channelData?.clientActivityID === 'node-2', 'the polled echo');
  check(echo2.id === id2, 'polling: the echo arrives with its id');
  await c.waitFor(botSays('Echo: hello polling'), 'the polled answer');
  check(true, 'polling: the bot answer arrives by GET activities');

  // 5. Upload through DirectLineJS (multipart activity + file), served back at its contentUrl.
  const fileText = 'COB upload check';
  const id3 = await post(poll, {
    type: 'message', from: user, channelData: { clientActivityID: 'node-3' },
    attachments: [{ contentType: 'text/plain', contentUrl: 'data:text/plain;base64,' + Buffer.from(fileText).toString('base64'), name: 'hello.txt' }],
  });
  const echo3 = await c.waitFor((x) => x.channelData?.clientActivityID === 'node-3', 'the upload echo');
  const served = await (await fetch(echo3.attachments?.[0]?.contentUrl)).text();
  check(echo3.id === id3 && served === fileText, 'upload: the file reaches the conversation and is served at its contentUrl', JSON.stringify(echo3.attachments));
  await c.waitFor(botSays('Received 1 file(s): hello.txt'), 'the upload answer');
  check(true, 'upload: the bot receives one message with the attachment');
  c.stop();
} catch (e) {
  failed++;
  console.log('FAIL ' + (e.stack || e.message || JSON.stringify(e)));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
