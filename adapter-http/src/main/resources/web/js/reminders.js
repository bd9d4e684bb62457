// Reminders in the browser: when a task's reminder comes due (a `reminder.due` entry of the live change
// stream), a system notification if the person allowed them, and always a notice in the page.

import { announce, showBanner } from './messages.js';

/** Asks once for permission to notify; call it from the click or submit that sets a reminder. */
export function askToNotify() {
  if ('Notification' in window && Notification.permission === 'default') {
    Notification.requestPermission().catch(() => {});
  }
}

/** Tells the person that `task`'s reminder came due. */
export function remind(task) {
  const text = `Reminder: ${task.title}`;
  if ('Notification' in window && Notification.permission === 'granted') {
    const notification = new Notification(text, {
      body: task.due_at ? `Due ${new Date(task.due_at).toLocaleString()}` : '',
      tag: `todo-reminder-${task.id}`,
    });
    notification.addEventListener('click', () => window.focus());
  }
  showBanner(text);
  announce(text);
}
