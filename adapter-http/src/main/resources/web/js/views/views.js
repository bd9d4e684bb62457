// The views — Today, Upcoming, Overdue, All, Completed, Trash — as a row of links, each a pair of the Status and
// Due choices, with how many tasks it holds (open ones; done ones for Completed), kept current after changes.
import * as api from '../api.js';
import { dueRange } from './filters.js';

const VIEWS = [
  { label: 'Today', status: 'pending', when: 'today', counted: 'open' },
  { label: 'Upcoming', status: 'pending', when: 'upcoming', counted: 'open' },
  { label: 'Overdue', status: 'pending', when: 'overdue', counted: 'open' },
  { label: 'All', status: 'all', when: '', counted: 'open' },
  { label: 'Completed', status: 'completed', when: '', counted: 'done' },
  { label: 'Trash', status: 'trash', when: '' },
];
// changes come in bursts (Clear completed, a live stream catching up): count once they settle
const SETTLE_MS = 300;

/** The row in `nav`; `show(view)` is called with the chosen view's `{status, when}`. */
export function createViews(nav, show) {
  const links = VIEWS.map((view) => {
    const link = document.createElement('a');
    link.className = 'view';
    link.href = `?${new URLSearchParams(view.when ? { status: view.status, when: view.when } : { status: view.status })}`;
    link.append(view.label);
    if (view.counted) {
      const count = document.createElement('span');
      count.className = 'view-count';
      count.hidden = true;
      link.append(' ', count);
    }
    link.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a new tab or window
      event.preventDefault();
      show({ status: view.status, when: view.when });
    });
    return link;
  });
  const list = document.createElement('ul');
  list.className = 'views';
  for (const link of links) {
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);

  let countSoon = null;
  let counting = null;

  return {
    /** Marks the link of the view whose Status and Due choices are these, if one is. */
    mark({ status, when }) {
      VIEWS.forEach((view, index) => {
        if (view.status === status && view.when === when) links[index].setAttribute('aria-current', 'page');
        else links[index].removeAttribute('aria-current');
      });
    },
    /** Counts every view again shortly, on behalf of `session`. */
    recount(session) {
      clearTimeout(countSoon);
      countSoon = setTimeout(() => countAll(session), SETTLE_MS);
    },
    clear() {
      clearTimeout(countSoon);
      counting?.abort();
      for (const link of links) link.querySelector('.view-count')?.setAttribute('hidden', '');
    },
  };

  // A failed count leaves the previous figure: the list itself reports trouble with the server.
  async function countAll(session) {
    counting?.abort();
    const request = new AbortController();
    counting = request;
    const now = new Date();
    await Promise.all(
      VIEWS.map(async (view, index) => {
        if (!view.counted) return;
        const status = view.counted === 'open' ? 'pending' : 'completed';
        try {
          const total = await api.countTasks(session, { status, ...dueRange(view.when, now) }, request.signal);
          if (counting !== request || total === null) return;
          const count = links[index].querySelector('.view-count');
          const meaning = Object.assign(document.createElement('span'), { className: 'visually-hidden' });
          meaning.textContent = ` ${view.counted}`;
          count.replaceChildren(`${total}`, meaning);
          count.hidden = false;
        } catch {
          // kept as it was
        }
      }),
    );
  }
}
