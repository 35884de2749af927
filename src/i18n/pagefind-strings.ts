import type { Translate } from './translate.ts';

/** Every string of Pagefind's Component UI (1.6), by its own key; ours live in ui/*.ts as "pagefind.<key>". */
const PAGEFIND_KEYS = [
  'placeholder', 'clear_search', 'load_more', 'search_label', 'filters_label', 'zero_results', 'many_results',
  'one_result', 'total_zero_results', 'total_one_result', 'total_many_results', 'alt_search', 'search_suggestion',
  'searching', 'results_label', 'keyboard_navigate', 'keyboard_select', 'keyboard_clear', 'keyboard_close',
  'keyboard_search', 'error_search', 'filter_selected_one', 'filter_selected_many', 'input_hint', 'loading',
] as const;

/**
 * Pagefind's interface text from the project's own dictionaries rather than Pagefind's: one wording across
 * the site, French spacing, and Serbian Latin (Pagefind ships Serbian in Cyrillic only) transliterated like
 * every other interface string. [SEARCH_TERM] and [COUNT] are Pagefind's placeholders, left as they are.
 */
export function pagefindStrings(t: Translate): Record<(typeof PAGEFIND_KEYS)[number], string> {
  return Object.fromEntries(PAGEFIND_KEYS.map((key) => [key, t(`pagefind.${key}`)])) as Record<(typeof PAGEFIND_KEYS)[number], string>;
}
