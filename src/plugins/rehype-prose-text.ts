import { SKIP, visit } from 'unist-util-visit';
import type { Root } from 'hast';

/** Elements whose text is not prose: code, and anything marked not to be translated (names, foreign words). */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);

/**
 * Applies a text transformation (transliteration, French spacing) to the prose of a piece's HTML:
 * text nodes only, never attributes, code, or elements marked translate="no".
 */
export function rehypeProseText(transform: (text: string) => string) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (NOT_PROSE.has(node.tagName) || node.properties['translate'] === 'no') return SKIP;
      } else if (node.type === 'text') {
        node.value = transform(node.value);
      }
      return undefined;
    });
  };
}
