import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { LOCALES } from '../../src/i18n/locales.ts';
import { siteDir } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../../scripts/pdf/static-server.ts';
import { launchChromium } from '../../scripts/pdf/chromium.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(siteDir()), launchChromium()]);
});
afterAll(async () => Promise.all([browser?.close(), server?.close()]));

async function open(path: string, width: number, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ media });
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** The box of each element matched, as the reader sees it. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  }));

/** The font files Chromium draws an element's text with, by their PostScript names. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  await Promise.all([client.send('DOM.enable'), client.send('CSS.enable')]);
  const { root } = await client.send('DOM.getDocument');
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.postScriptName);
}

describe.concurrent('the layout a reader sees', () => {
  for (const width of [375, 1280]) {
    it(`shows, on the contacts page, every contact's issues uncovered (${width} px wide)`, async () => {
      const page = await open('/sr-latn/contacts/', width);
      try {
        const lines = page.locator('.contact-issues');
        expect(await lines.count()).toBeGreaterThan(3);
        // The element a reader would click at the middle of each line is the line itself (or its link).
        const uncovered = await lines.evaluateAll((elements) => elements.map((line) => {
          line.scrollIntoView({ block: 'center' });
          const { left, top, width: w, height } = line.getBoundingClientRect();
          return line.contains(document.elementFromPoint(left + w / 2, top + height / 2));
        }));
        expect(uncovered.every(Boolean), JSON.stringify(uncovered)).toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  for (const width of [768, 1024, 1280]) {
    it(`puts the languages and the search field beside the brand and the navigation below them (${width} px wide)`, async () => {
      const page = await open('/fr/issues/12/', width);
      try {
        const [brand] = await boxes(page, '.site-brand');
        const [tools] = await boxes(page, '.site-header-tools');
        const [nav] = await boxes(page, '.site-nav');
        expect(tools!.top).toBeLessThan(brand!.bottom);
        expect(tools!.left).toBeGreaterThan(brand!.right);
        expect(nav!.top).toBeGreaterThanOrEqual(Math.max(brand!.bottom, tools!.bottom));
        expect(Math.abs(nav!.left - brand!.left)).toBeLessThan(2);
        // The brand's link (and its focus ring) ends where its words do.
        const wordsEnd = await page.locator('.site-brand').evaluate((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return Math.max(...[...range.getClientRects()].map((rect) => rect.right));
        });
        expect(brand!.right - wordsEnd).toBeLessThan(2);
      } finally {
        await page.close();
      }
    });
  }

  for (const path of ['/en/agenda/', '/sr-cyrl/agenda/', '/fr/issues/12/']) {
    it(`ends a date's line with the separator before its place, never starts the place's line with it (${path}, 320 px wide)`, async () => {
      const page = await open(path, 320);
      try {
        const lines = await page.locator('.agenda-when').evaluateAll((whens) => whens.map((when) => {
          const separator = when.querySelector('.agenda-separator');
          const place = when.querySelector('.agenda-place');
          if (!separator || !place) return undefined;
          const [dot, words] = [separator.getBoundingClientRect(), place.getBoundingClientRect()];
          return { text: when.textContent ?? '', first: dot.left <= when.getBoundingClientRect().left + 1, wrapped: words.top > dot.bottom - 2 };
        }));
        const placed = lines.filter((line) => line !== undefined);
        expect(placed.filter((line) => line.wrapped).length, 'some places go on to a line of their own').toBeGreaterThan(0);
        for (const line of placed) expect(line.first, line.text).toBe(false);
        expect(await page.locator('.agenda-place').first().textContent()).not.toMatch(/^\s*·/);
      } finally {
        await page.close();
      }
    });
  }

  it('shades the side of the translation table that has more of it to scroll to, and no side once it all fits', async () => {
    /** How dark the box's background is at its left and right edges (0 white, 255 black), its table hidden so that only the background is drawn. */
    async function edgeShade(page: Page, scrollTo: 'start' | 'end') {
      const scroller = page.locator('.table-scroll').first();
      await scroller.evaluate((box, end) => {
        box.querySelector('table')!.style.visibility = 'hidden';
        box.scrollLeft = end ? box.scrollWidth : 0;
      }, scrollTo === 'end');
      const { data, info } = await sharp(await scroller.screenshot()).greyscale().raw().toBuffer({ resolveWithObject: true });
      const darkness = (x: number) => 255 - data[Math.floor(info.height / 2) * info.width + x]!;
      return { left: darkness(2), right: darkness(info.width - 3) };
    }
    const narrow = await open('/en/translations/', 375);
    try {
      expect(await edgeShade(narrow, 'start')).toEqual({ left: 0, right: expect.toSatisfy((shade: number) => shade > 20) });
      expect(await edgeShade(narrow, 'end')).toEqual({ left: expect.toSatisfy((shade: number) => shade > 20), right: 0 });
    } finally {
      await narrow.close();
    }
    const wide = await open('/en/translations/', 1280);
    try {
      expect(await edgeShade(wide, 'start')).toEqual({ left: 0, right: 0 });
    } finally {
      await wide.close();
    }
  });

  it('makes each way back from a footnote a target a finger can hit, apart from the next one (375 px wide)', async () => {
    const page = await open('/fr/issues/12/french-strategy/', 375);
    try {
      const targets = await boxes(page, '.footnotes a[data-footnote-backref]');
      expect(targets.length).toBeGreaterThan(1);
      for (const target of targets) {
        expect(target.right - target.left).toBeGreaterThanOrEqual(24);
        expect(target.bottom - target.top).toBeGreaterThanOrEqual(24);
      }
      targets.slice(1).forEach((after, i) => {
        const before = targets[i]!;
        expect(after.left >= before.right || after.top >= before.bottom).toBe(true);
      });
    } finally {
      await page.close();
    }
  });

  for (const width of [375, 768, 1280]) {
    it(`says inside the header's search field what it searches, in full, in every language (${width} px wide)`, async () => {
      for (const { path } of LOCALES) {
        const page = await open(`/${path}/`, width);
        try {
          const field = page.locator('.site-search input');
          const label = await page.locator('label[for="site-search-query"]').textContent();
          expect(await field.getAttribute('placeholder'), path).toBe(label);
          // Typed into the field, the placeholder's words would not make it scroll: they are shown whole.
          const { scrolls, room } = await field.evaluate(async (input: HTMLInputElement) => {
            await document.fonts.ready;
            input.value = input.placeholder;
            return { scrolls: input.scrollWidth > input.clientWidth, room: input.clientWidth };
          });
          expect(scrolls, `${path}: ${room} px`).toBe(false);
        } finally {
          await page.close();
        }
      }
    });
  }

  for (const width of [320, 375]) {
    it(`never leaves a heading's last line to a case ending cut off at its hyphen ("ОЕБС-" / "у") (${width} px wide)`, async () => {
      for (const path of ['/sr-cyrl/contacts/', '/sr-latn/issues/12/']) {
        const page = await open(path, width);
        try {
          const lastLines = await page.locator('h1, h2, h3, h4').evaluateAll((headings) => headings.flatMap((heading) => {
            // The heading's characters grouped by the line they are drawn on.
            const lines = new Map<number, string>();
            const range = document.createRange();
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              for (let i = 0; i < node.data.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const top = range.getClientRects()[0]?.top;
                if (top !== undefined) lines.set(Math.round(top), (lines.get(Math.round(top)) ?? '') + node.data[i]);
              }
            }
            const texts = [...lines.values()].map((line) => line.trim()).filter(Boolean);
            return texts.length > 1 ? [texts.join(' / ')] : [];
          }));
          expect(lastLines.some((line) => /ОЕБС-|OEBS-/.test(line)), `${path}: no heading of two lines or more names the OSCE`).toBe(true);
          expect(lastLines.filter((line) => /[-‐] \/ \S{1,3}$/.test(line)), path).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });
  }

  it('sets a full stop after a footnote call against it, as after any letter', async () => {
    const page = await open('/en/issues/12/french-strategy/', 1280);
    try {
      const gap = await page.locator('.prose p sup:has(a[data-footnote-ref])').first().evaluate((sup) => {
        const next = sup.nextSibling as Text;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        return { after: next.data[0], gap: range.getClientRects()[0]!.left - sup.getBoundingClientRect().right };
      });
      expect(gap.after).toBe('.');
      expect(gap.gap).toBeLessThan(0.5);
    } finally {
      await page.close();
    }
  });

  it('gives the last piece\'s "previous" link the room "next" would take, with no empty item in the list', async () => {
    const page = await open('/en/issues/12/cest-seminar-sarajevo/', 1280);
    try {
      const [nav] = await boxes(page, '.piece-nav');
      const [previous] = await boxes(page, '.piece-nav-previous a');
      expect(await page.locator('.piece-nav li').count()).toBe(2);
      expect(previous!.right - previous!.left).toBeGreaterThan((nav!.right - nav!.left) * 0.6);
    } finally {
      await page.close();
    }
  });

  it('keeps the room at the foot of a contact card that no issue names, as the others have below their issues', async () => {
    const page = await open('/fr/contacts/', 1280);
    try {
      const feet = await page.locator('.contact-entry').evaluateAll((entries) => entries.map((entry) => {
        const last = entry.lastElementChild!;
        return Number.parseFloat(getComputedStyle(last).paddingBottom);
      }));
      expect(feet.length).toBeGreaterThan(3);
      for (const foot of feet) expect(foot).toBeGreaterThan(8);
    } finally {
      await page.close();
    }
  });

  for (const width of [320, 768]) {
    it(`wraps an e-mail address only before its @ or a dot, never at its hyphens (${width} px wide)`, async () => {
      const page = await open('/en/contacts/', width);
      try {
        // Each address as read, with "|" where its text goes on to a new line.
        const addresses = await page.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((link) => {
          let shown = '';
          let lastTop: number | undefined;
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const { top } = range.getBoundingClientRect();
              if (lastTop !== undefined && top > lastTop + 2) shown += '|';
              shown += node.data[i];
              lastTop = top;
            }
          }
          return shown;
        }));
        const wrapped = addresses.filter((address) => address.includes('|'));
        expect(wrapped.join(' ')).toContain('caroline-marie');
        for (const address of wrapped) expect(address, address).toMatch(/^[^|]+(\|[@.][^|]+)+$/);
      } finally {
        await page.close();
      }
    });
  }

  for (const media of ['screen', 'print'] as const) {
    it(`sets italics in the fonts' own italic, not in a slanted copy of the upright (${media})`, async () => {
      // A synthesised slant would also lose the italic letter forms of Serbian Cyrillic (т, д, п, и).
      const italic = [['/sr-cyrl/issues/12/editorial/', '.pull-quote blockquote p'], ['/en/issues/12/french-network/', '.box-note']];
      for (const [path, selector] of italic) {
        const page = await open(path!, 1280, media);
        try {
          await page.evaluate(() => document.fonts.ready);
          const fonts = await fontsOf(page, selector!);
          expect(fonts.length, `${path} ${selector}`).toBeGreaterThan(0);
          for (const font of fonts) expect(font, `${path} ${selector}`).toMatch(/Italic$/);
          const upright = await fontsOf(page, '.prose > p');
          expect(upright.length, path).toBeGreaterThan(0);
          for (const font of upright) expect(font, path).not.toMatch(/Italic$/);
        } finally {
          await page.close();
        }
      }
    });
  }

  for (const { path } of LOCALES) {
    it(`prints "In this issue" from the browser with each rubric above its title (${path})`, async () => {
      const page = await open(`/${path}/issues/12/`, 800, 'print');
      try {
        const entries = await page.locator('.issue-toc a').evaluateAll((links) => links.map((link) => {
          const title = link.querySelector('.issue-toc-title')!.getBoundingClientRect();
          const rubric = link.querySelector('.rubric')?.getBoundingClientRect();
          return { link: link.getBoundingClientRect().left, title: title.left, below: rubric ? title.top >= rubric.bottom - 1 : true };
        }));
        expect(entries.length).toBeGreaterThan(5);
        for (const entry of entries) {
          expect(Math.abs(entry.title - entry.link)).toBeLessThan(1);
          expect(entry.below).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }
});
