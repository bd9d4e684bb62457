// The REST contract as seen from the browser: one fetch wrapper, typed errors, Link-header paging.

/** The server answered with an error status; `problem` is its application/problem+json body. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }

  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/** The request never got an answer (server down, connection lost). */
export class NetworkError extends Error {
  constructor(cause) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

const ACCEPT = 'application/json, application/problem+json';

/** Built-in sign-in answers with the refresh token in an HttpOnly cookie, out of reach of scripts. */
const REFRESH_TOKEN_IN_COOKIE = { Prefer: 'refresh-token=cookie' };

async function send(method, url, { token, body, signal, headers: extra } = {}) {
  const headers = { Accept: ACCEPT, ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  const data = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, data, response.headers.get('Retry-After'));
  return { data, response };
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 204 || !/json/i.test(type)) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The `rel="next"` target of a Link header, resolved and kept only when it stays on this origin. */
export function nextLink(header, base) {
  if (!header) return null;
  for (const [, target, params] of header.matchAll(/<([^>]*)>([^,<]*)/g)) {
    if (/;\s*rel\s*=\s*"?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(params)) {
      const url = new URL(target, base);
      return url.origin === location.origin ? url.href : null;
    }
  }
  return null;
}

function apiUrl(path) {
  return new URL(`api/${path}`, document.baseURI).href;
}

function tasksUrl(session, suffix = '') {
  return apiUrl(`${encodeURIComponent(session.user.id)}/tasks${suffix}`);
}

/**
 * A request on behalf of `session`: its token is renewed first when it is about to expire, and once more
 * when the server refuses it (401), then the request is sent again. A session that has ended fails with 401.
 */
async function authorized(method, url, session, options = {}) {
  try {
    return await send(method, url, { ...options, token: await session.token() });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    await session.renew();
    return send(method, url, { ...options, token: await session.token() });
  }
}

export async function signUp(fields) {
  return (await send('POST', apiUrl('auth/sign-up/email'), { body: fields, headers: REFRESH_TOKEN_IN_COOKIE })).data;
}

export async function signIn(fields) {
  return (await send('POST', apiUrl('auth/sign-in/email'), { body: fields, headers: REFRESH_TOKEN_IN_COOKIE })).data;
}

/** New tokens for the session of the refresh-token cookie; 401 when there is none or it has ended. */
export async function refreshSession() {
  return (await send('POST', apiUrl('auth/refresh'), { body: {}, headers: REFRESH_TOKEN_IN_COOKIE })).data;
}

/** Ends the session of the refresh-token cookie on the server, and clears the cookie. */
export async function signOut() {
  await send('POST', apiUrl('auth/sign-out'), { body: {} });
}

// asks the list for how many tasks match across all pages too (X-Total-Count)
const COUNTED = { Prefer: 'count=exact' };

/** First page of tasks for the given query parameters: `{tasks, next, total}`. */
export async function listTasks(session, params, signal) {
  return listPage(session, tasksUrl(session, `?${listQuery(params)}`), signal, COUNTED);
}

/** How many tasks match the query parameters, across all pages. */
export async function countTasks(session, params, signal) {
  const url = tasksUrl(session, `?${listQuery({ ...params, limit: '1' })}`);
  return totalOf((await authorized('GET', url, session, { signal, headers: COUNTED })).response);
}

// a repeating task's completed occurrences are its history: shown under History and in Completed only
function listQuery(params) {
  const history = params.status === 'completed' ? {} : { history: 'false' };
  return new URLSearchParams({ ...params, ...history }).toString();
}

function totalOf(response) {
  const total = response.headers.get('X-Total-Count');
  return total === null ? null : Number(total);
}

/** The completed occurrences of a series, most recently changed first (at most 50). */
export async function listHistory(session, seriesId) {
  const query = new URLSearchParams({ series: seriesId, status: 'completed', sort: 'updated', limit: '50' });
  return (await listPage(session, tasksUrl(session, `?${query}`))).tasks;
}

/** The page at a URL previously announced by a Link header; `total` when the request asked for it. */
export async function listPage(session, url, signal, headers) {
  const { data, response } = await authorized('GET', url, session, { signal, headers });
  return {
    tasks: Array.isArray(data) ? data : [],
    next: nextLink(response.headers.get('Link'), response.url),
    total: totalOf(response),
  };
}

/** A random key for one request; randomUUID exists only on HTTPS and localhost, getRandomValues everywhere. */
function requestKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates the task once even if the answer is lost: the request carries an Idempotency-Key, and a request
 * that got no answer is sent again once with the same key (the server answers the first task again).
 */
export async function createTask(session, fields) {
  const options = { body: fields, headers: { 'Idempotency-Key': requestKey() } };
  try {
    return (await authorized('POST', tasksUrl(session), session, options)).data;
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return (await authorized('POST', tasksUrl(session), session, options)).data;
  }
}

export async function getTask(session, id) {
  return (await authorized('GET', tasksUrl(session, `/${id}`), session)).data;
}

/** Replaces the task only if it is still at `version` (If-Match); a newer change answers 412. */
export async function replaceTask(session, id, fields, version) {
  const headers = { 'If-Match': `"${version}"` };
  return (await authorized('PUT', tasksUrl(session, `/${id}`), session, { body: fields, headers })).data;
}

export async function setCompleted(session, id, completed) {
  const url = tasksUrl(session, `/${id}/complete`);
  return (await authorized('PATCH', url, session, { body: { completed } })).data;
}

/** Moves the task to the trash, from where `restoreTask` brings it back. */
export async function deleteTask(session, id) {
  await authorized('DELETE', tasksUrl(session, `/${id}`), session);
}

/** The first page of the trash, most recently deleted first. */
export async function listTrash(session, signal) {
  return listPage(session, userUrl(session, 'trash'), signal);
}

/** Deletes a task in the trash for good. */
export async function purgeTask(session, id) {
  await authorized('DELETE', userUrl(session, `trash/${id}`), session);
}

export async function restoreTask(session, id) {
  const url = apiUrl(`${encodeURIComponent(session.user.id)}/trash/${id}/restore`);
  return (await authorized('POST', url, session)).data;
}

function userUrl(session, suffix) {
  return apiUrl(`${encodeURIComponent(session.user.id)}/${suffix}`);
}

/** Where the change log stands now: the position to follow changes from once the list has been read. */
export async function changePosition(session, signal) {
  const { response } = await authorized('GET', userUrl(session, 'changes'), session, { signal });
  const next = nextLink(response.headers.get('Link'), response.url);
  return next ? new URL(next).searchParams.get('since') : null;
}

/**
 * Opens the live event stream of the session's user from `lastEventId` (fetch, since EventSource cannot
 * send a bearer token); answers the response, whose body is read with `readEvents`.
 */
export async function openEvents(session, lastEventId, signal) {
  const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${await session.token()}` };
  if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
  try {
    return await fetch(userUrl(session, 'events'), { headers, signal, credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}
