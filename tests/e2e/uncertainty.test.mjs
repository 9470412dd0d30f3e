// End-to-end tests of uncertainty and sensitivity against the release
// bundle (dist/), acting as a person: tick "Als Spanne angeben", type a
// minimum and a maximum, read P(KW > 0) and the histogram, reload, and
// check the page with axe-core while the new sections are visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, tick, openAround, withoutExampleRanges, injectAxe, WCAG_TAGS, shareLink } from './helpers.mjs';

/** Enters the case number as a range 400–700 the way a person does. */
async function enterCaseRange(page) {
  // A person opens the row first; a closed row hides its controls.
  await openAround(page, '#f-cases-per-year-range');
  await tick(page, page.getByRole('checkbox', { name: 'Als Spanne angeben für Fallzahl pro Jahr' }));
  for (const [name, value] of [['Minimum', '400'], ['Maximum', '700']]) {
    const input = page.getByRole('textbox', { name: `${name} für Fallzahl pro Jahr` });
    await input.click();
    await input.fill('');
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await page.locator('#mc-probability').waitFor();
}

/**
 * What the uncertainty section shows, once its chart is scrolled into view
 * (charts are drawn when on screen) and the simulation, which follows a
 * change in a task of its own, has caught up (aria-busy="false").
 */
async function readUncertainty(page) {
  await page.locator('#uncertainty[aria-busy="false"]').waitFor();
  await page.locator('#chart-histogram').scrollIntoViewIfNeeded();
  await page.locator('#chart-histogram svg').waitFor();
  return page.evaluate(() => {
    const text = (q) => document.querySelector(q)?.textContent.trim() ?? null;
    return {
      probability: text('#mc-probability'),
      samples: text('#mc-samples'),
      p10: text('#mc-p10'),
      p50: text('#mc-p50'),
      p90: text('#mc-p90'),
      sentence: text('#uncertainty-sentence'),
      histogram: document.querySelector('#chart-histogram svg')?.outerHTML ?? null,
      payback: text('#payback-distribution tbody'),
      outdated: document.querySelector('#results')?.getAttribute('data-outdated'),
    };
  });
}

test('a range entered by hand gives P(KW > 0), percentiles and a histogram; a reload and the share link in a fresh profile give identical numbers', async () => {
  // Guards against a range that never reaches the simulation, results that
  // are missing or unlabelled, and numbers that change between page loads
  // or machines (an unseeded generator, or a range or seed lost by autosave
  // or by the share link).
  let first;
  let link;
  await withApp(async ({ page }) => {
    await withoutExampleRanges(page);
    assert.equal(await page.locator('#mc-probability').count(), 0, 'no simulation without a range');
    await enterCaseRange(page);
    first = await readUncertainty(page);
    assert.equal(first.outdated, 'false');
    // Never "100 %" or "0 %": a share of samples is an estimate.
    assert.match(first.probability, /^(\d{1,2}(,\d)?|über 99,9|unter 0,1)\s%$/, first.probability);
    assert.equal(first.samples, 'aus 10.000 Stichproben');
    for (const p of [first.p10, first.p50, first.p90]) assert.match(p, /^-?[\d.]+\s€$/, p);
    assert.match(first.sentence, /^Mit .* Wahrscheinlichkeit wirtschaftlich; der Kapitalwert liegt mit 80\s% Wahrscheinlichkeit zwischen .*; amortisiert sich im Median im \d+\. Jahr\.$/);
    assert.ok(first.histogram?.includes('role="img"'), 'the histogram is an image');
    assert.match(first.histogram, /<title id="chart-histogram-title">Verteilung des Kapitalwerts über 10\.000 Stichproben/);
    assert.ok(first.histogram.includes('KW = 0'), 'zero is marked');
    assert.match(first.payback, /nicht im Betrachtungszeitraum/);

    // A reload restores the same document (autosave), range included.
    await page.reload();
    await page.locator('#f-cases-per-year-min').waitFor({ state: 'attached' });
    assert.equal(await page.inputValue('#f-cases-per-year-min'), '400');
    assert.deepEqual(await readUncertainty(page), first, 'identical after a reload');

    link = await shareLink(page);
  });

  // The link, opened in a fresh browser profile.
  await withApp({ path: link.slice(link.indexOf('#')) }, async ({ page }) => {
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    assert.equal(await page.inputValue('#f-cases-per-year-max'), '700');
    assert.deepEqual(await readUncertainty(page), first, 'identical from the share link');
  });
});

test('an impossible range is reported beside the field and in the summary, and the text stays', async () => {
  // Guards against an invalid range that is silently dropped or used.
  await withApp(async ({ page }) => {
    await withoutExampleRanges(page);
    await enterCaseRange(page);
    const min = page.getByRole('textbox', { name: 'Minimum für Fallzahl pro Jahr' });
    await min.fill('650');
    await page.keyboard.press('Tab');
    const message = 'Das Minimum für die Fallzahl pro Jahr liegt über dem wahrscheinlichsten Wert 600. Geben Sie ein Minimum von höchstens 600 ein';
    await page.locator('#f-cases-per-year-range-error', { hasText: message }).waitFor();
    await page.locator('#error-summary a[href="#f-cases-per-year-min"]', { hasText: message }).waitFor();
    assert.equal(await min.inputValue(), '650');
    assert.equal(await page.locator('#results').getAttribute('data-outdated'), 'true');
    // The summary link takes the keyboard to the minimum.
    await page.locator('#error-summary a[href="#f-cases-per-year-min"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-cases-per-year-min');
    await typeInto(page, 'cases-per-year-min', '450');
    await page.locator('#error-summary').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#results').getAttribute('data-outdated'), 'false');
  });
});

test('no WCAG 2.1 A/AA violations (axe-core) with ranges, uncertainty and sensitivity shown', async () => {
  // Guards against the new inputs, tables and charts breaking accessibility
  // (unlabelled inputs, missing table headers, contrast, ARIA misuse).
  await withApp(async ({ page }) => {
    await enterCaseRange(page);
    // Open every details element so that its tables are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.locator('#switching-table').waitFor();
    await injectAxe(page);
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
    const report = result.violations.map((v) =>
      `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`).join('\n')}`);
    assert.equal(result.violations.length, 0, report.join('\n'));
  });
});
