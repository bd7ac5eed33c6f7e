// Marks the words of the search in a record's full text, built with DOM nodes (never HTML).
// It approximates the index's matching: words match by prefix so "complaint" also marks
// "complaints"; phrases match as a whole; excluded words and operators are ignored.

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);
const MAX_MARKS = 2000;

export function termPattern(q) {
  if (!q) return null;
  const parts = [];
  const phraseRe = /(-|NOT\s+)?"([^"]+)"/g;
  for (const match of q.matchAll(phraseRe)) {
    if (!match[1]) parts.push(match[2].trim().split(/\s+/).map(escape).join('[^\\p{L}\\p{N}]+'));
  }
  const rest = q.replace(phraseRe, ' ');
  const tokens = rest.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.startsWith('-') || (i > 0 && tokens[i - 1] === 'NOT')) continue;
    const word = token.replace(/^[+(]+|[)]+$/g, '').replace(/^[\p{L}_]+:/u, '').replace(/[~^][\d.]*$/, '');
    if (!word || OPERATORS.has(word)) continue;
    const stem = word.replace(/[*?]+$/, '');
    if (stem.length < 2) continue;
    parts.push(escape(trimSuffix(stem)).replace(/\\\?/g, '.').replace(/\\\*/g, '[\\p{L}\\p{N}]*') + '[\\p{L}\\p{N}]*');
  }
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu');
}

function trimSuffix(word) {
  if (word.length <= 5) return word;
  return word.replace(/(?:ies|es|s|ing|ed)$/i, '');
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Appends <text> to <parent> with matches of <pattern> in <mark>; returns how many it marked. */
export function appendHighlighted(parent, text, pattern, budget = { left: MAX_MARKS }) {
  if (!pattern) { parent.append(text); return 0; }
  let last = 0;
  let count = 0;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    if (budget.left <= 0) break;
    if (match[0].length === 0) continue;
    parent.append(text.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    parent.append(mark);
    last = match.index + match[0].length;
    count++;
    budget.left--;
  }
  parent.append(text.slice(last));
  return count;
}
