// "Also searched: Medium Term Financial Strategy": the acronyms and long forms a search added (each within the
// council whose papers define it, or from the built-in list), with where each is defined as a tooltip, and a
// link to the glossary the search learned them from (/api/glossary, one council's when one is filtered for).
import { h } from './dom.js';

export function expansionsLine(state, data) {
  const expansions = data?.expansions ?? [];
  if (expansions.length === 0) return null;
  const seen = new Set();
  const items = [];
  for (const e of expansions) {
    const shown = e.fromLongForm ? e.acronym : e.longForm;
    const key = shown.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(h('li', { title: e.note }, shown));
  }
  const council = state.council?.length === 1 ? `?council=${encodeURIComponent(state.council[0])}` : '';
  return h('div', { class: 'expansions' },
    h('span', null, 'Also searched: '),
    h('ul', { class: 'expansions__list' }, items),
    ' ',
    h('a', { href: `/api/glossary${council}`, class: 'expansions__glossary' }, 'Acronym glossary'));
}
