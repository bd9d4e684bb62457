// Repeat choices of the task fields and the rules they stand for, and how a rule reads on a task.

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };
const FIXED = {
  daily: 'FREQ=DAILY',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  monthly: 'FREQ=MONTHLY',
  yearly: 'FREQ=YEARLY',
};
const PLAIN_WEEKLY = /^FREQ=WEEKLY(?:;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*))?$/;

/** The rule for a choice of the Repeat field: `days` for "every week on…", `custom` typed as is; null for none. */
export function ruleFor(choice, days, custom) {
  if (choice === 'weekly') return days.length > 0 ? `FREQ=WEEKLY;BYDAY=${days.join(',')}` : 'FREQ=WEEKLY';
  if (choice === 'custom') return custom.trim() || null;
  return FIXED[choice] ?? null;
}

/** The Repeat field's choice for a stored (canonical) rule, and the days of a weekly one. */
export function choiceFor(rule) {
  if (!rule) return { choice: '', days: [] };
  const fixed = Object.keys(FIXED).find((choice) => FIXED[choice] === rule);
  if (fixed) return { choice: fixed, days: [] };
  const weekly = PLAIN_WEEKLY.exec(rule);
  if (weekly) return { choice: 'weekly', days: weekly[1] ? weekly[1].split(',') : [] };
  return { choice: 'custom', days: [] };
}

/** How a task's rule reads: "every weekday", "weekly on Mon, Wed", or the rule itself. */
export function describeRule(rule) {
  const { choice, days } = choiceFor(rule);
  switch (choice) {
    case 'daily':
      return 'every day';
    case 'weekdays':
      return 'every weekday';
    case 'weekly':
      return days.length > 0 ? `weekly on ${days.map((day) => DAY_NAMES[day]).join(', ')}` : 'weekly';
    case 'monthly':
      return 'monthly';
    case 'yearly':
      return 'yearly';
    default:
      return rule;
  }
}

/** The time zone this browser computes local times in, such as Europe/Berlin. */
export function browserZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
