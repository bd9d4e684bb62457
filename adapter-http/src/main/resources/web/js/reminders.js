// Reminders in the browser (specs/007 FR-743): when a task's reminder comes due (a `reminder.due` entry of
// the live change stream), a system notification if the person allowed them, otherwise a notice in the page.

import { announce, showBanner } from './messages.js';

/** An entry older than this on arrival (a tab that was asleep) is told in the page, not notified. */
const STALE_MS = 15 * 60 * 1000;

/** Asks once for permission to notify; call it from the click or submit that sets a reminder. */
export function askToNotify() {
  if ('Notification' in window && Notification.permission === 'default') {
    Notification.requestPermission().catch(() => {});
  }
}

/** Tells the person that the task of a `reminder.due` entry is due for its reminder. */
export function remind(entry) {
  const { task } = entry;
  const due = task.due_at ? `Due ${new Date(task.due_at).toLocaleString()}` : 'Reminder';
  const fresh = Date.now() - Date.parse(entry.at) < STALE_MS;
  if (fresh && 'Notification' in window && Notification.permission === 'granted') {
    // one tag per entry: several open tabs of the same person show one notification
    const notification = new Notification(task.title, { body: due, tag: `todo-reminder-${entry.id}` });
    notification.addEventListener('click', () => {
      window.focus();
      document.querySelector(`[data-task-id="${task.id}"]`)?.scrollIntoView({ block: 'center' });
    });
  } else {
    showBanner(`Reminder: ${task.title}`);
  }
  announce(`Reminder: ${task.title}`);
}
