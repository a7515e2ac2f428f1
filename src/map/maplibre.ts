/**
 * MapLibre 6 ships its worker as a separate ES module. Vite bundles it (with the shared chunk it
 * imports) into one file served from this origin, and MapLibre is told where it is.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

export * from 'maplibre-gl';
