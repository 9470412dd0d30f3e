// The one Trunk post_build hook (Trunk.toml). Trunk starts the hooks of
// a stage at the same time, and both steps rewrite the staged index.html,
// so they run here one after the other: first the stylesheets are joined
// (scripts/bundle-css.mjs), then the on-demand modules and the English
// app bundle get hashed names and their addresses in the page
// (scripts/extras-hash.mjs), then the loader learns to start the bundle of
// the stored language (scripts/language-loader.mjs), then the Content
// Security Policy gets the hashes of the final page's inline scripts
// (scripts/csp-hashes.mjs), and last the service worker gets the list of
// files to precache and a version (scripts/service-worker.mjs), which
// needs every file final.
// Each reads the directory from TRUNK_STAGING_DIR or its first argument.
await import('./bundle-css.mjs');
await import('./extras-hash.mjs');
await import('./language-loader.mjs');
await import('./csp-hashes.mjs');
await import('./service-worker.mjs');
