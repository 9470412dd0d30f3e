// End-to-end tests of the alternatives and their comparison on the release
// bundle, as a person uses them: add an alternative (a copy of the first),
// name it, change one value, see both in the comparison with the best one
// named and the changed value marked; switch back and find the first as
// it was; share the link and open it in a fresh profile to see the same
// comparison; a typed error blocks switching without losing the text;
// four is the limit. axe checks the form and the comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, readResults, waitForChange, shareLink, assertNoAxeViolations, sel, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/** The comparison table as { figure: [cell per alternative] }, once it is settled. */
async function readComparison(page) {
  await page.locator('#compare-table[aria-busy="false"]').waitFor({ state: 'attached' });
  return page.locator('#compare-table').evaluate((t) => ({
    names: [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim()),
    rows: Object.fromEntries([...t.querySelectorAll('tbody tr')].map((r) =>
      [r.querySelector('th').textContent.trim(), [...r.querySelectorAll('td')].map((c) => c.textContent.trim())])),
  }));
}

/** Adds an alternative and names it, as a person would. */
async function addAlternative(page, name) {
  await page.click('#alt-add');
  await page.locator('#alt-name').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'alt-name', 'focus on the new name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
}

test('an alternative starts as a copy, one changed value shows in the comparison with the best named, and the first stays as it was', async () => {
  let link;
  let shown;
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    const first = await readResults(page);
    assert.equal(await page.locator('#comparison').count(), 0, 'no comparison with one alternative');
    await addAlternative(page, 'Eigenentwicklung');
    assert.ok(await page.isChecked('#alt-1'));
    // A copy: same figures, nothing marked.
    let c = await readComparison(page);
    assert.deepEqual(c.names, ['EfA-Nachnutzung', 'Eigenentwicklung']);
    assert.equal(c.rows.Kapitalwert[0], c.rows.Kapitalwert[1]);
    assert.equal(await page.locator('.differs').count(), 0);
    assert.match(await page.textContent('#results-for'), /„Eigenentwicklung“/);

    // One value changed in the alternative.
    await typeInto(page, 'minutes-saved', '25');
    const mine = await waitForChange(page, first);
    await page.locator('#f-minutes-saved-differs').waitFor();
    assert.match(await page.textContent('#f-minutes-saved-differs'), /Anders als in „EfA-Nachnutzung“ \(dort: 18 Minuten\)/);
    c = await readComparison(page);
    assert.equal(c.rows.Kapitalwert[0], first.kw, 'the first is unchanged');
    assert.equal(c.rows.Kapitalwert[1], mine.kw, 'the alternative as the single results show it');
    assert.match(await page.textContent('#compare-best'), /Am besten schneidet „Eigenentwicklung“ ab: Kapitalwert \+[\d.]+\s€, [\d.]+\s€ mehr als „EfA-Nachnutzung“/);
    assert.ok(c.rows['Wahrscheinlichkeit Kapitalwert > 0'].every((p) => /%$/.test(p)), 'spread from the example ranges');
    await page.locator('#chart-comparison').scrollIntoViewIfNeeded();
    await page.locator('#chart-comparison svg').waitFor();
    assert.equal(await page.locator('#chart-comparison-table tbody tr').count(), 2);
    await page.locator('#compare-switches[aria-busy="false"]').waitFor();
    assert.ok(await page.locator('#compare-switches-table tbody tr').count() >= 1, 'some input flips the order');
    await assertNoAxeViolations(page, 'two alternatives, the second edited');
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'alternatives-1366.png'), fullPage: false });

    // Back to the first: its own value, no mark.
    await page.click('#alt-0');
    await page.waitForFunction(() => document.querySelector('#f-minutes-saved').value === '18');
    assert.equal(await page.locator('.differs').count(), 0);
    assert.equal((await readResults(page)).kw, first.kw);
    // A value the alternative does not override follows the first.
    await typeInto(page, 'cases-per-year', '700');
    c = await readComparison(page);
    await page.click('#alt-1');
    await page.waitForFunction(() => document.querySelector('#f-cases-per-year').value === '700');
    assert.equal(await page.inputValue(sel.field('minutes-saved')), '25');
    shown = await readComparison(page);
    link = await shareLink(page);
  });

  // The link in a fresh profile: the same comparison.
  await withApp({ path: link.slice(link.indexOf('#')), viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    assert.deepEqual(await readComparison(page), shown);
  });
});

test('a typed error blocks switching and keeps the text; the value of the first can be taken back; four alternatives at most; removing one', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await addAlternative(page, 'Marktlösung');
    await typeInto(page, 'usage-fee', '2.000');
    await page.locator('#f-usage-fee-differs').waitFor();
    await typeInto(page, 'project-hours', '12,3,4');
    await page.locator(sel.errorSummary).waitFor();
    await page.click('#alt-0');
    await page.locator('#alt-blocked').waitFor({ state: 'visible' });
    assert.ok(await page.isChecked('#alt-1'), 'still the one with the error');
    assert.equal(await page.inputValue(sel.field('project-hours')), '12,3,4');
    await typeInto(page, 'project-hours', '12');

    // "Wert der ersten übernehmen".
    await page.click('#f-usage-fee-reset');
    await page.locator('#f-usage-fee-differs').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-usage-fee');

    await addAlternative(page, 'Dritte');
    await addAlternative(page, 'Vierte');
    assert.ok(await page.isDisabled('#alt-add'));
    assert.match(await page.textContent('#alt-limit'), /vier Alternativen/);
    assert.equal((await readComparison(page)).names.length, 4);
    await assertNoAxeViolations(page, 'four alternatives');

    await page.click('#alt-remove');
    await page.waitForFunction(() => document.querySelectorAll('input[name="alternative"]').length === 3);
    assert.ok(await page.isChecked('#alt-0'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'alt-0');
    assert.ok(!(await page.isDisabled('#alt-add')));
  });
});
