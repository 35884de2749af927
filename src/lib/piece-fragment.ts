import { htmlToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { rehypePieceFragment, type PieceFragmentOptions } from '../plugins/rehype-piece-fragment.ts';
import { rehypeProseText } from '../plugins/rehype-prose-text.ts';

/**
 * Rewrites the HTML of one rendered piece for the page that embeds it (see rehypePieceFragment) and,
 * when given, applies the text transformation of the page's language to its prose. The HTML is parsed
 * natively (Sätteri's parser builds the same tree as rehype-parse), as every piece is parsed once per page.
 */
export function adaptPieceHtml(html: string, options: PieceFragmentOptions, text?: (value: string) => string): string {
  const tree = htmlToHast(html, { fragment: true }) as Root;
  rehypePieceFragment(options)(tree);
  if (text) rehypeProseText(text)(tree);
  return toHtml(tree);
}
