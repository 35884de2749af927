/**
 * Sets up Pagefind's Component UI on the search page: our interface strings, our filter and order selects,
 * and the query in the address (?q=), which the header's form sends, which a reader can share or reload, and
 * which the language switcher carries to the search page of another language.
 */

/** The part of the Component UI's instance (Pagefind 1.6, window.PagefindComponents) this page uses. */
interface PagefindInstance {
  searchTerm: string;
  /** Read by every search; {} is Pagefind's ranking by relevance. */
  searchSort: Record<string, 'asc' | 'desc'>;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search[data-search-strings]');
  if (!root) return;
  await customElements.whenDefined('pagefind-results');
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  instance.setTranslations(JSON.parse(root.dataset['searchStrings']!) as Record<string, string>);

  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const chosenFilters = () =>
    Object.fromEntries(filterSelects.filter((select) => select.value).map((select) => [select.dataset['searchFilter']!, [select.value]]));
  for (const select of filterSelects) select.addEventListener('change', () => instance.triggerFilters(chosenFilters()));

  const order = root.querySelector<HTMLSelectElement>('select[data-search-sort]')!;
  const applyOrder = () => {
    const [key, direction] = order.value.split(':');
    instance.searchSort = key ? { [key]: direction === 'asc' ? 'asc' : 'desc' } : {};
  };
  order.addEventListener('change', () => {
    applyOrder();
    if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
  });

  const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[href]')];
  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    for (const link of languageLinks) link.search = url.search;
  });

  // The first search honours the selects as the browser may have restored them on reload.
  applyOrder();
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) instance.triggerSearchWithFilters(query, chosenFilters());
  root.hidden = false;
}
