import { z } from 'astro/zod';
import { entryList, entryObject, slug, translatedPeople as people, translatedText as text } from './common.ts';
import { agendaEventSchema } from './agenda.ts';
import { contactSchema } from './contact.ts';
import { issueSchema } from './issue.ts';
import { editorialSchema, pieceSchema } from './piece.ts';

/**
 * Translations sit beside their English source with the locale before the extension
 * ("french-strategy.fr.mdx", "issue.sr-cyrl.yaml") and carry only what a translator translates.
 * `sourceVersion` records which version of the English file the translation was made from
 * (the file's git blob id, written by `npm run translate`), so that outdated translations show.
 */
const sourceVersion = z
  .string({ error: 'expected the version of the English file this translation was made from (written by npm run translate)' })
  .regex(/^[0-9a-f]{40}$/, { error: 'expected a 40-character version id, as written by npm run translate' });

/**
 * A translation being written (`npm run translate` starts every file as one): checked like any other,
 * but readers keep getting the English text until the translator deletes the line.
 */
const draft = z.boolean({ error: 'expected true while the translation is being written; delete the line once it is translated' }).optional();

/** The text fields of each kind of entry that a translator translates, beside the lists of people and contacts. */
const pieceTexts = { title: text, standfirst: text.optional() };
const issueTexts = { title: text.optional(), summary: text.optional(), coverAlt: text.optional() };
const eventTexts = { title: text.optional(), place: text.optional(), description: text.optional() };
const contactTexts = {
  /** An office's name is translated; a person's stays as in English unless the translation transcribes it (Каролин Шарпантје). */
  name: text.optional(),
  role: text.optional(),
  office: text.optional(),
  address: text.optional(),
};
const fieldsOf = <Shape extends object>(shape: Shape) => Object.keys(shape) as (keyof Shape & string)[];
export const TEXT_FIELDS = {
  piece: fieldsOf(pieceTexts),
  issue: fieldsOf(issueTexts),
  event: fieldsOf(eventTexts),
  contact: fieldsOf(contactTexts),
};

/** A translation's fields: what a translator writes, and no field of the English entries it translates but these. */
const translationObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape, ...english: { shape: object }[]) =>
  entryObject(shape, 'field', [...new Set(english.flatMap((entry) => Object.keys(entry.shape)))].filter((key) => !(key in shape)));

export const pieceTranslationSchema = translationObject(
  {
    sourceVersion,
    draft,
    ...pieceTexts,
    /** Editorials: the authors' roles in this language, in the English order. */
    authors: people.optional(),
    /** Pieces: the roles of the people who speak, in the English order. */
    people: people.optional(),
  },
  pieceSchema,
  editorialSchema,
);

export const issueTranslationSchema = translationObject(
  {
    sourceVersion,
    draft,
    ...issueTexts,
    contacts: entryList(entryObject({ contact: slug('contact'), role: text }), 'one "- contact: …" with its "role: …" per contact, under the field').default([]),
  },
  issueSchema(z.unknown()),
);

export const agendaTranslationSchema = entryObject({
  sourceVersion,
  draft,
  events: entryList(translationObject({ id: slug('event'), ...eventTexts }, agendaEventSchema), 'one "- id: …" with its translated fields per event, under the field').default([]),
});

export const contactTranslationSchema = translationObject({ sourceVersion, draft, ...contactTexts }, contactSchema);
