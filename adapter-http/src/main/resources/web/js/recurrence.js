// Repeat choices of the task fields and the rules they stand for, and how a rule reads on a task.

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };
const LONG_DAY_NAMES = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const ORDINALS = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', '-1': 'last' };
const FIXED = {
  daily: 'FREQ=DAILY',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  monthly: 'FREQ=MONTHLY',
  'monthly-last': 'FREQ=MONTHLY;BYMONTHDAY=-1',
  yearly: 'FREQ=YEARLY',
};
const DAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const PLAIN_WEEKLY = new RegExp(`^FREQ=WEEKLY(?:;BYDAY=(${DAY}(?:,${DAY})*))?$`);
const NTH_WEEKDAY = new RegExp(`^FREQ=MONTHLY;BYDAY=(-1|[1-5])(${DAY})$`);
const END = /;(COUNT=\d+|UNTIL=\d{8})$/;

/**
 * The rule for a choice of the Repeat field: `days` for "every week on…", the weekday of `dueDate` (a
 * YYYY-MM-DD) for "every month on the nth weekday", `custom` typed as is; `end` (never, a count or a date)
 * appended; null for none.
 */
export function ruleFor(choice, { days = [], dueDate = '', custom = '', end = {} } = {}) {
  let rule;
  if (choice === 'custom') return custom.trim() || null;
  if (choice === 'weekly') rule = days.length > 0 ? `FREQ=WEEKLY;BYDAY=${days.join(',')}` : 'FREQ=WEEKLY';
  else if (choice === 'monthly-nth') rule = dueDate ? `FREQ=MONTHLY;BYDAY=${nthWeekday(dueDate)}` : null;
  else rule = FIXED[choice] ?? null;
  if (!rule) return null;
  if (end.kind === 'count' && end.count) return `${rule};COUNT=${end.count}`;
  if (end.kind === 'until' && end.date) return `${rule};UNTIL=${end.date.replaceAll('-', '')}`;
  return rule;
}

/** The nth weekday of a date in its month, as BYDAY writes it: 2TU, or -1FR for the last one. */
export function nthWeekday(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day + 7 > daysInMonth && day > 28 ? -1 : Math.ceil(day / 7)}${weekday}`;
}

/** The Repeat field's choice for a stored (canonical) rule, its weekly days and its end. */
export function choiceFor(rule) {
  if (!rule) return { choice: '', days: [], end: { kind: 'never' } };
  const endMatch = END.exec(rule);
  const base = endMatch ? rule.slice(0, endMatch.index) : rule;
  const end = !endMatch
    ? { kind: 'never' }
    : endMatch[1].startsWith('COUNT')
      ? { kind: 'count', count: endMatch[1].slice(6) }
      : { kind: 'until', date: `${endMatch[1].slice(6, 10)}-${endMatch[1].slice(10, 12)}-${endMatch[1].slice(12, 14)}` };
  const fixed = Object.keys(FIXED).find((choice) => FIXED[choice] === base);
  if (fixed) return { choice: fixed, days: [], end };
  const weekly = PLAIN_WEEKLY.exec(base);
  if (weekly) return { choice: 'weekly', days: weekly[1] ? weekly[1].split(',') : [], end };
  if (NTH_WEEKDAY.test(base)) return { choice: 'monthly-nth', days: [], end };
  return { choice: 'custom', days: [], end: { kind: 'never' } };
}

/** How a task's rule reads: "every weekday", "weekly on Mon, Wed", "monthly on the last Friday", or the rule. */
export function describeRule(rule) {
  const { choice, days, end } = choiceFor(rule);
  const ends = end.kind === 'count' ? `, ${end.count} times` : end.kind === 'until' ? `, until ${end.date}` : '';
  switch (choice) {
    case 'daily':
      return `every day${ends}`;
    case 'weekdays':
      return `every weekday${ends}`;
    case 'weekly':
      return `${days.length > 0 ? `weekly on ${days.map((day) => DAY_NAMES[day]).join(', ')}` : 'weekly'}${ends}`;
    case 'monthly':
      return `monthly${ends}`;
    case 'monthly-last':
      return `monthly on the last day${ends}`;
    case 'monthly-nth': {
      const [, ordinal, day] = NTH_WEEKDAY.exec(rule.replace(END, ''));
      return `monthly on the ${ORDINALS[ordinal]} ${LONG_DAY_NAMES[day]}${ends}`;
    }
    case 'yearly':
      return `yearly${ends}`;
    default:
      return rule;
  }
}

/** The time zone this browser computes local times in, such as Europe/Berlin. */
export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
