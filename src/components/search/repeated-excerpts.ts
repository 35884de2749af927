/**
 * Pagefind gives a result the excerpt of its best passage, and each section hit the excerpt of that section's
 * best passage: when the best passage of the piece lies in a section, the reader would read it twice, word for
 * word or shifted by a word or two. The section's link stays (it leads to the passage); its excerpt goes.
 */

/** The part of a result's data (Pagefind's `result.data()`) that this reads and changes. */
export interface ResultExcerpts {
  excerpt: string;
  sub_results: { excerpt: string }[];
}

/** Passages sharing this many words in a row are the same passage: distinct sentences of a piece rarely do. */
const SAME_PASSAGE_RUN = 6;

const words = (excerpt: string) => excerpt.replace(/<[^>]*>/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a section's excerpt shows a passage of the result's: a run of words in common, or all of a shorter one. */
function repeats(result: string, section: string): boolean {
  const shown = ` ${words(result).join(' ')} `;
  const own = words(section);
  const run = Math.min(SAME_PASSAGE_RUN, own.length);
  return run > 0 && own.slice(0, own.length - run + 1).some((_, i) => shown.includes(` ${own.slice(i, i + run).join(' ')} `));
}

export function withoutRepeatedExcerpts<T extends ResultExcerpts>(data: T): T {
  return {
    ...data,
    sub_results: data.sub_results.map((sub) => (repeats(data.excerpt, sub.excerpt) ? { ...sub, excerpt: '' } : sub)),
  };
}
