#!/usr/bin/env node
// Browser benchmark of the release bundle in dist/: how long does the app
// take from an input event to showing the recomputed result?
//
//   node scripts/bench-browser.mjs [changes]     (make bench builds first)
//
// It makes scripted input changes (default 60, after 5 warm-up changes) in
// headless Chromium and measures inside the page with performance.now():
//   dom    from just before dispatching `input` until the DOM shows the new
//          result (Leptos applies updates in a microtask right after the
//          event, so this waits for the last DOM mutation before the next
//          task);
//   frame  the same plus the next requestAnimationFrame and a forced layout,
//          i.e. roughly until the browser can paint it.
// It prints p50 / p95 / max. These are numbers to watch, not a test: the
// script fails only if the app cannot be driven at all.
import { startServer } from '../tests/e2e/static-server.mjs';
import { launchBrowser, waitForApp, fixedSel } from '../tests/e2e/helpers.mjs';

const CHANGES = Number(process.argv[2] ?? 60);
const WARMUP = 5;

// Realistic edits across the model: cases, minutes, fees, rates. Values are
// German-formatted, as a person types them.
function valueFor(i) {
  switch (i % 5) {
    case 0: return ['cases-per-year', `${1000 + 37 * i}`];
    case 1: return ['minutes-saved', `${5 + (i % 23)},5`];
    case 2: return ['usage-fee', `${(800 + 11 * i).toLocaleString('de-DE')}`];
    case 3: return ['staff-rate', `${(40 + (i % 30) / 3).toFixed(2).replace('.', ',')}`];
    default: return ['discount-rate', `${((i % 7) * 0.5).toFixed(1).replace('.', ',')}`];
  }
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const fmt = (x) => x.toFixed(2).padStart(8);

const server = await startServer();
const browser = await launchBrowser();
const errors = [];
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const tLoad = Date.now();
  await page.goto(server.url);
  await waitForApp(page);
  const readyMs = Date.now() - tLoad;

  // Installs the in-page probe once.
  await page.evaluate((s) => {
    window.__efaBench = (field, value) => {
      const input = document.querySelector(`#f-${field}`);
      const results = document.querySelector(s.results);
      const read = () => document.querySelector(s.kpiKw).textContent + '|' + document.querySelector(s.verdict).textContent;
      const before = read();
      let lastMutation = null;
      const mo = new MutationObserver(() => { lastMutation = performance.now(); });
      mo.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });

      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const syncChanged = read() !== before;
      const tSync = performance.now();

      return new Promise((resolve) => {
        // A message-channel task runs after all microtasks of this task,
        // i.e. after Leptos has applied its updates.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          mo.disconnect();
          const tDom = syncChanged ? tSync : (lastMutation ?? performance.now());
          const changed = read() !== before;
          requestAnimationFrame(() => {
            void document.body.offsetHeight; // force style + layout
            const tFrame = performance.now();
            resolve({ dom: tDom - t0, frame: tFrame - t0, changed, syncChanged });
          });
        };
        ch.port2.postMessage(null);
      });
    };
  }, fixedSel);

  const dom = [];
  const frame = [];
  let changed = 0;
  let sync = 0;
  for (let i = 0; i < WARMUP + CHANGES; i++) {
    const [field, value] = valueFor(i);
    const r = await page.evaluate(([f, v]) => window.__efaBench(f, v), [field, value]);
    if (i < WARMUP) continue;
    dom.push(r.dom);
    frame.push(r.frame);
    changed += r.changed ? 1 : 0;
    sync += r.syncChanged ? 1 : 0;
  }

  const d = stats(dom);
  const f = stats(frame);
  console.log(`EfA-Check browser benchmark (${CHANGES} input changes after ${WARMUP} warm-up, headless Chromium)`);
  console.log(`  app ready after load:  ${readyMs} ms`);
  console.log(`  results changed:       ${changed} of ${CHANGES} changes (${sync} already synchronously after dispatch)`);
  console.log('                              p50       p95       max      mean   (ms)');
  console.log(`  input -> DOM updated  ${fmt(d.p50)}  ${fmt(d.p95)}  ${fmt(d.max)}  ${fmt(d.mean)}`);
  console.log(`  input -> next frame   ${fmt(f.p50)}  ${fmt(f.p95)}  ${fmt(f.max)}  ${fmt(f.mean)}`);
  if (changed === 0) console.log('  WARNING: no change reached the results; the numbers measure nothing.');
  if (errors.length) {
    console.log(`  page errors:\n    ${errors.join('\n    ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
