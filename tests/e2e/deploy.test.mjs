// Deployment from a sub-path: a bundle built with
//   trunk build --release --public-url /efa-check/
// must work when dist/ is served under /efa-check/ (as README documents).
// scripts/test.sh builds that bundle into target/dist-subpath and sets
// EFA_SUBPATH_DIST; run alone without it, this test is reported as skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, typeInto, readResults, waitForChange } from './helpers.mjs';

const ROOT = process.env.EFA_SUBPATH_DIST;

test('a bundle built with --public-url /efa-check/ runs under that sub-path',
  { skip: ROOT ? false : 'EFA_SUBPATH_DIST not set (scripts/test.sh builds it)' }, async () => {
    await withApp({ root: ROOT, prefix: '/efa-check/' }, async ({ page, origin, responses }) => {
      // Every asset came from under the sub-path.
      const outside = responses.filter((r) => !r.url.startsWith(`${origin}/efa-check/`) && !r.url.startsWith('data:'));
      assert.deepEqual(outside, [], 'assets requested outside /efa-check/');
      assert.ok(responses.every((r) => r.status === 200), `all assets load: ${JSON.stringify(responses)}`);

      // And the app works there.
      const before = await readResults(page);
      // A figure inside the example's span of cases (450 to 750).
      await typeInto(page, 'cases-per-year', '700');
      const after = await waitForChange(page, before);
      assert.equal(after.outdated, 'false');
    });
  });
