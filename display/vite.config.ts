// No source maps: the apps' sources are not for everyone on the office network (see server/http.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/display/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: false },
});
