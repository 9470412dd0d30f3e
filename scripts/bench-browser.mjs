#!/usr/bin/env node
// Browser benchmark of the release bundle in dist/: how long does the app
// take from an input event to showing the recomputed result?
//
//   node scripts/bench-browser.mjs [changes]     (make bench builds first)
//
// First it turns three inputs into ranges, as a person would (tick "Als
// Spanne angeben", type minimum and maximum), so that every change reruns
// the whole analysis: model, Monte Carlo with 10.000 samples, tornado,
// switching values, and redraws the charts. The ranges are those of
// examples/bench_model.rs. Then it makes scripted input changes (default
// 60, after 5 warm-up changes; each keeps the ranges valid) in headless
// Chromium and measures inside the page with performance.now().
//
// The app recomputes in two tasks (ARCHITECTURE.md, src/ui/mod.rs
// `Analyses`): the input's own task evaluates the document
// deterministically, decides and updates everything that depends on it
// (verdict, key figures, recommendation, cash-flow chart, tables); a
// follow-up task right after runs the Monte Carlo, tornado and switching
// values and updates the uncertainty and sensitivity parts (marked
// aria-busy in between). Both are measured:
//   dom      from just before dispatching `input` until the DOM shows the
//            new deterministic result (Leptos applies updates in a
//            microtask right after the event, so this waits for the last
//            DOM mutation before the next task);
//   layout   the same plus a forced style and layout right after, i.e. the
//            input task's main-thread work before the browser can paint
//            (held against the 16 ms target);
//   frame    the same plus waiting for the next requestAnimationFrame,
//            which adds the wait for the next vsync (up to 16,7 ms at
//            60 Hz), and the follow-up task if it ran before that frame;
//   all      from dispatch until the follow-up task has updated the
//            uncertainty and sensitivity parts (aria-busy back to "false"),
//            plus a forced style and layout: everything recomputed and laid
//            out, both tasks and any gap between them (held against the
//            16 ms target too);
//   then     from the end of `layout` until `all`: the follow-up task,
//            plus any idle time or frame the browser put before it (an
//            upper bound of that task's length).
// It runs twice: with the page at the top (the form in view, the charts
// below the fold, so they are not redrawn: charts draw only when on
// screen), and scrolled to the uncertainty results, so that the histogram
// and the tornado chart are redrawn on every change.
// It prints p50 / p95 / max. Finally it times the Monte Carlo alone in
// wasm (`bench_simulate`, the same document and work as the native
// `cargo run --release --example bench_model`) and prints samples per
// second, for the wasm/native ratio. These are numbers to watch, not a
// test: the script fails only if the app cannot be driven at all.
import { startServer } from '../tests/e2e/static-server.mjs';
import { launchBrowser, waitForApp, fixedSel, tick, fill } from '../tests/e2e/helpers.mjs';

const CHANGES = Number(process.argv[2] ?? 60);
const WARMUP = 5;

// Inputs entered as ranges first: [field, minimum, maximum].
const RANGES = [
  ['fachverfahren-interface', '3.000', '9.000'],
  ['minutes-saved', '8', '25'],
  ['cases-per-year', '400', '700'],
];

// Realistic edits across the model: cases, minutes, fees, rates. Values are
// German-formatted, as a person types them; cases and minutes stay inside
// their ranges.
function valueFor(i) {
  switch (i % 5) {
    case 0: return ['cases-per-year', `${420 + ((37 * i) % 260)}`];
    case 1: return ['minutes-saved', `${9 + (i % 15)},5`];
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

  // Ranges, through the page like a person: tick, then type both ends.
  for (const [field, min, max] of RANGES) {
    // Opens the field's section and row first, as a person would.
    await tick(page, `#f-${field}-range`);
    for (const [end, value] of [['min', min], ['max', max]]) {
      await fill(page, `#f-${field}-${end}`, value);
    }
  }
  await page.locator('#mc-probability').waitFor();
  if (await page.locator('#results').getAttribute('data-outdated') !== 'false') {
    throw new Error('the ranges were not accepted');
  }

  // Installs the in-page probe once.
  await page.evaluate((s) => {
    window.__efaBench = (field, value) => {
      const input = document.querySelector(`#f-${field}`);
      const results = document.querySelector(s.results);
      const read = () => [s.kpiKw, s.verdict].map((q) => document.querySelector(q)?.textContent).join('|');
      const readFull = () => ['#mc-p50', '#chart-tornado figcaption', '#tornado-table tbody']
        .map((q) => document.querySelector(q)?.textContent).join('|');
      // With alternatives, the comparison's follow-up task counts too.
      const parts = ['#uncertainty', '#sensitivity', '#compare-table']
        .map((q) => document.querySelector(q)).filter(Boolean);
      const busy = () => parts.some((p) => p.getAttribute('aria-busy') === 'true');
      const before = read();
      const beforeFull = readFull();
      let lastMutation = null;
      let quickDone = false;
      const mo = new MutationObserver(() => {
        if (!quickDone) lastMutation = performance.now();
      });
      mo.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });

      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const syncChanged = read() !== before;
      const tSync = performance.now();

      return new Promise((resolve) => {
        const out = {};
        const done = () => {
          if (out.frame !== undefined && out.all !== undefined) resolve(out);
        };
        // The follow-up task: its first DOM change marks its start (the
        // analysis runs before it in the same task, so take the task's
        // start from the time the previous task ended), its aria-busy flip
        // its end; a message-channel task after it forces the layout.
        let tQuickEnd = null;
        let sawBusy = false;
        const full = new MutationObserver(() => {
          sawBusy = true;
          if (busy()) return;
          full.disconnect();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            void document.body.offsetHeight; // force style + layout
            const tAll = performance.now();
            out.all = tAll - t0;
            out.task2 = tQuickEnd === null ? null : tAll - tQuickEnd;
            out.fullChanged = readFull() !== beforeFull;
            done();
          };
          ch.port2.postMessage(null);
        });
        for (const p of parts) full.observe(p, { attributes: true, attributeFilter: ['aria-busy'] });
        // A message-channel task runs after all microtasks of this task,
        // i.e. after Leptos has applied its updates.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          quickDone = true;
          mo.disconnect();
          const tDom = syncChanged ? tSync : (lastMutation ?? performance.now());
          out.changed = read() !== before;
          out.syncChanged = syncChanged;
          out.fullFirst = !busy();
          void document.body.offsetHeight; // force style + layout
          const tLayout = performance.now();
          tQuickEnd = tLayout;
          out.dom = tDom - t0;
          out.layout = tLayout - t0;
          if (!sawBusy && !busy()) {
            // The document did not change: there is no follow-up task.
            full.disconnect();
            out.all = out.layout;
            out.task2 = 0;
            out.fullChanged = false;
          }
          requestAnimationFrame(() => {
            void document.body.offsetHeight; // force style + layout
            out.frame = performance.now() - t0;
            done();
          });
        };
        ch.port2.postMessage(null);
      });
    };
  }, fixedSel);

  async function measure() {
    const r = { dom: [], layout: [], frame: [], all: [], task2: [], changed: 0, fullChanged: 0, sync: 0, fullFirst: 0 };
    for (let i = 0; i < WARMUP + CHANGES; i++) {
      const [field, value] = valueFor(i);
      const x = await page.evaluate(([f, v]) => window.__efaBench(f, v), [field, value]);
      if (i < WARMUP) continue;
      r.dom.push(x.dom);
      r.layout.push(x.layout);
      r.frame.push(x.frame);
      r.all.push(x.all);
      if (x.task2 !== null) r.task2.push(x.task2);
      r.changed += x.changed ? 1 : 0;
      r.fullChanged += x.fullChanged ? 1 : 0;
      r.sync += x.syncChanged ? 1 : 0;
      r.fullFirst += x.fullFirst ? 1 : 0;
    }
    return r;
  }
  const top = await measure();
  // Bring the charts on screen; they then redraw on every change.
  await page.locator('#chart-histogram').scrollIntoViewIfNeeded();
  await page.locator('#chart-histogram svg').waitFor();
  const charts = await measure();
  // Three alternatives (issue 13): two copies of the first added, the
  // third edited, the comparison with its chart in view; every change
  // reruns the single results and the comparison of all three (three
  // simulations of 10.000 samples and the ranking switches in its
  // follow-up task).
  for (let k = 0; k < 2; k++) {
    await page.click('#alt-add');
    await page.waitForFunction((n) => document.querySelectorAll('input[name="alternative"]').length === n, k + 2);
  }
  await page.locator('#chart-comparison').scrollIntoViewIfNeeded();
  await page.locator('#chart-comparison svg').waitFor();
  const three = await measure();
  const runs = [top, charts, three];
  const changed = runs.reduce((n, r) => n + r.changed, 0);
  const fullChanged = runs.reduce((n, r) => n + r.fullChanged, 0);
  const sync = runs.reduce((n, r) => n + r.sync, 0);
  const fullFirst = runs.reduce((n, r) => n + r.fullFirst, 0);

  // The Monte Carlo alone, in wasm.
  const mc = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      window.wasmBindings.bench_simulate();
      times.push(performance.now() - t0);
    }
    return times.slice(5);
  });
  const m = stats(mc);

  console.log(`EfA-Check browser benchmark (${CHANGES} input changes after ${WARMUP} warm-up, headless Chromium,`);
  console.log(`  ${RANGES.length} inputs as ranges: every change reruns model, 10.000 samples, tornado, switching values, charts)`);
  console.log(`  app ready after load:  ${readyMs} ms`);
  console.log(`  results changed:       ${changed} of ${3 * CHANGES} changes (${sync} already synchronously after dispatch)`);
  console.log(`  Monte Carlo / tornado changed: ${fullChanged} of ${3 * CHANGES} changes`);
  if (fullFirst) console.log(`  (${fullFirst} times the follow-up task ran before the first layout was measured)`);
  console.log('                              p50       p95       max      mean   (ms)');
  for (const [name, r] of [['form in view, charts off screen', top], ['charts in view, redrawn', charts],
    ['three alternatives, comparison in view', three]]) {
    console.log(`  ${name}:`);
    for (const [label, xs] of [
      ['input -> DOM updated ', r.dom], ['input -> laid out    ', r.layout], ['input -> next frame  ', r.frame],
      ['input -> all laid out', r.all], ['then  -> all laid out', r.task2],
    ]) {
      const q = stats(xs);
      console.log(`  ${label} ${fmt(q.p50)}  ${fmt(q.p95)}  ${fmt(q.max)}  ${fmt(q.mean)}`);
    }
  }
  console.log(`  Monte Carlo alone     ${fmt(m.p50)}  ${fmt(m.p95)}  ${fmt(m.max)}  ${fmt(m.mean)}`);
  console.log(`  Monte Carlo in wasm: ${Math.round(10000 / (m.p50 / 1000)).toLocaleString('de-DE')} samples/s (median of ${mc.length} runs;`);
  console.log('    native: cargo run --release --example bench_model)');
  if (changed === 0 || fullChanged === 0) console.log('  WARNING: no change reached the results; the numbers measure nothing.');
  if (errors.length) {
    console.log(`  page errors:\n    ${errors.join('\n    ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
