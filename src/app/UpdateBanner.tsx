import { useEffect, useState } from 'react';
import { onUpdateAvailable } from './serviceWorker';

/** Offers a new version of the app; the session in progress is kept (URL and local storage). */
export function UpdateBanner() {
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => onUpdateAvailable((u) => setUpdate(() => u)), []);
  if (!update) return null;
  return (
    <section className="update-banner no-print" aria-live="polite" aria-label="Mise à jour de l’application">
      <div className="container">
        Une nouvelle version de l’application est disponible. Votre diagnostic en cours sera conservé.{' '}
        <button type="button" className="button button-small" onClick={update}>
          Mettre à jour
        </button>
      </div>
    </section>
  );
}
