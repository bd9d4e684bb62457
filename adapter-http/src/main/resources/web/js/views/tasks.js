// The task list: quick-add line and add form, search and filters, paging through the Link header, and item actions.
import * as api from '../api.js';
import { anyTyped, fillValues, formValues } from '../drafts.js';
import { followChanges } from '../live.js';
import { askToNotify, remind } from '../reminders.js';
import { announce, clearBanner, clearFormErrors, showBanner, showFieldErrors } from '../messages.js';
import { chooseOnConflict, closeDialogs } from './dialogs.js';
import { createEditDialog } from './editDialog.js';
import { createFilters } from './filters.js';
import { showHistory } from './historyDialog.js';
import { onSubmit } from './forms.js';
import { mountTaskFields, readTask, resetTask } from './taskFields.js';
import { dayLabel, renderTask, renderTrashed } from './taskItem.js';
import { createQuickLine } from './quickLine.js';
import { createUndo } from './undo.js';
import { followListKeys } from './listKeys.js';
import { createViews } from './views.js';

export function createTasksView({ failed }) {
  const view = document.getElementById('tasks-view');
  const addForm = document.getElementById('add-form');
  const quickForm = document.getElementById('quick-form');
  const quickTitle = quickForm.elements.namedItem('title');
  const quickLine = createQuickLine(quickTitle, document.getElementById('quick-due'), document.getElementById('quick-keep-text'));
  const addDetails = document.getElementById('add-details');
  const filtersForm = document.getElementById('filters');
  const filters = createFilters(filtersForm, reload);
  const views = createViews(document.getElementById('views'), (view) => filters.showView(view));
  const list = document.getElementById('task-list');
  const keys = followListKeys(list);
  const summary = document.getElementById('list-summary');
  const loadMore = document.getElementById('load-more');
  const clearCompleted = document.getElementById('clear-completed');
  let session = null;
  let next = null;
  let total = null;
  let loading = null;
  let stopFollowing = () => {};
  let reloadSoon = null;
  const awaited = new Set(); // the tasks of live entries the next reload is for (null: a resync)
  // which writes were refused because the session had ended: they are sent again after sign-in
  const interrupted = { add: false, quick: false, edit: false };

  mountTaskFields(addForm, 'add');
  const editDialog = createEditDialog({
    save: saveEdit,
    saved: (task) => {
      announce(`Saved “${task.title}”.`);
      replaceItem(task);
    },
    failed: taskFailed,
  });
  const undo = createUndo();
  const actions = { toggle, edit: (task) => editDialog.open(task), rename, remove, filterTag, history };
  const trashActions = {
    restore: async (task) => {
      try {
        const restored = await api.restoreTask(session, task.id);
        announce(`Restored “${restored.title}”.`);
        removeItem(task.id);
      } catch (error) {
        taskFailed(error, task);
      }
    },
    purge: async (task) => {
      try {
        await api.purgeTask(session, task.id);
        announce(`Deleted “${task.title}” for good.`);
        removeItem(task.id);
      } catch (error) {
        taskFailed(error, task);
      }
    },
  };

  onSubmit(quickForm, async () => {
    const fields = await quickLine.fields();
    if (!fields.title) {
      showFieldErrors(quickForm, [{ field: 'title', message: 'Type what the task is, then press Enter' }], '');
      return;
    }
    try {
      const task = await api.createTask(session, fields);
      clearBanner();
      quickLine.reset();
      announce(`Added “${task.title}”.`);
      quickTitle.focus();
      await showAdded(task);
    } catch (error) {
      interrupted.quick = error.status === 401;
      failed(error, quickForm);
    }
  });

  // N (outside a text field or dialog) goes to the quick-add line
  document.addEventListener('keydown', (event) => {
    if (view.hidden || event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest('input, textarea, select, dialog, [contenteditable]')) return;
    event.preventDefault();
    quickTitle.focus();
  });

  onSubmit(addForm, async () => {
    const { fields, errors } = readTask(addForm);
    if (errors.length > 0) {
      showFieldErrors(addForm, errors, '');
      return;
    }
    if (fields.remind_at) askToNotify();
    try {
      const task = await api.createTask(session, fields);
      clearBanner();
      resetTask(addForm);
      announce(`Added “${task.title}”.`);
      addForm.elements.namedItem('title').focus();
      await showAdded(task);
    } catch (error) {
      interrupted.add = error.status === 401;
      failed(error, addForm);
    }
  });

  clearCompleted.addEventListener('click', () => clearShownCompleted());

  loadMore.addEventListener('click', () => {
    if (next) loadPage((signal) => api.listPage(session, next, signal), false);
  });

  function reload() {
    const values = filters.values();
    views.mark(filters.view());
    if (values.status === 'trash') return loadPage((signal) => api.listTrash(session, signal), true);
    return loadPage((signal) => api.listTasks(session, values, signal), true);
  }

  // A newer request aborts the one in flight, so a slow old answer never overwrites a newer one.
  async function loadPage(fetchPage, fresh) {
    loading?.abort();
    const request = new AbortController();
    loading = request;
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await fetchPage(request.signal);
      if (loading !== request) return;
      clearBanner();
      clearFormErrors(filtersForm);
      const movingOn = !fresh && document.activeElement === loadMore;
      const items = fresh ? showOnly(page.tasks) : page.tasks.map(render);
      if (!fresh) list.append(...items);
      next = page.next;
      if (fresh) total = page.total;
      if (movingOn && items.length > 0) items[0].querySelector('[data-action="toggle"]').focus();
      updateSummary();
      // User Timing: when the list was first shown after the page loaded (read by monitoring and the tests)
      if (performance.getEntriesByName('todo:list-shown').length === 0) performance.mark('todo:list-shown');
    } catch (error) {
      if (loading === request) failed(error, filtersForm);
    } finally {
      if (loading === request) {
        loading = null;
        list.setAttribute('aria-busy', 'false');
      }
    }
  }

  // The list follows the change log: changes made elsewhere (another tab, device or client) show at once.
  async function showAndFollow(current) {
    let position = null;
    try {
      position = await api.changePosition(current);
    } catch {
      // live updates are an addition: the list is still read (and reports the failure) below
    }
    if (session !== current) return;
    await reload();
    if (position === null || session !== current) return;
    stopFollowing = followChanges(current, position, { onChange: applyChange, onResync: () => scheduleReload() });
  }

  function applyChange(entry) {
    if (entry.type === 'reminder.due') {
      remind(entry);
      return;
    }
    const shown = itemFor(entry.task_id);
    if (entry.type === 'task.deleted' || entry.type === 'task.purged') {
      removeItem(entry.task_id);
    } else if (!shown) {
      scheduleReload(entry.task_id); // where a new or newly matching task goes depends on the sort and filters
    } else if (entry.task.version > Number(shown.dataset.version) && !shown.querySelector('.title-input')) {
      // (a title being edited in place stays: its save meets the newer version and asks which to keep)
      replaceItem(entry.task);
    }
  }

  // The list is read again shortly, unless every task it was read again for is shown by then (a task added
  // here is shown before, or just after, its entry arrives).
  function scheduleReload(taskId = null) {
    awaited.add(taskId === null ? null : String(taskId));
    clearTimeout(reloadSoon);
    reloadSoon = setTimeout(() => {
      const needed = [...awaited].some((id) => id === null || !itemFor(id));
      awaited.clear();
      if (needed) reload();
    }, 150);
  }

  // A task added here goes on top when the list shows every new task first (the newest first, nothing
  // narrowing it but Pending); otherwise where it belongs depends on the server's order, so the list is read.
  async function showAdded(task) {
    if (!filters.showsNewTasksFirst() || inTrash() || (task.completed && filters.status() === 'pending')) return reload();
    if (!itemFor(task.id)) list.prepend(render(task));
    if (total !== null) total += 1;
    updateSummary();
  }

  // Shows exactly these tasks in this order, keeping the element of each task shown already at the same
  // version: a reload (after a change here or elsewhere) moves nothing that did not change, so focus and
  // what the person is about to click stay where they are.
  function showOnly(tasks) {
    const items = tasks.map((task) => {
      const shown = itemFor(task.id);
      // an item whose title is being edited in place stays as it is: its save meets the newer version (412)
      const kept = shown && !inTrash() && (shown.dataset.version === String(task.version) || shown.querySelector('.title-input'));
      return kept ? shown : render(task);
    });
    items.forEach((item, index) => {
      if (list.children[index] !== item) list.insertBefore(item, list.children[index] ?? null);
    });
    while (list.children.length > items.length) list.lastElementChild.remove();
    return items;
  }

  function inTrash() {
    return filters.status() === 'trash';
  }

  function render(task) {
    return inTrash() ? renderTrashed(task, trashActions) : renderTask(task, actions);
  }

  // In due-date order the first task of each day carries that day's heading (Today, Tomorrow, …).
  function headDays() {
    let previous = null;
    for (const item of list.querySelectorAll('li.task')) {
      const day = filters.byDueDate() && !inTrash() ? item.dataset.day : null;
      let heading = item.querySelector(':scope > .day-heading');
      if (day === null || day === previous) {
        heading?.remove();
      } else {
        if (!heading) {
          heading = document.createElement('h3');
          heading.className = 'day-heading';
          item.prepend(heading);
        }
        heading.textContent = dayLabel(day);
      }
      previous = day;
    }
  }

  function updateSummary() {
    headDays();
    keys.settle();
    if (session) views.recount(session);
    if (inTrash()) {
      const count = list.childElementCount;
      loadMore.hidden = !next;
      clearCompleted.hidden = true;
      summary.textContent = count > 0
        ? `${count} ${count === 1 ? 'task' : 'tasks'} in the trash${next ? ', more available' : ''}; each is deleted for good 30 days after it was deleted.`
        : 'The trash is empty.';
      return;
    }
    const count = list.childElementCount;
    const done = list.querySelectorAll('li.task.completed').length;
    loadMore.hidden = !next;
    clearCompleted.hidden = done === 0;
    if (count > 0) {
      const shown = next && total !== null ? `${count} of ${total} shown` : `${count} shown${next ? ', more available' : ''}`;
      summary.textContent = `${count - done} to do, ${done} done (${shown}).`;
    } else if (filters.narrowed()) {
      summary.textContent = 'No tasks match the search and filters.';
    } else {
      summary.textContent = 'No tasks yet. Add one above.';
    }
  }

  // The item shows the new state at once; if the server refuses, it goes back and the failure is shown.
  async function toggle(task, checkbox) {
    const item = itemFor(task.id);
    item?.classList.toggle('completed', checkbox.checked);
    try {
      const stored = await api.setCompleted(session, task.id, checkbox.checked);
      clearBanner();
      announce(`Marked “${stored.title}” as ${stored.completed ? 'completed' : 'not completed'}.`);
      replaceItem(stored);
      // completing a repeating task created its next occurrence; reopening it may have withdrawn one
      if ((stored.next_occurrence_id ?? null) !== (task.next_occurrence_id ?? null)) await reload();
      updateSummary();
      if (stored.completed) undo.offer(`Completed “${stored.title}”.`, () => reopen(stored));
    } catch (error) {
      checkbox.checked = task.completed;
      item?.classList.toggle('completed', task.completed);
      taskFailed(error, task);
    }
  }

  async function reopen(task) {
    try {
      const reopened = await api.setCompleted(session, task.id, false);
      announce(`Marked “${reopened.title}” as not completed.`);
      await reload();
    } catch (error) {
      failed(error);
    }
  }

  // Clearing moves every completed task shown to the trash; Undo restores them all.
  async function clearShownCompleted() {
    const done = [...list.querySelectorAll('li.task.completed')].map((item) => ({
      id: Number(item.dataset.taskId),
      title: item.querySelector('.task-title').textContent,
    }));
    const cleared = [];
    try {
      for (const task of done) {
        await api.deleteTask(session, task.id);
        cleared.push(task);
        removeItem(task.id);
      }
      clearBanner();
    } catch (error) {
      failed(error);
    }
    if (cleared.length > 0) {
      undo.offer(`Cleared ${cleared.length} completed ${cleared.length === 1 ? 'task' : 'tasks'}.`, async () => {
        try {
          for (const task of cleared) await api.restoreTask(session, task.id);
          announce(`Restored ${cleared.length} ${cleared.length === 1 ? 'task' : 'tasks'}.`);
          await reload();
        } catch (error) {
          failed(error);
        }
      });
    }
  }

  // An edit is stored only over the version it was made from; if the task changed meanwhile, the person
  // chooses: keep this edit (stored over the newer version) or take the stored one.
  async function saveEdit(task, fields) {
    try {
      return await api.replaceTask(session, task.id, fields, task.version);
    } catch (error) {
      if (!(error instanceof api.ApiError) || error.status !== 412) throw error;
      const current = await api.getTask(session, task.id);
      const choice = await chooseOnConflict(current.title);
      if (choice === 'mine') return api.replaceTask(session, task.id, fields, current.version);
      if (choice === 'theirs') {
        closeDialogs();
        replaceItem(current);
        announce(`Showing “${current.title}” as it was changed elsewhere.`);
      }
      // nothing more to save: taking theirs is done, and closing the question goes back to editing
      throw new DOMException('Not saved', 'AbortError');
    }
  }

  // Deleting moves the task to the trash at once; Undo restores it.
  // The item goes at once; if the deletion fails, it comes back where it was and the failure is shown.
  async function remove(task) {
    const item = itemFor(task.id);
    const place = item?.nextElementSibling ?? null;
    removeItem(task.id);
    try {
      await api.deleteTask(session, task.id);
      clearBanner();
      undo.offer(`Deleted “${task.title}”.`, () => restore(task));
    } catch (error) {
      if (item && error.status !== 404 && !itemFor(task.id)) {
        list.insertBefore(item, place?.isConnected ? place : null);
        if (total !== null) total += 1;
        updateSummary();
      }
      taskFailed(error, task);
    }
  }

  async function restore(task) {
    try {
      const restored = await api.restoreTask(session, task.id);
      announce(`Restored “${restored.title}”.`);
      await reload();
    } catch (error) {
      // deleted for good meanwhile (in another tab, or by the trash's expiry): nothing to bring back
      if (error.status === 404) showBanner(`“${task.title}” can no longer be restored: it was deleted for good.`);
      else failed(error);
    }
  }

  // A title edited in place: the other fields are sent as they are (If-Match, with the conflict dialog).
  async function rename(task, title) {
    const fields = {
      title,
      description: task.description ?? null,
      priority: task.priority ?? null,
      due_at: task.due_at ?? null,
      tags: task.tags ?? [],
    };
    try {
      const stored = await saveEdit(task, fields);
      announce(`Renamed to “${stored.title}”.`);
      replaceItem(stored);
    } catch (error) {
      if (error.name !== 'AbortError') taskFailed(error, task);
      throw error;
    }
  }

  async function history(task) {
    try {
      await showHistory(task, () => api.listHistory(session, task.series_id));
    } catch (error) {
      closeDialogs();
      taskFailed(error, task);
    }
  }

  function filterTag(tag) {
    announce(`Showing tasks tagged ${tag}.`);
    filters.showTag(tag);
  }

  function taskFailed(error, task, form) {
    interrupted.edit = error.status === 401 && form !== undefined;
    if (error.status === 404) {
      closeDialogs();
      announce(`“${task.title}” no longer exists.`);
      removeItem(task.id);
    } else {
      failed(error, form);
    }
  }

  function itemFor(id) {
    return list.querySelector(`li[data-task-id="${CSS.escape(String(id))}"]`);
  }

  // Re-renders one task where it is; focus goes back to the same control of the new rendering.
  function replaceItem(task) {
    const old = itemFor(task.id);
    if (!old) return;
    const status = filters.status();
    if (status !== 'all' && task.completed !== (status === 'completed')) {
      removeItem(task.id);
      return;
    }
    const focused = old.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    const fresh = renderTask(task, actions);
    old.replaceWith(fresh);
    keys.settle();
    if (focused) fresh.querySelector(`[data-action="${focused}"]`)?.focus();
  }

  function removeItem(id) {
    const old = itemFor(id);
    if (!old) return;
    const hadFocus = old.contains(document.activeElement) || document.activeElement === document.body;
    const neighbour = old.nextElementSibling ?? old.previousElementSibling;
    old.remove();
    if (total !== null) total -= 1; // it left this view (deleted, or no longer matching)
    if (hadFocus) (neighbour?.querySelector('[data-action="toggle"]') ?? document.getElementById('list-heading')).focus();
    updateSummary();
  }

  /** Puts back what was typed before the session ended, and sends what was being sent. */
  function resumeDraft(draft) {
    fillValues(addForm, draft.add.values);
    if (anyTyped(draft.add.values)) addDetails.open = true;
    if (draft.add.pending) addForm.requestSubmit();
    quickTitle.value = draft.quick?.text ?? '';
    if (draft.quick?.pending) quickForm.requestSubmit();
    if (draft.edit) editDialog.resume(draft.edit, draft.edit.pending);
  }

  return {
    show(signedIn, { focus, draft }) {
      session = signedIn;
      view.hidden = false;
      document.title = 'Tasks – Todo';
      if (focus) document.getElementById('tasks-heading').focus();
      showAndFollow(signedIn);
      if (draft) resumeDraft(draft);
    },
    /** What has been typed in the add form and the edit dialog, or null when nothing has. */
    draft() {
      const add = { values: formValues(addForm), pending: interrupted.add };
      const quick = { text: quickTitle.value, pending: interrupted.quick };
      const edit = editDialog.draft();
      const typed = anyTyped(add.values) || quick.text.trim() !== '';
      if (!typed && !edit) return null;
      return { add, quick, edit: edit && { ...edit, pending: interrupted.edit } };
    },
    /** Stops every request the view makes of itself (live changes, counts, reads): the session is ending. */
    quiet() {
      stopFollowing();
      stopFollowing = () => {};
      clearTimeout(reloadSoon);
      awaited.clear();
      loading?.abort();
      loading = null;
      list.setAttribute('aria-busy', 'false');
      views.clear();
    },
    /** Takes up following changes and counting again after `quiet()`, when the session did not end. */
    resume() {
      if (session) showAndFollow(session);
    },
    hide() {
      this.quiet();
      session = null;
      next = null;
      total = null;
      interrupted.add = false;
      interrupted.quick = false;
      interrupted.edit = false;
      undo.hide();
      closeDialogs();
      view.hidden = true;
      list.replaceChildren();
      summary.textContent = '';
      loadMore.hidden = true;
      resetTask(addForm);
      addDetails.open = false;
      quickLine.reset();
      quickForm.reset();
      filters.reset();
      clearFormErrors(addForm);
      clearFormErrors(filtersForm);
    },
  };
}
