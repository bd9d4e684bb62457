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
  if (due.validity.badInput) {
    return { errors: [{ field: 'due_at', message: 'Enter a complete date and time, or clear the field' }] };
  }
  const description = control('description').value;
  return {
    errors: [],
    fields: {
      title: control('title').value,
      description: description.trim() ? description : null,
      priority: control('priority').value || null,
      due_at: dueAt(due),
      tags: control('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
    },
  };
}

export function fillTask(form, task) {
  const control = (name) => form.elements.namedItem(name);
  control('title').value = task.title;
  control('description').value = task.description ?? '';
  control('priority').value = task.priority ?? '';
  const due = control('due_at');
  due.value = task.due_at ? localInputValue(task.due_at) : '';
  // Kept so that an untouched due time is sent back exactly, seconds included.
  due.dataset.original = task.due_at ?? '';
  due.dataset.originalInput = due.value;
  control('tags').value = (task.tags ?? []).join(', ');
}

export function resetTask(form) {
  form.reset();
  const due = form.elements.namedItem('due_at');
  delete due.dataset.original;
  delete due.dataset.originalInput;
}

function dueAt(input) {
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
