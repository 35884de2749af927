import { isLanguageTag } from './language-tag.ts';
import { ZWNJ } from '../i18n/transliterate.ts';

/**
 * Text fields (titles, summaries, roles, agenda entries) are plain text: markup in them would be shown as
 * typed. A translation may wrap a name in <Foreign>…</Foreign> or <Foreign lang="fr">…</Foreign>, as in a
 * piece's body, to keep it as written: the build neither transliterates it nor spaces it, leaves the tags out
 * of the text, and the pages that show the field set the name apart (translate="no", and its language).
 */
// The language in either quotes: a YAML text in double quotes holds <Foreign lang='fr'> as typed.
const FOREIGN = /<Foreign(?:\s+lang=(?:"([^"<>]*)"|'([^'<>]*)'))?\s*>([^<]*)<\/Foreign>/g;
const TAG = /<\/?[A-Za-z][^<>]*>?/;
/** How a translator marks a split Serbian digraph (in&zwnj;jekcija), in a text field as in a piece's body. */
const ZWNJ_REFERENCE = '&zwnj;';

const langOf = (match: RegExpMatchArray) => match[1] ?? match[2];

/** Markdown's emphasis, *word*, **words** or _word_, which a text field shows as typed: the words are the second group. */
const MARKDOWN_EMPHASIS = /(?<![\w*])(\*{1,2}|_{1,2})(\S(?:[^*_]*\S)?)\1(?![\w*])/;
/** Markdown's link, [words](address): the words are the second group. */
const MARKDOWN_LINK = /(\[)([^\]]+)\]\([^)\s]+\)/;

/** What is wrong with the markup of a text field, if anything (`foreign`: whether <Foreign> is understood there). */
export function markupProblem(value: string, foreign: boolean): string | undefined {
  if (foreign) {
    const badLang = [...value.matchAll(FOREIGN)].map(langOf).find((lang) => lang !== undefined && !isLanguageTag(lang));
    if (badLang !== undefined) return `found lang="${badLang}": expected the name's language as a language tag, e.g. lang="fr"`;
  }
  const markdown = MARKDOWN_EMPHASIS.exec(value) ?? MARKDOWN_LINK.exec(value);
  if (markdown) {
    const [written, , shown] = markdown;
    return `found ${written}: a text field is plain text, shown as typed, ${written.startsWith('[') ? 'brackets' : 'asterisks or underscores'} included: write ${shown} alone; ${written.startsWith('[') ? 'links' : 'italics and bold'} belong in a piece's body`;
  }
  const tag = TAG.exec(foreign ? value.replace(FOREIGN, '$3') : value)?.[0];
  if (tag === undefined) return undefined;
  return foreign
    ? `found ${tag}: a text field is plain text, in which only <Foreign>…</Foreign> (or <Foreign lang="fr">…</Foreign>) around a name to keep as written is understood`
    : `found ${tag}: a text field is plain text, shown as typed; markup belongs in a piece's body`;
}

/** A stretch of a text field as shown: plain text, or a name kept as written (in its language when given). */
export interface TextRun {
  text: string;
  foreign?: { lang: string | undefined };
}

/** The runs of every converted field that holds <Foreign> names, by the text the conversion gave. */
const foreignRuns = new Map<string, TextRun[]>();

/**
 * A translation's text converted for its page (transliterated, spaced) but for its <Foreign> names, kept as
 * written, and with its `&zwnj;` marks read as the character. The result is plain text; textRuns gives the
 * pages that show it where its names are.
 */
export function keepingForeign(convert: (text: string) => string): (text: string) => string {
  return (typed) => {
    const text = typed.replaceAll(ZWNJ_REFERENCE, ZWNJ);
    const written: TextRun[] = [];
    let last = 0;
    for (const match of text.matchAll(FOREIGN)) {
      written.push({ text: text.slice(last, match.index) }, { text: match[3]!, foreign: { lang: langOf(match) } });
      last = match.index + match[0].length;
    }
    if (written.length === 0) return convert(text);
    written.push({ text: text.slice(last) });
    const runs = convertRuns(written, convert);
    const plain = textOfRuns(runs);
    foreignRuns.set(plain, runs.filter((run) => run.text !== ''));
    return plain;
  };
}

/** Runs converted (transliterated, spaced) but for the names kept as written. */
export const convertRuns = (runs: TextRun[], convert: (text: string) => string): TextRun[] =>
  runs.map((run) => (run.foreign ? run : { text: convert(run.text) }));

/** The plain text of runs. */
export const textOfRuns = (runs: TextRun[]) => runs.map((run) => run.text).join('');

/** A text field's runs, as keepingForeign converted it: one plain run for a field without <Foreign> names. */
export const textRuns = (text: string): TextRun[] => foreignRuns.get(text) ?? [{ text }];

/** A text field's paragraphs (separated by a blank line), each as its runs. */
export function paragraphRuns(text: string): TextRun[][] {
  const paragraphs: TextRun[][] = [[]];
  for (const run of textRuns(text)) {
    const pieces = run.foreign ? [run.text] : run.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)!.push({ ...run, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
