/**
 * Sets up Pagefind's Component UI on the search page: our interface strings, our filter and order selects,
 * and the search in the address (?q=, the filters, the order), which the header's form sends, which a
 * reader can share or reload and finds again on going Back, and whose query the language switcher (and, on a
 * translated site, the way to the English search) carries to the search page of another language (filter
 * values are words of each language, so they stay behind).
 */
import { cyrillicToLatin, latinToCyrillic } from '../../i18n/transliterate.ts';
import { withoutRepeatedExcerpts, type ResultExcerpts } from './repeated-excerpts.ts';

type Filters = Record<string, string[]>;

/** The part of Pagefind's search API (its instance) that the page wraps. */
interface PagefindApi {
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<ResultExcerpts> }[] } | null>;
}

/** The part of the Component UI's instance (Pagefind 1.6, window.PagefindComponents) this page uses. */
interface PagefindInstance {
  searchTerm: string;
  /** Read by every search; {} is Pagefind's ranking by relevance. */
  searchSort: Record<string, 'asc' | 'desc'>;
  /** Whether a search with no words lists what the filters select (otherwise it clears the results). */
  faceted: boolean;
  /**
   * The search API the UI searches with, set once loaded. Not part of the Component UI's documented
   * interface: the browser tests of Serbian search in either script fail if a new Pagefind renames it.
   */
  __pagefind__: PagefindApi | null;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerFilters(filters: Filters): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'error', callback: () => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

const QUERY = 'q';
const ORDER = 'order';

/**
 * A Serbian query in the script of the page's index where Pagefind would miss it: Pagefind reads Cyrillic
 * as Latin, but folds Latin ž, č, ć to z, c, c and reads ж, ч, ћ otherwise, so "žrtve" never meets "жртве".
 * On the Latin site every Cyrillic word is Serbian and becomes Latin; on the Cyrillic site a Latin word
 * becomes Cyrillic when letters only Serbian has show it is Serbian (other Latin words, names kept in
 * Latin letters among them, Pagefind matches as typed).
 */
function inIndexScript(term: string, lang: string): string {
  if (lang === 'sr-Latn') return cyrillicToLatin(term);
  return term.replace(/\S+/g, (word) => (/[čćžšđ]/i.test(word) ? latinToCyrillic(word) : word));
}

export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.search[data-search-strings]');
  if (!root) return;
  const failed = () => {
    root.hidden = true;
    document.querySelector<HTMLElement>('.search-failed')!.hidden = false;
  };
  try {
    await import(/* @vite-ignore */ root.dataset['searchBundle']!);
  } catch {
    return failed();
  }
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  const strings = JSON.parse(root.dataset['searchStrings']!) as Record<string, string>;
  instance.setTranslations(strings);
  instance.on('error', failed);
  try {
    await instance.triggerLoad();
  } catch {
    return failed();
  }
  const api = instance.__pagefind__;
  if (!api) return failed();
  const { lang } = document.documentElement;
  const search = api.search.bind(api);
  api.search = async (term, options) => {
    const found = await search(term && lang.startsWith('sr') ? inIndexScript(term, lang) : term, options);
    if (found) found.results = found.results.map((result) => ({ ...result, data: async () => withoutRepeatedExcerpts(await result.data()) }));
    return found;
  };

  const address = new URL(window.location.href).searchParams;
  const filterSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const order = root.querySelector<HTMLSelectElement>('select[data-search-sort]')!;
  // The address is the search's state: the selects take its values (an unknown one leaves "any").
  for (const select of [...filterSelects, order]) {
    const value = address.get(select.dataset['searchFilter'] ?? ORDER) ?? '';
    select.value = [...select.options].some((option) => option.value === value) ? value : '';
  }
  const chosenFilters = (): Filters =>
    Object.fromEntries(filterSelects.filter((select) => select.value).map((select) => [select.dataset['searchFilter']!, [select.value]]));
  /** Filters with no words list what they select; saying "nothing found" then names the filters, not only the words. */
  const applyFilters = (): Filters => {
    const filters = chosenFilters();
    const filtered = Object.keys(filters).length > 0;
    if (filtered !== instance.faceted) {
      instance.faceted = filtered;
      instance.setTranslations(filtered ? { ...strings, zero_results: root.dataset['searchZeroFiltered']! } : strings);
    }
    return filters;
  };
  const applyOrder = () => {
    const [key, direction] = order.value.split(':');
    instance.searchSort = key ? { [key]: direction === 'asc' ? 'asc' : 'desc' } : {};
  };

  // The language switcher's links and the way to the English search take the query along.
  const queryLinks = [...document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[href], a[data-search-carries-query]')];
  const remember = () => {
    const url = new URL(window.location.href);
    const term = instance.searchTerm.trim();
    url.search = '';
    if (term) url.searchParams.set(QUERY, term);
    for (const link of queryLinks) link.search = url.search;
    for (const select of filterSelects) if (select.value) url.searchParams.set(select.dataset['searchFilter']!, select.value);
    if (order.value) url.searchParams.set(ORDER, order.value);
    window.history.replaceState(null, '', url);
  };
  instance.on('search', remember);
  for (const select of filterSelects) select.addEventListener('change', () => instance.triggerFilters(applyFilters()));
  order.addEventListener('change', () => {
    applyOrder();
    remember();
    if (instance.searchTerm || instance.faceted) instance.triggerSearch(instance.searchTerm);
  });

  applyOrder();
  const filters = applyFilters();
  const query = address.get(QUERY)?.trim() ?? '';
  if (query || instance.faceted) instance.triggerSearchWithFilters(query, filters);
  root.hidden = false;
}
