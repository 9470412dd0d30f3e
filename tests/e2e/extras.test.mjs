// End-to-end tests of the module loaded on demand (src/extras.rs: the QR
// encoder and the link compressor), on the release bundle: the first load
// does not fetch it, the share dialog and the presentation's link view do,
// and when it cannot be fetched the dialog says so, offers the file
// instead, and the work in the form is untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, readResults, waitForChange, withoutExampleRanges, shareLink, assertNoAxeViolations } from './helpers.mjs';

const fetchedExtras = (responses) => responses.filter((r) => /efa-extras-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.url));

test('the first load does not fetch the on-demand module; "Teilen" does, once', async () => {
  await withApp(async ({ page, responses }) => {
    await readResults(page);
    assert.deepEqual(fetchedExtras(responses), [], 'nothing of efa-extras before it is needed');

    const link = await shareLink(page);
    assert.match(link, /#v\d+\./);
    await page.locator('#share-qr svg').waitFor();
    const fetched = fetchedExtras(responses);
    assert.equal(fetched.length, 2, `the script and the wasm: ${JSON.stringify(fetched)}`);
    assert.ok(fetched.every((r) => r.status === 200));
    assert.ok(fetched.some((r) => r.url.endsWith('_bg.wasm') && r.type === 'application/wasm'));
    await page.click('#share-close');

    // A second time: no second fetch.
    await shareLink(page);
    assert.equal(fetchedExtras(responses).length, 2);
  });
});

test('when the module cannot be fetched, the dialog says so, offers the file, and nothing typed is lost; the next try works', async () => {
  await withApp({ consoleErrorsExpected: /efa-extras|Failed to load resource|Failed to fetch dynamically imported module/ }, async ({ page }) => {
    await withoutExampleRanges(page);
    const before = await readResults(page);
    await typeInto(page, 'cases-per-year', '2.345');
    const changed = await waitForChange(page, before);

    await page.route(/efa-extras-/, (route) => route.abort('internetdisconnected'));
    await page.click('#share-open');
    await page.locator('#share-failed').waitFor();
    assert.match(await page.textContent('#share-failed'), /nicht erstellt werden/);
    assert.equal(await page.isVisible('#share-link'), false);
    assert.ok(await page.isVisible('#share-json-save'), 'the file is offered instead');
    await assertNoAxeViolations(page, 'share dialog, module not loaded');
    await page.click('#share-close');
    assert.equal(await page.inputValue('#f-cases-per-year'), '2.345');
    assert.deepEqual(await readResults(page), changed);

    await page.unroute(/efa-extras-/);
    const link = await shareLink(page);
    assert.match(link, /#v\d+\./);
    await page.locator('#share-qr svg').waitFor();
    assert.equal(await page.locator('#share-failed').count(), 0);
  });
});
