import { defineMdastPlugin } from 'satteri';
import type { Paragraph } from 'mdast';
import { atLine, reportProblem } from './problems.ts';

/** The bullets a word processor puts before a list's items, which Markdown keeps as text. */
const BULLET = /^[•◦▪]/;
/** A dash before an item; a line of running text may open with one too, so it takes two lines of one paragraph to make a list. */
const DASH = /^[–—]\s/;
/** A heading's "#"s run into its text ("##Results"); a single "#" may open a hashtag, and would be the piece's title's level anyway. */
const HEADING_WITHOUT_SPACE = /^(#{2,6})([^\s#].*)$/;

/** The lines of a paragraph as written, each with its number: where a list's or a heading's marker is typed. */
function linesOf(paragraph: Readonly<Paragraph>): { line: number; text: string }[] {
  return paragraph.children.flatMap((child, index) => {
    const start = child.position?.start.line;
    if (child.type !== 'text' || start === undefined) return [];
    // A text starts a line at the paragraph's start or after a line break; within it, after each line ending.
    const startsLine = index === 0 || paragraph.children[index - 1]?.type === 'break';
    return child.value.split('\n').flatMap((text, offset) => (offset > 0 || startsLine ? [{ line: start + offset, text }] : []));
  });
}

/**
 * Checks that Markdown's block markers are written as Markdown reads them, where it would otherwise keep them
 * as text: a list's "- " before each item (lines typed with "•" or "–", as a word processor's list is pasted,
 * would be run together into one paragraph on the page; reported once per paragraph, at its first such line),
 * and the space after a heading's "#"s.
 */
export function typedMarkers() {
  return defineMdastPlugin({
    name: 'typed-markers',
    options: { position: true },
    paragraph(node, ctx) {
      const lines = linesOf(node);
      for (const { line, text } of lines) {
        const heading = HEADING_WITHOUT_SPACE.exec(text);
        if (heading) reportProblem(ctx, `"${text.trim()}" would show as text, not as a heading: write "${heading[1]} ${heading[2]!.trim()}", with a space after ${heading[1]}`, atLine(line));
      }
      const bulleted = lines.find(({ text }) => BULLET.test(text));
      const dashed = lines.filter(({ text }) => DASH.test(text));
      const first = bulleted ?? (dashed.length > 1 ? dashed[0] : undefined);
      if (!first) return;
      const marker = first.text.charAt(0);
      const fix = 'start each item with "- " (a hyphen and a space) instead';
      const problem = bulleted
        ? `the page would show the "${marker}" as typed and run the items together into one paragraph: ${fix}`
        : `the page would run its lines together into one paragraph: ${fix}, or leave a blank line between paragraphs`;
      reportProblem(ctx, `a list typed with "${marker}": ${problem}`, atLine(first.line));
    },
  });
}
