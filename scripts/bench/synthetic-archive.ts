/**
 * A synthetic archive of any size, made of the real issues: issue n is a copy of real issue n mod 5
 * (its editorial, pieces with their components, agenda, and the translations it has, so that translated
 * variants keep the real archive's proportion), renumbered, and moved with its agenda by whole years past the
 * previous copies of the real archive, so that its agenda keeps its place around the issue's date.
 * Issues with fewer than six pieces borrow from the next real issue, so that every issue has six to eight.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { issueFolderName } from '../../src/lib/archive.ts';
import { sourceVersion } from '../../src/lib/source-version.ts';

const MIN_PIECES = 6;
const MAX_PIECES = 8;

interface RealIssue {
  folder: string;
  files: string[];
  data: { number: number; date: string; pieces: string[] } & Record<string, unknown>;
  editorials: string[];
}

function readRealIssues(contentDir: string): RealIssue[] {
  const issuesDir = join(contentDir, 'issues');
  return readdirSync(issuesDir)
    .sort()
    .map((folder) => {
      const files = readdirSync(join(issuesDir, folder));
      const data = yaml.load(readFileSync(join(issuesDir, folder, 'issue.yaml'), 'utf8')) as RealIssue['data'];
      const editorials = files.filter((f) => /^editorial[^.]*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, ''));
      return { folder, files, data, editorials };
    });
}

/** A piece's source and its translations ("slug.mdx", "slug.fr.mdx", …). */
const filesOfPiece = (issue: RealIssue, slug: string) => issue.files.filter((f) => f === `${slug}.mdx` || f.startsWith(`${slug}.`));

/** Writes a source file and points its translations at the new version, so that they stay up to date. */
function writeSource(dir: string, file: string, text: string) {
  writeFileSync(join(dir, file), text);
  const stem = file.replace(/\.(mdx|yaml)$/, '');
  for (const translation of readdirSync(dir).filter((f) => f.startsWith(`${stem}.`) && f !== file)) {
    const path = join(dir, translation);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^sourceVersion: .*$/m, `sourceVersion: ${sourceVersion(text)}`));
  }
}

/** A date written "YYYY…" (or a YAML line holding one as date: or end:) moved by `years`. */
const laterBy = (years: number) => (text: string) =>
  text.replace(/^(\s*(?:- )?(?:date|end): *["']?)(\d{4})|^(\d{4})/gm, (_, prefix: string | undefined, year: string | undefined, alone: string | undefined) =>
    prefix === undefined ? String(Number(alone) + years) : `${prefix}${Number(year) + years}`);

export interface SyntheticArchive {
  issues: number;
  pieces: number;
  translations: number;
}

export function generateArchive(realContent: string, target: string, count: number): SyntheticArchive {
  const real = readRealIssues(realContent);
  const years = real.map((issue) => Number(String(issue.data.date).slice(0, 4)));
  // Each copy of the real archive comes after the previous one.
  const span = Math.max(...years) - Math.min(...years) + 1;
  cpSync(join(realContent, 'contacts'), join(target, 'contacts'), { recursive: true });
  let pieces = 0;
  let translations = 0;
  for (let index = 0; index < count; index++) {
    const template = real[index % real.length]!;
    const number = index + 1;
    const dir = join(target, 'issues', issueFolderName(number));
    mkdirSync(dir, { recursive: true });
    for (const file of template.files) cpSync(join(realContent, 'issues', template.folder, file), join(dir, file));

    const listed = [...template.data.pieces].slice(0, MAX_PIECES - template.editorials.length);
    for (const dropped of template.data.pieces.slice(listed.length)) {
      for (const file of filesOfPiece(template, dropped)) rmSync(join(dir, file));
    }
    // Borrow from the following real issues until the issue has its six pieces; links to pieces of the
    // lending issue are kept as plain text, since those pieces are not in this one.
    for (let lender = 1; template.editorials.length + listed.length < MIN_PIECES; lender++) {
      const from = real[(index + lender) % real.length]!;
      for (const slug of from.data.pieces) {
        if (template.editorials.length + listed.length >= MIN_PIECES) break;
        if (listed.includes(slug) || template.files.includes(`${slug}.mdx`)) continue;
        listed.push(slug);
        // The lender's images, which the borrowed piece may import.
        for (const asset of from.files.filter((f) => !/\.(mdx|yaml)$/.test(f) && !existsSync(join(dir, f)))) {
          cpSync(join(realContent, 'issues', from.folder, asset), join(dir, asset), { recursive: true });
        }
        for (const file of filesOfPiece(from, slug)) {
          const text = readFileSync(join(realContent, 'issues', from.folder, file), 'utf8');
          writeFileSync(join(dir, file), text.replace(/\[([^\]]+)\]\(\.\/[^)]+\.mdx(#[^)]*)?\)/g, '$1'));
        }
        writeSource(dir, `${slug}.mdx`, readFileSync(join(dir, `${slug}.mdx`), 'utf8'));
      }
    }
    const later = laterBy(span * Math.floor(index / real.length));
    if (existsSync(join(dir, 'agenda.yaml'))) writeSource(dir, 'agenda.yaml', later(readFileSync(join(dir, 'agenda.yaml'), 'utf8')));
    // Every synthetic issue is published, whatever state its model is in.
    const { publishAt: _, ...model } = template.data;
    const data = { ...model, number, date: later(String(template.data.date)), status: 'published', pieces: listed };
    writeSource(dir, 'issue.yaml', yaml.dump(data, { lineWidth: -1 }));
    pieces += template.editorials.length + listed.length;
    translations += readdirSync(dir).filter((f) => /\.[a-z-]+\.(mdx|yaml)$/.test(f)).length;
  }
  return { issues: count, pieces, translations };
}
