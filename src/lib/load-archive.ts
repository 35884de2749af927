import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleArchive, type Archive } from './archive.ts';
import { indexTranslations, type TranslationIndex } from './translations.ts';
import { localizeIssue, type LocalizedIssue, type LocalizedPiece } from './localize.ts';
import type { Locale } from '../i18n/locales.ts';
import { ContentError } from './content-error.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { placeholderProblems } from './placeholders.ts';
import { withLine } from './problem-line.ts';
import { checkContent } from './check-content.ts';
import { buildDate } from './publication.ts';
import { farFutureProblems } from './issue-dates.ts';
import { isPreview } from '../integrations/build-mode.ts';
import { outdatedTranslations, statusInputs, translationStatus, type EntryStatus } from './translation-status.ts';

/** What a rendered entry carries beyond its data: Astro's entry, passed to render(). */
export type RenderableEntry = CollectionEntry<'editorials'> | CollectionEntry<'pieces'> | CollectionEntry<'pieceTranslations'>;
export type SiteArchive = Archive<RenderableEntry>;
export type SiteLocalizedIssue = LocalizedIssue<RenderableEntry>;
export type SiteLocalizedPiece = LocalizedPiece<RenderableEntry>;

export interface Site {
  archive: SiteArchive;
  translations: TranslationIndex<RenderableEntry>;
  /** Every English entry and every translation file with its state, worked out once for the status pages and the pages of outdated translations (it asks git for outdated ones). */
  translationStatus: () => EntryStatus[];
}

let cached: Promise<Site> | undefined;

/**
 * The whole archive and its translations, checked once per build; any inconsistency fails the build with
 * every problem listed, and so does text still to be written in an issue that is scheduled or published, or an
 * issue dated more than a year after it goes live.
 * In a production build the collections hold only published issues (src/content.config.ts), so every
 * page and endpoint that reads this archive is free of drafts and of issues scheduled for later.
 */
export function loadSite(): Promise<Site> {
  cached ??= readSite().catch(async (error: unknown) => {
    if (!(error instanceof ContentError)) throw error;
    // The preview leaves out a file it cannot read (preview-loader-context.ts), and the archive then misses it
    // (an issue's pieces without their issue): the check, which reads every file, names the cause instead.
    const causes = isPreview() ? (await checkContent(CONTENT_DIR, buildDate())).problems : [];
    // The archive's checks name a field ("contacts[0].contact"); the preview shows the line it is on.
    throw new ContentError((causes.length > 0 ? causes : error.problems).map(withLine));
  });
  return cached;
}

async function readSite(): Promise<Site> {
  const sources = {
    issues: await getCollection('issues'),
    editorials: await getCollection('editorials'),
    pieces: await getCollection('pieces'),
    agenda: await getCollection('agenda'),
    contacts: await getCollection('contacts'),
  };
  const translationEntries = {
    issueTranslations: await getCollection('issueTranslations'),
    pieceTranslations: await getCollection('pieceTranslations'),
    agendaTranslations: await getCollection('agendaTranslations'),
    contactTranslations: await getCollection('contactTranslations'),
  };
  const archive = assembleArchive<RenderableEntry>(sources);
  const aboutToPublish = archive.issues.filter((issue) => issue.data.status !== 'draft').map((issue) => issue.folder);
  const unpublishable = [...placeholderProblems(CONTENT_DIR, aboutToPublish), ...farFutureProblems(sources.issues, buildDate())];
  if (unpublishable.length > 0) throw new ContentError(unpublishable);
  const translations = indexTranslations<RenderableEntry>(sources, translationEntries);
  let status: EntryStatus[] | undefined;
  const statusOfFiles = () => (status ??= translationStatus(statusInputs(Object.values(sources).flat(), Object.values(translationEntries).flat())));
  return { archive, translations, translationStatus: statusOfFiles };
}

/** Every issue as a reader of `locale` gets it, newest first. */
export async function localizedIssues(locale: Locale): Promise<SiteLocalizedIssue[]> {
  const { archive, translations, translationStatus } = await loadSite();
  const isOutdated = outdatedTranslations(translationStatus());
  return archive.issues.map((issue) => localizeIssue(issue, translations, locale, isOutdated));
}
