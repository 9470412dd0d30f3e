// A tiny static file server for the release bundle in dist/, with no
// dependency beyond Node itself. Used by the end-to-end tests, the browser
// benchmark and `make serve`, so all three serve exactly what gets deployed.
//
// It only ever listens on 127.0.0.1. Port 0 picks a free port.
//
// It sends the response headers README ("Deployment") asks a real server
// for, so that the tests run the app under them: the page may not be
// framed, no type sniffing, no referrer, and caching that never serves a
// stale index.html but keeps the hashed assets for good.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST_DIR = resolve(process.env.DIST_DIR ?? join(REPO_ROOT, 'dist'));

// What a deployment must get right too: .wasm needs application/wasm for
// WebAssembly.instantiateStreaming.
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Headers of every response. The meta tag in index.html carries the main
 * Content Security Policy; frame-ancestors only works as a header
 * (X-Frame-Options says the same to older browsers).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Trunk names built assets with a content hash ("main-0123456789abcdef.css",
// "efa-check-…_bg.wasm"): a new build gets new names, so these may be cached
// for a year. Everything else (index.html, the fonts) is revalidated. The
// hash is a 64-bit number in hex without leading zeros, so it may be
// shorter than 16 digits.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control header for a file name. */
export function cacheControl(name) {
  return HASHED.test(name) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Starts the server. Resolves to { origin, port, close() }.
 * `prefix` mounts dist/ under a sub-path (e.g. "/efa-check/"), to test a
 * bundle built with trunk's --public-url.
 */
export async function startServer({ root = DIST_DIR, port = 0, prefix = '/', log = false } = {}) {
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html not found: build the bundle first (trunk build --release)`);
  });
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) return send(res, 404, 'text/plain', 'Not found');
      path = path.slice(prefix.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      // Refuse anything that would leave the served directory.
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'Forbidden');
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
      // A validator, so that "no-cache" costs a 304 rather than the file.
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = { 'Cache-Control': cacheControl(file), ETag: etag };
      if (req.headers['if-none-match'] === etag) {
        if (log) console.log(`${req.method} ${req.url} 304`);
        return send(res, 304, type, undefined, true, headers);
      }
      const body = await readFile(file);
      if (log) console.log(`${req.method} ${req.url} 200`);
      send(res, 200, type, body, req.method === 'HEAD', headers);
    } catch (err) {
      if (log) console.log(`${req.method} ${req.url} 404`);
      send(res, err.code === 'ENOENT' || err.code === 'EISDIR' ? 404 : 500, 'text/plain', 'Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    url: `http://127.0.0.1:${actual}${prefix}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

function send(res, status, type, body, headOnly = false, headers = { 'Cache-Control': 'no-store' }) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(headOnly ? undefined : body);
}

// `node tests/e2e/static-server.mjs [port] [dir]` serves until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const root = resolve(process.argv[3] ?? DIST_DIR);
  const srv = await startServer({ root, port });
  console.log(`EfA-Check: ${srv.url} (serving ${root}; Ctrl-C to stop)`);
}
