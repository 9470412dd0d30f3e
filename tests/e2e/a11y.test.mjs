// Accessibility (WCAG 2.1 AA via axe-core, as BITV 2.0 requires), small
// screens, and a screenshot for humans in target/e2e/app.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, typeInto, sel, REPO_ROOT, assertNoAxeViolations } from './helpers.mjs';

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
