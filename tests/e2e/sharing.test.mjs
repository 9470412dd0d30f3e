// End-to-end test of the Kostenteilung on the release bundle, as a person
// uses it: tick the checkbox, add a second and a third Kommune by typing,
// read the split table (percent shares sum to 100 %, euro shares to the
// pool, the own Kapitalwert moves), switch the key to Einwohner and to a
// 50/50 mix, let the Land pay a share, type an invalid figure, reload, and
// let axe check the part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, waitForApp, tick, openAround, readResults, assertNoAxeViolations } from './helpers.mjs';

/** "1.907,51 €" / "+20.787 €" / "34,7 %" → a number. */
function number(text) {
  const n = text.replace(/[^\d,−+-]/g, '').replace('−', '-').replace(',', '.');
  return Number(n);
}

/** An element's text, with no-break spaces as plain ones. */
async function text(page, selector) {
  return (await page.textContent(selector)).replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** Types into the input `#id` as a person would: click, clear, type, Tab. */
async function typeId(page, id, text) {
  await openAround(page, `#${id}`);
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill('');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The split table: body rows and the sum row, as cell texts. */
async function readSplit(page) {
  return page.evaluate(() => {
    const cells = (row) => [...row.children].map((c) => c.textContent.replace(/[\u00a0\u202f]/g, ' ').trim());
    return {
      rows: [...document.querySelectorAll('#sharing-table tbody tr')].map(cells),
      sums: cells(document.querySelector('#sharing-table tfoot tr')),
    };
  });
}

/** Waits until the first row's share reads `share`, then reads the table. */
async function splitWith(page, share) {
  await page.waitForFunction((s) =>
    document.querySelector('#sharing-table tbody tr td')?.textContent.replace(/\u00a0/g, ' ').trim() === s, share);
  return readSplit(page);
}

/** The percent column sums to 100 % and each euro column to its pool. */
function assertSumsUp({ rows, sums }) {
  const sum = (col) => rows.reduce((s, r) => s + number(r[col]), 0);
  assert.equal(sums[1], '100,0 %');
  assert.equal(Math.round(sum(1) * 10), 1000, `percent shares ${rows.map((r) => r[1])}`);
  for (const col of [2, 3]) {
    assert.equal(Math.round(sum(col) * 100), Math.round(number(sums[col]) * 100),
      `column ${col}: ${rows.map((r) => r[col])} against ${sums[col]}`);
  }
}

/** Adds a body and types its name, Einwohner and cases. */
async function addBody(page, p, name, inhabitants, cases) {
  await page.click('#share-add');
  // Focus moves to the new body's name.
  await page.waitForFunction((id) => document.activeElement?.id === id, `body-${p}-name`);
  await page.keyboard.type(name);
  await typeId(page, `body-${p}-inhabitants`, inhabitants);
  await typeId(page, `body-${p}-cases`, cases);
}

test('Kostenteilung: three Kommunen share to the cent and 100 %, keys and the Land move the shares, the own KW changes, nothing is lost on reload', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    const kw = async () => (await readResults(page)).kw.replace(/[\u00a0\u202f]/g, ' ');
    const alone = await kw();
    assert.equal(await page.locator('#sharing').count(), 0, 'no split without sharing');
    await tick(page, '#share-on');
    await addBody(page, 1, 'Gemeinde Ahornfeld', '4.200', '310');
    await addBody(page, 2, 'Stadt Birkenau', '12.000', '820');
    assert.match(await text(page, '#section-sharing-total'), /^3 Körperschaften, nach Nutzung$/);

    // By use: 600, 310 and 820 of 1.730 cases.
    let split = await splitWith(page, '34,7 %');
    assert.deepEqual(split.rows.map((r) => [r[0], r[1]]), [
      ['Gemeinde Musterhausen (Beispiel) (Ihre Kommune)', '34,7 %'],
      ['Gemeinde Ahornfeld', '17,9 %'],
      ['Stadt Birkenau', '47,4 %'],
    ]);
    assertSumsUp(split);
    // The example's joint items: Anschlussgebühr and Schnittstelle once,
    // Nutzungsentgelt, Wartung and Weiterentwicklung every year.
    assert.deepEqual(split.sums.slice(2, 4), ['5.500,00 €', '1.750,00 €']);
    const shared = split.rows[0][4];
    assert.notEqual(shared, alone, 'the own KW changes with the partners');
    assert.ok(number(shared) > number(alone), `${shared} against ${alone}`);
    assert.equal(await kw(), alone, 'the key figures stay those of all costs');
    assert.match(await text(page, '#sharing-own'), new RegExp(`${shared.replace('+', '\\+')} \\(allein ${alone.replace('+', '\\+')}\\)`));
    assert.match(await text(page, '#sharing-key'), /Beschluss 2021\/23/);

    // The chart, once on screen: a title, one labelled bar per body.
    await page.locator('#chart-sharing').scrollIntoViewIfNeeded();
    await page.locator('#chart-sharing svg[role="img"]').waitFor();
    assert.equal(await text(page, '#chart-sharing svg title'), 'Kostenanteile je Körperschaft');
    assert.match(await text(page, '#chart-sharing svg'), /Stadt Birkenau: 47,4 %/);
    assert.match(await text(page, '#chart-sharing figcaption'), /^Stadt Birkenau trägt mit 47,4 % den größten Anteil/);

    // By Einwohner: 8.500, 4.200 and 12.000 of 24.700.
    await page.check('#share-key-inhabitants');
    split = await splitWith(page, '34,4 %');
    assert.deepEqual(split.rows.map((r) => r[1]), ['34,4 %', '17,0 %', '48,6 %']);
    assertSumsUp(split);

    // 50 % flat + 50 % by use: 1/6 each plus half the use shares.
    assert.equal(await page.isVisible('#share-weights'), false, 'weights only for the mix');
    await page.check('#share-key-mix');
    await page.locator('#share-weights').waitFor({ state: 'visible' });
    await page.waitForFunction(() => /kein Gewicht/.test(document.querySelector('#share-status').textContent));
    assert.equal(await page.isVisible('#sharing-problem'), true, 'the reason stands in the results too');
    await typeId(page, 'share-weight-flat', '50');
    await typeId(page, 'share-weight-cases', '50');
    split = await splitWith(page, '34,0 %');
    assert.deepEqual(split.rows.map((r) => r[1]), ['34,0 %', '25,6 %', '40,4 %']);
    assertSumsUp(split);
    assert.match(await text(page, '#sharing-key'), /50 % nach Nutzung und 50 % pauschal je Körperschaft/);

    // The Land pays 25 % before the split.
    await typeId(page, 'share-land-share', '25');
    await page.waitForFunction(() =>
      document.querySelector('#sharing-table tfoot td:nth-child(3)')?.textContent.replace(/\u00a0/g, ' ').trim() === '4.125,00 €');
    split = await readSplit(page);
    assert.deepEqual(split.sums.slice(2, 4), ['4.125,00 €', '1.312,50 €']);
    assertSumsUp(split);
    assert.match(await text(page, '#sharing-pools'), /Davon trägt das Land 1\.375,00 € einmalig und 437,50 € pro Jahr/);

    // An invalid figure: the text stays, the message stands beside it and
    // in the summary, the results say "veraltet".
    await typeId(page, 'body-2-cases', '8.20');
    const message = await text(page, '#body-2-cases-error');
    assert.match(message, /^Fehler: Stadt Birkenau: .*zum Beispiel/);
    const link = page.locator('#error-summary a[href="#body-2-cases"]');
    assert.equal((await link.textContent()).replace(/[\u00a0\u202f]/g, ' ').trim(), message.replace(/^Fehler: /, ''));
    assert.equal(await page.inputValue('#body-2-cases'), '8.20');
    assert.equal((await readResults(page)).outdated, 'true');
    await assertNoAxeViolations(page, 'Kostenteilung with an invalid figure');
    // The document holds the last valid value typed on the way ("8").
    const before = await readSplit(page);

    // Autosave: after a reload everything is still there.
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.isChecked('#share-on'), true);
    assert.equal(await page.inputValue('#body-1-name'), 'Gemeinde Ahornfeld');
    assert.equal(await page.inputValue('#body-2-inhabitants'), '12.000');
    assert.equal(await page.inputValue('#body-2-cases'), '8.20');
    assert.equal(await page.getAttribute('#body-2-cases', 'aria-invalid'), 'true');
    assert.equal(await page.isChecked('#share-key-mix'), true);
    assert.equal(await page.inputValue('#share-land-share'), '25');
    assert.deepEqual(await readSplit(page), before);

    // Fixed, the error goes; axe finds nothing in form or results.
    await typeId(page, 'body-2-cases', '820');
    await page.locator('#error-summary').waitFor({ state: 'detached' });
    await page.locator('#sharing').scrollIntoViewIfNeeded();
    await assertNoAxeViolations(page, 'Kostenteilung with three Kommunen');
  });
});

test('Kostenteilung at 360 px: one card per body, nothing wider than the screen', async () => {
  await withApp({ viewport: { width: 360, height: 780 } }, async ({ page }) => {
    await tick(page, '#share-on');
    await addBody(page, 1, 'Gemeinde Ahornfeld', '4.200', '310');
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('#section-sharing *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.id || e.className || e.tagName));
    assert.deepEqual(wide, [], 'elements of the section past the right edge');
    await assertNoAxeViolations(page, 'Kostenteilung at 360 px');
  });
});

test('Kostenteilung: a body named with markup stays text in the form, the table and the chart', async () => {
  // Guards against a body's name becoming markup where the app shows it,
  // above all in the chart SVG, which the page injects as markup.
  const name = '</text><img src=x onerror="window.__efaPwned=1">';
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await tick(page, '#share-on');
    await addBody(page, 1, name, '4.200', '310');
    await page.locator('#chart-sharing').scrollIntoViewIfNeeded();
    await page.locator('#chart-sharing svg').waitFor();
    await page.waitForFunction((n) =>
      document.querySelector('#chart-sharing svg')?.textContent.includes(n), name);
    assert.equal(await page.evaluate(() => window.__efaPwned), undefined);
    assert.equal(await page.locator('#sharing img, #section-sharing img').count(), 0);
    assert.equal((await readSplit(page)).rows[1][0], name);
    assert.equal(await text(page, '#body-1 legend'), name);
  });
});
