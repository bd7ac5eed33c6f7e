// The start page: what can be searched, a few example searches and the meetings indexed.
import { getJson } from './api.js';
import { h, dateNode, plural, replaceChildren } from './dom.js';
import { loadingLine } from './messages.js';
import { meetingUrl, searchUrl, readState } from './url-state.js';

const EXAMPLES = ['budget', '"capital programme"', 'complaints', 'police OR crime'];

export async function renderHome(view, { signal }) {
  document.title = 'AgendaSearch – search council committee papers';
  const meetings = h('section', { class: 'panel home__meetings', 'aria-labelledby': 'meetings-heading' },
    h('h2', { id: 'meetings-heading' }, 'Meetings'), loadingLine());
  replaceChildren(view,
    h('div', { class: 'home' },
      h('section', { class: 'home__intro', 'aria-labelledby': 'view-heading' },
        h('h1', { id: 'view-heading', tabindex: '-1' }, 'Search council committee papers'),
        h('p', { class: 'lead' }, 'Find officer reports, minutes, resolutions and questions across published agenda packs. Every result links to its page in the PDF.'),
        h('p', { class: 'home__stats muted', id: 'home-stats' }),
        h('h2', { class: 'home__subhead' }, 'Try'),
        h('ul', { class: 'examples' }, EXAMPLES.map((q) =>
          h('li', null, h('a', { href: searchUrl(readState(`?q=${encodeURIComponent(q)}`)) }, q)))),
        h('p', null, h('a', { href: '/?sort=date' }, 'Browse every record, newest first'))),
      meetings));

  // The counts are a courtesy: any failure, or leaving the page first, just leaves them out.
  const ingest = getJson('/api/ingest/status', { signal }).then(({ data }) => data, () => null);
  const stats = Promise.all([getJson('/api/search?pageSize=1&sort=date', { signal }), ingest])
    .then(([{ data }, status]) => replaceChildren(view.querySelector('#home-stats'), summary(data, status)))
    .catch(() => {});

  try {
    const { data } = await getJson('/api/meetings', { signal });
    const list = Array.isArray(data) ? data : data?.meetings ?? [];
    replaceChildren(meetings, h('h2', { id: 'meetings-heading' }, 'Meetings'),
      list.length ? byBody(list) : h('p', { class: 'muted' }, 'No meetings are indexed yet.'));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(meetings, h('h2', { id: 'meetings-heading' }, 'Meetings'),
      h('p', { class: 'muted' }, `The list of meetings is not available (${error.title}).`));
  }
  await stats;
}

/**
 * "73 records indexed: 28 reports and agenda items, 25 minutes, 17 resolutions and 3 questions, from
 * 2 agenda packs (458 pages)." and, while the worker is still reading packs, how far it has got.
 */
function summary(data, status) {
  const names = { item: ['report or agenda item', 'reports and agenda items'], minute: ['minute'], resolution: ['resolution'], question: ['question'], section: ['passage of other text', 'passages of other text'] };
  // Meeting records are listed beside this, and the total leaves them out too.
  const parts = Object.entries(names).flatMap(([type, [one, many]]) => {
    const count = data.facets?.type?.find((f) => f.value === type)?.count;
    return count ? [plural(count, one, many)] : [];
  });
  const totals = status?.totals;
  const busy = totals && totals.pending > 0
    ? ` Reading the agenda packs: ${totals.files - totals.pending} of ${plural(totals.files, 'file')} done, so results will grow.`
    : '';
  if (!data.total) return `Nothing is indexed yet.${busy}`;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0] ?? '';
  const packs = totals?.indexed ? `, from ${plural(totals.indexed, 'agenda pack')} (${plural(totals.pages, 'page')})` : '';
  return `${plural(data.total, 'record')} indexed${list ? `: ${list}` : ''}${packs}.${busy}`;
}

/**
 * Meetings grouped by body of a council (the body with the latest meeting first), each newest first:
 * two councils' cabinets are two groups.
 */
function byBody(meetings) {
  const groups = new Map();
  for (const meeting of meetings) {
    const key = `${meeting.council ?? ''}\u0000${meeting.body || 'Other meetings'}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(meeting);
  }
  const newest = (list) => list.reduce((max, m) => ((m.meetingDate ?? '') > max ? m.meetingDate : max), '');
  return [...groups].sort(([, a], [, b]) => newest(b).localeCompare(newest(a))).map(([key, list]) =>
    h('div', { class: 'meeting-group' },
      h('h3', null, key.split('\u0000')[1], list[0].council ? h('span', { class: 'meeting-group__council' }, ` \u2013 ${list[0].council}`) : null),
      h('ul', { class: 'meeting-list' }, list
        .sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''))
        .map((m) => h('li', null, h('a', { href: meetingUrl(m.id) }, dateNode(m.meetingDate ?? m.date, 'long') ?? 'Undated meeting'))))));
}
