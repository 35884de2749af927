import { z } from 'astro/zod';
import { markupProblem } from '../lib/plain-text.ts';

interface IssueInput {
  input?: unknown;
  path?: readonly PropertyKey[] | undefined;
}

/** YAML reads a "-" with nothing after it as null: a list entry begun and left empty, or a stray line between two entries. */
const emptyEntry = (toWrite: string, what?: string) =>
  `an empty entry, a "-" with nothing after it: write ${toWrite} after the "-"${what ? ` (expected ${what})` : ''}, or delete the line`;

/**
 * A field's error text: "missing" when the editor left the field out, "left empty" when they wrote "field:" with
 * nothing after it (or a list's "-"), otherwise what it should hold. `what` reads after "expected", e.g. "one of: draft, scheduled, published".
 */
export const expected = (what: string) => (issue: IssueInput) => {
  if (issue.input === undefined) return `missing (expected ${what})`;
  if (issue.input === null) return typeof issue.path?.at(-1) === 'number' ? emptyEntry('its value', what) : `left empty (expected ${what})`;
  return `expected ${what}`;
};

/**
 * The `when` of a check across fields (an event's end after its start): it runs only once the entry and those
 * fields were read. A field written wrongly is reported with the form it takes; compared as written, it would add
 * a false second problem.
 */
export const onceRead = (...fields: string[]) => ({
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === 'object' && payload.value !== null && !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
});

/** One of a list of values; a near miss is answered with the value meant ("overveiw": did you mean "overview"?). */
export const oneOf = <const Values extends readonly [string, ...string[]]>(
  values: Values,
  what = `one of: ${values.join(', ')}`,
  /** Other names of a value, which a misspelling is not (X for twitter). */
  aliases: Readonly<Record<string, Values[number]>> = {},
) =>
  z.enum(values, {
    error: (issue) => {
      const meant = typeof issue.input === 'string' ? (aliases[issue.input.trim().toLowerCase()] ?? closest(issue.input, values)) : undefined;
      return meant ? `expected ${what}: did you mean "${meant}"?` : expected(what)(issue);
    },
  });

/** A list of words (codes, slugs), written [RS, BA]: one written bare is answered with itself in brackets. */
export const wordList = <Item extends z.ZodType>(item: Item, example: string) =>
  z.array(item, {
    error: (issue) => (typeof issue.input === 'string' ? `expected a list, written in brackets: [${issue.input}]` : expected(`a list, written in brackets, e.g. ${example}`)(issue)),
  });

/** A list of entries with fields, each opening with "- " on a line of its own; `how` says how, for the message. */
export const entryList = <Item extends z.ZodType>(item: Item, how: string) => z.array(item, { error: expected(`a list, ${how}`) });

/** Lower-case words joined by hyphens: the form of every slug and id an editor writes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A name written another way ("Field Visit", "séminaire_2019") in the form of a slug, if it has letters or digits. */
export function asSlug(name: string): string | undefined {
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g);
  return words ? words.join('-') : undefined;
}

/** The names a slug is the name of, each with an example from the archive for messages with nothing better to suggest. */
const SLUG_EXAMPLES = { piece: 'french-strategy', contact: 'caroline-charpentier', event: 'belgrade-trip' } as const;

/** A piece's, contact's or event's name: lower-case words joined by hyphens. */
export const slug = (names: keyof typeof SLUG_EXAMPLES) =>
  z.string({ error: expected(`lower-case letters, digits and hyphens, e.g. "${SLUG_EXAMPLES[names]}"`) }).regex(SLUG_PATTERN, {
    // A file is named alone: "caroline-charpentier", not "caroline-charpentier.yaml" or "contacts/caroline-charpentier".
    error: (issue) => {
      const input = String(issue.input);
      const inFolder = input.includes('/');
      const extension = /\.(ya?ml|mdx?)$/;
      const name = input.replace(/^.*\//, '').replace(extension, '');
      if ((inFolder || extension.test(input)) && SLUG_PATTERN.test(name)) {
        return `expected the file's name ${inFolder ? 'alone, without its folder' : 'without its extension'}: "${name}"`;
      }
      return `expected lower-case letters, digits and hyphens, e.g. "${asSlug(input) ?? SLUG_EXAMPLES[names]}"`;
    },
  });

/** YAML reads 12345, true or 2019-04-01 without quotes as a number, a yes/no or a date: say how to keep it text. */
const textError = (issue: { input?: unknown }) =>
  ['number', 'boolean'].includes(typeof issue.input) ? `expected text: write it in quotes, "${String(issue.input)}"` : expected('text')(issue);

const plainText = (foreign: boolean) =>
  z
    .string({ error: textError })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
      const problem = markupProblem(value, foreign);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
/**
 * A text alternative that says nothing of the picture: a word for "picture" alone, or a file's name.
 * Screen readers already announce an image; readers who cannot see it need what it shows.
 */
const SAYS_NOTHING = /^(an? |the )?(photo(graph)?|image|picture|pic|img|figure|cover|illustration|photographie)s?\.?$|\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
/** The same text schema, also refusing a text alternative that says nothing of the picture. */
export const describingPicture = <Schema extends z.ZodType<string>>(schema: Schema) =>
  schema.superRefine((value, ctx) => {
    if (SAYS_NOTHING.test(value.trim())) {
      ctx.addIssue({ code: 'custom', message: 'must say what the picture shows, for readers who cannot see it, e.g. "Participants seated around a table at the Sarajevo seminar"' });
    }
  });

/** A text field: plain text. */
export const text = plainText(false);
/** A translated text field: plain text, names to keep as written in <Foreign>…</Foreign> (src/lib/plain-text.ts). */
export const translatedText = plainText(true);
/** A picture's text alternative (a cover's). */
export const altText = describingPicture(text);

const personShape = { name: text, role: text.optional() };
const peopleHint = 'one "- name: …" per person, on lines of their own under the field';
/**
 * The people a piece names or an editorial's authors. `contact` names the person's file in content/contacts/
 * when they have one, so that their name leads to it and the contacts page to what they wrote.
 */
export const people = entryList(entryObject({ ...personShape, contact: slug('contact').optional() }), peopleHint);
export type Person = z.infer<typeof people>[number];
/** The same people in a translation: their roles and, where transcribed, their names, in the English order. */
export const translatedPeople = entryList(entryObject(personShape), peopleHint);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Codes Intl names that are no country: user-assigned ones (ZZ, "Unknown Region") but Kosovo's XK, and EU, EZ, UN. */
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** Codes the EU and others use where ISO 3166 has another (Intl even takes UK for GB): the country meant, and its ISO code. */
const NOT_ISO = new Map([
  ['UK', { country: 'the United Kingdom', iso: 'GB' }],
  ['EL', { country: 'Greece', iso: 'GR' }],
]);

const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && !NOT_ISO.has(code) && !NOT_COUNTRIES.test(code) && regionNames.of(code) !== undefined;

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
let countryNames: { code: string; name: string }[] | undefined;
/** Every country's English name (Intl's, "Bosnia & Herzegovina") and its code, made when a mistake first needs them. */
const countryNamesOf = () =>
  (countryNames ??= LETTERS.flatMap((first) => LETTERS.map((second) => first + second)).filter(isCountryCode).map((code) => ({ code, name: regionNames.of(code)!.toLowerCase() })));

/** The code of the country a name stands for: its English name, or the one name holding it as a word ("Bosnia", "Macedonia"). */
function codeOfName(written: string): string | undefined {
  const name = written.trim().toLowerCase();
  const exact = countryNamesOf().find((country) => country.name === name);
  if (exact) return exact.code;
  const word = new RegExp(`(^|[\\s&-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s&-])`);
  const holding = name.length > 2 ? countryNamesOf().filter((country) => word.test(country.name)) : [];
  return holding.length === 1 ? holding[0]!.code : undefined;
}

/** ISO 3166-1 alpha-2, plus XK (Kosovo), which every Intl implementation knows. */
export const countryCode = z.string().refine(isCountryCode, {
  error: (issue) => {
    const code = String(issue.input);
    const meant = NOT_ISO.get(code);
    if (meant) return `${code} is not an ISO 3166 country code: ${meant.country} is ${meant.iso}`;
    if (isCountryCode(code.toUpperCase())) return `write the country code in capitals: "${code.toUpperCase()}"`;
    const named = codeOfName(code);
    if (named) return `expected an ISO 3166-1 alpha-2 country code: ${code.trim()} is "${named}"`;
    return 'expected an ISO 3166-1 alpha-2 country code in capitals, e.g. "RS" (Kosovo: "XK")';
  },
});

/** Edit distance between two short words, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to a mistyped one, if it is close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * An object that accepts only the fields it declares; an unknown field is reported with the
 * nearest known one ("unknown field "standfist": did you mean "standfirst"?"). `noun` names what
 * the keys are to the editor: fields of a file, attributes of a component. A translation names
 * `sourceOnly` the English entry's fields it does not repeat, which a translator is told to leave to it.
 */
export function entryObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, noun = 'field', sourceOnly: readonly string[] = []) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      // A bare value where fields are expected, as in "- caroline-charpentier" under contacts: say which field it belongs to.
      if (issue.code === 'invalid_type' && known[0] && ['string', 'number'].includes(typeof issue.input)) return `expected ${noun}s, not a bare value: write "${known[0]}: ${String(issue.input)}"`;
      // A "-" with nothing after it: an entry begun and left empty, or a stray line between two entries.
      if (issue.code === 'invalid_type' && issue.input === null) return emptyEntry(`its ${noun}s`);
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          if (sourceOnly.includes(key)) return `"${key}" is not translated: the English file's ${key} serves every language; delete the line`;
          const suggestion = closest(key, known);
          const list = known.length > 0 ? `the ${noun}s are: ${known.join(', ')}` : `it takes no ${noun}s`;
          return `unknown ${noun} "${key}"${suggestion ? `: did you mean "${suggestion}"?` : `; ${list}`}`;
        })
        // One line per unknown key, which issueMessages gives back one by one.
        .join('\n');
    },
  });
}

/** The messages of one issue, one per problem: an object's unknown keys make one issue, a line each (see entryObject). */
export const issueMessages = (issue: { message: string }): string[] => issue.message.split('\n');
