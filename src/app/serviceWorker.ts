/**
 * Offline support: registers the service worker that precaches the whole app (built by vite-plugin-pwa).
 * A new version waits until the user accepts it; the page then reloads, and since the session lives in
 * the URL and in local storage, nothing in progress is lost.
 */
type Listener = (update: (() => void) | null) => void;

let listener: Listener = () => {};
let pending: (() => void) | null = null;

export function onUpdateAvailable(l: Listener) {
  listener = l;
  l(pending);
}

function offer(worker: ServiceWorker) {
  pending = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  listener(pending);
}

export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            // Installed while another version controls the page: an update, to offer.
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
          });
        });
        // Look for a new version now and then (an agent keeps the app open all day).
        setInterval(() => void registration.update().catch(() => {}), 60 * 60 * 1000);
      })
      .catch(() => {
        /* offline support is a bonus: the app works without it */
      });
  });
}
