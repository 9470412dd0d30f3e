// Injection suite: markup and script payloads in every text field of the
// app, put in four ways — typed as a person would, in a share link, in a
// JSON file opened with the file picker, and in a provider template. After
// each way, it asserts that
//   - no payload ran: the sentinel global window.__efaPwned stays unset;
//   - no payload became markup: no element or attribute from a payload
//     exists anywhere in the page (img, script, b, svg onload, on… handlers,
//     javascript: links), nor inside the chart SVGs;
//   - every payload is shown literally: input values, the texts that echo
//     them (checklist and criterion titles, the recommendation's reasons,
//     library names, the template banner), the charts' <title> (where the
//     SVG carries it escaped) and the page title.
// withApp adds its own checks: no console error, no Content Security Policy
// violation, no request leaving the origin.
//
// (e) downloads the CSV and Excel files of such a document, with formula
// payloads added, and checks that every payload stays inert text there.
// Later exports (print) join this suite when they land.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { withApp, waitForApp, openAround, tick, REPO_ROOT, prepareReport, printPdf, plain } from './helpers.mjs';
import { readCsvDownload, recalculatedSheets } from './spreadsheet.mjs';

// Each under 60 characters: text inputs will get maxlength limits (about
// 200 for names and titles).
const PAYLOADS = [
  '<img src=x onerror="window.__efaPwned=1">',
  '<script>window.__efaPwned=1</script>',
  '<svg onload="window.__efaPwned=1">',
  '</text><script>window.__efaPwned=1</script>',
  '</title><img src=x onerror="window.__efaPwned=1">',
  ']]><script>window.__efaPwned=1</script>',
  'javascript:window.__efaPwned=1',
  '"><b>x</b>',
];
for (const p of PAYLOADS) assert.ok(p.length < 60, p);

/** The payloads in turn, starting at `offset`, so each way mixes them differently. */
function payloadSource(offset) {
  let i = offset;
  return () => PAYLOADS[i++ % PAYLOADS.length];
}

const SHOTS = join(REPO_ROOT, 'target', 'e2e');
const VIEWPORT = { width: 1366, height: 1000 };

/** The free-text inputs the suite knows, by id. */
const KNOWN_TEXT_INPUT = [
  /^f-(service|kommune)$/, /^f-[a-z-]+-note$/, /^prereq-\d+-(note|responsible|due|title)$/,
  /^crit-\d+-title$/, /^(prereq|crit)-new-title$/, /^entry-\d+-new-name$/, /^alt-name$/,
  /^body-\d+-name$/, /^report-author$/,
];

/**
 * Every free-text input of the page (editable, not a number field), by id.
 * Fails if the page has one this suite does not know yet, so that a new
 * text field cannot escape it.
 */
async function textInputIds(page) {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('input[type="text"], input:not([type]), textarea')]
      .filter((el) => !el.readOnly && !['decimal', 'numeric'].includes(el.inputMode))
      .map((el) => el.id));
  const unknown = ids.filter((id) => !KNOWN_TEXT_INPUT.some((re) => re.test(id)));
  assert.deepEqual(unknown, [], 'text inputs the injection suite does not cover yet');
  return ids;
}

/** Elements and attributes that only a payload could have created. */
function markupCensus() {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
      if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/i.test(a.name)) {
        found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
  }
  const count = (q) => document.querySelectorAll(q).length;
  return {
    found,
    img: count('img'),
    script: count('script'),
    b: count('b'),
    foreign: count('iframe, object, embed, foreignObject'),
    svgInSvg: count('svg svg'),
  };
}

/**
 * The checks after every way. `expected.inputs`: id → value; `expected.texts`:
 * selector → text that element's innerText must contain; `service`.
 */
async function assertShownLiterally(page, baseline, expected) {
  assert.equal(await page.evaluate(() => typeof window.__efaPwned), 'undefined', 'a payload ran');

  const census = await page.evaluate(markupCensus);
  assert.deepEqual(census.found, [], 'attributes a payload created');
  // The page has as many of these elements as before anything was injected
  // (charts drawn since add one <title> each, checked below).
  for (const key of ['img', 'script', 'b', 'foreign', 'svgInSvg']) {
    assert.equal(census[key], baseline[key], `number of ${key} elements`);
  }

  for (const [id, value] of Object.entries(expected.inputs)) {
    assert.equal(await page.locator(`#${id}`).inputValue(), value, `value of #${id}`);
  }
  for (const [selector, text] of Object.entries(expected.texts)) {
    // What a collapsed section holds is read once it is opened, as a person would.
    // Scrolled to first: a part below the fold is not laid out
    // (`content-visibility: auto`), and its innerText stays empty until the
    // next rendering after it comes into view.
    await openAround(page, selector);
    const element = page.locator(selector).first();
    await element.scrollIntoViewIfNeeded();
    await element.evaluate((el) => new Promise((done) => {
      const laidOut = () => (el.innerText.trim() !== '' ? done() : requestAnimationFrame(laidOut));
      laidOut();
    }));
    const shown = await page.locator(selector).first().innerText();
    assert.ok(shown.includes(text), `${selector} shows ${JSON.stringify(text)} literally; it shows ${JSON.stringify(shown)}`);
  }

  assert.equal(await page.title(), `${expected.service} – EfA-Check`, 'page title');

  // The charts: the service name is in each one's <title>, as text; the SVG
  // markup carries it escaped, and nothing inside the SVG came from it.
  await page.locator('#sensitivity[aria-busy="false"]').waitFor();
  await page.locator('#chart-tornado').scrollIntoViewIfNeeded();
  await page.locator('#chart-tornado svg').waitFor();
  await page.locator('#chart-cashflow').scrollIntoViewIfNeeded();
  await page.locator('#chart-cashflow svg').waitFor();
  for (const chart of ['#chart-cashflow', '#chart-tornado']) {
    const svg = await page.evaluate((q) => {
      const el = document.querySelector(`${q} svg`);
      const title = el.querySelector(':scope > title');
      return {
        title: title?.textContent ?? null,
        titleChildren: title?.children.length ?? null,
        titles: el.querySelectorAll('title').length,
        texts: [...el.querySelectorAll('text')].map((t) => t.children.length),
        inner: el.querySelectorAll('script, img, b, foreignObject, svg, a, iframe').length,
        markup: el.outerHTML,
      };
    }, chart);
    assert.ok(svg.title?.endsWith(`: ${expected.service}`), `${chart} <title> ends with the service: ${svg.title}`);
    assert.equal(svg.titleChildren, 0, `${chart} <title> holds text only`);
    assert.equal(svg.titles, 1, `${chart} has one <title>`);
    assert.equal(svg.inner, 0, `${chart} has no element from a payload`);
    assert.ok(svg.texts.every((n) => n === 0), `${chart} <text> elements hold text only`);
    if (/[<>&]/.test(expected.service)) {
      assert.ok(!svg.markup.includes(expected.service), `${chart} markup carries the service only escaped`);
    }
  }
}

/**
 * The printed report, prepared by "Bericht drucken", keeps every payload
 * inert: no element or attribute came from one (the report adds only
 * its QR code, an SVG of its own, in the same way as the share dialog),
 * the print-only parts show each payload as text, and the PDF carries
 * each literally.
 */
async function assertReportInert(page, baseline, shown) {
  await prepareReport(page);
  assert.equal(await page.evaluate(() => typeof window.__efaPwned), 'undefined', 'a payload ran');
  const census = await page.evaluate(markupCensus);
  assert.deepEqual(census.found, [], 'attributes a payload created in the report');
  for (const key of ['img', 'script', 'b', 'foreign', 'svgInSvg']) {
    assert.equal(census[key], baseline[key], `number of ${key} elements with the report`);
  }
  const report = await page.evaluate(() => ['#report-head', '#report-assumptions', '#report-checklist']
    .map((q) => document.querySelector(q)?.textContent ?? '').join(' '));
  const parts = await page.evaluate(() => ['#report-head', '#report-assumptions', '#report-checklist', '#report-link']
    .map((q) => document.querySelector(q).querySelectorAll('script, img, b, foreignObject, iframe, a').length));
  assert.deepEqual(parts, [0, 0, 0, 0], 'no element from a payload in the print-only parts');
  const { text } = await printPdf(page, 'report-injection');
  // Without white space: a narrow table cell may wrap a payload anywhere.
  const squash = (s) => plain(s).replace(/\s+/g, '');
  for (const payload of shown) {
    assert.ok(squash(text).includes(squash(payload)), `the PDF shows ${JSON.stringify(payload)} literally`);
  }
  for (const payload of [shown[0], shown[1], shown[2]]) {
    assert.ok(report.includes(payload), `the report shows ${JSON.stringify(payload)} as text`);
  }
  await page.emulateMedia({ media: 'screen' });
}

/** Counts before any payload, on the freshly started app. */
async function baselineOf(page) {
  const census = await page.evaluate(markupCensus);
  assert.deepEqual(census.found, [], 'the app itself has no inline handler');
  return census;
}

/** Opens the <details> of a checklist item (and the checklist), so its texts can be typed into. */
async function openItemDetails(page, index) {
  await openAround(page, `#prereq-${index}-note`);
}

/** Types into an input as a person would: open what it is in, click, clear, type, leave. */
async function typeText(page, selector, text) {
  await openAround(page, selector);
  const input = page.locator(selector);
  await input.click();
  await input.fill('');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

test('injection (a): payloads typed into every text field are shown as text and never run', async () => {
  await withApp({ viewport: VIEWPORT }, async ({ page }) => {
    const baseline = await baselineOf(page);
    const next = payloadSource(3);
    const inputs = {};
    const texts = {};
    const type = async (id, value = next()) => {
      await typeText(page, `#${id}`, value);
      inputs[id] = value;
      return value;
    };

    const service = await type('f-service');
    await type('f-kommune');
    const noteIds = (await textInputIds(page)).filter((id) => /^f-[a-z-]+-note$/.test(id));
    assert.ok(noteIds.length >= 10, `cost-line notes: ${noteIds}`);
    for (const id of noteIds) await type(id);

    // An own checklist item, a must-have that is not met, so its title
    // also appears in the recommendation's reasons.
    const items = await page.locator('#prereqs .prereq').count();
    await typeText(page, '#prereq-new-title', next());
    await page.click('#prereq-add');
    await page.locator(`#prereq-${items}-title`).waitFor();
    const itemTitle = await type(`prereq-${items}-title`);
    await page.locator(`#prereq-${items}-must`).check();
    await page.locator(`#prereq-${items}-status`).selectOption({ label: 'nicht erfüllt' });
    texts[`#prereq-${items} legend`] = itemTitle;
    texts['#recommendation-reasons'] = itemTitle;
    for (let i = 0; i <= items; i++) {
      await openItemDetails(page, i);
      for (const part of ['note', 'responsible', 'due']) await type(`prereq-${i}-${part}`);
    }

    // An own Nutzwert criterion, its title edited after adding it.
    const criteria = await page.locator('#nutzwert .criterion').count();
    await typeText(page, '#crit-new-title', next());
    await page.click('#crit-add');
    await page.locator(`#crit-${criteria}-title`).waitFor();
    texts[`#crit-${criteria} legend`] = await type(`crit-${criteria}-title`);

    // A second alternative, named with a payload: the name shows in the
    // choice and in the comparison (sentence, table, chart and its table).
    await page.click('#alt-add');
    await page.locator('#alt-name').waitFor({ state: 'visible' });
    const alternative = next();
    await typeText(page, '#alt-name', alternative);
    texts['label[for="alt-1"]'] = alternative;
    texts['#compare-table thead'] = alternative;
    texts['#chart-comparison-table tbody'] = alternative;
    // The first one's name too, which the form shows from here on.
    await page.click('#alt-0');
    texts['label[for="alt-0"]'] = await type('alt-name');
    await page.locator('#chart-comparison').scrollIntoViewIfNeeded();
    await page.locator('#chart-comparison svg').waitFor();

    // A Kostenteilung with one other Kommune, named with a payload: the
    // name shows on its card, in the split table and in the chart.
    await tick(page, '#share-on');
    await page.click('#share-add');
    await page.locator('#body-1-name').waitFor();
    const body = await type('body-1-name');
    await typeText(page, '#body-1-cases', '310');
    texts['#body-1 legend'] = body;
    texts['#sharing-table tbody'] = body;
    await page.locator('#chart-sharing').scrollIntoViewIfNeeded();
    await page.locator('#chart-sharing svg').waitFor();
    await page.waitForFunction((n) =>
      document.querySelector('#chart-sharing svg')?.textContent.includes(n), body);

    // The library entry, renamed.
    const current = page.locator('#library-list li[aria-current="true"]');
    await current.locator('button[id$="-rename"]').click();
    const name = next();
    const nameInput = current.locator('input[id$="-new-name"]');
    await nameInput.fill('');
    await nameInput.pressSequentially(name);
    await page.keyboard.press('Enter');
    await page.locator('#library-list li[aria-current="true"] input').waitFor({ state: 'detached' });
    texts['#library-list li[aria-current="true"] .library__name'] = name;

    // The report's author line (kept for the session, printed as text).
    const author = await type('report-author');

    // Every text input of the page got a payload (the add rows are empty
    // again, the rename input is closed).
    const covered = (await textInputIds(page)).filter((id) => !id.endsWith('-new-title'));
    assert.deepEqual(covered.filter((id) => !(id in inputs)), [], 'text inputs left out');

    await assertShownLiterally(page, baseline, { inputs, texts, service });
    await assertReportInert(page, baseline, [service, author, itemTitle, body, inputs[noteIds[0]]]);

    // The share dialog shows the link to all of it without a payload
    // turning into markup (the QR code is an SVG of its own).
    await page.click('#share-open');
    await page.locator('#share-qr svg').waitFor();
    assert.deepEqual((await page.evaluate(markupCensus)).found, []);
    assert.equal(await page.locator('#share-qr svg').evaluate((s) => s.querySelectorAll('script, img, foreignObject').length), 0);
    await page.keyboard.press('Escape');

    // After a reload (autosave), still text. The author line is kept for
    // the session only (docs/report.md): empty after a reload.
    delete inputs['report-author'];
    await page.reload();
    await waitForApp(page);
    for (let i = 0; i <= items; i++) await openItemDetails(page, i);
    await assertShownLiterally(page, baseline, { inputs, texts, service });
  });
});

// ---- documents built in Node: for a link, a file and a template --------

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'voll-ausgefuellt.json');

/**
 * A complete assessment with a payload in every free text: names, the
 * note of every cost line, every checklist text, an own checklist item
 * (a must-have, not met) and an own criterion; with `template`, the
 * provider and date too. Returns the document and what the page must show.
 */
async function hostileDocument(offset, { template = false } = {}) {
  const doc = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const a = doc.assessment;
  const next = payloadSource(offset);
  const inputs = {};
  const texts = {};

  a.master.service = next();
  a.master.kommune = next();
  inputs['f-service'] = a.master.service;
  inputs['f-kommune'] = a.master.kommune;
  for (const section of ['integration', 'operations', 'support', 'funding', 'benefits']) {
    for (const [key, value] of Object.entries(a[section] ?? {})) {
      if (value && typeof value === 'object' && 'amount' in value) {
        value.note = next();
        inputs[`f-${key.replaceAll('_', '-')}-note`] = value.note;
      }
    }
  }
  // One more own item, a must-have that is not met, so that its title is
  // also among the recommendation's reasons; the fixture's own items and
  // criteria get payload titles too.
  a.technical.prerequisites.push({
    kind: 'custom', status: 'nicht-erfuellt', note: '', responsible: '', due: '', must_have: true,
  });
  a.technical.prerequisites.forEach((p, i) => {
    if (p.kind === 'custom') {
      p.title = next();
      inputs[`prereq-${i}-title`] = p.title;
      texts[`#prereq-${i} legend`] = p.title;
    }
    for (const part of ['note', 'responsible', 'due']) {
      p[part] = next();
      inputs[`prereq-${i}-${part}`] = p[part];
    }
  });
  texts['#recommendation-reasons'] = a.technical.prerequisites.at(-1).title;

  a.technical.criteria.push({ kind: 'custom', weight: 0, score: 5 });
  a.technical.criteria.forEach((c, i) => {
    if (c.kind === 'custom') {
      c.title = next();
      inputs[`crit-${i}-title`] = c.title;
      texts[`#crit-${i} legend`] = c.title;
    }
  });

  // The alternatives' names: the first's in the form, both in the
  // comparison.
  a.first_name = next();
  a.alternatives = [{ name: next(), values: { 'usage-fee': 2000 } }];
  inputs['alt-name'] = a.first_name;
  texts['#compare-table thead'] = a.first_name;
  texts['label[for="alt-1"]'] = a.alternatives[0].name;

  // A Kostenteilung with one other Kommune, named with a payload.
  a.sharing = { bodies: [{ name: next(), inhabitants: 4200, cases_per_year: 310 }] };
  inputs['body-1-name'] = a.sharing.bodies[0].name;
  texts['#body-1 legend'] = a.sharing.bodies[0].name;
  texts['#sharing-table tbody'] = a.sharing.bodies[0].name;

  if (template) {
    a.template = { provider: next(), date: next() };
    texts['#template-notice'] = `Laut Vorlage: ${a.template.provider}, Stand ${a.template.date}.`;
  }
  return { doc, expected: { inputs, texts, service: a.master.service } };
}

/** The share-link fragment of an assessment (docs/format.md): long keys are fine. */
function linkFragment(assessment) {
  return `v1.${deflateSync(Buffer.from(JSON.stringify(assessment), 'utf8')).toString('base64url')}`;
}

/** Opens every checklist item's details, then runs the checks. */
async function checkOpened(page, baseline, expected, entrySuffix) {
  const items = await page.locator('#prereqs .prereq').count();
  for (let i = 0; i < items; i++) await openItemDetails(page, i);
  const inputs = await textInputIds(page);
  // The report's author line is not part of a document (docs/report.md).
  const missing = inputs.filter((id) => !(id in expected.inputs) && !id.endsWith('-new-title') && id !== 'report-author');
  assert.deepEqual(missing, [], 'text inputs the document left without a payload');
  expected.texts['#library-list li[aria-current="true"] .library__name'] = `${expected.service} ${entrySuffix}`;
  await assertShownLiterally(page, baseline, expected);
}

test('injection (b): payloads in a share link are shown as text and never run', async () => {
  const { doc, expected } = await hostileDocument(4);
  await withApp({ viewport: VIEWPORT }, async ({ page, server }) => {
    const baseline = await baselineOf(page);
    await page.evaluate((f) => { location.hash = f; }, linkFragment(doc.assessment));
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    await checkOpened(page, baseline, expected, '(aus Link)');

    // The same link as a fresh page load.
    await page.goto('about:blank');
    await page.goto(`${server.url}#${linkFragment(doc.assessment)}`);
    await waitForApp(page);
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    await checkOpened(page, baseline, expected, '(aus Link)');
  });
});

test('injection (c): payloads in a JSON file are shown as text and never run', async () => {
  const { doc, expected } = await hostileDocument(0);
  await withApp({ viewport: VIEWPORT }, async ({ page }) => {
    const baseline = await baselineOf(page);
    await page.setInputFiles('#json-file', {
      name: 'bewertung.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)),
    });
    await page.locator('#file-notice').waitFor({ state: 'visible' });
    await checkOpened(page, baseline, expected, '(aus Datei)');
  });
});

test('injection (d): payloads in a provider template (link and file) are shown as text and never run', async () => {
  const { doc, expected } = await hostileDocument(5, { template: true });
  await withApp({ viewport: VIEWPORT }, async ({ page }) => {
    const baseline = await baselineOf(page);
    await page.setInputFiles('#json-file', {
      name: 'vorlage.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)),
    });
    await page.locator('#template-notice').waitFor({ state: 'visible' });
    await checkOpened(page, baseline, expected, '(aus Datei)');

    await page.evaluate((f) => { location.hash = f; }, linkFragment(doc.assessment));
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    await page.locator('#template-notice').waitFor({ state: 'visible' });
    await checkOpened(page, baseline, expected, '(aus Link)');

    // For humans: what the page shows after the injection flow.
    await page.evaluate(() => window.scrollTo(0, 0));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'injection.png') });
  });
});

// Payloads a spreadsheet would run as a formula (CSV injection).
const FORMULAS = ["=cmd|' /C calc'!A0", '+1', '-1', '@SUM(1)', '\tTab', '\rCR'];

test('injection (e): payloads stay inert text in the CSV and Excel downloads', async () => {
  const { doc } = await hostileDocument(2);
  const a = doc.assessment;
  [a.master.service, a.master.kommune, a.first_name, a.sharing.bodies[0].name,
    a.integration.connection_fee.note, a.technical.prerequisites[0].note] = FORMULAS;
  const dir = join(SHOTS, 'injection-export');
  await mkdir(dir, { recursive: true });
  await withApp({ viewport: VIEWPORT }, async ({ page }) => {
    await page.setInputFiles('#json-file', {
      name: 'bewertung.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)),
    });
    await page.locator('#file-notice').waitFor({ state: 'visible' });
    const save = async (button, name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = join(dir, name);
      await file.saveAs(path);
      return path;
    };

    const cells = (await readCsvDownload(await save('#csv-save', 'hostile.csv'))).flat();
    const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && Number.isNaN(Number(c.replace(',', '.'))));
    assert.deepEqual(live, [], 'no cell a spreadsheet would run');
    for (const p of [FORMULAS[0], FORMULAS[3], FORMULAS[5]]) assert.ok(cells.includes(`'${p}`), `${JSON.stringify(p)} kept, made inert`);
    for (const p of PAYLOADS.slice(0, 3)) assert.ok(cells.some((c) => c.includes(p)), `${p} kept as text`);

    const sheets = await recalculatedSheets(await save('#xlsx-save', 'hostile.xlsx'));
    // Had a text become a formula, LibreOffice would show its result.
    assert.equal(sheets.Eingaben[1][1], FORMULAS[0], 'service');
    assert.equal(sheets.Eingaben[2][1], FORMULAS[1], 'Kommune ("1" as a formula)');
    assert.equal(sheets.Eingaben[3][1], FORMULAS[2], 'the first alternative');
  });
});
