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

test('keyboard only: a section and a row open and close with Enter and Space', async () => {
  // Guards against toggles that a mouse can use but the keyboard cannot
  // reach or operate, and against focus that gets lost inside them.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    const isOpen = (id) => page.locator(`#${id}`).evaluate((d) => d.open);
    await tabTo(page, 'section-operations-heading');
    assert.equal(await isOpen('section-operations'), false);
    await page.keyboard.press('Enter');
    assert.equal(await isOpen('section-operations'), true);
    // The next Tab goes to its first field.
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-usage-fee');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.000');
    // Then to the row's disclosure; Space opens it, the range by Space.
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-usage-fee-more-summary');
    await page.keyboard.press('Space');
    assert.equal(await isOpen('f-usage-fee-more'), true);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-usage-fee-range');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'f-usage-fee-min');
    // Back up to the header, and Space folds the section away; its total
    // has the new fee: 1.000 + 600 + 120 + 250 = 1.970 € per year.
    await tabTo(page, 'section-operations-heading', { back: true });
    await page.keyboard.press('Space');
    assert.equal(await isOpen('section-operations'), false);
    assert.equal((await page.textContent('#section-operations-total')).replace(/\s+/g, ' '),
      '1.970 € pro Jahr zzgl. 0,35 € je Online-Fall');
    assert.equal(await focused(page), 'section-operations-heading', 'focus stays on the header');
  });
});
