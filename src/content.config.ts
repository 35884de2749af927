import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { COLLECTIONS, entryId } from './schemas/collections.ts';

const collection = ({ base, pattern, schema }: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) =>
  defineCollection({
    loader: glob({ base: `${CONTENT_DIR}/${base}`, pattern, generateId: ({ entry }) => entryId(entry) }),
    schema: ({ image }) => schema(image()),
  });

export const collections = {
  issues: collection(COLLECTIONS.issues),
  editorials: collection(COLLECTIONS.editorials),
  pieces: collection(COLLECTIONS.pieces),
  agenda: collection(COLLECTIONS.agenda),
  contacts: collection(COLLECTIONS.contacts),
};
