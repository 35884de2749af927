import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import type { ContentProblem } from './content-error.ts';
import { formatFieldPath } from './field-path.ts';
import { insideTypographicQuotes, mayOpenWithTypographicQuote } from './typographic-quotes.ts';

type Found = Omit<ContentProblem, 'file'>;

/** Where " #" can start a comment that is in fact text: "#" followed by a letter or digit ("N° #12", "#MeToo"). */
const CUT = / #\S/;

/** Each text written without quotes, with the field that holds it and its line. */
function plainTexts(yamlText: string, found: (node: Scalar, place: Pick<Found, 'line' | 'where'>) => Found | undefined): Found[] {
  const lineCounter = new LineCounter();
  const problems: Found[] = [];
  visit(parseDocument(yamlText, { lineCounter }), {
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN') return;
      const field = path.flatMap<string | number>((parent, i) => {
        if (isPair(parent) && isScalar(parent.key) && parent.key !== node) return [String(parent.key.value)];
        const child = path[i + 1] ?? node;
        return isSeq(parent) ? [parent.items.indexOf(child as never)] : [];
      });
      const problem = found(node, { line: lineCounter.linePos(node.range![0]).line, where: formatFieldPath(field) || undefined });
      if (problem) problems.push(problem);
    },
  });
  return problems;
}

/**
 * Texts written without quotes that YAML cut at " #", reading the rest as a comment: `title: Issue #12 of
 * the letter` gives the title "Issue". A comment an editor means is written "# like this", with a space.
 */
export function textsCutByComment(yamlText: string): Found[] {
  if (!CUT.test(yamlText)) return [];
  return plainTexts(yamlText, (node, place) => {
    if (!node.comment || /^\s/.test(node.comment)) return undefined;
    const written = `${String(node.value)} #${node.comment}`;
    return { ...place, message: `the text stops before "#${node.comment}", which YAML reads as a comment: put the whole text in quotes, "${written}" (a comment is written "# like this", with a space)` };
  });
}

/**
 * Texts written in typographic quotes (pasted from a word processor) and no straight ones: YAML keeps the
 * quotes as part of the text, which the page would show. A text meant to be shown in them is put in straight
 * quotes as a whole.
 */
export function textsInTypographicQuotes(yamlText: string): Found[] {
  if (!mayOpenWithTypographicQuote(yamlText)) return [];
  return plainTexts(yamlText, (node, place) => {
    const inner = insideTypographicQuotes(String(node.value));
    if (inner === undefined) return undefined;
    return { ...place, message: `the text is in typographic quotes, which the page would show as part of it: write straight ones, "${inner}" (to show them, put the whole in straight quotes: '${String(node.value)}')` };
  });
}
