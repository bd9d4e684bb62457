// Sign-in and sign-up: two forms, one visible at a time.
import { signIn, signUp } from '../api.js';
import { clearBanner, clearFormErrors, setFormError, showFieldErrors } from '../messages.js';
import { onSubmit, valueOf } from './forms.js';

export function createAuthView({ onSignedIn, failed }) {
  const view = document.getElementById('auth-view');
  const notice = document.getElementById('auth-notice');
  const signInForm = document.getElementById('sign-in-form');
  const signUpForm = document.getElementById('sign-up-form');

  function showForm(form, focus) {
    signInForm.hidden = form !== signInForm;
    signUpForm.hidden = form !== signUpForm;
    document.title = `${form.querySelector('h1').textContent} – Todo`;
    if (focus) form.querySelector('h1').focus();
  }

  document.getElementById('show-sign-up').addEventListener('click', () => {
    notice.textContent = '';
    showForm(signUpForm, true);
  });
  document.getElementById('show-sign-in').addEventListener('click', () => {
    notice.textContent = '';
    showForm(signInForm, true);
  });

  onSubmit(signInForm, async () => {
    const fields = { email: valueOf(signInForm, 'email'), password: signInForm.elements.namedItem('password').value };
    try {
      const answer = await signIn(fields);
      clearBanner();
      onSignedIn(answer);
    } catch (error) {
      if (error.status === 401) {
        setFormError(signInForm, 'The email or password is not correct.');
        signInForm.elements.namedItem('password').select();
      } else {
        failed(error, signInForm);
      }
    }
  });

  onSubmit(signUpForm, async () => {
    const fields = {
      name: valueOf(signUpForm, 'name'),
      email: valueOf(signUpForm, 'email'),
      password: signUpForm.elements.namedItem('password').value,
    };
    try {
      const answer = await signUp(fields);
      clearBanner();
      onSignedIn(answer);
    } catch (error) {
      if (error.status === 409 && error.fieldErrors.length === 0) {
        const message = 'An account with this email already exists. Sign in instead.';
        showFieldErrors(signUpForm, [{ field: 'email', message }], message);
      } else {
        failed(error, signUpForm);
      }
    }
  });

  return {
    show(message, { focus, email = '' }) {
      view.hidden = false;
      notice.textContent = message;
      signInForm.elements.namedItem('email').value = email ?? '';
      showForm(signInForm, focus);
    },
    hide() {
      view.hidden = true;
      notice.textContent = '';
      for (const form of [signInForm, signUpForm]) {
        form.reset();
        clearFormErrors(form);
      }
    },
  };
}
