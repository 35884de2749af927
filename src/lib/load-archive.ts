import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleArchive, type Archive, type Issue, type Piece } from './archive.ts';

/** What a rendered entry carries beyond its data: Astro's entry, passed to render(). */
export type RenderableEntry = CollectionEntry<'editorials'> | CollectionEntry<'pieces'>;
export type SiteArchive = Archive<RenderableEntry>;
export type SiteIssue = Issue<RenderableEntry>;
export type SitePiece = Piece<RenderableEntry>;

let cached: Promise<SiteArchive> | undefined;

/** The whole archive, checked once per build; any inconsistency fails the build with every problem listed. */
export function loadArchive(): Promise<SiteArchive> {
  cached ??= (async () =>
    assembleArchive<RenderableEntry>({
      issues: await getCollection('issues'),
      editorials: await getCollection('editorials'),
      pieces: await getCollection('pieces'),
      agenda: await getCollection('agenda'),
      contacts: await getCollection('contacts'),
    }))();
  return cached;
}
