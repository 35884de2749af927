import { FIELD } from './yaml-structure.ts';

/**
 * Front matter opened and never closed, written without its opening "---", or opened below the import lines:
 * each way it would be read as text, and every field reported missing. Said once, at line 1, with what to do.
 */
export function frontmatterProblem(source: string): { line: number; message: string } | undefined {
  const lines = source.split(/\r?\n/);
  const fences = lines.flatMap((line, index) => (line.trim() === '---' ? [index] : []));
  if (fences[0] === 0) {
    return fences.length > 1 ? undefined : { line: 1, message: 'the front matter opened by "---" on line 1 is never closed: add a line "---" after its last field, before the text' };
  }
  if (FIELD.test(lines.find((line) => line.trim() !== '') ?? '')) {
    const closing = fences[0] === undefined ? 'and another after its last field, before the text' : `above its first field (it closes on line ${fences[0] + 1})`;
    return { line: 1, message: `the front matter must open with a line "---" on line 1: add one ${closing}` };
  }
  const [open, close] = fences;
  if (open === undefined || close === undefined) return undefined;
  const above = lines.slice(0, open);
  if (!above.some((line) => /^(import|export)\s/.test(line)) || !above.every((line) => line.trim() === '' || /^(import|export)\s/.test(line))) return undefined;
  return { line: 1, message: `the front matter must open the file, on line 1: move ${open > 1 ? `lines 1-${open}` : 'line 1'} below its closing "---" (line ${close + 1})` };
}
