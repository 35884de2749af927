import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { assembleArchive, type IssueData } from './archive.ts';
import { ContentError, shownPath, type ContentProblem } from './content-error.ts';
import { readContent } from './read-content.ts';
import { indexTranslations } from './translations.ts';
import { checkMdxFile } from './check-mdx.ts';
import { orphanProblems } from './orphans.ts';
import { placeholderProblems } from './placeholders.ts';
import { cyrillicInLatinProblems } from './latin-script.ts';
import { publicationOf } from './publication.ts';
import { farFutureProblems } from './issue-dates.ts';
import { withLine } from './problem-line.ts';
import { sourceVersionProblems } from './source-version-problems.ts';
import { statusInputs } from './translation-status.ts';
import { formatPartialDate } from '../i18n/dates.ts';
import { missingIssuesFolder } from './content-dir.ts';
import { unreadableImages } from './image-fields.ts';

export interface CheckResult {
  problems: ContentProblem[];
  /** How many files were checked. */
  files: number;
}

/**
 * Everything that can be wrong in the content before a build, as the editors' check command reports it:
 * schemas, references between entries, duplicate numbers and slugs, each piece compiled as the build
 * does (syntax, components and their attributes, images and their text alternatives, links between
 * pieces and to headings), placeholders left in an issue about to be published, Cyrillic in a Serbian
 * file written in Latin script, links from a published issue to one that is not, images the build could
 * not read, issues dated more than a year after they go live, and files that nothing reads.
 */
export async function checkContent(contentDir: string, today: Date): Promise<CheckResult> {
  const missing = missingIssuesFolder(contentDir);
  if (missing) return { problems: [missing], files: 0 };
  const { input, translations, problems: schemaProblems, rejected } = await readContent(contentDir);
  const problems = [...schemaProblems];

  // The references the build checks: between entries, then from each translation to its English entry.
  // An entry that failed its schema is absent from both: its own problem is reported above.
  const failed = new Set(rejected.map((r) => r.entry));
  const consequences = (problem: ContentProblem) => problem.missing !== undefined && failed.has(problem.missing);
  for (const assemble of [() => assembleArchive(input), () => indexTranslations(input, translations)]) {
    try {
      assemble();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems.filter((p) => !consequences(p)).map(withLine));
    }
  }

  problems.push(...sourceVersionProblems(statusInputs(Object.values(input).flat(), Object.values(translations).flat())).map(withLine));

  const pieceFiles = (await glob('issues/**/*.{md,mdx}', { cwd: contentDir, absolute: true })).sort();
  const usedFiles = new Set<string>();
  const links: { from: string; target: string; line: number | undefined }[] = [];
  // Where a file could not be read, what it uses is unknown: its folder's images are not called unused.
  const unreadFolders = new Set(rejected.map(({ file }) => dirname(resolve(file))));
  for (const path of pieceFiles) {
    const { problems: mdxProblems, references, compiled } = await checkMdxFile(path);
    problems.push(...mdxProblems);
    if (!compiled) unreadFolders.add(dirname(path));
    for (const file of references.files) usedFiles.add(file);
    for (const link of references.pieces) links.push({ from: path, ...link });
  }
  for (const issue of input.issues) {
    const cover = (issue.data as { cover?: unknown }).cover;
    if (typeof cover === 'string' && issue.filePath) usedFiles.add(resolve(dirname(issue.filePath), cover));
  }

  // A photo named wrongly leaves the right one unused: judge that folder's photos once the name is fixed.
  for (const file of usedFiles) if (!existsSync(file)) unreadFolders.add(dirname(file));
  problems.push(...(await unreadableImages(usedFiles)));

  const statusByFolder = new Map(input.issues.map((issue) => [issue.id.split('/')[0]!, issue.data]));
  const aboutToPublish = [...statusByFolder].filter(([, data]) => data.status !== 'draft').map(([folder]) => folder);
  problems.push(...placeholderProblems(contentDir, aboutToPublish));
  problems.push(...(await cyrillicInLatinProblems(contentDir)));
  problems.push(...linksToUnpublished(links, statusByFolder, today));
  problems.push(...farFutureProblems(input.issues, today).map(withLine));
  problems.push(...(await orphanProblems(contentDir, usedFiles, unreadFolders)));

  const files = (await glob('**/*', { cwd: contentDir })).length;
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, files };
}

/** A link from a published issue to a piece of an issue that is not: the published site would hold a dead link. */
function linksToUnpublished(
  links: readonly { from: string; target: string; line: number | undefined }[],
  statusByFolder: ReadonlyMap<string, IssueData>,
  today: Date,
): ContentProblem[] {
  const folderOf = (path: string) => basename(dirname(path));
  return links.flatMap(({ from, target, line }) => {
    const source = statusByFolder.get(folderOf(from));
    const destination = statusByFolder.get(folderOf(target));
    if (!source || !destination || publicationOf(source, today).state !== 'published') return [];
    const state = publicationOf(destination, today);
    if (state.state === 'published') return [];
    const when = state.state === 'scheduled' ? `scheduled for ${formatPartialDate(state.on, 'en')}` : 'a draft';
    return [{
      file: shownPath(from),
      line,
      message: `this link leads to issue N° ${destination.number}, which is ${when}: on the published site it would lead nowhere; link to it once it is published`,
    }];
  });
}

