import type { LoaderContext } from 'astro/loaders';
import type { ContentEntryType } from 'astro';

/** What the preview's loader makes of a file it cannot read: the entry is not stored (see below). */
export const UNREADABLE: Record<string, never> = Object.freeze({});

/** The context Astro gives the glob loader: its parsers per file extension are not in the public type. */
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

/**
 * Astro stops the preview at its start when a loader throws, and keeps it running when that happens after a
 * save. So that an editor can start the preview with a file at fault and mend it there, the preview's loaders
 * do not throw for an editor's file: a file whose front matter or YAML cannot be read, or that the check
 * rejects, is left as it was in the store (missing if it never loaded), and the check's lines show in the
 * browser (src/integrations/preview-content-check.ts). Once mended and saved, the file is read again.
 */
export function previewLoaderContext(context: LoaderContext): Partial<GlobLoaderContext> {
  const store = new Proxy(context.store, {
    get(target, key) {
      if (key === 'set') return (entry: Parameters<typeof target.set>[0]) => entry.data !== UNREADABLE && target.set(entry);
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // Unreadable YAML fails before the data reaches parseData: the loader gets an empty entry, which the check rejects.
  const { entryTypes } = context as GlobLoaderContext;
  const forgiving = new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: (params: Parameters<ContentEntryType['getEntryInfo']>[0]) =>
          Promise.resolve()
            .then(() => type.getEntryInfo(params))
            .catch(() => ({ data: {}, body: '', slug: '', rawData: '' })),
      },
    ]),
  );
  return { store, entryTypes: forgiving };
}
