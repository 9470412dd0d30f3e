// End-to-end tests of share links, autosave, the library and JSON files,
// on the release bundle, acting as a person: type, click "Teilen", open the
// link in a fresh browser profile, reload, open a broken link, save and
// open a file. withApp checks every time that there were no console
// errors and that no request left the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  withApp, waitForApp, typeInto, tick, fill, readResults, waitForChange, withoutExampleRanges,
  assertNoAxeViolations, sel, REPO_ROOT, shareLink,
} from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/** Names in "Meine Bewertungen", in list order. */
async function entryNames(page) {
  return page.locator('#library-list .library__name').allTextContents();
}

/**
 * Fills in a small assessment of its own, as a person would, with point
 * values only (2.345 cases lie outside the example's span).
 */
async function fillIn(page) {
  await withoutExampleRanges(page);
  const before = await readResults(page);
  await typeInto(page, 'cases-per-year', '2.345');
  await typeInto(page, 'minutes-saved', '17');
  await typeInto(page, 'usage-fee', '1.234,5');
  return waitForChange(page, before);
}


test('share: the dialog shows the link with a scannable QR code, and a fresh profile opening the link sees the same figures', async () => {
  // Guards against a link that loses data on the way (different figures on
  // the other machine), a QR code too small for a room, or a dialog that
  // traps focus or fails WCAG.
  let link;
  let shown;
  await withApp(async ({ page, origin }) => {
    shown = await fillIn(page);
    link = await shareLink(page);
    assert.ok(link.startsWith(`${origin}/#v2.`), link);
    assert.ok(link.length < 2000, `link of ${link.length} characters`);
    assert.match(await page.textContent('#share-length'), new RegExp(`${link.length.toLocaleString('de-DE')} Zeichen`));
    assert.match(await page.textContent('#share-hint'), /alle eingegebenen Daten/);
    const qr = page.locator('#share-qr svg');
    const box = await qr.boundingBox();
    assert.ok(box && box.width >= 400 && Math.abs(box.width - box.height) < 1,
      `QR code is ${JSON.stringify(box)} px on a 1400×1000 screen`);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'share-dialog.png') });
    await assertNoAxeViolations(page, 'share dialog open');

    // Copy: either the clipboard takes it, or the text is selected for Ctrl+C.
    await page.click('#share-copy');
    await page.waitForFunction(() => document.querySelector('#share-copy-status')?.textContent.trim());

    // Escape closes the dialog and focus goes back to "Teilen".
    await page.keyboard.press('Escape');
    await page.locator('#share-dialog').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'share-open');
  });

  const fragment = link.slice(link.indexOf('#'));
  await withApp({ path: fragment }, async ({ page }) => {
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    const opened = await readResults(page);
    assert.equal(opened.kw, shown.kw);
    assert.equal(opened.verdict, shown.verdict);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '2.345');
    assert.equal(await page.inputValue(sel.field('usage-fee')), '1.234,5');
    assert.equal(await page.evaluate(() => location.hash), '', 'the link leaves the address');
    // A fresh profile that opens a link holds just the opened copy, not
    // the example beside it.
    assert.equal((await entryNames(page)).length, 1);
  });
});

test('autosave: after a reload the values, an invalid draft and the library are still there', async () => {
  // Guards against losing work on reload or crash, in particular text the
  // user typed that is not yet a valid number.
  await withApp(async ({ page }) => {
    await fillIn(page);
    await typeInto(page, 'project-hours', '12,3,4');
    await page.locator(sel.errorSummary).waitFor({ state: 'visible' });
    // Invalid text in a range end, the seed and a Nutzwert weight is kept too.
    await tick(page, '#f-usage-fee-range');
    await fill(page, '#f-usage-fee-min', '1.0.0');
    await fill(page, '#f-seed', '-5');
    await fill(page, '#crit-0-weight', '150');
    // What the results show now (the last valid figures, marked outdated).
    const shown = await readResults(page);
    await page.click('#library-new');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    await page.click('#library-list li:first-child button[id$="-open"]');
    await page.waitForFunction((v) => document.querySelector('#f-cases-per-year').value === v, '2.345');

    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await entryNames(page), [
      'Hundesteuer An- und Abmeldung (illustratives Beispiel)', 'Neue Bewertung']);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '2.345');
    assert.equal(await page.inputValue(sel.field('project-hours')), '12,3,4');
    assert.equal(await page.getAttribute(sel.field('project-hours'), 'aria-invalid'), 'true');
    assert.equal(await page.isChecked('#f-usage-fee-range'), true);
    assert.equal(await page.inputValue('#f-usage-fee-min'), '1.0.0');
    assert.equal(await page.getAttribute('#f-usage-fee-min', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#f-seed'), '-5');
    assert.equal(await page.getAttribute('#f-seed', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#crit-0-weight'), '150');
    assert.equal(await page.getAttribute('#crit-0-weight', 'aria-invalid'), 'true');
    // All four are listed in the error summary.
    for (const id of ['f-project-hours', 'f-usage-fee-min', 'f-seed', 'crit-0-weight']) {
      assert.equal(await page.locator(`#error-summary a[href="#${id}"]`).count(), 1, id);
    }
    const after = await readResults(page);
    assert.equal(after.kw, shown.kw);
    assert.equal(after.outdated, 'true', 'the draft still marks the results outdated');
    await assertNoAxeViolations(page, 'library panel with two entries');
  });
});

test('two tabs: a change in one does not wipe out what the other added', async () => {
  // Guards against the last tab to save overwriting the whole library with
  // its stale list (an entry created in the other tab would be lost).
  await withApp(async ({ page, server }) => {
    const other = await page.context().newPage();
    await other.goto(server.url);
    await waitForApp(other);
    // Tab one adds an entry; tab two lists it without a reload.
    await page.click('#library-new');
    await other.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    // Tab two, still on the first assessment, goes on typing.
    await typeInto(other, 'cases-per-year', '2.345');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    await other.close();

    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await entryNames(page), [
      'Hundesteuer An- und Abmeldung (illustratives Beispiel)', 'Neue Bewertung']);
    // Tab two saved last, with the first assessment open and edited.
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '2.345');
  });
});

test('a truncated or altered link shows a German message and leaves the saved assessments alone', async () => {
  // Guards against a broken link that crashes the app, silently shows other
  // figures, or replaces what the user had saved.
  let good;
  await withApp(async ({ page }) => {
    good = (await shareLink(page)).split('#')[1];
  });
  await withApp(async ({ page, server }) => {
    await fillIn(page);
    await page.click('#library-new');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    const names = await entryNames(page);
    const cases = await page.inputValue(sel.field('cases-per-year'));

    // Truncated, as a chat program might cut it: arrives by hashchange.
    await page.evaluate((f) => { location.hash = f; }, good.slice(0, -60));
    const alert = page.locator('#link-error');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.textContent(), /unvollständig oder verändert/);
    assert.match(await alert.textContent(), /gespeicherten Bewertungen sind unverändert/);
    assert.deepEqual(await entryNames(page), names);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), cases);

    // One character flipped, opened as a fresh page load.
    const i = Math.floor(good.length / 2);
    const flipped = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    await page.goto('about:blank');
    await page.goto(`${server.url}#${flipped}`);
    await waitForApp(page);
    await page.locator('#link-error').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#link-error'), /Der Link/);
    assert.deepEqual(await entryNames(page), names, 'the saved assessments are still listed');
    assert.equal(await page.inputValue(sel.field('cases-per-year')), cases);
    await page.screenshot({ path: join(SHOTS, 'broken-link.png'), fullPage: false });
  });
});

test('JSON: save a file, open it again by file picker and by drag and drop; a broken file is refused', async () => {
  // Guards against an export that cannot be read back, an import that
  // overwrites the open assessment, and a drop zone that does nothing.
  await withApp(async ({ page }) => {
    const shown = await fillIn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#json-save')]);
    assert.equal(download.suggestedFilename(), 'efa-check-hundesteuer-an-und-abmeldung-illustratives-beispiel.json');
    const path = join(SHOTS, 'export.json');
    await mkdir(SHOTS, { recursive: true });
    await download.saveAs(path);
    const text = await readFile(path, 'utf8');
    const doc = JSON.parse(text);
    assert.equal(doc.format, 'efa-check');
    assert.equal(doc.assessment.benefits.cases_per_year, 2345);
    assert.ok(text.includes('\n  "version"'), 'pretty-printed');

    // Open it with the file picker: a new entry.
    await page.click('#library-new');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    await page.setInputFiles('#json-file', path);
    await page.locator('#file-notice').waitFor({ state: 'visible' });
    assert.equal((await entryNames(page)).length, 3);
    assert.match((await entryNames(page))[2], /\(aus Datei\)$/);
    assert.equal((await readResults(page)).kw, shown.kw);

    // A broken file: refused with the file message; nothing changes.
    await page.setInputFiles('#json-file', { name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "efa') });
    await page.locator('#file-error').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#file-error'), /Die Datei konnte nicht gelesen werden/);
    assert.equal((await entryNames(page)).length, 3);

    // Drag and drop onto the drop zone.
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'bewertung.json', { type: 'application/json' }));
      const zone = document.querySelector('#json-drop');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 4);
    await page.locator('#file-notice').waitFor({ state: 'visible' });
    assert.equal((await readResults(page)).kw, shown.kw);
  });
});

test('screenshots for humans: library and notices at 360 px and 1400 px', async () => {
  // Guards against the library panel overflowing a phone screen.
  for (const width of [360, 1400]) {
    await withApp({ viewport: { width, height: 900 } }, async ({ page }) => {
      await page.click('#library-new');
      await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px screen`);
      await mkdir(SHOTS, { recursive: true });
      await page.locator('#library').screenshot({ path: join(SHOTS, `library-${width}.png`) });
    });
  }
});
