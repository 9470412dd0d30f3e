// Trunk post_build hook step (scripts/post-build.mjs): makes the page start
// the app bundle of the stored language (docs/language.md).
//
// The app is built once per language: efa-check (German, feature only-de)
// is Trunk's main bundle, efa-check-en (English, only-en) a "worker" asset
// that scripts/extras-hash.mjs names by content hash and announces as
// <meta name="efa-check-en">. Trunk's inline loader imports the German
// bundle unconditionally, and preloads its files. This step
//   - rewrites the loader to read the stored language (localStorage
//     "efa-check.language", as ui::language writes it) and import the
//     English bundle when it is "en", else the German one, as before;
//   - removes Trunk's <link rel=preload|modulepreload> of the German
//     bundle, so an English first load fetches no German file.
// It runs before scripts/csp-hashes.mjs, which hashes the final loader.
//
// Run by hand: node scripts/language-loader.mjs dist
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/i);
if (!loader) fail(`${file}: no inline module script (Trunk's loader)`);
const js = loader[1].match(/import init, \* as bindings from '([^']+efa-check-[0-9a-f]+\.js)';/);
const wasm = loader[1].match(/module_or_path: '([^']+efa-check-[0-9a-f]+_bg\.wasm)'/);
if (!js || !wasm) fail(`${file}: Trunk's loader has another shape than expected; has Trunk changed?`);
if (!/<meta name="efa-check-en" content="[^"]+">/.test(html)) {
  fail(`${file}: no <meta name="efa-check-en">; run scripts/extras-hash.mjs first`);
}

// The English bundle's script finds its wasm beside itself (import.meta.url).
const script = [
  "let en = false;",
  "try { en = localStorage.getItem('efa-check.language') === 'en'; } catch {}",
  "const english = document.querySelector('meta[name=\"efa-check-en\"]');",
  "const bindings = en && english",
  "  ? await import(new URL(english.content, document.baseURI).href)",
  `  : await import('${js[1]}');`,
  `const wasm = await bindings.default(en && english ? undefined : { module_or_path: '${wasm[1]}' });`,
  'window.wasmBindings = bindings;',
  'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));',
].join('\n');
html = html.replace(loader[0], `<script type="module">${script}</script>`);

const before = html.length;
html = html.replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/gi, (tag) =>
  /efa-check-[0-9a-f]+(?:_bg\.wasm|\.js)|snippets\/efa-check-/.test(tag) ? '' : tag);
await writeFile(file, html);
console.log(`language-loader: the page starts efa-check or efa-check-en (${before - html.length} bytes of preloads removed)`);

function fail(message) {
  console.error(`language-loader: ${message}`);
  process.exit(1);
}
