// Entry point: decides which view shows, and is the one place that turns failures into messages.
import { ApiError, NetworkError } from './api.js';
import { clearBanner, setFormError, showBanner, showFieldErrors, waitText } from './messages.js';
import { clearSession, loadSession, saveSession } from './session.js';
import { createAuthView } from './views/auth.js';
import { createTasksView } from './views/tasks.js';

const account = document.getElementById('account');
const authView = createAuthView({ onSignedIn: startSession, failed: reportFailure });
const tasksView = createTasksView({ failed: reportFailure });

document.getElementById('sign-out').addEventListener('click', () => {
  endSession('You have signed out.');
});

function startSession(answer) {
  showTasks(saveSession(answer), { focus: true });
}

function showTasks(session, { focus }) {
  document.getElementById('account-name').textContent = session.user.name || session.user.email;
  account.hidden = false;
  authView.hide();
  tasksView.show(session, { focus });
}

function endSession(notice, { keepEmail = false } = {}) {
  const email = keepEmail ? loadSession()?.user?.email : '';
  clearSession();
  account.hidden = true;
  tasksView.hide();
  authView.show(notice, { focus: true, email });
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
    endSession('Your session has expired or is no longer valid. Please sign in again.', { keepEmail: true });
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

const session = loadSession();
if (session) {
  showTasks(session, { focus: false });
} else {
  authView.show('', { focus: false });
}
