#!/usr/bin/env node
// Browser benchmark of the presentation mode (release bundle in dist/):
// from a change in a pinned input of the drawer to the updated view laid
// out, as the room sees it.
//
//   node scripts/bench-present.mjs [changes]     (make bench builds first)
//
// It opens the presentation on the key figures, opens the drawer, and
// types scripted case numbers into the pinned "Fallzahl pro Jahr" (default
// 60 changes after 5 warm-up ones). Inside the page it measures with
// performance.now() from just before dispatching `input` to the moment
// the headline Kapitalwert shows the new value, plus a forced style and
// layout (`layout`), and to the next animation frame (`frame`). It prints
// p50 / p95 / max; numbers to watch, not a test.
import { startServer } from '../tests/e2e/static-server.mjs';
import { launchBrowser, waitForApp } from '../tests/e2e/helpers.mjs';

const CHANGES = Number(process.argv[2] ?? 60);
const WARMUP = 5;
const fmt = (x) => x.toFixed(2).padStart(8);
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('#present-open');
  await page.keyboard.press('2');
  await page.click('#present-drawer-toggle');
  await page.locator('#present-pin-f-cases-per-year').waitFor();
  const r = { layout: [], frame: [], changed: 0 };
  for (let i = 0; i < WARMUP + CHANGES; i++) {
    const value = String(500 + (i % 40) * 25);
    const x = await page.evaluate((v) => new Promise((resolve) => {
      const input = document.querySelector('#present-pin-f-cases-per-year');
      const kw = document.querySelector('#present-kw');
      const before = kw.textContent;
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // After Leptos's microtasks: the view is updated.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        void document.body.offsetHeight;
        const layout = performance.now() - t0;
        const changed = kw.textContent !== before;
        requestAnimationFrame(() => resolve({ layout, frame: performance.now() - t0, changed }));
      };
      ch.port2.postMessage(null);
    }), value);
    if (i < WARMUP) continue;
    r.layout.push(x.layout);
    r.frame.push(x.frame);
    r.changed += x.changed ? 1 : 0;
  }
  console.log(`EfA-Check presentation benchmark (${CHANGES} changes of a pinned input after ${WARMUP} warm-up, 1920 x 1080)`);
  console.log(`  headline Kapitalwert changed: ${r.changed} of ${CHANGES} changes`);
  console.log('                              p50       p95       max   (ms)');
  for (const [label, xs] of [['pin -> view laid out  ', r.layout], ['pin -> next frame     ', r.frame]]) {
    const q = stats(xs);
    console.log(`  ${label} ${fmt(q.p50)}  ${fmt(q.p95)}  ${fmt(q.max)}`);
  }
  if (r.changed === 0) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
