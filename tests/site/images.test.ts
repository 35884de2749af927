import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, fixture } from '../support/fixture-site.ts';

/** The <picture> element holding the image with this text alternative. */
function pictureWithAlt(html: string, alt: string): string {
  const picture = [...html.matchAll(/<picture\b[\s\S]*?<\/picture>/g)].map((m) => m[0]).find((p) => p.includes(`alt="${alt}"`));
  expect(picture, `a <picture> with alt="${alt}"`).toBeDefined();
  return picture!;
}

function expectResponsive(picture: string) {
  for (const type of ['image/avif', 'image/webp']) {
    const srcset = picture.match(new RegExp(`<source[^>]*type="${type}"[^>]*srcset="([^"]+)"|<source[^>]*srcset="([^"]+)"[^>]*type="${type}"`));
    expect(srcset, type).not.toBeNull();
    const candidates = (srcset![1] ?? srcset![2])!.split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.length, `${type} widths`).toBeGreaterThan(2);
    for (const [url] of candidates) expect(existsSync(join(fixture().siteDir, decodeURI(url!))), url).toBe(true);
  }
  const img = picture.match(/<img\b[^>]*>/)![0];
  expect(img).toMatch(/\swidth="\d+"/);
  expect(img).toMatch(/\sheight="\d+"/);
  expect(img).toMatch(/\ssizes="[^"]+"/);
}

describe('an editor\'s photos', () => {
  it('a <Figure> in a piece gives AVIF and WebP in several widths, width and height set, and its caption', () => {
    const html = builtPage('/en/issues/1/field-visit/');
    const picture = pictureWithAlt(html, 'Participants seated around a long table at the Sarajevo seminar');
    expectResponsive(picture);
    expect(html).toMatch(/<figure class="figure">\s*<picture[\s\S]*?<\/picture>\s*<figcaption>(<p>)?The seminar in Sarajevo, October 2029\.(<\/p>)?<\/figcaption>/);
  });

  it('an issue\'s cover is shown in its masthead, the same way', () => {
    const html = builtPage('/en/issues/1/');
    const masthead = html.match(/<header class="masthead"[\s\S]*?<\/header>/)![0];
    expectResponsive(pictureWithAlt(masthead, 'A long table under a pale sky: the cover test picture'));
  });
});
