// Feed and export links for a search (h-trail): the same search as an Atom feed (newest first, to
// follow in a feed reader or an email-by-feed service) and as CSV or NDJSON with every hit.
import { h, joined } from './dom.js';
import { apiSearchPath } from './url-state.js';

export function searchTools(state) {
  const params = new URL(apiSearchPath(state), location.origin).searchParams;
  params.delete('page');
  params.delete('pageSize');
  const query = params.toString() ? `?${params}` : '';
  return h('p', { class: 'search-tools' }, joined([
    h('a', { href: `/api/search.atom${query}`, type: 'application/atom+xml' }, 'Follow this search (Atom feed)'),
    h('a', { href: `/api/search.csv${query}`, download: '' }, 'Download CSV'),
    h('a', { href: `/api/search.ndjson${query}`, download: '' }, 'NDJSON'),
  ]));
}
