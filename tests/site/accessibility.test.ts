import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LOCALES } from '../../src/i18n/locales.ts';
import { addressOf } from '../support/links.ts';
import { localeOfFile, pageType } from '../../scripts/bench/page-types.ts';
import { launchChromium } from '../../scripts/pdf/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/pdf/static-server.ts';
import { allPages, onlyRedirects, siteDir } from '../support/site.ts';
import { axeCheck } from '../support/axe.ts';
import { fixture, OUTDATED_TRANSLATION_PAGES } from '../support/fixture-site.ts';

// A page that only redirects at once (vnu and the link check cover it) is one a browser never stays on.
const shownPages = async () => (await allPages()).filter((file) => !onlyRedirects(file));

/**
 * One page of every type in every locale (the largest of its type, which holds the most components),
 * found in the output, so that a page type added to the site is checked without changing this test.
 */
async function samplePages(pages: string[]): Promise<Map<string, string>> {
  const largest = new Map<string, { file: string; size: number }>();
  for (const file of pages) {
    const key = `${pageType(file)} (${localeOfFile(file)})`;
    const size = statSync(join(siteDir(), file)).size;
    if (size > (largest.get(key)?.size ?? -1)) largest.set(key, { file, size });
  }
  return new Map([...largest].map(([key, { file }]) => [key, file]));
}

/** axe judges what is on screen: a phone's layout can hide, stack or scroll what a desktop's does not. */
const SCREENS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } };

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(siteDir())]);
});
afterAll(async () => Promise.all([browser?.close(), server?.close()]));

describe.concurrent('axe-core in Chromium', async () => {
  const pages = await shownPages();
  const samples = await samplePages(pages);

  it('checks every page type in every locale', () => {
    const typesIn = (locale: string) => [...samples.keys()].filter((key) => key.endsWith(`(${locale})`)).map((key) => key.replace(/ \(.*\)$/, ''));
    const english = typesIn('en');
    expect(english).toEqual(expect.arrayContaining(['{locale}/index.html', '{locale}/issues/{number}/', '{locale}/issues/{number}/{piece}/', '{locale}/agenda/index.html', '{locale}/contacts/index.html', '{locale}/404.html']));
    for (const { path } of LOCALES) expect(typesIn(path), path).toEqual(english);
  });

  for (const [type, file] of samples) {
    it(`finds no WCAG 2.2 A/AA or best-practice violation on ${type}, on a desktop and a phone screen: /${file}`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}${addressOf(file)}`);
        for (const [screen, viewport] of Object.entries(SCREENS)) {
          await page.setViewportSize(viewport);
          const { passes, violations } = await axeCheck(page);
          expect(passes, `axe ran its checks (${screen})`).toBeGreaterThan(20);
          expect(violations, screen).toEqual([]);
        }
        // WCAG 1.4.10 (reflow): at 320 CSS pixels wide nothing but a data table may need sideways scrolling.
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
      } finally {
        await page.close();
      }
    });
  }

  // Every other page once, on a desktop screen: one piece's content (a table, a photo, a link's text)
  // can break a rule that the largest page of its type keeps.
  const sampled = new Set(samples.values());
  const others = Map.groupBy(pages.filter((file) => !sampled.has(file)), localeOfFile);
  for (const [locale, files] of others) {
    it(`finds no violation on the other ${files.length} pages of ${locale}, on a desktop screen`, async () => {
      const page = await browser.newPage({ viewport: SCREENS.desktop });
      const findings: string[] = [];
      try {
        for (const file of files) {
          await page.goto(`${server.origin}${addressOf(file)}`);
          const { passes, violations } = await axeCheck(page);
          if (passes <= 20) findings.push(`/${file}: axe ran only ${passes} checks`);
          findings.push(...violations.map((violation) => `/${file}: ${violation}`));
        }
      } finally {
        await page.close();
      }
      expect(findings).toEqual([]);
    }, 600_000);
  }
});

describe('axe-core on the notice of an outdated translation, which the archive has none of (the fixture\'s N° 2)', () => {
  it('finds no violation on the pages that show it, on a desktop and a phone screen', async () => {
    const fixtureServer = await serveStatic(fixture().siteDir);
    const page = await browser.newPage();
    const findings: string[] = [];
    try {
      for (const path of OUTDATED_TRANSLATION_PAGES) {
        await page.goto(`${fixtureServer.origin}${path}`);
        expect(await page.locator('.outdated-notice').count(), path).toBe(1);
        for (const [screen, viewport] of Object.entries(SCREENS)) {
          await page.setViewportSize(viewport);
          findings.push(...(await axeCheck(page)).violations.map((violation) => `${path} (${screen}): ${violation}`));
        }
      }
    } finally {
      await Promise.all([page.close(), fixtureServer.close()]);
    }
    expect(findings).toEqual([]);
  });
});
