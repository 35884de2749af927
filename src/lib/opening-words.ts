import { mdxToMdast, type MdastNode } from 'satteri';
import { textOfRuns, type TextRun } from './plain-text.ts';

/** About what search engines and link previews show of a description before they cut it. */
export const OPENING_WORDS_LENGTH = 200;

/**
 * Where running text is: the body itself and an interview's answers. A pull quote repeats the text, a box of
 * key figures or acronyms is not prose, and the note standing for a missing photograph is not the piece's.
 */
const PROSE_CONTAINERS = new Set(['QA']);

/**
 * The last end of a sentence in a paragraph: what follows it is not a sentence (a list's lead-in, "Among the
 * projects, the following:"), and a paragraph without one is a dateline ("From 2-5 July 2018, Vienna"), a
 * link's label or a heading in bold ("Currently deployed JPOs:"), which make no sense out of their place.
 */
const SENTENCE_END = /[.!?…]["”»’)]*(?=\s|$)/g;
function lastSentenceEnd(text: string): number {
  const last = [...text.matchAll(SENTENCE_END)].at(-1);
  return last === undefined ? 0 : last.index + last[0].length;
}

const langOf = (node: MdastNode & { type: 'mdxJsxTextElement' }) => {
  const lang = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;
  return typeof lang === 'string' ? lang : undefined;
};

/** The words a paragraph shows, with its <Foreign> names apart: no editor’s comment (an expression), footnote mark or markup. */
function runsOf(node: MdastNode, into: TextRun[]): TextRun[] {
  if (node.type === 'text' || node.type === 'inlineCode') into.push({ text: node.value });
  else if (node.type === 'break') into.push({ text: ' ' });
  else if (node.type === 'mdxJsxTextElement' && node.name === 'Foreign') {
    const name = node.children.flatMap((child) => runsOf(child as MdastNode, []));
    into.push({ text: textOfRuns(name), foreign: { lang: langOf(node) } });
  } else if ('children' in node) for (const child of node.children) runsOf(child as MdastNode, into);
  return into;
}

function paragraphsOf(node: MdastNode, into: TextRun[][]): TextRun[][] {
  if (node.type === 'paragraph') into.push(runsOf(node, []).map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ') })));
  else if (node.type === 'root' || (node.type === 'mdxJsxFlowElement' && PROSE_CONTAINERS.has(node.name ?? ''))) {
    for (const child of node.children) paragraphsOf(child as MdastNode, into);
  }
  return into;
}

/** The first `length` characters of runs. */
function sliceRuns(runs: TextRun[], length: number): TextRun[] {
  const kept: TextRun[] = [];
  for (const run of runs) {
    if (length <= 0) break;
    kept.push({ ...run, text: run.text.slice(0, length) });
    length -= run.text.length;
  }
  return kept;
}

/** Runs cut at the last whole word that fits, with an ellipsis; runs that fit are left whole. */
function cut(runs: TextRun[], length: number): TextRun[] {
  const text = textOfRuns(runs);
  if (text.length <= length) return runs;
  const lastSpace = text.slice(0, length - 1).lastIndexOf(' ');
  const kept = sliceRuns(runs, lastSpace > 0 ? lastSpace : length - 1);
  const last = kept.at(-1)!;
  kept[kept.length - 1] = { ...last, text: last.text.replace(/[\s,;:–—-]+$/, '') };
  return [...kept, { text: '…' }];
}

const memo = new Map<string, TextRun[] | undefined>();

/**
 * What a link to a piece without a standfirst says of it (its page's description, its feed item): the
 * opening sentences of its running text, as written, cut at a word; undefined for a body without any. Its
 * <Foreign> names are runs of their own, which a translation's conversion (transliteration) leaves as written.
 */
export function openingWords(mdxBody: string): TextRun[] | undefined {
  if (!memo.has(mdxBody)) {
    const paragraphs = parsedParagraphs(mdxBody);
    const sentences = paragraphs.map((runs) => sliceRuns(runs, lastSentenceEnd(textOfRuns(runs)))).filter((runs) => runs.length > 0);
    const runs = sentences.flatMap((sentence, i) => (i === 0 ? sentence : [{ text: ' ' }, ...sentence]));
    memo.set(mdxBody, runs.length === 0 ? undefined : cut(runs, OPENING_WORDS_LENGTH));
  }
  return memo.get(mdxBody);
}

/** A body's paragraphs of running text; none when it cannot be parsed, which the build reports on the file's own line. */
function parsedParagraphs(mdxBody: string): TextRun[][] {
  try {
    return paragraphsOf(mdxToMdast(mdxBody, { position: false }), []);
  } catch {
    return [];
  }
}
