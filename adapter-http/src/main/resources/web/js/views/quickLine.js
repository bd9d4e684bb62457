// The quick-add line as the person types: the due time recognised in it is shown under the line before
// Enter, with "Keep as text" for a line whose date words are part of the title.
import { describeDue, loadDates, parseQuickAdd } from '../quickAdd.js';

const TYPING_PAUSE_MS = 250;

/** Follows the line `input`; `fields()` is the request body for what it holds now. */
export function createQuickLine(input, dueLine, keepAsText) {
  const dueText = dueLine.querySelector('.quick-due-text');
  let literal = false;
  let typingTimer;

  input.addEventListener('focus', loadDates, { once: true });
  input.addEventListener('input', () => {
    if (input.value.trim() === '') literal = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(show, TYPING_PAUSE_MS);
  });
  keepAsText.addEventListener('click', () => {
    literal = true;
    show();
    input.focus();
  });

  async function fields() {
    return parseQuickAdd(input.value, { dates: await loadDates(), literal });
  }

  async function show() {
    const said = describeDue(await fields());
    dueText.textContent = said;
    dueLine.hidden = said === '';
  }

  return {
    fields,
    /** After the line was added: empty, dates recognised again. */
    reset() {
      clearTimeout(typingTimer);
      literal = false;
      input.value = '';
      dueLine.hidden = true;
      dueText.textContent = '';
    },
  };
}
