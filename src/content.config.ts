import { dirname } from 'node:path';
import { defineCollection, type SchemaContext } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CONTENT_DIR, missingIssuesFolder } from './lib/content-dir.ts';
import { buildDate } from './lib/publication.ts';
import { leftOutOfProduction } from './lib/unpublished-content.ts';
import { missingImage } from './lib/image-fields.ts';
import { sameNameProblems } from './lib/same-name-files.ts';
import { ContentError, shownPath } from './lib/content-error.ts';
import { COLLECTIONS, entryId } from './schemas/collections.ts';

interface CollectionSpec<Schema extends z.ZodType> {
  base: string;
  pattern: string[];
  schema: (image: ReturnType<SchemaContext['image']>) => Schema;
  imageFields?: string[];
}

// Before Astro reads the content: a mistyped folder or two files of one name would pass unseen.
const missing = missingIssuesFolder(CONTENT_DIR);
const folderProblems = missing ? [missing] : sameNameProblems(CONTENT_DIR);
if (folderProblems.length > 0) throw new ContentError(folderProblems);

/**
 * The preview (`astro dev`) shows every issue; a production build reads only the issues published on its
 * build date, and only the contacts they (or no issue) name.
 */
const leftOut = import.meta.env.DEV ? { issueFolders: [], contacts: [] } : leftOutOfProduction(CONTENT_DIR, buildDate());
const exclusions: Record<string, string[]> = {
  issues: leftOut.issueFolders.map((folder) => `!${folder}/**`),
  contacts: leftOut.contacts.flatMap((id) => [`!${id}.yaml`, `!${id}.*.yaml`]),
};

/**
 * Astro reports a missing image without the entry that names it; this names the file and field first,
 * as the check command does.
 */
function withImagesChecked(loader: Loader, fields: readonly string[]): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const { data, filePath } = entry;
          const problems = fields.flatMap((field) => {
            const value = data[field];
            const problem = typeof value === 'string' && filePath ? missingImage(value, dirname(filePath)) : undefined;
            return problem ? [{ file: shownPath(filePath!), where: field, message: problem }] : [];
          });
          if (problems.length > 0) throw new ContentError(problems);
          return context.parseData(entry);
        },
      }),
  };
}

function collection<Schema extends z.ZodType>({ base, pattern, schema, imageFields = [] }: CollectionSpec<Schema>) {
  const loader = glob({
    base: `${CONTENT_DIR}/${base}`,
    pattern: [...pattern, ...(exclusions[base] ?? [])],
    generateId: ({ entry }) => entryId(entry),
  });
  return defineCollection({
    loader: imageFields.length > 0 ? withImagesChecked(loader, imageFields) : loader,
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
