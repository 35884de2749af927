/**
 * Front matter opened and never closed, or opened below the import lines: either way it would be read as
 * text, and every field reported missing. Said once, at line 1, with what to do.
 */
export function frontmatterProblem(source: string): { line: number; message: string } | undefined {
  const lines = source.split(/\r?\n/);
  const fences = lines.flatMap((line, index) => (line.trim() === '---' ? [index] : []));
  if (fences[0] === 0) {
    return fences.length > 1 ? undefined : { line: 1, message: 'the front matter opened by "---" on line 1 is never closed: add a line "---" after its last field, before the text' };
  }
  const [open, close] = fences;
  if (open === undefined || close === undefined) return undefined;
  const above = lines.slice(0, open);
  if (!above.some((line) => /^(import|export)\s/.test(line)) || !above.every((line) => line.trim() === '' || /^(import|export)\s/.test(line))) return undefined;
  return { line: 1, message: `the front matter must open the file, on line 1: move ${open > 1 ? `lines 1-${open}` : 'line 1'} below its closing "---" (line ${close + 1})` };
}
