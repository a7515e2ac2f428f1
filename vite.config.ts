import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import './tests/support/node20-polyfills';

export default defineConfig({
  plugins: [svelte()],
  // `static/` holds files served as-is (the dataset the ingest CLI writes).
  publicDir: 'static',
  assetsInclude: ['**/*.geojson'],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
