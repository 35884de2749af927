import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** A reference from a page to another resource: which element and attribute, and the URL as written. */
interface Reference {
  where: string;
  url: string;
}

export interface ParsedPage {
  /** Every id (and a[name]) the page defines: the fragments other pages may link to. */
  ids: Set<string>;
  references: Reference[];
}

/** Attributes that point at another resource, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** Meta elements whose content is a URL (social metadata, the root's refresh). */
function metaUrl(element: Element): string | undefined {
  const { property, httpEquiv, content } = element.properties;
  if (typeof content !== 'string') return undefined;
  if (property === 'og:url' || property === 'og:image') return content;
  const refresh = Array.isArray(httpEquiv) && httpEquiv.includes('refresh') ? /;\s*url=(.+)$/i.exec(content) : null;
  return refresh?.[1];
}

const urlsOf = (attribute: string, value: unknown): string[] => {
  if (value === undefined || value === null || value === false) return [];
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  // A srcset lists "url descriptor" candidates.
  return attribute === 'srcSet' ? values.flatMap((v) => v.split(',')).map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean) : values;
};

export function parsePage(file: string): ParsedPage {
  const tree = unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const references: Reference[] = [];
  visit(tree, 'element', (element: Element) => {
    const { id, name } = element.properties;
    if (typeof id === 'string') ids.add(id);
    if (element.tagName === 'a' && typeof name === 'string') ids.add(name);
    for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
      for (const url of urlsOf(attribute, element.properties[attribute])) references.push({ where: `<${element.tagName} ${attribute.toLowerCase()}>`, url });
    }
    if (element.tagName === 'meta') {
      const url = metaUrl(element);
      if (url) references.push({ where: '<meta content>', url });
    }
  });
  return { ids, references };
}

/** The public address of a built file: "en/issues/12/index.html" is served as /en/issues/12/. */
export const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The built file an address is served from, or undefined for an address that is not the site's. */
export function fileOf(url: URL, site: URL): string | undefined {
  if (url.origin !== site.origin) return undefined;
  const path = decodeURIComponent(url.pathname);
  return join(path, path.endsWith('/') ? 'index.html' : '').replace(/^\//, '');
}
