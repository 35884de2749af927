import { htmlToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { rehypePieceFragment, type PieceFragmentOptions } from '../plugins/rehype-piece-fragment.ts';

/**
 * A translation's headings take the ids of the English headings, in order, when both have the same
 * outline: links to a heading are written and checked against the English piece, and lead to it in every
 * language (a translated heading would otherwise get an id of its own words). None when the outlines differ.
 */
export function headingIdsOf(translated: readonly { depth: number; slug: string }[], english: readonly { depth: number; slug: string }[]): Map<string, string> | undefined {
  if (translated.length !== english.length || translated.some((heading, i) => heading.depth !== english[i]!.depth)) return undefined;
  return new Map(translated.map((heading, i) => [heading.slug, english[i]!.slug]));
}

/**
 * Rewrites the HTML of one rendered piece for the page that embeds it (see rehypePieceFragment) and,
 * when given, applies the treatment of the page's language to its prose (see proseTreatment). The HTML is parsed
 * natively (Sätteri's parser builds the same tree as rehype-parse), as every piece is parsed once per page.
 */
export function adaptPieceHtml(html: string, options: PieceFragmentOptions, prose?: (tree: Root) => void): string {
  const tree = htmlToHast(html, { fragment: true }) as Root;
  rehypePieceFragment(options)(tree);
  prose?.(tree);
  return toHtml(tree);
}
