// The signed-in person for this browser tab: kept in sessionStorage, gone when the tab closes.

const KEY = 'todo.session';

/** The stored `{token, user}`, or null when nobody is signed in (or the entry is unreadable). */
export function loadSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY));
    return session?.token && session?.user?.id ? session : null;
  } catch {
    return null;
  }
}

export function saveSession({ token, user }) {
  const session = { token, user };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}
