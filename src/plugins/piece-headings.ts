import { defineMdastPlugin, type MdastNode } from 'satteri';
import { textOf, writtenHeading } from './heading-anchors.ts';
import { reportProblem } from './problems.ts';

/** A piece's sections start at ##: its title, from the front matter, is the heading above them on every page. */
const TOP = 2;

/**
 * Checks a piece's outline: a # heading would stand beside the piece's own title, and a heading more than
 * one level below the one before it ("####" after "##") leaves a gap that screen readers announce and
 * that axe reports. Each is reported at its line, with the level to use.
 */
export function pieceHeadings() {
  let previous = TOP - 1;
  return defineMdastPlugin({
    name: 'piece-headings',
    options: { position: true },
    heading(node, ctx) {
      const written = writtenHeading({ depth: node.depth, text: textOf(node as MdastNode) });
      if (node.depth < TOP) {
        // Reported on its own; the headings after it are judged against the sections before it.
        reportProblem(ctx, `the heading ${written} is at the level of the piece's title, which comes from its front matter: a section starts with ${'#'.repeat(TOP)}`, node);
        return;
      }
      if (node.depth > previous + 1) {
        const why = previous < TOP ? `a piece's first section starts with ${'#'.repeat(TOP)}` : `one level below the ${'#'.repeat(previous)} heading before it`;
        reportProblem(ctx, `the heading ${written} skips a level: write ${'#'.repeat(previous + 1)} here, ${why}`, node);
      }
      previous = node.depth;
    },
  });
}
