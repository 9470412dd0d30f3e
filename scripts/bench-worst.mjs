#!/usr/bin/env node
// Browser benchmark of the worst document the limits allow (docs/format.md,
// "Limits"): every list full and every text at its longest, once as it is
// (about 170 KB of JSON) and once padded with keys of a "newer build" up to
// about 900 KB, just under the 1 MB file limit. For each it measures, in
// headless Chromium on the release bundle in dist/:
//   open      from the file picker's `change` event until the document is
//             shown, analysed (aria-busy back to "false") and laid out;
//   link      the same document opened as a share link (hash change), if it
//             fits into one;
//   reload    a fresh start with it as the open entry: from navigation
//             start until the verdict shows;
//   keystroke from one `input` event in a number field until everything is
//             recomputed, autosaved and laid out (p50 / p95 / max of 20), and
//             the same for typing into a note.
// Targets (issue "Nothing frozen, nothing lost"): open under 1 s, each
// keystroke under 100 ms. Numbers to watch, not a test: it fails only if
// the app cannot be driven.
//
//   node scripts/bench-worst.mjs            (make bench builds first)
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer, REPO_ROOT } from '../tests/e2e/static-server.mjs';
import { launchBrowser, waitForApp } from '../tests/e2e/helpers.mjs';

const KEYSTROKES = 20;

/** The worst document within the limits, from the small example. */
async function worstDocument(padBytes) {
  const doc = JSON.parse(await readFile(join(REPO_ROOT, 'tests/fixtures/gemeinde-klein.json'), 'utf8'));
  const a = doc.assessment;
  const text = (n, s) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  a.master.service = text(200, 'Dienst ');
  a.master.kommune = text(200, 'Kommune ');
  for (const section of ['integration', 'operations', 'funding', 'benefits']) {
    for (const line of Object.values(a[section] ?? {})) {
      if (line && typeof line === 'object' && 'amount' in line) line.note = text(2000, 'Anmerkung ');
    }
  }
  a.technical = {
    prerequisites: Array.from({ length: 50 }, (_, i) => ({
      kind: 'custom', title: text(200, `Punkt ${i} `), status: 'offen',
      note: text(2000, 'Notiz '), responsible: text(200, 'Verantwortlich '), due: text(60, '31.12.2027 '),
      must_have: i % 2 === 0,
    })),
    criteria: Array.from({ length: 30 }, (_, i) => ({
      kind: 'custom', title: text(200, `Kriterium ${i} `), weight: i === 0 ? 100 : 0, score: 5,
    })),
  };
  if (padBytes) a.from_a_newer_build = [text(padBytes, 'x')];
  return doc;
}

const stats = (xs) => {
  const s = [...xs].sort((p, q) => p - q);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `p50 ${at(0.5).toFixed(1)}  p95 ${at(0.95).toFixed(1)}  max ${s[s.length - 1].toFixed(1)} ms`;
};

/** Installs `window.__settled()` in the page: resolves, with the time,
 * once the results are analysed (aria-busy "false") and laid out. Defined
 * through DevTools, since the app's CSP forbids eval. */
async function installProbe(page) {
  await page.evaluate(() => {
    window.__settled = () => new Promise((resolve) => {
      const busy = () => ['#uncertainty', '#sensitivity']
        .some((q) => document.querySelector(q)?.getAttribute('aria-busy') === 'true');
      const check = () => {
        if (busy()) return setTimeout(check, 0);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { void document.body.offsetHeight; resolve(performance.now()); };
        ch.port2.postMessage(null);
        return undefined;
      };
      check();
    });
  });
}

async function keystrokes(page, selector, values) {
  const times = [];
  for (const value of values) {
    times.push(await page.evaluate(async ([sel, v]) => {
      const input = document.querySelector(sel);
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return (await window.__settled()) - t0;
    }, [selector, value]));
  }
  return times;
}

const server = await startServer();
const errors = [];
try {
  for (const [label, pad] of [['worst within the limits', 0], ['padded with unknown keys', 700_000]]) {
    const doc = await worstDocument(pad);
    const json = JSON.stringify(doc);
    const browser = await launchBrowser();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await waitForApp(page);
      await installProbe(page);
      await page.evaluate(() => {
        window.__t0 = null;
        document.querySelector('#json-file').addEventListener('change', () => { window.__t0 = performance.now(); }, true);
      });
      await page.setInputFiles('#json-file', { name: 'worst.json', mimeType: 'application/json', buffer: Buffer.from(json) });
      await page.locator('#file-notice, #file-error').first().waitFor();
      if (await page.locator('#file-error').count()) throw new Error(await page.textContent('#file-error'));
      const open = await page.evaluate(async () => (await window.__settled()) - window.__t0);

      const fragment = `v1.${deflateSync(Buffer.from(JSON.stringify(doc.assessment)), { level: 9 }).toString('base64url')}`;
      const link = await page.evaluate(async (f) => {
        const t0 = performance.now();
        location.hash = f;
        while (!document.querySelector('#link-notice, #link-error')) await new Promise((r) => setTimeout(r, 0));
        return { ms: (await window.__settled()) - t0, ok: !!document.querySelector('#link-notice') };
      }, fragment);

      await page.reload();
      await waitForApp(page);
      await installProbe(page);
      const reload = await page.evaluate(() => window.__settled());

      const numbers = await keystrokes(page, '#f-cases-per-year',
        Array.from({ length: KEYSTROKES }, (_, i) => `${500 + i}`));
      const notes = await keystrokes(page, '#f-usage-fee-note',
        Array.from({ length: KEYSTROKES }, (_, i) => `Angebot vom ${i + 1}.`));
      const stored = await page.evaluate(() => localStorage.getItem('efa-check.library')?.length ?? 0);

      console.log(`EfA-Check, ${label}: ${(json.length / 1000).toFixed(0)} KB of JSON, library ${(stored / 1000).toFixed(0)} KB stored`);
      console.log(`  open from file        ${open.toFixed(0)} ms`);
      console.log(`  open as link          ${link.ok ? `${link.ms.toFixed(0)} ms (${fragment.length} characters)` : `refused (${fragment.length} characters), ${link.ms.toFixed(0)} ms`}`);
      console.log(`  reload, until ready   ${reload.toFixed(0)} ms after navigation start`);
      console.log(`  keystroke, number     ${stats(numbers)}`);
      console.log(`  keystroke, note       ${stats(notes)}`);
    } finally {
      await browser.close();
    }
  }
  if (errors.length) {
    console.log(`  page errors:\n    ${errors.join('\n    ')}`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
