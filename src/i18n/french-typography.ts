/**
 * French spacing, applied by the build so that translators type ordinary spaces: a narrow no-break
 * space (U+202F) before ; ! ? and inside « », a no-break space (U+00A0) before the colon, after a title
 * or an abbreviation that goes with what follows (M. Bili, n° 12, p. 56) and between a number and the
 * month or unit it goes with (27 mai, 1er juin, 32 milliards, 150 000 euros), so that no line parts them.
 * URLs and e-mail addresses are left alone ("https://…" keeps its colon); code is the caller's business.
 */
const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';
const SPACE = '[ \\u00A0\\u202F]';
const SPACES = `${SPACE}*`;
const PROTECTED = /(?:https?:\/\/|mailto:|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// Protected tokens are swapped for private-use placeholders while spacing runs, then restored.
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;

const BEFORE_MARKS = new RegExp(`(\\S)${SPACES}([;!?]+)`, 'gu');
const BEFORE_COLON = new RegExp(`(\\S)${SPACES}:(?=\\s|$)`, 'gu');
// A text that opens on the space before the mark, after a link or other markup: that space becomes the no-break one.
const OPENING_MARKS = new RegExp(`^${SPACE}+([;!?]+)`, 'u');
const OPENING_COLON = new RegExp(`^${SPACE}+:(?=\\s|$)`, 'u');
const AFTER_TITLE = new RegExp(`(?<!\\p{L})(M\\.|MM\\.|Mmes?|Mlles?|Dr)${SPACE}+(?=\\p{Lu})`, 'gu');
const BEFORE_NUMBER = new RegExp(`(?<!\\p{L})([nN]°|[nN]os|pp?\\.)${SPACE}+(?=\\d|\\{)`, 'gu');
const MONTHS_AND_UNITS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|millions?|milliards?|euros?|dollars?|%|€|\\$|km|kg';
const NUMBER_AND_UNIT = new RegExp(`(\\d(?:er|re|e)?)${SPACE}+(?=(?:${MONTHS_AND_UNITS})(?!\\p{L}))`, 'gu');
const AFTER_OPENING_QUOTE = new RegExp(`«${SPACES}`, 'gu');
const BEFORE_CLOSING_QUOTE = new RegExp(`${SPACES}»`, 'gu');

export function frenchSpacing(text: string): string {
  const kept: string[] = [];
  const masked = text.replace(PROTECTED, (token) => `\uE000${kept.push(token) - 1}\uE001`);
  return masked
    .replace(BEFORE_MARKS, `$1${NARROW_NBSP}$2`)
    .replace(BEFORE_COLON, `$1${NBSP}:`)
    .replace(OPENING_MARKS, `${NARROW_NBSP}$1`)
    .replace(OPENING_COLON, `${NBSP}:`)
    .replace(AFTER_OPENING_QUOTE, `«${NARROW_NBSP}`)
    .replace(BEFORE_CLOSING_QUOTE, `${NARROW_NBSP}»`)
    .replace(AFTER_TITLE, `$1${NBSP}`)
    .replace(BEFORE_NUMBER, `$1${NBSP}`)
    .replace(NUMBER_AND_UNIT, `$1${NBSP}`)
    .replace(PLACEHOLDER, (_, index: string) => kept[Number(index)]!);
}

// A number and the letters of a French ordinal: 1er, 1re, 2e, 2nd, 27es (never 27ème, which is left as typed),
// not within a word, an address or a reference (a2e, /2e, v1.2e).
const FRENCH_ORDINAL = /(?<![\p{L}\p{N}/.:@_])(\d+)((?:er|re|nde?|e)s?)(?![\p{L}\p{N}])/gu;

/**
 * A text in parts, the letters of its French ordinals apart (1|er| juin, 27|e| session): French typography
 * sets them in superscript, which the caller does in its own markup.
 */
export function frenchOrdinalParts(text: string): { text: string; superscript: boolean }[] {
  const parts: { text: string; superscript: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(FRENCH_ORDINAL)) {
    const letters = match.index + match[1]!.length;
    parts.push({ text: text.slice(last, letters), superscript: false }, { text: match[2]!, superscript: true });
    last = letters + match[2]!.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), superscript: false });
  return parts;
}
