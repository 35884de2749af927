import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { ContentProblem } from './content-error.ts';
import { formatFieldPath } from './field-path.ts';

/** Where " #" can start a comment that is in fact text: "#" followed by a letter or digit ("N° #12", "#MeToo"). */
const CUT = / #\S/;

/**
 * Texts written without quotes that YAML cut at " #", reading the rest as a comment: `title: Issue #12 of
 * the letter` gives the title "Issue". A comment an editor means is written "# like this", with a space.
 */
export function textsCutByComment(yamlText: string): Omit<ContentProblem, 'file'>[] {
  if (!CUT.test(yamlText)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const problems: Omit<ContentProblem, 'file'>[] = [];
  visit(document, {
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment)) return;
      const field = path.flatMap<string | number>((parent, i) => {
        if (isPair(parent) && isScalar(parent.key) && parent.key !== node) return [String(parent.key.value)];
        const child = path[i + 1] ?? node;
        return isSeq(parent) ? [parent.items.indexOf(child as never)] : [];
      });
      const written = `${String(node.value)} #${node.comment}`;
      problems.push({
        line: lineCounter.linePos(node.range![0]).line,
        where: formatFieldPath(field) || undefined,
        message: `the text stops before "#${node.comment}", which YAML reads as a comment: put the whole text in quotes, "${written}" (a comment is written "# like this", with a space)`,
      });
    },
  });
  return problems;
}
