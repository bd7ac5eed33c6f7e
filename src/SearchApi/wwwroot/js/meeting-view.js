// A meeting: front-sheet details, the agenda with each item's report, the minutes with their
// resolutions, and the questions.
import { h, badge, dateNode, factList, joined, pagesText, pdfAt, replaceChildren, formatDate } from './dom.js';
import { officerLink } from './hit.js';
import { loadMeeting } from './meeting-model.js';
import { loadingLine } from './messages.js';
import { docUrl, searchUrl, withChanges, readState } from './url-state.js';

export async function renderMeeting(view, { state, signal }) {
  if (!view.querySelector('.meeting')) replaceChildren(view, loadingLine('Opening the meeting…'));
  const meeting = await loadMeeting(state.meeting, signal);
  const when = formatDate(meeting.date);
  document.title = `${meeting.body}${when ? `, ${when}` : ''} – AgendaSearch`;

  const empty = meeting.items.length + meeting.minutes.length + meeting.resolutions.length + meeting.questions.length + meeting.sections.length === 0;
  replaceChildren(view,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      h('a', { href: searchUrl(withChanges(readState(''), { council: meeting.council ? [meeting.council] : [], body: meeting.body ? [meeting.body] : [], sort: 'date' })) },
        h('span', { 'aria-hidden': 'true' }, '← '), meeting.body ? `All records of the ${meeting.body}` : 'All records')),
    h('article', { class: 'meeting', 'aria-labelledby': 'view-heading' },
      h('header', { class: 'meeting__header' },
        h('p', { class: 'record__kind' }, badge('meeting')),
        h('h1', { id: 'view-heading', tabindex: '-1' }, meeting.body || meeting.title || 'Meeting'),
        meeting.council ? h('p', { class: 'meeting__council' }, meeting.council) : null,
        h('p', { class: 'meeting__when' }, joined([dateNode(meeting.date, 'long'), meeting.details.time])),
        frontSheet(meeting),
        meeting.pdf ? h('p', { class: 'record__actions' }, h('a', { class: 'button', href: meeting.pdf }, 'Open the agenda pack PDF')) : null),
      meeting.items.length ? section('agenda', 'Agenda', h('ol', { class: 'agenda' }, meeting.items.map(agendaItem))) : null,
      meeting.minutes.length ? section('minutes', 'Minutes', h('ol', { class: 'agenda' }, meeting.minutes.map(minuteEntry))) : null,
      meeting.resolutions.length ? section('resolutions', 'Resolutions', h('ul', { class: 'agenda agenda--plain' }, meeting.resolutions.map(resolution))) : null,
      meeting.questions.length ? section('questions', 'Questions', h('ul', { class: 'agenda agenda--plain' }, meeting.questions.map(question))) : null,
      meeting.sections.length ? section('sections', 'Other text in the papers', h('ul', { class: 'agenda agenda--plain' }, meeting.sections.map(otherText))) : null,
      empty ? h('p', { class: 'notice' }, 'No agenda items, minutes or questions are indexed for this meeting yet.') : null));
}

function frontSheet(meeting) {
  const d = meeting.details;
  const contact = joined([d.contact, d.contactPhone, d.contactEmail ? h('a', { href: `mailto:${d.contactEmail}` }, d.contactEmail) : null], ', ');
  const rows = [
    ['Venue', d.location],
    ['Chair', d.chair],
    ['Contact', contact.length ? contact : null],
    ['Membership', people(d.membership)],
    ['Present', people(d.present)],
    ['In attendance', people(d.inAttendance)],
  ];
  return factList(rows);
}

function people(names) {
  return names.length ? h('ul', { class: 'membership' }, names.map((name) => h('li', null, name))) : null;
}

function section(id, title, content) {
  return h('section', { class: 'meeting__section', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title), content);
}

function number(value) {
  return h('span', { class: 'agenda__number', 'aria-hidden': value == null ? 'true' : null }, value != null ? `${value}.` : '');
}

function pdfLink(record, label) {
  const pdf = record.pdf ?? record.links?.pdf;
  if (!pdf || !record.pages?.length) return null;
  return h('a', { href: pdfAt(pdf, record.pages[0]) }, `PDF ${pagesText(record.pages)}`,
    h('span', { class: 'visually-hidden' }, ` – ${label}`));
}

function agendaItem(item) {
  const reportOf = item.extra?.reportOf ?? item.extra?.['report-of'] ?? item.reportOf;
  return h('li', { class: 'agenda__item' },
    number(item.itemNumber),
    h('div', null,
      h('h3', { class: 'agenda__title' }, h('a', { href: docUrl(item.id) }, item.title)),
      h('p', { class: 'agenda__meta' }, joined([reportOf ? `Report of the ${reportOf}` : null, pdfLink(item, item.title)])),
      item.officers?.length ? h('p', { class: 'agenda__meta' }, 'Officers: ', joined(item.officers.map(officerLink), ', ')) : null));
}

function minuteEntry(minute) {
  const children = [...minute.resolutions.map(resolution), ...minute.questions.map(question)];
  return h('li', { class: 'agenda__item' },
    number(minute.minuteNumber),
    h('div', null,
      h('h3', { class: 'agenda__title' }, h('a', { href: docUrl(minute.id) }, minute.title)),
      h('p', { class: 'agenda__meta' }, pdfLink(minute, minute.title)),
      children.length ? h('ul', { class: 'agenda__children' }, children) : null));
}

function resolution(record) {
  const text = record.opening;
  return h('li', { class: 'agenda__child' },
    badge('resolution'), ' ',
    h('a', { href: docUrl(record.id) }, record.resolutionLabel ? `(${record.resolutionLabel}) ` : '', text ? excerpt(text) : record.title));
}

function question(record) {
  const text = record.opening;
  return h('li', { class: 'agenda__child' },
    badge('question'), ' ',
    h('a', { href: docUrl(record.id) }, record.askedBy ? `From ${record.askedBy}` : record.title),
    record.answeredBy ? ` – answered by ${record.answeredBy}` : '',
    text ? h('span', { class: 'agenda__excerpt' }, excerpt(text)) : null);
}

function otherText(record) {
  return h('li', { class: 'agenda__child' },
    badge('section'), ' ',
    h('a', { href: docUrl(record.id) }, record.title), ' ', pdfLink(record, record.title));
}

function excerpt(text, max = 160) {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max).replace(/\s+\S*$/, '')}…` : flat;
}
