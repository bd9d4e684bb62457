// Everything the page tells the person: the banner, polite announcements and per-field errors.

export function showBanner(text) {
  const message = document.createElement('p');
  message.textContent = text;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'link';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', clearBanner);
  document.getElementById('banner').replaceChildren(message, dismiss);
}

export function clearBanner() {
  document.getElementById('banner').replaceChildren();
}

let announcementTimer;

/** A short confirmation for screen readers and sighted users alike ("Task added."). */
export function announce(text) {
  const status = document.getElementById('status');
  status.textContent = text;
  clearTimeout(announcementTimer);
  announcementTimer = setTimeout(() => {
    status.textContent = '';
  }, 6000);
}

export function clearFormErrors(form) {
  for (const output of form.querySelectorAll('.field-error')) output.textContent = '';
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  setFormError(form, '');
}

export function setFormError(form, text) {
  const output = document.getElementById(`${form.id}-error`);
  if (output) output.textContent = text;
}

/** Puts each `{field, message}` next to its input; what matches no input goes to the form's summary. */
export function showFieldErrors(form, errors, summary) {
  let first = null;
  const unplaced = [];
  for (const { field, message } of errors) {
    const input = field ? form.elements.namedItem(field) : null;
    const output = input?.id ? document.getElementById(`${input.id}-error`) : null;
    if (!output) {
      unplaced.push(field ? `${field}: ${message}` : message);
      continue;
    }
    output.textContent = [output.textContent, sentence(message)].filter(Boolean).join(' ');
    input.setAttribute('aria-invalid', 'true');
    first ??= input;
  }
  setFormError(form, [first ? 'Please correct the highlighted fields.' : summary, ...unplaced].join(' '));
  (first ?? form.querySelector('input, select, textarea'))?.focus();
}

function sentence(text) {
  const trimmed = String(text ?? '').trim();
  if (!trimmed) return '';
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** How long a Retry-After header (seconds or HTTP date) asks us to wait, in words. */
export function waitText(retryAfter) {
  if (!retryAfter) return 'a moment';
  const seconds = /^\d+$/.test(retryAfter.trim())
    ? Number(retryAfter)
    : Math.ceil((Date.parse(retryAfter) - Date.now()) / 1000);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'a moment';
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
