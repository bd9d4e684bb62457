// Form submission without page loads: one request at a time, old errors cleared first.
import { clearFormErrors } from '../messages.js';

/** Runs `handler` on submit; while it runs, further submits are ignored (the button keeps focus). */
export function onSubmit(form, handler) {
  const button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');
    button.setAttribute('aria-disabled', 'true');
    clearFormErrors(form);
    try {
      await handler();
    } finally {
      form.removeAttribute('aria-busy');
      button.removeAttribute('aria-disabled');
    }
  });
}

/** The trimmed value of a named control. */
export function valueOf(form, name) {
  return form.elements.namedItem(name).value.trim();
}
