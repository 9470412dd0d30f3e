// Accessibility (WCAG 2.1 AA via axe-core, as BITV 2.0 requires), small
// screens, and a screenshot for humans in target/e2e/app.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withApp, typeInto, sel, REPO_ROOT } from './helpers.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core in the page; fails with every violation spelled out. */
async function assertNoAxeViolations(page, state) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS);
  const report = result.violations.map((v) => [
    `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`),
  ].join('\n'));
  assert.equal(result.violations.length, 0,
    `axe-core found ${result.violations.length} WCAG 2.1 AA violation(s) (${state}):\n${report.join('\n\n')}`);
  assert.ok(result.passes.length > 0, 'axe ran its checks');
}

test('no WCAG 2.1 A/AA violations (axe-core) with the example loaded', async () => {
  await withApp(async ({ page }) => {
    await assertNoAxeViolations(page, 'example loaded');
  });
});

test('no WCAG 2.1 A/AA violations (axe-core) while an input error is shown', async () => {
  await withApp(async ({ page }) => {
    await typeInto(page, 'cases-per-year', '12,3,4');
    await page.locator(sel.errorSummary).waitFor({ state: 'visible' });
    await assertNoAxeViolations(page, 'input error shown');
  });
});

test('no horizontal overflow on a 360 px wide phone screen', async () => {
  await withApp({ viewport: { width: 360, height: 740 } }, async ({ page }) => {
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const root = document.documentElement;
      // Name the widest offenders to make a failure easy to fix.
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    assert.ok(scrollWidth <= clientWidth,
      `page is ${scrollWidth}px wide in a ${clientWidth}px viewport; widest elements:\n${wide.join('\n')}`);
  });
});

test('screenshot for humans: target/e2e/app.png (1400 px wide, full page)', async () => {
  await withApp({ viewport: { width: 1400, height: 1000 } }, async ({ page }) => {
    const dir = join(REPO_ROOT, 'target', 'e2e');
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'app.png');
    await page.screenshot({ path, fullPage: true });
    console.log(`# screenshot: ${path}`);
  });
});
