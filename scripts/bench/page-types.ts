import { LOCALES } from '../../src/i18n/locales.ts';

/**
 * The kind of page a built file is: its path with the locale, issue number and piece slug replaced by
 * placeholders ("{locale}/issues/{number}/{piece}/"). Pages of one kind share one template.
 */
export function pageType(file: string): string {
  const [first, ...rest] = file.split('/');
  const path = LOCALES.some((l) => l.path === first) && rest.length > 0 ? ['{locale}', ...rest].join('/') : file;
  return path
    .replace(/^(\{locale\}\/issues\/)\d+\/index\.html$/, '$1{number}/')
    .replace(/^(\{locale\}\/issues\/)\d+\/[^/]+\/index\.html$/, '$1{number}/{piece}/');
}

/** The locale folder a built file is in, or "root". */
export const localeOfFile = (file: string) => LOCALES.find((l) => file.startsWith(`${l.path}/`))?.path ?? 'root';
