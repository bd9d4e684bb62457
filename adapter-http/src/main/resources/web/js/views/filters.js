// Search, filters and sort: typing waits for a pause, choosing from a list applies at once. The page's
// address carries them (?q=…&sort=…), so a reload or a shared link shows the same selection; "Due" is kept
// there as a choice (?when=today) and turned into a time range when the list is read.

const NAMES = ['q', 'status', 'when', 'priority', 'tag', 'sort', 'order'];
/** The choices that narrow the list besides its status. */
const NARROWING = ['q', 'tag', 'priority', 'when'];
const TYPING_PAUSE_MS = 300;

/** Calls `changed()` whenever the person asks for a different selection of tasks. */
export function createFilters(form, changed) {
  let typingTimer;
  const control = (name) => form.elements.namedItem(name);
  const changeNow = () => {
    clearTimeout(typingTimer);
    changed();
  };

  // Upcoming reads best by day: it takes the due-date order unless another than the default was chosen
  const byDayWhenUpcoming = () => {
    if (control('when').value !== 'upcoming' || control('sort').value !== 'created') return;
    control('sort').value = 'due_date';
    control('order').value = '';
  };

  fromAddress(form, control);

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
    if (event.target.name === 'when') byDayWhenUpcoming();
    changeNow();
  });

  return {
    /** The list query parameters, without the empty ones; the address is updated to carry them. */
    values() {
      clearTimeout(typingTimer);
      const params = {};
      for (const name of NAMES) {
        const value = control(name).value.trim();
        if (value) params[name] = value;
      }
      const query = new URLSearchParams(params).toString();
      history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
      const { when, ...listed } = params;
      return { ...listed, ...dueRange(when, new Date()) };
    },
    status: () => control('status').value,
    /** The Status and Due choices, which name a view (views.js). */
    view: () => ({ status: control('status').value, when: control('when').value }),
    /** Shows a view: its Status and Due choices, the search and other filters kept. */
    showView({ status, when }) {
      control('status').value = status;
      control('when').value = when;
      byDayWhenUpcoming();
      changeNow();
    },
    /** Whether a new open task belongs at the top: the newest first, and nothing narrowing but Pending. */
    showsNewTasksFirst() {
      return (
        NARROWING.every((name) => !control(name).value.trim())
        && ['all', 'pending'].includes(control('status').value)
        && control('sort').value === 'created'
        && control('order').value !== 'asc'
      );
    },
    /** Whether the list is in due-date order, so that it reads by day. */
    byDueDate: () => control('sort').value === 'due_date',
    narrowed() {
      return (
        NARROWING.some((name) => control(name).value.trim()) || control('status').value !== 'all'
      );
    },
    showTag(tag) {
      control('tag').value = tag;
      changeNow();
    },
    reset() {
      clearTimeout(typingTimer);
      form.reset();
      history.replaceState(history.state, '', location.pathname);
    },
  };
}

/**
 * The due-time bounds of a "Due" choice, in the person's own days: overdue is pending and due before now, today is due
 * from this midnight to the next, upcoming from the next midnight on (the server's range is half-open).
 */
export function dueRange(when, now) {
  const midnight = (days) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + days).toISOString();
  if (when === 'overdue') return { due_before: now.toISOString(), status: 'pending' };
  if (when === 'today') return { due_after: midnight(0), due_before: midnight(1) };
  if (when === 'upcoming') return { due_after: midnight(1) };
  return {};
}

/** Sets the controls from the page's address; a value a list does not offer is left out. */
function fromAddress(form, control) {
  const params = new URLSearchParams(location.search);
  for (const name of NAMES) {
    const value = params.get(name);
    if (value === null) continue;
    const field = control(name);
    if (field.tagName === 'SELECT' && ![...field.options].some((option) => option.value === value)) continue;
    field.value = value;
  }
}
