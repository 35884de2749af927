import { closingQuote, FIELD, structureLines } from './yaml-structure.ts';
import { withTypographicQuotes } from './typographic-quotes.ts';
import type { YamlReport } from './yaml-error.ts';

/**
 * A field's text that YAML reads as its own syntax: a quote inside a quoted text, which ends it; a text that opens
 * with a character YAML gives a meaning to ("[Draft] …", "*New* …", "@UNODC …"); a list whose "]" was
 * forgotten; a field with no space after its colon. The parser then stops on the line with words of its own
 * ("bad indentation of a mapping entry", "unidentified alias") or, for the list, on the line after it.
 */

/** A field with its value on the same line (also the first of a list entry, "- contact: …"). */
const VALUE = /^\s*(?:- )?([\w-]+): +(\S.*)$/;
/** A field name and its value run together: `title:"…"`, `status:draft` (a link's "https://" is not one). */
const NO_SPACE = /^\s*(?:- )?([a-z][A-Za-z-]*):([^\s/:].*)$/;
const SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);
/** Characters that open something else than a text in YAML: an alias, an anchor, a tag, reserved ones. */
const INDICATORS = new Set(['*', '&', '!', '@', '`', '%']);

/** Where a list written "[…" on one line closes, if it does (quoted items may hold brackets). */
function closingBracket(value: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
  }
  return undefined;
}

/** A text in single quotes, as YAML reads it back: an apostrophe inside is doubled. */
const singleQuoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** A text in the quotes that keep it whole: double ones, or single ones when it holds a double quote. */
const quoted = (text: string) => (text.includes('"') ? singleQuoted(text) : `"${text}"`);

/** Whether something other than a comment follows where a value ended. */
const afterValue = (text: string) => {
  const rest = text.trim();
  return rest !== '' && !rest.startsWith('#');
};

/** What YAML makes of a line's value that the editor did not mean, if anything; `next` is the line YAML reads after it. */
function lineReport(line: string, next: string | undefined): Omit<YamlReport, 'line'> | undefined {
  const joined = NO_SPACE.exec(line);
  if (joined && !SCHEMES.has(joined[1]!)) {
    const [, field, value] = joined;
    return { where: field, message: `a space is needed after the colon: write ${field}: ${value!.trim()}` };
  }
  const match = VALUE.exec(line);
  if (!match) return undefined;
  const [, field, value] = match as unknown as [string, string, string];
  const first = value[0]!;
  if (first === '"' || first === "'") {
    const rest = value.slice(1);
    const end = closingQuote(first, rest);
    if (end === undefined || !afterValue(rest.slice(end + 1))) return undefined;
    // The text as the editor meant it, when the line ends with the quote that opened it.
    const text = value.length > 1 && value.endsWith(first) ? value.slice(1, -1) : undefined;
    if (first === '"') {
      const ways = text === undefined ? 'as typographic ones, “…”, or the text in single quotes' : `as typographic ones, ${field}: "${withTypographicQuotes(text)}", or the text in single quotes, ${field}: ${singleQuoted(text)}`;
      return { where: field, message: `the text holds a ", which ends it: write the quotes inside ${ways}` };
    }
    const ways = text === undefined ? 'as a typographic one, ’, or the text in double quotes' : `as a typographic one, ${field}: '${text.replaceAll("'", '’')}', or the text in double quotes, ${field}: "${text}"`;
    return { where: field, message: `the text holds an apostrophe, which ends it: write it ${ways}` };
  }
  if (first === '[') {
    const end = closingBracket(value);
    // A list may go on over the next lines; one followed by a field (or by nothing) was left open.
    if (end === undefined) return next === undefined || FIELD.test(next) ? { where: field, message: 'the list opened with "[" is never closed: end it with "]" on the same line, e.g. [BA, RS]' } : undefined;
    if (afterValue(value.slice(end + 1))) return { where: field, message: `a text that starts with "[" must be in quotes, or YAML reads it as a list: write ${field}: ${quoted(value)}` };
    return undefined;
  }
  if (INDICATORS.has(first)) return { where: field, message: `a text that starts with "${first}" must be in quotes: write ${field}: ${quoted(value)}` };
  return undefined;
}

/** The first such line up to line `upTo` (1-based), where the parser stopped. */
export function textReadAsSyntax(lines: readonly string[], upTo = lines.length): YamlReport | undefined {
  const read = [...structureLines(lines)];
  for (const [position, { line, index }] of read.entries()) {
    if (index >= upTo) break;
    const report = lineReport(line, read[position + 1]?.line);
    if (report) return { line: index + 1, ...report };
  }
  return undefined;
}
