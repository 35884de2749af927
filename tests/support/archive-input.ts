import type { ArchiveInput } from '../../src/lib/archive.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';

/** A small consistent archive: issue 12 with an editorial, two pieces, one agenda event and one contact. */
export function archive(): ArchiveInput<object> {
  return {
    issues: [
      {
        id: '012/issue',
        filePath: 'content/issues/012/issue.yaml',
        data: {
          number: 12,
          date: partialDate.parse('2019-04'),
          title: 'Measures taken in 2018',
          summary: 'A summary.',
          status: 'published',
          contacts: [{ contact: 'caroline-charpentier', role: 'Regional expert' }],
          pieces: ['french-strategy', 'french-network'],
        },
      },
    ],
    editorials: [{ id: '012/editorial', filePath: 'content/issues/012/editorial.mdx', data: { title: 'Editorial', authors: [{ name: 'Laurent Bili' }] } }],
    pieces: ['french-network', 'french-strategy'].map((slug) => ({
      id: `012/${slug}`,
      filePath: `content/issues/012/${slug}.mdx`,
      data: { title: slug, kind: 'overview' as const, countries: [], themes: [], people: [] },
    })),
    agenda: [
      {
        id: '012/agenda',
        filePath: 'content/issues/012/agenda.yaml',
        data: { events: [{ id: 'ccpcj', section: 'to-come' as const, date: partialDate.parse('2019-05-20'), title: 'CCPCJ' }] },
      },
    ],
    contacts: [{ id: 'caroline-charpentier', filePath: 'content/contacts/caroline-charpentier.yaml', data: { name: 'Caroline Charpentier', kind: 'person' as const, social: [] } }],
  };
}
