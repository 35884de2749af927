import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import type {
  agendaTranslationSchema,
  contactTranslationSchema,
  issueTranslationSchema,
  pieceTranslationSchema,
} from '../schemas/translation.ts';
import { LOCALES, SOURCE_LOCALE, type Locale, type LocalePath } from '../i18n/locales.ts';
import type { Transliteration } from '../i18n/transliterate.ts';
import type { ArchiveInput, SourceEntry } from './archive.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { closest, SLUG_PATTERN } from '../schemas/common.ts';
import { isEditorialId } from '../schemas/collections.ts';

export type IssueTranslationData = z.output<typeof issueTranslationSchema>;
export type PieceTranslationData = z.output<typeof pieceTranslationSchema>;
export type AgendaTranslationData = z.output<typeof agendaTranslationSchema>;
export type ContactTranslationData = z.output<typeof contactTranslationSchema>;

export type TranslationLocalePath = Exclude<LocalePath, 'en'>;
export const TRANSLATION_LOCALE_PATHS = LOCALES.filter((l) => l !== SOURCE_LOCALE).map((l) => l.path) as TranslationLocalePath[];

const TRANSLATION_FILE = new RegExp(`^(.*)\\.(?:${TRANSLATION_LOCALE_PATHS.join('|')})(\\.(?:mdx?|ya?ml))$`);
/** The English file a translation's file translates (…/012/editorial.fr.mdx → …/012/editorial.mdx); undefined for any other file. */
export function translationSourceFile(path: string): string | undefined {
  const match = TRANSLATION_FILE.exec(path);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** The languages as a translation's name writes them, for messages: "fr, sr-latn or sr-cyrl". */
export const TRANSLATION_LANGUAGES_IN_WORDS = `${TRANSLATION_LOCALE_PATHS.slice(0, -1).join(', ')} or ${TRANSLATION_LOCALE_PATHS.at(-1)}`;

/** A language at the end of a name, written otherwise than the site names it: "-fr", "_FR", " sr_latn". */
const LANGUAGE_WRITTEN_OTHERWISE = new RegExp(`^(.+?)[-_ ](${TRANSLATION_LOCALE_PATHS.map((path) => path.replace('-', '[-_]?')).join('|')})$`, 'i');

/** What a translation named with its language written otherwise should be called: "field-visit-fr.mdx" → "field-visit.fr.mdx". */
export function translationFileName(path: string): string | undefined {
  const extension = extname(path);
  const language = LANGUAGE_WRITTEN_OTHERWISE.exec(basename(path, extension));
  const written = language && TRANSLATION_LOCALE_PATHS.find((locale) => locale.replace('-', '') === language[2]!.toLowerCase().replace(/[-_]/, ''));
  return language && written ? `${language[1]}.${written}${extension}` : undefined;
}

export interface TranslationInput<Body> {
  issueTranslations: SourceEntry<IssueTranslationData>[];
  pieceTranslations: (SourceEntry<PieceTranslationData> & Body)[];
  agendaTranslations: SourceEntry<AgendaTranslationData>[];
  contactTranslations: SourceEntry<ContactTranslationData>[];
}

export interface Translation<Data, Entry = SourceEntry<Data>> {
  localePath: TranslationLocalePath;
  sourceId: string;
  file: string;
  data: Data;
  entry: Entry;
}

/** Translations by source entry id ("012/french-strategy"), then by locale path. */
export type TranslationMap<Data, Entry = SourceEntry<Data>> = Map<string, Map<TranslationLocalePath, Translation<Data, Entry>>>;

export interface TranslationIndex<Body> {
  issues: TranslationMap<IssueTranslationData>;
  pieces: TranslationMap<PieceTranslationData, SourceEntry<PieceTranslationData> & Body>;
  agenda: TranslationMap<AgendaTranslationData>;
  contacts: TranslationMap<ContactTranslationData>;
}

/** Serbian is translated once, in either script: each script reads the other's translation, transliterated. */
const OTHER_SCRIPT: Partial<Record<LocalePath, { path: TranslationLocalePath; transliteration: Transliteration }>> = {
  'sr-latn': { path: 'sr-cyrl', transliteration: 'cyrillic-to-latin' },
  'sr-cyrl': { path: 'sr-latn', transliteration: 'latin-to-cyrillic' },
};

/** For a Serbian locale path, the other script's; undefined for the other languages. */
export const otherSerbianScript = (localePath: string): TranslationLocalePath | undefined => OTHER_SCRIPT[localePath as LocalePath]?.path;

/**
 * The translation a reader of `locale` gets: the one in that locale; for Serbian, failing that, the one in
 * the other script with the transliteration that turns it into this one. None for English, the source.
 */
export function translationFor<T>(translations: ReadonlyMap<TranslationLocalePath, T> | undefined, locale: Locale): { translation: T; transliteration?: Transliteration } | undefined {
  if (locale === SOURCE_LOCALE) return undefined;
  const own = translations?.get(locale.path as TranslationLocalePath);
  if (own) return { translation: own };
  const other = OTHER_SCRIPT[locale.path];
  const translation = other ? translations?.get(other.path) : undefined;
  return translation && other ? { translation, transliteration: other.transliteration } : undefined;
}

/** "012/editorial.fr" → source "012/editorial", locale "fr". */
export function splitTranslationId(id: string): { sourceId: string; localePath: string } {
  const dot = id.lastIndexOf('.');
  return { sourceId: id.slice(0, dot), localePath: id.slice(dot + 1) };
}

/**
 * The English entry a translation most likely translates when its name matches none, as when the English
 * file was renamed: the nearest name in the same folder among those not yet translated into its language.
 */
function renamedSource(sourceId: string, localePath: string, known: ReadonlyMap<string, unknown>, translations: readonly { id: string }[]): string | undefined {
  const folderOf = (id: string) => id.slice(0, id.lastIndexOf('/') + 1);
  const translated = new Set(translations.map((entry) => entry.id));
  const names = [...known.keys()]
    .filter((id) => folderOf(id) === folderOf(sourceId) && !translated.has(`${id}.${localePath}`))
    .map((id) => id.slice(folderOf(id).length))
    // An English file named otherwise than an address is told to be renamed first: its translation follows it then.
    .filter((name) => SLUG_PATTERN.test(name));
  const name = closest(sourceId.slice(folderOf(sourceId).length), names);
  return name === undefined ? undefined : `${folderOf(sourceId)}${name}`;
}

/** What to write instead of a file name's language that is none of the site's translations: the one most likely meant. */
function unknownLanguage(localePath: string): string {
  const known: readonly string[] = TRANSLATION_LOCALE_PATHS;
  const written = `"${localePath}" in the file name`;
  const normalised = localePath.toLowerCase().replaceAll('_', '-');
  if (known.includes(normalised)) return `${written}: write it "${normalised}", as the site names it`;
  if (/^(fra|fre|french|francais|français)$/.test(normalised)) return `${written}: French is named "fr"`;
  if (/^(sr|rs|srb|srp|serbian|srpski)$/.test(normalised)) return `${written}: Serbian is named with its script, sr-latn (Latin letters) or sr-cyrl (Cyrillic), the one the file is written in`;
  if (normalised === SOURCE_LOCALE.path) return `${written}: the English text is the source, whose file name has no language: name it without ".${localePath}"`;
  // A language of the site misspelt ("sr-lat", "fra"): not another language whose code is a letter away ("de", "fr").
  const meant = closest(normalised, known.filter((path) => path.startsWith(normalised.slice(0, 2))));
  return `${written} is not a language of the site; expected ${known.join(', ')}${meant ? `: did you mean "${meant}"?` : ''}`;
}

/**
 * Files every translation under its source and checks each reference a translation makes: the
 * locale in its name, the English entry it translates, and the agenda events, contacts and people
 * it names, and that Serbian is written in one script only. Problems fail the build like any other
 * broken reference. A draft translation is checked but not filed: readers keep the English text.
 */
export function indexTranslations<Body>(sources: ArchiveInput<Body>, input: TranslationInput<Body>): TranslationIndex<Body> {
  const problems: ContentProblem[] = [];
  const sourceIds = (entries: SourceEntry<unknown>[]) => new Map(entries.map((e) => [e.id, e]));
  const issueSources = sourceIds(sources.issues);
  const pieceSources = sourceIds([...sources.editorials, ...sources.pieces]);
  const agendaSources = sourceIds(sources.agenda);
  const contactSources = sourceIds(sources.contacts);
  /** The Serbian translation of each source, in whichever script it is written, for the one-script rule. */
  const serbian = new Map<string, string>();

  /** `collectionOf` names the English entry's collection, for a problem that its absence causes. */
  function file<Data extends { draft?: boolean | undefined }, Entry extends SourceEntry<Data>>(
    entries: Entry[],
    known: Map<string, SourceEntry<unknown>>,
    collectionOf: (sourceId: string) => string,
    check: (translation: Translation<Data, Entry>, source: SourceEntry<unknown>) => void,
  ): TranslationMap<Data, Entry> {
    const map: TranslationMap<Data, Entry> = new Map();
    for (const entry of entries) {
      const { sourceId, localePath } = splitTranslationId(entry.id);
      const shown = entry.filePath ?? entry.id;
      if (!(TRANSLATION_LOCALE_PATHS as string[]).includes(localePath)) {
        problems.push({ file: shown, message: unknownLanguage(localePath) });
        continue;
      }
      const source = known.get(sourceId);
      if (!source) {
        const meant = renamedSource(sourceId, localePath, known, entries);
        problems.push({
          file: shown,
          message: `translates "${sourceId}", which has no English file; a translation sits beside its source with the same name${
            meant ? `: did you mean "${meant}"? Then rename this file ${meant.split('/').at(-1)}.${localePath}${extname(shown)}` : ''
          }`,
          missing: `${collectionOf(sourceId)}/${sourceId}`,
        });
        continue;
      }
      const translation: Translation<Data, Entry> = { localePath: localePath as TranslationLocalePath, sourceId, file: shown, data: entry.data, entry };
      check(translation, source);
      if (otherSerbianScript(translation.localePath)) {
        const key = `${collectionOf(sourceId)}/${sourceId}`;
        const other = serbian.get(key);
        if (other) problems.push({ file: shown, message: `translates "${sourceId}" into Serbian, as ${other} already does: Serbian is written once, in either script, and the build makes the other; keep one of the two files` });
        serbian.set(key, shown);
      }
      if (entry.data.draft) continue;
      const locales = map.get(sourceId) ?? new Map();
      locales.set(translation.localePath, translation);
      map.set(sourceId, locales);
    }
    return map;
  }

  const sameLength = (t: Translation<unknown, unknown>, field: string, translated: unknown[] | undefined, source: unknown[]) => {
    if (translated && translated.length !== source.length) {
      problems.push({ file: t.file, where: field, message: `lists ${translated.length} ${field} where the English lists ${source.length}; give them in the same order as the English` });
    }
  };

  const index: TranslationIndex<Body> = {
    issues: file(input.issueTranslations, issueSources, () => 'issues', (t, source) => {
      const listed = new Set((source.data as { contacts: { contact: string }[] }).contacts.map((c) => c.contact));
      t.data.contacts.forEach(({ contact }, i) => {
        if (!listed.has(contact)) problems.push({ file: t.file, where: `contacts[${i}].contact`, message: `"${contact}" is not among the contacts of the English issue.yaml` });
      });
    }),
    pieces: file(input.pieceTranslations, pieceSources, (id) => (isEditorialId(id) ? 'editorials' : 'pieces'), (t, source) => {
      const data = source.data as { authors?: unknown[]; people?: unknown[] };
      if (data.authors) sameLength(t, 'authors', t.data.authors, data.authors);
      else if (t.data.authors) problems.push({ file: t.file, where: 'authors', message: 'only an editorial has authors; a piece names its people under people' });
      if (data.people) sameLength(t, 'people', t.data.people, data.people);
      else if (t.data.people) problems.push({ file: t.file, where: 'people', message: 'an editorial names its authors under authors' });
    }),
    agenda: file(input.agendaTranslations, agendaSources, () => 'agenda', (t, source) => {
      const ids = new Set((source.data as { events: { id: string }[] }).events.map((e) => e.id));
      t.data.events.forEach(({ id }, i) => {
        if (ids.has(id)) return;
        // A translated event keeps the English event's id: the one meant is likely near, or one of a short list.
        const meant = closest(id, [...ids]);
        const hint = meant ? `did you mean "${meant}"?` : `an event keeps its English id, one of ${[...ids].join(', ')}`;
        problems.push({ file: t.file, where: `events[${i}].id`, message: `there is no event "${id}" in the English agenda.yaml: ${hint}` });
      });
    }),
    contacts: file(input.contactTranslations, contactSources, () => 'contacts', () => {}),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return index;
}
