// The list by keyboard: one tab stop for the whole list (the controls of one task, the current one, are in
// the tab order; the others are reached with Up and Down), E to edit the title in place, Delete to delete
// with Undo; Space on a task's checkbox completes or reopens it, as on any checkbox.

const CONTROLS = 'button, input, select, textarea, a[href]';

/** Follows the keys and focus in `list`; `settle()` is called after the list's items changed. */
export function followListKeys(list) {
  let current = null; // the id of the task whose controls are in the tab order

  list.addEventListener('keydown', (event) => {
    const item = event.target.closest('li.task');
    // keys typed into a title being edited in place are the title's
    if (!item || event.target.matches('input[type="text"]') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
      if (!next) return;
      event.preventDefault();
      const same = next.querySelector(`[data-action="${event.target.dataset.action}"]`);
      (same ?? next.querySelector('[data-action]'))?.focus();
    } else if (event.key === 'e' || event.key === 'E') {
      const rename = item.querySelector('[data-action="rename"]');
      if (!rename) return;
      event.preventDefault();
      rename.click();
    } else if (event.key === 'Delete') {
      const remove = item.querySelector('[data-action="delete"]');
      if (!remove) return;
      event.preventDefault();
      remove.click();
    }
  });

  list.addEventListener('focusin', (event) => {
    const item = event.target.closest('li.task');
    if (item && item.dataset.taskId !== current) rove(item);
  });

  // Puts the controls of `item` in the tab order and takes those of every other task out.
  function rove(item) {
    current = item?.dataset.taskId ?? null;
    for (const each of list.children) {
      const inOrder = each === item;
      for (const control of each.querySelectorAll(CONTROLS)) {
        if (inOrder) control.removeAttribute('tabindex');
        else control.tabIndex = -1;
      }
    }
  }

  return {
    /** After items were added, replaced or removed: the current task stays current, else the first is. */
    settle() {
      const kept = current === null ? null : list.querySelector(`li[data-task-id="${CSS.escape(current)}"]`);
      rove(kept ?? list.firstElementChild);
    },
  };
}
