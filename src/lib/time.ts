/**
 * Dates and times of the app: Europe/Paris wall-clock. Shown as « 23/11/2026 à 16:05 » (flows.md:
 * JJ/MM/AAAA HH:MM, with « à » between the date and the time). Times the user gives are kept as Paris
 * wall-clock values (2026-11-23T16:05, as <input type="datetime-local"> gives them); instants the app
 * records itself are ISO strings.
 */
export const TIME_ZONE = 'Europe/Paris';

// Made on first use: a formatter for a time zone loads the zone's data, which may take a slow phone
// tens of milliseconds, and most pages show no time.
let format: Intl.DateTimeFormat | undefined;
const FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const parts = (date: Date) => {
  format ??= new Intl.DateTimeFormat('fr-FR', FORMAT_OPTIONS);
  const all = format.formatToParts(date);
  const get = (type: string) => all.find((p) => p.type === type)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute') };
};

/** 2026-11-23T16:05, Paris wall-clock time (for <input type="datetime-local">); empty for an invalid date. */
export function localDateTimeValue(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p.y}-${p.m}-${p.d}T${p.h}:${p.min}`;
}

/** 2026-11-23, the Paris calendar day (for <input type="date">). */
export function isoDay(date: Date): string {
  return localDateTimeValue(date).slice(0, 10);
}

/** The Paris year of a date. */
export function parisYear(date: Date): number {
  return Number(localDateTimeValue(date).slice(0, 4));
}

/**
 * Shows a Paris value (2026-11-23T16:05 or 2026-11-23) as « 23/11/2026 à 16:05 » or « 23/11/2026 », with
 * no-break spaces around « à », so that a date never breaks from its time (flows.md, third round).
 */
export function formatLocalValue(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return value;
  return m[4] ? `${m[3]}/${m[2]}/${m[1]}\u00a0à\u00a0${m[4]}:${m[5]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

/** 23/11/2026 à 16:05, Paris time. */
export function formatDateTime(date: Date): string {
  return formatLocalValue(localDateTimeValue(date));
}

/** 16:05, Paris time. */
export function formatTime(date: Date): string {
  return localDateTimeValue(date).slice(11);
}

/** 2026-11-23-1605: a Paris date and time fit for a file name. */
export function fileStamp(date: Date): string {
  return localDateTimeValue(date).replace('T', '-').replace(':', '');
}

export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (no 31 February), as YYYY-MM-DD. */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A Paris wall-clock value that exists on the calendar (hours 00–23, minutes 00–59). */
export function isLocalDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME.test(value) || !isRealDay(value)) return false;
  return Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60;
}

export type TimeProblem = 'missing' | 'invalid' | 'future';

/**
 * Why a time given by the user is refused: missing, not a real date and time, or later than now (Paris
 * time, to the minute). Null when it is fine.
 */
export function timeProblem(value: string, now: Date): TimeProblem | null {
  if (value.trim() === '') return 'missing';
  if (!isLocalDateTime(value)) return 'invalid';
  return value > localDateTimeValue(now) ? 'future' : null;
}

/** A clock a minute or two behind the user's watch: a time this far ahead of it is still taken as now. */
const CLOCK_SLACK_MS = 5 * 60_000;
export const slack = (now: Date) => new Date(now.getTime() + CLOCK_SLACK_MS);

/**
 * « Now », for what is done after `latest` (a time already recorded): this device's time, or `latest` when
 * it is ahead of that within the slack (a DA's time copied from OLGA's acknowledgement, on a clock a little
 * behind), so that what is done now never comes before what was recorded as done already. One further
 * ahead is not a clock: now.
 */
export function nowAfter(latest: string | null | undefined, now: Date): string {
  const at = localDateTimeValue(now);
  return latest && latest > at && latest <= localDateTimeValue(slack(now)) ? latest : at;
}

/** A day given by the user: missing, not a real day, or later than today (Paris). */
export function dayProblem(value: string, now: Date): TimeProblem | null {
  if (value.trim() === '') return 'missing';
  if (!LOCAL_DATE.test(value) || !isRealDay(value)) return 'invalid';
  return value > isoDay(now) ? 'future' : null;
}
