// End-to-end tests of the module loaded on demand (src/extras.rs: the
// charts, the QR encoder and the link compressor), on the release bundle:
// the first result shows while the module is still on its way; the
// charts follow when it arrives; "Teilen" needs no second fetch; and when
// it cannot be fetched, the figures and tables are all there, the share
// dialog says so and offers the file, nothing typed is lost, and the next
// try works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, readResults, waitForChange, withoutExampleRanges, shareLink, assertNoAxeViolations } from './helpers.mjs';

const EXTRAS = /efa-extras-[0-9a-f]+(_bg\.wasm|\.js)/;
const fetchedExtras = (responses) => responses.filter((r) => EXTRAS.test(r.url));

test('the first result shows before the on-demand module has arrived; the charts follow; "Teilen" fetches nothing more', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await withApp({
    viewport: { width: 1366, height: 900 },
    waitForCharts: false,
    // Hold the module back until the test has seen the first result.
    beforeGoto: (page) => page.route(EXTRAS, async (route) => { await held; await route.continue(); }),
  }, async ({ page, responses }) => {
    const results = await readResults(page);
    assert.match(results.verdict, /wirtschaftlich/i);
    assert.match(results.kw, /€/);
    assert.equal(await page.locator('#chart-cashflow svg').count(), 0, 'no chart before the module');
    assert.ok(await page.locator('#yearly-table tbody tr').count() > 3, 'the tables are there without it');
    assert.deepEqual(fetchedExtras(responses), []);

    release();
    await page.locator('#chart-cashflow svg').waitFor();
    const fetched = fetchedExtras(responses);
    assert.equal(fetched.length, 2, `the script and the wasm: ${JSON.stringify(fetched)}`);
    assert.ok(fetched.every((r) => r.status === 200));
    assert.ok(fetched.some((r) => r.url.endsWith('_bg.wasm') && r.type === 'application/wasm'));

    const link = await shareLink(page);
    assert.match(link, /#v\d+\./);
    await page.locator('#share-qr svg').waitFor();
    assert.equal(fetchedExtras(responses).length, 2, 'no second fetch');
  });
});

test('when the module cannot be fetched, figures and tables stay, the dialog says so and offers the file, nothing typed is lost; the next try works', async () => {
  await withApp({
    viewport: { width: 1366, height: 900 },
    waitForCharts: false,
    consoleErrorsExpected: /efa-extras|Failed to load resource|Failed to fetch dynamically imported module/,
    beforeGoto: (page) => page.route(EXTRAS, (route) => route.abort('internetdisconnected')),
  }, async ({ page }) => {
    await withoutExampleRanges(page);
    const before = await readResults(page);
    await typeInto(page, 'cases-per-year', '2.345');
    const changed = await waitForChange(page, before);
    assert.equal(await page.locator('#chart-cashflow svg').count(), 0);
    assert.ok(await page.locator('#chart-cashflow table tbody tr').count() > 3, 'the chart\'s data table is there');

    await page.click('#share-open');
    await page.locator('#share-failed').waitFor();
    assert.match(await page.textContent('#share-failed'), /nicht erstellt werden/);
    assert.equal(await page.isVisible('#share-link'), false);
    assert.ok(await page.isVisible('#share-json-save'), 'the file is offered instead');
    await assertNoAxeViolations(page, 'share dialog, module not loaded');
    await page.click('#share-close');
    assert.equal(await page.inputValue('#f-cases-per-year'), '2.345');
    assert.equal((await readResults(page)).kw, changed.kw);

    await page.unroute(EXTRAS);
    const link = await shareLink(page);
    assert.match(link, /#v\d+\./);
    await page.locator('#share-qr svg').waitFor();
    assert.equal(await page.locator('#share-failed').count(), 0);
    await page.click('#share-close');
    // The charts come back with the module.
    await page.locator('#chart-cashflow svg').waitFor();
  });
});
