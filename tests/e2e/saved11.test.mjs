// End-to-end tests of issue 11's saved-work items on the release bundle,
// acting as a person: the entry's name follows the service name until it
// is renamed, a share link opened twice leaves one entry, and "Mit
// Referenzwerten neu beginnen" asks before it replaces work, can be
// undone, and puts focus on the first field. withApp checks every time
// that there were no console errors and that no request left the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp, waitForApp, typeInto, sel, assertNoAxeViolations, REPO_ROOT, shareLink as openShareLink } from './helpers.mjs';

const SHOTS = join(REPO_ROOT, 'target', 'e2e');
const EXAMPLE = 'Hundesteuer An- und Abmeldung (illustratives Beispiel)';

/** Names in "Meine Bewertungen", in list order. */
async function entryNames(page) {
  return page.locator('#library-list .library__name').allTextContents();
}

/** Waits until "Meine Bewertungen" lists exactly `names`. */
async function waitForNames(page, names) {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('#library-list .library__name')]
      .map((e) => e.textContent)) === JSON.stringify(want),
    names).catch(async () => {
    assert.deepEqual(await entryNames(page), names);
  });
}

/** The id of the element that has focus. */
async function focused(page) {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

/** Renames the open entry through its "Umbenennen" form. */
async function renameOpenEntry(page, name) {
  const item = page.locator('#library-list li[aria-current="true"]');
  await item.locator('button[id$="-rename"]').click();
  await item.locator('input[id$="-new-name"]').fill(name);
  await item.locator('button[id$="-rename-save"]').click();
}

/** Opens the share dialog, reads the link, and closes the dialog again. */
async function shareLink(page) {
  const link = await openShareLink(page);
  await page.click('#share-close');
  await page.locator('#share-dialog').waitFor({ state: 'hidden' });
  return link;
}

test('the entry is named after the service as it is typed, until the user renames it', async () => {
  // Guards against entries that keep the name they were created with
  // ("Neue Bewertung" for every service), and against a name the user
  // chose being overwritten by the next keystroke in "Name des Dienstes".
  await withApp(async ({ page }) => {
    assert.deepEqual(await entryNames(page), [EXAMPLE]);
    await typeInto(page, 'service', 'Kita-Gebühren');
    await waitForNames(page, ['Kita-Gebühren']);

    await renameOpenEntry(page, 'Kita – Variante A');
    await waitForNames(page, ['Kita – Variante A']);
    await typeInto(page, 'service', 'Kita-Beiträge');
    assert.equal(await page.inputValue(sel.field('service')), 'Kita-Beiträge');
    await waitForNames(page, ['Kita – Variante A']);

    // A new assessment follows its service too; the renamed one stays.
    await page.click('#library-new');
    await waitForNames(page, ['Kita – Variante A', 'Neue Bewertung']);
    await typeInto(page, 'service', 'Bürgerbüro');
    await waitForNames(page, ['Kita – Variante A', 'Bürgerbüro']);

    // After a reload the renamed entry still keeps its name.
    await page.reload();
    await waitForApp(page);
    await waitForNames(page, ['Kita – Variante A', 'Bürgerbüro']);
    await page.locator('#library-list li').first().locator('button[id$="-open"]').click();
    await page.waitForFunction(() => document.querySelector('#f-service').value === 'Kita-Beiträge');
    await typeInto(page, 'service', 'Kita');
    await page.waitForFunction(() => document.title.includes('Kita'));
    await waitForNames(page, ['Kita – Variante A', 'Bürgerbüro']);
  });
});

test('the same share link opened twice, in this tab or another, leaves one entry and keeps the edits', async () => {
  // Guards against a second "(aus Link)" entry each time a link is opened
  // again (pasted again, opened from the mail a second time, opened in a
  // second tab), and against the earlier copy being overwritten with the
  // link's figures after the user changed it.
  await withApp(async ({ page, server }) => {
    await typeInto(page, 'service', 'Kita');
    const link = await shareLink(page);
    const fragment = link.slice(link.indexOf('#') + 1);

    // First opening, as a fresh page load: a copy.
    await page.goto('about:blank');
    await page.goto(`${server.url}#${fragment}`);
    await waitForApp(page);
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#link-notice'), /Kopie aus einem geteilten Link/);
    await waitForNames(page, ['Kita', 'Kita (aus Link)']);

    // The same link pasted again into the address: the same copy.
    await page.click('#library-list li:first-child button[id$="-open"]');
    await page.waitForFunction(() => !document.querySelector('#link-notice'));
    await page.evaluate((f) => { location.hash = f; }, fragment);
    await page.locator('#link-notice').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#link-notice'), /schon einmal geöffnet/);
    await waitForNames(page, ['Kita', 'Kita (aus Link)']);
    assert.equal(await page.locator('#library-list li[aria-current="true"] .library__name').textContent(), 'Kita (aus Link)');
    assert.equal(await page.evaluate(() => location.hash), '', 'the link leaves the address');

    // The copy is edited, other work follows, then the link is opened in a
    // second tab: the edited copy opens there, nothing is overwritten.
    await typeInto(page, 'inhabitants', '9.999');
    await page.click('#library-new');
    await waitForNames(page, ['Kita', 'Kita (aus Link)', 'Neue Bewertung']);
    const other = await page.context().newPage();
    await other.goto(`${server.url}#${fragment}`);
    await waitForApp(other);
    await other.locator('#link-notice').waitFor({ state: 'visible' });
    assert.match(await other.textContent('#link-notice'), /frühere Kopie/);
    assert.match(await other.textContent('#link-notice'), /„Kita \(aus Link\)“ seitdem geändert/);
    assert.equal(await other.inputValue(sel.field('inhabitants')), '9.999', 'the edit is kept');
    await waitForNames(other, ['Kita', 'Kita (aus Link)', 'Neue Bewertung']);
    await assertNoAxeViolations(other, 'earlier copy of a link reopened');
    await other.close();

    await page.reload();
    await waitForApp(page);
    await waitForNames(page, ['Kita', 'Kita (aus Link)', 'Neue Bewertung']);
  });
});

test('Neu beginnen asks while the form holds work, cancelling keeps it, confirming replaces it, undo restores it', async () => {
  // Guards against one click on "Mit Referenzwerten neu beginnen" wiping
  // out what was typed into the example (it was overwritten in the open
  // entry by the next autosave), against a question that keyboard users
  // cannot answer or that leaves focus nowhere, and against an undo that
  // does not bring back the same document and entry.
  await withApp({ viewport: { width: 1366, height: 768 } }, async ({ page }) => {
    await typeInto(page, 'service', 'Kita');
    await typeInto(page, 'inhabitants', '12.345');
    await waitForNames(page, ['Kita']);
    const dialog = page.locator('#start-confirm');

    // Asked; Escape keeps everything and returns focus to the button.
    await page.focus('#start-blank');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await focused(page), 'start-confirm-no', 'the safe answer has focus');
    assert.match(await dialog.textContent(), /bleibt unter „Meine Bewertungen“ gespeichert/);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'saved11-confirm.png') });
    await assertNoAxeViolations(page, 'Neu beginnen asks');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'start-blank');
    assert.equal(await page.inputValue(sel.field('service')), 'Kita');

    // "Abbrechen" keeps everything too.
    await page.click('#start-blank');
    await dialog.waitFor({ state: 'visible' });
    await page.click('#start-confirm-no');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focused(page), 'start-blank');
    assert.equal(await page.inputValue(sel.field('inhabitants')), '12.345');
    await waitForNames(page, ['Kita']);

    // "Ja, neu beginnen": reference defaults in a new entry, the work kept
    // beside it, focus on the first field.
    await page.click('#start-blank');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), 'start-confirm-yes');
    await page.keyboard.press('Enter');
    await page.locator('#fresh-notice').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.activeElement?.id === 'f-service');
    assert.equal(await page.inputValue(sel.field('service')), '');
    assert.equal(await page.inputValue(sel.field('inhabitants')), '0');
    assert.equal(await page.inputValue(sel.field('discount-rate')), '0,9', 'BMF rate');
    assert.equal(await page.locator('#example-notice').count(), 0);
    assert.match(await page.textContent('#fresh-notice'), /Ihre bisherige Bewertung „Kita“ ist unter „Meine Bewertungen“ gespeichert/);
    await waitForNames(page, ['Kita', 'Neue Bewertung']);
    await page.screenshot({ path: join(SHOTS, 'saved11-undo.png') });
    await assertNoAxeViolations(page, 'after Neu beginnen, with the undo notice');

    // "Rückgängig": the same document in the same entry, the example
    // notice back, the fresh entry gone.
    await page.click('#fresh-undo');
    await page.locator('#fresh-notice').waitFor({ state: 'detached' });
    assert.equal(await page.inputValue(sel.field('service')), 'Kita');
    assert.equal(await page.inputValue(sel.field('inhabitants')), '12.345');
    await waitForNames(page, ['Kita']);
    await page.locator('#example-notice').waitFor({ state: 'visible' });
    assert.equal(await focused(page), 'start-blank');
    assert.match(await page.textContent('#library-status'), /„Kita“ ist wiederhergestellt/);

    await page.reload();
    await waitForApp(page);
    await waitForNames(page, ['Kita']);
    assert.equal(await page.inputValue(sel.field('inhabitants')), '12.345', 'undo is saved');
  });
});

test('Neu beginnen on the untouched example replaces it without asking, and undo brings the example back', async () => {
  // Guards against a question where nothing can be lost, and against
  // an untouched example left behind as clutter in the library.
  await withApp(async ({ page }) => {
    await page.click('#start-blank');
    await page.locator('#fresh-notice').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#start-confirm[open]').count(), 0, 'no question');
    await page.waitForFunction(() => document.activeElement?.id === 'f-service');
    assert.match(await page.textContent('#fresh-notice'), /statt der Beispielwerte/);
    await waitForNames(page, ['Neue Bewertung']);
    await typeInto(page, 'service', 'Bürgerbüro');
    await waitForNames(page, ['Bürgerbüro']);

    // Undo after typing: the example comes back, what was typed stays.
    await page.click('#fresh-undo');
    await page.locator('#example-notice').waitFor({ state: 'visible' });
    assert.equal(await page.inputValue(sel.field('inhabitants')), '8.500');
    await waitForNames(page, ['Bürgerbüro', EXAMPLE]);
  });
});
