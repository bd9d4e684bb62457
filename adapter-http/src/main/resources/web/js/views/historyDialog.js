// A repeating task's history: the completed occurrences of its series, in a dialog.
import { formatTime } from '../dates.js';
import { describeRule } from '../recurrence.js';

/** Opens the dialog for `task` and fills it with `load()`'s completed occurrences; rejects as `load` does. */
export async function showHistory(task, load) {
  const dialog = document.getElementById('history-dialog');
  const list = document.getElementById('history-list');
  const summary = document.getElementById('history-summary');
  document.getElementById('history-heading').textContent = `History of “${task.title}”`;
  list.replaceChildren();
  summary.textContent = 'Loading…';
  dialog.showModal();
  const done = await load();
  summary.textContent = done.length === 0
    ? 'Not completed yet.'
    : `Completed ${done.length} ${done.length === 1 ? 'time' : 'times'}${task.recurrence ? `; repeats ${describeRule(task.recurrence)}` : ''}.`;
  for (const occurrence of done) {
    const item = document.createElement('li');
    const due = occurrence.due_at ? `due ${formatTime(occurrence.due_at)}, ` : '';
    item.textContent = `${due}done ${formatTime(occurrence.completed_at)}`;
    list.append(item);
  }
}
