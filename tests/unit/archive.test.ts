import { describe, expect, it } from 'vitest';
import { assembleArchive, type ArchiveInput } from '../../src/lib/archive.ts';
import { ContentError } from '../../src/lib/content-error.ts';
import { partialDate } from '../../src/schemas/partial-date.ts';
import { archive } from '../support/archive-input.ts';

function problemsOf(input: ArchiveInput<object>): string[] {
  try {
    assembleArchive(input);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((line) => line.trim());
    throw error;
  }
  return [];
}

describe('assembling the archive', () => {
  it('orders the editorial first, then the pieces as issue.yaml lists them, with agenda and contacts', () => {
    const [issue] = assembleArchive(archive()).issues;
    expect(issue?.pieces.map((p) => p.slug)).toEqual(['editorial', 'french-strategy', 'french-network']);
    expect(issue?.agenda.map((e) => [e.id, e.issue])).toEqual([['ccpcj', 12]]);
    expect(issue?.contacts.map((c) => [c.contact.name, c.role])).toEqual([['Caroline Charpentier', 'Regional expert']]);
  });

  it('fails on a contact that does not exist, naming the file, the field and the value', () => {
    const input = archive();
    input.issues[0]!.data.contacts[0]!.contact = 'caroline-charpantier';
    expect(problemsOf(input)).toEqual([
      'content/issues/012/issue.yaml: contacts[0].contact: unknown contact "caroline-charpantier": did you mean "caroline-charpentier"? (a contact is a file in content/contacts/)',
    ]);
  });

  it('fails on a contact listed twice in an issue', () => {
    const input = archive();
    input.issues[0]!.data.contacts.push({ contact: 'caroline-charpentier' });
    expect(problemsOf(input)).toEqual(['content/issues/012/issue.yaml: contacts[1].contact: "caroline-charpentier" is listed twice; list each contact once']);
  });

  it('fails on a person\'s contact that does not exist, naming the piece, the field and the value', () => {
    const input = archive();
    input.pieces[1]!.data.people = [{ name: 'Caroline Charpentier', contact: 'caroline-charpentier' }, { name: 'Laurent Bili', contact: 'laurent-bili' }];
    input.editorials[0]!.data.authors = [{ name: 'Caroline Charpentier', contact: 'caroline-charpentir' }];
    expect(problemsOf(input)).toEqual([
      'content/issues/012/editorial.mdx: authors[0].contact: unknown contact "caroline-charpentir": did you mean "caroline-charpentier"? (a contact is a file in content/contacts/)',
      'content/issues/012/french-strategy.mdx: people[1].contact: unknown contact "laurent-bili": there is no file content/contacts/laurent-bili.yaml; add it or correct the name',
    ]);
  });

  it('fails on a duplicate issue number, naming both files', () => {
    const input = archive();
    input.issues.push({ ...input.issues[0]!, id: '013/issue', filePath: 'content/issues/013/issue.yaml' });
    const problems = problemsOf(input);
    expect(problems).toContain(
      'content/issues/013/issue.yaml: number: issue number 12 is already used by content/issues/012/issue.yaml; each issue needs its own number',
    );
  });

  it('fails on a duplicate slug', () => {
    const input = archive();
    input.pieces.push({ ...input.pieces[0]!, filePath: 'content/issues/012/french-network.md' });
    expect(problemsOf(input)).toEqual([
      'content/issues/012/french-network.md: content/issues/012/french-network.mdx has the same name ("french-network"): the site would show only one of them; rename or delete one',
    ]);
  });

  it('fails on a listed piece that does not exist and on a piece that is not listed', () => {
    const input = archive();
    input.issues[0]!.data.pieces = ['french-strategy', 'french-netwrok'];
    expect(problemsOf(input)).toEqual([
      'content/issues/012/issue.yaml: pieces[1]: there is no piece "french-netwrok" (expected the file content/issues/012/french-netwrok.mdx): did you mean "french-network"?',
      'content/issues/012/french-network.mdx: the piece is not listed in content/issues/012/issue.yaml under pieces; add "french-network" where it belongs in the issue\'s order, or move the file out of the content folder if it is not to be published (an old copy, a draft kept aside)',
    ]);
  });

  it('fails on a piece whose folder holds no issue', () => {
    const input = archive();
    input.pieces.push({ ...input.pieces[0]!, id: '013/lost', filePath: 'content/issues/013/lost.mdx' });
    expect(problemsOf(input)).toEqual([
      'content/issues/013/lost.mdx: there is no issue.yaml in its folder "013"; every piece belongs to the issue whose folder holds it: move it to its issue\'s folder, or create the issue with npm run new-issue',
    ]);
  });

  it('fails on an issue whose number does not match its folder', () => {
    const input = archive();
    input.issues[0]!.data.number = 21;
    expect(problemsOf(input)).toContain(
      'content/issues/012/issue.yaml: number: issue number 21 does not match its folder "012"; put the issue in content/issues/021/ or correct the number',
    );
  });

  it('lists the newest issue first', () => {
    const input = archive();
    const older = structuredClone(input.issues[0]!);
    older.id = '010/issue';
    older.filePath = 'content/issues/010/issue.yaml';
    older.data = { ...older.data, number: 10, date: partialDate.parse('2018-07'), pieces: [] };
    input.issues.unshift(older);
    expect(assembleArchive(input).issues.map((i) => i.number)).toEqual([12, 10]);
  });
});
