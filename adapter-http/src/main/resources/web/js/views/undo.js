// The "Deleted … Undo" notice: a deleted task waits in the trash, and Undo brings it back.

const SHOWN_MS = 8_000;

/** `offer(text, undo)` shows the notice for a few seconds; pressing Undo runs `undo` once and hides it. */
export function createUndo() {
  const box = document.getElementById('undo');
  const text = document.getElementById('undo-text');
  const button = document.getElementById('undo-button');
  let pending = null;
  let timer = null;

  function hide() {
    clearTimeout(timer);
    pending = null;
    box.hidden = true;
  }

  button.addEventListener('click', () => {
    const undo = pending;
    hide();
    undo?.();
  });

  return {
    offer(message, undo) {
      clearTimeout(timer);
      pending = undo;
      text.textContent = message;
      box.hidden = false;
      timer = setTimeout(hide, SHOWN_MS);
    },
    hide,
  };
}
