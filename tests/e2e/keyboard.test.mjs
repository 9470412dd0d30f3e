// The whole flow by keyboard alone, as someone who cannot use a mouse
// works: reach a field with Tab, type, see the answer change, make a range
// with Space, follow the error summary with Enter, open and close "Teilen".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, waitForApp, withoutExampleRanges } from './helpers.mjs';

/** Presses Tab (or Shift+Tab) until the element with `id` has focus. */
async function tabTo(page, id, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(() => document.activeElement?.id) === id) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`#${id} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id);

test('keyboard only: type, make a range, follow an error, share', async () => {
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    // Set-up, not part of the keyboard flow: the example's ranges go (so
    // that 3.000 cases are a valid entry and Space makes a range), and a
    // reload (autosave keeps the change) puts focus back at the start.
    await withoutExampleRanges(page);
    await page.reload();
    await waitForApp(page);
    // The first Tab lands on the skip link to the results.
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Ergebnis/);

    // A field by Tab, typed over, and the summary follows.
    const kw = await page.textContent('#summary-kw');
    await tabTo(page, 'f-cases-per-year');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3.000');
    await page.keyboard.press('Tab');
    await page.waitForFunction((old) => document.querySelector('#summary-kw').textContent !== old, kw);

    // Its range opens from the row (Tab to the row's disclosure, Enter);
    // the checkbox by Tab and Space; both ends typed.
    await tabTo(page, 'f-cases-per-year-more-summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'f-cases-per-year-range');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-cases-per-year-min');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2.000');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-cases-per-year-max');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4.000');
    await page.locator('#summary-chance').waitFor({ state: 'visible' });

    // An invalid entry; the error summary's link takes focus to the field.
    await tabTo(page, 'f-minutes-saved');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('viel');
    await page.keyboard.press('Tab');
    await page.locator('#error-summary').waitFor();
    await page.focus('#error-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'f-minutes-saved', 'Enter on the summary link focuses the field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.locator('#error-summary').waitFor({ state: 'detached' });

    // "Teilen" by Shift+Tab back up, Enter opens, Escape closes and
    // returns focus.
    await tabTo(page, 'share-open', { back: true });
    await page.keyboard.press('Enter');
    await page.locator('#share-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#share-dialog').waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'share-open');
  });
});
