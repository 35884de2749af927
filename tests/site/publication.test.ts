import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues } from '../support/site.ts';
import { builtPage, fixture, previewPage, whereWordAppears } from '../support/fixture-site.ts';

/** The fixture's issues (tests/fixtures/README.md); N° 5 is the one `npm run new-issue` made. */
const DRAFT = { number: 3, word: 'Marmaladewood' };
const SCHEDULED_LATER = { number: 4, word: 'Zephyrquill' };
const SCHEDULED_PAST = { number: 2, word: 'Larkspurgate' };
const SCAFFOLDED = 5;
const DRAFT_TRANSLATION = { path: '/fr/issues/1/field-visit/', word: 'Quillonbrae' };

/** The preview adds attributes of its own to every element. */
const BANNER = /<p class="publication-banner"/;
const BADGE = /<span class="publication-badge"/;

describe('the production build on 15 January 2030', () => {
  it('holds no trace of the draft or of the issue scheduled for later, anywhere in its output', async () => {
    const { siteDir } = fixture();
    expect(await whereWordAppears(siteDir, DRAFT.word)).toEqual([]);
    expect(await whereWordAppears(siteDir, SCHEDULED_LATER.word)).toEqual([]);
    for (const number of [DRAFT.number, SCHEDULED_LATER.number, SCAFFOLDED]) {
      expect(existsSync(join(siteDir, 'en', 'issues', String(number))), `issue ${number}`).toBe(false);
    }
  });

  it('publishes the issue whose scheduled day has come, on its pages, the archive list and the agenda', async () => {
    const found = await whereWordAppears(fixture().siteDir, SCHEDULED_PAST.word);
    expect(found).toEqual(expect.arrayContaining(['en/index.html', 'en/agenda/index.html', 'en/issues/2/index.html', 'en/issues/2/larkspurgate-conference/index.html']));
    // The search reads every kind of output: here the PDF too.
    expect(found.filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(0);
  });

  it('lists only the published issues, with no draft label', () => {
    const home = builtPage('/en/');
    expect(attributeValues(home, /<a href="\/en\/issues\/(\d+)\/">/g)).toEqual(['2', '1']);
    expect(home).not.toMatch(BADGE);
    expect(builtPage('/en/issues/2/')).not.toMatch(BANNER);
  });

  it('keeps a translation still being written from readers: the French page of its piece is the English one, with the notice', async () => {
    expect(await whereWordAppears(fixture().siteDir, DRAFT_TRANSLATION.word)).toEqual([]);
    const french = builtPage(DRAFT_TRANSLATION.path);
    expect(french).toContain('Cet article n’est pas encore traduit en français');
    expect(french).toMatch(/<h1 class="piece-title"[^>]*lang="en"[^>]*>A field visit to Sarajevo</);
  });

  it('does not publish the issue npm run new-issue just made', async () => {
    expect(await whereWordAppears(fixture().siteDir, 'TODO')).toEqual([]);
  });
});

describe('the development preview', () => {
  it('shows a draft, on its issue page and its pieces\' pages, under a banner saying it is not published', () => {
    for (const path of ['/en/issues/3/', '/en/issues/3/marmaladewood-harbour/', '/en/issues/3/editorial/']) {
      const html = previewPage(path);
      expect(html, path).toContain(DRAFT.word);
      expect(html, path).toMatch(/<p class="publication-banner" role="note"[^>]*>Draft: this issue is not published\./);
    }
  });

  it('shows an issue scheduled for later with the day it goes live', () => {
    expect(previewPage('/en/issues/4/')).toContain('Scheduled: this issue goes live on 1 February 2030.');
    expect(previewPage('/en/issues/4/')).toContain(SCHEDULED_LATER.word);
  });

  it('shows no banner on published issues', () => {
    expect(previewPage('/en/issues/1/')).not.toMatch(BANNER);
    expect(previewPage('/en/issues/2/')).not.toMatch(BANNER);
  });

  it('lists every issue, marking drafts and scheduled ones, with their agenda and contacts', () => {
    const home = previewPage('/en/');
    expect(attributeValues(home, /<a href="\/en\/issues\/(\d+)\/"[^>]*>/g).sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(attributeValues(home, /<span class="publication-badge"[^>]*>([^<]+)<\/span>/g).sort()).toEqual(['Draft', 'Draft', 'Scheduled']);
    expect(previewPage('/en/agenda/')).toContain('Marmaladewood workshop');
    expect(previewPage('/en/contacts/')).toContain('Oona Marmaladewood');
  });

  it('shows the issue npm run new-issue made as a draft, right away', () => {
    const html = previewPage(`/en/issues/${SCAFFOLDED}/`);
    expect(html).toMatch(BANNER);
    expect(html).toContain(`TODO: the theme of issue N° ${SCAFFOLDED}`);
  });
});
