import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export interface PieceFragmentOptions {
  /** URL segment of the reader's locale: links written for the source ("/en/…") are moved to it. */
  localePath: string;
  /** Added to heading levels: 1 inside the issue page, where the piece's own title is an h2. */
  headingShift: 0 | 1;
  /** Prefixed to every id (and the links to it) so that several pieces share one page without clashing. */
  idPrefix?: string | undefined;
  /** For a translation: the id each of its headings takes instead of its own (the English heading's; see headingIdsOf). */
  headingIds?: ReadonlyMap<string, string> | undefined;
  /** The page's language (BCP 47): the interface text written into the piece is in it, even in an English fallback. */
  pageLang: string;
  /** Accessible name of the footnotes section, in the reader's language. */
  footnoteLabel: string;
  /** Accessible name of a note's link back to where it is called: the note's number, and which of its calls (1 for the first). */
  footnoteBackLabel: (note: string, call: number) => string;
}

const HEADING = /^h([1-6])$/;
const FOOTNOTE_PREFIX = 'user-content-';
const FOOTNOTE_CALL = 'fnref-';
const FOOTNOTE = 'fn-';

/** An id as the piece's author wrote it: the compiler prefixes the footnotes' ids. */
const unprefixed = (id: string) => (id.startsWith(FOOTNOTE_PREFIX) ? id.slice(FOOTNOTE_PREFIX.length) : id);

/**
 * Adapts a rendered piece to the page that shows it: shifts headings under the page's outline, scopes ids,
 * localises internal links and the footnotes' labels. Runs on the HTML of one piece, never on the editor's file.
 */
export function rehypePieceFragment(options: PieceFragmentOptions) {
  const { localePath, headingShift, idPrefix, headingIds, pageLang, footnoteLabel, footnoteBackLabel } = options;
  const scope = (id: string) => {
    const own = headingIds?.get(unprefixed(id)) ?? unprefixed(id);
    return idPrefix ? `${idPrefix}-${own}` : own;
  };
  return (tree: Root) => {
    // Notes are numbered in the order of the list, whatever their labels; a note's links back count its calls.
    let note = 0;
    let call = 0;
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName);
      if (level && headingShift) node.tagName = `h${Math.min(6, Number(level[1]) + headingShift)}`;
      const { properties } = node;
      if (typeof properties['id'] === 'string') {
        if (node.tagName === 'li' && unprefixed(properties['id']).startsWith(FOOTNOTE)) [note, call] = [note + 1, 0];
        if (properties['id'] === 'footnote-label') {
          replaceText(node, footnoteLabel);
          properties['lang'] = pageLang;
        }
        properties['id'] = scope(properties['id']);
      }
      const described = properties['ariaDescribedBy'];
      if (Array.isArray(described)) properties['ariaDescribedBy'] = described.map((id) => scope(String(id)));
      const href = properties['href'];
      if (typeof href === 'string') {
        if (properties['dataFootnoteBackref'] !== undefined && unprefixed(href.slice(1)).startsWith(FOOTNOTE_CALL)) {
          properties['ariaLabel'] = footnoteBackLabel(String(note), ++call);
          properties['lang'] = pageLang;
        }
        if (href.startsWith('#')) properties['href'] = `#${scope(href.slice(1))}`;
        else if (href.startsWith('/en/')) properties['href'] = `/${localePath}/${href.slice(4)}`;
      }
    });
  };
}

function replaceText(node: Element, text: string) {
  node.children = [{ type: 'text', value: text }];
}
