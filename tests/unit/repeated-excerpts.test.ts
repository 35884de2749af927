import { describe, expect, it } from 'vitest';
import { withoutRepeatedExcerpts } from '../../src/components/search/repeated-excerpts.ts';

const result = (excerpt: string, ...sections: string[]) => ({ excerpt, sub_results: sections.map((text) => ({ url: '#', excerpt: text })) });
const sectionExcerpts = (data: ReturnType<typeof result>) => withoutRepeatedExcerpts(data).sub_results.map((sub) => sub.excerpt);

describe('section excerpts in search results', () => {
  const excerpt = 'diagnosis relating to minors from Romania who are victims of sexual exploitation. The region of <mark>Bihor</mark> in Romania';

  it('drops a section excerpt that shows the result\'s passage, shifted by a word and marked differently', () => {
    expect(sectionExcerpts(result(excerpt, 'A diagnosis relating to minors from Romania who are victims of sexual exploitation. The region of <mark>Bihor</mark>'))).toEqual(['']);
  });

  it('keeps the excerpt of a section showing another passage, even one with a few words in common', () => {
    const other = 'Police officers from Romania who are trained in <mark>Bihor</mark> met their colleagues';
    expect(sectionExcerpts(result(excerpt, other))).toEqual([other]);
  });

  it('drops a short section excerpt held whole in the result\'s', () => {
    expect(sectionExcerpts(result(excerpt, 'region of <mark>Bihor</mark>'))).toEqual(['']);
  });

  it('keeps everything else of the result as Pagefind gave it', () => {
    const data = { ...result(excerpt, excerpt), url: '/en/issues/12/', meta: { title: 'T' } };
    expect(withoutRepeatedExcerpts(data)).toMatchObject({ url: '/en/issues/12/', meta: { title: 'T' }, excerpt, sub_results: [{ url: '#', excerpt: '' }] });
  });
});
