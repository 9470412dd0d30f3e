// End-to-end tests of the release bundle (dist/), driven like a person would
// use it: type into fields, read what the page shows. Run with
// `node --test tests/e2e/` after `trunk build --release` (make test does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, readResults, waitForChange, withoutExampleRanges, sel } from './helpers.mjs';

test('the app loads from dist/ with the illustrative example and shows a result', async () => {
  await withApp(async ({ page, origin, responses }) => {
    assert.match(await page.title(), /EfA-Check/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');

    const r = await readResults(page);
    assert.ok(r.verdict.length > 10, `verdict sentence: ${r.verdict}`);
    assert.match(r.kw, /\d/, `KW figure: ${r.kw}`);
    assert.ok(r.payback, 'payback figure is shown');
    assert.equal(r.outdated, 'false');
    assert.equal(r.errorSummary, false, 'no error summary for the valid example');
    assert.ok(r.chart?.startsWith('<svg'), 'cash-flow chart is an inline SVG');
    // The yearly table: base year 0 plus the default 5-year horizon.
    const rows = await page.locator(`${sel.yearlyTable} tbody tr`).count();
    assert.ok(rows >= 2, `yearly table has rows (found ${rows})`);

    // The example's figures are in the fields (German formatting).
    const cases = await page.inputValue(sel.field('cases-per-year'));
    assert.match(cases, /^[\d.]+(,\d+)?$/, `cases field shows a German number: "${cases}"`);

    // The wasm is served with the type that streaming compilation needs:
    // the app's once, and the on-demand module's (the charts) once.
    const wasm = responses.filter((x) => x.url.endsWith('.wasm'));
    assert.deepEqual(wasm.map((x) => /efa-extras-/.test(x.url)), [false, true], `two wasm requests from ${origin}`);
    for (const w of wasm) {
      assert.equal(w.status, 200);
      assert.equal(w.type, 'application/wasm');
    }
  });
});

test('typing new figures updates the verdict, the KW and the chart', async () => {
  await withApp(async ({ page }) => {
    // 1 and 100.000 cases lie outside the example's span of cases.
    await withoutExampleRanges(page);
    // Very few cases: the service cannot pay off.
    let before = await readResults(page);
    await typeInto(page, 'cases-per-year', '1');
    const few = await waitForChange(page, before);
    assert.equal(few.outdated, 'false');

    // Very many cases and more minutes saved per case: it clearly pays off.
    await typeInto(page, 'cases-per-year', '100000');
    const many = await waitForChange(page, few);
    await typeInto(page, 'minutes-saved', '30');
    const more = await waitForChange(page, many);

    assert.notEqual(few.kw, many.kw, 'KW changes with the case number');
    assert.notEqual(many.kw, more.kw, 'KW changes with the minutes saved');
    assert.notEqual(few.verdict, more.verdict,
      `verdict changes between an uneconomic and an economic case:\n  ${few.verdict}\n  ${more.verdict}`);
    assert.notEqual(few.chart, more.chart, 'the chart SVG is redrawn');
    assert.equal(more.outdated, 'false');
    assert.equal(await page.inputValue(sel.field('cases-per-year')) !== '', true);
  });
});

test('an invalid entry shows an inline error and a summary, keeps the text, marks results outdated, and recovers', async () => {
  await withApp(async ({ page }) => {
    const field = 'cases-per-year';
    const valid = await readResults(page);

    await typeInto(page, field, '12,3,4');
    const error = page.locator(sel.fieldError(field));
    await error.waitFor({ state: 'visible' });
    assert.ok((await error.textContent()).trim().length > 5, 'the inline error says what is wrong');

    const summary = page.locator(sel.errorSummary);
    await summary.waitFor({ state: 'visible' });
    assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1,
      'the error summary links to the field');

    // What the person typed stays in the field, so it can be corrected.
    assert.equal(await page.inputValue(sel.field(field)), '12,3,4');
    assert.equal(await page.getAttribute(sel.results, 'data-outdated'), 'true');

    // The summary link leads to the field.
    await summary.locator(`a[href="#f-${field}"]`).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, `f-${field}`);

    // Correcting the value (inside the example's span of 450 to 750
    // cases) brings everything back.
    await typeInto(page, field, '700');
    await page.locator(sel.errorSummary).waitFor({ state: 'detached' });
    assert.equal(await page.locator(sel.fieldError(field)).isVisible(), false,
      'the inline error is gone');
    assert.equal(await page.getAttribute(sel.results, 'data-outdated'), 'false');
    const fixed = await readResults(page);
    assert.ok(fixed.verdict && fixed.kw, 'results are shown again');
    assert.ok(valid.kw, 'sanity: there was a KW before');
  });
});

test('German number formats are accepted: "1.234,5" means 1234.5', async () => {
  await withApp(async ({ page }) => {
    const field = 'usage-fee';
    const before = await readResults(page);

    await typeInto(page, field, '1.234,5');
    const german = await waitForChange(page, before);
    assert.equal(german.outdated, 'false', 'the German number is valid');
    assert.equal(german.errorSummary, false);
    assert.equal(await page.locator(sel.fieldError(field)).isVisible(), false);

    // The same amount without thousands separator gives the same KW ...
    await typeInto(page, field, '1234,5');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-outdated') === 'false', sel.results);
    assert.equal((await readResults(page)).kw, german.kw);

    // ... and "1,5" (one and a half euros) a different one.
    await typeInto(page, field, '1,5');
    const small = await waitForChange(page, german);
    assert.notEqual(small.kw, german.kw);
  });
});

test('printing draws every chart and fills every explanation; opening one fills it', async () => {
  // Guards against the beforeprint and toggle listeners (gloo-events) not
  // being attached: a printout would lack the charts below the fold and
  // the folded explanations.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    const formulas = () => page.locator('.details__formula').count();
    assert.equal(await formulas(), 0, 'closed explanations are not written');
    assert.equal(await page.locator('#chart-tornado svg').count(), 0, 'off-screen chart not drawn');
    await page.locator('.kpi .details__summary').first().click();
    await page.waitForFunction(() => document.querySelectorAll('.details__formula').length === 1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForSelector('#chart-tornado svg', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('.details__formula').length > 1);
  });
});
