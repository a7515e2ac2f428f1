import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import './tests/support/node20-polyfills';
import { serviceWorkerPlugin } from './scripts/pwa/serviceWorkerPlugin.ts';

export default defineConfig({
  plugins: [svelte(), serviceWorkerPlugin()],
  // `static/` holds files served as-is (the dataset the ingest CLI writes).
  publicDir: 'static',
  // MapLibre starts its worker as an ES module.
  worker: { format: 'es' },
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // GeoJSON stays a file fetched from this origin (the CSP allows no data: fetches).
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
  },
  test: {
    // `npm test` never reads the user's corpus/; `npm run test:default-corpus` checks the shipped one.
    include: process.env.PLACELINE_TEST === 'default-corpus' ? ['tests/default-corpus/*.check.ts'] : ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests serve fixture corpora ingested once per run (never the user's corpus/).
    globalSetup: process.env.PLACELINE_TEST === 'default-corpus' ? [] : ['./tests/support/fixtureData.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
