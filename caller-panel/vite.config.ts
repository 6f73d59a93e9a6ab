// No source maps: the apps' sources are not for everyone on the office network (see server/http.ts).
// The manifest (dist/.vite/manifest.json: each chunk's static and dynamic imports) is for bench/bundles.ts,
// which measures what each role downloads first; the daemon does not serve it.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/panel/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: false, manifest: true },
});
