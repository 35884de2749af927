import { existsSync } from 'node:fs';
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import type { Heading } from 'mdast';
import { headingsOfFile, textOf, writtenHeading } from './heading-anchors.ts';
import { documentPath, reportProblem } from './problems.ts';
import { shownPath } from '../lib/content-error.ts';
import { translationSourceFile } from '../lib/translations.ts';

const KEEP = 'a translation keeps the English headings, in the same order and at the same levels, so that a link to a heading leads to it in every language';

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
/** "2nd": a heading's place, which a bare number would read as its level. */
const ordinal = (n: number) => `${n}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
const headingCount = (n: number) => `${n} ${n === 1 ? 'heading' : 'headings'}`;

/**
 * A translation's headings take the ids of the English headings (see headingIdsOf), which links to a heading
 * are written and checked against; they can only when its outline is the English's. Reports where it is not,
 * at the first heading that differs.
 */
export function translationHeadings(document: PluginFactoryContext) {
  const source = translationSourceFile(documentPath(document) ?? '');
  if (!source || !existsSync(source)) return undefined; // the translation's own check names a missing source
  const headings: Heading[] = [];
  return defineMdastPlugin({
    name: 'translation-headings',
    options: { position: true },
    heading(node) {
      headings.push(node);
    },
    after(_root, ctx) {
      const english = headingsOfFile(source);
      if (!english) return;
      const ours = headings.map((node) => ({ depth: node.depth, text: textOf(node as MdastNode) }));
      const at = ours.findIndex((heading, i) => heading.depth !== english[i]?.depth);
      const shown = shownPath(source);
      if (at !== -1) {
        const theirs = english[at];
        const differs = theirs ? `where ${shown} has ${writtenHeading(theirs)}` : `and ${shown} has ${english.length === 0 ? 'none' : `only ${english.length}`}`;
        reportProblem(ctx, `the heading ${writtenHeading(ours[at]!)} is the ${ordinal(at + 1)} heading ${differs}; ${KEEP}`, headings[at]);
      } else if (ours.length < english.length) {
        reportProblem(ctx, `this translation has ${headingCount(ours.length)} and ${shown} ${headingCount(english.length)}; ${KEEP}`);
      }
    },
  });
}
