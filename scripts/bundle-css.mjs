// Trunk post_build hook (Trunk.toml): ships the stylesheets as one file.
//
// The sources stay one file per feature (style/*.css, grouped like
// src/ui/), linked from index.html in cascade order. Trunk copies and
// minifies each into dist/ with a hashed name. This hook joins them, in
// the order the staged index.html links them, into one
// "style-<hash>.css", links that one file in place of the first (with its
// own Subresource Integrity hash) and removes the others. One file
// compresses better than eight (gzip sees the repeated property names
// once; 2,7 KB less of the first load, docs/performance.md) and is one
// request instead of eight.
//
// Run by scripts/post-build.mjs before the CSP hashes (both rewrite
// index.html, so they must not run at the same time). Trunk sets
// TRUNK_STAGING_DIR; run by hand, pass the directory instead:
//   node scripts/bundle-css.mjs dist
import { createHash } from 'node:crypto';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join, basename } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');

// Stylesheet links as Trunk writes them (minified or not): the href is the
// public URL plus the hashed file name.
const LINK = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const links = [...html.matchAll(LINK)].map((m) => {
  const href = m[0].match(/\bhref=["']?([^"'\s>]+)/i)?.[1];
  if (!href || !href.endsWith('.css')) fail(`${file}: a stylesheet link without a .css href: ${m[0]}`);
  return { tag: m[0], href };
});
// With fewer than two there is nothing to join.
if (links.length >= 2) {
  const parts = [];
  for (const { href } of links) parts.push(await readFile(join(dir, basename(href)), 'utf8'));
  const css = parts.join('\n');
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 16);
  const name = `style-${hash}.css`;
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  const prefix = links[0].href.slice(0, links[0].href.length - basename(links[0].href).length);

  let out = html.replace(links[0].tag, `<link rel="stylesheet" href="${prefix}${name}" integrity="${integrity}">`);
  for (const { tag } of links.slice(1)) out = out.replace(tag, '');
  await writeFile(join(dir, name), css);
  for (const { href } of links) await rm(join(dir, basename(href)));
  await writeFile(file, out);
}

function fail(message) {
  console.error(`bundle-css: ${message}`);
  process.exit(1);
}
