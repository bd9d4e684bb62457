// Live updates: follows the signed-in user's change log as Server-Sent Events, so changes made in another
// tab, device or client show without a reload. Reconnects after a drop with Last-Event-ID (nothing missed),
// with a fresh token when the old one expired; a position the server no longer keeps asks for a reload.
import { ApiError, openEvents } from './api.js';

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * Calls `onChange(entry)` for each change after `position`, and `onResync()` when the list must be read
 * again; returns a function that stops following.
 */
export function followChanges(session, position, { onChange, onResync }) {
  let stopped = false;
  let current = null;
  let lastId = position;

  (async () => {
    let wait = FIRST_RETRY_MS;
    while (!stopped) {
      current = new AbortController();
      try {
        const response = await openEvents(session, lastId, current.signal);
        if (response.status === 401) {
          await session.renew(); // fails when the session has ended: then following stops
          continue;
        }
        if (response.status === 410) {
          lastId = null;
          onResync();
          continue;
        }
        if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
        await readEvents(response.body, (event) => {
          if (event.retry) wait = event.retry;
          if (!event.data) return;
          lastId = event.id ?? lastId;
          onChange(JSON.parse(event.data));
        });
      } catch (error) {
        if (stopped || error.name === 'AbortError') return;
        if (error instanceof ApiError && error.status === 401) return;
        wait = Math.min(wait * 2, LONGEST_RETRY_MS);
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();

  return () => {
    stopped = true;
    current?.abort();
  };
}

/** Reads `text/event-stream` until it ends, calling `onEvent({id, type, data, retry})` per event. */
async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = {};
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      if (line === '') {
        if (event.data !== undefined || event.retry) onEvent(event);
        event = {};
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') event.id = text;
        else if (field === 'event') event.type = text;
        else if (field === 'data') event.data = event.data === undefined ? text : `${event.data}\n${text}`;
        else if (field === 'retry' && /^\d+$/.test(text)) event.retry = Number(text);
      }
    }
  }
}
