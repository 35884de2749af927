import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/pdf/chromium.ts';
import { brokenCopy } from '../support/broken-copy.ts';
import { FIXTURE_BUILD_DATE } from '../support/fixture-site.ts';
import { startPreview, type Preview } from '../support/preview-server.ts';

const copy = brokenCopy({});
let preview: Preview;
let browser: Browser;
beforeAll(async () => {
  [preview, browser] = await Promise.all([
    startPreview({ QL_CONTENT_DIR: copy.dir, QL_CACHE_DIR: join(copy.root, 'cache'), QL_BUILD_DATE: FIXTURE_BUILD_DATE }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  preview?.stop();
  copy.remove();
});

/** The message of the error overlay the page shows, if any (undefined while the page reloads). */
const overlay = (page: Page) =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? null).catch(() => undefined);

describe('the development preview', () => {
  it('shows in the browser what the check finds in a file just saved that Astro cannot load, and the page again once it is mended', async () => {
    expect((await preview.fetchPage('/en/issues/1/')).status).toBe(200);
    const page = await browser.newPage();
    try {
      // A fresh preview reloads the page once it has prepared the modules the page asked for: open it when that is done.
      await page.goto(`${preview.origin}/en/issues/1/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(2000);
      await page.goto(`${preview.origin}/en/issues/1/`, { waitUntil: 'networkidle' });
      expect(await overlay(page)).toBeNull();

      const file = join(copy.dir, 'issues/001/issue.yaml');
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, good.replace('coverAlt:', '  coverAlt:'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), { timeout: 30_000, interval: 500 }).toContain(
        'content/issues/001/issue.yaml:8: cannot be read: bad indentation of a mapping entry (8:11); start this line exactly under the other fields of its entry',
      );

      writeFileSync(file, good.replace('date: "2029-10"', 'date: "2029-13"'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), { timeout: 30_000, interval: 500 }).toContain(
        'content/issues/001/issue.yaml:2: date: "2029-13" is not a date of the calendar',
      );

      writeFileSync(file, good);
      await expect.poll(() => overlay(page), { timeout: 30_000, interval: 500 }).toBeNull();
      expect(await page.title()).toContain('Training judges across the region');
    } finally {
      await page.close();
    }
  });
});
