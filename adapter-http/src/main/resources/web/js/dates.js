// Times and dates as the page shows them, and the calendar date an instant falls on in a time zone.

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** Formatters by time zone ('' for the browser's own), made once: making one costs more than using it. */
const dayFormats = new Map();
const dateFormats = new Map();

function cached(formats, zone, options) {
  if (!formats.has(zone ?? '')) formats.set(zone ?? '', new Intl.DateTimeFormat(options.locale, { ...options.style, timeZone: zone }));
  return formats.get(zone ?? '');
}

/** A time in the browser's zone, such as "28 Nov 2026, 09:00". */
export function formatTime(iso) {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : timeFormat.format(time);
}

/** The date of a time in `zone`, such as "28 Nov 2026" (an all-day task's due date). */
export function formatDate(iso, zone) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return cached(dateFormats, zone || 'UTC', { style: { dateStyle: 'medium' } }).format(time);
}

/** The date (YYYY-MM-DD) an instant falls on in `zone`, or in the browser's own zone when it is undefined. */
export function dateIn(iso, zone) {
  const format = cached(dayFormats, zone, { locale: 'en-CA', style: { year: 'numeric', month: '2-digit', day: '2-digit' } });
  const parts = format.formatToParts(new Date(iso));
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
