// Shared set-up for the end-to-end tests: serve dist/, start the system
// Chromium with a fresh profile, open the app, and check the invariants that
// hold for every test (no console errors, no page errors, no Content
// Security Policy violation, no request to any other origin).
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer, REPO_ROOT } from './static-server.mjs';

export { REPO_ROOT };

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Headless flags for this machine kind: without the background-networking
// ones Chromium floods the closed network with connection attempts.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The DOM contract with the UI (see README / tracker issue 2). */
export const sel = {
  field: (name) => `#f-${name}`,
  fieldError: (name) => `#f-${name}-error`,
  errorSummary: '#error-summary',
  results: '#results',
  verdict: '#verdict',
  kpiKw: '#kpi-kw',
  kpiPayback: '#kpi-payback',
  chart: '#chart-cashflow svg',
  yearlyTable: '#yearly-table',
};

/** The fixed selectors only, as plain data that page.evaluate can take. */
export const fixedSel = Object.fromEntries(Object.entries(sel).filter(([, v]) => typeof v === 'string'));

/**
 * Launches Chromium with a fresh profile directory and returns the browser
 * plus a cleanup function.
 */
export async function launchBrowser({ serviceWorkers = 'block' } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'efa-e2e-profile-'));
  // launchPersistentContext is the way to give Chromium our own profile
  // directory; it returns a context (one browser, one profile).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    locale: 'de-DE',
    // The service worker (public/sw.js) is tested in offline.test.mjs; the
    // other tests see the page as it is on a first visit, with every
    // request their own routes can hold back or count.
    serviceWorkers,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Reports every Content Security Policy violation of every page of
 * `context` to `sink`. The listener is an init script, which runs before
 * the page's own scripts and is not subject to the page's CSP; it hands
 * each event to Node through a binding (so nothing is lost on reload).
 */
async function recordCspViolations(context, sink) {
  await context.exposeBinding('__efaTestCspViolation', (_source, v) => sink.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__efaTestCspViolation({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        disposition: e.disposition,
      });
    }, true);
  });
}

/** A console message about the Content Security Policy, of any level. */
const CSP_CONSOLE = /Content[ -]Security[ -]Policy|\bCSP\b/i;

/**
 * Serves dist/, opens the app in a fresh browser profile, waits until it is
 * ready and runs `body({ page, origin, server, responses, csp })`.
 * Afterwards, whatever the body did, it asserts:
 *   - no console error and no uncaught page error happened;
 *   - no Content Security Policy violation happened, and the console said
 *     nothing about the CSP (a malformed policy is only a console warning);
 *   - every request went to the server's own origin (no CDN, no analytics).
 * `csp` is the list of violations seen so far; a test that provokes one on
 * purpose passes `{ cspViolationsExpected: true }` and checks it itself.
 * A test that makes a request fail on purpose passes
 * `{ consoleErrorsExpected: /regex/ }` for the console errors that causes.
 * `beforeGoto(page)` runs before the app is opened (e.g. to route requests).
 * `{ serviceWorkers: 'allow' }` lets the page register its service worker
 * (blocked otherwise, see `launchBrowser`).
 */
export async function withApp(options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  const { viewport, prefix = '/', path = '', root, cspViolationsExpected = false, consoleErrorsExpected, beforeGoto, waitForCharts = true, serviceWorkers } = options;
  const server = await startServer({ prefix, ...(root ? { root } : {}) });
  const browser = await launchBrowser({ serviceWorkers });
  const problems = [];
  const requests = [];
  const responses = [];
  const csp = [];
  try {
    await recordCspViolations(browser.context, csp);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    if (viewport) await page.setViewportSize(viewport);
    // For every page of the context (the two-tab test opens a second one).
    browser.context.on('console', (msg) => {
      if (msg.type() === 'error') {
        // A test that makes a request fail on purpose names the message it expects.
        if (!consoleErrorsExpected?.test(`${msg.text()} ${msg.location().url}`)) {
          problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
        }
      }
      else if (CSP_CONSOLE.test(msg.text()) && !cspViolationsExpected) {
        problems.push(`console.${msg.type()} about the CSP: ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err}`));
    // Requests are recorded for the whole context, so service workers or
    // popups would be caught too.
    browser.context.on('request', (req) => requests.push(req.url()));
    browser.context.on('response', (res) =>
      responses.push({ url: res.url(), status: res.status(), type: res.headers()['content-type'] }));

    if (beforeGoto) await beforeGoto(page);
    await page.goto(server.url + path);
    try {
      await waitForApp(page, { charts: waitForCharts });
      await body({ page, origin: server.origin, server, responses, csp });
    } catch (err) {
      // Keep what the page showed and said, to make the failure readable.
      const shot = await failureScreenshot(page);
      const bodyText = (await page.locator('body').innerText().catch(() => '')).slice(0, 500);
      err.message += `\n  screenshot: ${shot}\n  page text: ${JSON.stringify(bodyText)}` +
        (problems.length ? `\n  page/console errors:\n    ${problems.join('\n    ')}` : '') +
        (csp.length ? `\n  CSP violations:\n    ${csp.map((v) => JSON.stringify(v)).join('\n    ')}` : '');
      throw err;
    }

    if (!cspViolationsExpected) {
      assert.deepEqual(csp, [], `Content Security Policy violations:\n${csp.map((v) => JSON.stringify(v)).join('\n')}`);
    }
    const cspProblems = problems.filter((p) => !cspViolationsExpected || !CSP_CONSOLE.test(p));
    assert.deepEqual(cspProblems, [], `console or page errors:\n${cspProblems.join('\n')}`);
    // data: and blob: URLs are not network requests; everything else must be
    // ours.
    const foreign = requests.filter(
      (u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], `requests to other origins:\n${foreign.join('\n')}`);
    assert.ok(requests.length > 0, 'no request was recorded at all');
  } finally {
    await browser.close();
    await server.close();
  }
}

// How long the app may take to start. It is ready in well under a second
// here; this only bounds a hang, it is not a performance assertion.
const READY_TIMEOUT_MS = 20_000;

/** Ticks (or unticks) a checkbox as a person would, opening what it is in first. */
export async function tick(page, target, on = true) {
  const box = typeof target === 'string' ? page.locator(target) : target;
  await openAround(page, box);
  await box.setChecked(on);
}

/** Fills an input (no keystrokes), opening what it is in first. */
export async function fill(page, selector, text) {
  await openAround(page, selector);
  await page.fill(selector, text);
}

/**
 * Waits until the wasm app has started and shows its first result, and
 * (unless `charts: false`) its cash-flow chart, which the on-demand module
 * draws a moment later (src/extras.rs): tests that compare what the page
 * shows then see it complete.
 */
export async function waitForApp(page, { charts = true } = {}) {
  await page.waitForSelector(sel.field('cases-per-year'), { state: 'visible', timeout: READY_TIMEOUT_MS });
  await page.waitForFunction(
    ([v, k]) => document.querySelector(v)?.textContent.trim() && document.querySelector(k)?.textContent.trim(),
    [sel.verdict, sel.kpiKw], { timeout: READY_TIMEOUT_MS });
  if (charts) await page.waitForSelector(sel.chart, { state: 'attached', timeout: READY_TIMEOUT_MS });
}

let failures = 0;
async function failureScreenshot(page) {
  const dir = join(REPO_ROOT, 'target', 'e2e');
  const path = join(dir, `failure-${process.pid}-${++failures}.png`);
  try {
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path, fullPage: true });
    return path;
  } catch (e) {
    return `(none: ${e.message.split('\n')[0]})`;
  }
}

/**
 * Opens, as a person would, every collapsed part around an element: a
 * form section, a field's row disclosure (range, note, unknown mark), a
 * checklist item's details. Clicks each closed <details>' summary, the
 * outermost first.
 */
export async function openAround(page, target) {
  const element = typeof target === 'string' ? page.locator(target) : target;
  const closed = element.first().locator('xpath=ancestor::details[not(@open)]');
  while (await closed.count() > 0) {
    await closed.first().locator('xpath=./summary').click();
  }
}

/**
 * Types `text` into a field as a person would: open what it is in, click
 * it, select what is there, type the new text, and leave the field with
 * Tab (so the UI gets both `input` and `change`).
 */
export async function typeInto(page, field, text) {
  await openAround(page, sel.field(field));
  const input = page.locator(sel.field(field));
  await input.click();
  await input.fill('');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/**
 * Unticks "Als Spanne angeben" wherever the starting example has a range,
 * as a person would, so that a test starts from the example's figures as
 * point values: for tests that make a range of their own, or that type
 * figures outside the example's illustrative spans (which the app rightly
 * reports as a range that no longer holds its most likely value).
 */
export async function withoutExampleRanges(page) {
  // The locator re-queries: each uncheck takes one box out of the match.
  const ticked = page.locator('input[type="checkbox"][id$="-range"]:checked');
  while (await ticked.count() > 0) await tick(page, ticked.first(), false);
  await page.locator('#uncertainty-hint').waitFor();
}

/** A snapshot of what the results area shows. */
export async function readResults(page) {
  return page.evaluate((s) => {
    const text = (q) => document.querySelector(q)?.textContent.trim() ?? null;
    return {
      verdict: text(s.verdict),
      kw: text(s.kpiKw),
      payback: text(s.kpiPayback),
      chart: document.querySelector(s.chart)?.outerHTML ?? null,
      outdated: document.querySelector(s.results)?.getAttribute('data-outdated') ?? null,
      errorSummary: !!document.querySelector(s.errorSummary),
    };
  }, fixedSel);
}

/**
 * Waits until the results show something other than `before` (the app
 * updates synchronously, but the test must not rely on timing).
 */
export async function waitForChange(page, before, key = 'kw') {
  await page.waitForFunction(
    ([q, old]) => (document.querySelector(q)?.textContent.trim() ?? null) !== old,
    [key === 'kw' ? sel.kpiKw : sel.verdict, before[key]]);
  return readResults(page);
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource;

/**
 * Puts axe-core into the page (once per document). Not with a <script> tag,
 * which the app's Content Security Policy rightly refuses: the source is
 * evaluated through the DevTools protocol, which the policy does not govern,
 * so the app is tested under exactly the policy it ships with.
 */
export async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  axeSource ??= await readFile(AXE_PATH, 'utf8');
  await page.evaluate(`(function () {\n${axeSource}\n}).call(window); typeof window.axe`);
  assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function', 'axe-core is loaded');
}

/** Runs axe-core in the page; fails with every violation spelled out. */
export async function assertNoAxeViolations(page, state) {
  await injectAxe(page);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS);
  const report = result.violations.map((v) => [
    `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
  ].join('\n'));
  assert.equal(result.violations.length, 0,
    `axe-core found ${result.violations.length} WCAG 2.1 AA violation(s) (${state}):\n${report.join('\n\n')}`);
  assert.ok(result.passes.length > 0, 'axe ran its checks');
}

/**
 * Opens the share dialog and returns the link it shows, once it shows one
 * (the first time, the link compressor is loaded on demand).
 */
export async function shareLink(page) {
  await page.click('#share-open');
  await page.locator('#share-dialog').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('#share-link')?.value);
  return page.inputValue('#share-link');
}

/** No-break and narrow spaces as plain ones, one minus sign. */
export const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

/**
 * Clicks "Bericht drucken" as a person would and waits until it has
 * called the browser's print, which is replaced by a counter here
 * (headless Chromium has no print dialog): the page is then prepared
 * exactly as the button prepares it (every chart drawn, the QR code and
 * the print-only parts written).
 */
export async function prepareReport(page) {
  await page.evaluate(() => {
    window.__efaPrinted = 0;
    window.print = () => { window.__efaPrinted += 1; };
  });
  await page.click('#report-print');
  await page.waitForFunction(() => window.__efaPrinted === 1, null, { timeout: 20_000 });
}

/** Where the printed reports and the PNGs of their pages are kept. */
const REPORT_DIR = join(REPO_ROOT, 'target', 'e2e');

/**
 * Prints the prepared page to `name`.pdf and returns its text
 * (pdftotext -layout), its page count and the PNG files of its pages.
 */
export async function printPdf(page, name) {
  await mkdir(REPORT_DIR, { recursive: true });
  const pdf = join(REPORT_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const layout = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  // Lines wrap where the page does: the text with every run of white
  // space as one space, pages still split at form feeds.
  const text = layout.split('\f').map((p) => p.replace(/\s+/g, ' ')).join('\f');
  for (let i = 1; i <= 60; i++) await rm(join(REPORT_DIR, `${name}-${String(i).padStart(2, '0')}.png`), { force: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(REPORT_DIR, name)]);
  return { text, pages, pdf };
}

