import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeProblems, checkedProps, COMPONENT_NAMES, EXPRESSION } from '../../src/components/mdx/props.ts';

const photo = { src: '/_astro/photo.jpg', width: 1200, height: 800, format: 'jpg' };

describe('the attributes of the editors\' components', () => {
  it('belong to exactly the components whose use the editor\'s guide shows', () => {
    const guide = readFileSync('docs/editing.md', 'utf8');
    const section = guide.slice(guide.indexOf('\n## Components'), guide.indexOf('\n## ', guide.indexOf('\n## Components') + 1));
    const shown = new Set([...section.matchAll(/<([A-Z]\w*)/g)].map((match) => match[1]));
    expect([...shown].sort()).toEqual([...COMPONENT_NAMES].sort());
  });

  it('as written in a piece: a wrong value, an unknown or a missing attribute, each said plainly', () => {
    expect(attributeProblems('Box', { kind: 'definition', title: 'Palermo' })).toEqual([]);
    expect(attributeProblems('Box', { kind: 'defintion' })).toEqual(['kind must be definition or sidebar']);
    expect(attributeProblems('PullQuote', { sourse: 'UDHR' })).toEqual(['unknown attribute "sourse": did you mean "source"?']);
    expect(attributeProblems('KeyFigure', {})).toEqual(['value is required: the figure as printed, e.g. value="€1,830,000"']);
    expect(attributeProblems('KeyFigure', { value: true })).toEqual(['value must be text in quotes: the figure as printed, e.g. value="€1,830,000"']);
  });

  it('written as an expression, are only required to be there until the page renders', () => {
    expect(attributeProblems('Figure', { src: EXPRESSION, alt: 'Participants at the seminar' })).toEqual([]);
    expect(attributeProblems('Figure', { src: EXPRESSION })).toEqual([
      'alt is required: a text alternative describing the image for readers who cannot see it',
    ]);
  });

  it('as a component receives them when the page renders: a wrong one stops the build with the tag', () => {
    expect(checkedProps('Figure', { src: photo, alt: 'Participants' })).toEqual({ src: photo, alt: 'Participants' });
    expect(() => checkedProps('Figure', { src: './photo.jpg', alt: ' ' })).toThrow(
      '<Figure src="./photo.jpg" alt=" ">: src must be an imported image, not its file\'s name: put import photo from \'./photo.jpg\'; at the top of the file and write src={photo}; alt must not be empty: a text alternative describing the image for readers who cannot see it',
    );
  });
});
