// One search hit as a list item: type badge, title (to the record view), where it sits
// (council, body, meeting date, item/minute number, pages), the highlighted snippet, people and links.
import { h, badge, dateNode, joined, ocrNote, pagesText, pdfAt, snippetNodes } from './dom.js';
import { docUrl, meetingUrl, searchUrl, withChanges, readState } from './url-state.js';
import { getJson } from './api.js';

let hitCount = 0;

// explainPath: the page's search with explain=true, fetched (once, then cached) when a "Why this result?" opens.
export function hitItem(hit, { q = '', level = 2, compact = false, explainPath = null } = {}) {
  const titleId = `hit-title-${++hitCount}`;
  const heading = h(`h${level}`, { class: 'hit__title', id: titleId },
    h('a', { href: hit.type === 'meeting' ? meetingUrl(hit.id) : docUrl(hit.id, q) }, hit.title || 'Untitled record'));
  const pdfPage = hit.snippetPage ?? hit.pages?.[0];
  return h('li', { class: compact ? 'hit hit--compact' : 'hit' },
    h('article', { 'aria-labelledby': titleId },
      h('div', { class: 'hit__head' }, badge(hit), heading),
      h('p', { class: 'hit__meta' }, placeLine(hit, compact)),
      !compact && hit.snippet ? h('p', { class: 'hit__snippet' }, snippetNodes(hit.snippet)) : null,
      !compact ? ocrNote(hit) : null,
      !compact ? peopleLine(hit) : null,
      !compact ? h('p', { class: 'hit__links' }, joined([
        hit.pdf ? h('a', { href: pdfAt(hit.pdf, pdfPage) },
          `PDF, page ${pdfPage}`, h('span', { class: 'visually-hidden' }, ` – ${hit.title}`)) : null,
        hit.meetingId && hit.type !== 'meeting' ? h('a', { href: meetingUrl(hit.meetingId) },
          'Meeting', h('span', { class: 'visually-hidden' }, ` of ${hit.title}`)) : null,
      ])) : null,
      !compact && explainPath ? whyBox(hit.id, explainPath) : null));
}

/** A closed "Why this result?" that, opened, lists the lines of the hit's explanation from the API. */
function whyBox(id, explainPath) {
  const body = h('div', { class: 'hit__why-body' });
  const box = h('details', { class: 'hit__why' }, h('summary', null, 'Why this result?'), body);
  box.addEventListener('toggle', async () => {
    if (!box.open || body.childElementCount) return;
    body.append(h('p', null, 'Explaining…'));
    try {
      const { data } = await getJson(explainPath);
      const lines = data.hits?.find((hit) => hit.id === id)?.explanation?.lines ?? ['This result is no longer on this page.'];
      body.replaceChildren(h('ul', null, lines.map((line) => h('li', null, line))));
    } catch (error) {
      body.replaceChildren(h('p', null, error.title ?? 'The explanation could not be loaded.'));
    }
  });
  return box;
}

/** "Leicestershire County Council · Scrutiny Commission · 12 July 2021 · Minute 11 · pp. 5–7" */
export function placeLine(record, compact = false) {
  return joined([
    record.council ? h('span', { class: 'hit__council' }, record.council) : null,
    record.body,
    dateNode(record.meetingDate, compact ? 'short' : ''),
    numberText(record),
    compact ? null : pagesText(record.pages),
  ]);
}

export function numberText(record) {
  if (record.type === 'resolution' && record.resolutionLabel) return `Resolution\u00a0(${record.resolutionLabel})`;
  if (record.minuteNumber != null) return `Minute\u00a0${record.minuteNumber}`;
  if (record.itemNumber != null) return `Item\u00a0${record.itemNumber}`;
  return null;
}

function peopleLine(hit) {
  if (hit.askedBy || hit.answeredBy) {
    return h('p', { class: 'hit__people' }, joined([
      hit.askedBy ? `Asked by ${hit.askedBy}` : null,
      hit.answeredBy ? `answered by ${hit.answeredBy}` : null,
    ], ', '));
  }
  const officers = hit.officers ?? [];
  if (officers.length === 0) return null;
  return h('p', { class: 'hit__people' },
    officers.length === 1 ? 'Officer: ' : 'Officers: ',
    joined(officers.map((name) => officerLink(name)), ', '));
}

/** A link to every record naming this officer, newest first. */
export function officerLink(name) {
  const state = withChanges(readState(''), { officer: [name] });
  return h('a', { href: searchUrl(state), class: 'officer-link', title: `All records naming ${name}` }, name);
}
