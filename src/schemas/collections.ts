import type { z } from 'astro/zod';
import { issueSchema } from './issue.ts';
import { editorialSchema, pieceSchema } from './piece.ts';
import { agendaSchema } from './agenda.ts';
import { contactSchema } from './contact.ts';
import {
  agendaTranslationSchema,
  contactTranslationSchema,
  issueTranslationSchema,
  pieceTranslationSchema,
} from './translation.ts';

/** Sources only: translations ("editorial.fr.mdx") carry a second dot and are read as translations. */
const SOURCE_ONLY = '!**/*.*.*';

/**
 * An issue's editorials: editorial.mdx, and editorial-2.mdx and so on when it opens with more than one. Any
 * other name is a piece, which the check wants listed: a copy kept as editorial-old.mdx is not published.
 */
const EDITORIAL = 'editorial?(-+([0-9]))';
/** Whether an entry id ("012/editorial-2", "012/editorial-2.fr") is an editorial's. */
export const isEditorialId = (id: string) => /\/editorial(-\d+)?(\.[^/.]+)?$/.test(id);

/**
 * Where each collection's files live (relative to the content folder) and the schema they follow.
 * Astro's loaders (src/content.config.ts) and the project's own content reader (tests, check command)
 * both read this, so they can never disagree on what a file is.
 */
export const COLLECTIONS = {
  issues: { base: 'issues', pattern: ['*/issue.yaml', SOURCE_ONLY], schema: issueSchema },
  editorials: { base: 'issues', pattern: [`*/${EDITORIAL}.{md,mdx}`, SOURCE_ONLY], schema: () => editorialSchema },
  pieces: { base: 'issues', pattern: ['*/*.{md,mdx}', `!*/${EDITORIAL}.{md,mdx}`, SOURCE_ONLY], schema: () => pieceSchema },
  agenda: { base: 'issues', pattern: ['*/agenda.yaml', SOURCE_ONLY], schema: () => agendaSchema },
  contacts: { base: 'contacts', pattern: ['*.yaml', SOURCE_ONLY], schema: () => contactSchema },
  issueTranslations: { base: 'issues', pattern: ['*/issue.*.yaml'], schema: () => issueTranslationSchema },
  pieceTranslations: { base: 'issues', pattern: ['*/*.*.{md,mdx}'], schema: () => pieceTranslationSchema },
  agendaTranslations: { base: 'issues', pattern: ['*/agenda.*.yaml'], schema: () => agendaTranslationSchema },
  contactTranslations: { base: 'contacts', pattern: ['*.*.yaml'], schema: () => contactTranslationSchema },
} satisfies Record<string, { base: string; pattern: string[]; schema: (image: z.ZodType) => z.ZodType }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Entry ids are the file's path without its extension ("012/editorial"), so that messages and URLs can name it. */
export const entryId = (relativePath: string) => relativePath.replace(/\.(mdx?|ya?ml)$/, '');
