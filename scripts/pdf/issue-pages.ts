import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { localeByPath, type Locale } from '../../src/i18n/locales.ts';
import { urls } from '../../src/lib/urls.ts';

export interface IssuePage {
  locale: Locale;
  number: number;
  /** The page's public path, "/en/issues/12/". */
  path: string;
  htmlFile: string;
  /** The PDF's public path, which is also its place in the site folder. */
  pdfPath: string;
}

/** Every issue page of a built site, in every language: each is exported as one PDF. */
export async function findIssuePages(siteDir: string): Promise<IssuePage[]> {
  const files = await glob('*/issues/*/index.html', { cwd: siteDir });
  return files
    .map((file) => file.split('/'))
    .filter(([, , number]) => /^\d+$/.test(number!))
    .map(([localePath, , number]) => {
      const locale = localeByPath(localePath!);
      const path = urls.issue(locale, Number(number));
      return { locale, number: Number(number), path, htmlFile: join(siteDir, path, 'index.html'), pdfPath: urls.issuePdf(locale, Number(number)) };
    })
    .sort((a, b) => a.pdfPath.localeCompare(b.pdfPath));
}
