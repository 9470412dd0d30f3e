// EfA-Check's service worker (docs/offline.md): after the first visit the
// app opens and works without a network.
//
// scripts/service-worker.mjs, the last step of the build, fills in the
// list of every file of the bundle (the content-hashed wasm, js and css
// Trunk emits, the module loaded on demand, the fonts, index.html as "./")
// and a version derived from their contents. A new deployment is a new
// sw.js, which the browser installs beside the running one; the page then
// offers "neu laden", and only that message lets the new one take over.
//
// It only ever answers requests of its own origin, from its own cache or
// by passing them on unchanged; it sends nothing anywhere else.
const VERSION = 'BUILD-VERSION';
const ASSETS = ['BUILD-ASSETS'];
const CACHE = `efa-check-${VERSION}`;

self.addEventListener('install', (event) => {
  // Fetched past the HTTP cache, so a new version never caches an old file.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  // Older versions' caches go once this one runs; saved work lives in
  // localStorage and is never touched here.
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys
    .filter((key) => key.startsWith('efa-check-') && key !== CACHE)
    .map((key) => caches.delete(key)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'efa-check-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  // A page load under any address of the app (a share link's data is in
  // the fragment, which is never sent) is the cached page.
  const hit = request.mode === 'navigate'
    ? await cache.match('./')
    : await cache.match(request);
  return hit ?? fetch(request);
}
