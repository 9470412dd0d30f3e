// Trunk post_build hook step (scripts/post-build.mjs): gives the
// on-demand modules content-hashed file names and tells the page where
// they are. The modules are efa-extras (src/extras.rs: charts, QR code,
// link compressor) and efa-xlsx (src/xlsx.rs: the CSV and Excel files).
//
// Trunk builds each as a "worker" asset, which it neither links from the
// page nor names with a hash (its files are <name>.js and
// <name>_bg.wasm). Unhashed names would let a browser cache pair an old
// module with a new app after a deployment. For each module this step
// renames the wasm to <name>-<hash>_bg.wasm, points the module's script
// at it, renames the script to <name>-<hash>.js, and writes
//   <meta name="<name>" content="<prefix><name>-<hash>.js">
// into index.html, where <prefix> is the path before the app's own script
// (so a --public-url build works too). ui::widgets::extras reads it.
//
// Run by hand: node scripts/extras-hash.mjs dist
import { createHash } from 'node:crypto';
import { readFile, writeFile, rm, access } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The modules loaded on demand, as their [[bin]] names in Cargo.toml, and
 * the English app bundle (src/main_en.rs), which Trunk builds the same
 * way and scripts/language-loader.mjs starts instead of the German one.
 */
export const ON_DEMAND = ['efa-extras', 'efa-xlsx', 'efa-check-en'];

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');

const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
// The app's own script, as Trunk links it: its path prefix is ours too.
const own = html.match(/\b(?:src|href)=["']?([^"'\s>]*?)efa-check-[0-9a-f]+\.js/i);
if (!own) fail(`${file}: no efa-check script to take the path prefix from`);
if (!html.includes('</head>')) fail(`${file}: no </head>`);

for (const name of ON_DEMAND) {
  const meta = await hashModule(name);
  html = html.replace('</head>', `${meta}</head>`);
}
await writeFile(file, html);

/** Renames one module's files by content hash; returns its meta tag. */
async function hashModule(name) {
  const js = join(dir, `${name}.js`);
  const wasm = join(dir, `${name}_bg.wasm`);
  try {
    await access(js);
    await access(wasm);
  } catch {
    fail(`${js} or ${wasm} missing: is the ${name} link in index.html?`);
  }
  const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const wasmBytes = await readFile(wasm);
  const wasmName = `${name}-${hash(wasmBytes)}_bg.wasm`;
  const script = await readFile(js, 'utf8');
  const reference = `'${name}_bg.wasm'`;
  if (!script.includes(reference)) fail(`${js} does not load ${reference}: has wasm-bindgen changed?`);
  const patched = script.replace(reference, `'${wasmName}'`);
  const jsName = `${name}-${hash(patched)}.js`;
  await writeFile(join(dir, wasmName), wasmBytes);
  await writeFile(join(dir, jsName), patched);
  await rm(wasm);
  await rm(js);
  return `<meta name="${name}" content="${own[1]}${jsName}">`;
}

function fail(message) {
  console.error(`extras-hash: ${message}`);
  process.exit(1);
}
