// The choice after an edit met a newer change, and closing whatever dialog is open when the view is left.

/**
 * Asks whether to keep this edit or take the version stored meanwhile: resolves 'mine', 'theirs', or ''
 * when the person closes the question (Escape) to go on editing.
 */
export function chooseOnConflict(title) {
  const dialog = document.getElementById('conflict-dialog');
  document.getElementById('conflict-message').textContent =
    `“${title}” was changed elsewhere after you opened it. Keep your version, or take the one stored now?`;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
  });
}

export function closeDialogs() {
  for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
}
