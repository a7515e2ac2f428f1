/**
 * The service worker: after the first visit the app (code, map data, fonts, the dataset) loads
 * with the network off, and articles can be added offline (the ingest worker is one of the cached
 * files). Built by scripts/pwa/serviceWorkerPlugin.ts, which fills in the list of the build's files
 * and a version derived from their contents, so a new build replaces the old cache.
 *
 * Files under assets/ have content hashes in their names: served from the cache. Everything else
 * (the page, the dataset) is fetched fresh when the network is there, from the cache when it is not.
 * The data the page opens with is cached on install too (cacheFirstView).
 */
declare const PRECACHE_FILES: string[];
declare const CACHE_VERSION: string;

interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  location: Location;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;
const CACHE_PREFIX = 'placeline-';
const CACHE = `${CACHE_PREFIX}${CACHE_VERSION}`;
const base = new URL(scope.registration.scope);
const INDEX = new URL('./', base).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => {
        await cache.addAll([INDEX, ...PRECACHE_FILES.map((file) => new URL(file, base).href)]);
        await cacheFirstView(cache);
      })
      .then(() => scope.skipWaiting()),
  );
});

/** The data the page needs to open (served beside the build, not part of it): the layout's
 *  manifest and the files it lists for the first view (or the single-file dataset), the story and
 *  its overlays. Text shards are cached as excerpts read them: a large archive's texts stay on the
 *  server until used. Best effort: a file that is not there is simply not cached. */
async function cacheFirstView(cache: Cache): Promise<void> {
  const data = (file: string) => new URL(`data/${file}`, base).href;
  const urls = [data('story.json')];
  const json = async (file: string): Promise<any> => {
    const response = await fetch(data(file));
    if (!response.ok) return undefined;
    await cache.put(data(file), response.clone());
    return response.json();
  };
  const manifest = await json('manifest.json').catch(() => undefined);
  if (manifest?.files) for (const entry of Object.values(manifest.files) as { path: string }[]) urls.push(data(entry.path));
  else urls.push(data('dataset.json'));
  const story = await json('story.json').catch(() => undefined);
  for (const overlay of story?.story?.overlays ?? []) urls.push(data(`overlays/${overlay.name}.geojson`));
  await Promise.allSettled(urls.map((url) => cache.add(url)));
}

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only this origin's GETs: nothing else is ever requested, and nothing else is cached.
  if (request.method !== 'GET' || url.origin !== base.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, INDEX));
  else if (url.pathname.startsWith(`${base.pathname}assets/`)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});

/** The preview and dev servers answer with "Vary: Origin"; a module script's request carries an
 *  Origin header that the install step's requests did not, so Vary must not stop a match. */
const MATCH = { ignoreVary: true } as const;

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, MATCH);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) void caches.open(CACHE).then((cache) => cache.put(request, response.clone()));
  return response;
}

async function networkFirst(request: Request, fallback?: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      void caches.open(CACHE).then((cache) => cache.put(fallback ?? request, copy));
    }
    return response;
  } catch (e) {
    const cached = (await caches.match(request, { ...MATCH, ignoreSearch: request.mode === 'navigate' })) ?? (fallback ? await caches.match(fallback, MATCH) : undefined);
    if (cached) return cached;
    throw e;
  }
}
