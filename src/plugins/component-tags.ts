import { defineMdastPlugin, type MdastNode, type MdastVisitorContext, type MdxFlowExpression, type MdxJsxFlowElement, type MdxJsxTextElement, type MdxTextExpression } from 'satteri';
import { htmlTagNames } from 'html-tag-names';
import { closest } from '../schemas/common.ts';
import { attributeProblems, blockRule, COMPONENT_NAMES, describeTag, EXPRESSION, HELD, INLINE_COMPONENTS, isComponentName, LIST_LINES, type AttributeValue, type ComponentName } from '../components/mdx/props.ts';
import type { Position } from 'unist';
import { textOf } from './heading-anchors.ts';
import { atLine, reportProblem } from './problems.ts';
import { esmProblem, namesDeclaredIn, namesReadIn } from './mdx-esm.ts';
import { bracesHoldCode } from './mdx-syntax-causes.ts';

type Tag = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;
type Expression = Readonly<MdxFlowExpression | MdxTextExpression>;
/** Any node, as far as telling components apart goes. */
type NamedNode = Readonly<{ type: string; name?: string | null }>;

const HTML_TAG_NAMES = new Set(htmlTagNames);

const EMBEDDED = ['iframe', 'object', 'embed', 'video', 'audio'];
const FORM_PARTS = ['form', 'input', 'button', 'select', 'textarea'];
/** HTML a piece has no use for: why, and what to write instead (`link` a Markdown link to what the tag leads to). */
const REFUSED_HTML: Record<string, (link: string) => string> = {
  script: () => 'a piece carries no script: every page but search works without JavaScript; delete it',
  style: () => 'the site\'s styles give every piece its look: delete it, and use the components for boxes, quotes and figures (see docs/editing.md)',
  ...Object.fromEntries(EMBEDDED.map((name) => [name, (link: string) => `a piece embeds no page, video or sound, which the printed letter cannot carry: link to it instead, ${link}`])),
  ...Object.fromEntries(FORM_PARTS.map((name) => [name, (link: string) => `a piece holds no form: link to the page that has it instead, ${link}`])),
};

/** Names a piece may read without declaring them: what MDX gives every page, and JavaScript's own. */
const GIVEN_NAMES = new Set(['props', 'frontmatter', ...Object.getOwnPropertyNames(globalThis)]);

/**
 * Checks every tag an editor writes: a component must be one of the editors' components (or imported
 * in the file), with the attributes it accepts; any other tag must be HTML's, an HTML image needs its text alternative, an
 * HTML link is written in Markdown instead, and scripts, styles, embeds and forms have no place in a piece. And every
 * expression (`{…}` in the text or as an attribute's value) may only read names the piece declares,
 * where the page would otherwise fail to render with a bare "is not defined". Each problem is reported
 * at its line, with the tag or name as written and what is expected.
 */
export function componentTags() {
  const declared = new Set<string>();
  const tags: Tag[] = [];
  const expressions: Expression[] = [];
  return defineMdastPlugin({
    name: 'component-tags',
    options: { position: true },
    mdxjsEsm(node, ctx) {
      for (const name of namesDeclaredIn(node.value)) declared.add(name);
      const problem = esmProblem(node.value);
      const line = problem && node.position && node.position.start.line + problem.line - 1;
      if (problem) reportProblem(ctx, problem.reason, line ? atLine(line) : node);
    },
    mdxJsxFlowElement(node) {
      tags.push(node);
    },
    mdxJsxTextElement(node) {
      tags.push(node);
    },
    mdxFlowExpression(node) {
      expressions.push(node);
    },
    mdxTextExpression(node) {
      expressions.push(node);
    },
    // Judged once the whole file is read: an import may come after a tag that uses it.
    after(_root, ctx) {
      const read = [
        ...expressions.map((node) => ({ node, code: node.value, inText: true })),
        ...tags.flatMap((node) => node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'object' && a.value ? [{ node, code: a.value.value, inText: false }] : []))),
      ];
      for (const { node, code, inText } of read) {
        const undefinedNames = [...new Set(namesReadIn(code))].filter((name) => !declared.has(name) && !GIVEN_NAMES.has(name));
        const suggestions = undefinedNames.map((name) => closest(name, [...declared]));
        // Words in braces amid the text, {non-punishment}, name nothing the piece defines: braces meant as text, said once.
        if (inText && undefinedNames.length > 0 && suggestions.every((suggestion) => suggestion === undefined)) {
          reportProblem(ctx, bracesHoldCode(`{${code.trim()}}`), node);
          continue;
        }
        undefinedNames.forEach((name, index) => {
          const suggestion = suggestions[index];
          const hint = suggestion ? `did you mean {${suggestion}}?` : 'a photo is named by its import line at the top of the piece';
          reportProblem(ctx, `{${code.trim()}}: "${name}" is not defined in this piece: ${hint} (to write a brace as text, write \\{)`, node);
        });
      }
      // An expression of no names, {2026} or {"Palermo"}, is text in braces that the page would show without them.
      for (const node of expressions) {
        const code = node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim();
        if (code !== '' && namesReadIn(node.value).length === 0) {
          reportProblem(ctx, `{${node.value.trim()}}: the page would show what is in the braces without them: to write a brace as text, write \\{ (a comment is written {/* … */})`, node);
        }
      }
      for (const element of tags) {
        const name = element.name;
        if (!name || name.includes('.') || declared.has(name)) continue;
        const attributes = attributesOf(element);
        if (attributes === undefined) continue;
        const tag = describeTag(name, attributes);
        if (/^[A-Z]/.test(name)) {
          if (!isComponentName(name)) {
            const suggestion = closest(name, COMPONENT_NAMES);
            const hint = suggestion ? `did you mean <${suggestion}>?` : `the components are: ${COMPONENT_NAMES.join(', ')}`;
            reportProblem(ctx, `unknown component ${tag}: ${hint} (see docs/editing.md)`, element);
            continue;
          }
          for (const problem of attributeProblems(name, attributes)) reportProblem(ctx, `${tag}: ${problem}`, element);
          const held = HELD[name];
          if (held && !element.children.some((child) => showsSomething(child))) reportProblem(ctx, `${tag} holds nothing: write ${held} between <${name}> and </${name}>`, element);
          // A block inside a sentence would break its paragraph in two on the page (inside a list, the list says so).
          const sentence = element.type === 'mdxJsxTextElement' ? ctx.parent(element) : undefined;
          if (sentence && !INLINE_COMPONENTS.includes(name) && !isList(ctx.parent(sentence))) reportProblem(ctx, `${tag}: ${blockRule(name)}`, element);
          if (element.type === 'mdxJsxFlowElement') {
            for (const problem of listProblems(element, name, tag, ctx.parent(element))) reportProblem(ctx, problem.message, problem.node);
          }
        } else if (!HTML_TAG_NAMES.has(name)) {
          // Not HTML either: the page would carry it as an unknown element, shown as bare text.
          const suggestion = closest(name, COMPONENT_NAMES);
          const hint = suggestion ? `did you mean <${suggestion}>? (components start with a capital letter)` : `the components are: ${COMPONENT_NAMES.join(', ')}`;
          reportProblem(ctx, `unknown element ${tag}: ${hint} (see docs/editing.md)`, element);
        } else if (name === 'img' && (typeof attributes['alt'] !== 'string' || attributes['alt'].trim() === '') && attributes['alt'] !== EXPRESSION) {
          reportProblem(ctx, `${tag}: alt is required: a text alternative describing the image (better: use <Figure>, see docs/editing.md)`, element);
        } else if (Object.hasOwn(REFUSED_HTML, name) && !insideRefused(element, ctx)) {
          const address = [attributes['src'], attributes['data'], attributes['action']].find((value) => typeof value === 'string') ?? 'https://…';
          const title = typeof attributes['title'] === 'string' ? attributes['title'] : textOf(element as MdastNode).trim() || '…';
          reportProblem(ctx, `${tag}: ${REFUSED_HTML[name]!(`[${title}](${address})`)}`, element);
        } else if (name === 'a' && attributes['href'] !== undefined) {
          // Only Markdown links are checked, and moved to the reader's language when they lead to a piece.
          const href = typeof attributes['href'] === 'string' ? attributes['href'] : '…';
          reportProblem(ctx, `${tag}: write the link in Markdown, [${textOf(element as MdastNode).trim() || '…'}](${href}), which the check follows and the site takes to the reader's language`, element);
        }
      }
    },
  });
}

/** Whether a tag lies inside one already reported as having no place in a piece (an input inside its form). */
function insideRefused(element: Tag, ctx: MdastVisitorContext): boolean {
  for (let node = ctx.parent(element); node; node = ctx.parent(node)) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && Object.hasOwn(REFUSED_HTML, node.name)) return true;
  }
  return false;
}

type ShownNode = Readonly<{ type: string; value?: unknown; children?: readonly unknown[] }>;
/** Whether a node shows anything on the page: text, an image or a tag (an MDX comment shows nothing). */
function showsSomething(node: ShownNode): boolean {
  if (node.type === 'image' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return true;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return false;
  if (typeof node.value === 'string') return node.value.trim() !== '';
  return (node.children ?? []).some((child) => showsSomething(child as ShownNode));
}

const isList = (node: NamedNode | undefined) =>
  node?.type === 'mdxJsxFlowElement' && !!node.name && Object.hasOwn(LIST_LINES, node.name);

/**
 * A list's line outside its list, or anything but its lines inside a list (an MDX comment aside): either
 * would break the list's <dl> on the page. Text right under a line joins it into one paragraph, which is
 * reported here once, with the text quoted, rather than as a block inside a sentence.
 */
function listProblems(element: Tag, name: ComponentName, tag: string, parent: NamedNode | undefined) {
  const problems: { message: string; node: { position?: Position | undefined } }[] = [];
  const line = LIST_LINES[name];
  if (line) {
    const isLine = (node: NamedNode) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === line;
    for (const child of element.children) {
      if (isLine(child) || child.type === 'mdxFlowExpression') continue;
      const stray = child.type === 'paragraph' ? child.children.filter((node) => !isLine(node)).map((node) => textOf(node as MdastNode)).join('').trim() : textOf(child as MdastNode).trim();
      const fix = child.type === 'mdxJsxFlowElement'
        ? `move <${child.name ?? ''}> out of the box`
        : stray ? `write "${stray.length > 40 ? `${stray.slice(0, 40)}…` : stray}" as a <${line}>, or move it out of the box` : 'move what is on this line out of the box';
      problems.push({ message: `${tag} holds only its <${line}> lines: ${fix}`, node: child });
    }
  }
  const list = Object.entries(LIST_LINES).find(([, item]) => item === name)?.[0];
  if (list && !(parent?.type === 'mdxJsxFlowElement' && parent.name === list)) {
    problems.push({ message: `${tag} is a line of <${list}>: write it between <${list}> and </${list}>`, node: element });
  }
  return problems;
}

/** The attributes as written: text, a bare attribute (true), a literal, or an expression; undefined when spread ({...props}). */
function attributesOf(element: Tag): Record<string, AttributeValue> | undefined {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return undefined;
    const { value } = attribute;
    attributes[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : literalValue(value.value);
  }
  return attributes;
}

const STRING_LITERAL = /^(?:"([^"\\]*)"|'([^'\\]*)'|`([^`\\$]*)`)$/;

/**
 * The value of a literal written in braces (value={30}, kind={"sidebar"}), which the components' schemas can
 * check now, as they check text in quotes; any other expression is known only when the page renders.
 */
function literalValue(code: string): AttributeValue {
  const trimmed = code.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  const text = STRING_LITERAL.exec(trimmed);
  return text ? (text[1] ?? text[2] ?? text[3]!) : EXPRESSION;
}
