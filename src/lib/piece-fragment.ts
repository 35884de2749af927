import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { rehypePieceFragment, type PieceFragmentOptions } from '../plugins/rehype-piece-fragment.ts';
import { rehypeProseText } from '../plugins/rehype-prose-text.ts';

/**
 * Rewrites the HTML of one rendered piece for the page that embeds it (see rehypePieceFragment) and,
 * when given, applies the text transformation of the page's language to its prose.
 */
export function adaptPieceHtml(html: string, options: PieceFragmentOptions, text?: (value: string) => string): string {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypePieceFragment, options);
  if (text) processor.use(rehypeProseText, text);
  return String(processor.use(rehypeStringify).processSync(html));
}
