// The answer always in sight: the summary bar shows the recommendation,
// the verdict, the Kapitalwert and the payback on the first screen, and
// keeps showing them (updated) while the user types far down the form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, openAround, tick, withoutExampleRanges, assertNoAxeViolations, sel, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/** Whether the element is fully inside the viewport. */
async function inView(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const { height, width } = page.viewportSize();
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

test('at 1366 × 768 the verdict and the Kapitalwert are on the first screen and stay there while typing far down', async () => {
  // Regression: at 1366 × 768 neither the verdict nor the Kapitalwert was
  // on the first screen; a Kämmerer typing saw no answer.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    for (const s of ['#summary-verdict', '#summary-kw', '#summary-recommendation', '#summary-payback']) {
      assert.ok(await inView(page, s), `${s} is on the first screen`);
    }
    assert.equal(await page.textContent('#summary-kw'), await page.textContent(sel.kpiKw));
    assert.match(await page.textContent(sel.verdict), new RegExp(`^${(await page.textContent('#summary-verdict')).trim()}`, 'i'));
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'summary-1366.png') });

    // A field far down the form: the discount rate (Parameter section,
    // opened by its header as a person would).
    const before = await page.textContent('#summary-kw');
    await openAround(page, sel.field('discount-rate'));
    await page.locator(sel.field('discount-rate')).focus();
    assert.ok(await inView(page, sel.field('discount-rate')), 'the focused field is not hidden under the bar');
    await typeInto(page, 'discount-rate', '7');
    await page.waitForFunction((old) => document.querySelector('#summary-kw').textContent !== old, before);
    for (const s of ['#summary-verdict', '#summary-kw']) {
      assert.ok(await inView(page, s), `${s} stays in view while the user types far down`);
    }
    assert.equal(await page.textContent('#summary-kw'), await page.textContent(sel.kpiKw));
    await page.screenshot({ path: join(SHOTS, 'summary-1366-typing.png') });

    // An invalid entry marks the summary outdated, in words.
    await typeInto(page, 'discount-rate', 'x');
    await page.locator('#summary-outdated').waitFor();
  });
});

test('with ranges the summary shows the probability of a positive Kapitalwert', async () => {
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    // The starting example carries ranges, so the chance is there at once.
    await page.locator('#summary-chance').waitFor({ state: 'visible' });
    assert.ok(await inView(page, '#summary-chance'), 'the chance is on the first screen');
    assert.match(await page.textContent('#summary-chance'), /%/);
    await withoutExampleRanges(page);
    assert.equal(await page.isVisible('#summary-chance'), false, 'no probability without ranges');
    await tick(page, '#f-minutes-saved-range');
    await page.fill('#f-minutes-saved-min', '2');
    await page.fill('#f-minutes-saved-max', '30');
    await page.locator('#summary-chance').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#summary-chance'), /%/);
  });
});

test('the summary passes axe and fits at 360, 1366 and 1920 px', async () => {
  for (const [width, height] of [[360, 740], [1366, 768], [1920, 1080]]) {
    await withApp({ viewport: { width, height } }, async ({ page }) => {
      assert.ok(await inView(page, '#summary-kw'), `Kapitalwert on the first screen at ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${overflow}px too wide at ${width} px`);
      await assertNoAxeViolations(page, `summary at ${width} px`);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `summary-${width}.png`) });
    });
  }
});
