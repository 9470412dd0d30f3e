// The presentation mode on the release bundle: entered by its button and
// by its shortcut, stepped through with the keys a presenter clicker
// sends, readable from the back of the room (font sizes against the
// screen height), WCAG 2.1 AA plus AAA contrast on every view, the same
// Kapitalwert as the page, and Esc back to an intact form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, tick, fill, openAround, injectAxe, WCAG_TAGS, sel, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');

/** Gives the example a range, so that every view has something to show. */
async function addRange(page) {
  await tick(page, '#f-minutes-saved-range');
  await fill(page, '#f-minutes-saved-min', '8');
  await fill(page, '#f-minutes-saved-max', '25');
  await page.locator('#summary-chance').waitFor({ state: 'visible' });
}

async function slide(page) {
  return page.getAttribute('#presentation .present__slide', 'data-slide');
}

async function counter(page) {
  return (await page.textContent('#present-counter')).trim();
}

/** axe with the AA tags plus the AAA contrast rule (7:1). */
async function assertAxeAaaContrast(page, state) {
  await injectAxe(page);
  const result = await page.evaluate(async (tags) => {
    const rules = window.axe.getRules(tags).map((r) => r.ruleId);
    rules.push('color-contrast-enhanced');
    return window.axe.run(document, { runOnly: { type: 'rule', values: rules } });
  }, WCAG_TAGS);
  const report = result.violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.equal(result.violations.length, 0, `axe (${state}):\n${report.join('\n')}`);
  assert.ok(result.passes.some((p) => p.id === 'color-contrast-enhanced'), 'the AAA contrast rule ran');
}

/**
 * The smallest rendered sizes on the current view, in px: body text (any
 * text node of the slide that is not a figure), the headline figure, other
 * figures, and chart labels (SVG font size times the drawing's scale).
 */
async function sizes(page) {
  return page.evaluate(() => {
    const px = (el) => parseFloat(getComputedStyle(el).fontSize);
    const deck = document.querySelector('#presentation');
    const figures = [...deck.querySelectorAll('.present__value, .present__headline')];
    const headline = deck.querySelector('.present__figure--headline .present__value, .present__headline');
    const others = figures.filter((f) => f !== headline);
    const text = [...deck.querySelectorAll('p, li, dt, label, button, input, figcaption')]
      .filter((el) => el.offsetParent !== null && el.textContent.trim() !== '' || el.tagName === 'INPUT');
    let chart = Infinity;
    for (const svg of deck.querySelectorAll('svg[viewBox]')) {
      if (svg.closest('.present__qr')) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        chart = Math.min(chart, parseFloat(t.getAttribute('font-size')) * scale);
      }
    }
    return {
      body: Math.min(...text.map(px)),
      headline: headline ? px(headline) : null,
      figures: others.length ? Math.min(...others.map(px)) : null,
      chart,
      overflow: deck.scrollHeight > deck.clientHeight + 1 || deck.scrollWidth > deck.clientWidth + 1,
    };
  });
}

const ORDER = ['recommendation', 'key-figures', 'cashflow', 'uncertainty', 'tornado', 'share'];

for (const [width, height, axe] of [[1920, 1080, true], [1280, 720, false], [1024, 768, true]]) {
  test(`at ${width} × ${height} every view is readable from the back of the room${axe ? ' and passes axe with AAA contrast' : ''}`, async () => {
    await withApp({ viewport: { width, height } }, async ({ page }) => {
      await addRange(page);
      await page.click('#present-open');
      await page.locator('#presentation').waitFor();
      await mkdir(SHOTS, { recursive: true });
      for (const [i, id] of ORDER.entries()) {
        assert.equal(await slide(page), id);
        assert.equal(await counter(page), `${i + 1} / ${ORDER.length}`);
        // Charts and the QR code are drawn by then; give layout a frame.
        await page.waitForTimeout(150);
        const s = await sizes(page);
        assert.ok(s.body >= height / 40 - 0.01, `${id}: body text ${s.body} px ≥ ${height / 40}`);
        if (s.headline !== null) assert.ok(s.headline >= height / 10 - 0.01, `${id}: headline ${s.headline} px ≥ ${height / 10}`);
        if (s.figures !== null) assert.ok(s.figures >= height / 20 - 0.01, `${id}: figures ${s.figures} px ≥ ${height / 20}`);
        if (s.chart !== Infinity) assert.ok(s.chart >= height / 40 - 0.01, `${id}: chart labels ${s.chart.toFixed(1)} px ≥ ${height / 40}`);
        assert.equal(s.overflow, false, `${id}: the view fits the screen`);
        await page.screenshot({ path: join(SHOTS, `present-${width}x${height}-${i + 1}-${id}.png`) });
        if (axe) await assertAxeAaaContrast(page, `${id} at ${width} × ${height}`);
        await page.keyboard.press('ArrowRight');
      }
    });
  });
}

test('enter by the shortcut, step with the clicker keys, leave with Esc: the form is intact and focus is back', async () => {
  await withApp({ viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
    await addRange(page);
    // Something typed but invalid must survive the presentation.
    await typeInto(page, 'usage-fee', '9x');
    await page.locator('#f-usage-fee').focus();
    await page.keyboard.press('Alt+Shift+KeyP');
    await page.locator('#presentation').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'presentation', 'focus moves into the presentation');
    assert.equal(await page.getAttribute('.app-page', 'inert'), '', 'the page behind is inert');
    const steps = [
      ['ArrowRight', 'key-figures'], ['PageDown', 'cashflow'], ['Space', 'uncertainty'],
      ['ArrowLeft', 'cashflow'], ['PageUp', 'key-figures'], ['End', 'share'], ['Home', 'recommendation'],
      ['5', 'tornado'], ['2', 'key-figures'], ['9', 'share'],
    ];
    for (const [key, id] of steps) {
      await page.keyboard.press(key);
      assert.equal(await slide(page), id, `${key} → ${id}`);
      const n = ORDER.indexOf(id) + 1;
      assert.equal((await page.textContent('#present-announce')).trim().startsWith(`Ansicht ${n} von 6`), true);
    }
    assert.equal(await page.getAttribute('#present-announce', 'aria-live'), 'polite');
    // The on-screen buttons step too; Tab stays inside the deck.
    await page.click('#present-previous');
    assert.equal(await slide(page), 'tornado');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('#presentation')), 'focus stays in the presentation');
    }
    await page.keyboard.press('Escape');
    await page.locator('#presentation').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'present-open');
    assert.equal(await page.inputValue('#f-usage-fee'), '9x', 'what was typed is still there');
    assert.ok(await page.isVisible('#f-usage-fee-error'));
    assert.equal(await page.getAttribute('.app-page', 'inert'), null);
  });
});

test('the presentation shows the same Kapitalwert as the page, and follows a change', async () => {
  await withApp({ viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
    await page.click('#present-open');
    await page.keyboard.press('2');
    assert.equal(await page.textContent('#present-kw'), await page.textContent(sel.kpiKw));
    await page.keyboard.press('Escape');
    await typeInto(page, 'cases-per-year', '900');
    await page.click('#present-open');
    await page.keyboard.press('2');
    assert.equal(await page.textContent('#present-kw'), await page.textContent(sel.kpiKw));
    // The uncertainty view is there exactly when ranges are.
    const ranges = await page.isVisible('#summary-chance');
    assert.equal(await counter(page), `2 / ${ranges ? 6 : 5}`);
  });
});

test('a pinned input changes the view at once, says what changed, and shares the form\'s text and messages', async () => {
  await withApp({ viewport: { width: 1920, height: 1080 } }, async ({ page }) => {
    const kwBefore = await page.textContent(sel.kpiKw);
    await page.click('#present-open');
    await page.keyboard.press('2');
    await page.click('#present-drawer-toggle');
    assert.equal(await page.getAttribute('#present-drawer-toggle', 'aria-expanded'), 'true');
    // The four default pins.
    for (const id of ['cases-per-year', 'minutes-saved', 'usage-fee', 'online-share-target']) {
      await page.locator(`#present-pin-f-${id}`).waitFor();
    }
    const input = page.locator('#present-pin-f-cases-per-year');
    await input.fill('900');
    await page.waitForFunction((old) => document.querySelector('#present-kw').textContent !== old, kwBefore);
    const kwNow = await page.textContent('#present-kw');
    assert.equal(await page.textContent('#present-change'), `Kapitalwert vorher ${kwBefore}, jetzt ${kwNow}`);
    // Digits typed into a pin do not jump to another view.
    assert.equal(await slide(page), 'key-figures');
    // Same parsing and message as the form; the text stays.
    await input.fill('neun');
    await page.locator('#present-pin-f-cases-per-year-error').waitFor();
    assert.match(await page.textContent('#present-pin-f-cases-per-year-error'), /Fallzahl/);
    // Pin another input from the list, and use it.
    await page.selectOption('#present-pin-add', 'discount-rate');
    await page.locator('#present-pin-f-discount-rate').waitFor();
    await assertAxeAaaContrast(page, 'drawer open');
    await page.keyboard.press('Escape');
    await page.locator('#presentation').waitFor({ state: 'detached' });
    assert.equal(await page.inputValue('#f-cases-per-year'), 'neun', 'the form shows what was typed in the drawer');
    await typeInto(page, 'cases-per-year', '900');
    assert.equal(await page.textContent(sel.kpiKw), kwNow, 'the page shows the Kapitalwert the room saw');
  });
});

test('an input pinned from its row in the form appears in the drawer; unpinned there, its row says so; the choice survives a reload', async () => {
  await withApp({ viewport: { width: 1366, height: 900 } }, async ({ page }) => {
    // The moderator prepares at the desk: pin the discount rate from its row.
    await tick(page, '#f-discount-rate-pin');
    assert.match(await page.textContent('#f-discount-rate-more-summary'), /in der Präsentation/);
    await page.click('#present-open');
    await page.click('#present-drawer-toggle');
    await page.locator('#present-pin-f-discount-rate').waitFor();
    const order = await page.$$eval('.present-pin__input', (inputs) => inputs.map((i) => i.id));
    assert.equal(order.at(-1), 'present-pin-f-discount-rate', 'pinned at the end of the drawer');
    // Unpin the case number in the drawer; its row in the form follows.
    await page.click('#present-pin-f-cases-per-year + button');
    await page.locator('#present-pin-f-cases-per-year').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'present-pin-add', 'focus stays in the drawer');
    await page.keyboard.press('Escape');
    await page.locator('#presentation').waitFor({ state: 'detached' });
    await openAround(page, '#f-cases-per-year-pin');
    assert.equal(await page.isChecked('#f-cases-per-year-pin'), false);
    await page.reload();
    await page.locator('#f-discount-rate-pin').waitFor({ state: 'attached' });
    assert.equal(await page.isChecked('#f-discount-rate-pin'), true, 'remembered');
    assert.equal(await page.isChecked('#f-cases-per-year-pin'), false, 'remembered');
  });
});
