import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, fileOf, parsePage, type ParsedPage } from '../support/links.ts';
import { allPages, siteDir, siteUrl } from '../support/site.ts';

describe('links between the built pages', () => {
  it('all lead somewhere: every internal href, src and social URL to a file of the output, every #fragment to an id of its page', async () => {
    const site = siteUrl();
    const files = await allPages();
    const pages = new Map<string, ParsedPage>(files.map((file) => [file, parsePage(join(siteDir(), file))]));
    const broken: string[] = [];
    let checked = 0;
    for (const [file, { references }] of pages) {
      const base = new URL(addressOf(file), site);
      for (const { where, url } of references) {
        const target = new URL(url, base);
        const targetFile = fileOf(target, site);
        if (targetFile === undefined) continue;
        checked++;
        if (!existsSync(join(siteDir(), targetFile))) {
          broken.push(`${file}: ${where} "${url}": no file ${targetFile} in the output`);
        } else if (target.hash && targetFile.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          const targetPage = pages.get(targetFile);
          if (!targetPage?.ids.has(id)) broken.push(`${file}: ${where} "${url}": ${targetFile} has no element with id "${id}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Every page links at least to its locale's home, stylesheet and share image.
    expect(checked).toBeGreaterThan(files.length * 3);
  });
});
