// Decision trail (h-trail): the chain a record belongs to, from GET /api/documents/{id}/trail:
// agenda item → report → minute → resolutions → minutes confirmed → later references. A step the
// corpus cannot supply (the earlier pack is not indexed) says so instead of linking anywhere.
import { getJson, idSegment } from './api.js';
import { h, dateNode, joined, pagesText, replaceChildren } from './dom.js';
import { loadingLine } from './messages.js';
import { docUrl } from './url-state.js';

const KINDS = {
  item: 'Agenda item',
  report: 'Report',
  minute: 'Minute',
  resolution: 'Resolution',
  confirmation: 'Minutes confirmed',
  reference: 'Later reference',
};

const STATUS = {
  'not-in-corpus': 'Not in the corpus',
  'not-found': 'Not found',
};

export function trailPanel() {
  return h('section', { class: 'panel trail', 'aria-labelledby': 'trail-heading' }, heading(), loadingLine());
}

/** Fills the panel; a failure leaves a line saying so and the rest of the record readable. */
export async function fillTrail(panel, recordId, signal) {
  try {
    const { data } = await getJson(`/api/documents/${idSegment(recordId)}/trail`, { signal });
    const steps = data?.steps ?? [];
    replaceChildren(panel, heading(), steps.length
      ? h('ol', { class: 'trail__steps' }, steps.map(stepItem))
      : h('p', { class: 'muted' }, 'This record is not part of a decision trail.'));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    replaceChildren(panel, heading(), h('p', { class: 'muted' }, `The decision trail is not available (${error.title ?? 'error'}).`));
  }
}

function heading() {
  return h('h2', { id: 'trail-heading' }, 'Decision trail');
}

function stepItem(step) {
  const found = step.status === 'found';
  return h('li', { class: `trail__step trail__step--${found ? 'found' : 'missing'}` },
    h('p', { class: 'trail__kind' }, joined([`${KINDS[step.kind] ?? step.kind}${numberOf(step)}`, dateNode(step.meetingDate)])),
    found ? title(step) : h('p', { class: 'trail__missing' }, h('strong', null, STATUS[step.status] ?? step.status), step.note ? ` – ${step.note}` : ''),
    step.officers?.length ? h('p', { class: 'trail__detail' }, step.officers.join(', ')) : null,
    step.reportOf ? h('p', { class: 'trail__detail' }, `Report of ${step.reportOf}`) : null,
    step.pdf && step.pages?.length ? h('p', { class: 'trail__detail' }, h('a', { href: step.pdf }, `PDF ${pagesText(step.pages)}`)) : null);
}

function title(step) {
  const text = step.title || 'Untitled record';
  if (step.current) return h('p', { class: 'trail__title' }, h('span', { 'aria-current': 'page' }, text));
  return h('p', { class: 'trail__title' }, step.id ? h('a', { href: docUrl(step.id) }, text) : text);
}

function numberOf(step) {
  if (step.kind === 'resolution') return step.resolutionLabel ? ` (${step.resolutionLabel})` : '';
  if (step.kind === 'minute' && step.minuteNumber != null) return ` ${step.minuteNumber}`;
  if (step.kind !== 'reference' && step.itemNumber != null) return `, item ${step.itemNumber}`;
  return '';
}
