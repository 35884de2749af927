import { SKIP, visit } from 'unist-util-visit';
import type { Element, ElementContent, Root, Text } from 'hast';

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

// A number and the letters of a French ordinal: 1er, 1re, 2e, 2nd, 27es (never 27ème, which is left as typed),
// not within a word, an address or a reference (a2e, /2e, v1.2e).
const FRENCH_ORDINAL = /(?<![\p{L}\p{N}/.:@_])(\d+)((?:er|re|nde?|e)s?)(?![\p{L}\p{N}])/gu;

/** French ordinals in a piece's prose take their letters in superscript, as French typography sets them: 1<sup>er</sup>, 27<sup>e</sup>. */
export function rehypeFrenchOrdinals() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') return isProse(node) ? undefined : SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const parts = ordinalParts(node);
      if (parts.length === 1) return undefined;
      parent.children.splice(index, 1, ...(parts as ElementContent[]));
      return index + parts.length;
    });
  };
}

function ordinalParts(node: Text): (Text | Element)[] {
  const parts: (Text | Element)[] = [];
  let last = 0;
  for (const match of node.value.matchAll(FRENCH_ORDINAL)) {
    const letters = match.index + match[1]!.length;
    parts.push({ type: 'text', value: node.value.slice(last, letters) });
    parts.push({ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: match[2]! }] });
    last = letters + match[2]!.length;
  }
  if (last < node.value.length || parts.length === 0) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
