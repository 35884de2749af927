import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { issueSchema } from './schemas/issue.ts';
import { editorialSchema, pieceSchema } from './schemas/piece.ts';
import { agendaSchema } from './schemas/agenda.ts';
import { contactSchema } from './schemas/contact.ts';

/** Entry ids are the file's path without its extension ("012/editorial"), so that messages and URLs can name it. */
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');
/** Sources only: translations ("editorial.fr.mdx") carry a second dot and belong to the translation collections. */
const SOURCE_ONLY = '!**/*.*.*';

const issues = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/issues`, pattern: ['*/issue.yaml', SOURCE_ONLY], generateId: keepPath }),
  schema: ({ image }) => issueSchema(image()),
});

const editorials = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/issues`, pattern: ['*/editorial*.{md,mdx}', SOURCE_ONLY], generateId: keepPath }),
  schema: editorialSchema,
});

const pieces = defineCollection({
  loader: glob({
    base: `${CONTENT_DIR}/issues`,
    pattern: ['*/*.{md,mdx}', '!*/editorial*', SOURCE_ONLY],
    generateId: keepPath,
  }),
  schema: pieceSchema,
});

const agenda = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/issues`, pattern: ['*/agenda.yaml', SOURCE_ONLY], generateId: keepPath }),
  schema: agendaSchema,
});

const contacts = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/contacts`, pattern: ['*.yaml', SOURCE_ONLY], generateId: keepPath }),
  schema: contactSchema,
});

export const collections = { issues, editorials, pieces, agenda, contacts };
