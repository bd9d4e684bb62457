// Entry point: decides which view shows, and is the one place that turns failures into messages.
import { ApiError, NetworkError, signOut } from './api.js';
import { keepDraft, takeDraft } from './drafts.js';
import { clearBanner, setFormError, showBanner, showFieldErrors, waitText } from './messages.js';
import { resumeSession, Session } from './session.js';
import { createAuthView } from './views/auth.js';
import { createTasksView } from './views/tasks.js';

const account = document.getElementById('account');
const authView = createAuthView({ onSignedIn: startSession, failed: reportFailure });
const tasksView = createTasksView({ failed: reportFailure });
// Tabs of this browser share the session cookie; they tell each other when it starts and ends.
const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('todo-session') : null;
let session = null;
// Set while another tab signs out: a renewal refused meanwhile is that sign-out, not a lost session.
let signingOutElsewhere = null;

const LOST = 'Your session has ended. Please sign in again; what you were typing is kept.';

document.getElementById('sign-out').addEventListener('click', async () => {
  tabs?.postMessage('signing-out');
  tasksView.quiet(); // nothing of this session is asked for while it ends
  try {
    await signOut();
  } catch (error) {
    if (error instanceof NetworkError) {
      tabs?.postMessage('sign-out-failed');
      tasksView.resume();
      showBanner('The server could not be reached, so this browser may still be signed in. Try again.');
      return;
    }
  }
  endSession('You have signed out.');
  tabs?.postMessage('signed-out');
});

tabs?.addEventListener('message', ({ data }) => {
  clearTimeout(signingOutElsewhere);
  signingOutElsewhere = data === 'signing-out' ? setTimeout(() => { signingOutElsewhere = null; }, 10_000) : null;
  if (data === 'signing-out' && session) tasksView.quiet();
  if (data === 'sign-out-failed' && session) tasksView.resume();
  if (data === 'signed-out' && session) endSession('You signed out in another tab.', { keepDraft: true });
  if (data === 'signed-in' && !session) resume();
});

function startSession(answer) {
  session = new Session(answer, sessionLost);
  tabs?.postMessage('signed-in');
  showTasks({ focus: true });
}

function sessionLost() {
  if (signingOutElsewhere) endSession('You signed out in another tab.', { keepDraft: true });
  else endSession(LOST, { keepEmail: true, keepDraft: true });
}

function showTasks({ focus }) {
  document.getElementById('account-name').textContent = session.user.name || session.user.email;
  account.hidden = false;
  authView.hide();
  tasksView.show(session, { focus, draft: takeDraft(session.user.id) });
}

function endSession(notice, { keepEmail = false, keepDraft: keep = false } = {}) {
  const user = session?.user;
  if (keep && user) keepDraft(user.id, tasksView.draft());
  session?.end();
  session = null;
  account.hidden = true;
  tasksView.hide();
  authView.show(notice, { focus: true, email: keepEmail ? user?.email : '' });
}

/** Says what went wrong: next to the form's fields when it is about them, in the banner otherwise. */
function reportFailure(error, form) {
  if (error?.name === 'AbortError') return;
  if (error instanceof NetworkError) {
    showBanner('The server cannot be reached. Check your connection and try again.');
    return;
  }
  if (!(error instanceof ApiError)) {
    console.error(error);
    showBanner('Something unexpected went wrong. Please reload the page.');
    return;
  }
  const detail = error.problem.detail || error.problem.title || 'The request was not accepted.';
  if (error.status === 401 || error.status === 403) {
    if (session) sessionLost();
  } else if (error.status === 429) {
    showBanner(`Too many requests. Please wait ${waitText(error.retryAfter)} and try again.`);
  } else if (error.status === 503) {
    showBanner(`The service is temporarily unavailable. Please try again in ${waitText(error.retryAfter)}.`);
  } else if (error.status >= 500) {
    showBanner('Something went wrong on the server. Please try again.');
  } else if (form && error.fieldErrors.length > 0) {
    showFieldErrors(form, error.fieldErrors, detail);
  } else if (form) {
    clearBanner();
    setFormError(form, detail);
  } else {
    showBanner(detail);
  }
}

/** Picks up this browser's session (a reload, a new tab, a sign-in in another tab), if there is one. */
async function resume() {
  try {
    const resumed = await resumeSession(sessionLost);
    if (resumed && !session) {
      session = resumed;
      showTasks({ focus: false });
    }
    return resumed;
  } catch (error) {
    reportFailure(error);
    return null;
  }
}

resume().then((resumed) => {
  if (!resumed && !session) authView.show('', { focus: false });
});
