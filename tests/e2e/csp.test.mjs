// The Content Security Policy and the response headers of the deployment
// (README: Deployment). withApp checks in every end-to-end test that the
// app causes no CSP violation; this file checks that the policy is really
// there and enforced (so that "no violation" means something), that the
// build hashed exactly its inline loader, and that the server sends the
// headers a meta tag cannot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withApp } from './helpers.mjs';
import { startServer, DIST_DIR, CACHE_IMMUTABLE, CACHE_REVALIDATE } from './static-server.mjs';

const SUBPATH_DIST = process.env.EFA_SUBPATH_DIST;

/** The policy of a built index.html and the hashes of its inline scripts. */
function policyOf(html) {
  const metas = [...html.matchAll(/<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi)];
  assert.equal(metas.length, 1, 'one CSP meta tag');
  const content = metas[0][0].match(/content=(?:"([^"]*)"|'([^']*)')/i);
  assert.ok(content, metas[0][0]);
  const policy = (content[1] ?? content[2]).replaceAll('&#39;', "'").replaceAll('&apos;', "'");
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean)
    .map((d) => { const [name, ...values] = d.split(/\s+/); return [name, values]; }));
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  // The policy must come before anything it governs.
  const first = html.search(/<(script|link|style)\b/i);
  assert.ok(metas[0].index < first, 'the CSP meta tag precedes every script, link and style');
  return { policy, directives, inline };
}

for (const [name, dir] of [['dist', DIST_DIR], ['dist-subpath', SUBPATH_DIST]]) {
  test(`the built ${name}/index.html carries the policy, with the hash of exactly its inline loader`,
    { skip: dir ? false : 'EFA_SUBPATH_DIST not set (scripts/test.sh builds it)' }, async () => {
      const { directives, inline } = policyOf(await readFile(join(dir, 'index.html'), 'utf8'));
      assert.ok(inline.length >= 1, 'Trunk emits an inline module loader');
      assert.deepEqual(directives['default-src'], ["'self'"]);
      assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'", ...inline]);
      assert.deepEqual(directives['style-src'], ["'self'"]);
      assert.deepEqual(directives['img-src'], ["'self'", 'data:', 'blob:']);
      assert.deepEqual(directives['font-src'], ["'self'"]);
      assert.deepEqual(directives['connect-src'], ["'self'"]);
      assert.deepEqual(directives['object-src'], ["'none'"]);
      assert.deepEqual(directives['base-uri'], ["'self'"]);
      assert.deepEqual(directives['form-action'], ["'none'"]);
      // Ignored in a meta tag (with a console warning): a header's job.
      assert.equal(directives['frame-ancestors'], undefined);
      const values = Object.values(directives).flat();
      for (const never of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*']) {
        assert.ok(!values.includes(never), `${never} in ${JSON.stringify(directives)}`);
      }
      assert.ok(!values.some((v) => v.includes('INLINE-SCRIPTS')), 'the placeholder was filled in');
    });
}

test('the policy is enforced: an inline script and an inline style are refused and reported', async () => {
  // Guards against a policy that silently stopped applying (a typo, a
  // meta tag after the loader): then "no violation" in every other test
  // would prove nothing.
  await withApp({ cspViolationsExpected: true }, async ({ page, csp }) => {
    assert.deepEqual(csp, [], 'the app itself starts without a violation');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__efaCspProbe = 1';
      document.body.append(script);
      document.querySelector('#main').setAttribute('style', 'outline: 5px solid red');
    });
    await page.waitForFunction(() => true);
    assert.equal(await page.evaluate(() => typeof window.__efaCspProbe), 'undefined', 'the inline script did not run');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#main')).outlineStyle), 'none',
      'the inline style did not apply');
    const deadline = Date.now() + 5000;
    while (csp.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const directives = csp.map((v) => v.directive).sort();
    assert.deepEqual(directives, ['script-src-elem', 'style-src-attr'], JSON.stringify(csp));
    assert.ok(csp.every((v) => v.disposition === 'enforce'));
  });
});

/** GET (or HEAD) through Node, returning status and headers. */
async function get(url, headers = {}) {
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  return { status: res.status, headers: res.headers };
}

test('the server sends the deployment headers: no framing, no sniffing, no referrer, caching by file kind', async () => {
  // Guards against the headers README asks of a real server not being
  // tested at all (make serve and every test use this server).
  const server = await startServer();
  try {
    const files = await readdir(DIST_DIR);
    const wasm = files.find((f) => f.endsWith('_bg.wasm'));
    const css = files.find((f) => f.endsWith('.css'));
    assert.ok(wasm && css, files.join(' '));
    for (const path of ['', 'index.html', wasm, css, 'fonts/fira-sans-latin-400-normal.woff2']) {
      const { status, headers } = await get(server.url + path);
      assert.equal(status, 200, path);
      assert.equal(headers.get('content-security-policy'), "frame-ancestors 'none'", path);
      assert.equal(headers.get('x-frame-options'), 'DENY', path);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', path);
      const hashed = path === wasm || path === css;
      assert.equal(headers.get('cache-control'), hashed ? CACHE_IMMUTABLE : CACHE_REVALIDATE, path);
    }
    // "no-cache" revalidates: the second request costs a 304, not the page.
    const first = await get(server.url);
    const again = await get(server.url, { 'If-None-Match': first.headers.get('etag') });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('x-content-type-options'), 'nosniff');
    const missing = await get(`${server.url}nichts-hier.js`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
  } finally {
    await server.close();
  }
});
