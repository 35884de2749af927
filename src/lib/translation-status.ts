import { readFileSync } from 'node:fs';
import { structuredPatch } from 'diff';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { sourceAtVersion, sourceVersion } from './source-version.ts';
import { splitTranslationId, translationFor, type TranslationLocalePath } from './translations.ts';

/** A source file and the translations that exist of it, by locale path. */
export interface StatusInput {
  id: string;
  file: string;
  translations: Map<TranslationLocalePath, { file: string; sourceVersion: string; draft: boolean }>;
}

export type TranslationState = 'up-to-date' | 'outdated' | 'draft' | 'missing';

export interface LocaleStatus {
  locale: Locale;
  state: TranslationState;
  /** The translation file this locale reads (for Serbian, possibly the other script's). */
  file?: string;
  /** True when the locale is served by transliterating the other Serbian script. */
  transliterated: boolean;
  /** For an outdated translation: the English lines changed since, as a unified diff, when the old version is known. */
  changes?: string | undefined;
  /** Lines added and removed in the English since the translation, when known. */
  changedLines?: { added: number; removed: number } | undefined;
}

export interface EntryStatus {
  id: string;
  file: string;
  /** The English file's version now: an updated translation records it as its sourceVersion. */
  version: string;
  locales: LocaleStatus[];
}

/** YAML's comment lines: notes to editors, never shown to readers. */
const withoutYamlComments = (yaml: string) => yaml.replace(/^[ \t]*#.*$/gm, '');

/**
 * What a translator translates of a source: its text without the comments (a YAML file's or a piece's front
 * matter's # lines, a piece's {/* … *\/} notes) and without blank lines, which readers never see either.
 */
function translatableText(source: string, file: string): string {
  const frontmatter = /\.ya?ml$/.test(file) ? source : (/^---\r?\n[\s\S]*?\r?\n---/.exec(source)?.[0] ?? '');
  const body = source.slice(frontmatter.length).replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return `${withoutYamlComments(frontmatter)}${body}`.split(/\r?\n/).map((line) => line.trimEnd()).filter(Boolean).join('\n');
}

/**
 * What changed in the English file between the version a translation was made from and now; nothing
 * when only its comments or blank lines did (the translation still says what the English says).
 */
function changesSince(version: string, file: string, current: string) {
  const before = sourceAtVersion(version, file);
  if (before === undefined) return {};
  if (translatableText(before, file) === translatableText(current, file)) return { unchanged: true };
  const patch = structuredPatch(file, file, before, current, 'translated version', 'current version', { context: 1 });
  let added = 0;
  let removed = 0;
  const lines = [`--- ${file} (translated version)`, `+++ ${file} (current version)`];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines);
    added += hunk.lines.filter((l) => l.startsWith('+')).length;
    removed += hunk.lines.filter((l) => l.startsWith('-')).length;
  }
  return { changes: lines.join('\n'), changedLines: { added, removed } };
}

/**
 * For every English entry and every other locale: up to date, outdated (the English file changed since
 * the translation's recorded version), a draft (being translated, not yet shown to readers) or missing.
 * Serbian in one script also serves the other.
 */
export function translationStatus(entries: StatusInput[]): EntryStatus[] {
  return entries.map(({ id, file, translations }) => {
    const current = readFileSync(file, 'utf8');
    const version = sourceVersion(current);
    const locales = LOCALES.filter((l) => l !== SOURCE_LOCALE).map((locale): LocaleStatus => {
      const found = translationFor(translations, locale);
      if (!found) return { locale, state: 'missing', transliterated: false };
      const used = found.translation;
      const base = { locale, file: used.file, transliterated: found.transliteration !== undefined };
      if (used.draft) return { ...base, state: 'draft' };
      if (used.sourceVersion === version) return { ...base, state: 'up-to-date' };
      const { unchanged, ...changes } = changesSince(used.sourceVersion, file, current);
      return { ...base, state: unchanged ? 'up-to-date' : 'outdated', ...changes };
    });
    return { id, file, version, locales };
  });
}

/** Whether the translation a reader of `locale` gets of an English entry (by its id) is outdated. */
export type OutdatedTranslation = (entryId: string, locale: Locale) => boolean;

/** The outdated translations of a status, by entry and by the locale that reads them (for Serbian, possibly the other script's file). */
export function outdatedTranslations(entries: EntryStatus[]): OutdatedTranslation {
  const key = (entryId: string, locale: Locale) => `${entryId}\0${locale.path}`;
  const outdated = new Set(entries.flatMap(({ id, locales }) => locales.filter(({ state }) => state === 'outdated').map(({ locale }) => key(id, locale))));
  return (entryId, locale) => outdated.has(key(entryId, locale));
}

export function countStates(entries: EntryStatus[]): Record<TranslationState, number> {
  const counts: Record<TranslationState, number> = { 'up-to-date': 0, outdated: 0, draft: 0, missing: 0 };
  for (const entry of entries) for (const locale of entry.locales) counts[locale.state]++;
  return counts;
}

/** Pairs every English entry with its translations, from the collections as Astro or the content reader read them. */
export function statusInputs(
  sources: { id: string; filePath?: string | undefined }[],
  translations: { id: string; filePath?: string | undefined; data: { sourceVersion: string; draft?: boolean | undefined } }[],
): StatusInput[] {
  const byId = new Map<string, StatusInput>();
  for (const source of sources) {
    if (source.filePath) byId.set(source.id, { id: source.id, file: source.filePath, translations: new Map() });
  }
  for (const translation of translations) {
    const { sourceId, localePath } = splitTranslationId(translation.id);
    byId.get(sourceId)?.translations.set(localePath as TranslationLocalePath, {
      file: translation.filePath ?? translation.id,
      sourceVersion: translation.data.sourceVersion,
      draft: translation.data.draft === true,
    });
  }
  return [...byId.values()];
}
