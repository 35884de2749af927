import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { rehypePieceFragment, type PieceFragmentOptions } from '../plugins/rehype-piece-fragment.ts';

/** Rewrites the HTML of one rendered piece for the page that embeds it (see rehypePieceFragment). */
export function adaptPieceHtml(html: string, options: PieceFragmentOptions): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypePieceFragment, options)
      .use(rehypeStringify)
      .processSync(html),
  );
}
