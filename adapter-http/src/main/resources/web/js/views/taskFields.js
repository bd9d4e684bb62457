// The task fields shared by the add form and the edit dialog, and their conversion to and from JSON.

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
  const description = control('description').value;
  return {
    errors: [],
    fields: {
      title: control('title').value,
      description: description.trim() ? description : null,
      priority: control('priority').value || null,
      due_at: timeValue(due),
      remind_at: timeValue(remind),
      tags: control('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
    },
  };
}

export function fillTask(form, task) {
  const control = (name) => form.elements.namedItem(name);
  control('title').value = task.title;
  control('description').value = task.description ?? '';
  control('priority').value = task.priority ?? '';
  fillTime(control('due_at'), task.due_at);
  fillTime(control('remind_at'), task.remind_at);
  control('tags').value = (task.tags ?? []).join(', ');
}

export function resetTask(form) {
  form.reset();
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
