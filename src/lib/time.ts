/** Dates and times of the app: Europe/Paris, shown as JJ/MM/AAAA HH:MM (flows.md). */
export const TIME_ZONE = 'Europe/Paris';

const parts = (date: Date) => {
  const fmt = new Intl.DateTimeFormat('fr-FR', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: string) => fmt.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') };
};

/** 23/11/2026 16:05 */
export function formatDateTime(date: Date): string {
  const p = parts(date);
  return `${p.d}/${p.m}/${p.y} ${p.h}:${p.min}`;
}

/** 2026-11-23, the Paris calendar day (for <input type="date">). */
export function isoDay(date: Date): string {
  const p = parts(date);
  return `${p.y}-${p.m}-${p.d}`;
}

/** 2026-11-23T16:05, Paris wall-clock time (for <input type="datetime-local">). */
export function localDateTimeValue(date: Date): string {
  const p = parts(date);
  return `${p.y}-${p.m}-${p.d}T${p.h}:${p.min}`;
}

/** The Paris year of a date. */
export function parisYear(date: Date): number {
  return Number(parts(date).y);
}

/** Shows a datetime-local value (2026-11-23T16:05) as 23/11/2026 16:05. */
export function formatLocalValue(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return value;
  return m[4] ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
