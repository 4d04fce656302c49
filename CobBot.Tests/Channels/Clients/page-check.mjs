#!/usr/bin/env node
// Opens CobBot's own web chat page (/ : index.html + cob-webchat.js + the npm Web Chat bundle) in headless
// Debian Chromium: the welcome shows, a message is answered, and a reload resumes the same conversation with
// its history and without a second welcome.
//
//   node page-check.mjs --clients DIR --url http://127.0.0.1:PORT/ --welcome TEXT --say TEXT --answer TEXT --out DIR
// Exit: 0 all passed, 1 a check failed, 2 setup failure.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
let chromium;
try {
  ({ chromium } = createRequire(path.join(path.resolve(args.clients), 'package.json'))('playwright-core'));
} catch (e) {
  console.error(`SETUP ERROR: playwright-core not found under --clients ${args.clients}: ${e.message}`);
  process.exit(2);
}
const OUT = path.resolve(args.out || 'out/page');
fs.mkdirSync(OUT, { recursive: true });
const BOT = '.webchat__basic-transcript__activity:has(.webchat__bubble:not(.webchat__bubble--from-user))';
let passed = 0, failed = 0;
const check = (ok, label, detail = '') => { if (ok) { passed++; console.log(`PASS ${label}`); } else { failed++; console.log(`FAIL ${label} ${detail}`); } };
const botTexts = (page) => page.locator(BOT).allInnerTexts();
async function waitForText(page, text, timeout = 20000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if ((await botTexts(page)).some((t) => t.includes(text))) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const external = [];
  page.on('request', (r) => { if (/^(https?|wss?):/.test(r.url()) && !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]/.test(r.url())) external.push(r.url()); });
  page.on('pageerror', (e) => console.log('  page error: ' + e.message));
  await page.goto(args.url, { waitUntil: 'load' });
  check(await page.evaluate(() => !!window.WebChat), 'the page loads the Web Chat bundle from lib/webchat.js');
  check(await waitForText(page, args.welcome), 'the welcome shows when the page opens', JSON.stringify(await botTexts(page)));
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(args.say);
  await box.press('Enter');
  check(await waitForText(page, args.answer), `"${args.say}" is answered`, JSON.stringify(await botTexts(page)));
  await page.screenshot({ path: path.join(OUT, 'page.png') });

  await page.reload({ waitUntil: 'load' });
  check(await waitForText(page, args.answer), 'after a reload the conversation resumes with its history');
  await new Promise((r) => setTimeout(r, 1000));
  const welcomes = (await botTexts(page)).filter((t) => t.includes(args.welcome)).length;
  check(welcomes === 1, 'after a reload there is still exactly one welcome', `found ${welcomes}`);
  check(external.length === 0, 'nothing is loaded from outside this server (no CDN)', JSON.stringify(external));
  await page.screenshot({ path: path.join(OUT, 'page-reloaded.png') });
} catch (e) {
  console.error('SETUP ERROR: ' + (e.stack || e));
  await browser?.close().catch(() => {});
  process.exit(2);
}
await browser.close().catch(() => {});
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
