// End-to-end test of working offline on the release bundle
// (docs/offline.md), with the service worker allowed (the other tests
// block it): after one visit under a sub-path, the app reloads, computes
// and opens a share link with the network off; a changed deployment is
// offered as "Eine neue Version ist verfügbar – neu laden", and reloading
// takes it and keeps the saved work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp, waitForApp, typeInto, readResults, waitForChange, shareLink, REPO_ROOT } from './helpers.mjs';

// The bundle built for /efa-check/ (scripts/test.sh); run alone without
// it, the first test uses dist/ at the server's root.
const SUBPATH = process.env.EFA_SUBPATH_DIST;
const AT = SUBPATH ? { root: SUBPATH, prefix: '/efa-check/' } : {};

/** The service worker's scope, once it is active (its cache filled). */
function activeScope(page) {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

test('offline: after one visit under a sub-path the app reloads, computes and opens a share link without a network', async () => {
  await withApp({ serviceWorkers: 'allow', ...AT, viewport: { width: 1366, height: 900 } }, async ({ page, server }) => {
    assert.equal(await activeScope(page), server.url, 'scope: the app\'s directory (a sub-path, not the origin)');
    const link = await shareLink(page);
    await page.keyboard.press('Escape');

    await page.context().setOffline(true);
    await page.reload();
    // With its charts: the module loaded on demand comes from the cache too.
    await waitForApp(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled by the worker');
    assert.equal(await page.locator('#update-notice').count(), 0, 'no update offered');

    const before = await readResults(page);
    await typeInto(page, 'cases-per-year', '900');
    const after = await waitForChange(page, before);
    assert.notEqual(after.kw, before.kw);

    // A share link, opened without a network: the same figures as shared.
    await page.goto(link);
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    assert.equal((await readResults(page)).kw, before.kw);
    await page.context().setOffline(false);
  });
});

test('offline: a new deployment is offered as "neu laden", and reloading takes it and keeps the saved work', async () => {
  // A copy of the bundle, deployed anew below while the page is open.
  const root = await mkdtemp(join(tmpdir(), 'efa-deploy-'));
  try {
    await cp(join(REPO_ROOT, 'dist'), root, { recursive: true });
    await withApp({ serviceWorkers: 'allow', root, viewport: { width: 1366, height: 900 } }, async ({ page }) => {
      // The second visit is the first the worker answers (it does not take
      // over the page that installed it).
      await activeScope(page);
      await page.reload();
      await waitForApp(page);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled by the worker');
      await typeInto(page, 'cases-per-year', '777');
      const typed = await readResults(page);

      // The next build: another page description, the worker completed
      // again by the build's own step (a new version).
      const index = join(root, 'index.html');
      const html = await readFile(index, 'utf8');
      const changed = html.replace('content="EfA-Check: Lohnt sich', 'content="Neue Version. EfA-Check: Lohnt sich');
      assert.notEqual(changed, html, 'the page description to change');
      await writeFile(index, changed);
      await cp(join(REPO_ROOT, 'public', 'sw.js'), join(root, 'sw.js'));
      await promisify(execFile)('node', [join(REPO_ROOT, 'scripts', 'service-worker.mjs'), root]);

      // Coming back to the app: the old version opens from the cache, and
      // asks the server for a new one as it loads (and every half hour).
      await page.reload();
      await waitForApp(page);
      const notice = page.locator('#update-notice');
      await notice.waitFor({ state: 'visible' });
      assert.match((await notice.innerText()).replace(/\s+/g, ' '), /Eine neue Version ist verfügbar – neu laden/);
      await mkdir(join(REPO_ROOT, 'target', 'e2e'), { recursive: true });
      await notice.screenshot({ path: join(REPO_ROOT, 'target', 'e2e', 'update-notice.png') });
      // Still the old version until the user says so, with the work kept.
      assert.doesNotMatch(await page.getAttribute('meta[name="description"]', 'content'), /^Neue Version/);
      assert.equal(await page.inputValue('#f-cases-per-year'), '777');

      await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
      await waitForApp(page);
      assert.match(await page.getAttribute('meta[name="description"]', 'content'), /^Neue Version/);
      assert.equal(await page.locator('#update-notice').count(), 0);
      assert.equal(await page.inputValue('#f-cases-per-year'), '777', 'the saved work is there');
      assert.equal((await readResults(page)).kw, typed.kw);
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
