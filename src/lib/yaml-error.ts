import { pastedCharacter } from './pasted-characters.ts';
import { BLOCK, closingQuote, FIELD, fieldColumn, parentField, structureLines } from './yaml-structure.ts';
import { textReadAsSyntax } from './yaml-text-syntax.ts';

/**
 * YAML mistakes in words an editor can act on, at the line to mend. A parser stops where it gets lost,
 * often lines after the mistake, or does not stop at all: a quote left open swallows the fields below it
 * (up to the next quote, as one long text), a block text whose lines are not indented is read as fields,
 * and a no-break space or a dash pasted from a word processor is no space or "-" to YAML. Those are found
 * from the text and reported where they are, in place of what follows from them.
 */
export interface YamlReport {
  line: number | undefined;
  where?: string | undefined;
  message: string;
}

/** A field whose value opens a quote: its name, the quote and what follows it. */
const QUOTED = /^\s*(?:- )?([\w-]+): +(["'])(.*)$/;

/** The first line, up to the error's, that opens a quote and leaves it open while the next line starts a new field. */
function unclosedQuote(lines: readonly string[], upTo: number): YamlReport | undefined {
  for (let index = 0; index < Math.min(upTo, lines.length); index++) {
    const match = QUOTED.exec(lines[index]!);
    if (!match || closingQuote(match[2]!, match[3]!) !== undefined) continue;
    const next = lines.slice(index + 1).find((line) => line.trim() !== '');
    if (next !== undefined && !FIELD.test(next)) continue;
    const [, field, quote, rest] = match;
    const typographic = /[”’»]\s*$/.test(rest!) ? `; it ends with a typographic ${rest!.trim().at(-1)}, which YAML does not read as one` : '';
    return { line: index + 1, where: field, message: `the text opened with ${quote} is never closed${typographic}: end it with ${quote} on the same line` };
  }
  return undefined;
}

/** The first block text, up to the error's line, whose first line is not indented under its field. */
function flushBlock(lines: readonly string[], upTo: number): YamlReport | undefined {
  for (let index = 0; index < Math.min(upTo, lines.length); index++) {
    const match = BLOCK.exec(lines[index]!);
    if (!match) continue;
    const textIndex = lines.findIndex((line, i) => i > index && line.trim() !== '');
    const text = lines[textIndex];
    if (text === undefined || FIELD.test(text)) continue;
    const column = fieldColumn(lines[index]!);
    if (text.search(/\S/) > column) continue;
    return { line: textIndex + 1, where: match[1], message: `the lines of its text must be indented under it: start each with ${column + 2} spaces` };
  }
  return undefined;
}

/**
 * The first line, up to the error's, that is neither a field, nor an entry of a list, nor indented under the
 * field above it: most likely the end of that field's text, broken onto a line of its own. YAML takes it for
 * the start of a field and gets lost on a later line.
 */
function strayLine(lines: readonly string[], upTo: number): YamlReport | undefined {
  let field: { name: string; column: number } | undefined;
  for (const { line, index } of structureLines(lines, upTo)) {
    const name = FIELD.exec(line)?.[1];
    if (name !== undefined) field = { name, column: fieldColumn(line) };
    else if (field && !line.trimStart().startsWith('- ') && line.search(/\S/) <= field.column) {
      const indent = field.column + 2;
      return { line: index + 1, where: field.name, message: `this line has no field name: if it goes on with the text of ${field.name} above, start it with ${indent} spaces, or write the text on one line` };
    }
  }
  return undefined;
}

/** The lines YAML read as structure before the 1-based line `at`. */
const structureBefore = (lines: readonly string[], at: number) => [...structureLines(lines, at - 1)];
const startsEntry = (line: string) => line.trimStart().startsWith('- ');

/** A line among a list's entries, at their column, with neither a "- " nor a field: an entry whose "- " was forgotten. */
function entryWithoutDash(lines: readonly string[], at: number): YamlReport | undefined {
  const line = lines[at - 1];
  const above = structureBefore(lines, at).at(-1)?.line;
  if (line === undefined || above === undefined || FIELD.test(line) || startsEntry(line) || !startsEntry(above)) return undefined;
  if (line.search(/\S/) !== above.search(/\S/)) return undefined;
  return { line: at, where: parentField(lines, at - 1), message: `this entry of the list has no "- ": write it "- ${line.trim()}", as the entry above` };
}

/**
 * A field written left of the other fields of its entry (at the line's start, say): YAML takes it for a field of
 * the entry's parent and stumbles only on the next line, still indented, which is where it says the error is.
 */
function fieldLeftOfItsEntry(lines: readonly string[], at: number): YamlReport | undefined {
  const [before, field] = structureBefore(lines, at).slice(-2);
  const next = lines[at - 1];
  const name = field && FIELD.exec(field.line)?.[1];
  if (!before || !field || name === undefined || next === undefined || startsEntry(field.line) || !FIELD.test(before.line)) return undefined;
  const column = fieldColumn(before.line);
  if (field.line.search(/\S/) >= column || next.search(/\S/) !== column) return undefined;
  return { line: field.index + 1, where: name, message: `this field is left of the other fields of its entry: start it with ${column} spaces, as line ${before.index + 1} does` };
}

/** The parser's words for a line out of line, which an editor need not know, as the check says it; its column kept. */
function inPlainWords(reason: string): string {
  const misaligned = /^bad indentation of a (mapping|sequence) entry \(\d+:(\d+)\)/.exec(reason);
  if (!misaligned) return reason;
  const what = misaligned[1] === 'mapping' ? 'this line is not lined up with the fields around it' : 'this entry is not lined up with the other entries of its list';
  return `${what} (column ${misaligned[2]})`;
}

/** The usual causes of an error reported on the line itself: ": " in a text without quotes, tabs, a line indented unlike its neighbours. */
function hint(reason: string, line: string, inList: boolean): string {
  if (/^\s*(- )?[\w-]+: +[^"'\s].*: /.test(line)) return '; a text that holds ": " must be in quotes, e.g. title: "Forced criminality: the Western Balkans"';
  if (/tab characters/.test(reason)) return '; indent with spaces, not tabs';
  if (/indentation/.test(reason)) return `; start this line exactly under the other fields of its entry${inList ? ' (the fields of a list item line up after its "- ")' : ''}, with spaces`;
  if (/end of the stream/.test(reason) && line.trimStart().startsWith('- ')) return '; start this entry\'s "- " exactly under those of the list\'s other entries, with spaces';
  return '';
}

/** The line where the field of line `at` was first written, looking back through the entry that holds it. */
function firstOfField(lines: readonly string[], at: number): { field: string; line: number; startsItem: boolean } | undefined {
  const field = FIELD.exec(lines[at - 1] ?? '')?.[1];
  if (!field) return undefined;
  const column = fieldColumn(lines[at - 1]!);
  for (let index = at - 2; index >= 0; index--) {
    const line = lines[index]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (FIELD.exec(line)?.[1] === field && fieldColumn(line) === column) return { field, line: index + 1, startsItem: line.trimStart().startsWith('- ') };
    // The entry's first line ("- id: …") or its parent's: the field is not written above.
    if (line.search(/\S/) < column) return undefined;
  }
  return undefined;
}

/**
 * A character a word processor pasted in place of YAML's own, a quote left open or a block text flush left, up to
 * line `upTo` (1-based), whether or not the parser stopped.
 */
export function misreadYaml(lines: readonly string[], upTo = lines.length): YamlReport | undefined {
  return pastedCharacter(lines, upTo) ?? unclosedQuote(lines, upTo) ?? flushBlock(lines, upTo);
}

/**
 * Explains a YAML parser's error for the text it read: `lines` are the file's lines (an MDX front matter's
 * lines keep their place in the file), `errorLine` the 1-based line the parser stopped at.
 */
export function explainYamlError(reason: string, lines: readonly string[], errorLine: number | undefined): YamlReport {
  const found = misreadYaml(lines, errorLine) ?? (errorLine === undefined ? undefined : (textReadAsSyntax(lines, errorLine) ?? strayLine(lines, errorLine)));
  if (found) return found;
  const misplaced = errorLine !== undefined && /indentation/.test(reason) ? (entryWithoutDash(lines, errorLine) ?? fieldLeftOfItsEntry(lines, errorLine)) : undefined;
  if (misplaced) return misplaced;
  const text = errorLine === undefined ? '' : (lines[errorLine - 1] ?? '');
  const twice = /duplicated mapping key/.test(reason) && errorLine !== undefined ? firstOfField(lines, errorLine) : undefined;
  // The first starts an entry of a list ("- contact: …") and this one does not: most likely the next entry, its "- " forgotten.
  const newEntry = twice?.startsItem && !text.trimStart().startsWith('- ');
  if (twice && newEntry) return { line: errorLine, where: twice.field, message: `written twice in one entry of the list: if this line starts another entry, begin it with "- " as line ${twice.line} does` };
  if (twice) return { line: errorLine, where: twice.field, message: `written twice, on line ${twice.line} and here: keep one` };
  const inList = errorLine !== undefined && structureBefore(lines, errorLine).some(({ line }) => startsEntry(line));
  return { line: errorLine, message: `cannot be read: ${inPlainWords(reason)}${hint(reason, text, inList)}` };
}
