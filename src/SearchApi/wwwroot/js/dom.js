// DOM helpers. API text always enters the page as text nodes; the one exception is a search
// snippet, which is rebuilt from its parsed nodes keeping only text and <mark>.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

// The API escapes the snippet and adds <mark> around matches. Parsing it in an inert <template>
// and copying only text and <mark> means a malformed snippet still cannot add markup or script.
export function snippetNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === 'MARK') out.append(h('mark', null, node.textContent));
    else out.append(node.textContent ?? '');
  }
  return out;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A <time> for an ISO date ("2021-07-12"), or null when there is none; style is 'short', 'long' or ''. */
export function dateNode(iso, style = '') {
  if (!iso) return null;
  const day = String(iso).slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return h('span', null, iso);
  const text = style === 'short' ? shortDateFormat.format(parsed) : dateFormat.format(parsed);
  // "Monday 12 July 2021", as council papers print it (ICU would put a comma after the weekday).
  return h('time', { datetime: day }, style === 'long' ? `${weekdayFormat.format(parsed)} ${text}` : text);
}

export function formatDate(iso) {
  return dateNode(iso)?.textContent ?? '';
}

const typeLabels = {
  item: 'Agenda item',
  itemWithReport: 'Report',
  report: 'Report',
  minute: 'Minute',
  resolution: 'Resolution',
  question: 'Question',
  section: 'Other text',
  meeting: 'Meeting',
};

export function typeLabel(type) {
  const key = String(type ?? '').toLowerCase();
  return typeLabels[key] ?? (key ? key[0].toUpperCase() + key.slice(1) : 'Record');
}

/** The type as a person reads it: an agenda item that has an officer report is a "Report". */
export function recordTypeLabel(record) {
  return record.type === 'item' && hasReport(record) ? typeLabels.itemWithReport : typeLabel(record.type);
}

function hasReport(record) {
  return Boolean(record.extra?.reportOf || record.extra?.reportTitle || record.pages?.length);
}

/** The type badge of a record (or of a bare type name). */
export function badge(recordOrType) {
  const record = typeof recordOrType === 'string' ? { type: recordOrType } : recordOrType;
  const key = String(record.type ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const label = recordTypeLabel(record);
  return h('span', { class: `badge badge--${label === typeLabels.itemWithReport ? 'report' : key || 'other'}` }, label);
}

/** A definition list of [term, value] rows, leaving out rows with no value. */
export function factList(rows) {
  const kept = rows.filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0));
  return kept.length ? h('dl', { class: 'facts' }, kept.map(([term, value]) => h('div', null, h('dt', null, term), h('dd', null, value)))) : null;
}

/** The note on text read off a scanned page by OCR (record.ocr, hit.ocr), or null. */
export function ocrNote(record) {
  return record?.ocr ? h('p', { class: 'ocr-note' }, 'Text read from a scanned page; it may contain errors.') : null;
}

/** "p. 5" or "pp. 5–14" for a [from, to] page span. */
export function pagesText(pages) {
  if (!Array.isArray(pages) || pages.length === 0 || pages[0] == null) return '';
  const [from, to] = [pages[0], pages[pages.length - 1]];
  return from === to || to == null ? `p.\u00a0${from}` : `pp.\u00a0${from}–${to}`;
}

/** The PDF link of a record, pointing at <page> when given. */
export function pdfAt(pdf, page) {
  if (!pdf) return null;
  if (page == null) return pdf;
  return `${pdf.split('#')[0]}#page=${page}`;
}

export function pageOf(pdf) {
  const match = /#page=(\d+)/.exec(pdf ?? '');
  return match ? Number(match[1]) : null;
}

export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** Joins nodes/strings with a separator, skipping empty ones. */
export function joined(parts, separator = ' · ') {
  const kept = parts.filter((part) => part != null && part !== '' && part !== false);
  return kept.flatMap((part, index) => (index === 0 ? [part] : [separator, part]));
}
