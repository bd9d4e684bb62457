// The quick-add line: one line of text becomes a task. `#word` adds a tag and `!high`, `!medium` or `!low`
// sets the priority, anywhere in the line; a date or time in words ("tomorrow 9am", "friday", "in 2 hours",
// "12/3 at 10:30") is the due time, found by chrono-node (vendored, loaded on first use); the rest, spaces
// tidied, is the title.
import { dateIn, formatDate, formatTime } from './dates.js';
import { browserZone } from './recurrence.js';

const PRIORITY = /^!(high|medium|low)$/i;
const TAG = /^#(\S+)$/;

let recogniser = null;

/**
 * The date recogniser, loaded once (about 14 kB compressed, so not before the line is used); null if it
 * could not be loaded, and the line then adds tasks without due times.
 */
export function loadDates() {
  recogniser ??= import('../vendor/chrono-en.js').then(
    (chrono) => (dayBeforeMonth() ? chrono.GB : { parse: chrono.parse }),
    () => null,
  );
  return recogniser;
}

/**
 * The request body for a typed line: `{title, priority, tags}`, with `due_at` (and for a date without a
 * time `all_day` and `time_zone`) when `dates` found one after `now`; the title is empty if only marks were
 * typed. With `literal`, dates stay in the title.
 */
export function parseQuickAdd(line, { dates = null, now = new Date(), literal = false } = {}) {
  const found = literal || !dates ? null : firstDate(dates, line, now);
  const rest = found ? `${line.slice(0, found.index)} ${line.slice(found.index + found.text.length)}` : line;
  const words = [];
  const tags = [];
  let priority = null;
  for (const word of rest.trim().split(/\s+/).filter(Boolean)) {
    const tag = TAG.exec(word);
    const level = PRIORITY.exec(word);
    if (tag) tags.push(tag[1]);
    else if (level) priority = level[1].toLowerCase();
    else words.push(word);
  }
  return { title: words.join(' '), priority, tags, ...(found ? dueOf(found) : {}) };
}

/** What the line's due time will be, in words, or '' when it has none. */
export function describeDue(fields) {
  if (!fields.due_at) return '';
  return fields.all_day ? `Due ${formatDate(fields.due_at, 'UTC')} (all day)` : `Due ${formatTime(fields.due_at)}`;
}

// The first date in the line, read as the next such date ("friday" is the coming one); a date inside a tag
// (#may) is not one.
function firstDate(dates, line, now) {
  return dates.parse(line, now, { forwardDate: true }).find((result) => line[result.index - 1] !== '#') ?? null;
}

// A date without a time is a whole day in this browser's zone, sent as the date alone.
function dueOf(found) {
  const at = found.start.date().toISOString();
  if (found.start.isCertain('hour')) return { due_at: at };
  return { due_at: dateIn(at), all_day: true, time_zone: browserZone() };
}

// Whether this browser writes the day before the month (3/12 is the 3rd of December), as en-GB does.
function dayBeforeMonth() {
  const parts = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'numeric' }).formatToParts(new Date(2000, 0, 2));
  return parts.findIndex((part) => part.type === 'day') < parts.findIndex((part) => part.type === 'month');
}
