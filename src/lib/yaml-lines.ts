import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The line (1-based) of a field in a YAML text, e.g. ["contacts", 0, "contact"], or of its nearest
 * existing parent when the field itself is missing. An MDX front matter as parseFrontmatter gives it
 * starts with the line of its opening "---", so its lines are the file's. Used only to point editors
 * at the line: the data is read elsewhere.
 */
export function lineOfField(yamlText: string, path: readonly (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, keepSourceTokens: false });
  let node: unknown = document.contents;
  let offset: number | undefined = (document.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0];
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
