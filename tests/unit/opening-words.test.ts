import { describe, expect, it } from 'vitest';
import { OPENING_WORDS_LENGTH, openingWords } from '../../src/lib/opening-words.ts';

const plain = (body: string) => openingWords(body)?.map((run) => run.text).join('');

describe('a piece\'s opening words (what a link to a piece without a standfirst says of it)', () => {
  it('are its first sentences, without comments, footnote marks, markup, pull quotes or boxes', () => {
    const body = [
      '{/* Source ambiguous: the dateline is restored from the page. */}',
      '<PullQuote source="Someone">A quotation the piece repeats later.</PullQuote>',
      '<KeyFigures title="Key figures">\n  <KeyFigure value="4">officers</KeyFigure>\n</KeyFigures>',
      '**From 2-5 July 2018, Vienna**',
      '## A heading',
      'The working groups met *in Vienna*[^1] to discuss the [protocol](https://example.org/).',
      '**Currently deployed:**',
      '* 1 officer in Vienna.',
      'A second paragraph follows.',
      '[^1]: A footnote that is not the text.',
    ].join('\n\n');
    expect(plain(body)).toBe('The working groups met in Vienna to discuss the protocol. A second paragraph follows.');
  });

  it('leave out a list\'s lead-in at the end of a paragraph', () => {
    expect(plain('The projects had results. Among them, the following:\n\n* a resolution.\n\nFour seminars were held.')).toBe('The projects had results. Four seminars were held.');
  });

  it('read an interview\'s answers, not its questions', () => {
    expect(plain('<QA question="Introduce yourself in a few words…">\nI have been a magistrate since 2006.\n</QA>')).toBe('I have been a magistrate since 2006.');
  });

  it('are cut at the last whole word that fits, with an ellipsis', () => {
    const sentence = 'The fight against human trafficking is a priority of our cooperation policy, within the framework of the strategy. ';
    const words = plain(sentence.repeat(4))!;
    expect(words.length).toBeLessThanOrEqual(OPENING_WORDS_LENGTH);
    expect(words).toMatch(/^The fight against .*[a-z]…$/);
    expect(sentence.repeat(4)).toContain(words.slice(0, -1));
    expect(sentence.repeat(4).charAt(words.length - 1)).toMatch(/[\s,]/);
  });

  it('keep a name marked <Foreign> apart, so that a conversion to the other script leaves it as written', () => {
    expect(openingWords('G. Olivje Peru (<Foreign lang="fr">Olivier Peyroux</Foreign>) je sociolog.')).toEqual([
      { text: 'G. Olivje Peru (' },
      { text: 'Olivier Peyroux', foreign: { lang: 'fr' } },
      { text: ') je sociolog.' },
    ]);
  });

  it('are none for a body that cannot be parsed, whose syntax error the build reports on the file\'s line', () => {
    expect(openingWords('An unclosed <Box title="Key">tag.')).toBeUndefined();
  });

  it('are none for a body without a sentence of running text (key figures and lists, links to speeches)', () => {
    expect(openingWords('**Currently deployed JPOs:**\n\n* 1 JPO in Vienna\n\n[The full speech is available here](https://example.org/)')).toBeUndefined();
  });
});
