// The in-page confirmation before a task is deleted (a real <dialog>, not window.confirm).

/** Resolves true when the person chooses Delete; false on Cancel or Escape. */
export function confirmDelete(title) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-message').textContent = `“${title}” will be deleted. This cannot be undone.`;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
  });
}

export function closeDialogs() {
  for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
}
