// The technical assessment and the recommendation in the release bundle,
// used like a person would: choose statuses, follow a reason's link, mark a
// cost unknown, fix the Nutzwert weights. Every test also gets withApp's
// checks: no console or page error, no request leaving the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openAround, tick, fill, injectAxe, WCAG_TAGS } from './helpers.mjs';

const NEW_SECTIONS = ['#prereqs', '#nutzwert', '.recommendation'];

const recommendation = (page) => page.locator('#recommendation').innerText().then((t) => t.trim());

/** Waits until the recommendation heading reads `expected`. */
async function expectRecommendation(page, expected) {
  await page.waitForFunction(
    (want) => document.querySelector('#recommendation')?.textContent.trim() === want, expected,
    { timeout: 5000 }).catch(() => {});
  assert.equal(await recommendation(page), expected);
}

/** Chooses a status in an item's select by its visible text. */
async function chooseStatus(page, index, label) {
  await openAround(page, `#prereq-${index}-status`);
  await page.locator(`#prereq-${index}-status`).selectOption({ label });
}

/**
 * Sets every item that is ticked as a must-have to "erfüllt" (the
 * transport-route item needs a route first).
 */
async function meetAllMustHaves(page) {
  await openAround(page, '#prereq-transport-route');
  await page.selectOption('#prereq-transport-route', { label: 'FIT-Connect' });
  const items = await page.locator('#prereqs .prereq').count();
  for (let i = 0; i < items; i++) {
    if (await page.locator(`#prereq-${i}-must`).isChecked()) await chooseStatus(page, i, 'erfüllt');
  }
}

/** Runs axe-core on the new sections only; fails naming every violation. */
async function assertNoAxeViolations(page, state) {
  await injectAxe(page);
  const result = await page.evaluate(
    ([include, tags]) => window.axe.run({ include: include.map((s) => [s]) },
      { runOnly: { type: 'tag', values: tags } }),
    [NEW_SECTIONS, WCAG_TAGS]);
  const report = result.violations.map((v) => [
    `[${v.impact}] ${v.id}: ${v.help}`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.html}`),
  ].join('\n'));
  assert.equal(result.violations.length, 0,
    `axe-core: ${result.violations.length} WCAG 2.1 AA violation(s) (${state}):\n${report.join('\n\n')}`);
  assert.ok(result.passes.length > 0, 'axe ran its checks');
}

test('a must-have "nicht erfüllt" drops the recommendation, its reason leads to the item, fixing it recovers', async () => {
  // Guards against a checklist that does not reach the recommendation in
  // the shipped bundle, a reason link that does not move focus (or that
  // overwrites the URL fragment, where share links live), and a
  // recommendation that does not recover once the item is fixed.
  await withApp(async ({ page }) => {
    await expectRecommendation(page, 'Nachnutzung prüfen');
    await meetAllMustHaves(page);
    await expectRecommendation(page, 'Nachnutzung empfohlen');

    await chooseStatus(page, 2, 'nicht erfüllt');
    await expectRecommendation(page, 'Nachnutzung nicht empfohlen');
    const link = page.locator('#recommendation-reasons a[href="#prereq-2"]');
    assert.match(await link.innerText(), /^Muss-Kriterium nicht erfüllt: NL3/);
    const urlBefore = page.url();
    await link.click();
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      inItem: !!document.activeElement?.closest('#prereq-2'),
    }));
    assert.deepEqual(focused, { id: 'prereq-2-status', inItem: true });
    assert.equal(page.url(), urlBefore, 'the link leaves the URL fragment alone');

    // The person is now on the select: they fix the item from there.
    await page.keyboard.press('Home'); // first option: "erfüllt"
    await expectRecommendation(page, 'Nachnutzung empfohlen');
    assert.equal(await page.locator('#recommendation-reasons a[href="#prereq-2"]').count(), 0);
  });
});

test('the reasons open with the economic result; ten unchecked must-haves are one line that leads to the checklist by keyboard', async () => {
  // Guards against the list opening with ten near-identical lines before
  // the Kapitalwert, and against a grouped line whose link does not reach
  // the checklist from the keyboard (or overwrites the URL fragment).
  await withApp(async ({ page }) => {
    await expectRecommendation(page, 'Nachnutzung prüfen');
    const lines = page.locator('#recommendation-reasons > li');
    // Economic, then the budget (the example's gain is freed staff time),
    // then the must-haves as one line.
    assert.equal(await lines.count(), 3);
    assert.match(await lines.nth(0).innerText(), /^Wirtschaftlich: Der Kapitalwert beträgt \+/);
    assert.match(await lines.nth(0).getAttribute('class'), /recommendation__reason--economic/);
    assert.match(await lines.nth(1).getAttribute('class'), /recommendation__reason--budget/);
    assert.match(await lines.nth(1).innerText(), /^Der Haushalt zahlt /);
    const link = lines.nth(2).locator('a[href="#prereqs"]');
    assert.equal(await link.innerText(),
      '10 Muss-Kriterien noch ungeprüft: NL1–NL5, Schnittstelle Fachverfahren, Transportweg, AVV und DSFA, Support, IT-Sicherheit');
    const urlBefore = page.url();
    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'prereqs-heading');
    assert.equal(page.url(), urlBefore, 'the link leaves the URL fragment alone');

    // Two left open: still one line, now "noch offen"; one left: its own line.
    await meetAllMustHaves(page);
    await chooseStatus(page, 0, 'offen');
    await chooseStatus(page, 5, 'offen');
    await page.locator('#recommendation-reasons a[href="#prereqs"]', { hasText: '2 Muss-Kriterien noch offen: NL1, Schnittstelle Fachverfahren' }).waitFor();
    await chooseStatus(page, 5, 'erfüllt');
    await page.locator('#recommendation-reasons a[href="#prereq-0"]', { hasText: 'Muss-Kriterium noch offen: NL1' }).waitFor();
    assert.equal(await page.locator('#recommendation-reasons a[href="#prereqs"]').count(), 0);
  });
});

test('an unknown cost asks for a check; uneven weights are explained and normalised', async () => {
  // Guards against an unknown mark or a weight input that only changes
  // the form, and against the normalise button not reaching the result.
  await withApp(async ({ page }) => {
    await meetAllMustHaves(page);
    await expectRecommendation(page, 'Nachnutzung empfohlen');

    await tick(page, page.getByLabel('unbekannt / noch nicht angefragt').first());
    await expectRecommendation(page, 'Nachnutzung prüfen');
    assert.match(await page.locator('#recommendation-reasons').innerText(), /Kosten unbekannt oder noch nicht angefragt: Anschlussgebühr/i);
    await assertNoAxeViolations(page, 'cost marked unknown');
    await page.getByLabel('unbekannt / noch nicht angefragt').first().uncheck();
    await expectRecommendation(page, 'Nachnutzung empfohlen');

    const weight = page.locator('#crit-0-weight');
    await openAround(page, weight);
    await weight.fill('');
    await weight.pressSequentially('5');
    assert.match(await page.locator('#nutzwert-weights').innerText(), /^Die Gewichte ergeben 85 statt 100\./);
    await assertNoAxeViolations(page, 'weights not 100');
    await page.getByRole('button', { name: 'Gewichte auf 100 normieren' }).click();
    assert.equal(await page.locator('#nutzwert-sum').innerText(), 'Summe der Gewichte: 100 von 100');
    assert.match(await page.locator('#nutzwert-result').innerText(), /^Nutzwert: \d+ von 100 Punkten \(Schwelle 50\)$/);

    await page.locator('#crit-1-score').fill('elf');
    await page.locator('#error-summary a[href="#crit-1-score"]').waitFor();
    await assertNoAxeViolations(page, 'criterion error shown');
  });
});

test('no WCAG 2.1 A/AA violations (axe-core) in the checklist, the Nutzwert and the recommendation', async () => {
  // Guards against unlabelled selects and checkboxes, nested fieldsets
  // without a legend, or too little contrast in the new status colours.
  await withApp(async ({ page }) => {
    await assertNoAxeViolations(page, 'example loaded');
    await chooseStatus(page, 0, 'nicht erfüllt');
    await chooseStatus(page, 1, 'offen');
    await fill(page, '#prereq-new-title', 'Anbindung an das DMS');
    await page.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await openAround(page, '#crit-add');
    await page.getByRole('button', { name: 'Kriterium hinzufügen' }).click(); // empty: error
    await expectRecommendation(page, 'Nachnutzung nicht empfohlen');
    await assertNoAxeViolations(page, 'statuses set, custom item, missing title');
  });
});
