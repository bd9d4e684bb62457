// One task in the list, built with createElement and textContent only: user text is never markup.
import { dateIn, formatDate, formatTime } from '../dates.js';
import { describeRule } from '../recurrence.js';

const PRIORITY_LABELS = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' };

/**
 * `actions` has toggle(task, checkbox), edit(task), rename(task, title) (resolves when stored, rejects when
 * not), remove(task), history(task) and filterTag(tag).
 */
export function renderTask(task, actions) {
  const item = element('li', 'task');
  item.dataset.taskId = String(task.id);
  item.dataset.version = String(task.version);
  // the date it is due on: in the browser's zone, or its own for an all-day task
  item.dataset.day = task.due_at ? dateIn(task.due_at, task.all_day ? task.time_zone || 'UTC' : undefined) : '';
  item.classList.toggle('completed', task.completed);

  const checkbox = element('input', 'task-done');
  checkbox.type = 'checkbox';
  checkbox.checked = task.completed;
  checkbox.dataset.action = 'toggle';
  checkbox.setAttribute('aria-label', `Completed: ${task.title}`);
  checkbox.setAttribute('aria-keyshortcuts', 'Space ArrowUp ArrowDown E Delete');
  checkbox.addEventListener('change', () => actions.toggle(task, checkbox));

  const body = element('div', 'task-body');
  body.append(titleInPlace(task, actions));
  if (task.description) body.append(element('p', 'task-description', task.description));
  const details = taskDetails(task, actions);
  if (details.childElementCount > 0) body.append(details);

  const buttons = element('div', 'task-actions');
  buttons.append(
    actionButton('Edit', task.title, 'edit', () => actions.edit(task)),
    actionButton('Delete', task.title, 'delete', () => actions.remove(task)),
  );
  if (task.series_id) buttons.prepend(actionButton('History', task.title, 'history', () => actions.history(task)));

  item.append(checkbox, body, buttons);
  return item;
}

/**
 * The title, edited in place: activating it turns it into a field; Enter (or leaving the field) saves a
 * changed title, Escape leaves it as it was.
 */
function titleInPlace(task, actions) {
  const title = element('p', 'task-title');
  const button = element('button', 'title-button', task.title);
  button.type = 'button';
  button.dataset.action = 'rename';
  button.setAttribute('aria-label', `Rename: ${task.title}`);
  title.append(button);
  button.addEventListener('click', () => {
    const input = element('input', 'title-input');
    input.type = 'text';
    input.value = task.title;
    input.setAttribute('aria-label', `New title for “${task.title}”`);
    let done = false;
    const finish = async (save) => {
      if (done) return;
      done = true;
      const typed = input.value.trim();
      if (!save || typed === '' || typed === task.title) {
        input.replaceWith(button);
        button.focus();
        return;
      }
      input.disabled = true;
      try {
        await actions.rename(task, typed);
      } catch {
        input.replaceWith(button);
        button.focus();
      }
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        finish(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      }
    });
    input.addEventListener('blur', () => finish(true));
    button.replaceWith(input);
    input.focus();
    input.select();
  });
  return title;
}

/** A task in the trash: its fields, when it was deleted, and Restore and Delete forever. */
export function renderTrashed(task, actions) {
  const item = element('li', 'task trashed');
  item.dataset.taskId = String(task.id);
  item.dataset.version = String(task.version);
  item.classList.toggle('completed', task.completed);
  const body = element('div', 'task-body');
  body.append(element('p', 'task-title', task.title));
  const details = taskDetails(task, { filterTag: () => {} });
  details.append(element('span', 'deleted-at', `Deleted ${formatTime(task.deleted_at)}`));
  body.append(details);
  const buttons = element('div', 'task-actions');
  buttons.append(
    actionButton('Restore', task.title, 'restore', () => actions.restore(task)),
    actionButton('Delete forever', task.title, 'purge', () => actions.purge(task)),
  );
  item.append(body, buttons);
  return item;
}

function taskDetails(task, actions) {
  const details = element('div', 'task-details');
  if (task.priority) {
    details.append(element('span', `badge priority-${task.priority}`, PRIORITY_LABELS[task.priority] ?? task.priority));
  }
  if (task.due_at) {
    // an all-day task is overdue once its whole date has passed, and shows the date in its own zone
    const end = Date.parse(task.due_at) + (task.all_day ? 24 * 3600 * 1000 : 0);
    const overdue = !task.completed && end < Date.now();
    const when = task.all_day ? formatDate(task.due_at, task.time_zone) : formatTime(task.due_at);
    const due = element('time', overdue ? 'due overdue' : 'due', `${overdue ? 'Overdue' : 'Due'} ${when}`);
    due.dateTime = task.all_day ? task.due_at.slice(0, 10) : task.due_at;
    details.append(due);
  }
  if (task.recurrence) {
    details.append(element('span', 'repeats', `Repeats ${describeRule(task.recurrence)}`));
  }
  if (task.remind_at && !task.completed && Date.parse(task.remind_at) > Date.now()) {
    const reminder = element('time', 'reminder', `Reminder ${formatTime(task.remind_at)}`);
    reminder.dateTime = task.remind_at;
    details.append(reminder);
  }
  if (task.completed && task.completed_at) {
    details.append(element('span', 'done-at', `Done ${formatTime(task.completed_at)}`));
  }
  if (task.tags?.length) {
    const tags = element('ul', 'tags');
    tags.setAttribute('aria-label', 'Tags');
    for (const tag of task.tags) {
      const button = element('button', 'tag', tag);
      button.type = 'button';
      button.setAttribute('aria-label', `Show tasks tagged ${tag}`);
      button.addEventListener('click', () => actions.filterTag(tag));
      const entry = element('li');
      entry.append(button);
      tags.append(entry);
    }
    details.append(tags);
  }
  return details;
}

function actionButton(label, title, action, onClick) {
  const button = element('button', `secondary ${action}`, label);
  button.type = 'button';
  button.dataset.action = action;
  button.append(element('span', 'visually-hidden', ` “${title}”`));
  button.addEventListener('click', onClick);
  return button;
}

// made once: a list in due-date order labels every day it shows after each change
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** How a day heading reads: Today, Tomorrow, Yesterday, or the weekday and date. */
export function dayLabel(day, now = new Date()) {
  if (!day) return 'No due date';
  const [year, month, date] = day.split('-').map(Number);
  const that = new Date(year, month - 1, date);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((that - today) / 86_400_000);
  const named = { '-1': 'Yesterday', 0: 'Today', 1: 'Tomorrow' }[days];
  const written = dayFormat.format(that);
  return named ? `${named}, ${written}` : written;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
