/**
 * What the export does to an issue page in the browser before printing it; each function runs in the page
 * (Playwright sends its source there), so it uses nothing from outside it.
 */

/**
 * A PDF has no site around it. A link to a piece of this issue, or to one of its headings, leads to that
 * place in the PDF (the issue page gives a piece's headings ids prefixed with the piece's slug); every other
 * link of the site leads to its public address, taken from the page's canonical URL, never to the local
 * server that serves the pages for printing. A piece's title, which links to the piece's own page, keeps
 * leading there.
 */
export function pointLinksForPrint(): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const publicOrigin = canonical ? new URL(canonical.href).origin : location.origin;
  const issuePath = location.pathname;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    if (url.origin !== location.origin) continue;
    const anchor = decodeURIComponent(url.hash.slice(1));
    const slug = url.pathname.startsWith(issuePath) ? url.pathname.slice(issuePath.length).replace(/\/$/, '') : undefined;
    const candidates = slug === undefined ? [] : slug === '' ? [anchor] : [anchor && `${slug}-${anchor}`, slug];
    const target = candidates.map((id) => (id ? document.getElementById(id) : null)).find((element) => element !== null);
    const inPdf = target && !target.contains(link) ? target.id : undefined;
    link.setAttribute('href', inPdf ? `#${inPdf}` : `${publicOrigin}${url.pathname}${url.search}${url.hash}`);
  }
}

/**
 * Gives each entry of "In this issue" the page its piece starts on, and each link from one piece to another
 * (or to one of its headings) the page it leads to, "(page 6)", as the printed letter did; the words are the
 * page's own (PrintPageRules.astro). `pages`, by the id each link leads to, is known once the issue has been
 * printed. The first print gets placeholders as wide as two digits; what filling them in moves, the next
 * print (renderPdf) settles.
 */
export function numberPages(pages: Record<string, number> | null): void {
  const pageOf = (link: HTMLAnchorElement) => pages?.[decodeURIComponent(link.hash.slice(1))];
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.issue-toc a[href^="#"]')) {
    let number = link.querySelector<HTMLElement>('.issue-toc-page');
    if (!number) {
      number = document.createElement('span');
      number.className = 'issue-toc-page';
      link.append(number);
    }
    const page = pageOf(link);
    number.textContent = page === undefined ? '00' : String(page);
    number.style.visibility = page === undefined ? 'hidden' : '';
  }
  // Footnote calls and links within a piece lead to the piece they are in: only links to another get a page.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target || target.closest('article') === link.closest('article')) continue;
    link.dataset['printPage'] = String(pageOf(link) ?? '00');
    // "(Details)" becomes "(Details, page 9)", not "(Details (page 9))".
    link.toggleAttribute('data-in-parentheses', link.nextSibling?.textContent?.startsWith(')') ?? false);
  }
}

/** What the PDF's document properties say, from the page's structured data, masthead and generator. */
export function printMetadata(): { title: string; author: string | undefined; subject: string | undefined; creator: string | undefined } {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
    isPartOf?: { name?: string; alternateName?: string; publisher?: { name?: string } };
  };
  const number = document.querySelector<HTMLElement>('.masthead-number')?.dataset['inText'] ?? '';
  const letter = [text('.masthead-kind'), number].join(' ');
  return {
    title: `${letter}, ${text('.masthead time')} – ${text('.masthead-theme')}`,
    author: data.isPartOf?.publisher?.name,
    subject: data.isPartOf?.name,
    // The product that made the document the PDF is printed from, as the PDF's Creator is meant to name.
    creator: document.querySelector<HTMLMetaElement>('meta[name="generator"]')?.content,
  };
}
