import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { closest } from '../schemas/common.ts';
import {
  attributeProblems,
  COMPONENT_NAMES,
  describeTag,
  EXPRESSION,
  isComponentName,
  type AttributeValue,
} from '../components/mdx/props.ts';
import { reportProblem } from './problems.ts';
import { namesDeclaredIn } from './mdx-esm.ts';

/**
 * Checks every tag an editor writes: a component must be one of the editors' components (or imported
 * in the file), with the attributes it accepts; an HTML image needs its text alternative. Each problem
 * is reported at the tag's line, with the tag as written and what is expected.
 */
export function remarkComponents() {
  return (tree: Root, file: VFile) => {
    const declared = namesDeclaredIn(tree);
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const name = element.name;
      if (!name || name.includes('.') || declared.has(name)) return;
      const attributes = attributesOf(element);
      if (attributes === undefined) return;
      const tag = describeTag(name, attributes);
      if (/^[A-Z]/.test(name)) {
        if (!isComponentName(name)) {
          const suggestion = closest(name, COMPONENT_NAMES);
          const hint = suggestion ? `did you mean <${suggestion}>?` : `the components are: ${COMPONENT_NAMES.join(', ')}`;
          reportProblem(file, `unknown component ${tag}: ${hint} (see docs/editing.md)`, element);
          return;
        }
        for (const problem of attributeProblems(name, attributes)) reportProblem(file, `${tag}: ${problem}`, element);
      } else if (name === 'img' && (typeof attributes['alt'] !== 'string' || attributes['alt'].trim() === '') && attributes['alt'] !== EXPRESSION) {
        reportProblem(file, `${tag}: alt is required: a text alternative describing the image (better: use <Figure>, see docs/editing.md)`, element);
      }
    });
  };
}

/** The attributes as written: text, a bare attribute (true), or an expression; undefined when spread ({...props}). */
function attributesOf(element: MdxJsxFlowElement | MdxJsxTextElement): Record<string, AttributeValue> | undefined {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return undefined;
    const { value } = attribute;
    attributes[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : EXPRESSION;
  }
  return attributes;
}
