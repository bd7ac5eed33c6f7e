// The page state lives in the URL so a search can be shared, bookmarked and restored by Back:
//   /?q=budget&council=Kent+County+Council&type=minute&officer=Chris+Tambini&year=2021&from=2021-01-01&to=2021-12-31&sort=date&page=2
//   /?doc=<record id>&q=budget      a record (q highlights the words searched for)
//   /?meeting=<meeting id>          a meeting

export const FACETS = ['council', 'type', 'body', 'year', 'officer'];
export const PAGE_SIZE = 20;

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = {
    q: (params.get('q') ?? '').trim(),
    from: validDate(params.get('from')),
    to: validDate(params.get('to')),
    sort: ['relevance', 'date'].includes(params.get('sort')) ? params.get('sort') : '',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    doc: params.get('doc') ?? '',
    meeting: params.get('meeting') ?? '',
  };
  for (const facet of FACETS) state[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  return state;
}

function validDate(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : '';
}

/** Relevance ranks a query; with no query there is nothing to rank, so newest first. */
export function effectiveSort(state) {
  return state.sort || (state.q ? 'relevance' : 'date');
}

export function hasFilters(state) {
  return FACETS.some((facet) => state[facet].length > 0) || Boolean(state.from || state.to);
}

/** Whether the URL asks for results (rather than the start page). */
export function isSearch(state) {
  return Boolean(state.q) || hasFilters(state) || Boolean(state.sort);
}

function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state[facet]) params.append(facet, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function searchUrl(state) {
  const query = searchParams(state).toString();
  return query ? `/?${query}` : '/';
}

/** Search state changed by <changes>, always back on page 1 unless a page is given. */
export function withChanges(state, changes) {
  return { ...state, page: 1, doc: '', meeting: '', ...changes };
}

export function withoutFilters(state) {
  return withChanges(state, { council: [], type: [], body: [], year: [], officer: [], from: '', to: '' });
}

export function toggled(state, facet, value) {
  const values = state[facet].includes(value)
    ? state[facet].filter((v) => v !== value)
    : [...state[facet], value];
  return withChanges(state, { [facet]: values });
}

export function apiSearchPath(state) {
  const params = searchParams({ ...state, sort: effectiveSort(state) });
  params.set('page', String(state.page));
  params.set('pageSize', String(PAGE_SIZE));
  // The sidebar's "Show all" and its finder list every value of a facet, not the API's default top 20.
  params.set('facetLimit', '0');
  return `/api/search?${params}`;
}

export function docUrl(id, q = '') {
  const params = new URLSearchParams({ doc: id });
  if (q) params.set('q', q);
  return `/?${params}`;
}

export function meetingUrl(id) {
  return `/?${new URLSearchParams({ meeting: id })}`;
}
