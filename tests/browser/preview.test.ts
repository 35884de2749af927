import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/pdf/chromium.ts';
import { brokenCopy, type Edits } from '../support/broken-copy.ts';
import { FIXTURE_BUILD_DATE } from '../support/fixture-site.ts';
import { startPreview, type Preview } from '../support/preview-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The preview on a copy of the fixture archive changed by `edits`, started before a group's tests and stopped after them (one runs at a time: they share Astro's store). */
function previewOf(edits: Edits) {
  const copy = brokenCopy(edits);
  let preview: Preview | undefined;
  beforeAll(async () => {
    // Given relative to the project, as the default ./content is: the preview must treat it as it does that one.
    preview = await startPreview({ QL_CONTENT_DIR: relative(process.cwd(), copy.dir), QL_CACHE_DIR: join(copy.root, 'cache'), QL_BUILD_DATE: FIXTURE_BUILD_DATE });
  });
  afterAll(async () => {
    await preview?.stop();
    copy.remove();
  });
  return { copy, preview: () => preview! };
}

/**
 * How long the preview may take to catch up with a saved file. Generous: with other tests running beside it,
 * Astro's reload of its content store takes several times what it takes alone; a poll ends as soon as it holds.
 */
const UNTIL_SETTLED = { timeout: 60_000, interval: 500 };
/** The same for a poll that reloads the page each time, which is slower. */
const RELOADING_UNTIL_SETTLED = { timeout: 60_000, interval: 1000 };
/** A test with several such waits. */
const SEVERAL_WAITS = 300_000;

/** A part of the error overlay the page shows (its message by default), if any (undefined while the page reloads). */
const overlay = (page: Page, part = '#message-content') =>
  page.evaluate((selector) => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector(selector)?.textContent ?? null, part).catch(() => undefined);

/**
 * The overlay part after reloading the page. Meant inside `expect.poll`, which tries again when it throws:
 * the preview may reload the page itself at the same moment (a file was saved), and Chromium then refuses the second reload.
 */
const afterReload = async (page: Page, part?: string) => {
  await page.reload({ waitUntil: 'networkidle' });
  return overlay(page, part);
};

describe('the development preview', () => {
  const { copy, preview } = previewOf({});
  it('shows in the browser what the check finds in a file just saved that Astro cannot load, and the page again once it is mended', async () => {
    expect((await preview().fetchPage('/en/issues/1/')).status).toBe(200);
    // The preview has no PDF (the build makes them): the issue page says how to print it instead of linking to nothing.
    const french = (await preview().fetchPage('/fr/issues/1/')).html;
    // On another port than the command's default, the command names the preview's address.
    expect(french).toContain(`npm run print-preview -- 1 fr --site ${preview().origin}</code>`);
    expect(french).not.toMatch(/href="[^"]*\.pdf"/);
    const page = await browser.newPage();
    try {
      // A fresh preview reloads the page once it has prepared the modules the page asked for: open it when that is done.
      await page.goto(`${preview().origin}/en/issues/1/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(2000);
      await page.goto(`${preview().origin}/en/issues/1/`, { waitUntil: 'networkidle' });
      // Polled: on a busy machine, that reload can come later still.
      await expect.poll(() => overlay(page), UNTIL_SETTLED).toBeNull();

      const file = join(copy.dir, 'issues/001/issue.yaml');
      const good = readFileSync(file, 'utf8');
      writeFileSync(file, good.replace('coverAlt:', '  coverAlt:'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), UNTIL_SETTLED).toContain(
        'content/issues/001/issue.yaml:8: cannot be read: this line is not lined up with the fields around it (column 11); start this line exactly under the other fields of its entry',
      );

      writeFileSync(file, good.replace('date: "2029-10"', 'date: "2029-13"'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), UNTIL_SETTLED).toContain(
        'content/issues/001/issue.yaml:2: date: "2029-13" is not a date of the calendar',
      );
      // Reloaded, the page is its last good version: the overlay comes back with it until the file is mended.
      await expect.poll(async () => copy.shown((await afterReload(page)) ?? ''), RELOADING_UNTIL_SETTLED).toContain(
        'content/issues/001/issue.yaml:2: date: "2029-13" is not a date of the calendar',
      );
      // The terminal where the preview runs says it too, on every save that changes what is wrong.
      expect(copy.shown(preview().log())).toContain('content/issues/001/issue.yaml:2: date: "2029-13" is not a date of the calendar');

      // A mistake only the whole archive shows (a contact that does not exist): the line, and the editor's file framed, not the project's code.
      writeFileSync(file, good.replace('contact: regional-expert', 'contact: regional-expret'));
      await expect.poll(async () => copy.shown((await overlay(page)) ?? ''), UNTIL_SETTLED).toContain(
        'content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret": did you mean "regional-expert"?',
      );
      // Opened again once the preview has read the file, the page fails on the same mistake: its overlay frames the editor's file at that line.
      await expect.poll(() => afterReload(page, '#code'), RELOADING_UNTIL_SETTLED).toContain('issue.yaml:10');
      expect(await overlay(page, '#code')).toContain('- contact: regional-expret');
      expect(copy.shown((await overlay(page)) ?? '')).toContain('content/issues/001/issue.yaml:10: contacts[0].contact: unknown contact "regional-expret"');
      expect(await overlay(page, '#stack')).not.toMatch(/src\/lib|\.ts:\d/);

      writeFileSync(file, good);
      await expect.poll(() => overlay(page), UNTIL_SETTLED).toBeNull();
      await expect.poll(() => preview().log(), UNTIL_SETTLED).toContain('The check finds no problem now.');
      // Polled: the preview and the check may each reload the page once more as the file is mended.
      await expect.poll(() => page.title(), UNTIL_SETTLED).toContain('Training judges across the region');
    } finally {
      await page.close();
    }
  }, SEVERAL_WAITS);
});

// A new issue the editor has just written, which the preview has never loaded: its issue.yaml cannot be read, and its piece has a kind the schema refuses.
const newIssue = `number: 5
date: "2030-05"
title: "Brackenfold: a new issue"
summary: >-
  An issue being written. Brackenfold.
status: draft
contacts:
  - contact: zephyrquill-office
pieces:
  - brackenfold-notes
`;
const newPiece = '---\ntitle: "Notes from Brackenfold"\nkind: report\n---\n\nWhat the Brackenfold visit found.\n';

describe('the development preview started with files at fault', () => {
  const { copy, preview } = previewOf({
    'issues/005/issue.yaml': newIssue.replace('title:', '  title:'),
    'issues/005/editorial.mdx': '---\ntitle: "Editorial"\n---\n\nThe Brackenfold editorial.\n',
    'issues/005/brackenfold-notes.mdx': newPiece.replace('kind: report', 'kind: reprot'),
    // A contact saved again under another extension: two files of one name.
    'contacts/zephyrquill-office.yml': readFileSync('tests/fixtures/archive/contacts/zephyrquill-office.yaml', 'utf8'),
  });
  const problems = [
    'content/issues/005/issue.yaml:3: cannot be read: this line is not lined up with the fields around it',
    'content/issues/005/brackenfold-notes.mdx:3: kind: expected one of: focus, return-to, word-from, three-questions, interview, overview, report: did you mean "report"?',
    'content/contacts/zephyrquill-office.yml: content/contacts/zephyrquill-office.yaml has the same name ("zephyrquill-office")',
  ];

  it('starts, says in the terminal and in the browser what is wrong, and shows the issue once the files are mended', async () => {
    // The archive is at fault without the issue its pieces belong to: the page fails, and its overlay gives the check's lines, the causes.
    expect((await preview().fetchPage('/en/')).status).toBe(500);
    for (const problem of problems) expect(copy.shown(preview().log())).toContain(problem);
    const page = await browser.newPage();
    try {
      await page.goto(`${preview().origin}/en/`, { waitUntil: 'networkidle' });
      // Which of the problems the box shows: none while the page reloads, so a poll waits for exactly those expected.
      const showing = async () => {
        const text = copy.shown((await overlay(page)) ?? '');
        return problems.filter((problem) => text.includes(problem));
      };
      await expect.poll(showing, UNTIL_SETTLED).toEqual(problems);

      writeFileSync(join(copy.dir, 'issues/005/issue.yaml'), newIssue);
      await expect.poll(showing, UNTIL_SETTLED).toEqual(problems.slice(1));
      writeFileSync(join(copy.dir, 'issues/005/brackenfold-notes.mdx'), newPiece);
      await expect.poll(showing, UNTIL_SETTLED).toEqual(problems.slice(2));
      // Deleting a file Astro never read changes no page: the box goes by itself once the check has run again.
      rmSync(join(copy.dir, 'contacts/zephyrquill-office.yml'));
      await expect.poll(() => overlay(page), UNTIL_SETTLED).toBeNull();
      // The check may pass before Astro has loaded the mended files: open the issue once Astro has them too.
      const opened = async () => {
        await page.goto(`${preview().origin}/en/issues/5/`, { waitUntil: 'networkidle' });
        return page.title();
      };
      await expect.poll(opened, RELOADING_UNTIL_SETTLED).toContain('Brackenfold: a new issue');
      expect(await page.textContent('main')).toContain('Notes from Brackenfold');

      // The piece renamed, and its name changed in the issue's list: the preview forgets the old file at once.
      renameSync(join(copy.dir, 'issues/005/brackenfold-notes.mdx'), join(copy.dir, 'issues/005/brackenfold-visit.mdx'));
      writeFileSync(join(copy.dir, 'issues/005/issue.yaml'), newIssue.replace('brackenfold-notes', 'brackenfold-visit'));
      await expect.poll(async () => (await preview().fetchPage('/en/issues/5/brackenfold-visit/')).status, RELOADING_UNTIL_SETTLED).toBe(200);
      expect((await preview().fetchPage('/en/issues/5/')).status).toBe(200);
      expect((await preview().fetchPage('/en/issues/5/brackenfold-notes/')).status).toBe(404);
      await expect.poll(() => afterReload(page), RELOADING_UNTIL_SETTLED).toBeNull();
    } finally {
      await page.close();
    }
  }, SEVERAL_WAITS);
});
