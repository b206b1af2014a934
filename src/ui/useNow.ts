import { useEffect, useMemo, useState } from 'react';

/**
 * The time now, to the minute, kept current while the page stays open: at each minute, and at once when the
 * page is shown or focused again (a form left open over midnight, the user back from OLGA in another tab, a
 * laptop woken up). A form's « now » by default is then the time it is saved, not the time it was shown.
 */
export function useNow(): Date {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      setMinute(Math.floor(Date.now() / 60_000));
      timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
    };
    tick();
    document.addEventListener('visibilitychange', tick);
    window.addEventListener('focus', tick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
      window.removeEventListener('focus', tick);
    };
  }, []);
  return useMemo(() => new Date(minute * 60_000), [minute]);
}
