import { SKIP, visit } from 'unist-util-visit';
import type { Element, ElementContent, Root } from 'hast';
import { frenchOrdinalParts } from '../i18n/french-typography.ts';

/** Elements whose text is not prose: code, and anything marked not to be translated (names, foreign words). */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);

/** Attributes that readers see or hear: tooltips, accessible names, text alternatives. */
const READ_ATTRIBUTES = ['title', 'ariaLabel', 'alt'] as const;

const isProse = (node: Element) => !NOT_PROSE.has(node.tagName) && node.properties['translate'] !== 'no';

/**
 * Applies a text transformation (transliteration, French spacing) to the prose of a piece's HTML: its text
 * and the attributes read out or shown as text, never code or elements marked translate="no".
 */
export function rehypeProseText(transform: (text: string) => string) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (!isProse(node)) return SKIP;
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

/** French ordinals in a piece's prose take their letters in superscript, as French typography sets them: 1<sup>er</sup>, 27<sup>e</sup>. */
export function rehypeFrenchOrdinals() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return isProse(node) ? undefined : SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const parts = frenchOrdinalParts(node.value);
      if (parts.length === 1) return undefined;
      const nodes = parts.map((part): ElementContent =>
        part.superscript ? { type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: part.text }] } : { type: 'text', value: part.text },
      );
      parent.children.splice(index, 1, ...nodes);
      return index + nodes.length;
    });
  };
}
