// PDF text keeps the printed line breaks, so a sentence is cut every 80 characters. Reflow joins a
// line to the next where the sentence plainly runs on, and keeps the break before numbered paragraphs,
// list items and after headings or finished sentences. Each joined break becomes one space, so the
// text keeps its length and the API's page offsets (pageStarts) stay valid.

const LIST_START = /^\s*(?:\d+(?:\.\d+)*[.)]\s|\(?[a-z]{1,3}\)\s|[ivx]{1,5}\.\s|[•▪◦·*–-]\s)/;
const PARAGRAPH_NUMBER = /^\s*\d+(?:\.\d+)*\.?\s*$/;
const SENTENCE_END = /[.:;!?)"”]\s*$/;

export function reflow(text) {
  const lines = text.split('\n');
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    out += (joins(lines[i - 1], lines[i]) ? ' ' : '\n') + lines[i];
  }
  return out;
}

function joins(previous, next) {
  if (!previous.trim() || !next.trim() || LIST_START.test(next)) return false;
  // A paragraph number printed alone in the margin ("1.") belongs to the text after it.
  if (PARAGRAPH_NUMBER.test(previous)) return true;
  if (/^\s*[a-z(]/.test(next)) return true;
  return previous.trim().length >= 50 && !SENTENCE_END.test(previous);
}
