// The filter sidebar: one group of checkboxes per facet (council, type, body, year, officer) with counts,
// and a meeting-date range. Every change navigates to the new URL, so filters are bookmarkable.
import { h, typeLabel, plural } from './dom.js';
import { FACETS, hasFilters, searchUrl, toggled, withChanges, withoutFilters } from './url-state.js';

export const FACET_TITLES = { council: 'Council', type: 'Type', body: 'Body', year: 'Year', officer: 'Officer' };
const TYPE_ORDER = ['report', 'item', 'minute', 'resolution', 'question', 'section', 'meeting'];
const FINDER_LABELS = { council: 'Find a council', type: 'Find a type', body: 'Find a body', year: 'Find a year', officer: 'Find an officer' };
const SHORT_LIST = 8;
const expanded = new Set();

export function facetLabel(facet, value) {
  return facet === 'type' ? (value === 'item' ? 'Report or agenda item' : typeLabel(value)) : value;
}

export function filterSidebar(state, facets, navigate) {
  return h('aside', { id: 'filters', class: 'filters', 'aria-labelledby': 'filters-heading' },
    h('div', { class: 'filters__head' },
      h('h2', { id: 'filters-heading' }, 'Filter results'),
      hasFilters(state)
        ? h('a', { href: searchUrl(withoutFilters(state)), 'data-focus': 'keep' }, 'Clear all')
        : null),
    FACETS.map((facet) => facetGroup(state, facet, facets?.[facet] ?? [], navigate)),
    dateRange(state, navigate));
}

function facetGroup(state, facet, counts, navigate) {
  const selected = state[facet];
  const rows = orderValues(facet, counts);
  // A selected value with no hits under the other filters still needs its box, to be unticked.
  for (const value of selected) if (!rows.some((row) => row.value === value)) rows.push({ value, count: 0 });
  if (rows.length === 0) return null;

  const isLong = rows.length > SHORT_LIST + 2;
  const showAll = !isLong || expanded.has(facet);
  const visible = showAll ? rows : rows.filter((row, index) => index < SHORT_LIST || selected.includes(row.value));
  const listId = `facet-${facet}-list`;

  const list = h('ul', { class: 'facet__list', id: listId }, visible.map((row) => {
      const id = `facet-${facet}-${slug(row.value)}`;
      const checked = selected.includes(row.value);
      return h('li', { class: checked ? 'facet__row is-selected' : 'facet__row' },
        h('input', {
          type: 'checkbox', id, checked,
          dataset: { facet, value: row.value },
          onchange: () => navigate(searchUrl(toggled(state, facet, row.value)), { focus: 'keep' }),
        }),
        h('label', { for: id },
          h('span', { class: 'facet__value' }, facetLabel(facet, row.value)),
          h('span', { class: 'facet__count' }, row.count.toLocaleString('en-GB'),
            h('span', { class: 'visually-hidden' }, row.count === 1 ? ' result' : ' results'))));
  }));

  return h('fieldset', { class: 'facet' },
    h('legend', null, FACET_TITLES[facet]),
    isLong && showAll ? finder(facet, list) : null,
    list,
    isLong ? h('button', {
      type: 'button', class: 'link-button facet__more', 'aria-expanded': String(showAll), 'aria-controls': listId,
      onclick: (event) => {
        if (expanded.has(facet)) expanded.delete(facet); else expanded.add(facet);
        const group = facetGroup(state, facet, counts, navigate);
        event.currentTarget.closest('fieldset').replaceWith(group);
        group.querySelector('.facet__more').focus();
      },
    }, showAll ? `Show fewer` : `Show all ${plural(rows.length, FACET_TITLES[facet].toLowerCase())}`) : null);
}

// A long list (a council's officers run to hundreds) gets a box that narrows it as you type.
function finder(facet, list) {
  const id = `facet-${facet}-find`;
  const input = h('input', {
    type: 'search', id, class: 'facet__find', autocomplete: 'off', 'aria-controls': list.id,
    oninput: () => {
      const words = input.value.trim().toLowerCase();
      for (const row of list.children) row.hidden = Boolean(words) && !row.textContent.toLowerCase().includes(words);
    },
  });
  return h('div', { class: 'facet__finder' },
    h('label', { for: id }, FINDER_LABELS[facet]), input);
}

function orderValues(facet, counts) {
  const rows = counts.map(({ value, count }) => ({ value: String(value), count }));
  if (facet === 'year') return rows.sort((a, b) => b.value.localeCompare(a.value));
  if (facet === 'type') return rows.sort((a, b) => rank(a.value) - rank(b.value));
  return rows.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function rank(type) {
  const index = TYPE_ORDER.indexOf(type);
  return index < 0 ? TYPE_ORDER.length : index;
}

function dateRange(state, navigate) {
  const from = h('input', { type: 'date', id: 'filter-from', name: 'from', value: state.from || null, max: '9999-12-31' });
  const to = h('input', { type: 'date', id: 'filter-to', name: 'to', value: state.to || null, max: '9999-12-31' });
  return h('form', {
    class: 'facet date-range',
    onsubmit: (event) => {
      event.preventDefault();
      navigate(searchUrl(withChanges(state, { from: from.value, to: to.value })), { focus: 'keep' });
    },
  },
  h('fieldset', null,
    h('legend', null, 'Meeting date'),
    h('div', { class: 'date-range__fields' },
      h('div', null, h('label', { for: 'filter-from' }, 'From'), from),
      h('div', null, h('label', { for: 'filter-to' }, 'To'), to)),
    h('div', { class: 'date-range__actions' },
      h('button', { type: 'submit', class: 'button' }, 'Apply dates'),
      state.from || state.to
        ? h('a', { href: searchUrl(withChanges(state, { from: '', to: '' })), 'data-focus': 'keep' }, 'Clear dates')
        : null)));
}

function slug(value) {
  const base = String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let hash = 0;
  for (const ch of String(value)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `${base}-${hash.toString(36)}`;
}

