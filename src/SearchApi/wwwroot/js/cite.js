// Citation (h-trail): a record's stable URL (/r/...) and a "Copy citation" button that copies the
// reference the API gives (body, meeting date, item or minute, title, pack and page) with that URL.
import { h } from './dom.js';
import { announce } from './messages.js';

export function citeActions(record) {
  if (!record.url) return null;
  const permalink = new URL(record.url, location.origin).href;
  const text = record.citation ? `${record.citation} ${permalink}` : permalink;
  const shown = h('p', { class: 'cite__text', hidden: true }, text);
  const button = h('button', {
    type: 'button',
    class: 'button',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(text);
        announce('Citation copied');
        button.textContent = 'Citation copied';
      } catch {
        // No clipboard (an insecure origin, or permission refused): show the text to copy by hand.
        shown.hidden = false;
      }
    },
  }, 'Copy citation');
  return [button, h('a', { class: 'button', href: record.url }, 'Permanent link'), shown];
}
