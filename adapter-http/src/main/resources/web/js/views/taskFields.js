// The task fields shared by the add form and the edit dialog, and their conversion to and from JSON.
import { dateIn } from '../dates.js';
import { WEEKDAYS, browserZone, choiceFor, ruleFor } from '../recurrence.js';

/** Copies the fields template into `form`, prefixing ids so that both forms can live on one page. */
export function mountTaskFields(form, prefix) {
  const fields = document.getElementById('task-fields-template').content.cloneNode(true);
  const prefixed = (ids) => ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ');
  for (const element of fields.querySelectorAll('[id]')) element.id = prefixed(element.id);
  for (const label of fields.querySelectorAll('label[for]')) label.htmlFor = prefixed(label.htmlFor);
  for (const element of fields.querySelectorAll('[aria-describedby]')) {
    element.setAttribute('aria-describedby', prefixed(element.getAttribute('aria-describedby')));
  }
  form.querySelector('.task-fields').append(fields);
  // the Repeat field shows the days of "every week on…" or the rule of "custom"; All day makes Due a date
  form.addEventListener('change', (event) => {
    if (event.target.name === 'all_day') switchDueInput(form);
    showRepeatParts(form);
  });
}

/** Shows the parts the Repeat and Remind me choices need: days, a custom rule, an end; a reminder time. */
function showRepeatParts(form) {
  const control = (name) => form.elements.namedItem(name);
  const choice = control('repeat').value;
  form.querySelector('.repeat-days').hidden = choice !== 'weekly';
  form.querySelector('.repeat-custom').hidden = choice !== 'custom';
  form.querySelector('.repeat-end').hidden = choice === '' || choice === 'custom';
  control('repeat_count').hidden = control('repeat_end').value !== 'count';
  control('repeat_until').hidden = control('repeat_end').value !== 'until';
  control('remind_at').hidden = control('remind').value !== 'at';
}

/** The reminder time a preset of Remind me stands for, given the due date and whether it is all day. */
function presetReminder(preset, due, allDay) {
  if (!due.value) return undefined;
  const date = due.value.slice(0, 10);
  const start = allDay ? new Date(`${date}T00:00`) : new Date(due.value);
  const atNine = (dayOffset) => {
    const day = new Date(`${date}T09:00`);
    day.setDate(day.getDate() + dayOffset);
    return day;
  };
  const minutes = { PT0M: 0, PT5M: 5, PT15M: 15, PT30M: 30, PT1H: 60, P1D: 24 * 60 };
  if (preset === 'day-09') return atNine(0).toISOString();
  if (preset === 'eve-09') return atNine(-1).toISOString();
  return new Date(start.getTime() - minutes[preset] * 60_000).toISOString();
}

/** A date field while All day is ticked, a date-and-time field otherwise; the date typed is kept. */
function switchDueInput(form) {
  const due = form.elements.namedItem('due_at');
  const allDay = form.elements.namedItem('all_day').checked;
  const date = due.value.slice(0, 10);
  due.type = allDay ? 'date' : 'datetime-local';
  due.min = allDay ? '1900-01-01' : '1900-01-01T00:00';
  due.max = allDay ? '9999-12-31' : '9999-12-31T23:59';
  due.value = date && !allDay ? `${date}T09:00` : date;
  delete due.dataset.original;
  delete due.dataset.originalInput;
}

/** The request body for the form's current values, or field errors found before asking the server. */
export function readTask(form) {
  const control = (name) => form.elements.namedItem(name);
  const due = control('due_at');
  const remind = control('remind_at');
  const incomplete = [due, remind].filter((input) => input.validity.badInput);
  if (incomplete.length > 0) {
    return {
      errors: incomplete.map((input) => ({
        field: input.name,
        message: 'Enter a complete date and time, or clear the field',
      })),
    };
  }
  const choice = control('repeat').value;
  const recurrence = ruleFor(choice, {
    days: WEEKDAYS.filter((day) => control(`byday-${day}`).checked),
    dueDate: due.value.slice(0, 10),
    custom: control('recurrence').value,
    end: { kind: control('repeat_end').value, count: control('repeat_count').value, date: control('repeat_until').value },
  });
  if (choice === 'custom' && !recurrence) {
    return { errors: [{ field: 'recurrence', message: 'Type a rule, or choose another way to repeat' }] };
  }
  if ((recurrence || choice === 'monthly-nth') && !due.value) {
    return { errors: [{ field: 'due_at', message: 'A repeating task needs a due date to repeat from' }] };
  }
  const preset = control('remind').value;
  if (preset !== '' && preset !== 'at' && !due.value) {
    return { errors: [{ field: 'remind_at', message: 'A reminder before the due time needs a due date' }] };
  }
  const allDay = control('all_day').checked && Boolean(due.value);
  const description = control('description').value;
  const fields = {
    title: control('title').value,
    description: description.trim() ? description : null,
    priority: control('priority').value || null,
    // an all-day due is sent as the date alone: the server takes the start of that date in the task's zone
    due_at: allDay ? due.value : timeValue(due),
    all_day: allDay,
    remind_at: preset === 'at' ? timeValue(remind) : preset === '' ? null : presetReminder(preset, due, allDay),
    recurrence,
    tags: control('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
  };
  // a new task, or a task that starts repeating or being all-day, takes this browser's zone; an edit that
  // changes neither keeps the zone its series is computed in
  if (form.dataset.originalRule === undefined || form.dataset.originalRule !== (recurrence ?? '')
      || form.dataset.originalAllDay !== String(allDay)) {
    fields.time_zone = browserZone();
  }
  return { errors: [], fields };
}

export function fillTask(form, task) {
  const control = (name) => form.elements.namedItem(name);
  control('title').value = task.title;
  control('description').value = task.description ?? '';
  control('priority').value = task.priority ?? '';
  control('all_day').checked = Boolean(task.all_day);
  switchDueInput(form);
  if (task.all_day) {
    control('due_at').value = dateIn(task.due_at, task.time_zone || 'UTC');
  } else {
    fillTime(control('due_at'), task.due_at);
  }
  fillTime(control('remind_at'), task.remind_at);
  control('remind').value = task.remind_at ? 'at' : '';
  const { choice, days, end } = choiceFor(task.recurrence);
  control('repeat').value = choice;
  for (const day of WEEKDAYS) control(`byday-${day}`).checked = days.includes(day);
  control('recurrence').value = choice === 'custom' ? task.recurrence : '';
  control('repeat_end').value = end.kind;
  control('repeat_count').value = end.count ?? '';
  control('repeat_until').value = end.date ?? '';
  showRepeatParts(form);
  form.dataset.originalRule = task.recurrence ?? '';
  form.dataset.originalAllDay = String(Boolean(task.all_day));
  control('tags').value = (task.tags ?? []).join(', ');
}

export function resetTask(form) {
  form.reset();
  switchDueInput(form);
  showRepeatParts(form);
  delete form.dataset.originalRule;
  delete form.dataset.originalAllDay;
  for (const name of ['due_at', 'remind_at']) {
    const input = form.elements.namedItem(name);
    delete input.dataset.original;
    delete input.dataset.originalInput;
  }
}

function fillTime(input, iso) {
  input.value = iso ? localInputValue(iso) : '';
  // Kept so that an untouched time is sent back exactly, seconds included.
  input.dataset.original = iso ?? '';
  input.dataset.originalInput = input.value;
}

function timeValue(input) {
  if (!input.value) return null;
  if (input.dataset.original && input.value === input.dataset.originalInput) return input.dataset.original;
  // A datetime-local value has no zone: the Date constructor reads it as local time.
  return new Date(input.value).toISOString();
}

function localInputValue(iso) {
  const date = new Date(iso);
  const two = (n) => String(n).padStart(2, '0');
  const day = `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day}T${two(date.getHours())}:${two(date.getMinutes())}`;
}
