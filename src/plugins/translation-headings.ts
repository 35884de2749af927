import { existsSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import type { Heading } from 'mdast';
import { headingsOfFile, textOf, writtenHeading } from './heading-anchors.ts';
import { documentPath, reportProblem } from './problems.ts';
import { shownPath } from '../lib/content-error.ts';
import { translationSourceFile } from '../lib/translations.ts';
import { sourceVersion } from '../lib/source-version.ts';

const KEEP = 'a translation keeps the English headings, in the same order and at the same levels, so that a link to a heading leads to it in every language';

const ORDINAL_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
/** "2nd": a heading's place, which a bare number would read as its level. */
const ordinal = (n: number) => `${n}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
const headingCount = (n: number) => `${n} ${n === 1 ? 'heading' : 'headings'}`;

/** Whether a translation records the English file as it is now as the version it was made from. */
function madeFromCurrentEnglish(translation: string, source: string): boolean {
  try {
    const { frontmatter } = parseFrontmatter(readFileSync(translation, 'utf8'));
    return frontmatter.sourceVersion === sourceVersion(readFileSync(source, 'utf8'));
  } catch {
    return false; // front matter that cannot be read is reported by the translation's own check
  }
}

/**
 * A translation's headings take the ids of the English headings (see headingIdsOf), which links to a heading
 * are written and checked against; they can only when its outline is the English's. Reports where it is not,
 * at the first heading that differs. A translation made from an earlier version of the English is outdated
 * (the translation status shows what changed): it may lag behind a heading added to the English, which must
 * not stop the build while the translator catches up, and its headings keep ids of their own meanwhile.
 */
export function translationHeadings(document: PluginFactoryContext) {
  const translation = documentPath(document) ?? '';
  const source = translationSourceFile(translation);
  if (!source || !existsSync(source)) return undefined; // the translation's own check names a missing source
  if (!madeFromCurrentEnglish(translation, source)) return undefined;
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
        // Which one is missing, the levels cannot tell and the words are another language's: the English outline, to compare with.
        reportProblem(ctx, `this translation has ${headingCount(ours.length)} and ${shown} ${headingCount(english.length)}, ${english.map(writtenHeading).join(', ')}; ${KEEP}`);
      }
    },
  });
}
