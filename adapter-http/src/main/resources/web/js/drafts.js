// What a person had typed when their session ended, kept for this tab until they sign in again as the
// same person (then it is put back, and sent if they had already pressed Add or Save).

const KEY = 'todo.draft';

/** The values of a form's named controls (a checkbox's: whether it is ticked). */
export function formValues(form) {
  const values = {};
  for (const control of form.elements) {
    if (!control.name || !('value' in control)) continue;
    values[control.name] = control.type === 'checkbox' ? control.checked : control.value;
  }
  return values;
}

/** Whether values taken by `formValues` hold anything typed or ticked. */
export function anyTyped(values) {
  return Object.values(values ?? {}).some((value) => value === true || (typeof value === 'string' && value.trim() !== ''));
}

/**
 * Puts values taken by `formValues` back into the form, in its order, announcing each ticked box as a
 * change (a box can change the fields after it, as All day makes Due a date).
 */
export function fillValues(form, values) {
  for (const [name, value] of Object.entries(values ?? {})) {
    const control = form.elements.namedItem(name);
    if (!control || !('value' in control)) continue;
    if (control.type === 'checkbox') {
      control.checked = value === true;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      control.value = value;
    }
  }
  form.dispatchEvent(new Event('change'));
}

export function keepDraft(userId, draft) {
  if (draft) sessionStorage.setItem(KEY, JSON.stringify({ userId, draft }));
}

/** The draft kept for this person, removed from storage; a draft of someone else is dropped. */
export function takeDraft(userId) {
  let kept = null;
  try {
    kept = JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    kept = null;
  }
  sessionStorage.removeItem(KEY);
  return kept?.userId === userId ? kept.draft : null;
}
