// Issue 11: assumptions a Kämmerer can defend. On the release bundle, as a
// person would: start afresh and see the pre-filled values that count
// listed and marked; confirm one and see the list shrink; enter the
// travel-expense case and find the budget reason; an empty form gives no
// verdict; the break-even key figure and the field's kritischer Wert show
// the same number; the transport route gates "erfüllt".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, openAround, withoutExampleRanges, assertNoAxeViolations, sel, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/** Clicks "Mit Referenzwerten neu beginnen" (and confirms, if asked). */
async function startAfresh(page) {
  await page.getByRole('button', { name: 'Mit Referenzwerten neu beginnen' }).click();
  const confirm = page.getByRole('button', { name: /^Ja, neu beginnen/ });
  if (await confirm.count() > 0 && await confirm.isVisible()) await confirm.click();
  await page.waitForFunction(() => document.querySelector('#f-cases-per-year')?.value === '0');
}

/** The text of an element, spaces normalised. */
async function text(page, selector) {
  return (await page.textContent(selector)).replace(/\s+/g, ' ').trim();
}

/** The travel-expense case: 14.700 cases, all online, 13 minutes, 180.000 € one-time. */
async function enterTravelCase(page) {
  await typeInto(page, 'cases-per-year', '14700');
  await typeInto(page, 'online-share-start', '100');
  await typeInto(page, 'online-share-target', '100');
  await typeInto(page, 'minutes-saved', '13');
  await typeInto(page, 'other-one-time', '180000');
}

test('a fresh form gives no verdict and says what is missing; no Nutzwert nobody entered is cited', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await startAfresh(page);
    assert.match(await text(page, sel.verdict), /^Noch kein Ergebnis: Es fehlen die Fallzahl pro Jahr/);
    assert.match(await text(page, '#summary-verdict'), /unvollständig|fehlen|kein/i);
    const reasons = await text(page, '#recommendation-reasons');
    assert.match(reasons, /Fallzahl/);
    assert.doesNotMatch(reasons, /Nutzwert/, 'no Nutzwert is cited on an empty form');
    assert.doesNotMatch(await text(page, '#recommendation'), /nicht empfohlen/i);
    // No figure is claimed that nobody computed: no "0 €", no "sofort".
    for (const id of ['#summary-kw', '#summary-payback', '#kpi-kw', '#kpi-payback', '#kpi-break-even-cases']) {
      assert.equal(await text(page, id), 'noch offen', id);
    }
    // Citizens' minutes and postage start at 0 and offer their reference.
    await openAround(page, '#f-postage-saved');
    assert.equal(await page.inputValue('#f-postage-saved'), '0');
    assert.equal(await page.inputValue('#f-citizen-minutes-saved'), '0');
    await page.locator('#f-postage-saved-adopt').waitFor({ state: 'visible' });
    assert.match(await text(page, '#f-postage-saved-adopt'), /Referenzwert übernehmen: 0,95/);
    await page.click('#f-postage-saved-adopt');
    assert.equal(await page.inputValue('#f-postage-saved'), '0,95');
    assert.equal(await page.isVisible('#f-postage-saved-adopt'), false, 'the offer goes once adopted');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-postage-saved', 'focus back on the field');
  });
});

test('after a fresh start the pre-filled values that count are marked and listed; confirming one shrinks the list', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await startAfresh(page);
    await enterTravelCase(page);
    // The staff rate, the horizon and the discount rate now change the
    // result and were never confirmed.
    await page.locator('#summary-assumptions').waitFor();
    const listed = await text(page, '#summary-assumptions');
    assert.match(listed, /^3 Annahmen ungeprüft: /);
    assert.match(listed, /Stundensatz/);
    assert.match(listed, /Betrachtungszeitraum/);
    assert.match(listed, /Kalkulationszins/);
    const reasons = await text(page, '#recommendation-reasons');
    assert.match(reasons, /3 Annahmen ungeprüft/);

    // Each is marked beside its field, with its source.
    await openAround(page, '#f-staff-rate');
    const mark = await text(page, '#f-staff-rate-assumption');
    assert.match(mark, /^Referenzwert – bitte prüfen: 67,79/);
    assert.match(mark, /Quelle: .*Stand/);
    // Part of the field's description, so a screen reader reads it.
    const describedBy = await page.getAttribute('#f-staff-rate', 'aria-describedby');
    assert.ok(describedBy.split(' ').includes('f-staff-rate-hint'));
    assert.equal(await page.locator('#f-staff-rate-hint #f-staff-rate-assumption').count(), 1);
    await mkdir(SHOTS, { recursive: true });
    await page.locator('#f-staff-rate').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'assumptions-1366.png') });
    await assertNoAxeViolations(page, 'with marked assumptions');

    // A link in the list moves focus to its field.
    await page.locator('#summary-assumptions a', { hasText: 'Betrachtungszeitraum' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-horizon-years');

    // Confirm the staff rate with the keyboard: one keystroke on its button.
    await page.locator('#f-staff-rate-confirm').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^2 Annahmen ungeprüft/.test(document.querySelector('#summary-assumptions')?.textContent ?? ''));
    assert.doesNotMatch(await text(page, '#summary-assumptions'), /Stundensatz/);
    assert.equal(await page.locator('#f-staff-rate-assumption').count(), 0, 'the mark goes');
    assert.equal(await page.inputValue('#f-staff-rate'), '67,79', 'the value stays');

    // Typing a value of one's own confirms it too.
    await typeInto(page, 'discount-rate', '1,5');
    await page.waitForFunction(() => /^1 Annahme ungeprüft: Betrachtungszeitraum/.test(document.querySelector('#summary-assumptions')?.textContent ?? ''));

    // The marks survive a reload (autosave keeps them in the document).
    await page.reload();
    await page.locator('#summary-assumptions').waitFor();
    assert.match(await text(page, '#summary-assumptions'), /^1 Annahme ungeprüft: Betrachtungszeitraum/);
  });
});

test('the travel-expense case: the recommendation says that the budget pays and the gain is freed time', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await startAfresh(page);
    await enterTravelCase(page);
    const budget = page.locator('#recommendation-reasons .recommendation__reason--budget');
    await budget.waitFor();
    const line = (await budget.textContent()).replace(/\s+/g, ' ');
    assert.match(line, /Der Haushalt zahlt 180\.000\s€ mehr, als er spart/);
    assert.match(line, /2,04\sVZÄ/);
    // The order a Kämmerer defends: economic, then budget, then the rest.
    const classes = await page.$$eval('#recommendation-reasons > li', (lis) => lis.map((li) => li.className));
    const economic = classes.findIndex((c) => c.includes('--economic'));
    const budgetAt = classes.findIndex((c) => c.includes('--budget'));
    assert.ok(economic >= 0 && economic < budgetAt, `economic before budget: ${classes.join(' | ')}`);
    assert.ok(classes.slice(budgetAt + 1).every((c) => !c.includes('--economic')));
    // The plain-language sentence names both parts of the Kapitalwert.
    const verdict = await text(page, sel.verdict);
    assert.match(verdict, /^Wirtschaftlich: Kapitalwert \+871\.009/);
    assert.match(verdict, /Davon haushaltswirksam [-−]180\.000\s€/);
    assert.match(verdict, /nicht haushaltswirksam \+1\.051\.009\s€/);
  });
});

test('the break-even key figure and the kritischer Wert beside the case number show the same number', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    await withoutExampleRanges(page);
    const figure = await text(page, '#kpi-break-even-cases');
    const number = figure.match(/^([\d.]+) Fälle/)?.[1];
    assert.ok(number, `a break-even figure: ${figure}`);
    // Put the case number near the break-even, where the value matters.
    const near = Math.round(Number(number.replace(/\./g, '')) * 1.3);
    await typeInto(page, 'cases-per-year', String(near));
    await page.waitForFunction(() => document.querySelector('#f-cases-per-year-switching')?.textContent.trim());
    const hint = await text(page, '#f-cases-per-year-switching');
    assert.equal(await text(page, '#kpi-break-even-cases'), figure, 'break-even does not depend on the case number');
    assert.match(hint, new RegExp(`^Kritischer Wert: wirtschaftlich ab ${number.replace('.', '\\.')} Fällen`));
    // Far from the break-even, the line goes: it would not matter there.
    await typeInto(page, 'cases-per-year', String(near * 10));
    await page.waitForFunction(() => document.querySelector('#f-cases-per-year-switching')?.textContent.trim() === '');
  });
});

test('the transport-route item cannot be "erfüllt" while no route is chosen', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    const index = await page.$$eval('fieldset[id^="prereq-"]', (sets) =>
      sets.findIndex((s) => s.querySelector('#prereq-transport-route')));
    assert.ok(index >= 0, 'the checklist has the transport-route item');
    const status = `#prereq-${index}-status`;
    await openAround(page, status);
    await page.selectOption('#prereq-transport-route', { label: 'noch nicht festgelegt' });
    await page.locator('#prereq-transport-needed').waitFor({ state: 'visible' });
    await page.selectOption(status, { label: 'erfüllt' });
    await page.waitForFunction((s) => {
      const el = document.querySelector(s);
      return el.options[el.selectedIndex].textContent.trim() === 'offen';
    }, status);
    await page.selectOption('#prereq-transport-route', { label: 'FIT-Connect' });
    assert.equal(await page.isVisible('#prereq-transport-needed'), false);
    await page.selectOption(status, { label: 'erfüllt' });
    assert.equal(await page.$eval(status, (el) => el.options[el.selectedIndex].textContent.trim()), 'erfüllt');
  });
});
