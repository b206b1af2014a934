import { useRegisterSW } from 'virtual:pwa-register/react';
import { APP_TEXT } from './texts';

const T = APP_TEXT.update;

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker (vite-plugin-pwa's useRegisterSW) and offers a new version of the app when
 * one is waiting; the session in progress is kept (URL and local storage). An agent keeps the app open all
 * day: a new version is looked for every hour.
 */
export default function UpdateBanner() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => {}), HOUR);
    },
  });
  if (!needRefresh) return null;
  return (
    <section className="update-banner no-print" aria-live="polite" aria-label={T.label}>
      <div className="container">
        {T.text}
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            // Reload once the new version controls the page (workbox-window reloads only for a page that
            // was already controlled when it registered, not for the one that installed the first version).
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
              once: true,
            });
            void updateServiceWorker(true);
          }}
        >
          {T.button}
        </button>
      </div>
    </section>
  );
}
