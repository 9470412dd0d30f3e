// End-to-end test of the print report and the chart downloads, on the
// release bundle. The report is printed the way "Bericht drucken"
// prepares it: the test clicks the button (with the browser's print
// dialog replaced by a counter, since headless Chromium has none), then
// prints the prepared page with Chromium's own PDF printer (`page.pdf`,
// A4) and reads it back with poppler's pdftotext and pdfinfo
// (scripts/setup.sh installs poppler-utils). PNGs of the pages are kept
// under target/e2e/ (report-*.png, report-full-*.png) for a person to
// look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, REPO_ROOT, readResults, prepareReport, printPdf, plain } from './helpers.mjs';

// The content width of the A4 page in CSS pixels: 210 mm minus the
// 15 mm margins left and right of style/print.css, at 96 px per inch.
const CONTENT_WIDTH_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/**
 * In print emulation at the page's content width: every element that has
 * a box ends within it (nothing clipped at the right edge), and no
 * control (button, input, select, textarea, summary) has a box at all.
 */
async function assertFitsAndNoControls(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: CONTENT_WIDTH_PX, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const { wide, controls, scroll } = await page.evaluate((width) => {
    const wide = [];
    const controls = [];
    for (const el of document.querySelectorAll('body *')) {
      const rects = el.getClientRects();
      if (rects.length === 0) continue;
      if (el.matches('button, input, select, textarea, summary')) {
        controls.push(`${el.tagName.toLowerCase()}#${el.id} ${el.textContent.trim().slice(0, 40)}`);
      }
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) {
        wide.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className?.baseVal ?? el.className} right ${Math.round(r.right)}`);
      }
    }
    return { wide, controls, scroll: document.documentElement.scrollWidth };
  }, CONTENT_WIDTH_PX);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(before);
  assert.deepEqual(controls, [], 'no control is printed');
  assert.deepEqual(wide.slice(0, 10), [], `elements wider than the page's ${CONTENT_WIDTH_PX} px`);
  assert.ok(scroll <= CONTENT_WIDTH_PX + 1, `the page scrolls sideways in print: ${scroll} px`);
}

/** The labels of every button on screen, as a reader would see them. */
async function buttonLabels(page) {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('button')]
    .map((b) => b.textContent.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 4))]);
}

/** Checks what every printed report must show and returns the PDF. */
async function checkReport(page, name, { maxPages }) {
  const screen = await readResults(page);
  const figures = await page.evaluate(() => Object.fromEntries(
    ['kpi-kw', 'kpi-payback', 'kpi-break-even-cases', 'kpi-cost-per-case', 'kpi-fte']
      .map((id) => [id, document.getElementById(id)?.textContent.trim() ?? ''])));
  const labels = await buttonLabels(page);
  await prepareReport(page);
  // The button has drawn every chart and the QR code before printing.
  const drawn = await page.evaluate(() => [...document.querySelectorAll('figure[id^="chart-"]')]
    .map((f) => [f.id, !!f.querySelector('.chart__svg svg')]));
  assert.ok(drawn.length >= 4, `charts on the page: ${JSON.stringify(drawn)}`);
  for (const [id, svg] of drawn) assert.ok(svg, `${id} is drawn before printing`);
  await page.locator('#report-link .report-link__qr svg').waitFor({ state: 'attached' });
  const link = await page.textContent('#report-link-url');
  assert.match(link, /#v\d/, 'the report names the share link');

  await assertFitsAndNoControls(page);
  const { text, pages, pdf } = await printPdf(page, name);

  // The key figures in the PDF are those on screen.
  assert.ok(text.includes(plain(screen.verdict).replace(/\s+/g, ' ')), `verdict "${screen.verdict}" in the PDF`);
  for (const [id, value] of Object.entries(figures)) {
    assert.ok(value, `${id} shows on screen`);
    assert.ok(text.includes(plain(value)), `${id} "${value}" in the PDF`);
  }
  // Page numbers on every page, as "Seite x von N" with the real N.
  assert.ok(pages >= 2 && pages <= maxPages, `${pages} pages (at most ${maxPages})`);
  for (let p = 1; p <= pages; p++) assert.ok(text.includes(`Seite ${p} von ${pages}`), `"Seite ${p} von ${pages}"`);
  // No control: none of the screen's button labels is printed, unless
  // the same words are also a visible text of the report.
  const printedText = await page.evaluate(async () => document.body.innerText);
  // Whole words: the switch's "Deutsch" is no control in "Deutsche Post".
  const asWords = (label) =>
    new RegExp(`(?<!\\p{L})${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
  for (const label of labels) {
    if (asWords(label).test(plain(printedText))) continue;
    assert.ok(!asWords(label).test(text), `button label "${label}" is printed`);
  }
  assert.ok(!text.includes('Bericht drucken'), 'the print button is not printed');
  // The title block, the assumptions with their sources, the checklist.
  for (const words of ['Wirtschaftlichkeit der Nachnutzung', 'Annahmen', 'Quelle, Stand',
    'Technische Voraussetzungen', 'Diese Bewertung öffnen', 'Dokumentformat Version']) {
    assert.ok(text.includes(words), `"${words}" in the PDF`);
  }
  // No line of the PDF text runs past the page: pdftotext -layout keeps
  // the page's columns, so a clipped table would leave a cut-off word at
  // the right edge, which this cannot see; the DOM check above does. Here
  // only that every page has text (no blank page from a bad break).
  const perPage = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
  assert.equal(perPage.length, pages);
  for (const [i, p] of perPage.entries()) assert.ok(p.trim().length > 80, `page ${i + 1} is not empty`);
  return { text, pages, pdf };
}

test('Bericht drucken: the example prints as an A4 annex with the figures on screen, numbered pages and no control', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await page.fill('#report-author', 'Kämmerei, Fachbereich 2 Finanzen');
    // The starting example: every part but the comparison and the split.
    // Bound (15 pages measured): title block, recommendation and key
    // figures with how each is computed (2), charts and yearly table (2),
    // uncertainty with the histogram's data (2), sensitivity with the
    // switching values and the scenarios (4), assumptions (2–3), checklist
    // and link (1–2): 16. More means a part lost its page breaks or
    // printed something the screen hides (the form printed as 16 pages
    // of fields before the report).
    const { text, pages } = await checkReport(page, 'report', { maxPages: 16 });
    assert.ok(text.includes('Kämmerei, Fachbereich 2 Finanzen'), 'the author line is printed');
    console.log(`report.pdf: ${pages} pages`);
  });
});

/** voll-ausgefuellt.json with two more alternatives and a Kostenteilung. */
async function richDocument() {
  const doc = JSON.parse(await readFile(join(REPO_ROOT, 'tests/fixtures/voll-ausgefuellt.json'), 'utf8'));
  doc.version = 2;
  doc.assessment.first_name = 'EfA-Nachnutzung';
  doc.assessment.alternatives = [
    { name: 'Eigenentwicklung', values: { 'connection-fee': 0, 'fachverfahren-interface': 120000, 'project-hours': 900 } },
    { name: 'Marktlösung', values: { 'usage-fee': 36000 } },
  ];
  doc.assessment.sharing = {
    bodies: [
      { name: 'Gemeinde Ahornfeld', inhabitants: 4200, cases_per_year: 310 },
      { name: 'Stadt Birkenau', inhabitants: 12000, cases_per_year: 820 },
    ],
    key: 'mix',
    weights: { flat: 50, cases: 50 },
  };
  return doc;
}

test('Bericht drucken: a document with alternatives and a Kostenteilung prints the comparison and the split', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    const doc = await richDocument();
    await page.setInputFiles('#json-file', {
      name: 'voll.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)),
    });
    await page.locator('#comparison').waitFor();
    await page.locator('#sharing').waitFor();
    // Bound (18 pages measured): the first report's parts with longer
    // notes, plus the comparison (1–2) and the split (1): 20.
    const { text, pages } = await checkReport(page, 'report-full', { maxPages: 20 });
    for (const words of ['Alternativen im Vergleich', 'Eigenentwicklung', 'Marktlösung',
      'Gemeinde Ahornfeld', 'Stadt Birkenau', 'Angebot Hersteller vom 12.03.2026']) {
      assert.ok(text.includes(words), `"${words}" in the PDF`);
    }
    console.log(`report-full.pdf: ${pages} pages`);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('chart downloads: SVG with title and desc, PNG at twice the viewBox, made in the page', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page, origin }) => {
    for (const id of ['chart-cashflow', 'chart-categories']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.locator(`#${id} .chart__svg svg`).waitFor({ state: 'attached' });
      const svgButton = page.locator(`#${id}-svg`);
      assert.match(await svgButton.getAttribute('aria-label'), /als SVG herunterladen$/);
      const caption = plain((await page.textContent(`#${id} figcaption`)).trim());

      const [svgDownload] = await Promise.all([page.waitForEvent('download'), svgButton.click()]);
      assert.ok(svgDownload.url().startsWith('blob:'), `made in the page: ${svgDownload.url()}`);
      assert.equal(svgDownload.suggestedFilename(), `${id}.svg`);
      const svg = await readFile(await svgDownload.path(), 'utf8');
      assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /<title[^>]*>[^<]+<\/title>/);
      const desc = /<desc>([^<]*)<\/desc>/.exec(svg);
      assert.ok(desc, 'the SVG has a desc');
      assert.equal(plain(desc[1]).replace(/&amp;/g, '&'), caption, 'desc is the chart message');
      const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)[1].split(/[ ,]+/).map(Number);

      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}-png`)]);
      assert.ok(pngDownload.url().startsWith('blob:'));
      assert.equal(pngDownload.suggestedFilename(), `${id}.png`);
      const size = pngSize(await readFile(await pngDownload.path()));
      assert.deepEqual(size, { width: Math.round(2 * w), height: Math.round(2 * h) });
    }
    assert.ok(origin);
  });
});
