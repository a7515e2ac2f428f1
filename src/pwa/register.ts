/** Registers the service worker (production builds only: in dev it would serve stale modules). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: Error) => {
      // Offline use is a convenience: the app works without it.
      console.warn(`Offline use is not available: ${e.message}`);
    });
  };
  // Installing caches the whole build: let the page load and draw its map first.
  window.addEventListener('load', () => requestIdleCallback(register, { timeout: 5000 }));
}
