// End-to-end tests of the CSV and Excel downloads on the release bundle
// (src/ui/saved/export.rs, the on-demand module efa-xlsx): the module is
// fetched only on the first press; the CSV is German Excel's (BOM,
// semicolons, CRLF) and carries the KW shown on screen; LibreOffice
// recalculates the workbook to the same KW; when the module cannot be
// fetched, the page says so, nothing typed is lost, and the next press
// works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp, typeInto, readResults, waitForChange, withoutExampleRanges, assertNoAxeViolations } from './helpers.mjs';
import { readCsvDownload, germanNumber, valueAfter, recalculatedSheets } from './spreadsheet.mjs';

const MODULE = /efa-xlsx-[0-9a-f]+(_bg\.wasm|\.js)/;
const fetchedModule = (responses) => responses.filter((r) => MODULE.test(r.url));

/**
 * A key figure as shown ("11.405 €", "−1,6 Mio. €", "233 Tsd. €") and
 * half a unit of its last digit: what the exact value may differ by.
 */
function shownEuros(text) {
  const t = text.replace(/\s/g, ' ').replace('−', '-');
  const m = t.match(/(-?[\d.]+(?:,(\d+))?)\s*(Mio\.|Tsd\.)?\s*€/);
  assert.ok(m, `a euro figure: ${text}`);
  const scale = m[3] === 'Mio.' ? 1e6 : m[3] === 'Tsd.' ? 1e3 : 1;
  const decimals = m[2]?.length ?? 0;
  return {
    value: Number(m[1].replace(/\./g, '').replace(',', '.')) * scale,
    tolerance: 0.5 * 10 ** -decimals * scale + 1e-9,
  };
}

/** Presses a button and saves the file it downloads. */
async function download(page, button, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test('CSV and Excel: fetched on the first press, the KW on screen in both, the workbook recalculates to it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'efa-export-'));
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page, responses }) => {
    await withoutExampleRanges(page);
    const before = await readResults(page);
    await typeInto(page, 'cases-per-year', '2.345');
    const shown = await waitForChange(page, before);
    assert.deepEqual(fetchedModule(responses), [], 'not part of the first load');

    const csv = await download(page, '#csv-save', dir);
    assert.match(csv.name, /^efa-check-.+\.csv$/);
    const fetched = fetchedModule(responses);
    assert.equal(fetched.length, 2, `the script and the wasm: ${JSON.stringify(fetched)}`);
    const rows = await readCsvDownload(csv.path);
    assert.ok(rows.some((r) => r.length > 10), 'semicolon-separated');
    const kw = germanNumber(valueAfter(rows, 'Ergebnis', 'Kapitalwert (KW)'));
    const screen = shownEuros(shown.kw);
    assert.ok(Math.abs(kw - screen.value) <= screen.tolerance, `CSV KW ${kw}, on screen ${shown.kw}`);
    assert.equal(germanNumber(valueAfter(rows, 'Eingaben', 'Fallzahl pro Jahr')), 2345);

    const xlsx = await download(page, '#xlsx-save', dir);
    assert.match(xlsx.name, /^efa-check-.+\.xlsx$/);
    assert.equal(fetchedModule(responses).length, 2, 'no second fetch');
    const sheets = await recalculatedSheets(xlsx.path);
    assert.deepEqual(Object.keys(sheets).slice(0, 3), ['Eingaben', 'Zahlungsströme', 'Ergebnis']);
    const recalculated = Number(sheets.Ergebnis.find((r) => r[0] === 'Kapitalwert (KW)')[1]);
    assert.ok(Math.abs(recalculated - kw) < 1, `workbook KW ${recalculated}, app ${kw}`);
    await assertNoAxeViolations(page, 'toolbar with the export buttons');
  });
});

test('when the module cannot be fetched, a message says so, nothing typed is lost, and the next press works', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'efa-export-'));
  await withApp({
    viewport: { width: 1366, height: 900 },
    consoleErrorsExpected: /efa-xlsx|Failed to load resource|Failed to fetch dynamically imported module/,
    beforeGoto: (page) => page.route(MODULE, (route) => route.abort('internetdisconnected')),
  }, async ({ page }) => {
    await withoutExampleRanges(page);
    const before = await readResults(page);
    await typeInto(page, 'cases-per-year', '2.345');
    const changed = await waitForChange(page, before);

    await page.click('#xlsx-save');
    await page.locator('#export-error').waitFor();
    assert.match(await page.textContent('#export-error'), /nicht erstellt werden.*nicht laden.*unverändert/s);
    assert.equal(await page.textContent('#xlsx-save'), 'Als Excel-Arbeitsmappe herunterladen', 'the button is back');
    assert.equal(await page.inputValue('#f-cases-per-year'), '2.345');
    assert.equal((await readResults(page)).kw, changed.kw);

    await page.unroute(MODULE);
    const csv = await download(page, '#csv-save', dir);
    const rows = await readCsvDownload(csv.path);
    assert.equal(germanNumber(valueAfter(rows, 'Eingaben', 'Fallzahl pro Jahr')), 2345);
  });
});
