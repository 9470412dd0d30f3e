// Trunk post_build hook step (scripts/post-build.mjs): gives the
// on-demand module efa-extras (src/extras.rs) content-hashed file names
// and tells the page where it is.
//
// Trunk builds that module as a "worker" asset, which it neither links
// from the page nor names with a hash (its files are efa-extras.js and
// efa-extras_bg.wasm). Unhashed names would let a browser cache pair an
// old module with a new app after a deployment. This step renames the
// wasm to efa-extras-<hash>_bg.wasm, points the module's script at it,
// renames the script to efa-extras-<hash>.js, and writes
//   <meta name="efa-extras" content="<prefix>efa-extras-<hash>.js">
// into index.html, where <prefix> is the path before the app's own script
// (so a --public-url build works too). ui::widgets::extras reads it.
//
// Run by hand: node scripts/extras-hash.mjs dist
import { createHash } from 'node:crypto';
import { readFile, writeFile, rm, access } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');
const NAME = 'efa-extras';
const js = join(dir, `${NAME}.js`);
const wasm = join(dir, `${NAME}_bg.wasm`);
try {
  await access(js);
  await access(wasm);
} catch {
  fail(`${js} or ${wasm} missing: is the efa-extras link in index.html?`);
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const wasmBytes = await readFile(wasm);
const wasmName = `${NAME}-${hash(wasmBytes)}_bg.wasm`;
const script = await readFile(js, 'utf8');
const reference = `'${NAME}_bg.wasm'`;
if (!script.includes(reference)) fail(`${js} does not load ${reference}: has wasm-bindgen changed?`);
const patched = script.replace(reference, `'${wasmName}'`);
const jsName = `${NAME}-${hash(patched)}.js`;

const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
// The app's own script, as Trunk links it: its path prefix is ours too.
const own = html.match(/\b(?:src|href)=["']?([^"'\s>]*?)efa-check-[0-9a-f]+\.js/i);
if (!own) fail(`${file}: no efa-check script to take the path prefix from`);
const meta = `<meta name="${NAME}" content="${own[1]}${jsName}">`;
if (!html.includes('</head>')) fail(`${file}: no </head>`);

await writeFile(join(dir, wasmName), wasmBytes);
await writeFile(join(dir, jsName), patched);
await rm(wasm);
await rm(js);
await writeFile(file, html.replace('</head>', `${meta}</head>`));

function fail(message) {
  console.error(`extras-hash: ${message}`);
  process.exit(1);
}
