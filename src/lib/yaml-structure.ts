/**
 * A YAML text read line by line, for finding an editor's mistake where the parser gets lost or reads something
 * else than the editor meant: which lines are fields, which start a block text, which field a line belongs to.
 */

/** A line that writes a field (also as the first of a list entry, "- contact: …"): its name. */
export const FIELD = /^\s*(?:- )?([\w-]+):(?:\s|$)/;
/** A field whose text is a block (">", ">-", "|", "|-", …) on the lines below it. */
export const BLOCK = /^\s*(?:- )?([\w-]+): *[>|][-+]?\d*\s*(?:#.*)?$/;
/** A field with nothing after its colon (or only a block text's ">-", "|", …): its fields, list or text follow below. */
const OPENS = /^( *)(?:- )?([\w-]+):\s*(?:[>|][-+]?\d*\s*)?(?:#.*)?$/;

/** The column where a line's field starts: after its indentation and, for a list item, after its "- ". */
export const fieldColumn = (line: string) => line.search(/\S/) + (line.trimStart().startsWith('- ') ? 2 : 0);

/**
 * Whether `line` goes on with the text of the field `above` (the last line YAML read as structure): a text written
 * on its field's line may continue on the lines below, indented beyond the field, and whatever they start with
 * ("– ", "[") is text, unless it makes a field or an entry.
 */
export function continuesText(line: string, above: string | undefined): boolean {
  if (above === undefined || !FIELD.test(above) || OPENS.test(above)) return false;
  return indentOf(line) > fieldColumn(above) && !FIELD.test(line) && !line.trimStart().startsWith('- ');
}

/** A line's indentation as YAML counts it: ordinary spaces (and tabs, which it refuses), not a no-break space. */
const indentOf = (line: string) => line.search(/[^ \t\r]/);

/**
 * The lines, up to line `upTo` (1-based), that YAML reads as fields and list entries, with their index: not blank
 * lines, comments, or the text of a block field ("summary: >-"), which is text whatever it holds. A line that
 * only a no-break space makes look blank or indented is one YAML reads, and stumbles on.
 */
export function* structureLines(lines: readonly string[], upTo = lines.length): Generator<{ line: string; index: number }> {
  /** The column of a block field, whose text is any line indented beyond it. */
  let block: number | undefined;
  for (let index = 0; index < Math.min(upTo, lines.length); index++) {
    const line = lines[index]!;
    const indent = indentOf(line);
    if (indent === -1 || line.startsWith('#', indent)) continue;
    if (block !== undefined && indent > block) continue;
    block = BLOCK.test(line) ? fieldColumn(line) : undefined;
    yield { line, index };
  }
}

/** The field whose list or fields the line at `index` is part of, e.g. "pieces" for "  - field-visit". */
export function parentField(lines: readonly string[], index: number): string | undefined {
  const indent = indentOf(lines[index]!);
  let parent: string | undefined;
  for (const { line } of structureLines(lines, index)) {
    const opens = OPENS.exec(line);
    const at = indentOf(line);
    // An entry of the same list, or the fields under one, leaves the parent as it is.
    if (at > indent || (at === indent && !opens && /^[ \t]*[-–—]\s/.test(line))) continue;
    parent = opens?.[2];
  }
  return parent;
}

/** Where a quoted value that opened with `quote` closes in `rest` (doubled '' and escaped \" do not), if it does. */
export function closingQuote(quote: string, rest: string): number | undefined {
  for (let index = 0; index < rest.length; index++) {
    if (quote === '"' && rest[index] === '\\') index++;
    else if (rest[index] === quote) {
      if (quote === "'" && rest[index + 1] === "'") index++;
      else return index;
    }
  }
  return undefined;
}
