// Editing a task in a modal dialog; saving sends the whole task (PUT is a full replacement).
import { fillValues, formValues } from '../drafts.js';
import { clearFormErrors, showFieldErrors } from '../messages.js';
import { onSubmit } from './forms.js';
import { askToNotify } from '../reminders.js';
import { fillTask, mountTaskFields, readTask } from './taskFields.js';

/** `save(task, fields)` returns the stored task; `saved(task)` and `failed(error, task, form)` follow. */
export function createEditDialog({ save, saved, failed }) {
  const dialog = document.getElementById('edit-dialog');
  const form = document.getElementById('edit-form');
  let editing = null;

  mountTaskFields(form, 'edit');
  document.getElementById('edit-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    editing = null;
  });

  onSubmit(form, async () => {
    const { fields, errors } = readTask(form);
    if (errors.length > 0) {
      showFieldErrors(form, errors, '');
      return;
    }
    if (fields.remind_at && fields.remind_at !== editing.remind_at) askToNotify();
    const task = editing;
    try {
      const stored = await save(task, fields);
      dialog.close();
      saved(stored);
    } catch (error) {
      failed(error, task, form);
    }
  });

  function open(task) {
    editing = task;
    clearFormErrors(form);
    fillTask(form, task);
    dialog.showModal();
    form.elements.namedItem('title').focus();
  }

  return {
    open,
    /** The task being edited and what has been typed, while the dialog is open. */
    draft() {
      return editing ? { task: editing, values: formValues(form) } : null;
    },
    /** Opens the dialog again with a kept draft, and saves it at once if it was being saved. */
    resume({ task, values }, save) {
      open(task);
      fillValues(form, values);
      if (save) form.requestSubmit();
    },
  };
}
