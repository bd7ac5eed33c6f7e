// A record: its full text (search words marked, page markers linking into the PDF), the PDF
// at its first page, its place in its meeting and related records.
import { getJson, idSegment } from './api.js';
import { h, badge, dateNode, factList, joined, ocrNote, pagesText, pdfAt, pageOf, replaceChildren, formatDate, typeLabel, recordTypeLabel } from './dom.js';
import { appendHighlighted, termPattern } from './highlight.js';
import { reflow } from './reflow.js';
import { hitItem, numberText, officerLink } from './hit.js';
import { loadMeeting, meetingIdOf, parentIdOf } from './meeting-model.js';
import { loadingLine } from './messages.js';
import { citeActions } from './cite.js';
import { fillTrail, trailPanel } from './trail-view.js';
import { meetingUrl, docUrl, searchUrl, readState } from './url-state.js';

export async function renderRecord(view, { state, signal, previous }) {
  if (!view.querySelector('.record-layout')) replaceChildren(view, loadingLine('Opening the record…'));
  const path = `/api/documents/${idSegment(state.doc)}`;
  const { data: record } = await getJson(path, { signal });
  document.title = `${record.title || recordTypeLabel(record)} – AgendaSearch`;

  const meetingId = meetingIdOf(record);
  const context = h('section', { class: 'panel', 'aria-labelledby': 'context-heading' },
    h('h2', { id: 'context-heading' }, 'In this meeting'), loadingLine());
  const related = h('section', { class: 'panel', 'aria-labelledby': 'related-heading' },
    h('h2', { id: 'related-heading' }, 'Related records'), loadingLine());
  const trail = trailPanel();

  replaceChildren(view,
    backLink(state, previous),
    h('div', { class: 'record-layout' },
      recordArticle(record, state.q),
      h('aside', { class: 'record-aside', 'aria-label': 'Meeting and related records' },
        trail, meetingId ? context : null, related)));

  // The side panels load after the text is on screen; a failure there leaves the record readable.
  await Promise.all([
    fillTrail(trail, record.id, signal),
    meetingId ? fillContext(context, record, meetingId, signal) : null,
    fillRelated(related, path, state.q, signal),
  ]);
}

function backLink(state, previous) {
  const prev = previous && new URLSearchParams(previous.split('?')[1] ?? '');
  const cameFromSearch = prev && !prev.has('doc') && !prev.has('meeting');
  const href = cameFromSearch ? previous : searchUrl(readState(state.q ? `?q=${encodeURIComponent(state.q)}` : '?sort=date'));
  return h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
    h('a', { href, 'data-back': 'true' }, h('span', { 'aria-hidden': 'true' }, '← '), state.q ? 'Back to results' : 'All records'));
}

function recordArticle(record, q) {
  const firstPage = record.pages?.[0] ?? pageOf(record.links?.pdf ?? record.pdf);
  const pdf = record.links?.pdf ?? record.pdf;
  const textSection = h('section', { class: 'record-text-section', 'aria-labelledby': 'text-heading' },
    h('h2', { id: 'text-heading' }, 'Full text'), ocrNote(record));
  const marks = fullText(textSection, record, q, pdf);
  if (marks > 0) {
    textSection.querySelector('h2').after(h('p', { class: 'muted record-marks' },
      `${marks.toLocaleString('en-GB')} ${marks === 1 ? 'match' : 'matches'} of your search marked. `,
      h('a', { href: '#first-match', onclick: jumpToFirstMatch }, 'Go to the first')));
  }
  return h('article', { class: 'record', 'aria-labelledby': 'view-heading' },
    h('header', { class: 'record__header' },
      h('p', { class: 'record__kind' }, badge(record), numberText(record)),
      h('h1', { id: 'view-heading', tabindex: '-1' }, record.title || 'Untitled record'),
      h('p', { class: 'record__meta' }, joined([
        record.council ? h('span', { class: 'record__council' }, record.council) : null,
        record.body,
        meetingIdOf(record)
          ? h('a', { href: meetingUrl(meetingIdOf(record)) }, 'Meeting of ', dateNode(record.meetingDate) ?? 'unknown date')
          : dateNode(record.meetingDate),
        pagesText(record.pages),
      ])),
      h('p', { class: 'record__actions' },
        pdf ? h('a', { class: 'button button--primary', href: pdfAt(pdf, firstPage) }, `Open the PDF at page ${firstPage}`) : null,
        citeActions(record)),
      facts(record)),
    textSection);
}

function facts(record) {
  const extra = record.extra ?? {};
  const rows = [
    ['Officers', record.officers?.length ? joined(record.officers.map(officerLink), ', ') : null],
    ['Asked by', record.askedBy],
    ['Answered by', record.answeredBy],
    ['Report of', extra.reportOf ?? extra['report-of'] ?? record.reportOf],
    ['Purpose', extra.purpose],
    ['Recommendations', extra.recommendations],
  ];
  return factList(rows);
}

// Page markers come from pageStarts (character offsets where each PDF page begins), when the API sends them.
function fullText(section, record, q, pdf) {
  const pattern = termPattern(q);
  const container = h('div', { class: 'record-text' });
  const text = record.text ?? '';
  const starts = Array.isArray(record.pageStarts) ? record.pageStarts : [];
  const firstPage = record.pages?.[0];
  const budget = { left: 2000 };
  let marks = 0;
  if (starts.length > 1 && firstPage != null) {
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? text.length;
      const page = firstPage + i;
      container.append(pdf
        ? h('a', { class: 'page-marker', href: pdfAt(pdf, page) }, `p. ${page}`, h('span', { class: 'visually-hidden' }, ' (open in the PDF)'))
        : h('span', { class: 'page-marker' }, `p. ${page}`));
      const part = h('div', { class: 'record-text__page' });
      marks += appendHighlighted(part, reflow(text.slice(start, end)).replace(/^\s*\n/, ''), pattern, budget);
      container.append(part);
    });
  } else {
    marks = appendHighlighted(container, reflow(text), pattern, budget);
  }
  if (!text.trim()) container.append(h('p', { class: 'muted' }, 'This record has no text of its own.'));
  const first = container.querySelector('mark');
  if (first) first.id = 'first-match';
  section.append(container);
  return marks;
}

function jumpToFirstMatch(event) {
  event.preventDefault();
  const mark = document.getElementById('first-match');
  if (!mark) return;
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}

async function fillContext(panel, record, meetingId, signal) {
  try {
    const meeting = await loadMeeting(meetingId, signal);
    replaceChildren(panel, h('h2', { id: 'context-heading' }, 'In this meeting'),
      h('p', { class: 'panel__lead' },
        h('a', { href: meetingUrl(meetingId) }, meeting.council ? `${meeting.council}, ` : '', meeting.body || 'Meeting', ', ', formatDate(meeting.date) || 'date unknown')),
      parentLine(record, meeting),
      outlineList(meeting, record));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(panel, h('h2', { id: 'context-heading' }, 'In this meeting'),
      h('p', { class: 'muted' }, h('a', { href: meetingUrl(meetingId) }, 'Open the meeting'), ` (${error.title ?? 'not available'})`));
  }
}

function parentLine(record, meeting) {
  const parentId = parentIdOf(record);
  if (!parentId || parentId === meeting.id) return null;
  const parent = meeting.all.find((r) => r.id === parentId);
  return h('p', { class: 'panel__parent' }, 'Part of ',
    h('a', { href: docUrl(parentId) }, parent ? `${numberText(parent) ?? typeLabel(parent.type)}: ${parent.title}` : 'its parent record'));
}

/** The meeting's agenda, minutes and questions, with this record marked as the current one. */
function outlineList(meeting, current) {
  const entry = (record, children = []) => h('li', null,
    record.id === current.id
      ? h('span', { class: 'outline__current', 'aria-current': 'page' }, label(record))
      : h('a', { href: docUrl(record.id) }, label(record)),
    children.length ? h('ol', { class: 'outline__children' }, children.map((child) => entry(child))) : null);
  const group = (title, records) => records.length
    ? h('div', { class: 'outline__group' }, h('h3', null, title), h('ol', { class: 'outline' }, records))
    : null;
  return [
    group('Agenda', meeting.items.map((item) => entry(item))),
    group('Minutes', meeting.minutes.map((minute) => entry(minute, [...minute.resolutions, ...minute.questions]))),
    group('Resolutions', meeting.resolutions.map((r) => entry(r))),
    group('Questions', meeting.questions.map((r) => entry(r))),
    group('Other text', meeting.sections.map((r) => entry(r))),
  ];
}

// Nested under their minute, a resolution needs only its label and a question its asker.
function label(record) {
  if (record.type === 'resolution') return record.resolutionLabel ? `Resolution (${record.resolutionLabel})` : 'Resolution';
  if (record.type === 'question') return `Question from ${record.askedBy ?? 'a member of the public'}`;
  const number = record.type === 'minute' ? record.minuteNumber ?? record.itemNumber : record.itemNumber ?? record.minuteNumber;
  return number != null ? `${number}. ${record.title}` : record.title;
}

async function fillRelated(panel, path, q, signal) {
  try {
    const { data } = await getJson(`${path}/related`, { signal });
    const hits = Array.isArray(data) ? data : data?.hits ?? [];
    replaceChildren(panel, h('h2', { id: 'related-heading' }, 'Related records'),
      hits.length
        ? h('ol', { class: 'hit-list hit-list--compact' }, hits.map((hit) => hitItem(hit, { q, level: 3, compact: true })))
        : h('p', { class: 'muted' }, 'No related records found.'));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(panel, h('h2', { id: 'related-heading' }, 'Related records'),
      h('p', { class: 'muted' }, `Related records are not available (${error.title ?? 'error'}).`));
  }
}
