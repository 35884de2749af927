import { describe, expect, it } from 'vitest';
import { localeByPath } from '../../src/i18n/locales.ts';
import { assembleArchive } from '../../src/lib/archive.ts';
import { localizeIssue, type MdxEntry } from '../../src/lib/localize.ts';
import { indexTranslations, type TranslationInput } from '../../src/lib/translations.ts';
import { archive } from '../support/archive-input.ts';

const sourceVersion = 'a'.repeat(40);
/** The translation status of a build where every translation is up to date. */
const noneOutdated = () => false;
/** Translations of issue 12's files: only those given. */
const translationsOf = <Body>(given: Partial<TranslationInput<Body>>): TranslationInput<Body> => ({
  issueTranslations: [],
  pieceTranslations: [],
  agendaTranslations: [],
  contactTranslations: [],
  ...given,
});

/** Issue 12 as a reader of `localePath` gets it, with a Serbian Latin translation of its editorial and contact. */
function issueIn(localePath: string, translated: { author: string; contact: string }) {
  const input = archive();
  const translations = translationsOf<object>({
    pieceTranslations: [
      {
        id: '012/editorial.sr-latn',
        filePath: 'content/issues/012/editorial.sr-latn.mdx',
        data: { sourceVersion, title: 'Uvodna reč', authors: [{ name: translated.author, role: 'Generalni direktor' }] },
      },
    ],
    contactTranslations: [
      { id: 'caroline-charpentier.sr-latn', filePath: 'content/contacts/caroline-charpentier.sr-latn.yaml', data: { sourceVersion, name: translated.contact, role: 'Regionalna ekspertkinja' } },
    ],
  });
  const [issue] = assembleArchive(input).issues;
  const localized = localizeIssue(issue!, indexTranslations(input, translations), localeByPath(localePath), noneOutdated);
  return { author: localized.pieces[0]!.people[0]!, contact: localized.contacts[0]!.contact };
}

describe('people\'s names in a translation', () => {
  it('stay as the English writes them when the translation copies them, in either Serbian script', () => {
    const copied = { author: 'Laurent Bili', contact: 'Caroline Charpentier' };
    const cyrillic = issueIn('sr-cyrl', copied);
    // Converted to Cyrillic, the French names would read "Лаурент Били", "Царолине Цхарпентиер".
    expect(cyrillic.author).toEqual({ name: 'Laurent Bili', role: 'Генерални директор' });
    expect([cyrillic.contact.name, cyrillic.contact.role]).toEqual(['Caroline Charpentier', 'Регионална експерткиња']);
    expect(issueIn('sr-latn', copied).author.name).toBe('Laurent Bili');
  });

  it('are written as the translation transcribes them, and converted for the other Serbian script', () => {
    const transcribed = { author: 'Loran Bili', contact: 'Karolin Šarpantje' };
    expect(issueIn('sr-latn', transcribed).author.name).toBe('Loran Bili');
    expect(issueIn('sr-cyrl', transcribed).author.name).toBe('Лоран Били');
    expect(issueIn('sr-cyrl', transcribed).contact.name).toBe('Каролин Шарпантје');
    // A language without a translation keeps the English name.
    expect(issueIn('fr', transcribed).author.name).toBe('Laurent Bili');
  });
});

/** Issue N° 12's editorial, given a Serbian Latin translation with this title and body, as a reader of each locale gets it. */
function editorialTranslatedAs(title: string, body: string) {
  const input = archive();
  const translations = translationsOf<MdxEntry>({
    pieceTranslations: [{ id: '012/editorial.sr-latn', filePath: 'content/issues/012/editorial.sr-latn.mdx', data: { sourceVersion, title }, body }],
  });
  const [issue] = assembleArchive<MdxEntry>(input).issues;
  return (localePath: string) => localizeIssue(issue!, indexTranslations(input, translations), localeByPath(localePath), noneOutdated).pieces[0]!;
}

describe('a piece\'s description, without a standfirst', () => {
  it('is its opening words in the reader\'s script, with a name marked <Foreign> as written', () => {
    const editorialIn = editorialTranslatedAs('Uvodna reč', 'Gospodin Olivje Peru (<Foreign lang="fr">Olivier Peyroux</Foreign>) je sociolog.');
    expect(editorialIn('sr-latn').description).toBe('Gospodin Olivje Peru (Olivier Peyroux) je sociolog.');
    expect(editorialIn('sr-cyrl').description).toBe('Господин Оливје Перу (Olivier Peyroux) је социолог.');
  });
});

describe('a split digraph marked with &zwnj; in a Serbian Latin translation', () => {
  it('is split in the Cyrillic title and description, and neither script shows the mark', () => {
    const editorialIn = editorialTranslatedAs('Seminar o in&zwnj;jekciji', 'Tema su bile van&zwnj;jadranske luke.');
    expect([editorialIn('sr-latn').title, editorialIn('sr-latn').description]).toEqual(['Seminar o injekciji', 'Tema su bile vanjadranske luke.']);
    expect([editorialIn('sr-cyrl').title, editorialIn('sr-cyrl').description]).toEqual(['Семинар о инјекцији', 'Тема су биле ванјадранске луке.']);
  });
});

describe('an outdated translation', () => {
  it('is said of a piece only where its translation is shown, in either Serbian script', () => {
    const input = archive();
    const translations = translationsOf<object>({
      pieceTranslations: [{ id: '012/editorial.sr-latn', filePath: 'content/issues/012/editorial.sr-latn.mdx', data: { sourceVersion, title: 'Uvodna reč' } }],
    });
    const [issue] = assembleArchive(input).issues;
    // Said of every locale here: those that show the English (no translation, or a draft one) still say nothing.
    const isOutdated = (entryId: string) => entryId === '012/editorial';
    const editorialIn = (path: string) => localizeIssue(issue!, indexTranslations(input, translations), localeByPath(path), isOutdated).pieces[0]!;
    expect(editorialIn('sr-latn').outdated).toBe(true);
    expect(editorialIn('sr-cyrl').outdated).toBe(true);
    expect(editorialIn('fr').outdated).toBe(false);
    expect(editorialIn('en').outdated).toBe(false);
  });
});
