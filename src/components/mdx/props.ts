import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { describingPicture, entryObject, issueMessages } from '../../schemas/common.ts';
import { formatFieldPath } from '../../lib/field-path.ts';
import { withoutMisspeltMissing } from '../../lib/misspelt-fields.ts';
import { isLanguageTag } from '../../lib/language-tag.ts';

/** Text in quotes; `what` says what it holds, for the messages. */
const words = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be text in quotes: ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what}` });

const attributes = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => entryObject(shape, 'attribute');

/** The name to import a photo under, made of its file's name ("./seminar-sarajevo.jpg" → seminarSarajevo). */
function importName(path: string): string {
  const [first = 'photo', ...rest] = (path.replace(/^.*\//, '').replace(/\.[^.]*$/, '').match(/[A-Za-z0-9]+/g) ?? []);
  const name = [first.toLowerCase(), ...rest.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase())].join('');
  return /^\d/.test(name) ? `photo${name}` : name;
}

const importedImage = z.custom<ImageMetadata>(
  (value) => typeof value === 'object' && value !== null && 'src' in value && 'width' in value,
  {
    error: (issue) => {
      // The photo's file named in quotes, as an <img> takes it: the import it needs, under a name made of the file's.
      if (typeof issue.input !== 'string' || issue.input.trim() === '') return 'must be an imported image: put import photo from \'./photo.jpg\'; at the top of the file and write src={photo}';
      const name = importName(issue.input);
      return `must be an imported image, not its file's name: put import ${name} from '${issue.input}'; at the top of the file and write src={${name}}`;
    },
  },
);

/**
 * The components editors may use in any piece, and the attributes each accepts. The only list of
 * them: index.ts maps these names to the .astro files, the check command and the MDX plugin validate
 * what editors write against these schemas, and each component parses its props with its own.
 * Messages read after the attribute's name: "kind must be definition or sidebar".
 */
const COMPONENT_PROPS = {
  KeyFigures: attributes({ title: words('the heading of the box, e.g. "Key figures"').optional() }),
  KeyFigure: attributes({ value: words('the figure as printed, e.g. value="€1,830,000"') }),
  Box: attributes({
    title: words('the heading of the box').optional(),
    kind: z.enum(['definition', 'sidebar'], { error: 'must be definition or sidebar' }).optional(),
  }),
  PullQuote: attributes({ source: words('who said or wrote it').optional() }),
  QA: attributes({ question: words('the question, e.g. question="What is your role?"') }),
  Acronyms: attributes({
    title: words('the heading of the key, e.g. "Key"').optional(),
    note: words('a line under the key').optional(),
  }),
  Acronym: attributes({ short: words('the acronym, e.g. short="UNODC"') }),
  Abbr: attributes({ title: words('what the acronym stands for, e.g. title="United Nations Office on Drugs and Crime"') }),
  PartnerCountries: attributes({ title: words('the heading of the list').optional() }),
  Figure: attributes({
    src: importedImage,
    alt: describingPicture(words('a text alternative describing the image for readers who cannot see it')),
  }),
  MissingPhoto: attributes({}),
  Foreign: attributes({
    lang: words('the language of the name, e.g. lang="fr"')
      .refine(isLanguageTag, { error: 'must be the language of the name as a language tag, e.g. lang="fr", lang="sr-Latn"' })
      .optional(),
  }),
  DocumentLink: attributes({
    href: words('the document\'s full address, e.g. href="https://www.unodc.org/documents/report.pdf"').regex(/^(https?:\/\/|\/)/, {
      error: 'must be the document\'s full address, starting with https://',
    }),
    format: words('the file format, e.g. format="PDF"').optional(),
  }),
} as const;

export type ComponentName = keyof typeof COMPONENT_PROPS;
export type ComponentProps<Name extends ComponentName> = z.output<(typeof COMPONENT_PROPS)[Name]>;
export const COMPONENT_NAMES = Object.keys(COMPONENT_PROPS) as ComponentName[];

export const isComponentName = (name: string): name is ComponentName => Object.hasOwn(COMPONENT_PROPS, name);

/** The components that sit inside a sentence; every other one is a block (a box, a list, a figure) written on lines of its own. */
export const INLINE_COMPONENTS: readonly ComponentName[] = ['Abbr', 'Foreign'];

/** How a block is written, said where one stands inside a sentence (where the page would cut the paragraph in two). */
export const blockRule = (name: ComponentName) =>
  `<${name}> is a block, which must start its own paragraph: write <${name}> and </${name}> on lines of their own, with a blank line before and after${name === 'DocumentLink' ? '; to link to a document from a sentence, write [its title](address)' : ''}`;

/** What a component shows between its tags, said when it holds nothing: the page would show an empty box or line. */
export const HELD: Readonly<Partial<Record<ComponentName, string>>> = {
  KeyFigures: 'its <KeyFigure> lines',
  KeyFigure: 'what the figure counts, e.g. <KeyFigure value="4">Junior Professional Officers</KeyFigure>',
  Box: 'the text of the box',
  PullQuote: 'the words quoted',
  QA: 'the answer',
  Acronyms: 'its <Acronym> lines',
  Acronym: 'what the acronym stands for',
  Abbr: 'the acronym',
  PartnerCountries: 'the names of the countries',
  DocumentLink: 'the document\'s title',
  Foreign: 'the name',
};

/** The lists and their lines: a line outside its list, or anything else inside one, would break the list's <dl> on the page. */
export const LIST_LINES: Readonly<Partial<Record<ComponentName, ComponentName>>> = { KeyFigures: 'KeyFigure', Acronyms: 'Acronym' };

/** A value written as an expression (`src={photo}`): known only when the page renders. */
export const EXPRESSION = Symbol('expression');
/** Text in quotes, a bare attribute (true), a literal in braces (`{30}`, `{"sidebar"}`, `{false}`), or another expression. */
export type AttributeValue = string | number | boolean | typeof EXPRESSION;

/** The tag as the editor wrote it, for messages: `<Box kind="defintion">`. */
export function describeTag(name: string, attributes: Record<string, unknown>): string {
  const shown = Object.entries(attributes).map(([key, value]) =>
    typeof value === 'string' ? ` ${key}="${value}"` : value === true ? ` ${key}` : typeof value === 'number' || typeof value === 'boolean' ? ` ${key}={${value}}` : ` ${key}={…}`,
  );
  return `<${name}${shown.join('')}>`;
}

/**
 * What is wrong with the attributes of one use of a component, one message per problem. Values written
 * as expressions are only checked for presence here; the component checks them when it renders.
 */
export function attributeProblems(name: ComponentName, attributes: Record<string, AttributeValue>): string[] {
  const schema = COMPONENT_PROPS[name];
  const result = schema.safeParse(attributes);
  if (result.success) return [];
  // A misspelt attribute ("hreff") is one mistake: said as the unknown attribute, not also as the one meant missing.
  const issues = withoutMisspeltMissing(result.error.issues, attributes, schema);
  return messagesOf(issues.filter((issue) => !(issue.path.length > 0 && attributes[String(issue.path[0])] === EXPRESSION)));
}

/** A component's props, checked: a wrong value stops the build with the tag and what is expected. */
export function checkedProps<Name extends ComponentName>(name: Name, props: Record<string, unknown>): ComponentProps<Name> {
  const result = COMPONENT_PROPS[name].safeParse(props);
  if (result.success) return result.data as ComponentProps<Name>;
  throw new Error(`${describeTag(name, props)}: ${messagesOf(result.error.issues).join('; ')}`);
}

const messagesOf = (issues: readonly z.core.$ZodIssue[]) =>
  issues.flatMap((issue) => issueMessages(issue).map((message) => (issue.path.length > 0 ? `${formatFieldPath(issue.path)} ${message}` : message)));
