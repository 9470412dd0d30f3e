// Trunk post_build hook (Trunk.toml): completes the Content Security Policy
// in the staged index.html.
//
// The policy itself is written in index.html, as a <meta> tag. Trunk then
// adds an inline <script type="module"> that loads the wasm; its text names
// the hashed file names and the public URL, so it differs per build and
// per --public-url. Rather than allowing inline scripts in general, the
// policy lists the SHA-256 of exactly the inline scripts this build emits:
// the placeholder PLACEHOLDER in index.html is replaced by one
// 'sha256-…' source per inline script, computed over the final (minified)
// text. A build whose page cannot satisfy its own policy fails here rather
// than shipping a page that does not start:
//   - the placeholder must occur exactly once (inside the CSP meta tag);
//   - no inline <style> element or style="…" attribute (style-src 'self');
//   - no inline event handler attribute (onclick="…" and the like).
//
// Trunk sets TRUNK_STAGING_DIR; run by hand, pass the directory instead:
//   node scripts/csp-hashes.mjs dist
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = "'sha256-INLINE-SCRIPTS'";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');

const count = html.split(PLACEHOLDER).length - 1;
if (count !== 1) {
  fail(`${file}: expected the placeholder ${PLACEHOLDER} once in the CSP meta tag, found it ${count} times`);
}
const meta = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i);
if (!meta || !meta[0].includes(PLACEHOLDER)) fail(`${file}: the placeholder is not inside the CSP meta tag`);

// Inline scripts: <script> elements without a src attribute. The hash is
// over the element's text exactly as it stands between the tags.
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(attrs)) continue;
  hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

const problems = [];
if (/<style\b/i.test(html)) problems.push('an inline <style> element');
if (/<[^>]+\sstyle\s*=/i.test(html)) problems.push('an inline style="…" attribute');
if (/<[^>]+\son[a-z]+\s*=/i.test(html)) problems.push('an inline event handler attribute (on…=)');
if (problems.length) {
  fail(`${file} contains ${problems.join(', ')}, which the Content Security Policy blocks; ` +
    'use a class and style/*.css, or a listener in the app');
}

// No inline script at all: the placeholder simply goes.
const filled = html.replace(hashes.length ? PLACEHOLDER : ` ${PLACEHOLDER}`, hashes.join(' '));
await writeFile(file, filled);
console.log(`csp-hashes: ${hashes.length} inline script(s) hashed into the CSP of ${file}`);

function fail(message) {
  console.error(`csp-hashes: ${message}`);
  process.exit(1);
}
