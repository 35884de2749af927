import { resolve } from 'node:path';
import { defineCollection, type SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { CONTENT_DIR, missingIssuesFolder } from './lib/content-dir.ts';
import { buildDate } from './lib/publication.ts';
import { leftOutOfProduction } from './lib/unpublished-content.ts';
import { isPreview, isProductionBuild } from './integrations/build-mode.ts';
import { previewLoaderContext, UNREADABLE } from './lib/preview-loader-context.ts';
import { readEntryFile } from './lib/read-content.ts';
import { sameNameProblems } from './lib/same-name-files.ts';
import { unreadYamlProblems } from './lib/orphans.ts';
import { ContentError } from './lib/content-error.ts';
import { COLLECTIONS, entryId, type CollectionName } from './schemas/collections.ts';

/**
 * The preview (`astro dev`) shows every issue; a production build reads only the issues published on its
 * build date, and only the contacts they (or no issue) name.
 */
const missing = missingIssuesFolder(CONTENT_DIR);
const leftOut = isProductionBuild() && !missing ? leftOutOfProduction(CONTENT_DIR, buildDate()) : { issueFolders: [], contacts: [] };

// Before Astro reads the content: a mistyped folder, two files of one name or a YAML file no loader reads would
// pass unseen. (The preview shows the last two as the check words them, over the page, and goes on.)
const folderProblems = missing
  ? [missing]
  : isPreview()
    ? []
    : [...sameNameProblems(CONTENT_DIR), ...(isProductionBuild() ? unreadYamlProblems(CONTENT_DIR, leftOut.issueFolders) : [])];
if (folderProblems.length > 0) throw new ContentError(folderProblems);

const exclusions: Record<string, string[]> = {
  issues: leftOut.issueFolders.map((folder) => `!${folder}/**`),
  contacts: leftOut.contacts.flatMap((id) => [`!${id}.yaml`, `!${id}.*.yaml`]),
};

/**
 * Each file is read and checked as the check command does before Astro parses it, so that a mistake stops the
 * build with the check's message, one line each: file:line: field: what is wrong and what is expected (Astro
 * would word a schema error its own way, without the line, and a missing image without the entry naming it).
 * The preview does not stop: it leaves such a file out (see previewLoaderContext) and shows the check's lines.
 */
function withEditorMessages(loader: Loader, name: CollectionName): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        ...(isPreview() ? previewLoaderContext(context) : {}),
        parseData: async (entry) => {
          const problems = entry.filePath ? (await readEntryFile(name, resolve(entry.filePath))).problems : [];
          if (problems.length > 0) {
            // The marker stands for any entry: the store set by previewLoaderContext never keeps it.
            if (isPreview()) return UNREADABLE as never;
            throw new ContentError(problems);
          }
          return context.parseData(entry);
        },
      }),
  };
}

/** `spec` is COLLECTIONS[name], passed on its own so that each collection keeps its schema's type. */
function collection<Schema extends z.ZodType>(name: CollectionName, { base, pattern, schema }: { base: string; pattern: string[]; schema: (image: ReturnType<SchemaContext['image']>) => Schema }) {
  const loader = glob({
    base: `${CONTENT_DIR}/${base}`,
    pattern: [...pattern, ...(exclusions[base] ?? [])],
    generateId: ({ entry }) => entryId(entry),
  });
  return defineCollection({
    loader: withEditorMessages(loader, name),
    schema: ({ image }) => schema(image()),
  });
}

export const collections = {
  issues: collection('issues', COLLECTIONS.issues),
  editorials: collection('editorials', COLLECTIONS.editorials),
  pieces: collection('pieces', COLLECTIONS.pieces),
  agenda: collection('agenda', COLLECTIONS.agenda),
  contacts: collection('contacts', COLLECTIONS.contacts),
  issueTranslations: collection('issueTranslations', COLLECTIONS.issueTranslations),
  pieceTranslations: collection('pieceTranslations', COLLECTIONS.pieceTranslations),
  agendaTranslations: collection('agendaTranslations', COLLECTIONS.agendaTranslations),
  contactTranslations: collection('contactTranslations', COLLECTIONS.contactTranslations),
};
