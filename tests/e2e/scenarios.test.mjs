// End-to-end test of the scenarios (pessimistic / realistic / optimistic)
// on the release bundle: read as a person reads them, the realistic column
// is the assessment's own Kapitalwert, the others lie on either side, the
// rule is stated, the inputs' values can be opened, and a typed change
// moves all three. axe checks the part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, readResults, waitForChange, assertNoAxeViolations } from './helpers.mjs';

/** "+1.234 €" / "−12,3 Tsd. €" → a number in euros. */
function euros(text) {
  const t = text.replace(/\s/g, ' ').trim();
  const scale = /Mio\./.test(t) ? 1e6 : /Tsd\./.test(t) ? 1e3 : 1;
  const n = t.replace(/[^\d,−+-]/g, '').replace('−', '-').replace(/\./g, '').replace(',', '.');
  return Number(n) * scale;
}

/** The scenarios table as rows of cell texts, after scrolling it into view. */
async function readScenarios(page) {
  await page.locator('#scenarios').scrollIntoViewIfNeeded();
  await page.locator('#scenarios-table').waitFor();
  return page.locator('#scenarios-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

test('scenarios: realistic is the assessment itself, pessimistic ≤ realistic ≤ optimistic, and a change moves them', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    const results = await readResults(page);
    let rows = await readScenarios(page);
    assert.equal(rows[0][0], 'Kapitalwert');
    assert.deepEqual(rows.map((r) => r.length), [4, 4, 4, 4, 4]);
    const [pessimistic, realistic, optimistic] = rows[0].slice(1).map(euros);
    assert.equal(rows[0][2], results.kw, 'the realistic column is the key figure');
    assert.ok(pessimistic < realistic && realistic < optimistic, `${rows[0]}`);
    assert.match(await page.textContent('#scenarios-rule'), /±20 %/);

    // The inputs behind them, on request.
    await page.click('#scenarios summary');
    const inputs = page.locator('#scenarios-inputs tbody tr');
    await inputs.first().waitFor();
    assert.ok(await inputs.count() >= 5, 'several inputs move');
    const cases = await inputs.filter({ hasText: 'Fallzahl' }).first().locator('td').allTextContents();
    assert.equal(cases.length, 4);
    await assertNoAxeViolations(page, 'scenarios with their inputs open');

    // A change moves every scenario.
    await typeInto(page, 'minutes-saved', '40');
    await waitForChange(page, results);
    await page.waitForFunction((before) =>
      document.querySelector('#scenarios-table tbody tr td')?.textContent.trim() !== before, rows[0][1]);
    const after = await readScenarios(page);
    assert.notDeepEqual(after[0], rows[0]);
    assert.equal(after[0][2], (await readResults(page)).kw);
  });
});

test('costs by category: one stacked bar per year, funding below zero, with its message and the same numbers as a table', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await page.locator('#chart-categories').scrollIntoViewIfNeeded();
    await page.locator('#chart-categories svg').waitFor();
    const rows = await page.locator('#chart-categories-table tbody tr').evaluateAll((rs) =>
      rs.map((r) => [...r.children].map((c) => c.textContent.trim())));
    const years = await page.locator('#yearly-table tbody tr').count();
    assert.equal(rows.length, years, 'a row per year of the yearly table');
    assert.deepEqual(rows[0].slice(0, 1), ['0']);
    assert.match(rows[0][4], /^-[\d.]+\s€$/, 'the example has funding in year 0, as a negative cost');
    assert.ok(rows.slice(1).every((r) => r[1] === '0\u00a0€' || r[1] === '0 €'), 'integration only in year 0');
    assert.match(await page.textContent('#chart-categories figcaption'), /Größter Kostenblock über \d+ Jahre: \w+ mit [\d.]+\s€; die Förderung deckt/);
    assert.equal(await page.locator('#chart-categories svg title').count(), 1);
    await assertNoAxeViolations(page, 'costs by category');
  });
});
