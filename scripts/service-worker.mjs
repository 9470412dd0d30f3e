// The last step of the Trunk post_build hook (scripts/post-build.mjs):
// completes the service worker (public/sw.js, copied by Trunk) with the
// list of files to precache and a version.
//
// Every file of the staged bundle is listed, relative to sw.js (so a
// sub-path deployment works): index.html as "./", the content-hashed
// assets, the module loaded on demand, the fonts. Left out: sw.js itself
// and the fonts' licence texts. The version is a hash of every listed
// file's name and content, so any change to the bundle is a new sw.js,
// which browsers pick up as an update (docs/offline.md).
//
// Trunk sets TRUNK_STAGING_DIR; run by hand, pass the directory instead:
//   node scripts/service-worker.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail('no directory: set TRUNK_STAGING_DIR (trunk does) or pass one');
const file = join(dir, 'sw.js');
const template = await readFile(file, 'utf8').catch(() => fail(`${file} missing (index.html copies public/sw.js)`));
if (!template.includes("'BUILD-ASSETS'") || !template.includes("'BUILD-VERSION'")) {
  fail(`${file}: the placeholders 'BUILD-ASSETS' and 'BUILD-VERSION' are not there (already filled in?)`);
}

const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
  .filter((name) => name !== 'sw.js' && !/\.(md|txt)$/.test(name))
  .sort();
if (!names.includes('index.html')) fail(`${dir}: no index.html`);

const hash = createHash('sha256');
for (const name of names) {
  hash.update(name).update('\0').update(await readFile(join(dir, name))).update('\0');
}
const version = hash.digest('hex').slice(0, 16);
const assets = names.map((name) => (name === 'index.html' ? './' : name));

await writeFile(file, template
  .replace("'BUILD-VERSION'", JSON.stringify(version))
  .replace("['BUILD-ASSETS']", JSON.stringify(assets)));
console.log(`service-worker: ${assets.length} files, version ${version}`);

function fail(message) {
  console.error(`service-worker: ${message}`);
  process.exit(1);
}
