import { defineConfig } from 'vite';

export default defineConfig({
  base: '/kiosk/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: true },
});
