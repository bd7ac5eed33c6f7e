// The results page: heading and count, active filters, sort, the hit list, pagination and the
// filter sidebar. While a new search loads, the previous results stay (dimmed) so nothing jumps.
import { getJson } from './api.js';
import { h, replaceChildren, plural } from './dom.js';
import { FACET_TITLES, facetLabel, filterSidebar } from './facets.js';
import { hitItem } from './hit.js';
import { searchTools } from './search-tools.js';
import { announce, errorBox, loadingLine } from './messages.js';
import { FACETS, PAGE_SIZE, apiSearchPath, effectiveSort, hasFilters, searchUrl, toggled, withChanges, withoutFilters } from './url-state.js';

let filtersOpen = false;

export async function renderSearch(view, { state, signal, navigate }) {
  document.title = `${state.q ? `${state.q} – ` : ''}Search – AgendaSearch`;
  const previous = view.querySelector('.search-layout');
  if (previous) {
    previous.classList.add('is-loading');
    previous.setAttribute('aria-busy', 'true');
  } else {
    replaceChildren(view, h('h1', { id: 'view-heading', tabindex: '-1', class: 'results-heading' }, headingText(state)), loadingLine('Searching…'));
  }

  let result;
  try {
    result = await getJson(apiSearchPath(state), { signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(view, layout(state, null, errorBox(error), navigate));
    announce(error.title);
    return;
  }
  const { data, ms } = result;
  replaceChildren(view, layout(state, data, resultsBody(state, data), navigate));
  announce(statusText(state, data, ms, true));
  view.querySelector('.results-status').textContent = statusText(state, data, ms);
}

function layout(state, data, body, navigate) {
  const activeCount = FACETS.reduce((n, facet) => n + state[facet].length, 0) + (state.from || state.to ? 1 : 0);
  const sidebar = filterSidebar(state, data?.facets, navigate);
  const toggle = h('button', {
    type: 'button', class: 'button filters-toggle', 'aria-controls': 'filters', 'aria-expanded': String(filtersOpen),
    onclick: (event) => {
      filtersOpen = !filtersOpen;
      event.currentTarget.setAttribute('aria-expanded', String(filtersOpen));
      sidebar.classList.toggle('is-open', filtersOpen);
    },
  }, activeCount ? `Filters (${activeCount})` : 'Filters');
  sidebar.classList.toggle('is-open', filtersOpen);

  return h('div', { class: 'search-layout' },
    h('div', { class: 'results-header' },
      h('h1', { id: 'view-heading', tabindex: '-1', class: 'results-heading' }, headingText(state)),
      h('p', { class: 'results-status' }),
      searchTools(state)),
    toggle,
    sidebar,
    h('section', { class: 'results', 'aria-labelledby': 'view-heading' },
      h('div', { class: 'results-toolbar' }, activeFilters(state), sortControl(state)),
      body));
}

function headingText(state) {
  if (state.q) return `Results for “${state.q}”`;
  return hasFilters(state) ? 'Filtered records' : 'All records';
}

function statusText(state, data, ms, spoken = false) {
  if (!data) return '';
  const count = plural(data.total ?? 0, 'result');
  const took = data.tookMs ?? data.took ?? data.elapsedMs ?? ms;
  const timing = took != null ? ` in ${took < 1000 ? `${Math.max(1, Math.round(took))} ms` : `${(took / 1000).toFixed(1)} s`}` : '';
  const pages = Math.ceil((data.total ?? 0) / (data.pageSize ?? PAGE_SIZE));
  const page = pages > 1 ? ` · page ${state.page} of ${pages.toLocaleString('en-GB')}` : '';
  return spoken ? `${count}${state.q ? ` for ${state.q}` : ''}${page}` : `${count}${timing}${page}`;
}

function resultsBody(state, data) {
  const hits = data.hits ?? [];
  if (hits.length === 0) return noResults(state, data);
  const start = ((data.page ?? state.page) - 1) * (data.pageSize ?? PAGE_SIZE) + 1;
  const explainPath = state.q ? `${apiSearchPath(state)}&explain=true` : null;
  return [
    data.relaxed ? h('p', { class: 'notice relaxed-notice' },
      `No record has every word of “${state.q}”, so these are the records with most of them.`) : null,
    h('ol', { class: 'hit-list', start: String(start) }, hits.map((hit) => hitItem(hit, { q: state.q, level: 2, explainPath }))),
    pagination(state, data),
  ];
}

function noResults(state, data) {
  const suggestions = [
    hasFilters(state) ? h('li', null, h('a', { href: searchUrl(withoutFilters(state)) }, 'Search again without filters')) : null,
    state.q ? h('li', null, 'Check the spelling, or use fewer or more general words.') : null,
    state.q && !/\bOR\b/.test(state.q) && state.q.includes(' ') ? h('li', null, 'Try OR between words to find records with any of them.') : null,
    state.page > 1 && data.total > 0 ? h('li', null, h('a', { href: searchUrl({ ...state, page: 1 }) }, 'Go to the first page')) : null,
  ].filter(Boolean);
  return h('div', { class: 'notice' },
    h('p', { class: 'notice__title' }, state.page > 1 && data.total > 0 ? 'There are no results on this page.' : 'No records match this search.'),
    suggestions.length ? h('ul', null, suggestions) : null);
}

function activeFilters(state) {
  const chips = [];
  for (const facet of FACETS) {
    for (const value of state[facet]) {
      chips.push(chip(`${FACET_TITLES[facet]}: ${facetLabel(facet, value)}`, searchUrl(toggled(state, facet, value))));
    }
  }
  if (state.from || state.to) {
    const range = state.from && state.to ? `${state.from} to ${state.to}` : state.from ? `from ${state.from}` : `until ${state.to}`;
    chips.push(chip(`Date: ${range}`, searchUrl(withChanges(state, { from: '', to: '' }))));
  }
  if (chips.length === 0) return null;
  return h('div', { class: 'active-filters' },
    h('h2', { class: 'visually-hidden' }, 'Active filters'),
    h('ul', { class: 'chips' }, chips));
}


function chip(text, removeUrl) {
  return h('li', { class: 'chip' },
    h('span', null, text),
    h('a', { href: removeUrl, class: 'chip__remove', 'data-focus': 'keep', 'aria-label': `Remove filter ${text}` },
      h('span', { 'aria-hidden': 'true' }, '×')));
}

function sortControl(state) {
  const current = effectiveSort(state);
  const option = (value, text) => h('li', null, h('a', {
    id: `sort-${value}`,
    href: searchUrl(withChanges(state, { sort: value })),
    'aria-current': current === value ? 'true' : null,
    'data-focus': 'keep',
  }, text));
  return h('nav', { class: 'sort', 'aria-label': 'Sort results' },
    h('span', { class: 'sort__label', 'aria-hidden': 'true' }, 'Sort:'),
    h('ul', null, option('relevance', 'Relevance'), option('date', 'Newest first')));
}

function pagination(state, data) {
  const pageCount = Math.ceil((data.total ?? 0) / (data.pageSize ?? PAGE_SIZE));
  if (pageCount <= 1) return null;
  const page = Math.min(state.page, pageCount);
  const link = (number, text, rel, label) => h('a', {
    href: searchUrl({ ...state, page: number }),
    rel, 'aria-label': label,
    'aria-current': number === page && !rel ? 'page' : null,
  }, text);
  const numbers = pageNumbers(page, pageCount).map((n) => h('li', null,
    n === null ? h('span', { class: 'pagination__gap' }, '…') : link(n, String(n), null, `Page ${n}`)));
  return h('nav', { class: 'pagination', 'aria-label': 'Result pages' },
    h('ul', null,
      page > 1 ? h('li', null, link(page - 1, '‹ Previous', 'prev', 'Previous page')) : null,
      numbers,
      page < pageCount ? h('li', null, link(page + 1, 'Next ›', 'next', 'Next page')) : null));
}

/** 1 … 4 5 [6] 7 8 … 20: the first, the last and two either side of the current page. */
function pageNumbers(page, count) {
  const wanted = new Set([1, count]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= count) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]));
}
