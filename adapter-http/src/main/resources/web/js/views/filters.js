// Search, filters and sort: typing waits for a pause, choosing from a list applies at once.

const NAMES = ['q', 'status', 'priority', 'tag', 'sort', 'order'];
const TYPING_PAUSE_MS = 300;

/** Calls `changed()` whenever the person asks for a different selection of tasks. */
export function createFilters(form, changed) {
  let typingTimer;
  const control = (name) => form.elements.namedItem(name);
  const changeNow = () => {
    clearTimeout(typingTimer);
    changed();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changeNow();
  });
  form.addEventListener('input', (event) => {
    if (event.target.tagName !== 'INPUT') return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(changed, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target.tagName !== 'SELECT') return;
    // a new sort key starts in its usual direction: no order parameter, the server's default for that key
    if (event.target.name === 'sort') control('order').value = '';
    changeNow();
  });

  return {
    /** The list query parameters, without the empty ones. */
    values() {
      clearTimeout(typingTimer);
      const params = {};
      for (const name of NAMES) {
        const value = control(name).value.trim();
        if (value) params[name] = value;
      }
      return params;
    },
    status: () => control('status').value,
    narrowed() {
      return ['q', 'tag', 'priority'].some((name) => control(name).value.trim()) || control('status').value !== 'all';
    },
    showTag(tag) {
      control('tag').value = tag;
      changeNow();
    },
    reset() {
      clearTimeout(typingTimer);
      form.reset();
    },
  };
}
