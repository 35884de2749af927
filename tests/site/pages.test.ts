import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { allPages, attributeValues, page, siteDir } from '../support/site.ts';
import { LEFTOVERS } from '../support/leftovers.ts';
import { builtPage } from '../support/fixture-site.ts';

const { issues } = assembleArchive((await readContent('content')).input);

/** Search is the only JavaScript a reader needs: only the search page of each locale may carry a script. */
const SEARCH_PAGE = /^[a-z-]+\/search\/index\.html$/;

/** Text of the first element matching a pattern, tags stripped. */
const textOf = (html: string, pattern: RegExp) => html.match(pattern)?.[1]?.replace(/<[^>]+>/g, '').trim();

describe('the built archive', () => {
  it('leads from / to the English archive home, and from /{locale}/issues/ to that locale\'s', () => {
    expect(page('/')).toMatch(/http-equiv="refresh" content="0; url=\/en\/"/);
    expect(page('/sr-cyrl/issues/')).toMatch(/http-equiv="refresh" content="0; url=\/sr-cyrl\/"/);
    expect(page('/sr-cyrl/issues/')).toContain('<html lang="sr-Cyrl">');
  });

  it('marks in the navigation the page the reader is on, and the archive as the section of an issue or a piece', () => {
    const currentLinks = (path: string) => page(path).match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0].match(/<a href="[^"]*" aria-current="[^"]*"/g);
    expect(currentLinks('/en/')).toEqual(['<a href="/en/" aria-current="page"']);
    expect(currentLinks('/fr/issues/12/')).toEqual(['<a href="/fr/" aria-current="true"']);
    expect(currentLinks('/sr-cyrl/issues/12/french-strategy/')).toEqual(['<a href="/sr-cyrl/" aria-current="true"']);
    expect(currentLinks('/en/agenda/')).toEqual(['<a href="/en/agenda/" aria-current="page"']);
  });

  it('lists every issue on the home page, grouped by year, newest first', () => {
    const home = page('/en/');
    expect(attributeValues(home, /<h2 id="year-(\d{4})"/g)).toEqual(['2019', '2018', '2017', '2015', '2014']);
    expect(attributeValues(home, /<a href="\/en\/issues\/(\d+)\/">/g)).toEqual(['12', '10', '5', '2', '1']);
  });

  for (const issue of issues) {
    describe(`issue N° ${issue.number}`, () => {
      const html = page(`/en/issues/${issue.number}/`);
      const slugs = issue.pieces.map((piece) => piece.slug);

      it('has a masthead with the letter\'s title, its number and date', () => {
        const masthead = textOf(html, /<header class="masthead"[^>]*>([\s\S]*?)<\/header>/);
        expect(masthead).toContain('Fight against human trafficking in Southeast Europe');
        expect(masthead).toContain(`N° ${issue.number}`);
        expect(html).toContain(`<time datetime="${issue.date.iso}">`);
        expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe(issue.data.title);
      });

      it('holds every piece, in order, and "In this issue" lists exactly those', () => {
        const toc = html.match(/<nav class="issue-toc"[\s\S]*?<\/nav>/)?.[0] ?? '';
        expect(attributeValues(toc, /<a href="#([^"]+)"/g)).toEqual(slugs);
        expect(attributeValues(html, /<article class="piece piece-embedded" aria-labelledby="([^"]+)"/g)).toEqual(slugs);
        for (const piece of issue.pieces) {
          expect(html).toContain(`id="${piece.slug}"`);
          expect(html).toContain(piece.data.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 40).replace(/&quot;/g, '"'));
        }
      });

      it('shows its agenda and its contacts', () => {
        for (const event of issue.agenda) expect(html).toContain(`id="event-${event.id}"`);
        for (const { contact } of issue.contacts) expect(html).toContain(contact.name);
      });

      it('gives every piece its own page, with previous / next and the way back', () => {
        issue.pieces.forEach((piece, index) => {
          const own = page(`/en/issues/${issue.number}/${piece.slug}/`);
          const nav = own.match(/<nav class="piece-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
          expect(nav).toContain(`href="/en/issues/${issue.number}/"`);
          const previous = slugs[index - 1];
          const next = slugs[index + 1];
          expect(attributeValues(nav, /href="([^"]+)" rel="prev"/g)).toEqual(previous ? [`/en/issues/${issue.number}/${previous}/`] : []);
          expect(attributeValues(nav, /href="([^"]+)" rel="next"/g)).toEqual(next ? [`/en/issues/${issue.number}/${next}/`] : []);
        });
      });
    });
  }

  it('gathers the agenda of all issues on one page, by date', () => {
    const agenda = page('/en/agenda/');
    const all = issues.flatMap((issue) => issue.agenda.map((event) => `event-${issue.number}-${event.id}`));
    expect(all.length).toBeGreaterThan(20);
    const listed = attributeValues(agenda, /<li class="agenda-event" id="([^"]+)"/g);
    expect([...listed].sort()).toEqual([...all].sort());
    const dates = attributeValues(agenda, /<p class="agenda-when"><time datetime="([^"]+)"/g);
    const past = dates.slice(dates.length - listed.length);
    expect(past).toEqual([...past].sort().reverse());
    // An event past now but announced in the future tense says it was announced, in which issue.
    const sourceOf = (html: string, id: string) => html.slice(html.indexOf(`id="${id}"`)).match(/<p class="agenda-source"[^>]*><a href="([^"]+)">([^<]+)<\/a>/)?.slice(1).map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
    expect(sourceOf(agenda, 'event-5-money-laundering-workshop')).toEqual(['/en/issues/5/', 'Announced in issue N° 5']);
    expect(sourceOf(agenda, 'event-10-romania-2018-04')).toEqual(['/en/issues/10/', 'Reported in issue N° 10']);
    expect(sourceOf(page('/fr/agenda/'), 'event-5-money-laundering-workshop')).toEqual(['/fr/issues/5/', 'Annonce du numéro 5']);
    expect(sourceOf(page('/sr-latn/agenda/'), 'event-10-romania-2018-04')).toEqual(['/sr-latn/issues/10/', 'Vest iz broja 10']);
  });

  it('prints a piece\'s rubric above its title unless the title says it already', () => {
    /** Rubric and title of each entry of "In this issue", and of each piece's header on the issue page. */
    const entries = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map(([, rubric, title]) => [rubric ?? '', title!.replace(/<[^>]+>/g, '').trim()]);
    const toc = (path: string) => entries(page(path), /<li>\s*<a href="#[^"]+">\s*(?:<span class="rubric">([^<]*)<\/span>)?\s*<span class="issue-toc-title"[^>]*>([^<]*)</g);
    const headers = (path: string) => entries(page(path), /<header class="piece-header">\s*(?:<p class="rubric"[^>]*>([^<]*)<\/p>)?\s*<h2 class="piece-title"[^>]*>([\s\S]*?)<\/h2>/g);
    for (const list of [toc('/en/issues/12/'), headers('/en/issues/12/')]) {
      expect(list[0]).toEqual(['', 'Editorial']);
      expect(list[1]).toEqual(['Overview', 'The French strategy in the fight against human trafficking in Southeast Europe']);
    }
    expect(toc('/fr/issues/12/')[0]).toEqual(['', 'Éditorial']);
    expect(toc('/en/issues/1/')[0]).toEqual(['Editorial', 'A word from the Ambassadors']);
    // Not yet translated, the title "Editorial" says in English what the rubric would say in Serbian.
    expect(toc('/sr-cyrl/issues/5/')[0]).toEqual(['', 'Editorial']);
    expect(headers('/sr-cyrl/issues/5/')[0]).toEqual(['', 'Editorial']);
  });

  it('lists every contact on the contacts page', () => {
    const contacts = page('/en/contacts/');
    for (const issue of issues) for (const { contact } of issue.contacts) expect(contacts).toContain(contact.name);
  });

  it('names each account of a contact by its network and links to it, by the address given or the page of its name', () => {
    const accounts = (html: string) =>
      [...html.matchAll(/<div><dt>([^<]+)<\/dt><dd>(?:<a href="([^"]+)">)?([^<]+)/g)].map(([, network, href, shown]) => ({ network, href, shown }));
    expect(accounts(page('/en/contacts/'))).toContainEqual({ network: 'X (Twitter)', href: 'https://twitter.com/caro_charpTEH', shown: '@caro_charpTEH' });
    // The fixture's contact has an account on each kind: the page shows an address without its "https://www.".
    expect(accounts(builtPage('/en/contacts/')).filter(({ network }) => !/^(Address|E-mail)$/.test(network!))).toEqual([
      { network: 'X (Twitter)', href: 'https://twitter.com/miratestova', shown: '@miratestova' },
      { network: 'Facebook', href: 'https://www.facebook.com/miratestova/', shown: 'facebook.com/miratestova' },
      { network: 'YouTube', href: 'https://www.youtube.com/@miratestova', shown: '@miratestova' },
    ]);
  });

  it('leads from a signatory\'s name to their contact card, which lists the issue they signed in', () => {
    expect(page('/fr/issues/1/word-from-bosnia-herzegovina/')).toMatch(
      // Name and role on lines of their own, read (and indexed for search) as "Éric Emeraux, Colonel…".
      /<span class="person-name" translate="no"><a href="\/fr\/contacts\/#eric-emeraux">Éric Emeraux<\/a><\/span><span class="sr-only">, <\/span><span class="person-role"/,
    );
    // Issue 1 lists no contacts of its own: only the signature puts it on the card.
    const card = page('/fr/contacts/').match(/<div id="eric-emeraux"[\s\S]*?(?=<div id=|$)/)?.[0];
    expect(attributeValues(card ?? '', /<p class="contact-issues">[\s\S]*?<a href="([^"]+)"/g)).toEqual(['/fr/issues/1/']);
  });

  it('renders the editors\' components as HTML, never as raw tags', async () => {
    const issue12 = page('/en/issues/12/');
    expect(issue12).toMatch(/<aside class="box box-definition"/);
    expect(issue12).toMatch(/<figure class="pull-quote">/);
    expect(issue12).toMatch(/<dt><abbr title="[^"]+">MIPROF|<abbr title="[^"]+">/);
    expect(page('/en/issues/10/')).toMatch(/<dl class="key-figures-list">/);
    expect(page('/en/issues/1/')).toMatch(/<section class="qa">/);
    for (const path of await allPages()) {
      const html = readFileSync(join(siteDir(), path), 'utf8');
      expect(html, path).not.toMatch(/&lt;(KeyFigures?|Box|PullQuote|QA|Acronyms?|Abbr|PartnerCountries|Figure|DocumentLink)\b/);
    }
  });

  it('keeps a document\'s title in its link box, and a linked sentence in one paragraph, with no empty paragraph', async () => {
    const documentLink = textOf(page('/en/issues/2/serbia-capacity-building/'), /<div class="document-link">([\s\S]*?)<\/div>/);
    expect(documentLink?.replace(/\s+/g, ' ')).toBe('Document (PDF): Strategy devoted to the Fight against Trafficking of children in South Eastern Europe');
    expect(page('/en/issues/10/unodc-htmss/')).toMatch(/<p>[^<]*we can note: the <a [^>]+>Case Digest[^<]*<\/a>, based on 135 cases/);
    for (const path of await allPages()) expect(readFileSync(join(siteDir(), path), 'utf8'), path).not.toContain('<p></p>');
  });

  it('has no replacement characters, template leftovers, <Foreign> tags or scripts (only JSON-LD data) on any page but the search pages', async () => {
    const pages = await allPages();
    expect(pages.length).toBeGreaterThan(100);
    const searchPages = pages.filter((path) => SEARCH_PAGE.test(path));
    expect(searchPages).toEqual(['en/search/index.html', 'fr/search/index.html', 'sr-cyrl/search/index.html', 'sr-latn/search/index.html']);
    for (const path of pages) {
      const html = readFileSync(join(siteDir(), path), 'utf8');
      for (const leftover of LEFTOVERS) expect(html, `${path} contains ${leftover}`).not.toMatch(leftover);
      // A translator's <Foreign> in a text field is a span on the page and plain text elsewhere, never its tags.
      expect(html, path).not.toMatch(/<\/?Foreign|&lt;\/?Foreign/);
      // JSON-LD is data for search engines, not JavaScript: outside the search pages it is the only <script> allowed.
      if (SEARCH_PAGE.test(path)) continue;
      for (const [script] of html.matchAll(/<script\b[^>]*>/g)) expect(script, path).toBe('<script type="application/ld+json">');
    }
  });
});
