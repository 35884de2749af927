import { SKIP, visit } from 'unist-util-visit';
import type { Root } from 'hast';

/** Elements whose text is not prose: code, and anything marked not to be translated (names, foreign words). */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);

/** Attributes that readers see or hear: tooltips, accessible names, text alternatives. */
const READ_ATTRIBUTES = ['title', 'ariaLabel', 'alt'] as const;

/**
 * Applies a text transformation (transliteration, French spacing) to the prose of a piece's HTML: its text
 * and the attributes read out or shown as text, never code or elements marked translate="no".
 */
export function rehypeProseText(transform: (text: string) => string) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (NOT_PROSE.has(node.tagName) || node.properties['translate'] === 'no') return SKIP;
        for (const name of READ_ATTRIBUTES) {
          const value = node.properties[name];
          if (typeof value === 'string') node.properties[name] = transform(value);
        }
      } else if (node.type === 'text') {
        node.value = transform(node.value);
      }
      return undefined;
    });
  };
}
