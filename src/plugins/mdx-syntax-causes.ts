import { markdownToMdast } from 'satteri';
import { blockRule, INLINE_COMPONENTS, isComponentName } from '../components/mdx/props.ts';
import { withTypographicQuotes } from '../lib/typographic-quotes.ts';

/** Where the compiler stopped: its words, the text of the line and the column (from 1) it points to. */
export interface SyntaxStop {
  words: string;
  text: string;
  column: number;
}

/**
 * What an editor wrote that MDX cannot read, in words, when it is a usual slip: text pasted from a word
 * processor, or written as Markdown or HTML allow and MDX does not. Undefined for any other error.
 */
export function syntaxErrorCause(stop: SyntaxStop): string | undefined {
  for (const cause of CAUSES) {
    const found = cause(stop);
    if (found) return found;
  }
  return undefined;
}

/** "seminar-photo" → "seminarPhoto": the name an import can take. */
const camelCase = (name: string) => name.replace(/-+(\w)/g, (_, letter: string) => letter.toUpperCase());

/** An imported photo named with a hyphen, which JavaScript reads as a minus. */
function hyphenatedImportName({ text }: SyntaxStop): string | undefined {
  const name = /^\s*import\s+([A-Za-z_$][\w$]*(?:-[\w$]+)+)\s+from\b/.exec(text)?.[1];
  return name && `the name "${name}" cannot hold a hyphen: write it ${camelCase(name)}, here and where it is used ({${camelCase(name)}})`;
}

const CURLY_QUOTES = /[“”‘’„«»]/g;

/** An import's file name in typographic quotes, as a word processor types them. */
function curlyQuotedImport({ text }: SyntaxStop): string | undefined {
  if (!/^\s*import\b/.test(text) || text.search(CURLY_QUOTES) < 0) return undefined;
  return `the file name in the import line is in curly quotes, which MDX does not read: write it in straight quotes, ${text.trim().replace(CURLY_QUOTES, "'")}`;
}

/** A tag's value in typographic quotes (kind=“sidebar”). */
function curlyQuotedValue({ text }: SyntaxStop): string | undefined {
  const curly = /(\w+)=\s*[“”‘’„«»]([^“”‘’„«»]*)[“”‘’„«»]?/.exec(text);
  return curly ? `${curly[0]} is in curly quotes, which MDX does not read: write ${curly[1]}="${curly[2]}" with straight quotes (")` : undefined;
}

/**
 * A tag's value in straight quotes that holds straight quotes (title="A "new" start"), where the first one
 * inside ends it: the value meant runs to the quote before the tag's end or its next attribute.
 */
function quotesInValue({ text }: SyntaxStop): string | undefined {
  for (const attribute of text.matchAll(/(\w+)="/g)) {
    const start = attribute.index + attribute[0].length;
    const end = text.slice(start).search(/"(?=\s*\/?>|\s+\w+=)/);
    const value = end < 0 ? '' : text.slice(start, start + end);
    if (value.includes('"') && !/\s\w+="/.test(value)) {
      const name = attribute[1]!;
      return `the value of ${name} holds a ", which ends it: write the quotes inside as typographic ones, ${name}="${withTypographicQuotes(value)}", or the value in single quotes, ${name}='${value}'`;
    }
  }
  return undefined;
}

/** Words in braces ({see annex}), which MDX reads as code; braces holding an attribute's value (title={…}) are code indeed. */
function bracesAsText({ words, text, column }: SyntaxStop): string | undefined {
  if (!words.startsWith('Could not parse expression')) return undefined;
  const braces = [...text.matchAll(/\{[^{}]*\}/g)].find(({ index, 0: written }) => index < column && column <= index + written.length);
  if (!braces || text[braces.index - 1] === '=') return undefined;
  return bracesHoldCode(braces[0]);
}

/** What to write for braces meant as text, `{see annex}`, whether MDX could not read them or read them as code. */
export const bracesHoldCode = (braces: string) => `${braces}: in MDX, braces hold code, not text: to show them, write \\${braces.slice(0, -1)}\\}, or leave them out`;

/** The rest of the line from the column, when a < that MDX cannot read as a tag stands there. */
const fromLessThan = ({ words, text, column }: SyntaxStop) => (words.startsWith('Unexpected character') && text[column - 1] === '<' ? text.slice(column - 1) : undefined);

/** An HTML comment: MDX has comments of its own. */
function htmlComment(stop: SyntaxStop): string | undefined {
  const rest = fromLessThan(stop);
  if (!rest?.startsWith('<!--')) return undefined;
  // A comment on one line is quoted as it is; one over several lines, by its ends.
  const comment = /^<!--(.*?)-->/.exec(rest);
  const [written, meant] = comment ? [comment[0], `{/*${comment[1]}*/}`] : ['<!-- … -->', '{/* … */}'];
  return `${written} is an HTML comment, which MDX does not read: write it ${meant}`;
}

/** A link written <https://…> or <name@example.org>, as Markdown allows and MDX does not: Markdown's own reading tells it. */
function markdownAutolink(stop: SyntaxStop): string | undefined {
  const rest = fromLessThan(stop);
  const tree = rest === undefined ? undefined : markdownToMdast(rest);
  const first = tree?.type === 'root' ? tree.children[0] : undefined;
  const link = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (link?.type !== 'link' || link.position?.start.column !== 1) return undefined;
  const [address] = link.children;
  if (address?.type !== 'text') return undefined;
  return `<${address.value}> is a link written as Markdown allows and MDX does not: write [${address.value}](${link.url}), or with words in the brackets, [what it leads to](${link.url})`;
}

/**
 * A < meant as text ("aged <5"), which MDX reads as the start of a tag; also before a no-break space, which a word
 * processor puts there ("< 18") and MDX does not take for the space that would leave the < as text.
 */
function lessThanAsText(stop: SyntaxStop): string | undefined {
  const written = fromLessThan(stop)?.match(/^<(?:[\u00a0\u202f]*\d+(?:[.,]\d+)*|[^\p{L}\s$_/>!])/u)?.[0];
  if (!written) return undefined;
  const number = written.slice(1).trim();
  const words = /^\d/.test(number) ? `, or say it in words, "under ${number}", "less than ${number}"` : '';
  return `"${written}": in MDX, a < starts a tag: to show it as text, write \\${written}${words}`;
}

/** A block component opened or closed inside a paragraph, where MDX looks for its other tag in vain. */
function blockInParagraph({ words }: SyntaxStop): string | undefined {
  const name = /^Expected (?:a closing tag for `<|the closing tag `<\/)([\w.]+)>`.* (?:before|after) the end of `paragraph`/.exec(words)?.[1];
  return name && isComponentName(name) && !INLINE_COMPONENTS.includes(name) ? blockRule(name) : undefined;
}

/** A tag's value written without quotes (kind=sidebar), as HTML allows and MDX does not. */
function unquotedValue({ text }: SyntaxStop): string | undefined {
  const bare = /<[A-Za-z][\w.]*\s[^>]*?\b(\w+)=([^\s"'{}<>=][^\s>]*?)(?=\s|\/?>|$)/.exec(text);
  return bare ? `the value of ${bare[1]} must be in quotes: write ${bare[1]}="${bare[2]}"` : undefined;
}

/** HTML's elements that hold nothing, written <br> as HTML allows: MDX waits for their closing tag. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'wbr', 'img']);

/** A tag never closed: an HTML line break written <br>, or a component whose closing tag is missing. */
function unclosedTag({ words }: SyntaxStop): string | undefined {
  const name = /^Expected a closing tag for `<([\w.]+)>`/.exec(words)?.[1];
  if (!name) return undefined;
  if (VOID_ELEMENTS.has(name)) return `<${name}> must be written <${name} /> in MDX, with a slash before the >`;
  return `<${name}> is opened here and never closed: end it with </${name}> after what it holds (or, if it holds nothing, write <${name} … />)`;
}

/** A closing tag that does not match the tag open before it (</PullQuote> to end a <Box>). */
function mismatchedClosingTag({ words }: SyntaxStop): string | undefined {
  const tags = /^Unexpected closing tag `<\/([\w.]+)>`, expected corresponding closing tag for `<([\w.]+)>`/.exec(words);
  return tags ? `</${tags[1]}> does not close the <${tags[2]}> opened above it: end that one with </${tags[2]}>` : undefined;
}

/** A tag whose line ends before its ">": MDX reads the lines below as more of its attributes and stumbles. */
function tagWithoutItsEnd({ words, text }: SyntaxStop): string | undefined {
  if (!words.startsWith('Unexpected character')) return undefined;
  const tag = /<[A-Za-z][\w.]*(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*\s*$/.exec(text)?.[0].trimEnd();
  return tag && `${tag} has no ">" at the end of its line: end the tag with > (or with />, if it holds nothing)`;
}

/** A { that nothing closes: MDX reads the rest of the piece as code. */
function braceNeverClosed({ words, text }: SyntaxStop): string | undefined {
  if (!words.startsWith('Unexpected end of file in expression')) return undefined;
  const open = /\{[^{}]*$/.exec(text);
  if (!open) return undefined;
  const shown = open[0].length > 30 ? `${open[0].slice(0, 30)}…` : open[0];
  return `"${shown}": this { is never closed, and MDX reads what follows as code: to show it as text, write \\{ (a comment is written {/* … */})`;
}

// blockInParagraph before unclosedTag: a component in a paragraph is the likelier cause of a missing closing tag.
const CAUSES = [hyphenatedImportName, curlyQuotedImport, curlyQuotedValue, quotesInValue, unquotedValue, bracesAsText, htmlComment, markdownAutolink, lessThanAsText, blockInParagraph, unclosedTag, mismatchedClosingTag, tagWithoutItsEnd, braceNeverClosed];
