// Closing whatever dialog is open (the edit dialog), when the view is left.

export function closeDialogs() {
  for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
}
