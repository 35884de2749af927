import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sourceVersion } from './source-version.ts';
import { TEXT_FIELDS } from '../schemas/translation.ts';

export type TranslatableKind = 'issue' | 'piece' | 'agenda' | 'contact';

type Data = Record<string, unknown>;
const pick = (data: Data, fields: readonly string[]) => Object.fromEntries(fields.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
const roles = (people: unknown) => (people as { name: string; role?: string }[] | undefined)?.map(({ name, role }) => ({ name, ...(role ? { role } : {}) }));

/** Of an English entry, what a translator translates: titles, summaries, roles, places, descriptions and the body. */
function translatableFields(kind: TranslatableKind, data: Data): Data {
  switch (kind) {
    case 'issue':
      return {
        ...pick(data, TEXT_FIELDS.issue),
        contacts: (data['contacts'] as { contact: string; role?: string }[] | undefined)?.filter((c) => c.role) ?? [],
      };
    case 'piece':
      return { ...pick(data, TEXT_FIELDS.piece), ...(data['authors'] ? { authors: roles(data['authors']) } : {}), ...(data['people'] ? { people: roles(data['people']) } : {}) };
    case 'agenda':
      return { events: (data['events'] as Data[] | undefined)?.map((event) => pick(event, ['id', ...TEXT_FIELDS.event])) ?? [] };
    case 'contact':
      return pick(data, data['kind'] === 'office' ? TEXT_FIELDS.contact : TEXT_FIELDS.contact.filter((field) => field !== 'name'));
  }
}

// Every text in quotes: a translation often holds ": " (French writes " : "), which YAML would misread unquoted.
const dump = (data: Data) => yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"', forceQuotes: true });

/**
 * The first draft of a translation: the English text of every translatable field (and the body), with
 * the version of the English file it starts from, marked as a draft so that readers never get it as a
 * translation. The translator replaces the English text, then removes the mark.
 */
export function translationTemplate(kind: TranslatableKind, sourceFile: string, source: string, localePath: string): string {
  const note =
    `# Translation (${localePath}) of ${sourceFile}. Translate the text, then delete the line "draft: true": until then\n` +
    `# readers get the English. Leave sourceVersion as it is: it records which version of the English file this translation was made from.\n`;
  const version = { sourceVersion: sourceVersion(source), draft: true };
  if (kind === 'piece') {
    const { frontmatter, content } = parseFrontmatter(source);
    return `---\n${note}${dump({ ...version, ...translatableFields(kind, frontmatter) })}---\n${content.replace(/^\n*/, '\n')}`;
  }
  return `${note}${dump({ ...version, ...translatableFields(kind, yaml.load(source) as Data) })}`;
}
