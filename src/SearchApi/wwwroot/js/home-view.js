// The start page: what can be searched, a few example searches and the meetings indexed.
import { getJson } from './api.js';
import { h, dateNode, replaceChildren } from './dom.js';
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
        h('h2', { class: 'home__subhead' }, 'Try'),
        h('ul', { class: 'examples' }, EXAMPLES.map((q) =>
          h('li', null, h('a', { href: searchUrl(readState(`?q=${encodeURIComponent(q)}`)) }, q)))),
        h('p', null, h('a', { href: '/?sort=date' }, 'Browse every record, newest first'))),
      meetings));

  try {
    const { data } = await getJson('/api/meetings', { signal });
    const list = Array.isArray(data) ? data : data?.meetings ?? [];
    replaceChildren(meetings, h('h2', { id: 'meetings-heading' }, 'Meetings'),
      list.length
        ? h('ul', { class: 'meeting-list' }, list.map((m) => h('li', null,
          h('a', { href: meetingUrl(m.id) }, m.body ?? m.title ?? 'Meeting'),
          ' ', dateNode(m.meetingDate ?? m.date))))
        : h('p', { class: 'muted' }, 'No meetings are indexed yet.'));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(meetings, h('h2', { id: 'meetings-heading' }, 'Meetings'),
      h('p', { class: 'muted' }, `The list of meetings is not available (${error.title}).`));
  }
}
