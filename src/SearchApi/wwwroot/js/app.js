// Entry point: a small router over the URL state. Same-page links and forms call navigate(),
// which pushes a history entry and renders; Back/Forward (popstate) render the entry they land on
// and restore its scroll position.
import { readState, isSearch } from './url-state.js';
import { renderSearch } from './search-view.js';
import { renderRecord } from './record-view.js';
import { renderMeeting } from './meeting-view.js';
import { renderHome } from './home-view.js';
import { replaceChildren } from './dom.js';
import { errorBox } from './messages.js';

const view = document.getElementById('view');
const searchInput = document.getElementById('q');
let inFlight = null;

history.scrollRestoration = 'manual';

/**
 * Goes to <url>. focus: 'heading' moves focus to the new view's heading (a new page for a
 * screen reader), 'keep' leaves it on the control that changed the search (a facet, a sort link).
 */
export function navigate(url, { focus = 'heading', replace = false, toTop = focus !== 'keep' } = {}) {
  rememberScroll();
  const entry = { prev: replace ? history.state?.prev : location.pathname + location.search, scrollY: 0 };
  history[replace ? 'replaceState' : 'pushState'](entry, '', url);
  // A filter or sort change keeps the reader where they are; a new page of content starts at the top.
  return render({ focus, scrollY: toTop ? 0 : null });
}

function rememberScroll() {
  history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY }, '');
}

async function render({ focus, scrollY }) {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const state = readState();
  searchInput.value = state.q;
  const focusedId = document.activeElement?.id;
  const ctx = { signal: controller.signal, navigate, state, focus, previous: history.state?.prev ?? null };
  try {
    if (state.doc) await renderRecord(view, ctx);
    else if (state.meeting) await renderMeeting(view, ctx);
    else if (isSearch(state)) await renderSearch(view, ctx);
    else await renderHome(view, ctx);
  } catch (error) {
    if (error.name === 'AbortError') return;
    replaceChildren(view, errorBox(error, { asView: true }));
    document.title = 'Error – AgendaSearch';
  }
  if (controller.signal.aborted) return;
  if (focus === 'keep') keepFocus(focusedId);
  else if (focus === 'heading') view.querySelector('#view-heading')?.focus({ preventScroll: true });
  if (scrollY != null) window.scrollTo(0, scrollY);
}

// The control that changed the search is rebuilt with the results; focus goes back to its new
// copy (same id), or to the results heading when it is gone, never to the top of the page.
function keepFocus(id) {
  const active = document.activeElement;
  if (active && active !== document.body && document.contains(active)) return;
  const again = id ? document.getElementById(id) : null;
  if (again) again.focus({ preventScroll: true });
  else view.querySelector('#view-heading')?.focus();
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  const state = readState();
  const keepFilters = !state.doc && !state.meeting;
  const params = new URLSearchParams(keepFilters ? location.search : '');
  params.delete('page');
  params.delete('doc');
  params.delete('meeting');
  if (q) params.set('q', q); else params.delete('q');
  if (!q && [...params.keys()].length === 0) params.set('sort', 'date');
  navigate(`/?${params}`, { focus: 'keep', toTop: true });
  document.getElementById('syntax-help').open = false;
});

// Same-page links navigate without a reload; anything else (the PDF, new tabs) is left to the browser.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (link.getAttribute('href').startsWith('#')) {
    // In-page links (the skip link) move focus without touching the URL, which holds the search.
    const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    return;
  }
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== '/') return;
  event.preventDefault();
  if (link.dataset.back === 'true' && history.state?.prev === url.pathname + url.search) history.back();
  else navigate(url.pathname + url.search, { focus: link.dataset.focus ?? 'heading' });
});

window.addEventListener('popstate', (event) => {
  render({ focus: 'heading', scrollY: event.state?.scrollY ?? 0 });
});

// "/" jumps to the search box, as on most search sites, unless the user is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTextEntry(event.target)) return;
  event.preventDefault();
  searchInput.focus();
  searchInput.select();
});

function isTextEntry(element) {
  if (element.isContentEditable || element.closest?.('textarea, select')) return true;
  return element.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type);
}

render({ focus: 'none', scrollY: history.state?.scrollY ?? 0 });
