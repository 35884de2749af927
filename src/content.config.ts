import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { COLLECTIONS, entryId } from './schemas/collections.ts';

interface CollectionSpec<Schema extends z.ZodType> {
  base: string;
  pattern: string[];
  schema: (image: ReturnType<SchemaContext['image']>) => Schema;
}

function collection<Schema extends z.ZodType>({ base, pattern, schema }: CollectionSpec<Schema>) {
  return defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/${base}`, pattern, generateId: ({ entry }) => entryId(entry) }),
    schema: ({ image }) => schema(image()),
  });
}

export const collections = {
  issues: collection(COLLECTIONS.issues),
  editorials: collection(COLLECTIONS.editorials),
  pieces: collection(COLLECTIONS.pieces),
  agenda: collection(COLLECTIONS.agenda),
  contacts: collection(COLLECTIONS.contacts),
  issueTranslations: collection(COLLECTIONS.issueTranslations),
  pieceTranslations: collection(COLLECTIONS.pieceTranslations),
  agendaTranslations: collection(COLLECTIONS.agendaTranslations),
  contactTranslations: collection(COLLECTIONS.contactTranslations),
};
