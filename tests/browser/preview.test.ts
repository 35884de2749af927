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

/** A part of the error overlay the page shows (its message by default), if any (undefined while the page reloads). */
const overlay = (page: Page, part = '#message-content') =>
  page.evaluate((selector) => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector(selector)?.textContent ?? null, part).catch(() => undefined);

describe('the development preview', () => {
  it('shows in the browser what the check finds in a file just saved that Astro cannot load, and the page again once it is mended', async () => {
    expect((await preview.fetchPage('/en/issues/1/')).status).toBe(200);
    // The preview has no PDF (the build makes them): the issue page says how to print it instead of linking to nothing.
    const french = (await preview.fetchPage('/fr/issues/1/')).html;
    expect(french).toMatch(/<code[^>]*>npm run print-preview -- 1 fr<\/code>/);
    expect(french).not.toMatch(/href="[^"]*\.pdf"/);
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
      // Reloaded, the page is its last good version: the overlay comes back with it until the file is mended.
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), { timeout: 30_000, interval: 500 }).toContain(
        'content/issues/001/issue.yaml:2: date: "2029-13" is not a date of the calendar',
      );

      // A mistake only the whole archive shows (a contact that does not exist): the line, and the editor's file framed, not the project's code.
      writeFileSync(file, good.replace('contact: regional-expert', 'contact: regional-expret'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), { timeout: 30_000, interval: 500 }).toContain(
        'content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"?',
      );
      // Opened again once the preview has read the file, the page fails on the same mistake: its overlay frames the editor's file at that line.
      const reopened = async () => {
        await page.reload({ waitUntil: 'networkidle' });
        return overlay(page, '#code');
      };
      await expect.poll(reopened, { timeout: 30_000, interval: 1000 }).toContain('issue.yaml:10');
      expect(await overlay(page, '#code')).toContain('- contact: regional-expret');
      expect(copy.shown((await overlay(page)) ?? '')).toContain('content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret"');
      expect(await overlay(page, '#stack')).not.toMatch(/src\/lib|\.ts:\d/);

      writeFileSync(file, good);
      await expect.poll(() => overlay(page), { timeout: 30_000, interval: 500 }).toBeNull();
      expect(await page.title()).toContain('Training judges across the region');
    } finally {
      await page.close();
    }
  });
});
