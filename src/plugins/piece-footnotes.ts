import { defineMdastPlugin } from 'satteri';
import type { FootnoteDefinition } from 'mdast';
import { atLine, reportProblem } from './problems.ts';

/** A note's call left as text: Markdown makes "[^2]" a call only when the note "[^2]: …" exists. */
const CALL_WITHOUT_NOTE = /\[\^([^\]\s]+)\]/g;

/**
 * Checks a piece's footnotes: a call whose note is missing would be shown as typed ("[^2]"), a note that
 * nothing calls would be left out of the page, and so would a second note under the same label. Each is
 * reported at its line.
 */
export function pieceFootnotes() {
  const called = new Set<string>();
  const notes: FootnoteDefinition[] = [];
  return defineMdastPlugin({
    name: 'piece-footnotes',
    options: { position: true },
    text(node, ctx) {
      for (const match of node.value.matchAll(CALL_WITHOUT_NOTE)) {
        const start = node.position?.start;
        // A text node may span lines: the problem is reported on the call's own.
        const line = start && start.line + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        reportProblem(ctx, `the note call ${match[0]} has no note: add the note further down, on a line of its own, "[^${match[1]}]: The note's text." (see docs/editing.md)`, line ? atLine(line) : node);
      }
    },
    footnoteReference(node) {
      called.add(node.identifier);
    },
    footnoteDefinition(node) {
      notes.push(node);
    },
    after(_root, ctx) {
      const first = new Map<string, FootnoteDefinition>();
      for (const note of notes) {
        const earlier = first.get(note.identifier);
        if (!earlier) first.set(note.identifier, note);
        else reportProblem(ctx, `the note [^${note.label ?? note.identifier}] is written twice (first on line ${earlier.position?.start.line}), so the page would leave this one out: give it a label of its own, here and at its call`, note);
      }
      for (const note of notes.filter((note) => !called.has(note.identifier))) {
        const label = `[^${note.label ?? note.identifier}]`;
        reportProblem(ctx, `the note ${label} is never called, so the page would leave it out: write ${label} where it belongs in the text, or delete the note`, note);
      }
    },
  });
}
