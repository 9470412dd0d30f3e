// The compact form on the release bundle, used like a person would: the
// page is short on start, a collapsed section shows its total, a cost
// line's range opens from its row, the error summary opens the section of
// the field it leads to, and axe passes with sections collapsed and open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, openAround, assertNoAxeViolations, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/**
 * The words of an element as a screen reader gets them (visually hidden
 * parts included), no-break spaces of German amounts as spaces.
 */
async function shown(page, selector) {
  return (await page.locator(selector).textContent()).replace(/\s+/g, ' ').trim();
}

const isOpen = (page, selector) => page.locator(selector).evaluate((d) => d.open);

test('the default page at 1366 px wide is at most 6.000 px tall', async () => {
  // Regression: the default page was about 17.100 px tall, each cost line
  // four stacked controls, and the answer far from the fields.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`# default page height at 1366 px: ${height} px`);
    assert.ok(height <= 6000, `the page is ${height} px tall`);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'compact-1366.png'), fullPage: true });
  });
});

test('a collapsed section shows its total, worked out by hand for the example', async () => {
  // Guards against a header that shows another figure than the fields
  // below it add up to, or none once the section is collapsed.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    // Integration starts collapsed: 1.500 + 4.000 + 800 + 500 + 300 + 600
    // + 400 + 500 = 8.600 € paid out; own staff 40 h × 67,79 € = 2.711,60 €.
    assert.equal(await isOpen(page, '#section-integration'), false);
    assert.equal(await page.isVisible('#f-connection-fee'), false, 'its fields are folded away');
    assert.equal(await shown(page, '#section-integration-heading'),
      'Integration (einmalig): 8.600 € zzgl. 2.712 € eigenes Personal');

    // Nutzen starts open; collapsed, it keeps its total in view:
    // 0,95 + 0,60 = 1,55 € saved material plus 18 min / 60 × 63,02 € =
    // 18,906 € staff time per online case: 20,456 € ≈ 20,46 €.
    assert.equal(await isOpen(page, '#section-benefits'), true);
    await page.click('#section-benefits-heading');
    assert.equal(await isOpen(page, '#section-benefits'), false);
    assert.equal(await page.isVisible('#f-cases-per-year'), false);
    assert.equal(await shown(page, '#section-benefits-total'), '20,46 € je Online-Fall');

    // Typing in an opened section moves its total: Schulung 400 → 1.400 €
    // makes 8.600 + 1.000 = 9.600 €.
    await typeInto(page, 'training', '1.400');
    await page.click('#section-integration-heading');
    assert.equal(await isOpen(page, '#section-integration'), false);
    assert.equal(await shown(page, '#section-integration-total'), '9.600 € zzgl. 2.712 € eigenes Personal');
    // Nothing typed is lost by collapsing.
    await page.click('#section-integration-heading');
    assert.equal(await page.inputValue('#f-training'), '1.400');
  });
});

test('a cost line is one row, and its range opens from that row', async () => {
  // Guards against a range, note or unknown mark that cannot be reached
  // from its row, and against a row that hides what is set.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    await page.click('#section-integration-heading');
    // Label and amount on one line: the input sits beside the label.
    const label = await page.locator('label[for="f-training"]').boundingBox();
    const input = await page.locator('#f-training').boundingBox();
    assert.ok(input.x > label.x + label.width - 1 && input.y < label.y + label.height,
      `label ${JSON.stringify(label)}, input ${JSON.stringify(input)}`);
    // The row names what it offers; range, note and mark are folded away.
    assert.equal(await shown(page, '#f-training-more-summary'), 'Schulung: Spanne, Anmerkung, unbekannt');
    assert.equal(await page.isVisible('#f-training-range'), false);
    assert.equal(await page.isVisible('#f-training-note'), false);

    await page.click('#f-training-more-summary');
    assert.equal(await page.getAttribute('#f-training-more', 'open'), '');
    await page.locator('#f-training-range').check();
    // Prefilled 20 % below and above 400 €: 320 to 480.
    assert.equal(await page.inputValue('#f-training-min'), '320');
    assert.equal(await page.inputValue('#f-training-max'), '480');
    await page.locator('#f-training-note').fill('Angebot der VHS');

    // Closed again, the row says in words what is set.
    await page.click('#f-training-more-summary');
    assert.equal(await page.isVisible('#f-training-min'), false);
    assert.equal(await shown(page, '#f-training-more-summary'),
      'Schulung: Spanne 320–480 Anmerkung: Angebot der VHS unbekannt');
  });
});

test('an error-summary link opens the collapsed section and focuses the field', async () => {
  // Guards against a link that scrolls to a field hidden in a collapsed
  // section, leaving focus nowhere a person can see.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    await typeInto(page, 'usage-fee', 'viel');
    await page.locator('#error-summary').waitFor();
    // The person folds Betrieb away again, then follows the link.
    await page.click('#section-operations-heading');
    assert.equal(await isOpen(page, '#section-operations'), false);
    await page.click('#error-summary a[href="#f-usage-fee"]');
    assert.equal(await isOpen(page, '#section-operations'), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-usage-fee');
    const box = await page.locator('#f-usage-fee').boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `the field is in view: ${JSON.stringify(box)}`);
    assert.equal(await page.inputValue('#f-usage-fee'), 'viel', 'the text stays');

    // A range end inside a closed row: the row opens too.
    await openAround(page, '#f-cases-per-year-min');
    await page.fill('#f-cases-per-year-min', '9.999');
    await page.keyboard.press('Tab');
    await page.click('#f-cases-per-year-more-summary');
    assert.equal(await isOpen(page, '#f-cases-per-year-more'), false);
    await page.click('#error-summary a[href="#f-cases-per-year-min"]');
    assert.equal(await isOpen(page, '#f-cases-per-year-more'), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-cases-per-year-min');
  });
});

test('no WCAG 2.1 AA violations at 360, 1366 and 1920 px, sections collapsed and open', async () => {
  // Guards against disclosures without a name, badges without contrast,
  // or fieldsets that lose their group name when their legend became a
  // summary.
  for (const [width, height] of [[360, 740], [1366, 768], [1920, 1080]]) {
    await withApp({ viewport: { width, height } }, async ({ page }) => {
      await assertNoAxeViolations(page, `sections as on start, ${width} px`);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      // Every section and every row opened, as a person would click them.
      const closed = page.locator('form details:not([open]) > summary');
      while (await closed.count() > 0) await closed.first().click();
      assert.ok(await overflow() <= 0, `too wide at ${width} px with everything open`);
      await assertNoAxeViolations(page, `everything open, ${width} px`);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `compact-open-${width}.png`), fullPage: true });
      // And all collapsed.
      const open = page.locator('form details.section[open] > summary');
      while (await open.count() > 0) await open.first().click();
      assert.ok(await overflow() <= 0, `too wide at ${width} px collapsed`);
      await assertNoAxeViolations(page, `sections collapsed, ${width} px`);
    });
  }
});
