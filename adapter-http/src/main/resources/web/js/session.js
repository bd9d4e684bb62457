// The signed-in person's session. The access token lives in this tab's memory only; the refresh token
// is an HttpOnly cookie the server sets (scripts never see it) and every tab of this browser shares.
// Refreshes run one at a time across tabs (Web Locks): a refresh token is spent when used, and the
// server ends the whole session if a spent one comes back.
import { ApiError, refreshSession } from './api.js';

const LOCK = 'todo-session-refresh';
/** Set while this browser may hold a session cookie, so a first visit does not ask the server in vain. */
const MARKER = 'todo.signed-in';
/** Renew this long before the token expires (or at four fifths of a shorter lifetime). */
const AHEAD_MS = 60_000;
/** A token this close to its expiry (or a fifth of its lifetime, if that is less) is renewed before it is sent. */
const MARGIN_MS = 5_000;
const RETRY_MS = 30_000;

function oneAtATime(work) {
  return navigator.locks ? navigator.locks.request(LOCK, work) : work();
}

/** A session picked up from the cookie (a reload, a new tab), or null when there is none. */
export async function resumeSession(onLost) {
  if (!localStorage.getItem(MARKER)) return null;
  try {
    return new Session(await oneAtATime(refreshSession), onLost);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    localStorage.removeItem(MARKER);
    return null;
  }
}

export class Session {
  #token;
  #expiresAt;
  #margin;
  #timer = null;
  #renewing = null;
  #onLost;

  /** `answer` is a sign-in, sign-up or refresh answer; `onLost(error)` runs when the session has ended. */
  constructor(answer, onLost) {
    this.#onLost = onLost;
    this.#accept(answer);
    localStorage.setItem(MARKER, '1');
  }

  /** A token that is valid now, renewed first when it is (nearly) expired. */
  async token() {
    if (Date.now() >= this.#expiresAt - this.#margin) await this.renew();
    return this.#token;
  }

  /** Renews the session once, however many callers ask at the same time; fails with 401 when it has ended. */
  renew() {
    this.#renewing ??= oneAtATime(refreshSession)
      .then((answer) => this.#accept(answer))
      .finally(() => {
        this.#renewing = null;
      });
    return this.#renewing;
  }

  /** Forgets the tokens of this tab; the cookie is the server's to clear. */
  end() {
    localStorage.removeItem(MARKER);
    clearTimeout(this.#timer);
    this.#timer = null;
    this.#token = null;
    this.#onLost = () => {};
  }

  #accept(answer) {
    this.user = answer.user;
    this.#token = answer.token;
    this.#expiresAt = Date.parse(answer.expires_at);
    const lifetime = this.#expiresAt - Date.now();
    this.#margin = Math.min(MARGIN_MS, lifetime / 5);
    this.#schedule(Math.max(1_000, Math.min(lifetime - AHEAD_MS, lifetime * 0.8)));
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.renew().catch((error) => {
        if (error instanceof ApiError && error.status === 401) this.#onLost(error);
        else this.#schedule(RETRY_MS);
      });
    }, delay);
  }
}
