// "Nothing frozen, nothing lost": the release bundle fed hostile links and
// files, several tabs racing over one stored library, data of a newer
// build, and storage that is full. One test per defect that shipped, each
// acting as a person would (opening links, typing, clicking), and each
// reading what the page and the browser's storage show afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, waitForApp, typeInto, assertNoAxeViolations, sel, REPO_ROOT } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');
const LIBRARY_KEY = 'efa-check.library';

/** A share-link fragment (without '#') carrying `body` as the assessment. */
export function linkFor(body, version = 1) {
  const z = deflateSync(Buffer.from(JSON.stringify(body)), { level: 9 });
  return `v${version}.${z.toString('base64url')}`;
}

/** A small assessment of its own, named `service`. */
function assessment(service, cases) {
  return {
    master: { service, kommune: 'Musterstadt' },
    integration: { connection_fee: { amount: 5000 } },
    operations: { usage_fee: { amount: 1200 } },
    benefits: {
      cases_per_year: cases, online_share_start: 0.3, online_share_target: 0.6, ramp_years: 2,
      minutes_saved_per_case: 12, staff_rate: 60,
    },
  };
}

const names = (page) => page.locator('#library-list .library__name').allTextContents();
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), LIBRARY_KEY);
const storedNames = async (page) => JSON.parse(await stored(page)).entries.map((e) => e.name);

/** Waits until storage lists every name in `wanted` (in any order). */
async function waitForStoredNames(page, wanted) {
  await page.waitForFunction(([k, w]) => {
    const lib = JSON.parse(localStorage.getItem(k) ?? '{"entries":[]}');
    const have = lib.entries.map((e) => e.name);
    return w.every((n) => have.includes(n));
  }, [LIBRARY_KEY, wanted]);
}

/** Opens a second tab of the same browser profile at `url`. */
async function secondTab(page, url) {
  const other = await page.context().newPage();
  await other.goto(url);
  await waitForApp(other);
  return other;
}

test('a 162-character link of 20.000 checklist items is refused at once, and the next start is unaffected', async () => {
  // Regression: the link froze the tab for about 100 s, and since the entry
  // was autosaved, every later start froze again.
  const items = Array.from({ length: 20_000 }, () => ({}));
  const fragment = linkFor({ technical: { prerequisites: items } });
  assert.ok(fragment.length < 200, `the attack link has ${fragment.length} characters`);
  const hugeName = linkFor({ master: { service: 'A'.repeat(256_000) } });
  assert.ok(hugeName.length < 500, `the name link has ${hugeName.length} characters`);
  await withApp(async ({ page }) => {
    const before = await names(page);
    for (const [link, what] of [[fragment, /20\.000 Punkte/], [hugeName, /Name des Onlinedienstes ist länger als 200 Zeichen/]]) {
      // Measured inside the page, from the hash change to the message.
      const ms = await page.evaluate(async (f) => {
        const t0 = performance.now();
        location.hash = f;
        while (!document.querySelector('#link-error')) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, link);
      assert.ok(ms < 1000, `refused after ${ms.toFixed(0)} ms`);
      assert.match(await page.textContent('#link-error'), what);
      assert.match(await page.textContent('#link-error'), /gespeicherten Bewertungen sind unverändert/);
      assert.deepEqual(await names(page), before, 'nothing was added');
      await page.evaluate(() => { history.replaceState(null, '', location.pathname); });
    }
    // A later start is a normal start.
    const t0 = Date.now();
    await page.reload();
    await waitForApp(page);
    assert.ok(Date.now() - t0 < 20_000);
    assert.deepEqual(await names(page), before);
    assert.equal(await page.locator('#link-error').count(), 0);
  });
});

test('two links opened in two tabs at once both end up in the library', async () => {
  // Regression: ids were "highest + 1" and the last tab to save replaced
  // the whole library, so two links middle-clicked in a mail kept one.
  const one = linkFor(assessment('Link eins', 1000));
  const two = linkFor(assessment('Link zwei', 2000));
  await withApp(async ({ page, server }) => {
    const other = await page.context().newPage();
    await Promise.all([page.goto(`${server.url}#${one}`), other.goto(`${server.url}#${two}`)]);
    await Promise.all([waitForApp(page), waitForApp(other)]);
    await page.locator('#link-notice').waitFor();
    await other.locator('#link-notice').waitFor();
    await waitForStoredNames(page, ['Link eins (aus Link)', 'Link zwei (aus Link)']);
    await other.close();
    await page.reload();
    await waitForApp(page);
    const listed = await names(page);
    assert.ok(listed.includes('Link eins (aus Link)') && listed.includes('Link zwei (aus Link)'), listed.join(' | '));
  });
});

test('typing in one tab while a link opens in another loses neither', async () => {
  // Regression: the typing tab saved its stale library over the link's entry.
  const link = linkFor(assessment('Aus dem Postfach', 3000));
  await withApp(async ({ page, server }) => {
    const opening = page.context().newPage();
    const other = await opening;
    const loading = other.goto(`${server.url}#${link}`);
    for (const value of ['1.111', '2.222', '3.333']) await typeInto(page, 'cases-per-year', value);
    await loading;
    await waitForApp(other);
    await waitForStoredNames(page, ['Aus dem Postfach (aus Link)']);
    await typeInto(page, 'cases-per-year', '4.444');
    await other.close();
    await page.reload();
    await waitForApp(page);
    assert.ok((await names(page)).includes('Aus dem Postfach (aus Link)'));
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '4.444');
  });
});

test('edits to different entries in two tabs both survive', async () => {
  // Regression: simultaneous edits to different entries lost one in 14 of
  // 20 trials.
  await withApp(async ({ page, server }) => {
    await page.click('#library-new');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    const other = await secondTab(page, server.url);
    // Tab two opens the first entry; tab one stays on the new one.
    await other.click('#library-list li:first-child button[id$="-open"]');
    await Promise.all([
      (async () => { for (const v of ['10', '11', '12']) await typeInto(page, 'cases-per-year', v); })(),
      (async () => { for (const v of ['20', '21', '22']) await typeInto(other, 'minutes-saved', v); })(),
    ]);
    await page.waitForFunction((k) => {
      const benefits = JSON.parse(localStorage.getItem(k)).entries.map((e) => e.document.assessment.benefits);
      return benefits.some((b) => b.cases_per_year === 12) && benefits.some((b) => b.minutes_saved_per_case === 22);
    }, LIBRARY_KEY);
    await other.close();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '12', 'tab one\'s entry');
    await page.click('#library-list li:first-child button[id$="-open"]');
    await page.waitForFunction(() => document.querySelector('#f-minutes-saved').value === '22');
  });
});

test('the same entry edited in two tabs keeps the later change, and the other tab says so', async () => {
  await withApp(async ({ page, server }) => {
    const other = await secondTab(page, server.url);
    await typeInto(other, 'cases-per-year', '7.777');
    await page.locator('#tab-notice').waitFor();
    assert.match(await page.textContent('#tab-notice'), /in einem anderen Tab/);
    await page.waitForFunction(() => document.querySelector('#f-cases-per-year').value === '7.777');
    await page.click('#tab-notice-close');
    await page.locator('#tab-notice').waitFor({ state: 'detached' });
    await other.close();
  });
});

test('another tab deleting the open entry leaves the text here and offers to restore it', async () => {
  // Regression: this tab switched to another entry without a word, and the
  // typing landed there.
  await withApp(async ({ page, server }) => {
    await page.click('#library-new');
    await page.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    await typeInto(page, 'cases-per-year', '5.555');
    const other = await secondTab(page, server.url);
    await other.waitForFunction(() => document.querySelector('#f-cases-per-year').value === '5.555');
    await other.click('#library-list li:last-child button[id$="-delete"]');
    await page.locator('#tab-deleted').waitFor();
    assert.match(await page.textContent('#tab-deleted'), /„Neue Bewertung“ wurde in einem anderen Tab gelöscht/);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '5.555', 'the text stays');
    // It floats in view wherever the page is scrolled, and passes axe.
    assert.ok(await page.locator('#tab-deleted').isVisible());
    const box = await page.locator('#tab-deleted').boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `notice at ${JSON.stringify(box)}`);
    await assertNoAxeViolations(page, 'another tab deleted the open entry');
    await mkdir(SHOTS, { recursive: true });
    for (const width of [360, 1366, 1920]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await page.screenshot({ path: join(SHOTS, `tab-deleted-${width}.png`) });
    }
    await page.click('#tab-deleted-restore');
    await page.locator('#tab-deleted').waitFor({ state: 'detached' });
    await other.waitForFunction(() => document.querySelectorAll('#library-list li').length === 2);
    await waitForStoredNames(page, ['Neue Bewertung']);
    assert.equal(await page.inputValue(sel.field('cases-per-year')), '5.555');
    await other.close();
  });
});

test('unknown keys from a newer build survive an autosave', async () => {
  // Regression: the first autosave rewrote the library as version 1 without
  // them, so an older cached build stripped what a newer one wrote.
  const library = {
    format: 'efa-check-library', version: 1, current: 42, sync: { peer: 'rathaus-pc' },
    entries: [{
      id: 42, name: 'Von morgen', updated_ms: 1, pinned: true,
      document: {
        format: 'efa-check', version: 1, signature: 'abc',
        assessment: {
          ...assessment('Von morgen', 900),
          alternatives: [{ name: 'Eigenentwicklung' }],
          master: { service: 'Von morgen', region: 'Nord' },
        },
      },
    }],
  };
  await withApp(async ({ page }) => {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [LIBRARY_KEY, JSON.stringify(library)]);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.inputValue('#f-service'), 'Von morgen');
    await typeInto(page, 'cases-per-year', '950');
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).entries[0].document.assessment.benefits.cases_per_year === 950, LIBRARY_KEY);
    const after = JSON.parse(await stored(page));
    assert.deepEqual(after.sync, { peer: 'rathaus-pc' });
    assert.equal(after.entries[0].pinned, true);
    assert.equal(after.entries[0].document.signature, 'abc');
    assert.deepEqual(after.entries[0].document.assessment.alternatives, [{ name: 'Eigenentwicklung' }]);
    assert.equal(after.entries[0].document.assessment.master.region, 'Nord');
  });
});

test('a library of version 2 stays byte-identical, and the app says it is read-only', async () => {
  // Regression: a stored library of version 2 was rewritten as version 1.
  const v2 = JSON.stringify({ format: 'efa-check-library', version: 2, vaults: [{ id: 'x', entries: [] }] });
  await withApp(async ({ page, server }) => {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [LIBRARY_KEY, v2]);
    await page.reload();
    await waitForApp(page);
    const warning = page.locator('#storage-warning');
    await warning.waitFor();
    assert.match(await warning.textContent(), /neueren Version von EfA-Check gespeichert \(Format 2\)/);
    assert.match(await warning.textContent(), /unverändert/);
    await typeInto(page, 'cases-per-year', '1.234');
    await page.click('#library-new');
    await page.goto(`${server.url}#${linkFor(assessment('Trotzdem', 10))}`);
    await waitForApp(page);
    await page.locator('#link-notice').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await stored(page), v2, 'not one byte changed');
  });
});

test('version 0, a hostile value and a Latin-1 file each get their own honest message', async () => {
  await withApp(async ({ page }) => {
    // Regression: a v0 link was called "a newer version".
    await page.evaluate((f) => { location.hash = f; }, linkFor(assessment('Null', 1), 0));
    await page.locator('#link-error').waitFor();
    assert.match(await page.textContent('#link-error'), /Formatversion 0/);
    assert.doesNotMatch(await page.textContent('#link-error'), /neueren Version/);

    // Regression: the alert quoted the file's own text.
    const bait = 'Ihr Konto wurde gesperrt, rufen Sie 0900-666 an';
    const hostile = { format: 'efa-check', version: 1, assessment: { benefits: { cases_per_year: bait } } };
    await page.setInputFiles('#json-file', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await page.locator('#file-error').waitFor();
    const alert = await page.textContent('#file-error');
    assert.doesNotMatch(alert, /gesperrt|0900/);
    assert.match(alert, /Fallzahl/);

    // Regression: a Latin-1 file opened with "�" for every umlaut, silently.
    const doc = { format: 'efa-check', version: 1, assessment: assessment('Gebührenbescheid Müllabfuhr', 500) };
    await page.setInputFiles('#json-file', { name: 'alt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc), 'latin1') });
    await page.locator('#file-notice').waitFor();
    assert.match(await page.textContent('#file-notice'), /nicht als UTF-8 gespeichert/);
    assert.equal(await page.inputValue('#f-service'), 'Gebührenbescheid Müllabfuhr');
  });
});

test('full storage with an unreadable library says so, not "private mode", and keeps the text', async () => {
  // Regression: full storage plus a corrupted library blamed private mode.
  await withApp(async ({ page }) => {
    const corrupted = '{"format":"efa-check-library","version":1,"entries":[' + 'x'.repeat(1000);
    await page.evaluate(([k, v]) => {
      localStorage.clear();
      localStorage.setItem(k, v);
      // Fill the rest of the quota, halving the chunk until nothing fits.
      let chunk = 'y'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i++) {
        try { localStorage.setItem(`fill.${i}`, chunk); } catch { chunk = chunk.slice(Math.ceil(chunk.length / 2)); }
      }
    }, [LIBRARY_KEY, corrupted]);
    await page.reload();
    await waitForApp(page);
    const warning = page.locator('#storage-warning');
    await warning.waitFor();
    assert.match(await warning.textContent(), /zu voll/);
    assert.doesNotMatch(await warning.textContent(), /privaten Modus/);
    await typeInto(page, 'cases-per-year', '99');
    assert.equal(await stored(page), corrupted, 'the unreadable text is left as it was');
    await page.evaluate(() => localStorage.clear());
  });
});

test('a document too large for a link is offered as a JSON file instead', async () => {
  // Regression: "Teilen" offered a link and QR code that the app then
  // refused to open.
  const doc = {
    format: 'efa-check', version: 1,
    assessment: { ...assessment('Sehr umfangreich', 100), attachments: ['z'.repeat(300_000)] },
  };
  await withApp(async ({ page }) => {
    await page.setInputFiles('#json-file', { name: 'gross.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await page.locator('#file-notice').waitFor();
    await page.click('#share-open');
    await page.locator('#share-unavailable').waitFor();
    assert.match(await page.textContent('#share-unavailable'), /Als JSON speichern/);
    assert.equal(await page.locator('#share-qr').count(), 0, 'no QR code of a link that cannot reopen');
    assert.equal(await page.isVisible('#share-link'), false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-json-save')]);
    assert.match(download.suggestedFilename(), /sehr-umfangreich/);
  });
});

test('the template banner says the provider is not verified', async () => {
  const template = { ...assessment('Wohngeld', 0), template: { provider: 'Land Irgendwo', date: '01.10.2026' } };
  await withApp(async ({ page }) => {
    await page.evaluate((f) => { location.hash = f; }, linkFor(template));
    await page.locator('#template-notice').waitFor();
    assert.match(await page.textContent('#template-notice h2'), /Angaben des Anbieters \(nicht geprüft\)/);
    assert.match(await page.textContent('#template-notice'), /Land Irgendwo, Stand 01\.10\.2026/);
  });
});
