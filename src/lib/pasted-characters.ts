import type { YamlReport } from './yaml-error.ts';
import { continuesText, parentField, structureLines } from './yaml-structure.ts';

/**
 * Characters a word processor puts in place of YAML's own, which look the same on screen: a no-break space for
 * a space, a dash for the "-" of a list entry. YAML reads them as text, so it gets lost or reads another list.
 * Only where YAML looks for its own: a no-break space inside a text is the text's (French typography uses them).
 */

const NO_BREAK_SPACE = '\u00a0';
/** What YAML reads as a line's structure: its indentation, a list entry's "-", a field's name and its colon, with the spaces around them. */
const STRUCTURE = /^([ \t\u00a0]*)((?:-[ \t\u00a0]+)*)(?:([\w-]+)([ \t\u00a0]*):(?=[ \t\u00a0]|$)([ \t\u00a0]*))?/;
/** A no-break space closing a line, after its value. */
const AT_THE_END = /\u00a0\s*$/;
/** A list entry opened with a dash: the dash, and what follows it. */
const DASH_ENTRY = /^[ \t]*([–—])(?:\s+(.*?))?\s*$/;

/**
 * Where a no-break space stands in a line's structure, in words, and the line's field; undefined when it has none.
 * At the end of the line too: after a quote, YAML stumbles on it; after a value such as "published", it is part of it.
 */
function noBreakSpaceIn(line: string): { field: string | undefined; place: string } | undefined {
  const [structure, indent = '', entry = '', field, beforeColon = ''] = STRUCTURE.exec(line)!;
  const at = structure.indexOf(NO_BREAK_SPACE);
  if (at === -1) return AT_THE_END.test(line) ? { field, place: 'at the end of this line' } : undefined;
  if (line.trim() === '') return { field, place: 'on this line, which looks empty' };
  if (at < indent.length) return { field, place: 'in the indentation of this line' };
  if (at < indent.length + entry.length) return { field, place: 'after the "-" of this list entry' };
  if (beforeColon.includes(NO_BREAK_SPACE)) return { field, place: `between "${field}" and its colon` };
  return { field, place: `after "${field}:"` };
}

/** The first line, up to line `upTo` (1-based), whose structure holds a no-break space or opens a list entry with a dash. */
export function pastedCharacter(lines: readonly string[], upTo = lines.length): YamlReport | undefined {
  /** The last line read that is not the text of a field above it. */
  let above: string | undefined;
  for (const { line, index } of structureLines(lines, upTo)) {
    if (continuesText(line, above)) continue;
    above = line;
    const dashed = DASH_ENTRY.exec(line);
    if (dashed) {
      const [, dash, entry = ''] = dashed;
      return { line: index + 1, where: parentField(lines, index), message: `a list entry starts with "- ", a hyphen and a space, not the dash "${dash}" a word processor makes of it: write "- ${entry}"` };
    }
    const noBreakSpace = noBreakSpaceIn(line);
    if (noBreakSpace) {
      return {
        line: index + 1,
        where: noBreakSpace.field ?? parentField(lines, index),
        message: `a no-break space (as pasted from a word processor) ${noBreakSpace.place}: replace it with an ordinary space`,
      };
    }
  }
  return undefined;
}
