// Shared status pieces: the error box, the loading line and the screen-reader announcer.
import { h } from './dom.js';

/**
 * An API or network error as the user should read it: the problem title, detail and field errors.
 * As a whole view (an unknown record) its title is the page's h1 and takes the heading's id.
 */
export function errorBox(error, { asView = false } = {}) {
  const fieldErrors = Object.entries(error?.errors ?? {}).flatMap(([field, messages]) =>
    (Array.isArray(messages) ? messages : [messages]).map((message) => ({ field, message })));
  // A script error has no problem title; its message is still worth showing to whoever reports it.
  const detail = error?.title ? error.detail : error?.message;
  return h('div', { class: 'notice notice--error', role: 'alert' },
    h(asView ? 'h1' : 'h2', { class: 'notice__title', id: asView ? 'view-heading' : null, tabindex: asView ? '-1' : null },
      error?.title ?? 'Something went wrong'),
    detail ? h('p', null, detail) : null,
    // The API's detail already joins the field messages; list them only when it has none.
    fieldErrors.length && !detail
      ? h('ul', null, fieldErrors.map(({ field, message }) =>
        h('li', null, field && field !== 'q' ? `${field}: ${message}` : message)))
      : null);
}

export function loadingLine(text = 'Loading…') {
  return h('p', { class: 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** Says <text> through the page's polite live region (it stays in the page, so it is always announced). */
export function announce(text) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers announce repeated identical text too.
  requestAnimationFrame(() => { region.textContent = text; });
}
