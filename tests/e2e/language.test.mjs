// Deutsch / English (issue 15, docs/language.md): the switch, remembered in
// the browser; every view in English with no German word but the
// glossary's terms; the same figures in both languages; documents that do
// not depend on the language; axe clean in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, waitForApp, typeInto, sel, plain, shareLink, assertNoAxeViolations, prepareReport, printPdf, REPO_ROOT }
  from './helpers.mjs';

/**
 * German words that the English views may show: the glossary's official
 * terms (docs/language.md) and names. Lower case; compared with every word
 * of the English page.
 */
const GLOSSARY = [
  'kapitalwert', 'kw', 'haushaltswirksam', 'nicht', 'nh', // nh: nicht haushaltswirksam, in formulas
  'kommune', 'kommunen', 'kreis', 'land', 'länder',
  'efa', 'einer', 'für', 'alle', 'ozg', 'fachverfahren', 'fachbereich', 'vzä', 'vollzeitäquivalente',
  'nutzwert', 'nutzwertanalyse', 'kostenteilung', 'königsteiner', 'schlüssel', 'beschlussvorlage',
  'kämmerer', 'kämmerei', 'wibe',
  // Names: institutions, standards, products, career groups, and the
  // unquoted parts of cited sources' titles ("KGSt-Bericht 8/2025",
  // "Lohnkostentabelle Verwaltung (Leitfaden Erfüllungsaufwand)"; quoted
  // titles are left out before counting).
  'kgst', 'destatis', 'planungsrat', 'fit', 'connect', 'fim', 'bundid', 'xöv', 'dvdv', 'servicekonto',
  'gehobener', 'höherer', 'einfacher', 'mittlerer', 'dienst', 'beschluss', 'beschlüsse',
  'und', // only in the career group "einfacher und mittlerer Dienst" (glossed)
  'osci', 'xta', 'pvog', 'epaybl', 'bmf', 'deutsche', 'post', 'it', 'nl', 'avv', 'dsfa',
  'bericht', 'lohnkostentabelle', 'verwaltung', 'leitfaden', 'erfüllungsaufwand',
  // The switch names each language in itself.
  'deutsch', 'english',
];

/**
 * Words that are German and English alike (or German words that are also
 * common English words): the same letters in both tables, yet English.
 */
const BOTH = [
  'in', 'an', 'am', 'also', 'so', 'was', 'will', 'man', 'hat', 'war', 'die', 'bin', 'oder',
  'online', 'support', 'integration', 'link', 'links', 'name', 'parameter', 'parameters', 'simulation',
  'minimum', 'maximum', 'alternative', 'alternatives', 'status', 'details', 'service', 'start', 'ende',
  'check', 'json', 'csv', 'xlsx', 'svg', 'png', 'pdf', 'qr', 'excel', 'e', 'p', 'esc', 'alt', 'pos',
  'plus', 'minus', 'euro', 'euros', 'ok', 'monte', 'carlo', 'team', 'budget', 'min', 'max', 'top',
  'browser', 'problem', 'nominal', 'organisation', 'transport', 'scan', 'fall', 'falls', 'status', 'quo',
  'σ', 'basis', 'tornado',
  'ramp', 'export', 'import', 'tab', 'enter', 'code', 'portal', 'server', 'software', 'standard',
  'standards', 'default', 'median', 'total', 'optional', 'version', 'format', 'rest', 'level',
  'i', 'a', 'o', 'm', 'k', 's', 'h', 'x', 'n', 'b', 'c', 'd', 'f', 'g', 'l', 'r', 't', 'u', 'v', 'w', 'z',
];

/** Names typed into the document so that its own words are not counted. */
const SERVICE = 'Qzservice';
const KOMMUNE = 'Qzkommune';

const wordsOf = (text) => new Set((text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));

/**
 * Every word a person can read or hear on the page, lower case, without
 * quoted titles (“…”, „…“: cited sources keep their German titles).
 */
async function wordsOnPage(page, texts = []) {
  const text = await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('svg text, svg title, svg desc')) parts.push(el.textContent ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('placeholder') ?? '');
    }
    return parts.join('\n');
  });
  const unquoted = text.replace(/[“„][^”“]*[”“]/g, ' ');
  texts.push(unquoted);
  return wordsOf(unquoted);
}

/** Where `word` stands in `texts`, for a readable failure. */
function contexts(word, texts) {
  const re = new RegExp(`.{0,40}(?<!\\p{L})${word}(?!\\p{L}).{0,40}`, 'iu');
  return texts.map((t) => re.exec(t.replace(/\s+/g, ' '))?.[0]).filter(Boolean).slice(0, 2);
}

/**
 * The document's own words (what was typed or stored: names, notes, the
 * library's entry names, the alternatives' names), which are the user's
 * and not the app's German.
 */
async function wordsOfDocument(page) {
  return wordsOf(await page.evaluate(() => [
    ...[...document.querySelectorAll('input[type="text"], input:not([type]), textarea')].map((el) => el.value),
    ...[...document.querySelectorAll('[id^="entry-"][id$="-name"], .alternatives__label')].map((el) => el.textContent),
  ].join('\n')));
}

/** The words of every view of the presentation. */
async function wordsOfPresentation(page, texts = []) {
  await page.click('#present-open');
  await page.locator('#presentation').waitFor();
  const words = new Set();
  for (let i = 0; i < 12; i++) {
    for (const w of await wordsOnPage(page, texts)) words.add(w);
    if (await page.locator('#present-next').isDisabled()) break;
    await page.click('#present-next');
  }
  await page.click('#present-close');
  return words;
}

/** Fails with every German word of `german` that `english` shows, and where. */
function assertNoGermanLeft(german, english, englishTexts, documentWords) {
  const allowed = new Set([...GLOSSARY, ...BOTH, ...documentWords]);
  const leftovers = [...english].filter((w) => german.has(w) && !allowed.has(w)).sort();
  assert.deepEqual(leftovers, [], `German words in the English views:\n${leftovers
    .map((w) => `${w}: ${contexts(w, englishTexts).join(' | ')}`).join('\n')}`);
}

/** Clicks a language and waits until the page has reloaded in it. */
async function switchTo(page, code) {
  await Promise.all([page.waitForEvent('load'), page.click(`#language-${code}`)]);
  await waitForApp(page);
  assert.equal(await page.getAttribute('html', 'lang'), code);
}

/** A shown amount as a number: "+11.405 €" (de) or "+€11,405" (en). */
function amount(text, code) {
  const t = plain(text).replace(/[€\s+]/g, '');
  const normal = code === 'de' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  return Number(normal);
}

/** The key figures as numbers, whatever the language. */
async function figures(page, code) {
  const read = (q) => page.textContent(q).then((t) => t.trim());
  const kw = amount(await read(sel.kpiKw), code);
  const payback = (await read(sel.kpiPayback)).match(/\d+/g)?.map(Number);
  const rows = await page.$$eval(`${sel.yearlyTable} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent.trim())));
  const cells = rows.map((r) => r.map((c) => (/\d/.test(c) ? amount(c.replace(/%/, ''), code) : c)).filter((c) => typeof c === 'number'));
  return { kw, payback, cells };
}

test('the switch: English everywhere, remembered, and back to German with the same figures', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getAttribute('#language-de', 'aria-pressed'), 'true');
    await typeInto(page, 'service', SERVICE);
    await typeInto(page, 'kommune', KOMMUNE);
    // An input error too, so its message and the summary are read.
    await typeInto(page, 'cases-per-year', '12x');
    await page.locator(sel.errorSummary).waitFor();
    const germanFigures = await figures(page, 'de');
    const german = await wordsOnPage(page);
    for (const w of await wordsOfPresentation(page)) german.add(w);
    const documentWords = await wordsOfDocument(page);

    await switchTo(page, 'en');
    assert.equal(await page.getAttribute('#language-en', 'aria-pressed'), 'true');
    assert.match(await page.title(), /EfA-Check/);
    // What was typed came along, the invalid text too.
    assert.equal(await page.inputValue('#f-service'), SERVICE);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '12x');
    assert.match(await page.textContent(sel.errorSummary), /There is a problem/);
    const englishFigures = await figures(page, 'en');
    assert.deepEqual(englishFigures, germanFigures, 'the same document gives the same figures');
    assert.match(plain(await page.textContent(sel.kpiKw)), /€\d/, 'English notation: €11,405');

    const englishTexts = [];
    const english = await wordsOnPage(page, englishTexts);
    for (const w of await wordsOfPresentation(page, englishTexts)) english.add(w);
    assertNoGermanLeft(german, english, englishTexts, documentWords);

    // Remembered: a new visit opens in English.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    await switchTo(page, 'de');
    assert.deepEqual(await figures(page, 'de'), germanFigures);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '12x');
  });
});

test('alternatives, comparison, Kostenteilung and the print report: English too', async () => {
  // The golden v2 link: three alternatives and a Kostenteilung with bodies.
  const fragment = (await readFile(join(REPO_ROOT, 'tests', 'fixtures', 'links', 'v2-alternativen-kostenteilung.txt'), 'utf8')).trim();
  await withApp({ viewport: { width: 1366, height: 900 }, path: `#${fragment}` }, async ({ page }) => {
    await page.locator('#comparison').waitFor().catch(() => {});
    const read = async (texts) => {
      const words = await wordsOnPage(page, texts);
      for (const w of await wordsOfPresentation(page, texts)) words.add(w);
      await prepareReport(page);
      for (const w of await wordsOnPage(page, texts)) words.add(w);
      return words;
    };
    const german = await read([]);
    const documentWords = await wordsOfDocument(page);
    const germanFigures = await figures(page, 'de');
    await switchTo(page, 'en');
    const englishTexts = [];
    const english = await read(englishTexts);
    assertNoGermanLeft(german, english, englishTexts, documentWords);
    assert.deepEqual(await figures(page, 'en'), germanFigures);
  });
});

test('the printed report in English: read back with pdftotext', async () => {
  await withApp(async ({ page }) => {
    await switchTo(page, 'en');
    const kw = plain(await page.textContent(sel.kpiKw)).trim();
    await prepareReport(page);
    const { text, pages } = await printPdf(page, 'report-english');
    for (let p = 1; p <= pages; p++) assert.ok(text.includes(`Page ${p} of ${pages}`), `"Page ${p} of ${pages}"`);
    assert.ok(!text.includes('Seite '), 'no German page footer');
    assert.ok(text.includes(kw), `the Kapitalwert ${kw} in the PDF`);
    for (const words of ['Assumptions', 'Open this assessment']) assert.ok(text.includes(words), `"${words}" in the PDF`);
  });
});

test('English notation in inputs: point decimals, comma groups, and an English message for 1,5', async () => {
  await withApp(async ({ page }) => {
    await switchTo(page, 'en');
    const noError = async (field) =>
      assert.equal(await page.locator(sel.fieldError(field)).isVisible(), false, `${field} shows an error`);
    await typeInto(page, 'cases-per-year', '1,234');
    await noError('cases-per-year');
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '1,234');
    await typeInto(page, 'online-share-target', '1,5');
    const message = await page.textContent(sel.fieldError('online-share-target'));
    assert.match(message, /point/i, message);
    assert.doesNotMatch(message, /Komma|Geben Sie/);
    await typeInto(page, 'online-share-target', '62.5');
    await noError('online-share-target');
  });
});

test('a link made in English opens in German with the same figures, and the other way round', async () => {
  let englishLink;
  let englishFigures;
  await withApp(async ({ page }) => {
    await switchTo(page, 'en');
    await typeInto(page, 'cases-per-year', '2,500');
    englishFigures = await figures(page, 'en');
    englishLink = await shareLink(page);
  });
  await withApp(async ({ page, origin }) => {
    await page.goto(englishLink.replace(/^https?:\/\/[^/]+/, origin));
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.deepEqual(await figures(page, 'de'), englishFigures);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '2.500');
  });
});

test('no WCAG 2.1 A/AA violations (axe-core) in English, also with an input error', async () => {
  await withApp(async ({ page }) => {
    await switchTo(page, 'en');
    await assertNoAxeViolations(page, 'English, example loaded');
    await typeInto(page, 'cases-per-year', '12x');
    await page.locator(sel.errorSummary).waitFor();
    await assertNoAxeViolations(page, 'English, input error shown');
  });
});

test('the switch refuses, with a message, when the browser stores nothing, and loses nothing', async () => {
  await withApp({
    beforeGoto: (page) => page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError'); };
    }),
  }, async ({ page }) => {
    await typeInto(page, 'cases-per-year', '777');
    let reloaded = false;
    page.on('load', () => { reloaded = true; });
    await page.click('#language-en');
    await page.locator('#language-problem').waitFor();
    assert.equal(reloaded, false);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '777');
  });
});
