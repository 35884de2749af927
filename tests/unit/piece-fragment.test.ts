import { describe, expect, it } from 'vitest';
import { adaptPieceHtml } from '../../src/lib/piece-fragment.ts';

describe('a piece\'s footnotes on its page', () => {
  it('names each link back by the note\'s number as readers see it and by which of its calls it leads to', () => {
    // As the MDX compiler writes notes labelled [^source] and [^law], the second called twice.
    const notes =
      '<section data-footnotes="true" class="footnotes"><h2 id="footnote-label">Footnotes</h2><ol>' +
      '<li id="fn-source"><p>A source. <a href="#fnref-source" data-footnote-backref="">↩</a></p></li>' +
      '<li id="fn-law"><p>A law. <a href="#fnref-law" data-footnote-backref="">↩</a> <a href="#fnref-law-2" data-footnote-backref="">↩<sup>2</sup></a></p></li>' +
      '</ol></section>';
    const html = adaptPieceHtml(notes, {
      localePath: 'en',
      pageLang: 'fr',
      headingShift: 0,
      footnoteLabel: 'Notes',
      footnoteBackLabel: (note, call) => `note ${note}, call ${call}`,
    });
    expect([...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1])).toEqual(['note 1, call 1', 'note 2, call 1', 'note 2, call 2']);
    expect(html).toContain('<h2 id="footnote-label" lang="fr">Notes</h2>');
  });
});
